#pragma once
// A row as a JSON object keyed by its column names: what the audit log keeps
// as before/after, readable without the program.
#include "store/child.h"
#include "store/household.h"
#include "store/measurement.h"
#include "store/posyandu.h"
#include "store/referral.h"
#include "store/user.h"

#include <QJsonObject>

namespace tumbuh::store {

QJsonObject toJson(const User& u);
QJsonObject toJson(const Posyandu& p);
QJsonObject toJson(const Household& h);
QJsonObject toJson(const Child& c);
QJsonObject toJson(const Measurement& m);
QJsonObject toJson(const Referral& r);

} // namespace tumbuh::store
