#pragma once
// The referral slip (surat rujukan) a cadre gives the family to take to the
// destination (bidan desa, puskesmas, Dinas Sosial, UPTD PPA, ...): A5
// portrait, always in Indonesian. At the top the posyandu and the sender,
// the child (NIK masked but for its last 4 digits), the parents and the
// address, the last measurements with their z-scores and Permenkes labels,
// the reasons in words, the destination and the follow-up date; at the
// bottom, behind a dashed line, the reply (balasan rujukan) the destination
// fills in and sends back to the posyandu.
//
// A confidential referral (violence or neglect, reason `kekerasan`) prints
// no reason at all: the slip says "rahasia" and gives the UPTD PPA / SAPA 129
// contact instead, because the paper passes through many hands.
//
// The input is plain values (records/followup/slipdata.h builds it from the
// database), so report needs neither the store nor widgets.
#include "growth/types.h"

#include <QDate>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace tumbuh::report {

// One z-score of one visit.
struct SlipIndex {
    std::optional<double> z; // rounded as the growth engine gives it; none: not computed
    QString label;           // Permenkes 2/2020 category in Indonesian; empty when none
    bool flagged = false;    // a WHO flag: the value asks to be measured again
};

// One visit: the values as measured and the three indices the Permenkes
// grades a balita on.
struct SlipMeasurement {
    QDate date;
    std::optional<int> ageMonths; // completed months on the day
    std::optional<double> weightKg;
    std::optional<double> lengthCm; // length (lying) or height (standing), as measured
    bool standing = false;          // height rather than length
    std::optional<double> muacCm;   // LiLA
    bool oedema = false;
    SlipIndex weightForAge;    // BB/U
    SlipIndex lengthForAge;    // PB/U or TB/U
    SlipIndex weightForLength; // BB/PB or BB/TB
};

struct SlipInput {
    // Who sends the family.
    QString posyanduName;
    QString posyanduRw;
    QString posyanduKelurahan;
    QString senderName;
    QString senderRole; // empty: a line to write it by hand
    QDate referredOn;

    // The child and the family.
    QString childName;
    growth::Sex sex = growth::Sex::Female;
    QDate birthDate;
    std::optional<int> ageMonths; // completed months on referredOn
    QString nik;                  // as stored: the slip masks it (maskedNik)
    QString motherName;
    QString fatherName;
    QString address;
    QString rt;
    QString rw;
    QString kelurahan;

    std::vector<SlipMeasurement> measurements; // newest first; the slip shows up to two

    QStringList reasons; // in words, as the caller has them
    QString destination; // in words
    QDate followUpOn;    // when the posyandu checks the family went
    bool forHousehold = false;
    bool confidential = false; // kekerasan: no reason is printed
    QDate printedOn;           // footer; invalid = today
};

// "••••••••••••0001": every character but the last 4 replaced by a bullet.
// Empty for an empty NIK; a NIK of 4 characters or fewer is masked whole.
QString maskedNik(const QString& nik);

// A5 portrait, in millimetres.
QSizeF slipSizeMm();

// Paints the slip into `page` (it keeps its proportions and is centred).
void paintReferralSlip(const SlipInput& slip, QPainter& painter, const QRectF& page);

// Writes a one-page A5 portrait PDF. False with a message in `error` when the
// file cannot be written.
bool writeReferralSlipPdf(const SlipInput& slip, const QString& path, QString* error = nullptr);

// Prints on a paged device the caller has set up (a QPrinter through the
// print dialog, or a QPdfWriter): the slip fills its printable area.
void printReferralSlip(const SlipInput& slip, QPagedPaintDevice& device);

} // namespace tumbuh::report
