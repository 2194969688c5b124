#pragma once
// A posyandu on a real database file in a temporary folder, filled through
// the repositories with synthetic children (no real names or NIKs), and the
// page with its notifier and undo stack.
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/posyanduday/posyandudaypage.h"

#include "store/child.h"
#include "store/database.h"
#include "store/measurement.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;

namespace tumbuh::ui::test {

// Today as the store sees it in these tests.
inline const QDate kToday(2024, 6, 15);
inline const QDate kLastMonth(2024, 5, 14);
inline const QDate kTwoMonthsAgo(2024, 4, 12);

struct DayStore {
    DayStore();

    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    store::UserId kader = 0;
    store::RowId posyandu = 0;
    store::RowId otherPosyandu = 0;

    store::RowId addChild(const QString& name, const QDate& birth, growth::Sex sex, store::RowId posyanduId = 0,
                          store::ChildStatus status = store::ChildStatus::Active, const QDate& statusDate = {});
    store::RowId addMeasurement(store::RowId childId, const QDate& date, std::optional<int> grams,
                                std::optional<int> lengthMm = std::nullopt,
                                growth::Measure position = growth::Measure::Unknown);
    std::vector<store::Measurement> history(store::RowId childId) const;
    qint64 count(const QString& sql) const;
};

// The morning used by most tests. On kToday:
//   Ani Lestari   F 12 months   last month 8,2 kg 74,2 cm lying
//   Budi Santoso  M 29 months   last month 12,0 kg 88,0 cm standing
//   Citra Dewi    F  3 months   never weighed (B)
//   Dedi Pratama  M  8 months   7,0 kg then 6,9 kg (T)
// and children who must not be on the roster: five years old, moved away,
// registered at another posyandu.
struct Morning : DayStore {
    Morning();
    store::RowId ani = 0, budi = 0, citra = 0, dedi = 0;
    store::RowId eka = 0, fajar = 0, gita = 0;
};

// The page on a shown, active window, as the cadre has it.
struct PageHarness {
    explicit PageHarness(DayStore& s, PosyanduDayOptions options = {});
    ~PageHarness();

    QLineEdit* edit(const char* objectName) const;
    QLabel* label(const char* objectName) const;
    QString result() const;
    void type(const char* objectName, const QString& text);
    void enter(const char* objectName = "weightEdit");

    DataNotifier notifier;
    CommandStack commands{&notifier};
    std::unique_ptr<PosyanduDayPage> page;
};

} // namespace tumbuh::ui::test
