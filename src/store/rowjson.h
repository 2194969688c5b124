#pragma once
// A row as a JSON object keyed by its column names: what the audit log keeps
// as before/after, readable without the program.
#include "child.h"
#include "household.h"
#include "measurement.h"
#include "posyandu.h"
#include "referral.h"
#include "user.h"

#include <QJsonObject>

namespace tumbuh::store {

QJsonObject toJson(const User& u);
QJsonObject toJson(const Posyandu& p);
QJsonObject toJson(const Household& h);
QJsonObject toJson(const Child& c);
QJsonObject toJson(const Measurement& m);
QJsonObject toJson(const Referral& r);

} // namespace tumbuh::store
