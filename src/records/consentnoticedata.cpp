#include "records/consentnoticedata.h"

#include "store/childrepository.h"
#include "store/consentrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/posyandurepository.h"
#include "store/storagecodes.h"

#include <QCoreApplication>

namespace tumbuh::records {

Result<report::ConsentNoticeInput> blankConsentNotice(Database& db, RowId posyanduId)
{
    report::ConsentNoticeInput out;
    out.printedOn = db.today();
    if (posyanduId == 0)
        return out;
    auto p = PosyanduRepository(db).get(posyanduId);
    if (!p)
        return p.error();
    out.posyanduName = p->name;
    out.posyanduRw = p->rw;
    out.posyanduKelurahan = p->kelurahan;
    return out;
}

Result<report::ConsentNoticeInput> consentNoticeFor(Database& db, RowId childId, const SignedInUser& user)
{
    auto child = ChildRepository(db).get(childId);
    if (!child)
        return child.error();
    auto out = blankConsentNotice(db, child->posyanduId);
    if (!out)
        return out;
    out->childName = child->name;
    out->birthDate = child->birthDate;
    out->nik = user.nik(child->nik);
    auto consent = ConsentRepository(db).current(childId);
    if (!consent)
        return consent.error();
    if (*consent) {
        out->guardianName = (*consent)->guardianName;
        out->relation = codes::guardianRelationText((*consent)->relation);
        return out;
    }
    QString mother = child->motherName;
    if (child->householdId) {
        auto home = HouseholdRepository(db).get(*child->householdId);
        if (!home)
            return home.error();
        if (!home->motherName.trimmed().isEmpty())
            mother = home->motherName;
    }
    if (!mother.trimmed().isEmpty()) {
        out->guardianName = mother;
        out->relation = codes::guardianRelationText(GuardianRelation::Mother);
    }
    return out;
}

Result<report::ConsentNoticeInput> consentNoticeFor(Database& db, const QUuid& childUid, const SignedInUser& user)
{
    auto child = ChildRepository(db).findByUid(childUid);
    if (!child)
        return child.error();
    if (!*child || (*child)->meta.isDeleted()) {
        return Error{ErrorCode::NotFound, {}, QCoreApplication::translate("tumbuh::records", "There is no child with the UID %1 in this database.").arg(childUid.toString(QUuid::WithoutBraces)), {}, {}};
    }
    return consentNoticeFor(db, (*child)->meta.id, user);
}

} // namespace tumbuh::records
