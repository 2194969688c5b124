#include "store/access.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace tumbuh::store {
namespace {

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
    case Role::Kader: return QCoreApplication::translate("tumbuh::store", "kader");
    case Role::Nutritionist: return QCoreApplication::translate("tumbuh::store", "nutritionist");
    case Role::Admin: return QCoreApplication::translate("tumbuh::store", "admin");
    }
    return QCoreApplication::translate("tumbuh::store", "kader");
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
    case Permission::SeeFullNik: return QCoreApplication::translate("tumbuh::store", "see full NIKs");
    case Permission::EditRegister: return QCoreApplication::translate("tumbuh::store", "add or change children");
    case Permission::EditMeasurements: return QCoreApplication::translate("tumbuh::store", "add or change measurements");
    case Permission::MakeReferral: return QCoreApplication::translate("tumbuh::store", "make referrals");
    case Permission::CloseReferral: return QCoreApplication::translate("tumbuh::store", "close referrals");
    case Permission::RecordCounselling: return QCoreApplication::translate("tumbuh::store", "record counselling");
    case Permission::RecordConsent: return QCoreApplication::translate("tumbuh::store", "record consent");
    case Permission::PrintForFamily: return QCoreApplication::translate("tumbuh::store", "print for the family");
    case Permission::AggregateReport: return QCoreApplication::translate("tumbuh::store", "make the monthly report");
    case Permission::ExportByName: return QCoreApplication::translate("tumbuh::store", "export data with children's names");
    case Permission::MakePackage: return QCoreApplication::translate("tumbuh::store", "make a posyandu package");
    case Permission::MergePackage: return QCoreApplication::translate("tumbuh::store", "merge posyandu packages");
    case Permission::MakeBackup: return QCoreApplication::translate("tumbuh::store", "make backups");
    case Permission::RestoreBackup: return QCoreApplication::translate("tumbuh::store", "restore a backup");
    case Permission::ViewAudit: return QCoreApplication::translate("tumbuh::store", "read the audit log");
    case Permission::ExportChildData: return QCoreApplication::translate("tumbuh::store", "export everything held on a child");
    case Permission::Anonymise: return QCoreApplication::translate("tumbuh::store", "anonymise a child");
    case Permission::ManageUsers: return QCoreApplication::translate("tumbuh::store", "manage users");
    }
    return {};
}

QString refusalText(Role role, Permission permission)
{
    QString who;
    if (allows(Role::Nutritionist, permission))
        who = QCoreApplication::translate("tumbuh::store", "Ask a nutritionist or an admin.");
    else
        who = QCoreApplication::translate("tumbuh::store", "Ask an admin.");
    return QCoreApplication::translate("tumbuh::store", "The role %1 may not %2. %3").arg(roleWord(role), permissionText(permission), who);
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
                     QCoreApplication::translate("tumbuh::store", "This child belongs to another posyandu: a kader changes the children of their own "
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
