#pragma once
// What the program shows while it upgrades a file of an earlier schema in
// place (store/migrator.cpp): a city's file takes tens of seconds, once, and
// without a word the user would see nothing at all and start the program
// again. The notice is shown before Database::open and closed after it.
#include <QString>
#include <QWidget>

#include <memory>

namespace tumbuh::ui {

class UpgradeNotice : public QWidget {
    Q_OBJECT
public:
    // Shown (and painted) when the file at `path` is of an earlier schema
    // than this program's (store::schemaVersionInHeader) and big enough to
    // take a while; nullptr when there is nothing to say. Keep it until the
    // open returns.
    static std::unique_ptr<UpgradeNotice> showIfNeeded(const QString& path);

    QString text() const;

private:
    explicit UpgradeNotice(const QString& path);
    QString text_;
};

} // namespace tumbuh::ui
