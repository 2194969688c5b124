#include "ui/posyanduday/measurementdraft.h"

#include "ui/common/growthinput.h"

namespace tumbuh::ui {
namespace {

std::optional<growth::Grams> grams(const ParsedQuantity& q)
{
    return q.value ? std::optional(growth::Grams{*q.value}) : std::nullopt;
}

std::optional<growth::Millimetres> millimetres(const ParsedQuantity& q)
{
    return q.value ? std::optional(growth::Millimetres{*q.value}) : std::nullopt;
}

} // namespace

growth::Visit MeasurementDraft::visit(const QDate& date) const
{
    growth::Visit v;
    v.date = toYmd(date);
    v.weight = grams(weight);
    v.lengthHeight = millimetres(length);
    v.measure = position;
    v.headCircumference = millimetres(head);
    v.armCircumference = millimetres(arm);
    v.oedema = oedema;
    return v;
}

void MeasurementDraft::applyTo(store::Measurement& m) const
{
    m.weight = grams(weight);
    m.length = millimetres(length);
    m.position = m.length ? position : growth::Measure::Unknown;
    m.headCircumference = millimetres(head);
    m.armCircumference = millimetres(arm);
    m.oedema = oedema;
    m.notes = notes;
}

} // namespace tumbuh::ui
