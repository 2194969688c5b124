#include "ui/users/usereditdialog.h"

#include "store/pin.h"
#include "ui/common/dialogscrollarea.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tumbuh::ui {

QString UserEditDialog::roleName(store::Role role)
{
    switch (role) {
    case store::Role::Kader: return tr("Kader");
    case store::Role::Nutritionist: return tr("Nutritionist");
    case store::Role::Admin: return tr("Admin");
    }
    return tr("Kader");
}

UserEditDialog::UserEditDialog(Mode mode, const std::vector<store::Posyandu>& posyandu, QWidget* parent)
    : QDialog(parent), mode_(mode), name_(new QLineEdit(this)), role_(new QComboBox(this)),
      posyandu_(new QComboBox(this)), pin_(new QLineEdit(this)), repeat_(new QLineEdit(this)),
      message_(new QLabel(this)), ok_(nullptr)
{
    for (store::Role r : {store::Role::Kader, store::Role::Nutritionist, store::Role::Admin})
        role_->addItem(roleName(r), static_cast<int>(r));
    posyandu_->addItem(tr("Every posyandu"), QVariant());
    for (const auto& p : posyandu)
        posyandu_->addItem(p.name, QVariant::fromValue(static_cast<qlonglong>(p.meta.id)));
    for (QLineEdit* e : {pin_, repeat_}) {
        e->setEchoMode(QLineEdit::Password);
        e->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    message_->hide();

    auto* form = new QFormLayout;
    if (mode_ != Mode::Pin) {
        form->addRow(tr("&Name"), name_);
        form->addRow(tr("&Role"), role_);
        form->addRow(tr("&Home posyandu"), posyandu_);
    } else {
        name_->hide();
        role_->hide();
        posyandu_->hide();
    }
    if (mode_ != Mode::Edit) {
        form->addRow(mode_ == Mode::Pin ? tr("&New PIN") : tr("&PIN"), pin_);
        form->addRow(tr("Re&peat the PIN"), repeat_);
    } else {
        pin_->hide();
        repeat_->hide();
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(mode_ == Mode::Add ? tr("&Add") : tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(message_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (check())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(role_, &QComboBox::currentIndexChanged, this, &UserEditDialog::updateEnabled);
    setWindowTitle(mode_ == Mode::Add ? tr("New user") : mode_ == Mode::Edit ? tr("Change user")
                                                                             : tr("Reset PIN"));
    updateEnabled();
    // Room for a whole name and a posyandu's name.
    DialogScrollArea::setPreferredSize(this, QSize(400, 0));
    DialogScrollArea::fitWhenShown(this);
}

void UserEditDialog::updateEnabled()
{
    // Only a kader works for one posyandu.
    const bool kader = role_->currentData().toInt() == static_cast<int>(store::Role::Kader);
    posyandu_->setEnabled(kader);
    if (!kader)
        posyandu_->setCurrentIndex(0);
}

void UserEditDialog::setUser(const store::User& user)
{
    user_ = user;
    name_->setText(user.name);
    role_->setCurrentIndex(role_->findData(static_cast<int>(user.role)));
    const int p = user.posyanduId ? posyandu_->findData(QVariant::fromValue(static_cast<qlonglong>(*user.posyanduId))) : 0;
    posyandu_->setCurrentIndex(std::max(0, p));
    if (mode_ == Mode::Pin)
        setWindowTitle(tr("Reset the PIN of %1").arg(user.name));
}

store::User UserEditDialog::user() const
{
    store::User u = user_;
    if (mode_ == Mode::Pin)
        return u;
    u.name = name_->text().simplified();
    u.role = static_cast<store::Role>(role_->currentData().toInt());
    const QVariant p = posyandu_->currentData();
    u.posyanduId = p.isValid() ? std::optional<store::RowId>(p.toLongLong()) : std::nullopt;
    return u;
}

QString UserEditDialog::pin() const
{
    return pin_->text();
}

bool UserEditDialog::check()
{
    const auto say = [this](const QString& text) {
        message_->setText(text);
        message_->show();
        return false;
    };
    if (mode_ != Mode::Pin && name_->text().simplified().isEmpty())
        return say(tr("Write the user's name."));
    if (mode_ != Mode::Edit) {
        if (auto problem = store::pinProblem(pin_->text()))
            return say(*problem);
        if (pin_->text() != repeat_->text())
            return say(tr("The two PINs are not the same. Type them again."));
    }
    return true;
}

} // namespace tumbuh::ui
