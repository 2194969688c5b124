#pragma once
// The measurements table's own columns, written once: the select list, reading,
// writing and the audit JSON all follow from this list (store/entity.h). A
// new column: a migration, the member in store/measurement.h and a line here.
#include "store/entity.h"
#include "store/measurement.h"

namespace tumbuh::store {

template <>
inline const Entity<Measurement>& table<Measurement>()
{
    static const Entity<Measurement> e{QStringLiteral("measurements"), QStringLiteral("id"), {
                                                                                                 column<&Measurement::childId>("child_id"),
                                                                                                 column<&Measurement::posyanduId>("posyandu_id"),
                                                                                                 column<&Measurement::date>("measured_on"),
                                                                                                 column<&Measurement::weight>("weight_g"),
                                                                                                 column<&Measurement::length>("length_mm"),
                                                                                                 column<&Measurement::position>("length_position"),
                                                                                                 column<&Measurement::headCircumference>("head_mm"),
                                                                                                 column<&Measurement::armCircumference>("muac_mm"),
                                                                                                 column<&Measurement::oedema>("oedema"),
                                                                                                 named<&Measurement::measuredBy>("measurer_id", "measurers", "measured_by"),
                                                                                                 column<&Measurement::notes>("notes"),
                                                                                             }};
    return e;
}

} // namespace tumbuh::store
