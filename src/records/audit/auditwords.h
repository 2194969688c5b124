#pragma once
#include "records/storenames.h"
// Each change of the audit log in words an inspector understands
// (Indonesian first): the table as a noun ("Anak", "Pengukuran"), the action
// ("ditambah", "diubah", "dihapus", "impor massal"), and for an update only
// the fields that changed, labelled as the forms label them
// (store::msg::fieldLabel) with their values formatted: "Berat badan:
// 8,5 kg → 8,6 kg". NIKs are shown as the viewer may see them
// (SignedInUser::nik). A row emptied by an anonymisation says so; the PIN row
// of store/signin.cpp says "PIN dibuat" or "PIN diatur ulang", never more.
#include "store/access.h"
#include "store/auditentry.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tumbuh::records {

struct AuditRow;

class AuditWords {
public:
    explicit AuditWords(SignedInUser viewer) : viewer_(std::move(viewer)) { }

    // "Child", "Measurement", ... translated; the table's own name when unknown.
    static QString tableNoun(const QString& table);
    static QString actionWord(AuditAction action);
    // The label of a column: store::msg::fieldLabel, or this file's own.
    static QString fieldLabel(const QString& field);

    // One value of `table`.`field` as text: "8,5 kg", "72,3 cm", "05-03-2024",
    // "Perempuan", "dirujuk", a NIK as the viewer may see it; "—" for none.
    QString value(const QString& table, const QString& field, const QJsonValue& v) const;

    // The lines of the change: an update's changed fields ("Berat badan:
    // 8,5 kg → 8,6 kg"), an insert's or delete's filled fields ("Nama: Siti"),
    // or the one line of a redacted row, a PIN row or a bulk import.
    QStringList lines(const AuditEntry& entry, bool redacted) const;
    // The lines joined by "; " (the table's summary column and the CSV).
    QString summary(const AuditEntry& entry, bool redacted) const;
    QString summary(const AuditRow& row) const;

    // `json` with the NIK fields as the viewer may see them and, for a
    // confidential (kekerasan) referral, its reasons, destination and notes
    // left out (the CSV's before_json/after_json).
    QJsonObject shown(const AuditEntry& entry, const QJsonObject& json) const;

    // A row of a referral whose reasons, before or after, include
    // familyreason::Kekerasan (store/referralworkflow.h): its reasons,
    // destination and notes are never written out in words or in the CSV.
    static bool isConfidential(const AuditEntry& entry);

    static bool isNikField(const QString& field);

private:
    SignedInUser viewer_;
};

} // namespace tumbuh::records
