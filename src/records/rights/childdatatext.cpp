// childDataReport(): the PDF's tables from the JSON of childdata.h, in
// Indonesian (the paper is for the family, like the growth card).
#include "records/rights/childdata.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace tumbuh::records {
namespace {

QLocale indonesian() { return QLocale(QLocale::Indonesian, QLocale::Indonesia); }

QString text(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QString date(const QJsonObject& o, const char* key)
{
    const QDate d = QDate::fromString(text(o, key), Qt::ISODate);
    return d.isValid() ? indonesian().toString(d, QStringLiteral("d MMM yyyy")) : text(o, key);
}

QString stamp(const QJsonObject& o, const char* key)
{
    const QDateTime t = QDateTime::fromString(text(o, key), Qt::ISODateWithMs);
    return t.isValid() ? indonesian().toString(t.toUTC(), QStringLiteral("d MMM yyyy HH:mm")) + QStringLiteral(" UTC")
                       : text(o, key);
}

QString scaled(const QJsonObject& o, const char* key, double divisor, int digits)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("-");
    return indonesian().toString(static_cast<double>(v.toInteger()) / divisor, 'f', digits);
}

QString yesNo(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toInteger() == 1 ? QStringLiteral("ya") : QStringLiteral("tidak");
}

QString deleted(const QJsonObject& o)
{
    return o.value(QStringLiteral("deleted_at")).isNull() ? QString()
                                                          : QStringLiteral("\n(dihapus %1)").arg(stamp(o, "deleted_at"));
}

QString index(const QJsonObject& assessment, const char* key)
{
    const QJsonObject i = assessment.value(QLatin1String(key)).toObject();
    if (i.value(QStringLiteral("z")).isNull() || i.isEmpty())
        return QStringLiteral("-");
    QString s = indonesian().toString(i.value(QStringLiteral("z")).toDouble(), 'f', 2);
    if (!i.value(QStringLiteral("status")).isNull())
        s += QLatin1Char('\n') + i.value(QStringLiteral("status")).toString();
    if (i.value(QStringLiteral("flagged")).toBool())
        s += QStringLiteral("\n(ukur ulang?)");
    return s;
}

// A stored before/after as "field: value" lines.
QString fields(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    QStringList lines;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue x = it.value();
        const QString value = x.isString() ? x.toString()
                            : x.isDouble() ? indonesian().toString(x.toDouble(), 'g', 12)
                            : x.isBool()   ? (x.toBool() ? QStringLiteral("ya") : QStringLiteral("tidak"))
                            : x.isNull()   ? QStringLiteral("-")
                                           : QString::fromUtf8(QJsonDocument(x.toObject()).toJson(QJsonDocument::Compact));
        lines << it.key() + QStringLiteral(": ") + value;
    }
    return lines.join(QStringLiteral("; "));
}

// The stored codes in words.
QString words(const QString& code)
{
    static const std::pair<const char*, const char*> table[] = {
        {"active", "aktif"},
        {"moved", "pindah"},
        {"deceased", "meninggal"},
        {"referred", "dirujuk"},
        {"arrived", "sudah datang"},
        {"completed", "selesai"},
        {"no_show", "tidak datang"},
        {"cancelled", "dibatalkan"},
        {"insert", "tambah"},
        {"update", "ubah"},
        {"delete", "hapus"},
        {"bulk_insert", "tambah banyak"},
    };
    for (const auto& [from, to] : table)
        if (code == QLatin1String(from))
            return QString::fromUtf8(to);
    return code;
}

report::ChildDataTable pairs(const QString& title, const std::vector<std::pair<QString, QString>>& rows)
{
    report::ChildDataTable t;
    t.title = title;
    for (const auto& [label, value] : rows)
        t.rows.push_back({label, value.isEmpty() ? QStringLiteral("-") : value});
    return t;
}

} // namespace

report::ChildDataReport childDataReport(const QJsonObject& data)
{
    report::ChildDataReport r;
    const QJsonObject child = data.value(QStringLiteral("child")).toObject();
    const QJsonObject posyandu = data.value(QStringLiteral("posyandu")).toObject();
    const QJsonObject by = data.value(QStringLiteral("exported_by")).toObject();
    r.title = QStringLiteral("Data yang disimpan tentang anak");
    r.intro << QStringLiteral("Anak: %1").arg(text(child, "name"))
            << QStringLiteral("Diekspor oleh %1 (%2), %3")
                   .arg(text(by, "name"), text(by, "role"), stamp(data, "exported_at"))
            << QStringLiteral("Berkas JSON dengan nama yang sama berisi data yang sama untuk dibaca program lain.");

    r.tables.push_back(pairs(
        QStringLiteral("Anak"),
        {{QStringLiteral("Nama"), text(child, "name")},
         {QStringLiteral("NIK"), text(child, "nik")},
         {QStringLiteral("Jenis kelamin"),
          child.value(QStringLiteral("sex")).toInteger() == 1 ? QStringLiteral("laki-laki") : QStringLiteral("perempuan")},
         {QStringLiteral("Tanggal lahir"),
          date(child, "birth_date")
              + (child.value(QStringLiteral("birth_date_approximate")).toInteger() == 1 ? QStringLiteral(" (perkiraan)")
                                                                                        : QString())},
         {QStringLiteral("Berat lahir (kg)"), scaled(child, "birth_weight_g", 1000, 2)},
         {QStringLiteral("Panjang lahir (cm)"), scaled(child, "birth_length_mm", 10, 1)},
         {QStringLiteral("Nama ibu"), text(child, "mother_name")},
         {QStringLiteral("Posyandu"), text(posyandu, "name")},
         {QStringLiteral("Status"), words(text(child, "status")) + QLatin1Char(' ') + date(child, "status_date")},
         {QStringLiteral("Punya buku KIA"), yesNo(child, "has_kia")},
         {QStringLiteral("Catatan"), text(child, "notes")},
         {QStringLiteral("Dicatat"), stamp(child, "created_at")},
         {QStringLiteral("Terakhir diubah"), stamp(child, "updated_at")},
         {QStringLiteral("Dihapus"), stamp(child, "deleted_at")},
         {QStringLiteral("Kode data (UID)"), text(child, "uid")}}));

    const QJsonValue household = data.value(QStringLiteral("household"));
    if (household.isObject()) {
        const QJsonObject h = household.toObject();
        r.tables.push_back(pairs(QStringLiteral("Keluarga"),
                                 {{QStringLiteral("Alamat"), text(h, "address")},
                                  {QStringLiteral("RT / RW"), text(h, "rt") + QStringLiteral(" / ") + text(h, "rw")},
                                  {QStringLiteral("Kelurahan/desa"), text(h, "kelurahan")},
                                  {QStringLiteral("No. KK"), text(h, "kk_number")},
                                  {QStringLiteral("Nama ayah"), text(h, "father_name")},
                                  {QStringLiteral("NIK ayah"), text(h, "father_nik")},
                                  {QStringLiteral("Nama ibu"), text(h, "mother_name")},
                                  {QStringLiteral("NIK ibu"), text(h, "mother_nik")},
                                  {QStringLiteral("Telepon"), text(h, "phone")},
                                  {QStringLiteral("Catatan"), text(h, "notes")}}));
    } else {
        report::ChildDataTable t;
        t.title = QStringLiteral("Keluarga");
        t.emptyText = QStringLiteral("Tidak ada data keluarga.");
        r.tables.push_back(t);
    }

    report::ChildDataTable m;
    m.title = QStringLiteral("Pengukuran");
    m.headers = {QStringLiteral("Tanggal"), QStringLiteral("Umur (bln)"), QStringLiteral("BB (kg)"),
                 QStringLiteral("PB/TB (cm)"), QStringLiteral("LK (cm)"), QStringLiteral("LiLA (cm)"),
                 QStringLiteral("BB/U"), QStringLiteral("PB/U atau TB/U"), QStringLiteral("BB/PB atau BB/TB"),
                 QStringLiteral("IMT/U"), QStringLiteral("Catatan")};
    m.widths = {1.3, 0.9, 0.8, 1.0, 0.8, 0.9, 1.4, 1.4, 1.4, 1.3, 1.4};
    for (const QJsonValue& v : data.value(QStringLiteral("measurements")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject a = o.value(QStringLiteral("assessment")).toObject();
        m.rows.push_back({date(o, "measured_on") + deleted(o),
                          a.isEmpty() ? QStringLiteral("-") : QString::number(a.value(QStringLiteral("age_months")).toInteger()),
                          scaled(o, "weight_g", 1000, 2),
                          scaled(o, "length_mm", 10, 1)
                              + (o.value(QStringLiteral("length_position")).toInteger() == 2 ? QStringLiteral(" TB")
                                                                                             : QString()),
                          scaled(o, "head_mm", 10, 1), scaled(o, "muac_mm", 10, 1), index(a, "weight_for_age"),
                          index(a, "length_for_age"), index(a, "weight_for_length"), index(a, "bmi_for_age"),
                          text(o, "notes")});
    }
    m.emptyText = QStringLiteral("Belum ada pengukuran.");
    r.tables.push_back(m);

    report::ChildDataTable c;
    c.title = QStringLiteral("Persetujuan orang tua/wali");
    c.headers = {QStringLiteral("Tanggal"), QStringLiteral("Wali"), QStringLiteral("Hubungan"),
                 QStringLiteral("Pemantauan"), QStringLiteral("Pelaporan"), QStringLiteral("Rujukan"),
                 QStringLiteral("Penarikan"), QStringLiteral("Catatan")};
    c.widths = {1.2, 1.6, 1.1, 1.2, 1.1, 1, 1.1, 1.6};
    for (const QJsonValue& v : data.value(QStringLiteral("consents")).toArray()) {
        const QJsonObject o = v.toObject();
        c.rows.push_back({date(o, "given_on") + deleted(o), text(o, "guardian_name"), text(o, "guardian_relation"),
                          yesNo(o, "for_monitoring"), yesNo(o, "for_reporting"), yesNo(o, "for_referral"),
                          yesNo(o, "withdrawal"), text(o, "notes")});
    }
    c.emptyText = QStringLiteral("Belum ada persetujuan yang dicatat.");
    r.tables.push_back(c);

    report::ChildDataTable ref;
    ref.title = QStringLiteral("Rujukan");
    ref.headers = {QStringLiteral("Tanggal"), QStringLiteral("Tujuan"), QStringLiteral("Alasan"),
                   QStringLiteral("Status"), QStringLiteral("Riwayat"), QStringLiteral("Catatan")};
    ref.widths = {1.1, 1.3, 1.5, 0.9, 2.4, 1.4};
    for (const QJsonValue& v : data.value(QStringLiteral("referrals")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList events;
        for (const QJsonValue& e : o.value(QStringLiteral("events")).toArray()) {
            const QJsonObject eo = e.toObject();
            QString line = date(eo, "happened_on") + QLatin1Char(' ') + words(text(eo, "status"));
            if (!text(eo, "note").isEmpty())
                line += QStringLiteral(": ") + text(eo, "note");
            events << line;
        }
        ref.rows.push_back({date(o, "referred_on") + deleted(o), text(o, "destination"), text(o, "reasons"),
                            words(text(o, "status")), events.join(QLatin1Char('\n')), text(o, "notes")});
    }
    ref.emptyText = QStringLiteral("Tidak ada rujukan.");
    r.tables.push_back(ref);

    report::ChildDataTable ed;
    ed.title = QStringLiteral("Edukasi");
    ed.headers = {QStringLiteral("Tanggal"), QStringLiteral("Topik"), QStringLiteral("Oleh"), QStringLiteral("Catatan")};
    ed.widths = {1, 1.5, 1.2, 2.5};
    for (const QJsonValue& v : data.value(QStringLiteral("counselling")).toArray()) {
        const QJsonObject o = v.toObject();
        ed.rows.push_back({date(o, "counselled_on") + deleted(o), text(o, "topic"), text(o, "counselled_by"),
                           text(o, "notes")});
    }
    ed.emptyText = QStringLiteral("Tidak ada edukasi yang dicatat.");
    r.tables.push_back(ed);

    report::ChildDataTable log;
    log.title = QStringLiteral("Catatan perubahan (log audit)");
    log.headers = {QStringLiteral("Waktu"), QStringLiteral("Pengguna"), QStringLiteral("Data"), QStringLiteral("Aksi"),
                   QStringLiteral("Isi sesudah perubahan")};
    log.widths = {1.3, 1, 1.1, 0.8, 4};
    for (const QJsonValue& v : data.value(QStringLiteral("audit_log")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString content = o.value(QStringLiteral("redacted")).toInteger() == 1
                                  ? QStringLiteral("(dihapus saat anonimisasi)")
                                  : fields(o.value(QStringLiteral("after")).isNull() ? o.value(QStringLiteral("before"))
                                                                                     : o.value(QStringLiteral("after")));
        log.rows.push_back({stamp(o, "created_at"),
                            text(o, "user_name").isEmpty() ? QStringLiteral("program") : text(o, "user_name"),
                            text(o, "table_name"), words(text(o, "action")), content});
    }
    log.emptyText = QStringLiteral("Tidak ada catatan perubahan.");
    r.tables.push_back(log);

    r.closing << QStringLiteral("Data ini disimpan untuk memantau pertumbuhan anak di posyandu. Orang tua atau wali "
                                "boleh meminta salinan ini, perbaikan data, atau anonimisasi (nama dan data pribadi "
                                "dihapus; hasil pengukuran disimpan untuk statistik).");
    return r;
}

} // namespace tumbuh::records
