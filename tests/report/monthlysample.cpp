#include "monthlysample.h"

#include <chrono>
#include <optional>

namespace tumbuh::test {
namespace {

using namespace std::chrono;

growth::Visit weighing(year_month_day date, int grams, std::optional<int> lengthMm = std::nullopt)
{
    growth::Visit v;
    v.date = date;
    v.weight = growth::Grams{grams};
    if (lengthMm) {
        v.lengthHeight = growth::Millimetres{*lengthMm};
        v.measure = growth::Measure::Standing;
    }
    return v;
}

report::ChildForReport child(const QString& name, const QString& nik, growth::Sex sex, year_month_day birth,
                             int posyandu, std::vector<growth::Visit> visits)
{
    report::ChildForReport c;
    c.uid = nik; // unique enough for a sample
    c.name = name;
    c.nik = nik;
    c.sex = sex;
    c.birth = birth;
    c.posyandu = posyandu;
    c.motherName = QStringLiteral("Ibu ") + name.section(QLatin1Char(' '), 0, 0);
    c.address = QStringLiteral("Jl. Contoh No. 1");
    c.visits = std::move(visits);
    return c;
}

} // namespace

std::vector<SampleChild> sampleChildren()
{
    return {
        {QStringLiteral("Ani Lestari"), QStringLiteral("6471019901240001")},
        {QStringLiteral("Budi Santoso"), QStringLiteral("6471019906250002")},
        {QStringLiteral("Citra Dewi"), QStringLiteral("6471019912250003")},
        {QStringLiteral("Dodi Pratama"), QStringLiteral("6471019905230004")},
        {QStringLiteral("Eka Wulandari"), QStringLiteral("6471019908220005")},
        {QStringLiteral("Fajar Nugroho"), QStringLiteral("6471029909240006")},
        {QStringLiteral("Gita Maharani"), QStringLiteral("6471029903250007")},
    };
}

report::MonthlyInput sampleMonthlyInput(bool onlyFirst)
{
    const std::vector<SampleChild> names = sampleChildren();
    report::MonthlyInput in;
    in.month = 2026y / March;
    in.madeOn = 2026y / April / 2d;
    in.madeBy = QStringLiteral("Kader Uji");
    in.posyandu = {
        {QStringLiteral("P-1"), QStringLiteral("Posyandu Melati"), QStringLiteral("03"), QStringLiteral("Sepinggan"),
         QStringLiteral("Balikpapan Selatan"), QStringLiteral("Kota Balikpapan"), QStringLiteral("Kalimantan Timur")},
        {QStringLiteral("P-2"), QStringLiteral("Posyandu Mawar"), QStringLiteral("05"), QStringLiteral("Sepinggan"),
         QStringLiteral("Balikpapan Selatan"), QStringLiteral("Kota Balikpapan"), QStringLiteral("Kalimantan Timur")},
    };
    const auto M = growth::Sex::Male;
    const auto F = growth::Sex::Female;
    // Weighed in February and March, gaining.
    in.children.push_back(child(names[0].name, names[0].nik, F, 2024y / January / 10d, 0,
                                {weighing(2026y / February / 10d, 9800, 800), weighing(2026y / March / 10d, 10200, 812)}));
    // Losing weight, very light for 9 months: T, and below -3 SD (BB/U).
    in.children.push_back(child(names[1].name, names[1].nik, M, 2025y / June / 15d, 0,
                                {weighing(2026y / February / 12d, 6500, 680), weighing(2026y / March / 12d, 6300, 690)}));
    // First weighing ever this month: B.
    in.children.push_back(child(names[2].name, names[2].nik, F, 2025y / December / 1d, 0,
                                {weighing(2026y / March / 5d, 4300, 540)}));
    // Not weighed this month, and no Buku KIA.
    in.children.push_back(child(names[3].name, names[3].nik, M, 2023y / May / 20d, 0,
                                {weighing(2026y / January / 15d, 12500, 900)}));
    in.children.back().hasKia = false;
    // Weighed in January and March, not February: O.
    in.children.push_back(child(names[4].name, names[4].nik, F, 2022y / August / 1d, 0,
                                {weighing(2026y / January / 8d, 13000, 960), weighing(2026y / March / 8d, 13400, 965)}));
    // Mawar: short for 18 months (stunted), gaining.
    in.children.push_back(child(names[5].name, names[5].nik, M, 2024y / September / 9d, 1,
                                {weighing(2026y / February / 9d, 8900, 735), weighing(2026y / March / 9d, 9300, 742)}));
    in.children.push_back(child(names[6].name, names[6].nik, F, 2025y / March / 3d, 1,
                                {weighing(2026y / February / 3d, 8000, 720), weighing(2026y / March / 3d, 8350, 735)}));
    if (onlyFirst) {
        in.posyandu.resize(1);
        std::erase_if(in.children, [](const report::ChildForReport& c) { return c.posyandu != 0; });
    }
    in.referrals.resize(in.posyandu.size());
    in.referrals[0].made = 2;
    in.referrals[0].arrived = 1;
    in.referrals[0].counselling = 3;
    return in;
}

} // namespace tumbuh::test
