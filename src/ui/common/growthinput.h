#pragma once
// Store rows as the growth engine's inputs. The one place where a stored
// measurement becomes a growth::Visit, so that the register, the child's
// record and the charts read the same numbers the same way.
#include "growth/assessment.h"
#include "report/childrecord.h"
#include "store/child.h"
#include "store/measurement.h"

#include <QDate>

#include <span>
#include <vector>

namespace tumbuh::ui {

std::chrono::year_month_day toYmd(const QDate& date);

growth::ChildFacts toFacts(const store::Child& child);
growth::Visit toVisit(const store::Measurement& m);
std::vector<growth::Visit> toVisits(std::span<const store::Measurement> history);

report::ChildInfo toChartChild(const store::Child& child, const QString& posyanduName = {});

} // namespace tumbuh::ui
