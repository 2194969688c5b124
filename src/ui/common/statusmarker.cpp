#include "ui/common/statusmarker.h"

#include "ui/common/displaytext.h"

#include <QPainter>
#include <QPixmap>

#include <array>

namespace tumbuh::ui {
namespace {

using growth::Indicator;

Marker fromSeverity(growth::Severity s)
{
    switch (s) {
    case growth::Severity::Normal: return Marker::Normal;
    case growth::Severity::Attention: return Marker::Attention;
    case growth::Severity::Moderate: return Marker::Moderate;
    case growth::Severity::Severe: return Marker::Severe;
    }
    return Marker::None;
}

QIcon makeDot(Marker m)
{
    // Drawn at two sizes so that the dot stays round on a high-dpi screen.
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pix(size, size);
        pix.fill(Qt::transparent);
        QPainter p(&pix);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal pad = size * 0.15;
        const QRectF r(pad, pad, size - 2 * pad, size - 2 * pad);
        if (m == Marker::None) {
            p.setPen(QPen(StatusMarker::color(m), size / 8.0));
            p.setBrush(Qt::NoBrush);
        } else {
            p.setPen(QPen(StatusMarker::color(m).darker(130), size / 16.0));
            p.setBrush(StatusMarker::color(m));
        }
        p.drawEllipse(r);
        p.end();
        icon.addPixmap(pix);
    }
    return icon;
}

} // namespace

Marker StatusMarker::of(const growth::Assessment& a)
{
    const auto worst = growth::worstSeverity(a);
    return worst ? fromSeverity(*worst) : Marker::None;
}

Marker StatusMarker::ofCategory(growth::NutritionCategory c)
{
    return fromSeverity(growth::severity(c));
}

QColor StatusMarker::color(Marker m)
{
    switch (m) {
    case Marker::None: return QColor(0x9e, 0x9e, 0x9e);
    case Marker::Normal: return QColor(0x2e, 0x9d, 0x3f);
    case Marker::Attention: return QColor(0xf2, 0xc0, 0x1e);
    case Marker::Moderate: return QColor(0xf0, 0x7c, 0x12);
    case Marker::Severe: return QColor(0xd3, 0x2f, 0x2f);
    }
    return {};
}

QColor StatusMarker::tint(Marker m)
{
    switch (m) {
    case Marker::None:
    case Marker::Normal: return {};
    case Marker::Attention: return QColor(0xff, 0xf6, 0xd5);
    case Marker::Moderate: return QColor(0xff, 0xe6, 0xcc);
    case Marker::Severe: return QColor(0xfd, 0xd9, 0xd7);
    }
    return {};
}

QIcon StatusMarker::icon(Marker m)
{
    static const std::array<QIcon, kMarkerCount> icons = {
        makeDot(Marker::None), makeDot(Marker::Normal), makeDot(Marker::Attention), makeDot(Marker::Moderate),
        makeDot(Marker::Severe)};
    return icons[static_cast<std::size_t>(m)];
}

QString StatusMarker::word(Marker m)
{
    switch (m) {
    case Marker::None: return tr("Not measured yet");
    case Marker::Normal: return tr("Normal");
    case Marker::Attention: return tr("Watch");
    case Marker::Moderate: return tr("Problem");
    case Marker::Severe: return tr("Severe problem");
    }
    return {};
}

QString StatusMarker::html(Marker m)
{
    return QStringLiteral("<span style=\"color:%1; font-size:large\">%2</span>&nbsp;%3")
        .arg(color(m).name(), m == Marker::None ? QStringLiteral("\u25CB") : QStringLiteral("\u25CF"),
             word(m).toHtmlEscaped());
}

QStringList StatusMarker::reasons(const growth::Assessment& a)
{
    QStringList out;
    if (!a.valid)
        return out;
    out << DisplayText::triggers(a);
    for (const Indicator i : growth::kPermenkesIndicators) {
        const auto& r = a.result(i);
        if (!r.category || growth::severity(*r.category) == growth::Severity::Normal)
            continue;
        out << tr("%1: %2 (%3)").arg(DisplayText::indicatorShort(i), DisplayText::category(*r.category), DisplayText::z(r.z.z));
    }
    for (const auto& c : a.checks)
        if (c.kind == growth::CheckKind::ImplausibleZ)
            out << DisplayText::check(c);
    if (out.isEmpty())
        out << tr("All indices normal");
    return out;
}

} // namespace tumbuh::ui
