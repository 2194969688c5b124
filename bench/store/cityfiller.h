#pragma once
// Fills an empty Tumbuh database with a synthetic city for benchmarks:
// direct bulk inserts (one transaction, prepared statements, indexes rebuilt
// once at the end), deterministic for a seed. Not the product's demo
// generator: no growth tracks, just volume with a plausible shape.
#include <QString>

#include <cstdint>

namespace tumbuh::store {
class Database;
}

namespace tumbuh::bench {

struct CityShape {
    int posyandu = 400;
    int children = 50000;
    // Children are under five (ages spread evenly); they are measured about
    // twice a month (posyandu plus puskesmas visits merged in), so that the
    // total matches five years of a city's history: ~3 million rows.
    int daysBetweenVisits = 14;
    std::uint64_t seed = 1;
};

struct CityFigures {
    qint64 children = 0;
    qint64 measurements = 0;
    double seconds = 0;
};

// `db` must be a freshly created database. Returns what was written.
CityFigures fillCity(store::Database& db, const CityShape& shape, const QString& today);

} // namespace tumbuh::bench
