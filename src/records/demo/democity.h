#pragma once
#include "records/storenames.h"
// The demo city as plain data, planned before anything is written: posyandu,
// households, children with their status, every visit and referral. Days are
// Julian day numbers (QDate::toJulianDay) so that the millions of visits stay
// small and sort fast. Everything is drawn from DemoRandom streams of the seed,
// so the same options always give the same city.
#include "store/child.h"
#include "records/demo/democonsents.h"
#include "records/demo/demooptions.h"
#include "store/referral.h"

#include "growth/types.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace tumbuh::records {

struct DemoPosyanduPlan {
    QString name;
    QString rw;
    QString kelurahan;
    QString kecamatan;
    QString regionCode; // PP.KK.CC.DDDD of its (invented) kelurahan
    int kecamatanIndex = 0;
    int sessionDay = 10;  // the posyandu day in every month
    int scaleGrams = 100; // resolution of its scale (dacin 100 g, digital 50 or 10 g)
    QStringList kaders;
    int createdJd = 0;
};

struct DemoHouseholdPlan {
    int posyandu = 0; // index into posyandu
    QString address;
    QString rt;
    QString kkNumber;
    QString fatherName;
    QString fatherNik;
    QString motherName;
    QString motherNik;
    QString notes; // PKH / BPNT
    int createdJd = 0;
};

struct DemoChildPlan {
    QString nik;
    QString name;
    growth::Sex sex = growth::Sex::Male;
    int birthJd = 0; // as recorded (approximate ones on the 1st or 15th)
    bool birthApproximate = false;
    std::optional<int> birthWeightG;
    std::optional<int> birthLengthMm;
    QString motherName;
    int household = -1; // index into households
    int posyandu = 0;   // where the child is registered now
    ChildStatus status = ChildStatus::Active;
    int statusJd = 0;
    QString notes;
    int createdJd = 0;
    int updatedJd = 0;
    std::optional<int> deletedJd; // a duplicate registration, deleted the same day
    bool hasKia = true;           // a few families have lost (or never had) the Buku KIA
};

// One measurement. Zero means "not measured".
struct DemoVisit {
    std::int32_t jd = 0;
    std::int32_t child = 0; // index into children
    std::int32_t weightG = 0;
    std::int16_t lengthMm = 0;
    std::int16_t headMm = 0;
    std::int16_t muacMm = 0;
    std::uint16_t posyandu = 0; // index: where it was taken
    std::uint8_t position = 0;  // growth::Measure
    std::uint8_t kader = 0;     // index into the posyandu's kaders
    std::uint8_t deleted = 0;   // 1: a double entry the kader deleted
};

// A referral and its history: the events follow from its days (referred,
// arrived if arrivedJd, closed with `status` and `closingNote` if closedJd).
struct DemoReferralPlan {
    int child = 0;
    bool forHousehold = false; // the family is referred (family reasons)
    int referredJd = 0;
    QStringList reasons;
    std::optional<bool> consent;
    QString destination;
    QString referredBy;
    ReferralStatus status = ReferralStatus::Referred;
    int followUpJd = 0;
    int arrivedJd = 0; // 0 = none
    int closedJd = 0;  // 0 = none
    QString referredNote;
    QString closingNote; // the outcome: "PMT 90 hari", "rujuk RS", ...
};

struct DemoCounsellingPlan {
    int child = 0;
    int jd = 0;
    QString topic; // a topic code of the rules file
    QString by;
    QString notes;
};

class DemoCity {
public:
    static DemoCity plan(const DemoOptions& options);

    QString city;
    QString province;
    QDate today;
    QDate firstDay; // of the history
    std::vector<DemoPosyanduPlan> posyandu;
    std::vector<DemoHouseholdPlan> households;
    std::vector<DemoChildPlan> children;          // ordered by createdJd: ids follow registration
    std::vector<DemoVisit> visits;                // ordered by day, posyandu, child
    std::vector<DemoReferralPlan> referrals;      // ordered by referral day
    std::vector<DemoCounsellingPlan> counselling; // ordered by day
    std::vector<DemoConsentPlan> consents;        // ordered by day (democonsents.h)

private:
    void planPlaces(const DemoOptions& options);
    void planChildren(const DemoOptions& options);
};

} // namespace tumbuh::records
