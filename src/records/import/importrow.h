#pragma once
#include "records/storenames.h"
// One CSV row read into values (nothing looked up yet). An empty QString,
// a null QDate or nullopt means the file did not give the value.
#include "store/child.h"

#include "growth/types.h"

#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace tumbuh::records {

struct ImportRow {
    // The child.
    QUuid childUid;
    QString nik;
    QString name;
    std::optional<growth::Sex> sex;
    QDate birthDate;
    std::optional<bool> birthDateApproximate;
    std::optional<growth::Grams> birthWeight;
    std::optional<growth::Millimetres> birthLength;
    QString motherName;
    QString fatherName;
    std::optional<ChildStatus> status;
    QDate statusDate;
    QString childNotes;
    std::optional<bool> hasKia; // none: not given
    // Where the child lives and belongs.
    QUuid householdUid;
    QString address;
    QString rt;
    QString rw;
    QString kelurahan;
    QString kecamatan;
    QString kabupaten;
    QString province;
    QString puskesmas; // e-PPGBM's "Pukesmas": noted on a posyandu the import creates
    QString posyandu;
    QUuid posyanduUid;
    // The measurement.
    QUuid measurementUid;
    QDate measuredOn;
    std::optional<growth::Grams> weight;
    std::optional<growth::Millimetres> length;
    growth::Measure position = growth::Measure::Unknown;
    std::optional<growth::Millimetres> head;
    std::optional<growth::Millimetres> muac;
    std::optional<bool> oedema;
    QString measuredBy;
    QString notes;

    bool hasHousehold() const
    {
        return !householdUid.isNull() || !address.isEmpty() || !rt.isEmpty() || !fatherName.isEmpty();
    }
};

} // namespace tumbuh::records
