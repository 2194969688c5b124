#pragma once
// The rules' reason codes (growth/attention.h) a new referral of a child
// starts with: the child's reasons for the month of `asOf`, those that call
// for a referral (rujuk) first; every reason when none does.
#include "growth/assessment.h"
#include "store/child.h"
#include "store/measurement.h"

#include <QDate>
#include <QStringList>

#include <span>

namespace tumbuh::ui {

QStringList referralReasonCodes(const store::Child& child, std::span<const store::Measurement> history,
                                const QDate& asOf);
// The same on visits already converted (e.g. the history with the visit
// being typed on the posyandu-day page in place of today's record).
QStringList referralReasonCodes(const store::Child& child, std::span<const growth::Visit> visits, const QDate& asOf);

} // namespace tumbuh::ui
