#include "report/monthly/daftaranak.h"

#include "growth/cadre.h"

#include <array>

namespace tumbuh::report {

namespace {

using namespace std::chrono;

QString text(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

Cell category(const growth::IndicatorResult& r)
{
    if (!r.z.ok() || !r.category)
        return {};
    return text(growth::labelId(*r.category));
}

Cell zValue(const growth::IndicatorResult& r)
{
    if (!r.z.ok())
        return {};
    return r.z.z;
}

QString monthName(unsigned m)
{
    static const std::array<const char*, 12> names = {"Januari", "Februari", "Maret", "April", "Mei", "Juni",
                                                      "Juli", "Agustus", "September", "Oktober", "November", "Desember"};
    return QString::fromLatin1(names.at(m - 1));
}

} // namespace

QString isoDate(year_month_day d)
{
    return QStringLiteral("%1-%2-%3")
        .arg(static_cast<int>(d.year()), 4, 10, QLatin1Char('0'))
        .arg(static_cast<unsigned>(d.month()), 2, 10, QLatin1Char('0'))
        .arg(static_cast<unsigned>(d.day()), 2, 10, QLatin1Char('0'));
}

QString ageText(year_month_day birth, year_month_day on)
{
    const auto months = growth::completedMonths(birth, on);
    if (!months)
        return {};
    // The last monthly birthday: the birth day in the month `months` later,
    // or the first of the next month when that month is too short (the
    // completedMonths rule: born 31 January, 1 month on 1 March).
    const year_month ym = birth.year() / birth.month() + std::chrono::months{*months};
    year_month_day anniversary{ym / birth.day()};
    if (!anniversary.ok())
        anniversary = year_month_day{(ym + std::chrono::months{1}) / day{1}};
    const auto days = (sys_days{on} - sys_days{anniversary}).count();
    return QStringLiteral("%1 Tahun - %2 Bulan - %3 Hari").arg(*months / 12).arg(*months % 12).arg(days);
}

DaftarAnakRow makeDaftarAnakRow(const ChildForReport& child, const PosyanduInfo& posyandu, const growth::Visit& visit,
                                const growth::Assessment& a, growth::WeighingStatus letter)
{
    std::vector<Cell> c(static_cast<std::size_t>(daftarAnakHeaders().size()));
    const auto set = [&c](std::size_t i, Cell v) { c[i] = std::move(v); };
    set(0, child.nik.isEmpty() ? Cell{} : Cell{child.nik});
    set(1, child.name);
    set(2, child.sex == growth::Sex::Male ? QStringLiteral("L") : QStringLiteral("P"));
    set(3, isoDate(child.birth));
    if (child.birthWeight)
        set(4, child.birthWeight->kg());
    if (child.birthLength)
        set(5, child.birthLength->cm());
    const QString parent = !child.motherName.isEmpty() ? child.motherName : child.fatherName;
    if (!parent.isEmpty())
        set(6, parent);
    const auto textOrEmpty = [](const QString& s) { return s.isEmpty() ? Cell{} : Cell{s}; };
    set(7, textOrEmpty(posyandu.province));
    set(8, textOrEmpty(posyandu.kabupaten));
    set(9, textOrEmpty(posyandu.kecamatan));
    // 10 Pukesmas: not held.
    set(11, textOrEmpty(posyandu.kelurahan));
    set(12, textOrEmpty(posyandu.name));
    set(13, textOrEmpty(child.rt));
    set(14, textOrEmpty(child.rw.isEmpty() ? posyandu.rw : child.rw));
    set(15, textOrEmpty(child.address));
    set(16, ageText(child.birth, visit.date));
    set(17, isoDate(visit.date));
    set(18, monthName(static_cast<unsigned>(visit.date.month())));
    if (visit.weight)
        set(19, visit.weight->kg());
    if (visit.lengthHeight)
        set(20, visit.lengthHeight->cm());
    if (visit.lengthHeight && visit.measure != growth::Measure::Unknown)
        set(21, visit.measure == growth::Measure::Lying ? QStringLiteral("Terlentang") : QStringLiteral("Berdiri"));
    if (visit.armCircumference)
        set(22, visit.armCircumference->cm());
    set(23, category(a.weightForAge));
    set(24, zValue(a.weightForAge));
    set(25, category(a.lengthForAge));
    set(26, zValue(a.lengthForAge));
    set(27, category(a.weightForLength));
    set(28, zValue(a.weightForLength));
    set(29, QString(QLatin1Char(growth::letter(letter))));
    // 30 PMT, 31 Vit A, 32 KPSP: not held.
    set(33, child.hasKia ? QStringLiteral("Ya") : QStringLiteral("Tidak"));
    // 34 Kelas Ibu Balita, 35 MBG, 36 Detail: not held.
    return DaftarAnakRow{child.posyandu, std::move(c)};
}

} // namespace tumbuh::report
