#include "store/storagecodes.h"

namespace tumbuh::store::codes {

QString roleText(Role r)
{
    switch (r) {
    case Role::Kader: return QStringLiteral("kader");
    case Role::Nutritionist: return QStringLiteral("nutritionist");
    case Role::Admin: return QStringLiteral("admin");
    }
    return QStringLiteral("kader");
}

std::optional<Role> roleFrom(const QString& s)
{
    if (s == u"kader") return Role::Kader;
    if (s == u"nutritionist") return Role::Nutritionist;
    if (s == u"admin") return Role::Admin;
    return std::nullopt;
}

QString guardianRelationText(GuardianRelation r)
{
    switch (r) {
    case GuardianRelation::Mother: return QStringLiteral("ibu");
    case GuardianRelation::Father: return QStringLiteral("ayah");
    case GuardianRelation::Guardian: return QStringLiteral("wali");
    case GuardianRelation::Other: return QStringLiteral("lainnya");
    }
    return QStringLiteral("lainnya");
}

std::optional<GuardianRelation> guardianRelationFrom(const QString& s)
{
    if (s == u"ibu") return GuardianRelation::Mother;
    if (s == u"ayah") return GuardianRelation::Father;
    if (s == u"wali") return GuardianRelation::Guardian;
    if (s == u"lainnya") return GuardianRelation::Other;
    return std::nullopt;
}

QString childStatusText(ChildStatus s)
{
    switch (s) {
    case ChildStatus::Active: return QStringLiteral("active");
    case ChildStatus::MovedAway: return QStringLiteral("moved");
    case ChildStatus::Deceased: return QStringLiteral("deceased");
    }
    return QStringLiteral("active");
}

std::optional<ChildStatus> childStatusFrom(const QString& s)
{
    if (s == u"active") return ChildStatus::Active;
    if (s == u"moved") return ChildStatus::MovedAway;
    if (s == u"deceased") return ChildStatus::Deceased;
    return std::nullopt;
}

QString referralStatusText(ReferralStatus s)
{
    switch (s) {
    case ReferralStatus::Referred: return QStringLiteral("referred");
    case ReferralStatus::Arrived: return QStringLiteral("arrived");
    case ReferralStatus::Completed: return QStringLiteral("completed");
    case ReferralStatus::NoShow: return QStringLiteral("no_show");
    case ReferralStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("referred");
}

std::optional<ReferralStatus> referralStatusFrom(const QString& s)
{
    if (s == u"referred") return ReferralStatus::Referred;
    if (s == u"arrived") return ReferralStatus::Arrived;
    if (s == u"completed") return ReferralStatus::Completed;
    if (s == u"no_show") return ReferralStatus::NoShow;
    if (s == u"cancelled") return ReferralStatus::Cancelled;
    return std::nullopt;
}

QString auditActionText(AuditAction a)
{
    switch (a) {
    case AuditAction::Insert: return QStringLiteral("insert");
    case AuditAction::Update: return QStringLiteral("update");
    case AuditAction::Delete: return QStringLiteral("delete");
    case AuditAction::BulkInsert: return QStringLiteral("bulk_insert");
    }
    return QStringLiteral("insert");
}

std::optional<AuditAction> auditActionFrom(const QString& s)
{
    if (s == u"insert") return AuditAction::Insert;
    if (s == u"update") return AuditAction::Update;
    if (s == u"delete") return AuditAction::Delete;
    if (s == u"bulk_insert") return AuditAction::BulkInsert;
    return std::nullopt;
}

int sexCode(growth::Sex s)
{
    return static_cast<int>(s);
}

std::optional<growth::Sex> sexFrom(int code)
{
    if (code == 1) return growth::Sex::Male;
    if (code == 2) return growth::Sex::Female;
    return std::nullopt;
}

} // namespace tumbuh::store::codes
