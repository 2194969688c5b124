#pragma once
// What a growth chart shows, as plain values: the input of the chart widgets
// (ui/charts), of the chart renderer and of the growth card.
//
// It lives in report, not in ui, because the growth card (report) carries two
// charts and must be able to describe them; the ui adapter that draws them
// sits above and is handed to the card as a ChartPainter (growthcard.h), so
// the layers keep pointing down. No Qt Charts type appears here.
#include "growth/chartlines.h"
#include "growth/types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QtNumeric>

#include <cstdint>

namespace tumbuh::report {

using ChartKind = growth::ChartIndicator;

// One measurement of the child on a chart.
struct ChartPoint {
    QDate date;
    int ageDays = 0;
    // The measurement as entered: kg, cm, kg/m², ... For length/height the
    // value as typed with its position (`measure`); the chart plots it where
    // the engine reads it (growth::chartLengthCm), e.g. a standing height
    // under 24 months 0.7 cm higher, on the length curves. BMI is the engine's
    // BMI (already from the corrected length), plotted as is.
    double value = qQNaN();
    // Weight-for-length/height charts only: the length or height as entered
    // (the x of the point, corrected the same way as above).
    double lengthCm = qQNaN();
    growth::Measure measure = growth::Measure::Unknown;
    double z = qQNaN();   // z rounded to 2 decimals (growth::ZScore::z); NaN when none
    QString label;        // Permenkes category in the reader's language; may be empty
    bool flagged = false; // WHO implausibility flag: probably a measuring or typing error
};

// The x range of an age chart of the WHO 2006 standards.
enum class AgeSpan : std::uint8_t {
    Auto,     // 0-2 years while every point is before day 731, else 0-5 years
    UpToTwo,  // 0-24 months, like the first KMS page
    UpToFive, // 0-60 months
};

// Words on a chart. An empty field means "the UI's own wording" (tr(), in
// the program's language); the growth card fills them in Indonesian because
// it is printed for the mother whatever language the program speaks.
struct ChartTexts {
    QString title;
    QString xAxis;
    QString yAxis;
    QString yearTick;      // with %1 for the number of years, e.g. "%1 th"
    QString childSeries;   // legend entry of the child's points
    QString flaggedSeries; // legend entry of points with a WHO flag
    QString stepLying;     // beside the 24-month step: "length (lying)"
    QString stepStanding;  // "height (standing)"
    QString emptyNote;     // shown when the chart has no point
};

struct ChartInput {
    ChartKind kind = ChartKind::WeightForAge;
    growth::Sex sex = growth::Sex::Female;
    QString childName;
    QList<ChartPoint> points; // any order
    AgeSpan span = AgeSpan::Auto;
    ChartTexts texts;
    bool tooltips = true; // hover text on the points (off for print)
    bool legend = true;   // off where the page has its own key (the growth card)
};

// The indices on the z-score-over-time chart.
enum class TrendIndex : std::uint8_t {
    WeightForAge,
    LengthHeightForAge,
    WeightForLengthHeight,
    BmiForAge,
    HeadCircumferenceForAge,
    ArmCircumferenceForAge,
};
inline constexpr int kTrendIndexCount = 6;

struct TrendSeries {
    TrendIndex index = TrendIndex::WeightForAge;
    QList<ChartPoint> points; // z, date, age and label are used; value is shown in the tooltip
};

struct ZTrendInput {
    growth::Sex sex = growth::Sex::Female;
    QString childName;
    QList<TrendSeries> series;
    AgeSpan span = AgeSpan::Auto;
    ChartTexts texts; // title, xAxis, yAxis, yearTick
    bool tooltips = true;
};

} // namespace tumbuh::report
