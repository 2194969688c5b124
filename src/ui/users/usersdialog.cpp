#include "ui/users/usersdialog.h"

#include "store/database.h"
#include "store/posyandurepository.h"
#include "store/signin.h"
#include "store/userrepository.h"
#include "ui/common/dialogscrollarea.h"
#include "ui/settings/appsettings.h"
#include "ui/users/usereditdialog.h"

#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace tumbuh::ui {
namespace {

std::vector<store::Posyandu> allPosyandu(store::Database& db)
{
    auto list = store::PosyanduRepository(db).list();
    return list ? *list : std::vector<store::Posyandu>{};
}

} // namespace

UsersDialog::UsersDialog(store::Database& db, AppSettings& settings, const store::SignedInUser& who, QWidget* parent)
    : QDialog(parent), db_(db), settings_(settings), who_(who), run_([](UserEditDialog& d) { d.exec(); }),
      table_(new QTableWidget(this)), message_(new QLabel(this)), idle_(new QSpinBox(this)),
      add_(new QPushButton(tr("&Add user…"), this)), resetPin_(new QPushButton(tr("&Reset PIN…"), this)),
      active_(new QPushButton(this)), edit_(new QPushButton(tr("&Change role or posyandu…"), this))
{
    setWindowTitle(tr("Users"));
    table_->setColumnCount(ColumnCount);
    table_->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Home posyandu"), tr("Active"), tr("Locked until")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    message_->setWordWrap(true);
    message_->hide();

    idle_->setRange(0, 240);
    idle_->setSuffix(tr(" min"));
    idle_->setSpecialValueText(tr("never"));
    idle_->setValue(std::max(0, settings_.idleLockMinutes.get()));
    connect(idle_, &QSpinBox::valueChanged, this, [this](int minutes) {
        settings_.idleLockMinutes.set(minutes);
        settings_.sync();
        emit idleMinutesChanged(minutes);
    });

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add_, edit_, resetPin_, active_})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* close = new QPushButton(tr("&Close"), this);
    buttons->addWidget(close);
    auto* security = new QFormLayout;
    security->addRow(tr("Lock the screen after this long without use:"), idle_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_, 1);
    layout->addWidget(message_);
    layout->addLayout(security);
    layout->addLayout(buttons);

    connect(add_, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(resetPin_, &QPushButton::clicked, this, &UsersDialog::resetPin);
    connect(active_, &QPushButton::clicked, this, &UsersDialog::toggleActive);
    connect(edit_, &QPushButton::clicked, this, &UsersDialog::editUser);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);

    reload();
    DialogScrollArea::setPreferredSize(this, QSize(760, 420));
    DialogScrollArea::fitWhenShown(this);
    if (auto allowed = who_.require(store::Permission::ManageUsers); !allowed) {
        showMessage(allowed.error().message, true);
        for (QWidget* w : std::initializer_list<QWidget*>{table_, idle_, add_, resetPin_, active_, edit_})
            w->setEnabled(false);
    }
}

void UsersDialog::reload()
{
    const QString keep = table_->currentRow() >= 0 && table_->item(table_->currentRow(), Name)
                           ? table_->item(table_->currentRow(), Name)->text()
                           : QString();
    std::map<store::RowId, QString> places;
    for (const auto& p : allPosyandu(db_))
        places[p.meta.id] = p.name;
    auto users = store::UserRepository(db_).list();
    table_->setRowCount(0);
    if (!users) {
        showMessage(users.error().message, true);
        return;
    }
    store::SignIn signIn(db_);
    table_->setRowCount(static_cast<int>(users->size()));
    int row = 0;
    for (const auto& u : *users) {
        auto* name = new QTableWidgetItem(u.name);
        name->setData(Qt::UserRole, QVariant::fromValue(static_cast<qlonglong>(u.meta.id)));
        table_->setItem(row, Name, name);
        table_->setItem(row, Role, new QTableWidgetItem(UserEditDialog::roleName(u.role)));
        const QString place = !u.posyanduId               ? tr("every posyandu")
                            : places.count(*u.posyanduId) ? places[*u.posyanduId]
                                                          : QString::number(*u.posyanduId);
        table_->setItem(row, Posyandu, new QTableWidgetItem(place));
        table_->setItem(row, Active, new QTableWidgetItem(u.active ? tr("yes") : tr("no (deactivated)")));
        QString locked;
        if (auto until = signIn.lockedUntil(u.meta.id); until && *until)
            locked = QLocale().toString((*until)->toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"));
        table_->setItem(row, LockedUntil, new QTableWidgetItem(locked));
        ++row;
    }
    table_->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectUser(keep);
    updateButtons();
}

int UsersDialog::selectUser(const QString& name)
{
    for (int row = 0; row < table_->rowCount(); ++row)
        if (table_->item(row, Name)->text() == name) {
            table_->selectRow(row);
            table_->setCurrentCell(row, Name);
            return row;
        }
    return -1;
}

std::optional<store::User> UsersDialog::selected() const
{
    const int row = table_->currentRow();
    if (row < 0 || !table_->item(row, Name))
        return std::nullopt;
    auto u = store::UserRepository(db_).get(table_->item(row, Name)->data(Qt::UserRole).toLongLong());
    if (!u)
        return std::nullopt;
    return *u;
}

bool UsersDialog::lastAdmin(const store::User& user) const
{
    if (user.role != store::Role::Admin || !user.active)
        return false;
    auto users = store::UserRepository(db_).list();
    if (!users)
        return true; // when in doubt, keep the admin
    int admins = 0;
    for (const auto& u : *users)
        if (u.active && u.role == store::Role::Admin)
            ++admins;
    return admins <= 1;
}

void UsersDialog::showMessage(const QString& text, bool error)
{
    message_->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QStringLiteral("color: #1b5e20;"));
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
}

void UsersDialog::updateButtons()
{
    const auto u = selected();
    active_->setText(u && !u->active ? tr("Re&activate") : tr("&Deactivate"));
    const bool may = who_.may(store::Permission::ManageUsers) && !db_.isReadOnly();
    add_->setEnabled(may);
    for (QPushButton* b : {resetPin_, active_, edit_})
        b->setEnabled(may && u.has_value());
}

void UsersDialog::addUser()
{
    if (auto allowed = who_.require(store::Permission::ManageUsers); !allowed)
        return showMessage(allowed.error().message, true);
    UserEditDialog d(UserEditDialog::Mode::Add, allPosyandu(db_), this);
    run_(d);
    if (d.result() != QDialog::Accepted)
        return;
    auto added = store::SignIn(db_).addUser(d.user(), d.pin(), who_.id);
    if (!added)
        return showMessage(added.error().message, true);
    reload();
    selectUser(added->name);
    showMessage(tr("%1 can now sign in with the PIN given.").arg(added->name), false);
}

void UsersDialog::resetPin()
{
    if (auto allowed = who_.require(store::Permission::ManageUsers); !allowed)
        return showMessage(allowed.error().message, true);
    const auto u = selected();
    if (!u)
        return;
    UserEditDialog d(UserEditDialog::Mode::Pin, allPosyandu(db_), this);
    d.setUser(*u);
    run_(d);
    if (d.result() != QDialog::Accepted)
        return;
    if (auto set = store::SignIn(db_).setPin(u->meta.id, d.pin(), who_.id); !set)
        return showMessage(set.error().message, true);
    reload();
    showMessage(tr("The PIN of %1 is reset (and any lock lifted).").arg(u->name), false);
}

void UsersDialog::toggleActive()
{
    if (auto allowed = who_.require(store::Permission::ManageUsers); !allowed)
        return showMessage(allowed.error().message, true);
    auto u = selected();
    if (!u)
        return;
    if (u->active && lastAdmin(*u))
        return showMessage(tr("%1 is the last active admin: make another admin first.").arg(u->name), true);
    u->active = !u->active;
    auto saved = store::UserRepository(db_).update(*u, who_.id);
    if (!saved)
        return showMessage(saved.error().message, true);
    reload();
    showMessage(u->active ? tr("%1 can sign in again.").arg(u->name)
                          : tr("%1 is deactivated: kept in the log, cannot sign in.").arg(u->name),
                false);
}

void UsersDialog::editUser()
{
    if (auto allowed = who_.require(store::Permission::ManageUsers); !allowed)
        return showMessage(allowed.error().message, true);
    const auto u = selected();
    if (!u)
        return;
    UserEditDialog d(UserEditDialog::Mode::Edit, allPosyandu(db_), this);
    d.setUser(*u);
    run_(d);
    if (d.result() != QDialog::Accepted)
        return;
    const store::User changed = d.user();
    if (changed.role != store::Role::Admin && lastAdmin(*u))
        return showMessage(tr("%1 is the last active admin: make another admin first.").arg(u->name), true);
    auto saved = store::UserRepository(db_).update(changed, who_.id);
    if (!saved)
        return showMessage(saved.error().message, true);
    reload();
    showMessage(tr("%1 is saved.").arg(changed.name), false);
}

} // namespace tumbuh::ui
