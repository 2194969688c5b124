#pragma once
// "Ekspor data anak" on paper: everything Tumbuh holds on one child (UU
// 27/2022, the data subject's right of access) as an A4 portrait PDF of
// titled tables. Always in Indonesian, like the growth card: it is handed to
// the parent who asked. The input is plain text (records/rights/childdata.h
// fills it from the same JSON it writes beside the PDF), so report needs
// neither the store nor widgets.
#include <QString>
#include <QStringList>

#include <vector>

namespace tumbuh::report {

// One titled table. With `headers` empty it is a list of label/value pairs
// (each row two cells).
struct ChildDataTable {
    QString title;
    QStringList headers;
    std::vector<double> widths; // relative column widths; empty: equal
    std::vector<QStringList> rows;
    QString emptyText; // printed when there are no rows ("Tidak ada")
};

struct ChildDataReport {
    QString title;     // "Data yang disimpan tentang anak"
    QStringList intro; // lines under the title: who, when, from which file
    std::vector<ChildDataTable> tables;
    QStringList closing; // notes after the last table
};

// Writes the report as an A4 portrait PDF (page numbers at the bottom).
// False with the reason in `error` when the file cannot be written.
bool writeChildDataPdf(const ChildDataReport& data, const QString& path, QString* error = nullptr);

} // namespace tumbuh::report
