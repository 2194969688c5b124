#include "ui/start/upgradenotice.h"

#include "store/database.h"
#include "store/fileheader.h"

#include <QApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace tumbuh::ui {
namespace {

// Below this a small posyandu's file upgrades in well under a second.
constexpr qint64 kWorthSaying = 8 * 1024 * 1024;

} // namespace

std::unique_ptr<UpgradeNotice> UpgradeNotice::showIfNeeded(const QString& path)
{
    const auto version = store::schemaVersionInHeader(path);
    if (!version || *version <= 0 || *version >= store::Database::latestSchemaVersion()
        || QFileInfo(path).size() < kWorthSaying)
        return nullptr;
    std::unique_ptr<UpgradeNotice> notice(new UpgradeNotice(path));
    notice->adjustSize();
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        notice->move(screen->availableGeometry().center() - notice->rect().center());
    notice->show();
    // Painted now: the upgrade that follows keeps the event loop busy.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    return notice;
}

UpgradeNotice::UpgradeNotice(const QString& path) : QWidget(nullptr, Qt::Dialog)
{
    setWindowTitle(tr("Tumbuh"));
    setCursor(Qt::WaitCursor);
    text_ = tr("Updating %1 for this version of Tumbuh.\n\nThis happens once. A big file can take a minute; please "
               "wait and do not turn the computer off. Nothing is lost if it is interrupted.")
                .arg(QFileInfo(path).fileName());
    auto* label = new QLabel(text_, this);
    label->setWordWrap(true);
    label->setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(label);
}

QString UpgradeNotice::text() const
{
    return text_;
}

} // namespace tumbuh::ui
