#pragma once
// The words of the growth card: the latest result in plain Bahasa Indonesia
// and a short nutrition-education message chosen from the child's status.
// The card is for the mother, so these are Indonesian data, not tr()
// strings; each has its English equivalent for the English program and for
// reviewers.
#include "report/childcharts.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <span>

namespace tumbuh::report {

// The status a message is chosen for, most urgent first.
enum class CardStatus : std::uint8_t {
    SevereWasting, // gizi buruk (BB/PB-TB < -3) or oedema
    Wasting,       // gizi kurang (BB/PB-TB -3 .. < -2)
    Underweight,   // BB/U < -2
    NotGaining,    // this weighing T (tidak naik)
    Stunting,      // PB/U or TB/U < -2
    Overweight,    // BB/PB-TB or IMT/U > +2, or BB/U > +1 with no length
    Normal,
};

enum class CardAgeGroup : std::uint8_t { Any,
                                         Under6Months,
                                         From6To23Months,
                                         From24Months };

struct EducationMessage {
    CardStatus status;
    CardAgeGroup ages;
    const char* id; // UTF-8, Bahasa Indonesia
    const char* en;
};

// The whole table, for review and tests.
std::span<const EducationMessage> educationMessages();

CardAgeGroup ageGroupOf(int ageDays);

// The statuses that apply, most urgent first; Normal when none.
QList<CardStatus> cardStatuses(const LatestResult& latest);

// At most two messages: the most urgent one, and the stunting message when
// the child is stunted and the first is about something else (stunting is
// slow to show and easy to forget beside an acute problem).
QStringList educationFor(const LatestResult& latest, LabelLanguage language = LabelLanguage::Indonesian);

// "Berat badan naik. Tinggi badan sesuai umur." One sentence per fact.
QStringList resultSentences(const LatestResult& latest, LabelLanguage language = LabelLanguage::Indonesian);

// True when the card should ask the mother to see the health worker: the
// Buku KIA 2023 referral rule (T, below the red line, above the orange line)
// and the tool-computed triggers of indonesia-domain.md §2.5.
bool needsReferral(const LatestResult& latest);

} // namespace tumbuh::report
