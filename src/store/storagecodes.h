#pragma once
// How enumerations are written in the database and in JSON (stable codes, not
// labels: the UI translates labels itself).
#include "store/auditentry.h"
#include "store/child.h"
#include "store/consent.h"
#include "store/referral.h"
#include "store/user.h"

#include "growth/types.h"

#include <QString>

#include <optional>

namespace tumbuh::store::codes {

QString roleText(Role r);
std::optional<Role> roleFrom(const QString& s);

QString childStatusText(ChildStatus s);
std::optional<ChildStatus> childStatusFrom(const QString& s);

QString referralStatusText(ReferralStatus s);
std::optional<ReferralStatus> referralStatusFrom(const QString& s);

QString guardianRelationText(GuardianRelation r);
std::optional<GuardianRelation> guardianRelationFrom(const QString& s);

QString auditActionText(AuditAction a);
std::optional<AuditAction> auditActionFrom(const QString& s);

// WHO coding: sex 1 = male, 2 = female; position 1 = lying, 2 = standing.
int sexCode(growth::Sex s);
std::optional<growth::Sex> sexFrom(int code);

} // namespace tumbuh::store::codes
