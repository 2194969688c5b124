#include "ui/posyanduday/lastvisittext.h"

#include "ui/common/displaytext.h"
#include "ui/common/growthinput.h"
#include "ui/posyanduday/daysession.h"

#include "growth/cadre.h"

namespace tumbuh::ui {

QString LastVisitText::when(const QDate& measured, const QDate& day)
{
    // Calendar months, as the KMS and the cadre count them ("bulan lalu" is
    // the previous calendar month, not 30 days ago).
    const int months = growth::calendarMonthsBetween(toYmd(measured), toYmd(day));
    if (months == 1)
        return tr("last month");
    if (months <= 0)
        return DisplayText::date(measured);
    return tr("%n month(s) ago", nullptr, months);
}

LastVisitTexts LastVisitText::forDay(const std::vector<store::Measurement>& history, const QDate& day)
{
    using store::Measurement;
    LastVisitTexts out;
    if (const auto* m = DaySession::latestBefore(history, day, [](const Measurement& x) { return x.weight.has_value(); }))
        out.weight = tr("%1: %2 kg").arg(when(m->date, day), DisplayText::kg(m->weight));
    if (const auto* m = DaySession::latestBefore(history, day, [](const Measurement& x) { return x.length.has_value(); }))
        out.length = tr("%1: %2 cm (%3)")
                         .arg(when(m->date, day), DisplayText::cm(m->length),
                              DisplayText::position(m->position).toLower());
    if (const auto* m = DaySession::latestBefore(history, day,
                                                 [](const Measurement& x) { return x.headCircumference.has_value(); }))
        out.head = tr("%1: %2 cm").arg(when(m->date, day), DisplayText::cm(m->headCircumference));
    if (const auto* m = DaySession::latestBefore(history, day,
                                                 [](const Measurement& x) { return x.armCircumference.has_value(); }))
        out.arm = tr("%1: %2 cm").arg(when(m->date, day), DisplayText::cm(m->armCircumference));
    return out;
}

} // namespace tumbuh::ui
