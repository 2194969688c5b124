#pragma once
// The growth card for the parents: A4 (or A5) landscape with the child's
// name, sex, birth date and posyandu, the weight-for-age and
// length/height-for-age charts, the latest result in plain Bahasa Indonesia
// and a short nutrition-education message. Printed through the system
// dialog (ui/charts/cardprinting.h) or written as PDF for batch printing.
//
// The card is always in Indonesian: it is for the mother, whatever language
// the program speaks.
//
// Layering: report sits below ui, and the charts are drawn by the ui's Qt
// Charts adapter. The card therefore takes the chart drawing as a
// ChartPainter (ui/charts/chartrendering.h gives one): report describes the
// charts (ChartInput) and lays out the page, ui draws them, and no arrow
// points up.
#include "report/chartdata.h"
#include "report/childcharts.h"
#include "report/childrecord.h"

#include <QDate>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

class QPainter;
class QPagedPaintDevice;

namespace tumbuh::report {

// Draws `chart` into `target` on `painter`, laid out as on a 96-dpi screen
// of `layoutSize` pixels (so its text has the same size relative to the
// chart on every device).
using ChartPainter = std::function<void(const ChartInput& chart, QPainter& painter,
                                        const QRectF& target, const QSizeF& layoutSize)>;

enum class CardPaper : std::uint8_t { A4,
                                      A5 }; // always landscape

struct CardInput {
    ChildInfo child;
    ChartInput weightChart; // weight-for-age
    ChartInput heightChart; // length/height-for-age
    std::optional<LatestResult> latest;
    ChartPainter paintChart; // without it the chart frames stay empty
    CardPaper paper = CardPaper::A4;
    QDate printedOn; // shown in the footer; invalid = today
};

// The card of a child from the child's charts: the WHO 2006 charts up to five
// years, the WHO 2007 ones after, with Indonesian wording and no tooltips.
CardInput makeCardInput(const ChildInfo& child, const ChildCharts& charts, ChartPainter paintChart);

// The paper in millimetres, landscape.
QSizeF cardSizeMm(CardPaper paper);

// Paints the card into `page` (any painter; the card keeps its proportions
// and is centred).
void paintCard(const CardInput& card, QPainter& painter, const QRectF& page);

// Writes a one-page PDF. False with a message in `error` when the file
// cannot be written.
bool writeCardPdf(const CardInput& card, const QString& path, QString* error = nullptr);

// Prints on a paged device the caller has set up: a QPrinter through
// QPrintDialog (ui/charts/cardprinting.h), or a QPdfWriter. The card fills
// the device's printable area; report needs only Qt Gui for this.
void printCard(const CardInput& card, QPagedPaintDevice& device);

} // namespace tumbuh::report
