#include "report/consentnotice.h"

#include "report/pdffile.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QRectF>

#include <algorithm>

namespace tumbuh::report {
namespace {

// Laid out once on A4 portrait in tenths of a millimetre and scaled onto the
// actual page.
constexpr double kW = 2100;
constexpr double kH = 2970;
constexpr double kMargin = 160;
constexpr double kInner = kW - 2 * kMargin;
constexpr double kPt = 3.528; // tenths of a mm per typographic point

const QColor kText(0x20, 0x20, 0x20);
const QColor kGrey(0x5A, 0x5A, 0x5A);
const QColor kRule(0x90, 0x90, 0x90);
const QColor kSectionFill(0xEE, 0xF3, 0xEA);

QFont noticeFont(double points, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(std::max(1, static_cast<int>(points * kPt + 0.5)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QString longDate(const QDate& d)
{
    return QLocale(QLocale::Indonesian, QLocale::Indonesia).toString(d, QStringLiteral("d MMMM yyyy"));
}

QString posyanduTitle(const QString& name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("Posyandu ..............................");
    return name.startsWith(QStringLiteral("posyandu"), Qt::CaseInsensitive) ? name
                                                                            : QStringLiteral("Posyandu %1").arg(name);
}

// Lays paragraphs out from the top down.
class Flow {
public:
    explicit Flow(QPainter& p) : p_(p) { }

    double y() const { return y_; }
    void skip(double h) { y_ += h; }

    void text(const QString& s, const QFont& font, double indent = 0, const QColor& color = kText,
              int align = Qt::AlignLeft)
    {
        p_.setFont(font);
        p_.setPen(color);
        const QRectF rect(kMargin + indent, y_, kInner - indent, kH - y_);
        const int flags = Qt::TextWordWrap | Qt::AlignTop | align;
        const QRectF used = p_.boundingRect(rect, flags, s);
        p_.drawText(rect, flags, s);
        y_ += used.height();
    }

    void section(const QString& title)
    {
        skip(28);
        const QRectF band(kMargin, y_, kInner, 62);
        p_.fillRect(band, kSectionFill);
        p_.setFont(noticeFont(10.5, true));
        p_.setPen(kText);
        p_.drawText(band.adjusted(20, 0, -20, 0), Qt::AlignLeft | Qt::AlignVCenter, title);
        y_ += 62 + 14;
    }

    // A box to tick, then its text beside it.
    void tickBox(const QString& title, const QString& explanation)
    {
        const double box = 46;
        p_.setPen(QPen(kText, 4));
        p_.setBrush(Qt::NoBrush);
        p_.drawRect(QRectF(kMargin + 10, y_ + 4, box, box));
        const double indent = box + 50;
        text(title, noticeFont(10, true), indent);
        text(explanation, noticeFont(9.5), indent, kGrey);
        skip(14);
    }

    void bullet(const QString& s)
    {
        p_.setFont(noticeFont(9.5));
        p_.setPen(kText);
        p_.drawText(QRectF(kMargin + 20, y_, 40, 60), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("•"));
        text(s, noticeFont(9.5), 60);
        skip(6);
    }

    // "Label : value" with a dotted line when the value is empty.
    void field(const QString& label, const QString& value)
    {
        const double labelWidth = 560;
        p_.setFont(noticeFont(10));
        p_.setPen(kText);
        p_.drawText(QRectF(kMargin, y_, labelWidth, 60), Qt::AlignLeft | Qt::AlignTop, label);
        p_.drawText(QRectF(kMargin + labelWidth, y_, 30, 60), Qt::AlignLeft | Qt::AlignTop, QStringLiteral(":"));
        const QRectF valueRect(kMargin + labelWidth + 40, y_, kInner - labelWidth - 40, 60);
        if (value.trimmed().isEmpty()) {
            p_.setPen(QPen(kRule, 3, Qt::DotLine));
            p_.drawLine(QPointF(valueRect.left(), y_ + 48), QPointF(valueRect.right(), y_ + 48));
        } else {
            p_.setFont(noticeFont(10, true));
            p_.drawText(valueRect, Qt::AlignLeft | Qt::AlignTop, value);
        }
        y_ += 64;
    }

private:
    QPainter& p_;
    double y_ = kMargin;
};

void paintSignatures(QPainter& p, double y, const ConsentNoticeInput& n)
{
    const double half = kInner / 2;
    const QString place = n.posyanduKelurahan.trimmed().isEmpty() ? QStringLiteral("....................")
                                                                  : n.posyanduKelurahan;
    p.setFont(noticeFont(10));
    p.setPen(kText);
    p.drawText(QRectF(kMargin + half, y, half, 60), Qt::AlignLeft | Qt::AlignTop,
               QStringLiteral("%1, tanggal ....................").arg(place));
    y += 80;
    const QString titles[] = {QStringLiteral("Orang tua / wali"), QStringLiteral("Kader posyandu")};
    const QString names[] = {n.guardianName, QString()};
    for (int i = 0; i < 2; ++i) {
        const double x = kMargin + i * half;
        p.setFont(noticeFont(10));
        p.setPen(kText);
        p.drawText(QRectF(x, y, half - 60, 60), Qt::AlignLeft | Qt::AlignTop, titles[i]);
        p.setPen(QPen(kText, 3));
        p.drawLine(QPointF(x, y + 200), QPointF(x + half - 120, y + 200));
        p.setFont(noticeFont(9.5));
        const QString who = names[i].trimmed().isEmpty() ? QStringLiteral("(nama jelas)") : QStringLiteral("(%1)").arg(names[i]);
        p.drawText(QRectF(x, y + 215, half - 60, 60), Qt::AlignLeft | Qt::AlignTop, who);
    }
}

} // namespace

void paintConsentNotice(const ConsentNoticeInput& n, QPainter& painter, const QRectF& page)
{
    painter.save();
    const double scale = std::min(page.width() / kW, page.height() / kH);
    painter.translate(page.left() + (page.width() - kW * scale) / 2, page.top() + (page.height() - kH * scale) / 2);
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(0, 0, kW, kH), Qt::white);

    Flow f(painter);
    const QString posyandu = posyanduTitle(n.posyanduName);
    f.text(QStringLiteral("SURAT PERSETUJUAN ORANG TUA / WALI"), noticeFont(15, true), 0, kText, Qt::AlignHCenter);
    f.text(QStringLiteral("Pencatatan dan pemakaian data anak balita di %1").arg(posyandu), noticeFont(10.5), 0, kGrey,
           Qt::AlignHCenter);
    QStringList place;
    if (!n.posyanduRw.trimmed().isEmpty())
        place << QStringLiteral("RW %1").arg(n.posyanduRw);
    if (!n.posyanduKelurahan.trimmed().isEmpty())
        place << QStringLiteral("Kelurahan %1").arg(n.posyanduKelurahan);
    if (!place.isEmpty())
        f.text(place.join(QStringLiteral(", ")), noticeFont(10), 0, kGrey, Qt::AlignHCenter);

    f.section(QStringLiteral("1. Siapa yang menyimpan data"));
    f.text(QStringLiteral("%1 bersama Puskesmas di wilayahnya adalah pengendali data anak Anda. Data disimpan di "
                          "komputer posyandu / puskesmas dan hanya dibuka oleh kader dan petugas kesehatan yang "
                          "berwenang.")
               .arg(posyandu),
           noticeFont(9.5));

    f.section(QStringLiteral("2. Data yang dicatat"));
    f.bullet(QStringLiteral("Identitas anak: nama, jenis kelamin, tanggal lahir, nama orang tua dan alamat."));
    f.bullet(QStringLiteral("NIK anak dan orang tua (di layar kader hanya tampak sebagian)."));
    f.bullet(QStringLiteral("Hasil penimbangan dan pengukuran: berat badan, panjang / tinggi badan, lingkar kepala, "
                            "lingkar lengan atas."));
    f.bullet(QStringLiteral("Keadaan keluarga (misalnya penerima PKH / BPNT) bila perlu untuk bantuan atau rujukan."));

    f.section(QStringLiteral("3. Untuk apa data dipakai — centang yang Anda setujui"));
    f.tickBox(QStringLiteral("Pemantauan pertumbuhan"),
              QStringLiteral("Mencatat dan menilai pertumbuhan anak setiap bulan di posyandu."));
    f.tickBox(QStringLiteral("Pelaporan ke Dinas Kesehatan / e-PPGBM"),
              QStringLiteral("Nama dan data anak dikirim dalam laporan gizi ke Puskesmas dan Dinas Kesehatan. Tanpa "
                             "persetujuan ini anak tetap dihitung dalam jumlah laporan, tetapi namanya tidak dikirim."));
    f.tickBox(QStringLiteral("Rujukan lintas sektor"),
              QStringLiteral("Data anak dan keluarga diberikan kepada bidan, puskesmas atau dinas lain (misalnya Dinas "
                             "Sosial) bila anak atau keluarga perlu dirujuk."));

    f.section(QStringLiteral("4. Berapa lama data disimpan"));
    f.text(QStringLiteral("Selama anak dipantau di posyandu (sampai usia 5 tahun atau pindah). Sesudah itu data "
                          "disimpan atau dihapus menurut aturan Dinas Kesehatan."),
           noticeFont(9.5));

    f.section(QStringLiteral("5. Hak orang tua / wali"));
    f.bullet(QStringLiteral("Melihat data anak yang disimpan dan catatan siapa yang mengubahnya."));
    f.bullet(QStringLiteral("Meminta data yang salah diperbaiki."));
    f.bullet(QStringLiteral("Menarik persetujuan kapan saja. Penarikan dicatat; data yang sudah dilaporkan "
                            "sebelumnya tidak ditarik kembali."));
    f.bullet(QStringLiteral("Meminta nama, NIK dan alamat anak dihapus dari data (dianonimkan)."));
    f.text(QStringLiteral("Menurut UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, data anak diproses dengan "
                          "persetujuan orang tua atau wali (Pasal 25)."),
           noticeFont(9, false), 0, kGrey);

    f.section(QStringLiteral("6. Anak dan orang tua / wali"));
    f.field(QStringLiteral("Nama anak"), n.childName);
    f.field(QStringLiteral("Tanggal lahir"), n.birthDate.isValid() ? longDate(n.birthDate) : QString());
    f.field(QStringLiteral("NIK anak"), n.nik);
    f.field(QStringLiteral("Nama orang tua / wali"), n.guardianName);
    f.field(QStringLiteral("Hubungan dengan anak"),
            n.relation.isEmpty() ? QStringLiteral("ibu / ayah / wali / lainnya (lingkari)") : n.relation);
    f.skip(20);
    f.text(QStringLiteral("Saya sudah membaca atau dibacakan surat ini dan menyetujui pemakaian data anak saya untuk "
                          "tujuan yang saya centang di atas."),
           noticeFont(9.5));
    f.skip(30);
    paintSignatures(painter, f.y(), n);

    const QDate printed = n.printedOn.isValid() ? n.printedOn : QDate::currentDate();
    painter.setFont(noticeFont(8));
    painter.setPen(kGrey);
    painter.drawText(QRectF(kMargin, kH - kMargin + 40, kInner, 50), Qt::AlignLeft | Qt::AlignTop,
                     QStringLiteral("Dicetak %1 dengan Tumbuh. Satu lembar untuk orang tua, satu untuk posyandu.")
                         .arg(longDate(printed)));
    painter.restore();
}

bool writeConsentNoticePdf(const ConsentNoticeInput& notice, const QString& path, QString* error)
{
    const QString title = notice.childName.isEmpty() ? QStringLiteral("Surat persetujuan orang tua")
                                                     : QStringLiteral("Surat persetujuan - %1").arg(notice.childName);
    const PdfResult r = writePdf(path, title,
                                 QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)),
                                 [&notice](QPainter& painter, const QRectF& page, QPdfWriter&) {
                                     paintConsentNotice(notice, painter, page);
                                 });
    if (!r.ok() && error)
        *error = r.failure == PdfFailure::Start ? QStringLiteral("cannot start the PDF") : r.detail;
    return r.ok();
}

} // namespace tumbuh::report
