#pragma once
#include "store/rowmeta.h"

#include "growth/types.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace tumbuh::store {

enum class ChildStatus : std::uint8_t { Active,
                                        MovedAway,
                                        Deceased };

struct Child {
    RowMeta meta;
    QString nik; // empty = none yet (many newborns); else 16 digits
    QString name;
    growth::Sex sex = growth::Sex::Male;
    QDate birthDate;
    bool birthDateApproximate = false; // the family only knows it roughly
    std::optional<growth::Grams> birthWeight;
    std::optional<growth::Millimetres> birthLength;
    QString motherName;
    std::optional<RowId> householdId;
    RowId posyanduId = 0;
    ChildStatus status = ChildStatus::Active;
    QDate statusDate; // when moved away or died; null while active
    QString notes;
    bool hasKia = true; // has a Buku KIA / KMS (F1 item 02, "K")
};

} // namespace tumbuh::store
