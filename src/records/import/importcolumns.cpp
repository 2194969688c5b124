#include "records/import/importcolumns.h"

#include <QCoreApplication>

namespace tumbuh::records {
namespace {

using F = ImportField;

Error columnsError(const QString& message)
{
    return Error{ErrorCode::InvalidFormat, {}, message, {}, {}};
}

} // namespace

Result<ImportColumns> ImportColumns::detect(const QStringList& header,
                                            const std::vector<std::pair<QString, QString>>& mapping)
{
    ImportColumns c;
    c.columns_.fill(kAbsent);
    std::vector<std::optional<F>> assigned(static_cast<std::size_t>(header.size()));
    std::vector<bool> explicitly(static_cast<std::size_t>(header.size()), false);
    for (const auto& [column, fieldName] : mapping) {
        const QString key = ImportFieldNames::key(column);
        qsizetype index = -1;
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (ImportFieldNames::key(header[i]) == key) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            return columnsError(QCoreApplication::translate("tumbuh::records", "The mapping names the column \"%1\", which the file does not have.")
                                    .arg(column));
        }
        const auto field = ImportFieldNames::fromCanonical(fieldName);
        if (!field) {
            return columnsError(QCoreApplication::translate("tumbuh::records", "The mapping names the field \"%1\", which does not exist. Fields: %2.")
                                    .arg(fieldName, [] {
                                        QStringList all;
                                        for (int i = 0; i < kImportFieldCount; ++i)
                                            all << ImportFieldNames::canonical(static_cast<F>(i));
                                        return all.join(QStringLiteral(", "));
                                    }()));
        }
        assigned[static_cast<std::size_t>(index)] = *field;
        explicitly[static_cast<std::size_t>(index)] = true;
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!explicitly[static_cast<std::size_t>(i)])
            assigned[static_cast<std::size_t>(i)] = ImportFieldNames::recognise(header[i]);
    }
    // Explicit mappings first, then the first recognised column of a field.
    for (const bool pass : {true, false}) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            const auto& f = assigned[static_cast<std::size_t>(i)];
            if (explicitly[static_cast<std::size_t>(i)] != pass || !f || *f == F::Ignore)
                continue;
            int& slot = c.columns_[static_cast<std::size_t>(*f)];
            if (slot == kAbsent)
                slot = static_cast<int>(i);
        }
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        bool used = false;
        for (const int col : c.columns_)
            used = used || col == i;
        if (!used)
            c.ignored_ << header[i];
    }

    bool measurement = c.has(F::MeasuredOn)
                    && (c.has(F::WeightKg) || c.has(F::WeightG) || c.has(F::LengthCm) || c.has(F::LengthMm) || c.has(F::HeadCm)
                        || c.has(F::MuacCm));
    const bool childComplete = c.has(F::Name) && c.has(F::Sex) && c.has(F::BirthDate);
    const bool childKey = c.has(F::ChildUid) || c.has(F::Nik) || (c.has(F::Name) && c.has(F::BirthDate));
    if (measurement && childComplete) {
        c.layout_ = ImportLayout::Combined;
    } else if (measurement && childKey) {
        c.layout_ = ImportLayout::Measurements;
    } else if (childComplete && !c.has(F::MeasuredOn)) {
        c.layout_ = ImportLayout::Children;
        // In a list of children, "notes" are the child's.
        if (!c.has(F::ChildNotes) && c.has(F::Notes)) {
            std::swap(c.columns_[static_cast<std::size_t>(F::ChildNotes)], c.columns_[static_cast<std::size_t>(F::Notes)]);
        }
    } else {
        return columnsError(QCoreApplication::translate(
            "tumbuh::records",
            "The columns of this file were not recognised. A list of children needs the child's name, sex and "
            "birth date (e.g. Nama, JK, Tgl Lahir); a list of measurements also needs the date and a value (e.g. "
            "Tanggal Pengukuran, Berat, Tinggi, Cara Ukur); measurements alone need the child's UID or NIK. "
            "Name other columns with a mapping (column=field)."));
    }
    return c;
}

QStringList ImportColumns::describe(const QStringList& header) const
{
    QStringList lines;
    for (int i = 0; i < kImportFieldCount; ++i) {
        const int col = columns_[static_cast<std::size_t>(i)];
        if (col != kAbsent && col < header.size())
            lines << header[col] + QStringLiteral(" -> ") + ImportFieldNames::canonical(static_cast<F>(i));
    }
    return lines;
}

} // namespace tumbuh::records
