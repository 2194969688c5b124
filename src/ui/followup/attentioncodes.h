#pragma once
// The rules' reason codes (growth/attention.h) a new referral of a child
// starts with: the child's reasons for the month of `asOf`, those that call
// for a referral (rujuk) first; every reason when none does.
#include "store/child.h"
#include "store/measurement.h"

#include <QDate>
#include <QStringList>

#include <span>

namespace tumbuh::ui {

QStringList referralReasonCodes(const store::Child& child, std::span<const store::Measurement> history,
                                const QDate& asOf);

} // namespace tumbuh::ui
