#pragma once
// The pieces the monthly report's pages are painted with (monthlypdf.cpp):
// the layout units, colours and fonts, a table cell, a section title, the
// two 12-month trend charts, the signature lines, and the rank colours of
// the posyandu comparison. The page is laid out once on A4 portrait in
// tenths of a millimetre and scaled onto the device.
#include "report/monthly/monthlyreport.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace tumbuh::report::monthlypainting {

inline constexpr double kW = 2100;
inline constexpr double kH = 2970;
inline constexpr double kMargin = 80;
inline constexpr double kInner = kW - 2 * kMargin;

inline const QColor kAccent{0x1F, 0x5F, 0x8B};
inline const QColor kInk{0x20, 0x20, 0x20};
inline const QColor kMuted{0x66, 0x66, 0x66};
inline const QColor kGrid{0xBB, 0xBB, 0xBB};
inline const QColor kHeaderFill{0xDD, 0xE8, 0xF0};
inline const QColor kKeyFill{0xF1, 0xF6, 0xFA};
inline const QColor kTotalFill{0xEE, 0xEE, 0xEE};
inline const QColor kTrack{0xEC, 0xEC, 0xEC};
inline const QColor kGoodBar{0x4C, 0xAF, 0x50};
inline const QColor kShortBar{0xF0, 0x9A, 0x36};
inline const QColor kNeutralBar{0x8A, 0x9B, 0xAE};
inline const QColor kTarget{0xC6, 0x28, 0x28};

// A font of `points` typographic points in layout units.
QFont pageFont(double points, bool bold = false);

// "85,3" (Indonesian decimal comma, one decimal).
QString percentText(double percent);

// A bordered table cell with its text (elided when it does not fit).
void cell(QPainter& p, const QRectF& r, const QString& text, Qt::Alignment align, bool bold, const QColor& fill,
          double points = 7.0);

// A section's title at `top` (across the page or over `width` from `left`);
// returns the y below it.
double sectionTitle(QPainter& p, double top, const QString& title, double left = kMargin, double width = kInner);

// A pale fill for a status category with children in it: under- and
// over-nutrition beyond 2 SD tinted, the normal band white.
QColor severityFill(growth::NutritionCategory category, int count);

// D/S and N/D over the months against the 80 % target.
void drawParticipationChart(QPainter& p, const std::vector<TrendPoint>& trend, const QRectF& area);
// The four prevalences over the months.
void drawPrevalenceChart(QPainter& p, const std::vector<TrendPoint>& trend, const QRectF& area);

// Kader posyandu, bidan desa, TPG: a name and signature line each.
void drawSignatures(QPainter& p, double top);
// "Dibuat dengan Tumbuh · halaman 1 dari 2".
void drawFooter(QPainter& p, int page, int pages);

// Each posyandu's cell colour in the comparison, by its rank among the
// posyandu with a value (best quarter green ... worst quarter red; white
// without a value). D/S and N/D: higher is better; stunting and wasting:
// lower is better.
struct ComparisonColours {
    std::vector<QColor> ds, nd, stunting, wasting;
};
ComparisonColours comparisonColours(const MonthlyReport& report);
void drawRankKey(QPainter& p, double top);

} // namespace tumbuh::report::monthlypainting
