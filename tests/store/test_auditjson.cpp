// The audit log's hand-written JSON (store/auditjson.h) against
// QJsonDocument::toJson(Compact), which wrote every entry before it: odd
// values, random text, and every entity's rows of a real demo file; and the
// import's AuditWriter against AuditLog::record, column by column.
#include "store/auditjson.h"
#include "store/auditlog.h"
#include "store/auditwriter.h"
#include "store/childcolumns.h"
#include "store/consentcolumns.h"
#include "store/householdcolumns.h"
#include "store/measurementcolumns.h"
#include "store/nativequery.h"
#include "store/posyanducolumns.h"
#include "store/referralcolumns.h"
#include "store/transaction.h"
#include "store/usercolumns.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <string>

using namespace tumbuh::store;
using namespace tumbuh::store::test;

namespace {

QByteArray qtJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void checkSame(const QJsonObject& o)
{
    const QByteArray ours = compactJson(o);
    const QByteArray qt = qtJson(o);
    BOOST_TEST(ours == qt, "ours: " << ours.toStdString() << "\nQt:   " << qt.toStdString());
}

QString units(std::initializer_list<char16_t> u)
{
    QString s;
    for (const char16_t c : u)
        s.append(QChar(c));
    return s;
}

template <typename T>
int checkTable(Database& db)
{
    const Entity<T>& e = table<T>();
    NativeQuery q(db, QStringLiteral("SELECT ") + e.selectList() + QStringLiteral(" FROM ") + e.table());
    auto rows = q.template collect<T>([&](const Row& r) { return e.read(r); });
    BOOST_REQUIRE_MESSAGE(rows.ok(), why(rows));
    for (const T& row : *rows)
        checkSame(e.json(row));
    return static_cast<int>(rows->size());
}

} // namespace

BOOST_AUTO_TEST_SUITE(audit_json)

BOOST_AUTO_TEST_CASE(odd_values_are_written_as_qt_writes_them)
{
    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls.append(QChar(c));
    QJsonObject o;
    o.insert(QStringLiteral("controls"), controls);
    o.insert(QStringLiteral("quotes"), QStringLiteral("say \"halo\" \\ back\\slash / slash"));
    o.insert(QStringLiteral("del"), units({u'a', 0x7F, u'b'}));
    o.insert(QStringLiteral("latin"), QStringLiteral("Ibu Siti Nur\u00e9 \u00fc\u00df"));
    o.insert(QStringLiteral("wide"), QStringLiteral("\u20ac \u0915 \uFFFD \uFEFF"));
    o.insert(QStringLiteral("emoji"), units({u'x', 0xD83D, 0xDE00, u'y'}));
    o.insert(QStringLiteral("lone_high"), units({u'a', 0xD83D, u'b'}));
    o.insert(QStringLiteral("lone_low"), units({u'a', 0xDE00, u'b'}));
    o.insert(QStringLiteral("high_at_end"), units({u'a', 0xD800}));
    o.insert(QStringLiteral("two_highs"), units({0xD800, 0xD801, 0xDC00}));
    o.insert(QStringLiteral("empty"), QString());
    o.insert(QString(), QStringLiteral("empty key"));
    o.insert(QStringLiteral("k\u00e9y \"q\""), 1);
    o.insert(QStringLiteral("null"), QJsonValue());
    o.insert(QStringLiteral("true"), true);
    o.insert(QStringLiteral("false"), false);
    o.insert(QStringLiteral("zero"), 0);
    o.insert(QStringLiteral("minus"), -17);
    o.insert(QStringLiteral("int64_max"), std::numeric_limits<qint64>::max());
    o.insert(QStringLiteral("int64_min"), std::numeric_limits<qint64>::min());
    o.insert(QStringLiteral("double_whole"), 3.0);
    o.insert(QStringLiteral("double_tenth"), 0.1);
    o.insert(QStringLiteral("double_big"), 1e300);
    o.insert(QStringLiteral("double_small"), -2.5e-12);
    o.insert(QStringLiteral("double_2p53"), 9007199254740993.0);
    o.insert(QStringLiteral("minus_zero"), -0.0);
    o.insert(QStringLiteral("nan"), std::numeric_limits<double>::quiet_NaN());
    o.insert(QStringLiteral("inf"), std::numeric_limits<double>::infinity());
    o.insert(QStringLiteral("array"), QJsonArray{1, QStringLiteral("two\n"), QJsonValue(), true, QJsonArray{}, QJsonObject{}});
    QJsonObject inner;
    inner.insert(QStringLiteral("b"), 2);
    inner.insert(QStringLiteral("a"), QJsonArray{QJsonObject{{QStringLiteral("z"), 0.5}}});
    o.insert(QStringLiteral("object"), inner);
    checkSame(o);
    checkSame(QJsonObject());
    checkSame(QJsonObject{{QStringLiteral("only"), QJsonValue()}});
}

BOOST_AUTO_TEST_CASE(random_text_is_written_as_qt_writes_it)
{
    QRandomGenerator random(20261207);
    for (int i = 0; i < 3000; ++i) {
        QString s;
        const int length = static_cast<int>(random.bounded(40));
        for (int k = 0; k < length; ++k) {
            // Mostly the awkward ranges: controls, ASCII, Latin-1, BMP, surrogates.
            static const char16_t kFrom[] = {0x0, 0x20, 0x80, 0x800, 0xD800, 0xDC00, 0xE000};
            static const char16_t kTo[] = {0x20, 0x80, 0x800, 0xD800, 0xDC00, 0xE000, 0xFFFF};
            const auto band = random.bounded(7U);
            s.append(QChar(static_cast<char16_t>(kFrom[band] + random.bounded(static_cast<quint32>(kTo[band] - kFrom[band])))));
        }
        QJsonObject o;
        o.insert(s, s);
        o.insert(QStringLiteral("n"), static_cast<qint64>(random.generate64()));
        o.insert(QStringLiteral("d"), random.generateDouble() * std::pow(10.0, static_cast<double>(random.bounded(40)) - 20));
        checkSame(o);
    }
}

BOOST_AUTO_TEST_CASE(every_entity_of_a_demo_file_is_written_as_qt_writes_it)
{
    QTemporaryDir dir;
    BOOST_REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    QProcess cli;
    cli.start(QStringLiteral(TUMBUH_CLI), {QStringLiteral("demo"), QStringLiteral("-o"), path, QStringLiteral("--children"),
                                           QStringLiteral("120"), QStringLiteral("--months"), QStringLiteral("18")});
    BOOST_REQUIRE(cli.waitForFinished(120000));
    BOOST_REQUIRE_MESSAGE(cli.exitCode() == 0, cli.readAllStandardError().toStdString());
    auto db = openOrFail(path);
    int rows = 0;
    for (const int n : {checkTable<Child>(*db), checkTable<Household>(*db), checkTable<Measurement>(*db),
                        checkTable<Posyandu>(*db), checkTable<User>(*db), checkTable<Consent>(*db),
                        checkTable<Referral>(*db), checkTable<ReferralEvent>(*db), checkTable<Counselling>(*db)}) {
        rows += n;
    }
    BOOST_TEST(rows > 1000);
    // And every entry the demo's own writes left in the log, read back.
    QSqlQuery q(db->connection());
    BOOST_REQUIRE(q.exec(QStringLiteral("SELECT before_json, after_json FROM audit_log")));
    while (q.next()) {
        for (int i : {0, 1}) {
            if (!q.value(i).isNull())
                checkSame(QJsonDocument::fromJson(q.value(i).toString().toUtf8()).object());
        }
    }
}

BOOST_AUTO_TEST_CASE(audit_writer_writes_the_rows_of_record)
{
    TempStore s;
    QJsonObject before{{QStringLiteral("name"), QStringLiteral("Bu \"Ani\"\n")}, {QStringLiteral("weight_g"), 8150}};
    QJsonObject after = before;
    after.insert(QStringLiteral("weight_g"), 8200);
    after.insert(QStringLiteral("notes"), QJsonValue());
    const QUuid row = QUuid::createUuid();
    auto tx = Transaction::begin(*s.db);
    BOOST_REQUIRE(tx.ok());
    AuditWriter writer(*s.db);
    AuditLog log(*s.db);
    struct Case {
        UserId who;
        QUuid uid;
        AuditAction action;
        QJsonObject before;
        QJsonObject after;
    };
    for (const Case& c : {Case{s.kader, row, AuditAction::Update, before, after}, Case{0, QUuid(), AuditAction::BulkInsert, {}, after},
                          Case{s.kader, row, AuditAction::Insert, {}, {}}, Case{s.kader, row, AuditAction::Delete, before, before}}) {
        auto a = log.record(c.who, QStringLiteral("measurements"), c.uid, c.action, c.before, c.after);
        auto b = writer.record(c.who, QStringLiteral("measurements"), c.uid, c.action, c.before, c.after);
        BOOST_REQUIRE(a.ok());
        BOOST_REQUIRE(b.ok());
        BOOST_TEST(*b == *a + 1);
        QSqlQuery q(s.db->connection());
        BOOST_REQUIRE(q.exec(QStringLiteral("SELECT id, user_id, table_name, row_uid, action, before_json, after_json, "
                                            "typeof(user_id), typeof(row_uid), typeof(before_json), typeof(after_json), "
                                            "length(uid), length(created_at) FROM audit_log WHERE id IN (%1, %2) ORDER BY id")
                                 .arg(*a)
                                 .arg(*b)));
        BOOST_REQUIRE(q.next());
        QVariantList first;
        for (int i = 1; i < 13; ++i)
            first << q.value(i);
        BOOST_REQUIRE(q.next());
        BOOST_TEST(q.value(0).toLongLong() == *b);
        for (int i = 1; i < 13; ++i)
            BOOST_TEST((q.value(i) == first[i - 1]), "column " << i << ": " << q.value(i).toString().toStdString()
                                                               << " against " << first[i - 1].toString().toStdString());
    }
    BOOST_REQUIRE(tx->commit().ok());
    const auto entries = log.forRow(QStringLiteral("measurements"), row);
    BOOST_REQUIRE(entries.ok());
    BOOST_TEST(entries->size() == 6U);
    BOOST_TEST((entries->back().after == before));
}

BOOST_AUTO_TEST_SUITE_END()
