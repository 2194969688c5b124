#include "ui/about/aboutdialog.h"

#include "records/backup/backup.h"
#include "store/database.h"
#include "ui/about/appicon.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#ifndef TUMBUH_VERSION
#error "TUMBUH_VERSION comes from CMake's project(VERSION) (src/ui/CMakeLists.txt)"
#endif

namespace tumbuh::ui {
namespace {

// A value a user may want to copy: selectable by mouse and keyboard.
QLabel* valueLabel(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setCursor(Qt::IBeamCursor);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const store::Database& db, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Tumbuh"));
    setObjectName(QStringLiteral("aboutDialog"));

    const QFileInfo file(db.path());
    const QString backups = records::Backup::defaultDir(file.absoluteFilePath());

    auto* picture = new QLabel(this);
    picture->setPixmap(appIcon().pixmap(96, 96));
    picture->setAlignment(Qt::AlignTop);

    auto* title = new QLabel(tr("Tumbuh %1").arg(QStringLiteral(TUMBUH_VERSION)), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto* summary = new QLabel(tr("Growth monitoring for the posyandu: WHO z-scores, Permenkes 2/2020 categories, "
                                  "N/T/O/B and KBM, offline."),
                               this);
    summary->setWordWrap(true);

    version_ = valueLabel(QStringLiteral(TUMBUH_VERSION), QStringLiteral("version"), this);
    auto* licence = valueLabel(tr("GNU General Public License, version 3 or later (GPL-3.0-or-later): you may use, "
                                  "copy, share and change Tumbuh. It comes with no warranty."),
                               QStringLiteral("licence"), this);
    auto* tables = valueLabel(tr("WHO Child Growth Standards 2006 (0–5 years) and WHO Growth Reference 2007 (5–19 "
                                 "years), copied unchanged from WHO's own software and built into the program."),
                              QStringLiteral("growthTables"), this);
    databaseFile_ = valueLabel(QDir::toNativeSeparators(file.absoluteFilePath()), QStringLiteral("databaseFile"), this);
    dataFolder_ = valueLabel(QDir::toNativeSeparators(file.absolutePath()), QStringLiteral("dataFolder"), this);
    backupFolder_ = valueLabel(QDir::toNativeSeparators(backups), QStringLiteral("backupFolder"), this);
    auto* backupRule = new QLabel(tr("Made automatically once a day and when Tumbuh closes, if something changed; "
                                     "the newest %1 are kept.")
                                      .arg(records::BackupPolicy().keep),
                                  this);
    backupRule->setWordWrap(true);

    auto* heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(summary);
    auto* top = new QHBoxLayout;
    top->addWidget(picture);
    top->addSpacing(12);
    top->addLayout(heading, 1);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Version:"), version_);
    form->addRow(tr("Licence:"), licence);
    form->addRow(tr("Growth tables:"), tables);
    form->addRow(tr("Database file:"), databaseFile_);
    form->addRow(tr("Data folder:"), dataFolder_);
    form->addRow(tr("Backups:"), backupFolder_);
    form->addRow(QString(), backupRule);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Wide enough for the paths; as high as the wrapped texts need at that width.
    constexpr int kWidth = 620;
    resize(kWidth, layout->hasHeightForWidth() ? layout->totalHeightForWidth(kWidth) : sizeHint().height());
}

QString AboutDialog::versionText() const
{
    return version_->text();
}

QString AboutDialog::databaseFileText() const
{
    return databaseFile_->text();
}

QString AboutDialog::dataFolderText() const
{
    return dataFolder_->text();
}

QString AboutDialog::backupFolderText() const
{
    return backupFolder_->text();
}

} // namespace tumbuh::ui
