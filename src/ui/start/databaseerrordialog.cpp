#include "ui/start/databaseerrordialog.h"

#include "ui/common/dialogscrollarea.h"

#include "store/messages.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tumbuh::ui {

DatabaseErrorDialog::DatabaseErrorDialog(const QString& message, const QString& backupPath, QWidget* parent)
    : QDialog(parent), message_(message), backupPath_(backupPath), title_(new QLabel(this)),
      text_(new QLabel(this)), backupNote_(new QLabel(this)), restore_(new QPushButton(this)),
      other_(new QPushButton(this)), create_(new QPushButton(this)), quit_(new QPushButton(this))
{
    QFont bold = title_->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title_->setFont(bold);
    for (QLabel* l : {text_, backupNote_}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    restore_->setVisible(!backupPath_.isEmpty());
    backupNote_->setVisible(!backupPath_.isEmpty());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(restore_);
    buttons->addWidget(other_);
    buttons->addWidget(create_);
    buttons->addStretch(1);
    buttons->addWidget(quit_);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(text_);
    layout->addWidget(backupNote_);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(restore_, &QPushButton::clicked, this, [this] { finish(Action::RestoreBackup); });
    connect(other_, &QPushButton::clicked, this, [this] { finish(Action::OpenOther); });
    connect(create_, &QPushButton::clicked, this, [this] { finish(Action::CreateNew); });
    connect(quit_, &QPushButton::clicked, this, [this] { finish(Action::Quit); });
    (backupPath_.isEmpty() ? other_ : restore_)->setDefault(true);

    retranslateUi();
    DialogScrollArea::setPreferredSize(this, QSize(560, 0));
    DialogScrollArea::fitWhenShown(this);
}

void DatabaseErrorDialog::retranslateUi()
{
    setWindowTitle(tr("The database cannot be opened"));
    title_->setText(tr("The database cannot be opened"));
    // The store's sentence naming the backup is said by the note below.
    QString text = message_;
    const QString backupSentence = QLatin1Char(' ') + store::msg::backupExists(backupPath_);
    if (!backupPath_.isEmpty() && text.endsWith(backupSentence))
        text.chop(backupSentence.size());
    text_->setText(text);
    backupNote_->setText(tr("A backup exists: %1. Restoring it puts the data back as it was when the backup was "
                            "made; the damaged file is kept beside it.")
                             .arg(QFileInfo(backupPath_).fileName()));
    restore_->setText(tr("&Restore the backup"));
    other_->setText(tr("&Open another file…"));
    create_->setText(tr("&Start a new database…"));
    quit_->setText(tr("&Quit"));
}

void DatabaseErrorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DatabaseErrorDialog::finish(Action a)
{
    action_ = a;
    if (a == Action::Quit)
        reject();
    else
        accept();
}

} // namespace tumbuh::ui
