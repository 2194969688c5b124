#pragma once
#include "records/storenames.h"
// Which CSV column holds which field, and what kind of file it is, decided
// from the header: recognised names (ImportFieldNames) unless an explicit
// mapping says otherwise for a column.
#include "records/import/importfield.h"
#include "store/result.h"

#include <QString>
#include <QStringList>

#include <array>
#include <utility>
#include <vector>

namespace tumbuh::records {

enum class ImportLayout : std::uint8_t {
    Children,     // one row per child
    Measurements, // one row per measurement of a child already in the database
    Combined,     // one row per measurement with the child's columns (e-PPGBM lists, our export)
};

class ImportColumns {
public:
    static constexpr int kAbsent = -1;

    // `mapping` pairs a column's header (compared like recognised names) with
    // a canonical field name or "ignore". Fails with a translated message
    // when a mapped column or field does not exist, or when the columns are
    // not enough for any layout.
    static Result<ImportColumns> detect(const QStringList& header,
                                        const std::vector<std::pair<QString, QString>>& mapping = {});

    ImportLayout layout() const { return layout_; }
    int column(ImportField f) const { return columns_[static_cast<std::size_t>(f)]; }
    bool has(ImportField f) const { return column(f) != kAbsent; }
    // Columns that are not used, with the header as written.
    const QStringList& ignored() const { return ignored_; }
    // "column -> field" lines for a report.
    QStringList describe(const QStringList& header) const;

private:
    std::array<int, kImportFieldCount> columns_{};
    ImportLayout layout_ = ImportLayout::Combined;
    QStringList ignored_;
};

} // namespace tumbuh::records
