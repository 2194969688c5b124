#pragma once
// The file dialogs of the program with their words in the language in use:
// Qt ships no Indonesian translation of its own dialogs, so the labels a
// cadre reads are set here.
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tumbuh::ui {

class FileDialogs {
    Q_DECLARE_TR_FUNCTIONS(FileDialogs)
public:
    // A Tumbuh database (*.db) to open; empty when cancelled.
    static QString openDatabase(QWidget* parent, const QString& folder);
    // Where to write a PDF, starting from `suggested` (a full path); ".pdf"
    // is added when the name has no ending. Empty when cancelled.
    static QString savePdf(QWidget* parent, const QString& title, const QString& suggested);
    // The same for an Excel workbook (".xlsx").
    static QString saveXlsx(QWidget* parent, const QString& title, const QString& suggested);
    // A file to import (CSV, or e-PPGBM's Excel lists: .xls, .xlsx, .htm,
    // .html) from `folder`; empty when cancelled.
    static QString openImport(QWidget* parent, const QString& folder);
    // Where to write a CSV file (".csv" added when the name has no ending).
    static QString saveCsv(QWidget* parent, const QString& title, const QString& suggested);
    // A folder to write files into (made when missing is the caller's
    // business); empty when cancelled.
    static QString chooseFolder(QWidget* parent, const QString& title, const QString& suggested);
};

} // namespace tumbuh::ui
