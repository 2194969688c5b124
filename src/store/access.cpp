#include "store/access.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace tumbuh::store {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("tumbuh::store", text); }

struct Row {
    Permission permission;
    bool kader;
    bool nutritionist;
    bool admin;
};

// The table of store/access.h, as data.
constexpr std::array kTable{
    Row{Permission::SeeFullNik, false, true, true},
    Row{Permission::EditRegister, true, true, true},
    Row{Permission::EditMeasurements, true, true, true},
    Row{Permission::MakeReferral, true, true, true},
    Row{Permission::CloseReferral, false, true, true},
    Row{Permission::RecordCounselling, true, true, true},
    Row{Permission::RecordConsent, true, true, true},
    Row{Permission::PrintForFamily, true, true, true},
    Row{Permission::AggregateReport, true, true, true},
    Row{Permission::ExportByName, false, true, true},
    Row{Permission::MakePackage, true, true, true},
    Row{Permission::MergePackage, false, true, true},
    Row{Permission::MakeBackup, true, true, true},
    Row{Permission::RestoreBackup, false, false, true},
    Row{Permission::ViewAudit, false, true, true},
    Row{Permission::ExportChildData, false, true, true},
    Row{Permission::Anonymise, false, false, true},
    Row{Permission::ManageUsers, false, false, true},
};

constexpr std::array<Permission, kTable.size()> kAll = [] {
    std::array<Permission, kTable.size()> all{};
    for (std::size_t i = 0; i < kTable.size(); ++i)
        all[i] = kTable[i].permission;
    return all;
}();

QString roleWord(Role role)
{
    switch (role) {
    case Role::Kader: return tr("kader");
    case Role::Nutritionist: return tr("nutritionist");
    case Role::Admin: return tr("admin");
    }
    return tr("kader");
}

} // namespace

std::span<const Permission> allPermissions() { return kAll; }

bool allows(Role role, Permission permission)
{
    for (const Row& r : kTable)
        if (r.permission == permission) {
            switch (role) {
            case Role::Kader: return r.kader;
            case Role::Nutritionist: return r.nutritionist;
            case Role::Admin: return r.admin;
            }
        }
    return false;
}

QString permissionText(Permission permission)
{
    switch (permission) {
    case Permission::SeeFullNik: return tr("see full NIKs");
    case Permission::EditRegister: return tr("add or change children");
    case Permission::EditMeasurements: return tr("add or change measurements");
    case Permission::MakeReferral: return tr("make referrals");
    case Permission::CloseReferral: return tr("close referrals");
    case Permission::RecordCounselling: return tr("record counselling");
    case Permission::RecordConsent: return tr("record consent");
    case Permission::PrintForFamily: return tr("print for the family");
    case Permission::AggregateReport: return tr("make the monthly report");
    case Permission::ExportByName: return tr("export data with children's names");
    case Permission::MakePackage: return tr("make a posyandu package");
    case Permission::MergePackage: return tr("merge posyandu packages");
    case Permission::MakeBackup: return tr("make backups");
    case Permission::RestoreBackup: return tr("restore a backup");
    case Permission::ViewAudit: return tr("read the audit log");
    case Permission::ExportChildData: return tr("export everything held on a child");
    case Permission::Anonymise: return tr("anonymise a child");
    case Permission::ManageUsers: return tr("manage users");
    }
    return {};
}

QString refusalText(Role role, Permission permission)
{
    QString who;
    if (allows(Role::Nutritionist, permission))
        who = tr("Ask a nutritionist or an admin.");
    else
        who = tr("Ask an admin.");
    return tr("The role %1 may not %2. %3").arg(roleWord(role), permissionText(permission), who);
}

Result<void> SignedInUser::require(Permission permission) const
{
    if (may(permission))
        return {};
    return Error{ErrorCode::NotAllowed, {}, refusalText(role, permission), {}, {}};
}

Result<void> SignedInUser::requireFor(Permission permission, RowId posyandu) const
{
    if (auto r = require(permission); !r)
        return r;
    if (role == Role::Kader && posyanduId && *posyanduId != posyandu
        && (permission == Permission::EditRegister || permission == Permission::EditMeasurements))
        return Error{ErrorCode::NotAllowed,
                     {},
                     tr("This child belongs to another posyandu: a kader changes the children of their own "
                        "posyandu only."),
                     {},
                     {}};
    return {};
}

QString SignedInUser::nik(const QString& value) const
{
    return may(Permission::SeeFullNik) ? value : maskNik(value);
}

QString maskNik(const QString& nik)
{
    if (nik.isEmpty())
        return nik;
    static const QRegularExpression sixteen(QStringLiteral("^[0-9]{16}$"));
    if (!sixteen.match(nik).hasMatch())
        return QStringLiteral("\u2022\u2022\u2022\u2022");
    return nik.left(4) + QString(8, QChar(0x2022)) + nik.right(4);
}

bool containsFullNik(const QString& text)
{
    static const QRegularExpression run(QStringLiteral("(?<![0-9])[0-9]{16}(?![0-9])"));
    return run.match(text).hasMatch();
}

} // namespace tumbuh::store
