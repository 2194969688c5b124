#pragma once
// A small posyandu on a real SQLite file in a temporary folder, filled
// through the repositories: two posyandu, three families, five children with
// known results (synthetic names only).
#include "store/child.h"
#include "store/database.h"
#include "store/household.h"
#include "store/measurement.h"
#include "store/result.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <ostream>
#include <string>

inline std::ostream& boost_test_print_type(std::ostream& os, const QString& s) { return os << s.toStdString(); }
inline std::ostream& boost_test_print_type(std::ostream& os, const QStringList& l)
{
    return os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']';
}
inline std::ostream& boost_test_print_type(std::ostream& os, const QDate& d)
{
    return os << d.toString(Qt::ISODate).toStdString();
}
namespace std {
// Boost.Test prints the values of a failed check; it finds this by ADL.
inline std::ostream& boost_test_print_type(std::ostream& os, const std::optional<long long>& v)
{
    return v ? os << *v : os << "nullopt";
}
} // namespace std

namespace tumbuh::ui::test {

// "Today" for every database of the tests: ages and validation do not move
// with the calendar.
inline const QDate kToday(2026, 3, 15);

template <typename T>
std::string why(const store::Result<T>& r)
{
    return r.ok() ? std::string() : r.error().message.toStdString();
}

// The PIN the tests' users sign in with (as the demo users' PIN).
inline const QString kPin = QStringLiteral("123456");
// A user of `db` who can sign in with kPin: the one named "admin" when there
// is one, else the first active admin, else the first active user; given
// kPin when it has no PIN yet. Its name, for `tumbuh --user NAME` with
// TUMBUH_PIN.
QString userWithPin(store::Database& db);

struct Posyandu {
    Posyandu();

    QString path() const { return dir.filePath(QStringLiteral("posyandu.db")); }

    QTemporaryDir dir;
    std::unique_ptr<store::Database> db;
    store::UserId kader = 0; // a kader (no home posyandu: every posyandu)
    store::UserId gizi = 0;  // a nutritionist: closes referrals, sees full NIKs
    store::RowId mawar = 0;  // the main posyandu
    store::RowId melati = 0; // a second one
    store::RowId siti = 0;   // household RT 001 / RW 002
    store::RowId dewi = 0;   // household RT 003 / RW 002
    store::RowId rina = 0;   // household RT 001 / RW 005

    // Girl, 3 months, normal weight and length.
    store::RowId ani = 0;
    // Boy, 14 months, NIK 6471051001250001, underweight on his last visit.
    store::RowId budi = 0;
    // Girl, 32 months, severely stunted.
    store::RowId citra = 0;
    // Boy, 7 months, never measured.
    store::RowId dodi = 0;
    // Girl, 20 months, at the second posyandu, normal.
    store::RowId eka = 0;

    store::RowId addHousehold(const QString& mother, const QString& rt, const QString& rw);
    store::RowId addChild(const QString& name, growth::Sex sex, const QDate& birth, const QString& mother,
                          store::RowId household, store::RowId posyandu, const QString& nik = {});
    store::RowId measure(store::RowId child, const QDate& date, double kg, std::optional<double> cm = {},
                         growth::Measure how = growth::Measure::Unknown);
    qint64 auditCount() const;
};

} // namespace tumbuh::ui::test
