#pragma once
// Bantuan ▸ Tentang Tumbuh: the icon, the version, the licence, where the
// growth tables come from, and where this file's data and backups are, as
// text a user can select and copy (to find the folder, or to tell someone).
#include <QDialog>

class QLabel;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const store::Database& db, QWidget* parent = nullptr);

    // The shown values, for tests and for a user's copy.
    QString versionText() const;
    QString databaseFileText() const;
    QString dataFolderText() const;
    QString backupFolderText() const;

private:
    QLabel* version_;
    QLabel* databaseFile_;
    QLabel* dataFolder_;
    QLabel* backupFolder_;
};

} // namespace tumbuh::ui
