#pragma once
// Two posyandu on a real SQLite file in a temporary folder, filled through the
// store's repositories (counselling rows by SQL: its repository is not on this
// branch), with children whose reasons come from WHO's tables and the cadre
// rules, not from the code under test. Synthetic names only. Today is
// 2026-03-15; the month looked at is March 2026.
#include "store/database.h"
#include "store/referral.h"
#include "store/result.h"
#include "store/rowmeta.h"
#include "support/testprint.h"

#include "growth/attention.h"
#include "growth/types.h"

#include <QDate>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <ostream>
#include <string>

namespace std {
// Boost.Test prints the values of a failed check; it finds this by ADL.
inline std::ostream& boost_test_print_type(std::ostream& os, const std::optional<long long>& v)
{
    return v ? os << *v : os << "nullopt";
}
} // namespace std

namespace tumbuh::growth {
inline std::ostream& boost_test_print_type(std::ostream& os, ActionClass a)
{
    return os << actionText(a);
}
} // namespace tumbuh::growth
namespace tumbuh::store {
inline std::ostream& boost_test_print_type(std::ostream& os, ReferralStatus s)
{
    return os << static_cast<int>(s);
}
} // namespace tumbuh::store

namespace tumbuh::attention::test {

inline const QDate kToday(2026, 3, 15);
inline const QDate kMonth(2026, 3, 1);

template <typename T>
std::string why(const store::Result<T>& r)
{
    return r.ok() ? std::string() : r.error().message.toStdString();
}

struct Families {
    Families();
    QString path() const { return dir.filePath(QStringLiteral("families.db")); }

    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    store::UserId kader = 0;
    store::RowId mawar = 0;
    store::RowId melati = 0;
    store::RowId siti = 0; // household RT 001 / RW 002 (Mawar)
    store::RowId rina = 0; // household RT 004 / RW 002 (Mawar)

    // Household siti: Citra (girl, 32 months, 78 cm standing: TB/U far below
    // -3 SD, severely stunted); Dodi (boy, 7 months, growing well: his only
    // reason is his sister); Gita (girl, 6 years: too old for sibling_at_risk).
    store::RowId citra = 0;
    store::RowId dodi = 0;
    store::RowId gita = 0;
    // Household rina: Budi (boy, 14 months, 8.0 -> 7.9 -> 7.8 kg: 2T, BB/U
    // between -3 and -2 SD), with an overdue referral (referred 20 Feb,
    // follow-up 6 Mar) after a completed one; counselled in February only.
    store::RowId budi = 0;
    // Posyandu Melati: Fajar (boy, 9 months, never weighed: not_weighed) and
    // Eka (girl, 20 months, weighed in February and March, normal).
    store::RowId fajar = 0;
    store::RowId eka = 0;
    // Mawar: Hadi (boy, 20 months, severely stunted) moved away on 2026-02-20:
    // on February's list, not on March's.
    store::RowId hadi = 0;

    store::RowId budiReferral = 0;
    store::RowId citraReferral = 0; // reasons "kekerasan": confidential

    store::RowId addHousehold(const QString& mother, const QString& rt, const QString& rw, store::RowId posyandu);
    store::RowId addChild(const QString& name, growth::Sex sex, const QDate& birth, std::optional<store::RowId> household,
                          store::RowId posyandu, const QString& mother = {});
    void measure(store::RowId child, const QDate& date, double kg, double cm, growth::Measure how);
    void counsel(store::RowId child, const QDate& date);
};

} // namespace tumbuh::attention::test
