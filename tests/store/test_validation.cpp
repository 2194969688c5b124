// Validation: refusals name the field and the allowed range, in English and
// Indonesian; NIK rules; warnings come with success.
#include "storefixture.h"

#include "store/childrepository.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/nik.h"
#include "store/posyandurepository.h"

#include <boost/test/unit_test.hpp>

using namespace tumbuh::store;
using namespace tumbuh::store::test;
using tumbuh::growth::Grams;
using tumbuh::growth::Measure;
using tumbuh::growth::Millimetres;
using tumbuh::growth::Sex;

namespace {

int code(ErrorCode c) { return static_cast<int>(c); }
int code(WarningCode c) { return static_cast<int>(c); }

bool hasWarning(const std::vector<Warning>& ws, WarningCode c)
{
    for (const auto& w : ws) {
        if (w.code == c)
            return true;
    }
    return false;
}

Error refusal(TempStore& s, const Measurement& m)
{
    auto r = MeasurementRepository(*s.db).add(m, s.kader);
    BOOST_REQUIRE(!r.ok());
    return r.error();
}

} // namespace

BOOST_AUTO_TEST_SUITE(validation)

BOOST_AUTO_TEST_CASE(nik_parts)
{
    BOOST_TEST(Nik::isWellFormed(QStringLiteral("6471050101230001")));
    BOOST_TEST(!Nik::isWellFormed(QStringLiteral("647105010123000")));
    BOOST_TEST(!Nik::isWellFormed(QStringLiteral("647105010123000a")));
    BOOST_TEST(!Nik::isWellFormed(QStringLiteral("64710501012300011")));
    auto boy = Nik::birthPart(QStringLiteral("6471051503220007"));
    BOOST_REQUIRE(boy.has_value());
    BOOST_TEST(boy->day == 15);
    BOOST_TEST(boy->month == 3);
    BOOST_TEST(boy->yy == 22);
    BOOST_TEST(static_cast<int>(boy->sex) == static_cast<int>(Sex::Male));
    auto girl = Nik::birthPart(QStringLiteral("6471055503220007"));
    BOOST_REQUIRE(girl.has_value());
    BOOST_TEST(girl->day == 15);
    BOOST_TEST(static_cast<int>(girl->sex) == static_cast<int>(Sex::Female));
    BOOST_TEST(Nik::matchesDate(*girl, QDate(2022, 3, 15)));
    BOOST_TEST(!Nik::matchesDate(*girl, QDate(2022, 3, 16)));
    BOOST_TEST(!Nik::birthPart(QStringLiteral("6471053503220007")).has_value()); // day 35
    BOOST_TEST(!Nik::birthPart(QStringLiteral("6471051513220007")).has_value()); // month 13
    BOOST_TEST(!Nik::birthPart(QStringLiteral("6471053104220007")).has_value()); // 31 April
}

BOOST_AUTO_TEST_CASE(nik_must_be_sixteen_digits)
{
    TempStore s;
    Child c = s.child(QStringLiteral("Anak NIK"), QDate(2022, 3, 15), Sex::Male);
    c.nik = QStringLiteral("647105150322000");
    auto r = ChildRepository(*s.db).add(c, s.kader);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(code(r.error().code) == code(ErrorCode::InvalidFormat));
    BOOST_TEST(r.error().field == QStringLiteral("nik"));
    BOOST_TEST(r.error().message.contains(QStringLiteral("16 digits")));
    {
        Language id(QStringLiteral("id"));
        auto ri = ChildRepository(*s.db).add(c, s.kader);
        BOOST_TEST(ri.error().message.contains(QStringLiteral("harus tepat 16 angka")));
    }
    // Separators typed between groups are dropped.
    c.nik = QStringLiteral("6471.0515.0322.0007");
    auto ok = ChildRepository(*s.db).add(c, s.kader);
    BOOST_REQUIRE(ok.ok());
    BOOST_TEST(ok->nik == QStringLiteral("6471051503220007"));
    BOOST_TEST(ok.warnings().empty());
}

BOOST_AUTO_TEST_CASE(nik_disagreeing_with_birth_date_or_sex_is_a_warning)
{
    TempStore s;
    ChildRepository children(*s.db);
    Child c = s.child(QStringLiteral("Anak Satu"), QDate(2022, 3, 16), Sex::Male);
    c.nik = QStringLiteral("6471051503220007");
    auto date = children.add(c, s.kader);
    BOOST_REQUIRE(date.ok()); // saved all the same
    BOOST_REQUIRE(date.warnings().size() == 1u);
    BOOST_TEST(code(date.warnings()[0].code) == code(WarningCode::NikBirthDateMismatch));
    BOOST_TEST(date.warnings()[0].field == QStringLiteral("nik"));
    BOOST_TEST(date.warnings()[0].message.contains(QStringLiteral("15-03-22")));

    Child girl = s.child(QStringLiteral("Anak Dua"), QDate(2022, 3, 15), Sex::Female);
    girl.nik = QStringLiteral("6471051503220008"); // a boy's day part
    auto sex = children.add(girl, s.kader);
    BOOST_REQUIRE(sex.ok());
    BOOST_TEST(hasWarning(sex.warnings(), WarningCode::NikSexMismatch));
    BOOST_TEST(!hasWarning(sex.warnings(), WarningCode::NikBirthDateMismatch));

    Child right = s.child(QStringLiteral("Anak Tiga"), QDate(2022, 3, 15), Sex::Female);
    right.nik = QStringLiteral("6471055503220009");
    auto fine = children.add(right, s.kader);
    BOOST_REQUIRE(fine.ok());
    BOOST_TEST(fine.warnings().empty());

    Child odd = s.child(QStringLiteral("Anak Empat"), QDate(2022, 3, 15), Sex::Female);
    odd.nik = QStringLiteral("6471059903220010");
    auto invalid = children.add(odd, s.kader);
    BOOST_REQUIRE(invalid.ok());
    BOOST_TEST(hasWarning(invalid.warnings(), WarningCode::NikDateInvalid));

    Language id(QStringLiteral("id"));
    Child again = s.child(QStringLiteral("Anak Lima"), QDate(2022, 3, 17), Sex::Male);
    again.nik = QStringLiteral("6471051503220011");
    auto r = children.add(again, s.kader);
    BOOST_REQUIRE(r.ok());
    BOOST_TEST(r.warnings()[0].message.contains(QStringLiteral("memuat tanggal lahir 15-03-22")));
}

BOOST_AUTO_TEST_CASE(same_nik_twice_is_refused_while_the_first_is_live)
{
    TempStore s;
    ChildRepository children(*s.db);
    Child a = s.child(QStringLiteral("Anak Pertama"), QDate(2022, 3, 15), Sex::Male);
    a.nik = QStringLiteral("6471051503220007");
    auto first = children.add(a, s.kader);
    BOOST_REQUIRE(first.ok());
    Child b = s.child(QStringLiteral("Anak Kedua"), QDate(2022, 3, 15), Sex::Male);
    b.nik = a.nik;
    auto second = children.add(b, s.kader);
    BOOST_REQUIRE(!second.ok());
    BOOST_TEST(code(second.error().code) == code(ErrorCode::DuplicateNik));
    BOOST_TEST(second.error().message.contains(QStringLiteral("Anak Pertama")));
    // Editing the first one keeps its own NIK.
    BOOST_TEST(children.update(*first, s.kader).ok());
    BOOST_REQUIRE(children.remove(first->meta.id, s.kader).ok());
    BOOST_TEST(children.add(b, s.kader).ok());
    BOOST_TEST(children.findByNik(a.nik)->value().name == QStringLiteral("Anak Kedua"));
}

BOOST_AUTO_TEST_CASE(same_name_birth_date_and_mother_is_a_duplicate_warning)
{
    TempStore s;
    ChildRepository children(*s.db);
    BOOST_REQUIRE(children.add(s.child(QStringLiteral("Siti Contoh"), QDate(2023, 4, 4)), s.kader).ok());
    Child twin = s.child(QStringLiteral("SITI contoh"), QDate(2023, 4, 4));
    twin.motherName = QStringLiteral("ibu siti contoh");
    auto r = children.add(twin, s.kader);
    BOOST_REQUIRE(r.ok());
    BOOST_TEST(hasWarning(r.warnings(), WarningCode::PossibleDuplicate));
    Child other = s.child(QStringLiteral("Siti Contoh"), QDate(2023, 4, 5));
    auto different = children.add(other, s.kader);
    BOOST_TEST(!hasWarning(different.warnings(), WarningCode::PossibleDuplicate));
}

BOOST_AUTO_TEST_CASE(birth_date_rules)
{
    TempStore s;
    ChildRepository children(*s.db);
    auto future = children.add(s.child(QStringLiteral("Anak"), kToday.addDays(1)), s.kader);
    BOOST_REQUIRE(!future.ok());
    BOOST_TEST(code(future.error().code) == code(ErrorCode::InvalidDate));
    BOOST_TEST(future.error().field == QStringLiteral("birth_date"));
    BOOST_TEST(future.error().message.contains(QStringLiteral("future")));

    auto old = children.add(s.child(QStringLiteral("Anak"), kToday.addYears(-19).addDays(-1)), s.kader);
    BOOST_REQUIRE(!old.ok());
    BOOST_TEST(old.error().message.contains(QStringLiteral("19 years")));
    {
        Language id(QStringLiteral("id"));
        auto oldId = children.add(s.child(QStringLiteral("Anak"), kToday.addYears(-19).addDays(-1)), s.kader);
        BOOST_TEST(oldId.error().message.contains(QStringLiteral("19 tahun")));
    }
    BOOST_TEST(children.add(s.child(QStringLiteral("Anak Tua"), kToday.addYears(-19)), s.kader).ok());
    BOOST_TEST(children.add(s.child(QStringLiteral("Anak Baru"), kToday), s.kader).ok());

    Child weight = s.child(QStringLiteral("Anak Berat"), QDate(2023, 1, 1));
    weight.birthWeight = Grams{8000};
    auto heavy = children.add(weight, s.kader);
    BOOST_REQUIRE(!heavy.ok());
    BOOST_TEST(heavy.error().field == QStringLiteral("birth_weight_g"));
    BOOST_TEST(heavy.error().message.contains(QStringLiteral("between 0.3 and 7 kg")));
}

BOOST_AUTO_TEST_CASE(every_wrong_field_is_reported)
{
    TempStore s;
    Child c;
    c.birthDate = kToday.addDays(3);
    c.nik = QStringLiteral("123");
    auto r = ChildRepository(*s.db).add(c, s.kader);
    BOOST_REQUIRE(!r.ok());
    QStringList fields{r.error().field};
    for (const auto& e : r.error().more)
        fields << e.field;
    BOOST_TEST(fields.contains(QStringLiteral("name")));
    BOOST_TEST(fields.contains(QStringLiteral("birth_date")));
    BOOST_TEST(fields.contains(QStringLiteral("nik")));
    BOOST_TEST(fields.contains(QStringLiteral("posyandu_id")));
}

BOOST_AUTO_TEST_CASE(measurement_dates)
{
    TempStore s;
    const RowId child = s.addChild(QStringLiteral("Anak Ukur"), QDate(2023, 5, 5));
    Error before = refusal(s, s.weighing(child, QDate(2023, 5, 4), 3300));
    BOOST_TEST(code(before.code) == code(ErrorCode::InvalidDate));
    BOOST_TEST(before.field == QStringLiteral("measured_on"));
    BOOST_TEST(before.message.contains(QStringLiteral("before the child's birth date")));
    Error future = refusal(s, s.weighing(child, kToday.addDays(1), 9000));
    BOOST_TEST(future.message.contains(QStringLiteral("future")));
    BOOST_TEST(MeasurementRepository(*s.db).add(s.weighing(child, QDate(2023, 5, 5), 3300), s.kader).ok());
    BOOST_TEST(MeasurementRepository(*s.db).add(s.weighing(child, kToday, 9000), s.kader).ok());
    Language id(QStringLiteral("id"));
    Error beforeId = refusal(s, s.weighing(child, QDate(2023, 5, 4), 3300));
    BOOST_TEST(beforeId.message.contains(QStringLiteral("tidak boleh sebelum tanggal lahir anak")));
}

BOOST_AUTO_TEST_CASE(measurement_ranges_name_the_range)
{
    TempStore s;
    const RowId child = s.addChild(QStringLiteral("Anak Ukur"), QDate(2022, 5, 5));
    const QDate d(2024, 6, 1);

    Error heavy = refusal(s, s.weighing(child, d, 60001));
    BOOST_TEST(code(heavy.code) == code(ErrorCode::OutOfRange));
    BOOST_TEST(heavy.field == QStringLiteral("weight_g"));
    BOOST_TEST(heavy.message.contains(QStringLiteral("Weight must be between 0.5 and 60 kg; 60.001 kg was entered.")));
    Error light = refusal(s, s.weighing(child, d, 499));
    BOOST_TEST(light.message.contains(QStringLiteral("0.499 kg")));
    BOOST_TEST(MeasurementRepository(*s.db).add(s.weighing(child, d, 500), s.kader).ok());
    BOOST_TEST(MeasurementRepository(*s.db).add(s.weighing(child, d, 60000), s.kader).ok());

    Measurement tall = s.weighing(child, d, 12000);
    tall.length = Millimetres{2001};
    tall.position = Measure::Standing;
    Error height = refusal(s, tall);
    BOOST_TEST(height.field == QStringLiteral("length_mm"));
    BOOST_TEST(height.message.contains(QStringLiteral("between 35 and 200 cm")));
    tall.length = Millimetres{349};
    BOOST_TEST(refusal(s, tall).message.contains(QStringLiteral("34.9 cm")));

    Measurement arm = s.weighing(child, d, 12000);
    arm.armCircumference = Millimetres{351};
    Error muac = refusal(s, arm);
    BOOST_TEST(muac.field == QStringLiteral("muac_mm"));
    BOOST_TEST(muac.message.contains(QStringLiteral("between 5 and 35 cm")));
    arm.armCircumference = Millimetres{49};
    BOOST_TEST(refusal(s, arm).field == QStringLiteral("muac_mm"));

    Measurement head = s.weighing(child, d, 12000);
    head.headCircumference = Millimetres{660};
    Error hc = refusal(s, head);
    BOOST_TEST(hc.field == QStringLiteral("head_mm"));
    BOOST_TEST(hc.message.contains(QStringLiteral("between 20 and 65 cm")));

    Language id(QStringLiteral("id"));
    Error heavyId = refusal(s, s.weighing(child, d, 60001));
    BOOST_TEST(heavyId.message.contains(QStringLiteral("Berat badan harus antara 0,5 dan 60 kg; yang diisi 60,001 kg.")));
    Error muacId = refusal(s, arm);
    BOOST_TEST(muacId.message.contains(QStringLiteral("Lingkar lengan atas (LiLA) harus antara 5 dan 35 cm")));
}

BOOST_AUTO_TEST_CASE(length_needs_how_it_was_measured)
{
    TempStore s;
    const RowId child = s.addChild(QStringLiteral("Anak Ukur"), QDate(2023, 5, 5));
    Measurement m = s.weighing(child, QDate(2024, 6, 1), 9000);
    m.length = Millimetres{750};
    Error missing = refusal(s, m);
    BOOST_TEST(code(missing.code) == code(ErrorCode::Inconsistent));
    BOOST_TEST(missing.field == QStringLiteral("length_position"));
    BOOST_TEST(missing.message.contains(QStringLiteral("lying (length) or standing (height)")));
    {
        Language id(QStringLiteral("id"));
        BOOST_TEST(refusal(s, m).message.contains(QStringLiteral("telentang (panjang badan) atau berdiri")));
    }
    Measurement positionOnly = s.weighing(child, QDate(2024, 6, 1), 9000);
    positionOnly.position = Measure::Lying;
    BOOST_TEST(refusal(s, positionOnly).field == QStringLiteral("length_position"));
    m.position = Measure::Lying;
    BOOST_TEST(MeasurementRepository(*s.db).add(m, s.kader).ok());

    Measurement nothing;
    nothing.childId = child;
    nothing.date = QDate(2024, 6, 1);
    BOOST_TEST(code(refusal(s, nothing).code) == code(ErrorCode::Required));
}

BOOST_AUTO_TEST_CASE(unknown_references_are_refused)
{
    TempStore s;
    Measurement m = s.weighing(987654, QDate(2024, 6, 1), 9000);
    Error e = refusal(s, m);
    BOOST_TEST(code(e.code) == code(ErrorCode::NotFound));
    BOOST_TEST(e.field == QStringLiteral("child_id"));

    Child c = s.child(QStringLiteral("Anak"), QDate(2023, 1, 1));
    c.posyanduId = 4242;
    auto r = ChildRepository(*s.db).add(c, s.kader);
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().field == QStringLiteral("posyandu_id"));

    Household h;
    h.motherNik = QStringLiteral("12345");
    h.phone = QStringLiteral("telepon saya");
    auto hr = HouseholdRepository(*s.db).add(h, s.kader);
    BOOST_REQUIRE(!hr.ok());
    BOOST_TEST(hr.error().field == QStringLiteral("mother_nik"));
    BOOST_REQUIRE(hr.error().more.size() == 1u);
    BOOST_TEST(hr.error().more[0].field == QStringLiteral("phone"));

    Posyandu p;
    p.name = QStringLiteral("Posyandu Kode");
    p.regionCode = QStringLiteral("64.71.5");
    auto pr = PosyanduRepository(*s.db).add(p, s.kader);
    BOOST_REQUIRE(!pr.ok());
    BOOST_TEST(pr.error().field == QStringLiteral("region_code"));
}

BOOST_AUTO_TEST_CASE(deceased_child)
{
    TempStore s;
    Child c = s.child(QStringLiteral("Anak"), QDate(2023, 1, 1));
    c.status = ChildStatus::Deceased;
    auto noDate = ChildRepository(*s.db).add(c, s.kader);
    BOOST_REQUIRE(!noDate.ok());
    BOOST_TEST(noDate.error().field == QStringLiteral("status_date"));
    c.statusDate = QDate(2024, 2, 1);
    auto saved = ChildRepository(*s.db).add(c, s.kader);
    BOOST_REQUIRE(saved.ok());
    BOOST_TEST(MeasurementRepository(*s.db).add(s.weighing(saved->meta.id, QDate(2024, 1, 15), 8000), s.kader).ok());
    Error after = refusal(s, s.weighing(saved->meta.id, QDate(2024, 3, 1), 8000));
    BOOST_TEST(after.field == QStringLiteral("measured_on"));
}

BOOST_AUTO_TEST_SUITE_END()
