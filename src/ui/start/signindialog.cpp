#include "ui/start/signindialog.h"

#include "store/database.h"
#include "store/pin.h"
#include "store/signin.h"
#include "ui/common/dialogscrollarea.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tumbuh::ui {
namespace {

void makePinField(QLineEdit* edit)
{
    edit->setEchoMode(QLineEdit::Password);
    // A PIN is digits: the number keys of a tablet's keyboard first.
    edit->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                              | Qt::ImhNoAutoUppercase);
    QFont f = edit->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    edit->setFont(f);
}

} // namespace

SignInDialog::SignInDialog(store::Database& db, Mode mode, QWidget* parent)
    : QDialog(parent), db_(db), mode_(mode), title_(new QLabel(this)), hint_(new QLabel(this)),
      userLabel_(new QLabel(this)), users_(new QComboBox(this)), nameLabel_(new QLabel(this)),
      name_(new QLineEdit(this)), pinLabel_(new QLabel(this)), pin_(new QLineEdit(this)),
      newPinLabel_(new QLabel(this)), newPin_(new QLineEdit(this)), repeatLabel_(new QLabel(this)),
      repeat_(new QLineEdit(this)), message_(new QLabel(this)), signIn_(new QPushButton(this)),
      switch_(new QPushButton(this)), cancel_(new QPushButton(this)), lockEnds_(new QTimer(this))
{
    QFont big = title_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title_->setFont(big);
    title_->setWordWrap(true);
    hint_->setWordWrap(true);
    hint_->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    hint_->hide();
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    message_->hide();
    QFont listFont = users_->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.2);
    users_->setFont(listFont);
    name_->setFont(listFont);
    for (QLineEdit* e : {pin_, newPin_, repeat_})
        makePinField(e);

    auto* form = new QFormLayout;
    form->addRow(userLabel_, users_);
    form->addRow(nameLabel_, name_);
    form->addRow(pinLabel_, pin_);
    form->addRow(newPinLabel_, newPin_);
    form->addRow(repeatLabel_, repeat_);
    userLabel_->setBuddy(users_);
    nameLabel_->setBuddy(name_);
    pinLabel_->setBuddy(pin_);
    newPinLabel_->setBuddy(newPin_);
    repeatLabel_->setBuddy(repeat_);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(switch_);
    buttons->addStretch(1);
    buttons->addWidget(cancel_);
    buttons->addWidget(signIn_);
    signIn_->setDefault(true);
    signIn_->setAutoDefault(true);
    cancel_->setAutoDefault(false);
    switch_->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(hint_);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(users_, &QComboBox::currentIndexChanged, this, &SignInDialog::userChanged);
    connect(signIn_, &QPushButton::clicked, this, &SignInDialog::trySignIn);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        quitting_ = true;
        reject();
    });
    connect(switch_, &QPushButton::clicked, this, [this] {
        // Someone else takes over: the whole list, the PIN of the one chosen.
        users_->setEnabled(true);
        switch_->hide();
        pin_->clear();
        users_->setFocus();
    });
    lockEnds_->setSingleShot(true);
    connect(lockEnds_, &QTimer::timeout, this, &SignInDialog::userChanged);

    loadUsers();
    retranslateUi();
    userChanged();
    switch_->setVisible(mode_ == Mode::Unlock);
    // Its height follows what it shows (the demo hint, a message), on show.
    DialogScrollArea::setPreferredSize(this, QSize(460, 0));
    DialogScrollArea::fitWhenShown(this);
}

void SignInDialog::loadUsers()
{
    store::SignIn signIn(db_);
    auto none = signIn.noUsers();
    firstAdmin_ = none && *none;
    users_->clear();
    if (auto list = signIn.activeUsers())
        for (const auto& u : *list)
            users_->addItem(u.name, QVariant::fromValue(static_cast<qlonglong>(u.meta.id)));
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in — Tumbuh"));
    if (firstAdmin_)
        title_->setText(tr("Nobody works in this file yet. Who looks after it?"));
    else if (mode_ == Mode::Unlock)
        title_->setText(tr("The screen was locked. Type your PIN to go on."));
    else
        title_->setText(tr("Who is working today?"));
    hint_->setText(tr("Demo: admin, kader, gizi — PIN 123456"));
    userLabel_->setText(tr("&Name"));
    nameLabel_->setText(tr("Your &name"));
    name_->setPlaceholderText(tr("the first user looks after the users (admin)"));
    pinLabel_->setText(tr("&PIN"));
    newPinLabel_->setText(firstAdmin_ ? tr("&PIN (6 digits or more)") : tr("&New PIN (6 digits or more)"));
    repeatLabel_->setText(tr("&Repeat the PIN"));
    signIn_->setText(tr("&Sign in"));
    switch_->setText(tr("S&witch user"));
    cancel_->setText(mode_ == Mode::Unlock ? tr("&Quit Tumbuh") : tr("&Cancel"));
}

void SignInDialog::reject()
{
    if (mode_ == Mode::Unlock && !quitting_)
        return;
    QDialog::reject();
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::selectUser(const QString& name)
{
    for (int i = 0; i < users_->count(); ++i)
        if (users_->itemText(i).compare(name.simplified(), Qt::CaseInsensitive) == 0) {
            users_->setCurrentIndex(i);
            break;
        }
    pin_->setFocus();
}

void SignInDialog::setLockedUser(const store::SignedInUser& user)
{
    locked_ = user;
    for (int i = 0; i < users_->count(); ++i)
        if (users_->itemData(i).toLongLong() == user.id)
            users_->setCurrentIndex(i);
    users_->setEnabled(false);
    pin_->setFocus();
}

void SignInDialog::setSwitchAllowed(bool allowed)
{
    switch_->setVisible(mode_ == Mode::Unlock && allowed);
}

void SignInDialog::setDemoHint(bool demo)
{
    demo_ = demo;
    hint_->setVisible(demo && !firstAdmin_);
}

bool SignInDialog::selectedHasPin() const
{
    if (users_->currentIndex() < 0)
        return true;
    auto has = store::SignIn(db_).hasPin(users_->currentData().toLongLong());
    return !has || *has;
}

void SignInDialog::showMessage(const QString& text)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

void SignInDialog::userChanged()
{
    const bool choose = !firstAdmin_;
    const bool hasPin = selectedHasPin();
    userLabel_->setVisible(choose);
    users_->setVisible(choose);
    nameLabel_->setVisible(!choose);
    name_->setVisible(!choose);
    pinLabel_->setVisible(choose && hasPin);
    pin_->setVisible(choose && hasPin);
    newPinLabel_->setVisible(!choose || !hasPin);
    newPin_->setVisible(!choose || !hasPin);
    repeatLabel_->setVisible(!choose || !hasPin);
    repeat_->setVisible(!choose || !hasPin);
    showMessage(QString());
    if (!choose || !hasPin) {
        if (choose)
            showMessage(tr("You have no PIN yet: choose one and type it twice. Keep it to yourself."));
        message_->setStyleSheet(QStringLiteral("color: palette(text);"));
        signIn_->setEnabled(true);
        return;
    }
    message_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    // A locked user cannot even try until the lock ends.
    bool locked = false;
    if (users_->currentIndex() >= 0)
        if (auto until = store::SignIn(db_).lockedUntil(users_->currentData().toLongLong()); until && *until) {
            locked = true;
            showMessage(tr("Too many wrong PINs: %1 is locked until %2.")
                            .arg(users_->currentText(),
                                 QLocale().toString((*until)->toLocalTime().time(), QStringLiteral("HH:mm"))));
            const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(**until);
            lockEnds_->start(static_cast<int>(std::clamp<qint64>(ms + 500, 0, 10 * 60 * 1000)));
        }
    pin_->setEnabled(!locked);
    signIn_->setEnabled(!locked && users_->currentIndex() >= 0);
    if (!locked)
        pin_->setFocus();
}

void SignInDialog::trySignIn()
{
    store::SignIn signIn(db_);
    const bool newPin = firstAdmin_ || !selectedHasPin();
    if (newPin) {
        if (firstAdmin_ && name_->text().simplified().isEmpty()) {
            showMessage(tr("Write your name."));
            name_->setFocus();
            return;
        }
        if (auto problem = store::pinProblem(newPin_->text())) {
            showMessage(*problem);
            newPin_->setFocus();
            return;
        }
        if (newPin_->text() != repeat_->text()) {
            showMessage(tr("The two PINs are not the same. Type them again."));
            repeat_->clear();
            repeat_->setFocus();
            return;
        }
        store::Result<store::SignedInUser> made = store::Error{};
        if (firstAdmin_) {
            made = signIn.createFirstAdmin(name_->text().simplified(), newPin_->text());
        } else {
            const store::RowId id = users_->currentData().toLongLong();
            if (auto set = signIn.setPin(id, newPin_->text(), id); !set)
                made = set.error();
            else
                made = signIn.attempt(users_->currentText(), newPin_->text());
        }
        if (!made) {
            showMessage(made.error().message);
            return;
        }
        signedIn_ = *made;
        switched_ = locked_ && locked_->id != signedIn_.id;
        accept();
        return;
    }
    auto result = signIn.attempt(users_->currentText(), pin_->text());
    pin_->clear();
    if (!result) {
        userChanged(); // a lock that just started disables the field and says until when
        if (pin_->isEnabled())
            showMessage(result.error().message);
        return;
    }
    signedIn_ = *result;
    switched_ = locked_ && locked_->id != signedIn_.id;
    accept();
}

} // namespace tumbuh::ui
