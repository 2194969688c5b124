-- Tumbuh schema, version 4: the indexes a city's file needs, and no more.
--
--   * measurements_child_date covers the roster's subqueries: the last
--     measurement of each child (newest live row, ties by id) and the
--     earlier weighings ("weight_g IS NOT NULL", before a month) are
--     answered from the index alone (EXPLAIN QUERY PLAN: USING COVERING
--     INDEX) and never read the table's pages. `id` is named after the date
--     so that ORDER BY measured_on DESC, id DESC is still the index's order
--     (weight_g before the rowid would need a sort per child); `deleted_at`
--     (always NULL here, one header byte) is there because SQLite 3.40 counts
--     a column of the partial index's WHERE as one the index must hold.
--     Still partial (live rows only) and still named as before, so that the
--     queries' comments and plans keep their word.
--   * measurements_posyandu_date is dropped: one posyandu's month is read
--     through measurements_date (a city's month is ~15,000 rows, filtered by
--     posyandu as they come) or through children + measurements_child_date;
--     it cost ~20 MiB on a 50,000-child city (~21 bytes a measurement).
-- Nothing else changes: every value keeps its form (src/store/README.md,
-- "Storage conventions"), so packages of versions 1 to 3 merge as before.

DROP INDEX measurements_child_date;
CREATE INDEX measurements_child_date ON measurements(child_id, measured_on, id, weight_g, deleted_at)
    WHERE deleted_at IS NULL;
DROP INDEX measurements_posyandu_date;
