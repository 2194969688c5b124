#pragma once
// Turns the cells of one CSV row into an ImportRow. Only the reading of
// values is checked here (a date that is no date, "8,5,1" for a weight);
// whether the values are acceptable is for the repositories' validation.
#include "bilingual.h"
#include "importcolumns.h"
#include "importrow.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <string_view>

namespace tumbuh::store {

struct ImportProblem {
    QString field;          // canonical field name
    Bilingual::Text text;   // the reason, in both languages
};

class ImportRowParser {
public:
    ImportRowParser(const ImportColumns& columns, QStringList header);

    // Fills `row` (reset first); returns the first value that cannot be read.
    std::optional<ImportProblem> parse(std::span<const std::string_view> cells, ImportRow& row) const;

private:
    std::string_view cell(std::span<const std::string_view> cells, ImportField f) const;
    ImportProblem problem(ImportField f, std::string_view value, const char* what) const;

    const ImportColumns& columns_;
    QStringList header_;
};

} // namespace tumbuh::store
