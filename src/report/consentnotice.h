#pragma once
// The consent notice (surat persetujuan orang tua / wali) a posyandu gives a
// parent before it records a child's data, A4 portrait, always in Indonesian
// (UU 27/2022 Pasal 25: a child's data are processed with the consent of the
// parent or guardian; shared/docs/indonesia-domain.md §6): who keeps the
// data, what is collected, the three purposes each with a box to tick, how
// long the data are kept, the parent's rights, and signature lines for the
// parent and the kader. Blank (to fill in by hand) or with a child's name,
// birth date, NIK and guardian already printed.
//
// The input is plain values (records/consentnoticedata.h builds it from the
// database), so report needs neither the store nor widgets.
#include <QDate>
#include <QString>

class QPainter;
class QRectF;

namespace tumbuh::report {

struct ConsentNoticeInput {
    QString posyanduName; // empty: a line to write it by hand
    QString posyanduRw;
    QString posyanduKelurahan;

    // The child; all empty for a blank notice.
    QString childName;
    QDate birthDate;
    QString nik;          // printed as given: the caller masks it for the user's role
    QString guardianName; // usually the mother's
    QString relation;     // "ibu", "ayah", "wali", "lainnya"; empty: all four to circle

    QDate printedOn; // invalid = today
};

// Paints the notice into `page` (it keeps its proportions and is centred).
void paintConsentNotice(const ConsentNoticeInput& notice, QPainter& painter, const QRectF& page);

// Writes a one-page A4 portrait PDF. False with a reason in `error` when the
// file cannot be written.
bool writeConsentNoticePdf(const ConsentNoticeInput& notice, const QString& path, QString* error = nullptr);

} // namespace tumbuh::report
