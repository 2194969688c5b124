#pragma once
// Every chart of one child, and the latest result for the growth card, from
// the child's visits. Each visit is read through growth::assessVisit, the
// one place where records meet the engine, so the charts and the card say
// what every other screen says about the same visit. Nothing here is
// stored: it is computed on read, like every derived value in Tumbuh.
#include "growth/assessment.h"
#include "growth/cadre.h"
#include "growth/permenkes.h"
#include "report/chartdata.h"
#include "report/childrecord.h"

#include <QtNumeric>

#include <array>
#include <optional>
#include <span>

namespace tumbuh::report {

struct IndexStatus {
    double z = qQNaN(); // rounded; NaN when not computed
    std::optional<growth::NutritionCategory> category;
    bool flagged = false;

    bool known() const { return category.has_value(); }
};

// The result of the child's latest visit, for the sentences on the card.
struct LatestResult {
    QDate date;
    int ageDays = 0;
    IndexStatus weightForAge;
    IndexStatus lengthForAge;
    IndexStatus weightForLength; // weight-for-length or -height, as the engine chose
    IndexStatus bmiForAge;
    bool oedema = false;
    bool anyFlag = false; // some value of this visit has a WHO flag
    // The cadre's letter for this visit's weighing (no value if not weighed).
    std::optional<growth::WeighingStatus> weighing;
    bool twoT = false;
    std::optional<int> gainGrams;
    bool bgm = false;         // BB/U below the red line of the KMS
    bool aboveOrange = false; // BB/U above the orange line
};

struct ChildCharts {
    std::array<ChartInput, growth::kChartIndicatorCount> charts; // indexed by ChartKind
    ZTrendInput trend;
    std::optional<LatestResult> latest;

    const ChartInput& chart(ChartKind kind) const { return charts[static_cast<std::size_t>(kind)]; }
};

// Visits may come in any order; visits without a valid date or before the
// birth date are left out.
ChildCharts buildChildCharts(const ChildInfo& child, std::span<const growth::Visit> visits,
                             LabelLanguage language = LabelLanguage::Indonesian,
                             const growth::CadreSettings& cadre = {});

} // namespace tumbuh::report
