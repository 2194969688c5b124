#pragma once
#include "store/rowmeta.h"

#include <QString>

#include <optional>

namespace tumbuh::store {

// A family: where the child lives and who the parents are. The notes hold the
// family's situation (e.g. receives PKH or BPNT) for cross-sector referral.
struct Household {
    RowMeta meta;
    std::optional<RowId> posyanduId;
    QString address;
    QString rt;
    QString rw;
    QString kelurahan;
    QString kkNumber; // No. Kartu Keluarga: empty or 16 digits
    QString fatherName;
    QString fatherNik; // empty or 16 digits
    QString motherName;
    QString motherNik; // empty or 16 digits
    QString phone;
    QString notes;
};

} // namespace tumbuh::store
