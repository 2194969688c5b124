#include "cityfiller.h"

#include "store/database.h"
#include "store/sqlutil.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

namespace tumbuh::bench {
namespace {

// Syllables for made-up names: the city is synthetic, no real person's data.
constexpr std::array kSyllables{"a", "ri", "na", "sa", "di", "wa", "ti", "bu", "ko", "me",
                                "la", "yu", "fa", "ra", "ni", "ka", "ta", "si", "pu", "de",
                                "gi", "ha", "jo", "lu", "mi", "no", "ro", "su", "to", "ya"};

class Filler {
public:
    Filler(sqlite3* h, std::uint64_t seed) : h_(h), rng_(seed) { }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    double normal() { return std::normal_distribution<double>(0.0, 1.0)(rng_); }

    // As schema 5 stores a uid: its 16 bytes.
    std::array<unsigned char, 16> uuid()
    {
        // Version-4 layout from the seeded generator, so the file is the same every time.
        const std::uint64_t a = rng_();
        const std::uint64_t b = rng_();
        std::array<unsigned char, 16> out{};
        for (std::size_t i = 0; i < 8; ++i) {
            out[i] = static_cast<unsigned char>(a >> (56 - 8 * i));
            out[8 + i] = static_cast<unsigned char>(b >> (56 - 8 * i));
        }
        out[6] = static_cast<unsigned char>(0x40 | (out[6] & 0x0f));
        out[8] = static_cast<unsigned char>(0x80 | (out[8] & 0x3f));
        return out;
    }

    std::string word(int syllables)
    {
        std::string w;
        for (int i = 0; i < syllables; ++i)
            w += kSyllables[static_cast<std::size_t>(uniform(0, static_cast<int>(kSyllables.size()) - 1))];
        w[0] = static_cast<char>(w[0] - 'a' + 'A');
        return w;
    }

    std::string name() { return word(uniform(2, 3)) + ' ' + word(uniform(2, 4)); }

    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(h_, sql, -1, &st, nullptr) != SQLITE_OK)
            fail(sql);
        return st;
    }

    void exec(const std::string& sql)
    {
        char* err = nullptr;
        if (sqlite3_exec(h_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
            std::fprintf(stderr, "city filler: %s\n", err ? err : "?");
            std::abort();
        }
    }

    void step(sqlite3_stmt* st)
    {
        if (sqlite3_step(st) != SQLITE_DONE)
            fail(sqlite3_sql(st));
        sqlite3_reset(st);
    }

    void text(sqlite3_stmt* st, int i, const std::string& s) { sqlite3_bind_text(st, i, s.c_str(), static_cast<int>(s.size()), SQLITE_TRANSIENT); }
    void integer(sqlite3_stmt* st, int i, std::int64_t v) { sqlite3_bind_int64(st, i, v); }
    void blob(sqlite3_stmt* st, int i, const std::array<unsigned char, 16>& b)
    {
        sqlite3_bind_blob(st, i, b.data(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
    }
    void null(sqlite3_stmt* st, int i) { sqlite3_bind_null(st, i); }

    [[noreturn]] void fail(const char* what)
    {
        std::fprintf(stderr, "city filler: %s: %s\n", what, sqlite3_errmsg(h_));
        std::abort();
    }

private:
    sqlite3* h_;
    std::mt19937_64 rng_;
};

struct Visit {
    std::int32_t day = 0; // julian day
    std::int32_t child = 0;
    std::int32_t posyandu = 0;
    std::int32_t weight = 0;
    std::int32_t length = 0; // 0 = not measured
    std::int32_t head = 0;
    std::int32_t muac = 0;
    std::int8_t position = 0;
};

// A rough median track (WHO-like shape) plus the child's own offset: enough
// for values to stay inside the validation ranges.
int weightAt(int ageDays, double z)
{
    const double months = ageDays / 30.4375;
    const double median = months < 12 ? 3300 + 6300 * (1 - std::exp(-months / 4.5)) : 9600 + 170 * (months - 12);
    return static_cast<int>(median * (1 + 0.11 * z));
}

int lengthAt(int ageDays, double z)
{
    const double months = ageDays / 30.4375;
    const double median = months < 12 ? 500 + 250 * (1 - std::exp(-months / 5.0)) : 745 + 9.0 * (months - 12);
    return static_cast<int>(median * (1 + 0.04 * z));
}

} // namespace

CityFigures fillCity(store::Database& db, const CityShape& shape, const QString& todayText)
{
    QElapsedTimer timer;
    timer.start();
    auto* h = static_cast<sqlite3*>(db.nativeHandle());
    Filler f(h, shape.seed);
    const QDate today = QDate::fromString(todayText, Qt::ISODate);
    // Schema 5's forms: days and milliseconds since 1970 (store/sqlutil.h).
    const std::int64_t stamp = store::sql::timestampMs(QDateTime(today, QTime(8, 0), Qt::UTC));

    // Secondary indexes of measurements are dropped and rebuilt at the end:
    // one sort per index instead of three million random inserts.
    std::vector<std::string> indexSql;
    {
        sqlite3_stmt* st = f.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                                     "AND tbl_name = 'measurements' AND sql IS NOT NULL");
        std::vector<std::string> names;
        while (sqlite3_step(st) == SQLITE_ROW) {
            names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
            indexSql.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
        }
        sqlite3_finalize(st);
        f.exec("PRAGMA cache_size = -262144"); // 256 MB while filling
        f.exec("BEGIN IMMEDIATE");
        for (const auto& n : names)
            f.exec("DROP INDEX " + n);
    }

    f.exec("INSERT INTO users (uid, name, role, created_at, updated_at) VALUES (randomblob(16), 'Admin Kota', "
           "'admin', "
           + std::to_string(stamp) + ", " + std::to_string(stamp) + ")");

    sqlite3_stmt* posyandu = f.prepare(
        "INSERT INTO posyandu (uid, name, rw, kelurahan, kecamatan, kabupaten, province, region_code, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'Kota Contoh', 'Provinsi Contoh', ?, ?, ?)");
    for (int p = 1; p <= shape.posyandu; ++p) {
        const int kec = 1 + (p - 1) % 6;
        const int kel = 1 + (p - 1) % 34;
        char rw[8];
        std::snprintf(rw, sizeof rw, "%03d", 1 + p % 40);
        char code[20];
        std::snprintf(code, sizeof code, "64.71.%02d.%04d", kec, 1000 + kel);
        f.blob(posyandu, 1, f.uuid());
        f.text(posyandu, 2, "Posyandu " + f.word(3));
        f.text(posyandu, 3, rw);
        f.text(posyandu, 4, "Kelurahan " + f.word(3));
        f.text(posyandu, 5, "Kecamatan " + f.word(2));
        f.text(posyandu, 6, code);
        f.integer(posyandu, 7, stamp);
        f.integer(posyandu, 8, stamp);
        f.step(posyandu);
    }
    sqlite3_finalize(posyandu);

    sqlite3_stmt* child = f.prepare(
        "INSERT INTO children (id, uid, nik, name, sex, birth_date, birth_date_approximate, birth_weight_g, "
        "birth_length_mm, mother_name, posyandu_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt* measurement = f.prepare(
        "INSERT INTO measurements (uid, child_id, posyandu_id, measured_on, weight_g, length_mm, length_position, "
        "head_mm, muac_mm, oedema, measured_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)");
    std::unordered_set<std::string> niks;
    std::vector<Visit> visits;
    visits.reserve(static_cast<std::size_t>(shape.children) * 64);
    CityFigures figures;
    for (int c = 1; c <= shape.children; ++c) {
        const int posyanduId = 1 + (c - 1) % shape.posyandu;
        const QDate birth = today.addDays(-f.uniform(0, 60 * 30));
        const bool girl = f.uniform(0, 1) == 1;
        const double z = 0.9 * f.normal() - 0.4;
        f.integer(child, 1, c);
        f.blob(child, 2, f.uuid());
        if (f.uniform(0, 9) < 7) { // most have a NIK; newborns often not yet
            std::string nik;
            do {
                char buf[32];
                std::snprintf(buf, sizeof buf, "6471%02d%02d%02d%02d%04d", f.uniform(1, 6),
                              birth.day() + (girl ? 40 : 0), birth.month(), birth.year() % 100, f.uniform(1, 9999));
                nik = buf;
            } while (!niks.insert(nik).second);
            f.text(child, 3, nik);
        } else {
            f.null(child, 3);
        }
        f.text(child, 4, f.name());
        f.integer(child, 5, girl ? 2 : 1);
        f.integer(child, 6, store::sql::dayNumber(birth));
        f.integer(child, 7, f.uniform(0, 19) == 0 ? 1 : 0);
        f.integer(child, 8, 2500 + f.uniform(0, 1500));
        f.integer(child, 9, 460 + f.uniform(0, 60));
        f.text(child, 10, "Ibu " + f.word(3));
        f.integer(child, 11, posyanduId);
        f.integer(child, 12, stamp);
        f.integer(child, 13, stamp);
        f.step(child);
        ++figures.children;

        // One child in ten stopped coming two to twelve months ago.
        const QDate lastVisit = f.uniform(0, 9) == 0 ? today.addMonths(-f.uniform(2, 12)) : today;
        for (QDate d = birth.addDays(f.uniform(0, shape.daysBetweenVisits)); d <= lastVisit;
             d = d.addDays(shape.daysBetweenVisits + f.uniform(-3, 3))) {
            if (f.uniform(0, 19) == 0)
                continue; // missed this one
            const int age = static_cast<int>(birth.daysTo(d));
            const double noise = z + 0.15 * f.normal();
            Visit v;
            v.day = static_cast<std::int32_t>(d.toJulianDay());
            v.child = c;
            v.posyandu = posyanduId;
            v.weight = weightAt(age, noise);
            if (f.uniform(0, 2) == 0) {
                v.length = lengthAt(age, noise);
                v.position = age < 731 ? 1 : 2;
            }
            if (age < 731 && f.uniform(0, 3) == 0)
                v.head = 340 + age / 12;
            if (age > 180 && f.uniform(0, 5) == 0)
                v.muac = 125 + f.uniform(0, 40);
            visits.push_back(v);
        }
    }
    // Saved in date order, as posyandu days enter them month after month.
    std::stable_sort(visits.begin(), visits.end(), [](const Visit& a, const Visit& b) { return a.day < b.day; });
    for (const Visit& v : visits) {
        const std::int64_t date = store::sql::dayNumber(QDate::fromJulianDay(v.day));
        f.blob(measurement, 1, f.uuid());
        f.integer(measurement, 2, v.child);
        f.integer(measurement, 3, v.posyandu);
        f.integer(measurement, 4, date);
        f.integer(measurement, 5, v.weight);
        if (v.length > 0) {
            f.integer(measurement, 6, v.length);
            f.integer(measurement, 7, v.position);
        } else {
            f.null(measurement, 6);
            f.null(measurement, 7);
        }
        if (v.head > 0)
            f.integer(measurement, 8, v.head);
        else
            f.null(measurement, 8);
        if (v.muac > 0)
            f.integer(measurement, 9, v.muac);
        else
            f.null(measurement, 9);
        f.text(measurement, 10, "Kader " + std::to_string(1 + v.posyandu % 5));
        const std::int64_t at = date * 86'400'000LL + 9 * 3'600'000LL;
        f.integer(measurement, 11, at);
        f.integer(measurement, 12, at);
        f.step(measurement);
        ++figures.measurements;
    }
    sqlite3_finalize(child);
    sqlite3_finalize(measurement);
    for (const auto& sql : indexSql)
        f.exec(sql);
    f.exec("COMMIT");
    f.exec("PRAGMA cache_size = -65536");
    f.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    figures.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    return figures;
}

} // namespace tumbuh::bench
