#pragma once
#include "records/storenames.h"
// Turns the cells of one CSV row into an ImportRow. Only the reading of
// values is checked here (a date that is no date, "8,5,1" for a weight);
// whether the values are acceptable is for the repositories' validation.
#include "records/bilingual.h"
#include "records/import/importcolumns.h"
#include "records/import/importrow.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <string_view>

namespace tumbuh::records {

struct ImportProblem {
    QString field;        // canonical field name
    Bilingual::Text text; // the reason, in both languages
};

// A value that could not be read, kept as data: parse() runs on the
// importer's reading thread, and messages are made (in both languages,
// which swaps global translators) on the thread that owns the application.
struct ParseFailure {
    ImportField field = ImportField::Ignore;
    QString value;
    const char* what = nullptr; // the untranslated message, context tumbuh::records
};

class ImportRowParser {
public:
    ImportRowParser(const ImportColumns& columns, QStringList header);

    // Fills `row` (reset first); returns the first value that cannot be
    // read. Thread-safe (touches nothing shared).
    std::optional<ParseFailure> parse(std::span<const std::string_view> cells, ImportRow& row) const;
    // The failure as a message in both languages.
    ImportProblem describe(const ParseFailure& failure) const;
    // Every cell empty or spaces.
    static bool isEmpty(std::span<const std::string_view> cells);
    // A totals row below the data: no child UID, NIK or name, and a cell
    // that starts with "Jumlah", "Total", "Subtotal", "Grand total",
    // "Rata-rata" or "Rerata" (case, spaces and punctuation aside).
    bool isSummary(std::span<const std::string_view> cells) const;

private:
    std::string_view cell(std::span<const std::string_view> cells, ImportField f) const;

    const ImportColumns& columns_;
    QStringList header_;
};

} // namespace tumbuh::records
