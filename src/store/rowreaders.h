#pragma once
// Internal: the column lists the repositories select and how a result row
// becomes a value struct. Shared because the joined queries (roster, monthly
// list) read a child and a measurement from the same row.
#include "store/child.h"
#include "store/household.h"
#include "store/measurement.h"
#include "store/posyandu.h"
#include "store/referral.h"
#include "store/row.h"
#include "store/user.h"

#include <QString>

namespace tumbuh::store::rows {

// Column lists with a table alias ("c.id, c.uid, ..."); the count is the
// number of columns, for reading a second struct from the same row.
QString userColumns(const QString& alias);
inline constexpr int kUserColumnCount = 7;
QString posyanduColumns(const QString& alias);
inline constexpr int kPosyanduColumnCount = 14;
QString householdColumns(const QString& alias);
inline constexpr int kHouseholdColumnCount = 17;
QString childColumns(const QString& alias);
inline constexpr int kChildColumnCount = 18;
QString measurementColumns(const QString& alias);
inline constexpr int kMeasurementColumnCount = 16;
QString referralColumns(const QString& alias);
inline constexpr int kReferralColumnCount = 14;

User readUser(const Row& r, int first = 0);
Posyandu readPosyandu(const Row& r, int first = 0);
Household readHousehold(const Row& r, int first = 0);
Child readChild(const Row& r, int first = 0);
Measurement readMeasurement(const Row& r, int first = 0);
Referral readReferral(const Row& r, int first = 0);

} // namespace tumbuh::store::rows
