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
};

} // namespace tumbuh::ui
