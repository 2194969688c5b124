#pragma once
// How the program words and formats growth results, in the language in use:
// ages as the KMS counts them ("2 th 3 bl"), Permenkes labels, N/T/O/B with
// its reason, the "ukur ulang?" checks. Shared by the register and the
// child's record so that one situation is always written the same way.
#include "growth/assessment.h"
#include "growth/cadre.h"
#include "growth/permenkes.h"
#include "growth/types.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace tumbuh::ui {

class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(DisplayText)
public:
    // True when the Indonesian translation is in use (store::installTranslator
    // sets the default locale with it). The Permenkes labels then come in the
    // regulation's own wording rather than through a translation.
    static bool indonesian();

    // Age in completed calendar months, as the KMS and the F1 form count it:
    // "5 bl", "2 th 3 bl", "3 th". Empty when `on` is before `birth`.
    static QString age(const QDate& birth, const QDate& on);
    static QString ageFromMonths(int completedMonths);

    static QString sexShort(growth::Sex sex); // "L" / "P"
    static QString sexLong(growth::Sex sex);  // "Laki-laki" / "Perempuan"

    static QString date(const QDate& d); // "12 Mar 2026"
    static QString number(double value, int decimals);
    static QString kg(std::optional<growth::Grams> w);        // "8,5" (no unit)
    static QString cm(std::optional<growth::Millimetres> mm); // "72,4" (no unit)
    static QString z(double roundedZ);                        // "−2,31", "+0,40"
    static QString position(growth::Measure m);               // "Terlentang" / "Berdiri"

    static QString category(growth::NutritionCategory c);
    // Short index names for headers: "BB/U", "TB/U", "BB/TB", "IMT/U", ...
    static QString indicatorShort(growth::Indicator i);
    static QString indicatorLong(growth::Indicator i);

    static QString weighingLetter(growth::WeighingStatus s); // "N"
    static QString weighingLabel(growth::WeighingStatus s);  // "Naik"
    // The letter with its reason, the same on every screen: "N — Naik 350 g
    // (KBM 300 g)", "T — Tidak naik: turun 100 g (KBM 200 g)", "O — tidak
    // ditimbang bulan lalu", "B — pertama kali ditimbang".
    static QString weighingReason(const growth::WeighingAssessment& w);

    // The cadre's referral triggers of a visit, one line each (Buku KIA 2023
    // and indonesia-domain.md §2.5): "2T: dua kali berturut-turut berat badan
    // tidak naik" or "T: berat badan tidak naik", BGM, above the orange line,
    // oedema. Empty when none. Shared by the status dot's tooltip and the
    // posyandu-day referral box.
    static QStringList triggers(const growth::Assessment& a);

    // One sentence per check, e.g. "Panjang/tinggi badan 1,5 cm lebih rendah
    // dari sebelumnya: ukur ulang?"
    static QString check(const growth::Check& c);
};

} // namespace tumbuh::ui
