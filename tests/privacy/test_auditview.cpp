// The audit log, readable (issue 12 point 5): the filters of the query each
// return the rows a plain SQL reading of the file says they should, the words
// of a change name exactly what changed, paging reads every row once, the CSV
// has one line per row and parses back, a kader is refused, and the log stays
// append-only (the one redaction allowed once). Real SQLite files, real
// widgets on the offscreen platform.
#include "csv/csvreader.h"
#include "records/audit/auditcsv.h"
#include "records/audit/auditquery.h"
#include "records/audit/auditwords.h"
#include "store/access.h"
#include "store/auditlog.h"
#include "store/childrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/measurementrepository.h"
#include "store/posyandurepository.h"
#include "store/signin.h"
#include "store/sqlutil.h"
#include "store/userrepository.h"
#include "support/recordsfixture.h"
#include "ui/audit/auditdialog.h"
#include "ui/audit/audittablemodel.h"
#include "ui/core/commandstack.h"
#include "ui/core/datanotifier.h"
#include "ui/mainwindow.h"
#include "ui/settings/appsettings.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QTemporaryDir>

#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <set>
#include <string>

using namespace tumbuh;
using records::AuditFilter;
using records::test::queryLines;
using records::test::rawExec;

namespace {

const QString kMotherNik = QStringLiteral("6471015001900001");

// A file with changes by two users (an admin and a kader) and one row of the
// program itself.
struct AuditFile {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<store::Database> db;
    store::UserId admin = 0;
    store::UserId kader = 0;
    store::RowId posyandu = 0;
    store::Household household;
    store::Child rani; // in the household; measured twice
    store::Child bayu;
    store::Measurement raniWeighing;
    store::Measurement bayuWeighing;

    AuditFile()
    {
        BOOST_REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("kota.db"));
        auto opened = store::Database::open(path);
        BOOST_REQUIRE_MESSAGE(opened.ok(), records::test::why(opened));
        db = std::move(opened).value();
        db->setToday(QDate(2024, 6, 15));
        admin = addUser(QStringLiteral("Ani Admin"), store::Role::Admin);
        kader = addUser(QStringLiteral("Budi Kader"), store::Role::Kader);

        store::Posyandu p;
        p.name = QStringLiteral("Posyandu Mawar");
        p.rw = QStringLiteral("018");
        p.kelurahan = QStringLiteral("Kelurahan Contoh");
        auto pr = store::PosyanduRepository(*db).add(p, admin);
        BOOST_REQUIRE(pr.ok());
        posyandu = pr->meta.id;

        store::Household h;
        h.posyanduId = posyandu;
        h.address = QStringLiteral("Jl. Contoh 1");
        h.motherName = QStringLiteral("Ibu Contoh");
        h.motherNik = kMotherNik;
        auto hr = store::HouseholdRepository(*db).add(h, admin);
        BOOST_REQUIRE_MESSAGE(hr.ok(), records::test::why(hr));
        household = *hr;

        rani = addChild(QStringLiteral("Rani Contoh"), household.meta.id, admin);
        bayu = addChild(QStringLiteral("Bayu Contoh"), std::nullopt, kader);
        raniWeighing = weigh(rani.meta.id, 8500, kader);
        bayuWeighing = weigh(bayu.meta.id, 9100, kader);
        // The admin corrects the kader's weighing.
        store::Measurement corrected = raniWeighing;
        corrected.weight = growth::Grams{8600};
        auto updated = store::MeasurementRepository(*db).update(corrected, admin);
        BOOST_REQUIRE_MESSAGE(updated.ok(), records::test::why(updated));
        raniWeighing = *updated;
        auto program = store::AuditLog(*db).record(0, QStringLiteral("demo"), QUuid(), store::AuditAction::BulkInsert, {},
                                                   QJsonObject{{QStringLiteral("children"), 2}});
        BOOST_REQUIRE(program.ok());
    }

    store::UserId addUser(const QString& name, store::Role role)
    {
        auto u = store::UserRepository(*db).add(store::User{{}, name, role, true, std::nullopt}, admin);
        BOOST_REQUIRE_MESSAGE(u.ok(), records::test::why(u));
        return u->meta.id;
    }

    store::Child addChild(const QString& name, std::optional<store::RowId> householdId, store::UserId who)
    {
        store::Child c;
        c.name = name;
        c.sex = growth::Sex::Male;
        c.birthDate = QDate(2023, 5, 1);
        c.motherName = QStringLiteral("Ibu Contoh");
        c.posyanduId = posyandu;
        c.householdId = householdId;
        auto r = store::ChildRepository(*db).add(c, who);
        BOOST_REQUIRE_MESSAGE(r.ok(), records::test::why(r));
        return *r;
    }

    store::Measurement weigh(store::RowId childId, int grams, store::UserId who)
    {
        store::Measurement m;
        m.childId = childId;
        m.date = QDate(2024, 6, 10);
        m.weight = growth::Grams{grams};
        m.length = growth::Millimetres{723};
        m.position = growth::Measure::Lying;
        auto r = store::MeasurementRepository(*db).add(m, who);
        BOOST_REQUIRE_MESSAGE(r.ok(), records::test::why(r));
        return *r;
    }

    store::SignedInUser signedIn(store::UserId id) const
    {
        auto u = store::UserRepository(*db).get(id);
        BOOST_REQUIRE(u.ok());
        return store::SignedInUser{u->meta.id, u->name, u->role, u->posyanduId};
    }

    // Every row of the filter, page after page.
    std::vector<records::AuditRow> read(const AuditFilter& filter, int pageSize = records::AuditQuery::kPageSize) const
    {
        records::AuditQuery q(*db, filter);
        std::vector<records::AuditRow> all;
        while (!q.atEnd()) {
            auto page = q.nextPage(pageSize);
            BOOST_REQUIRE_MESSAGE(page.ok(), records::test::why(page));
            all.insert(all.end(), page->begin(), page->end());
        }
        return all;
    }

    // The ids a plain SQL reading of the file gives for `where`.
    std::set<qint64> expected(const QString& where) const
    {
        std::set<qint64> ids;
        // Through the view: uids and moments as text (schema 5 stores them as
        // a blob and milliseconds).
        for (const QString& line : queryLines(path, QStringLiteral("SELECT id FROM audit_log_readable WHERE ") + where))
            ids.insert(line.toLongLong());
        return ids;
    }
};

std::set<qint64> idsOf(const std::vector<records::AuditRow>& rows)
{
    std::set<qint64> ids;
    for (const records::AuditRow& r : rows)
        ids.insert(r.entry.id);
    return ids;
}

// Newest first: (time, id) never increases from one row to the next.
bool newestFirst(const std::vector<records::AuditRow>& rows)
{
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto& a = rows[i - 1].entry;
        const auto& b = rows[i].entry;
        if (a.at < b.at || (a.at == b.at && a.id < b.id))
            return false;
    }
    return true;
}

QString uidText(const QUuid& uid)
{
    return store::sql::uidText(uid);
}

} // namespace

BOOST_AUTO_TEST_SUITE(audit_view)

BOOST_AUTO_TEST_CASE(each_filter_returns_the_rows_of_the_file_that_match_it)
{
    AuditFile f;
    // Three rows of an earlier day, around local midnight (the date filter
    // takes local dates).
    const auto at = [](int day, int hour, int minute) {
        return QString::number(store::sql::timestampMs(QDateTime(QDate(2024, 3, day), QTime(hour, minute))));
    };
    rawExec(f.path, QStringLiteral("INSERT INTO audit_log (uid, created_at, user_id, table_name, row_uid, action, after_json) VALUES"
                                   " (X'000000000000000000000000000A0001', %1, %4, 'children', NULL, 'insert', '{}'),"
                                   " (X'000000000000000000000000000A0002', %2, %4, 'children', NULL, 'insert', '{}'),"
                                   " (X'000000000000000000000000000A0003', %3, %4, 'children', NULL, 'insert', '{}'),"
                                   " (X'000000000000000000000000000A0004', %5, %4, 'children', NULL, 'insert', '{}')")
                        .arg(at(9, 23, 30), at(10, 0, 30), at(10, 23, 59), QString::number(f.kader), at(11, 0, 0))
                        .toUtf8());

    const auto check = [&f](const AuditFilter& filter, const QString& where) {
        const auto rows = f.read(filter, 3); // small pages: the keyset is crossed many times
        const std::set<qint64> want = f.expected(where);
        BOOST_TEST_CONTEXT(where.toStdString())
        {
            BOOST_TEST(!want.empty());
            BOOST_TEST(rows.size() == want.size());
            BOOST_TEST((idsOf(rows) == want));
            BOOST_TEST(newestFirst(rows));
        }
    };

    BOOST_TEST(f.read({}).size() == f.expected(QStringLiteral("1")).size());
    AuditFilter byAdmin;
    byAdmin.who = AuditFilter::Who::User;
    byAdmin.userId = f.admin;
    check(byAdmin, QStringLiteral("user_id = %1").arg(f.admin));
    AuditFilter byKader = byAdmin;
    byKader.userId = f.kader;
    check(byKader, QStringLiteral("user_id = %1").arg(f.kader));
    AuditFilter program;
    program.who = AuditFilter::Who::Program;
    check(program, QStringLiteral("user_id IS NULL"));
    AuditFilter measurements;
    measurements.table = QStringLiteral("measurements");
    check(measurements, QStringLiteral("table_name = 'measurements'"));
    AuditFilter kaderMeasurements = byKader;
    kaderMeasurements.table = QStringLiteral("measurements");
    check(kaderMeasurements, QStringLiteral("table_name = 'measurements' AND user_id = %1").arg(f.kader));

    // Rani: her own row, her weighing (added by the kader, changed by the
    // admin) and her household; nothing of Bayu's.
    AuditFilter rani;
    rani.childId = f.rani.meta.id;
    check(rani, QStringLiteral("row_uid IN ('%1', '%2', '%3')")
                    .arg(uidText(f.rani.meta.uid), uidText(f.raniWeighing.meta.uid), uidText(f.household.meta.uid)));
    const auto raniRows = f.read(rani);
    BOOST_TEST(raniRows.size() == 4u); // child insert, household insert, weighing insert and update
    for (const auto& r : raniRows) {
        BOOST_TEST(r.childName.contains(QStringLiteral("Rani Contoh")));
        BOOST_TEST(r.entry.rowUid != f.bayu.meta.uid);
    }

    AuditFilter day;
    day.from = QDate(2024, 3, 10);
    day.to = QDate(2024, 3, 10);
    check(day, QStringLiteral("uid IN ('00000000-0000-0000-0000-0000000a0002', '00000000-0000-0000-0000-0000000a0003')"));
    AuditFilter fromDay;
    fromDay.from = QDate(2024, 3, 11);
    fromDay.to = QDate(2024, 3, 11);
    check(fromDay, QStringLiteral("uid = '00000000-0000-0000-0000-0000000a0004'"));

    // The dialog's filters give the same rows.
    ui::AuditDialog dialog(*f.db, f.signedIn(f.admin));
    dialog.setUserFilter(AuditFilter::Who::User, f.kader);
    dialog.setTableFilter(QStringLiteral("measurements"));
    BOOST_TEST(dialog.model()->rowCount() == static_cast<int>(f.expected(QStringLiteral("table_name = 'measurements' AND user_id = %1").arg(f.kader)).size()));
    dialog.setTableFilter(QString());
    dialog.setUserFilter(AuditFilter::Who::Anyone);
    dialog.setChildFilter(f.rani.meta.id, QStringLiteral("Rani Contoh"));
    BOOST_TEST(dialog.model()->rowCount() == 4);
    for (int i = 0; i < dialog.model()->rowCount(); ++i)
        BOOST_TEST(dialog.model()->index(i, ui::AuditTableModel::Child).data().toString() == QStringLiteral("Rani Contoh"));
}

BOOST_AUTO_TEST_CASE(an_update_names_exactly_the_changed_fields_with_old_and_new_values)
{
    AuditFile f;
    const records::AuditWords words(f.signedIn(f.admin));

    // The admin's correction of the weighing: only the weight changed.
    auto history = store::AuditLog(*f.db).forRow(QStringLiteral("measurements"), f.raniWeighing.meta.uid);
    BOOST_REQUIRE(history.ok());
    BOOST_REQUIRE(history->size() == 2u);
    BOOST_TEST(words.lines(history->at(1), false) == QStringList{QStringLiteral("Berat badan: 8,5 kg → 8,6 kg")});

    // Two fields of the child: its name and its sex, and nothing else.
    store::Child changed = f.bayu;
    changed.name = QStringLiteral("Bayu Baru");
    changed.sex = growth::Sex::Female;
    auto saved = store::ChildRepository(*f.db).update(changed, f.kader);
    BOOST_REQUIRE_MESSAGE(saved.ok(), records::test::why(saved));
    auto childHistory = store::AuditLog(*f.db).forRow(QStringLiteral("children"), f.bayu.meta.uid);
    BOOST_REQUIRE(childHistory.ok());
    const QStringList expected{QStringLiteral("Nama: Bayu Contoh → Bayu Baru"),
                               QStringLiteral("Jenis kelamin: Laki-laki → Perempuan")};
    BOOST_TEST(words.lines(childHistory->back(), false) == expected);
    BOOST_TEST(records::AuditWords::tableNoun(QStringLiteral("children")) == QStringLiteral("Anak"));
    BOOST_TEST(records::AuditWords::actionWord(store::AuditAction::Update) == QStringLiteral("diubah"));

    // The length in centimetres, a date as dd-MM-yyyy.
    store::Measurement remeasured = f.bayuWeighing;
    remeasured.length = growth::Millimetres{731};
    remeasured.date = QDate(2024, 6, 11);
    auto m = store::MeasurementRepository(*f.db).update(remeasured, f.kader);
    BOOST_REQUIRE_MESSAGE(m.ok(), records::test::why(m));
    auto mHistory = store::AuditLog(*f.db).forRow(QStringLiteral("measurements"), f.bayuWeighing.meta.uid);
    BOOST_REQUIRE(mHistory.ok());
    const QStringList lengthLines{QStringLiteral("Panjang/tinggi badan: 72,3 cm → 73,1 cm"),
                                  QStringLiteral("Tanggal pengukuran: 10-06-2024 → 11-06-2024")};
    BOOST_TEST(words.lines(mHistory->back(), false) == lengthLines);

    // A NIK as the viewer may see it: full for the admin, masked for a kader.
    store::Household h = f.household;
    h.motherNik = QStringLiteral("6471015001900002");
    auto hs = store::HouseholdRepository(*f.db).update(h, f.admin);
    BOOST_REQUIRE_MESSAGE(hs.ok(), records::test::why(hs));
    auto hHistory = store::AuditLog(*f.db).forRow(QStringLiteral("households"), f.household.meta.uid);
    BOOST_REQUIRE(hHistory.ok());
    const QString forAdmin = words.summary(hHistory->back(), false);
    BOOST_TEST(forAdmin.contains(kMotherNik));
    const records::AuditWords kaderWords(f.signedIn(f.kader));
    const QString forKader = kaderWords.summary(hHistory->back(), false);
    BOOST_TEST(!store::containsFullNik(forKader));
    BOOST_TEST(forKader.contains(QStringLiteral("6471••••••••0001 → 6471••••••••0002")));
    BOOST_TEST(!store::containsFullNik(QString::fromUtf8(QJsonDocument(kaderWords.shown(hHistory->back(), hHistory->back().after)).toJson())));

    // The PIN rows say what happened to the PIN, nothing more.
    store::SignIn signIn(*f.db);
    BOOST_REQUIRE(signIn.setPin(f.kader, QStringLiteral("135790"), f.kader).ok());
    BOOST_REQUIRE(signIn.setPin(f.kader, QStringLiteral("246801"), f.admin).ok());
    auto kaderRow = store::UserRepository(*f.db).get(f.kader);
    BOOST_REQUIRE(kaderRow.ok());
    auto pins = store::AuditLog(*f.db).forRow(QStringLiteral("users"), kaderRow->meta.uid);
    BOOST_REQUIRE(pins.ok());
    BOOST_REQUIRE(pins->size() >= 2u);
    BOOST_TEST(words.lines(pins->at(pins->size() - 2), false) == QStringList{QStringLiteral("PIN dibuat")});
    BOOST_TEST(words.lines(pins->back(), false) == QStringList{QStringLiteral("PIN diatur ulang")});

    // A confidential (kekerasan) referral: its reasons, destination and notes
    // are never written out, in words or in the CSV's JSON.
    store::AuditEntry secret;
    secret.table = QStringLiteral("referrals");
    secret.action = store::AuditAction::Insert;
    secret.after = QJsonObject{{QStringLiteral("reasons"), QJsonArray{QStringLiteral("kekerasan")}},
                               {QStringLiteral("destination"), QStringLiteral("UPTD PPA Kota")},
                               {QStringLiteral("notes"), QStringLiteral("Memar di lengan")},
                               {QStringLiteral("referred_on"), QStringLiteral("2024-06-10")}};
    const QString secretWords = words.summary(secret, false);
    BOOST_TEST(secretWords.contains(QStringLiteral("10-06-2024")));
    for (const QString& hidden : {QStringLiteral("kekerasan"), QStringLiteral("UPTD PPA"), QStringLiteral("Memar")}) {
        BOOST_TEST(!secretWords.contains(hidden));
        BOOST_TEST(!QString::fromUtf8(QJsonDocument(words.shown(secret, secret.after)).toJson()).contains(hidden));
    }

    // The dialog's detail pane shows the change of the chosen row.
    ui::AuditDialog dialog(*f.db, f.signedIn(f.admin));
    dialog.setTableFilter(QStringLiteral("measurements"));
    dialog.setUserFilter(AuditFilter::Who::User, f.admin);
    BOOST_REQUIRE(dialog.model()->rowCount() == 1);
    dialog.selectRow(0);
    BOOST_TEST(dialog.detailText().contains(QStringLiteral("Berat badan: 8,5 kg → 8,6 kg")));
}

BOOST_AUTO_TEST_CASE(paging_reads_every_row_exactly_once)
{
    AuditFile f;
    // 5,000 rows more, 40 of them at each instant: pages end inside runs of
    // equal times.
    rawExec(f.path, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
                    " INSERT INTO audit_log (uid, created_at, user_id, table_name, row_uid, action, after_json)"
                    // 1704067200000 = 2024-01-01T00:00:00Z (schema 5: milliseconds)
                    " SELECT randomblob(16), 1704067200000 + (i / 40) * 1000,"
                    " NULL, 'children', NULL, 'insert', '{}' FROM n");
    const std::set<qint64> all = f.expected(QStringLiteral("1"));
    BOOST_REQUIRE(all.size() > 5000u);
    for (int pageSize : {records::AuditQuery::kPageSize, 7}) {
        const auto rows = f.read({}, pageSize);
        BOOST_TEST(rows.size() == all.size());
        BOOST_TEST((idsOf(rows) == all)); // with the size: each exactly once
        BOOST_TEST(newestFirst(rows));
    }

    // The model fetches page after page as the view asks.
    ui::AuditTableModel model(*f.db, records::AuditWords(f.signedIn(f.admin)));
    BOOST_REQUIRE(model.setFilter({}));
    BOOST_TEST(model.rowCount() == records::AuditQuery::kPageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    BOOST_TEST(model.rowCount() == static_cast<int>(all.size()));

    // Each page walks an index in the time order: no sort of the whole log.
    for (const AuditFilter& filter : {AuditFilter{}, AuditFilter{AuditFilter::Who::User, f.kader, {}, {}, {}, {}},
                                      AuditFilter{AuditFilter::Who::Anyone, 0, {}, {}, QDate(2024, 1, 1), QDate(2024, 1, 2)}}) {
        records::AuditQuery q(*f.db, filter);
        for (bool after : {false, true}) {
            QString sqlText = q.statement(after);
            const QVariantList values = q.values(after);
            for (const QVariant& v : values)
                sqlText.replace(sqlText.indexOf(QLatin1Char('?')), 1,
                                v.isNull()                         ? QStringLiteral("NULL")
                                : v.typeId() == QMetaType::QString ? QStringLiteral("'%1'").arg(v.toString())
                                                                   : v.toString());
            sqlText.replace(sqlText.lastIndexOf(QLatin1Char('?')), 1, QStringLiteral("200"));
            const QString plan = queryLines(f.path, QStringLiteral("EXPLAIN QUERY PLAN ") + sqlText).join(QLatin1Char('\n'));
            BOOST_TEST_CONTEXT(plan.toStdString())
            {
                BOOST_TEST(plan.contains(QStringLiteral("INDEX audit_log_")));
                BOOST_TEST(!plan.contains(QStringLiteral("TEMP B-TREE")));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(the_csv_has_one_line_per_matching_row_and_parses_back)
{
    AuditFile f;
    AuditFilter byKader;
    byKader.who = AuditFilter::Who::User;
    byKader.userId = f.kader;
    const std::set<qint64> want = f.expected(QStringLiteral("user_id = %1").arg(f.kader));
    std::set<QString> wantUids;
    for (const QString& line : queryLines(f.path, QStringLiteral("SELECT coalesce(row_uid, '') FROM audit_log_readable WHERE user_id = %1").arg(f.kader)))
        wantUids.insert(line);

    ui::AuditDialog dialog(*f.db, f.signedIn(f.admin));
    dialog.setUserFilter(AuditFilter::Who::User, f.kader);
    const QString out = f.dir.filePath(QStringLiteral("log audit.csv"));
    auto written = dialog.exportTo(out);
    BOOST_REQUIRE_MESSAGE(written.ok(), records::test::why(written));
    BOOST_TEST(*written == static_cast<qint64>(want.size()));

    csv::CsvReader reader{std::filesystem::path(out.toStdString())};
    BOOST_REQUIRE(reader.next());
    const auto header = reader.fields();
    BOOST_REQUIRE(header.size() == 9u);
    BOOST_TEST(std::string(header[0]) == "waktu_utc");
    BOOST_TEST(std::string(header[8]) == "after_json");
    std::set<QString> uids;
    std::size_t lines = 0;
    while (reader.next()) {
        const auto row = reader.fields();
        BOOST_REQUIRE(row.size() == 9u);
        ++lines;
        BOOST_TEST(std::string(row[1]) == "Budi Kader");
        BOOST_TEST(QDateTime::fromString(QString::fromStdString(std::string(row[0])), Qt::ISODateWithMs).isValid());
        uids.insert(QString::fromStdString(std::string(row[3])));
        if (!row[8].empty())
            BOOST_TEST(QJsonDocument::fromJson(QByteArray::fromStdString(std::string(row[8]))).isObject());
    }
    BOOST_TEST((reader.error() == csv::ReadError::None));
    BOOST_TEST(lines == want.size());
    BOOST_TEST((uids == wantUids));

    // The database itself is never an output.
    auto refused = dialog.exportTo(f.path);
    BOOST_TEST(!refused.ok());
}

BOOST_AUTO_TEST_CASE(a_kader_is_refused_the_audit_log)
{
    AuditFile f;
    const store::SignedInUser kader = f.signedIn(f.kader);
    BOOST_TEST(!kader.may(store::Permission::ViewAudit));

    // The export refuses, and writes nothing.
    ui::AuditDialog dialog(*f.db, kader);
    const QString out = f.dir.filePath(QStringLiteral("audit.csv"));
    auto written = dialog.exportTo(out);
    BOOST_REQUIRE(!written.ok());
    BOOST_TEST((written.error().code == store::ErrorCode::NotAllowed));
    BOOST_TEST(written.error().message == store::refusalText(store::Role::Kader, store::Permission::ViewAudit));
    BOOST_TEST(!QFile::exists(out));

    // The window: the action is disabled with the refusal as its tooltip, and
    // refused with the message when triggered anyway.
    QTemporaryDir settingsDir;
    ui::AppSettings settings(settingsDir.filePath(QStringLiteral("tumbuh.ini")));
    ui::DataNotifier notifier;
    ui::CommandStack commands(&notifier);
    ui::MainWindow window(*f.db, settings, notifier, commands, f.kader, nullptr);
    BOOST_TEST(!window.auditAction()->isEnabled());
    BOOST_TEST(window.auditAction()->toolTip() == store::refusalText(store::Role::Kader, store::Permission::ViewAudit));
    QStringList shown;
    window.setDialogRunner([&shown](QDialog& d) {
        if (auto* box = qobject_cast<QMessageBox*>(&d))
            shown << box->text();
        else
            shown << QStringLiteral("dialog");
    });
    window.showAuditLog();
    BOOST_TEST(shown == QStringList{store::refusalText(store::Role::Kader, store::Permission::ViewAudit)});

    // The admin's window opens the dialog.
    ui::MainWindow adminWindow(*f.db, settings, notifier, commands, f.admin, nullptr);
    BOOST_TEST(adminWindow.auditAction()->isEnabled());
    shown.clear();
    adminWindow.setDialogRunner([&shown](QDialog& d) {
        shown << (qobject_cast<ui::AuditDialog*>(&d) ? QStringLiteral("audit") : QStringLiteral("other"));
    });
    adminWindow.showAuditLog();
    BOOST_TEST(shown == QStringList{QStringLiteral("audit")});
}

BOOST_AUTO_TEST_CASE(the_log_stays_append_only_and_a_row_is_redacted_once)
{
    AuditFile f;
    const QString first = queryLines(f.path, QStringLiteral("SELECT min(id) FROM audit_log WHERE before_json IS NOT NULL OR after_json IS NOT NULL")).value(0);
    BOOST_REQUIRE(!first.isEmpty());
    const auto run = [&f](const QString& sqlText) { return store::sql::exec(*f.db, sqlText).ok(); };

    BOOST_TEST(!run(QStringLiteral("UPDATE audit_log SET after_json = '{}' WHERE id = %1").arg(first)));
    BOOST_TEST(!run(QStringLiteral("UPDATE audit_log SET user_id = NULL WHERE id = %1").arg(first)));
    BOOST_TEST(!run(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(first)));
    // The redaction must empty both sides and change nothing else.
    BOOST_TEST(!run(QStringLiteral("UPDATE audit_log SET redacted = 1 WHERE id = %1").arg(first)));
    BOOST_TEST(!run(QStringLiteral("UPDATE audit_log SET redacted = 1, before_json = NULL, after_json = NULL,"
                                   " table_name = table_name || 'x' WHERE id = %1")
                        .arg(first)));
    BOOST_TEST(run(QStringLiteral("UPDATE audit_log SET redacted = 1, before_json = NULL, after_json = NULL WHERE id = %1").arg(first)));
    // Once: not again, and not back.
    BOOST_TEST(!run(QStringLiteral("UPDATE audit_log SET redacted = 1, before_json = NULL, after_json = NULL WHERE id = %1").arg(first)));
    BOOST_TEST(!run(QStringLiteral("UPDATE audit_log SET redacted = 0 WHERE id = %1").arg(first)));
    BOOST_TEST(!run(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(first)));
    BOOST_TEST(queryLines(f.path, QStringLiteral("SELECT redacted, before_json IS NULL, after_json IS NULL FROM audit_log WHERE id = %1").arg(first))
               == QStringList{QStringLiteral("1|1|1")});

    // The view says why the row is empty.
    const auto rows = f.read({});
    const auto it = std::find_if(rows.begin(), rows.end(), [&](const records::AuditRow& r) { return r.entry.id == first.toLongLong(); });
    BOOST_REQUIRE((it != rows.end()));
    BOOST_TEST(it->redacted);
    BOOST_TEST(records::AuditWords(f.signedIn(f.admin)).summary(*it) == QStringLiteral("isi dihapus saat data anak dianonimkan"));
}

BOOST_AUTO_TEST_SUITE_END()
