// The subject's rights (issue 12 §4): "Ekspor data anak" holds every row of
// the child as JSON and PDF; "Anonimkan" leaves no identifying text anywhere
// in the database file (its raw bytes after VACUUM), keeps the measurements
// and a sibling's household, redacts the audit rows, and is refused to every
// role but admin with nothing changed.
#include "records/rights/anonymiser.h"
#include "records/rights/childdata.h"
#include "store/access.h"
#include "store/childrepository.h"
#include "store/consentrepository.h"
#include "store/counsellingrepository.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/referralworkflow.h"
#include "store/sqlutil.h"
#include "support/recordsfixture.h"
#include "ui/child/childpage.h"
#include "ui/child/childprofileview.h"
#include "ui/child/childrightsactions.h"
#include "ui/child/measurementhistorymodel.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"

#include <boost/test/unit_test.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>

#include <vector>

using namespace tumbuh;
using namespace tumbuh::records::test;
using store::Permission;
using store::Role;

namespace {

// Text that names the family; none of it may survive an anonymisation.
const QString kChildName = QStringLiteral("Zulaikha Pertiwisari");
const QString kChildNik = QStringLiteral("6471019988770001");
const QString kMother = QStringLiteral("Marlinda Kusumawatiningsih");
const QString kMotherNik = QStringLiteral("6471019988770003");
const QString kFather = QStringLiteral("Bonifasius Gularnoto");
const QString kFatherNik = QStringLiteral("6471019988770002");
const QString kKk = QStringLiteral("6471019988770004");
const QString kAddress = QStringLiteral("Jalan Kenari Tersembunyi 77");
const QString kPhone = QStringLiteral("081299887766");
const QString kGuardian = QStringLiteral("Wulandari Sekarlangitasih");
const QString kHouseholdNote = QStringLiteral("keluarga Qorinahadi menerima PKH");
const QString kMeasurementNote = QStringLiteral("anak rewel Xenophiliusan");
const QString kConsentNote = QStringLiteral("ditandatangani Yossiarinda");
const QString kDestination = QStringLiteral("Bu Sriwahyuningsih bidan swasta");
const QString kReferralNote = QStringLiteral("diantar Pakde Jumirahanto");
const QString kEventNote = QStringLiteral("ditemui Kusnandarwijaya");
const QString kCounsellingNote = QStringLiteral("nenek Parsinemiati ikut");
const QString kChildNote = QStringLiteral("tinggal dengan Omanudinwati");
const QString kSibling = QStringLiteral("Yusrizal Anandaperkasa");

QStringList secrets()
{
    return {kChildName, kChildNik, kMother, kMotherNik, kFather, kFatherNik,
            kKk, kAddress, kPhone, kGuardian, kHouseholdNote, kMeasurementNote,
            kConsentNote, kDestination, kReferralNote, kEventNote, kCounsellingNote, kChildNote};
}

store::UserId addUser(store::Database& db, const QString& name, const QString& role)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO users (uid, name, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    const QVariant now = store::sql::timestampValue(store::Database::now());
    for (const QVariant& v : {store::sql::uidValue(QUuid::createUuid()), QVariant(name), QVariant(role), now, now})
        q.addBindValue(v);
    BOOST_REQUIRE(q.exec());
    return q.lastInsertId().toLongLong();
}

store::SignedInUser as(store::Database& db, store::UserId id)
{
    auto u = store::signedInAs(db, id);
    BOOST_REQUIRE_MESSAGE(u.ok(), why(u));
    return *u;
}

qint64 count(const QString& dbPath, const QString& sql)
{
    const QStringList lines = queryLines(dbPath, sql);
    BOOST_REQUIRE_EQUAL(lines.size(), 1);
    return lines.first().toLongLong();
}

// A demo town plus one family written through the repositories (so that
// the audit log holds its rows as the program writes them).
struct Family {
    explicit Family(bool withSibling)
    {
        path = folder.path(QStringLiteral("kota.db"));
        makeDemo(path, 12, 4);
        db = openDb(path);
        admin = addUser(*db, QStringLiteral("Admin Uji"), QStringLiteral("admin"));
        kader = addUser(*db, QStringLiteral("Kader Uji"), QStringLiteral("kader"));
        gizi = addUser(*db, QStringLiteral("Gizi Uji"), QStringLiteral("nutritionist"));
        const qint64 posyandu = count(path, QStringLiteral("SELECT min(id) FROM posyandu"));

        store::Household h;
        h.posyanduId = posyandu;
        h.address = kAddress;
        h.rt = QStringLiteral("003");
        h.rw = QStringLiteral("018");
        h.kelurahan = QStringLiteral("Sungai Pinang Dalam");
        h.kkNumber = kKk;
        h.fatherName = kFather;
        h.fatherNik = kFatherNik;
        h.motherName = kMother;
        h.motherNik = kMotherNik;
        h.phone = kPhone;
        h.notes = kHouseholdNote;
        auto hh = store::HouseholdRepository(*db).add(h, kader);
        BOOST_REQUIRE_MESSAGE(hh.ok(), why(hh));
        household = hh->meta.id;

        store::Child c;
        c.name = kChildName;
        c.nik = kChildNik;
        c.sex = growth::Sex::Female;
        c.birthDate = kToday.addMonths(-20);
        c.motherName = kMother;
        c.householdId = household;
        c.posyanduId = posyandu;
        c.notes = kChildNote;
        auto child = store::ChildRepository(*db).add(c, kader);
        BOOST_REQUIRE_MESSAGE(child.ok(), why(child));
        childId = child->meta.id;
        childUid = child->meta.uid.toString(QUuid::WithoutBraces);

        const int weights[] = {9100, 9350, 9480};
        const int lengths[] = {780, 792, 801};
        for (int i = 0; i < 3; ++i) {
            store::Measurement m;
            m.childId = childId;
            m.date = kToday.addMonths(i - 3);
            m.weight = growth::Grams{weights[i]};
            m.length = growth::Millimetres{lengths[i]};
            m.position = growth::Measure::Lying;
            m.armCircumference = growth::Millimetres{140};
            m.measuredBy = QStringLiteral("Kader Uji");
            m.notes = kMeasurementNote;
            auto saved = store::MeasurementRepository(*db).add(m, kader);
            BOOST_REQUIRE_MESSAGE(saved.ok(), why(saved));
            measurements.push_back(*saved);
        }

        store::Consent consent;
        consent.childId = childId;
        consent.givenOn = kToday.addMonths(-3);
        consent.guardianName = kGuardian;
        consent.relation = store::GuardianRelation::Other;
        consent.forMonitoring = true;
        consent.forReporting = true;
        consent.recordedBy = QStringLiteral("Kader Uji");
        consent.notes = kConsentNote;
        auto given = store::ConsentRepository(*db).add(consent, kader);
        BOOST_REQUIRE_MESSAGE(given.ok(), why(given));

        store::Referral r;
        r.childId = childId;
        r.referredOn = kToday.addDays(-10);
        r.reasons = {QStringLiteral("stunted")};
        r.destination = kDestination;
        r.referredBy = QStringLiteral("Kader Uji");
        r.notes = kReferralNote;
        auto referral = store::ReferralWorkflow(*db).refer(r, kEventNote, kader);
        BOOST_REQUIRE_MESSAGE(referral.ok(), why(referral));

        store::Counselling co;
        co.childId = childId;
        co.counselledOn = kToday.addDays(-10);
        co.topic = QStringLiteral("mp_asi");
        co.counselledBy = QStringLiteral("Kader Uji");
        co.notes = kCounsellingNote;
        auto counselled = store::CounsellingRepository(*db).add(co, kader);
        BOOST_REQUIRE_MESSAGE(counselled.ok(), why(counselled));

        if (withSibling) {
            store::Child s = c;
            s.name = kSibling;
            s.nik.clear();
            s.notes.clear();
            s.sex = growth::Sex::Male;
            s.birthDate = kToday.addMonths(-50);
            auto sibling = store::ChildRepository(*db).add(s, kader);
            BOOST_REQUIRE_MESSAGE(sibling.ok(), why(sibling));
            siblingId = sibling->meta.id;
        }
    }

    // The audit rows of the child's rows and its household's, counted with
    // plain SQL on the file.
    QString auditWhere() const
    {
        const QString id = QString::number(childId);
        return QStringLiteral(
                   "(table_name = 'children' AND row_uid = '%1') OR "
                   "(table_name = 'households' AND row_uid IN (SELECT uid FROM households_readable WHERE id = %2)) OR "
                   "(table_name = 'measurements' AND row_uid IN (SELECT uid FROM measurements_readable WHERE child_id = %3)) OR "
                   "(table_name = 'consents' AND row_uid IN (SELECT uid FROM consents_readable WHERE child_id = %3)) OR "
                   "(table_name = 'referrals' AND row_uid IN (SELECT uid FROM referrals_readable WHERE child_id = %3)) OR "
                   "(table_name = 'referral_events' AND row_uid IN (SELECT e.uid FROM referral_events_readable e JOIN "
                   "referrals r ON r.id = e.referral_id WHERE r.child_id = %3)) OR "
                   "(table_name = 'counselling' AND row_uid IN (SELECT uid FROM counselling_readable WHERE child_id = %3))")
            .arg(childUid, QString::number(household), id);
    }

    Folder folder;
    QString path;
    std::unique_ptr<store::Database> db;
    store::UserId admin = 0;
    store::UserId kader = 0;
    store::UserId gizi = 0;
    store::RowId household = 0;
    store::RowId childId = 0;
    QString childUid;
    store::RowId siblingId = 0;
    std::vector<store::Measurement> measurements;
};

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    BOOST_REQUIRE(p.waitForFinished(30000));
    BOOST_REQUIRE_EQUAL(p.exitCode(), 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

BOOST_AUTO_TEST_SUITE(subject_rights)

BOOST_AUTO_TEST_CASE(the_export_holds_every_row_of_the_child_as_json_and_pdf)
{
    Family f(false);
    const QString out = f.folder.path(QStringLiteral("data-anak"));
    auto files = records::exportChildData(*f.db, as(*f.db, f.gizi), f.childId, out + QStringLiteral(".pdf"));
    BOOST_REQUIRE_MESSAGE(files.ok(), why(files));
    BOOST_TEST(files->json == out + QStringLiteral(".json"));

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readText(files->json), &error);
    BOOST_REQUIRE_MESSAGE(error.error == QJsonParseError::NoError, error.errorString().toStdString());
    const QJsonObject data = doc.object();
    BOOST_TEST(data.value(QStringLiteral("format")).toString() == QStringLiteral("tumbuh-child-data"));
    const QJsonObject child = data.value(QStringLiteral("child")).toObject();
    BOOST_TEST(child.value(QStringLiteral("name")).toString() == kChildName);
    BOOST_TEST(child.value(QStringLiteral("nik")).toString() == kChildNik); // full: the role may see it
    const QJsonObject household = data.value(QStringLiteral("household")).toObject();
    BOOST_TEST(household.value(QStringLiteral("father_nik")).toString() == kFatherNik);
    BOOST_TEST(household.value(QStringLiteral("address")).toString() == kAddress);

    const QString id = QString::number(f.childId);
    const QJsonArray measurements = data.value(QStringLiteral("measurements")).toArray();
    BOOST_TEST(measurements.size() == count(f.path, QStringLiteral("SELECT count(*) FROM measurements WHERE child_id = ") + id));
    BOOST_TEST(data.value(QStringLiteral("consents")).toArray().size()
               == count(f.path, QStringLiteral("SELECT count(*) FROM consents WHERE child_id = ") + id));
    const QJsonArray referrals = data.value(QStringLiteral("referrals")).toArray();
    BOOST_TEST(referrals.size() == count(f.path, QStringLiteral("SELECT count(*) FROM referrals WHERE child_id = ") + id));
    qsizetype events = 0;
    for (const QJsonValue& r : referrals)
        events += r.toObject().value(QStringLiteral("events")).toArray().size();
    BOOST_TEST(events == count(f.path, QStringLiteral("SELECT count(*) FROM referral_events e JOIN referrals r ON "
                                                      "r.id = e.referral_id WHERE r.child_id = ")
                                           + id));
    BOOST_TEST(data.value(QStringLiteral("counselling")).toArray().size()
               == count(f.path, QStringLiteral("SELECT count(*) FROM counselling WHERE child_id = ") + id));
    const qint64 auditRows = count(f.path, QStringLiteral("SELECT count(*) FROM audit_log_readable WHERE ") + f.auditWhere());
    BOOST_TEST(auditRows >= 8); // household, child, 3 measurements, consent, referral + event, counselling
    BOOST_TEST(data.value(QStringLiteral("audit_log")).toArray().size() == auditRows);

    // The z-scores and statuses are the child page's.
    ui::MeasurementHistoryModel page;
    auto stored = store::ChildRepository(*f.db).get(f.childId);
    BOOST_REQUIRE(stored.ok());
    page.setHistory(*stored, f.measurements);
    for (const QJsonValue& v : measurements) {
        const QJsonObject m = v.toObject();
        const int row = page.rowOf(m.value(QStringLiteral("id")).toInteger());
        BOOST_REQUIRE(row >= 0);
        const growth::Assessment& a = page.assessmentAt(row);
        const QJsonObject wfa = m.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("weight_for_age")).toObject();
        BOOST_REQUIRE(a.weightForAge.z.ok());
        BOOST_TEST(wfa.value(QStringLiteral("z")).toDouble() == a.weightForAge.z.z);
        BOOST_REQUIRE(a.weightForAge.category.has_value());
        BOOST_TEST(wfa.value(QStringLiteral("status")).toString()
                   == QString::fromUtf8(growth::labelId(*a.weightForAge.category)));
    }

    const QString text = pdfText(files->pdf);
    BOOST_TEST(text.contains(kChildName));
    BOOST_TEST(text.contains(kChildNik));
    for (const store::Measurement& m : f.measurements) {
        const QString weight = QLocale(QLocale::Indonesian).toString(m.weight->value / 1000.0, 'f', 2);
        BOOST_TEST_CONTEXT(weight.toStdString())
        BOOST_TEST(text.contains(weight));
    }
}

BOOST_AUTO_TEST_CASE(a_kader_may_not_export_a_childs_data)
{
    Family f(false);
    const QString out = f.folder.path(QStringLiteral("data-anak"));
    auto files = records::exportChildData(*f.db, as(*f.db, f.kader), f.childId, out);
    BOOST_REQUIRE(!files.ok());
    BOOST_TEST((files.error().code == store::ErrorCode::NotAllowed));
    BOOST_TEST(files.error().message == store::refusalText(Role::Kader, Permission::ExportChildData));
    BOOST_TEST(!QFile::exists(out + QStringLiteral(".pdf")));
    BOOST_TEST(!QFile::exists(out + QStringLiteral(".json")));
}

BOOST_AUTO_TEST_CASE(anonymising_leaves_no_identifying_text_in_the_file)
{
    Family f(false);
    const qint64 measurementsBefore = records::test::rows(f.path, QStringLiteral("measurements"));
    const qint64 childrenBefore = records::test::rows(f.path, QStringLiteral("children"), true);
    const QString posyanduCount = QStringLiteral(
        "SELECT count(*) FROM children WHERE deleted_at IS NULL AND posyandu_id = (SELECT min(id) FROM posyandu)");
    const qint64 inPosyanduBefore = count(f.path, posyanduCount);
    // Every secret is in the file before.
    {
        const QByteArray before = fileBytes(f.path) + fileBytes(f.path + QStringLiteral("-wal"));
        BOOST_REQUIRE(before.contains(kChildName.toUtf8()));
    }

    // Debian's SQLite zeroes freed space by default; other builds do not.
    // The anonymiser must turn it on itself.
    QSqlQuery(f.db->connection()).exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    auto done = records::anonymiseChild(*f.db, as(*f.db, f.admin), f.childId);
    BOOST_REQUIRE_MESSAGE(done.ok(), why(done));
    BOOST_TEST(done->name == QStringLiteral("Anak anonim ") + f.childUid.left(8));
    BOOST_TEST(done->householdCleared);
    BOOST_TEST(done->logEmptied);
    // secure_delete and the checkpoint: gone from the file and its log even
    // before anyone runs VACUUM.
    {
        const QByteArray now = fileBytes(f.path) + fileBytes(f.path + QStringLiteral("-wal"));
        for (const QString& secret : secrets())
            BOOST_TEST_CONTEXT("before VACUUM: " + secret.toStdString())
        BOOST_TEST(!now.contains(secret.toUtf8()));
    }
    f.db.reset();
    rawExec(f.path, "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);");

    const QByteArray bytes = fileBytes(f.path) + fileBytes(f.path + QStringLiteral("-wal"));
    BOOST_REQUIRE(bytes.size() > 4096);
    for (const QString& secret : secrets())
        BOOST_TEST_CONTEXT(secret.toStdString())
    BOOST_TEST(!bytes.contains(secret.toUtf8()));

    BOOST_TEST(records::test::rows(f.path, QStringLiteral("measurements")) == measurementsBefore);
    BOOST_TEST(records::test::rows(f.path, QStringLiteral("children"), true) == childrenBefore);
    BOOST_TEST(count(f.path, posyanduCount) == inPosyanduBefore);
    BOOST_TEST(queryLines(f.path, QStringLiteral("SELECT name, nik, mother_name, notes, birth_date, sex FROM children_readable "
                                                 "WHERE id = %1")
                                      .arg(f.childId))
               == QStringList{QStringLiteral("%1|<null>|<null>|<null>|%2|2").arg(done->name, kToday.addMonths(-20).toString(Qt::ISODate))});
    // RT/RW and kelurahan stay for counts by area.
    BOOST_TEST(queryLines(f.path, QStringLiteral("SELECT rt, rw, kelurahan, address FROM households WHERE id = %1")
                                      .arg(f.household))
               == QStringList{QStringLiteral("003|018|Sungai Pinang Dalam|<null>")});
}

BOOST_AUTO_TEST_CASE(a_sibling_keeps_the_household)
{
    Family f(true);
    const QString household = QStringLiteral("SELECT * FROM households WHERE id = %1").arg(f.household);
    const QStringList before = queryLines(f.path, household);
    auto done = records::anonymiseChild(*f.db, as(*f.db, f.admin), f.childId);
    BOOST_REQUIRE_MESSAGE(done.ok(), why(done));
    BOOST_TEST(!done->householdCleared);
    BOOST_TEST(queryLines(f.path, household) == before);
    BOOST_TEST(queryLines(f.path, QStringLiteral("SELECT household_id IS NULL FROM children WHERE id = %1").arg(f.childId))
               == QStringList{QStringLiteral("1")});
    BOOST_TEST(queryLines(f.path, QStringLiteral("SELECT name, household_id FROM children WHERE id = %1").arg(f.siblingId))
               == QStringList{QStringLiteral("%1|%2").arg(kSibling).arg(f.household)});
    f.db.reset();
    rawExec(f.path, "VACUUM; PRAGMA wal_checkpoint(TRUNCATE);");
    const QByteArray bytes = fileBytes(f.path) + fileBytes(f.path + QStringLiteral("-wal"));
    for (const QString& secret : {kChildName, kChildNik, kGuardian, kMeasurementNote, kEventNote})
        BOOST_TEST_CONTEXT(secret.toStdString())
    BOOST_TEST(!bytes.contains(secret.toUtf8()));
}

BOOST_AUTO_TEST_CASE(kader_and_nutritionist_may_not_anonymise)
{
    Family f(false);
    const QByteArray before = contentHash(f.path, true);
    for (const store::UserId who : {f.kader, f.gizi}) {
        const store::SignedInUser user = as(*f.db, who);
        auto refused = records::anonymiseChild(*f.db, user, f.childId);
        BOOST_REQUIRE(!refused.ok());
        BOOST_TEST((refused.error().code == store::ErrorCode::NotAllowed));
        BOOST_TEST(refused.error().message == store::refusalText(user.role, Permission::Anonymise));
    }
    BOOST_TEST(contentHash(f.path, true) == before);
}

BOOST_AUTO_TEST_CASE(the_audit_rows_are_redacted_and_one_says_who_anonymised)
{
    Family f(false);
    const QString where = f.auditWhere();
    const qint64 audited = count(f.path, QStringLiteral("SELECT count(*) FROM audit_log_readable WHERE ") + where);
    const qint64 maxId = count(f.path, QStringLiteral("SELECT max(id) FROM audit_log"));
    auto done = records::anonymiseChild(*f.db, as(*f.db, f.admin), f.childId);
    BOOST_REQUIRE_MESSAGE(done.ok(), why(done));
    BOOST_TEST(done->auditRowsRedacted == audited);
    BOOST_TEST(count(f.path, QStringLiteral("SELECT count(*) FROM audit_log_readable WHERE id <= %1 AND (%2) AND redacted = 1 "
                                            "AND before_json IS NULL AND after_json IS NULL")
                                 .arg(maxId)
                                 .arg(where))
               == audited);
    const QStringList added = queryLines(f.path, QStringLiteral("SELECT user_id, table_name, row_uid, action, after_json FROM audit_log_readable "
                                                                "WHERE id > %1")
                                                     .arg(maxId));
    BOOST_REQUIRE_EQUAL(added.size(), 1);
    BOOST_TEST(added.first().startsWith(QStringLiteral("%1|children|%2|update|").arg(f.admin).arg(f.childUid)));
    BOOST_TEST(added.first().contains(QStringLiteral("anonymised")));
    BOOST_TEST(!added.first().contains(kChildName));

    // The trigger still refuses every other change of the log.
    const QString redactedId = QString::number(
        count(f.path, QStringLiteral("SELECT min(id) FROM audit_log WHERE redacted = 1")));
    for (const QString& sql :
         {QStringLiteral("UPDATE audit_log SET redacted = 0 WHERE id = %1"),
          QStringLiteral("UPDATE audit_log SET after_json = '{}' WHERE id = %1"),
          QStringLiteral("UPDATE audit_log SET action = 'delete' WHERE id = %1"),
          QStringLiteral("UPDATE audit_log SET user_id = NULL WHERE id = (SELECT max(id) FROM audit_log) OR id = %1"),
          QStringLiteral("DELETE FROM audit_log WHERE id = %1")}) {
        QSqlQuery q(f.db->connection());
        BOOST_TEST_CONTEXT(sql.toStdString())
        BOOST_TEST(!q.exec(sql.arg(redactedId)));
    }
    BOOST_TEST(count(f.path, QStringLiteral("SELECT count(*) FROM audit_log WHERE redacted = 1 AND action = 'delete'")) == 0);
}

BOOST_AUTO_TEST_CASE(the_child_page_refuses_a_kader_and_anonymises_for_an_admin)
{
    Family f(false);
    ui::DataNotifier notifier;
    ui::CommandStack commands(&notifier);
    struct Told {
        QString text;
        bool problem = false;
    };

    // A kader: the button answers with the role table's refusal, no question asked.
    {
        ui::ChildPage page(*f.db, notifier, commands, f.kader);
        page.show();
        page.showChild(f.childId);
        ui::ChildRightsActions* rights = page.rights();
        std::vector<Told> told;
        int asked = 0;
        rights->setInform([&told](const QString&, const QString& text, bool problem) { told.push_back({text, problem}); });
        rights->setConfirm([&asked](const QString&, const QString&) {
            ++asked;
            return QStringLiteral("ANONIMKAN");
        });
        rights->setChooseFile([&f](const QString&) { return f.folder.path(QStringLiteral("kader.pdf")); });
        const QByteArray before = contentHash(f.path, true);
        rights->anonymiseButton()->click();
        rights->exportButton()->click();
        BOOST_TEST(asked == 0);
        BOOST_REQUIRE_EQUAL(told.size(), 2u);
        BOOST_TEST(told[0].text == store::refusalText(Role::Kader, Permission::Anonymise));
        BOOST_TEST(told[1].text == store::refusalText(Role::Kader, Permission::ExportChildData));
        BOOST_TEST(told[0].problem);
        BOOST_TEST(contentHash(f.path, true) == before);
        BOOST_TEST(!QFile::exists(f.folder.path(QStringLiteral("kader.pdf"))));
        BOOST_TEST(page.profile()->nameLabel()->text().contains(kChildName));
    }

    // An admin: a wrong answer changes nothing; ANONIMKAN anonymises and the
    // page shows the anonymous name; the export then writes both files.
    ui::ChildPage page(*f.db, notifier, commands, f.admin);
    page.show();
    page.showChild(f.childId);
    ui::ChildRightsActions* rights = page.rights();
    std::vector<Told> told;
    QString answer = QStringLiteral("Zulaikha");
    QString question;
    rights->setInform([&told](const QString&, const QString& text, bool problem) { told.push_back({text, problem}); });
    rights->setConfirm([&](const QString&, const QString& text) {
        question = text;
        return answer;
    });
    const QByteArray before = contentHash(f.path, true);
    rights->anonymiseButton()->click();
    BOOST_TEST(question.contains(kChildName));
    BOOST_TEST(question.contains(QStringLiteral("ANONIMKAN")));
    BOOST_REQUIRE_EQUAL(told.size(), 1u);
    BOOST_TEST(told[0].problem);
    BOOST_TEST(contentHash(f.path, true) == before);

    answer = QStringLiteral("ANONIMKAN");
    rights->anonymiseButton()->click();
    BOOST_REQUIRE_EQUAL(told.size(), 2u);
    BOOST_TEST(!told[1].problem);
    const QString anonymous = QStringLiteral("Anak anonim ") + f.childUid.left(8);
    BOOST_TEST(told[1].text.contains(anonymous));
    BOOST_TEST(page.profile()->nameLabel()->text().contains(anonymous));
    BOOST_TEST(!page.profile()->nameLabel()->text().contains(kChildName));

    const QString out = f.folder.path(QStringLiteral("setelah"));
    rights->setChooseFile([&out](const QString&) { return out + QStringLiteral(".pdf"); });
    rights->exportButton()->click();
    BOOST_REQUIRE_EQUAL(told.size(), 3u);
    BOOST_TEST(!told[2].problem);
    BOOST_TEST(QFile::exists(out + QStringLiteral(".pdf")));
    BOOST_TEST(!readText(out + QStringLiteral(".json")).contains(kChildName.toUtf8()));
}

BOOST_AUTO_TEST_SUITE_END()
