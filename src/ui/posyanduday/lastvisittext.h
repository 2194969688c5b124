#pragma once
// What was measured last time, for the line beside each field of the form:
// "bulan lalu: 8,2 kg", "3 bulan lalu: 74,1 cm (terlentang)".
#include "store/measurement.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace tumbuh::ui {

struct LastVisitTexts {
    QString weight, length, head, arm; // empty: never measured before the day
};

class LastVisitText {
    Q_DECLARE_TR_FUNCTIONS(tumbuh::ui::LastVisitText)
public:
    // `history` oldest first; only measurements before `day` count.
    static LastVisitTexts forDay(const std::vector<store::Measurement>& history, const QDate& day);
    // "bulan lalu", "3 bulan lalu", or the date within the same month.
    static QString when(const QDate& measured, const QDate& day);
};

} // namespace tumbuh::ui
