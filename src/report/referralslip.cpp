#include "report/referralslip.h"

#include "report/chartpalette.h"
#include "report/pdffile.h"

#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRectF>

#include <algorithm>

namespace tumbuh::report {
namespace {

// Laid out once on A5 portrait in tenths of a millimetre, and scaled onto
// the actual page (PDF, printer, screen).
constexpr double kW = 1480;
constexpr double kH = 2100;
constexpr double kMargin = 80;
constexpr double kInner = kW - 2 * kMargin;
constexpr double kPt = 3.528; // tenths of a mm per typographic point

const QColor kGrey(0x5A, 0x5A, 0x5A);
const QColor kRule(0xB0, 0xB0, 0xB0);
const QColor kSectionFill(0xEE, 0xF3, 0xEA);
const QColor kAlarm(0xB0, 0x1E, 0x1E);

QFont slipFont(double points, bool bold = false)
{
    QFont f = QGuiApplication::font();
    // Pixel sizes in layout units scale with the page; no hinting, so that
    // text measured in layout units keeps its width once scaled.
    f.setPixelSize(std::max(1, static_cast<int>(points * kPt + 0.5)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QLocale indonesian() { return QLocale(QLocale::Indonesian, QLocale::Indonesia); }

QString longDate(const QDate& d)
{
    return d.isValid() ? indonesian().toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QString shortDate(const QDate& d)
{
    return d.isValid() ? indonesian().toString(d, QStringLiteral("d/M/yyyy")) : QString();
}

QString decimal(double value, int digits) { return indonesian().toString(value, 'f', digits); }

QString ageText(std::optional<int> months)
{
    if (!months || *months < 0)
        return {};
    if (*months < 12)
        return QStringLiteral("%1 bulan").arg(*months);
    if (*months % 12 == 0)
        return QStringLiteral("%1 tahun").arg(*months / 12);
    return QStringLiteral("%1 tahun %2 bulan").arg(*months / 12).arg(*months % 12);
}

QString orDash(const QString& s) { return s.trimmed().isEmpty() ? QStringLiteral("-") : s; }

// "Posyandu Melati", not "Posyandu Posyandu Melati".
QString posyanduTitle(const QString& name)
{
    if (name.isEmpty())
        return QStringLiteral("Posyandu");
    return name.startsWith(QStringLiteral("posyandu"), Qt::CaseInsensitive) ? name
                                                                            : QStringLiteral("Posyandu %1").arg(name);
}

QString posyanduPlace(const SlipInput& s)
{
    QStringList parts;
    if (!s.posyanduRw.isEmpty())
        parts << QStringLiteral("RW %1").arg(s.posyanduRw);
    if (!s.posyanduKelurahan.isEmpty())
        parts << QStringLiteral("Kel. %1").arg(s.posyanduKelurahan);
    return parts.join(QStringLiteral(", "));
}

QString addressText(const SlipInput& s)
{
    QStringList parts;
    if (!s.address.trimmed().isEmpty())
        parts << s.address.trimmed();
    if (!s.rt.isEmpty() || !s.rw.isEmpty())
        parts << QStringLiteral("RT %1 / RW %2").arg(orDash(s.rt), orDash(s.rw));
    if (!s.kelurahan.isEmpty())
        parts << QStringLiteral("Kel. %1").arg(s.kelurahan);
    return parts.join(QStringLiteral(", "));
}

// Draws `text` at the top left of `rect`, word-wrapped, and returns the
// height it took.
double drawWrapped(QPainter& p, const QRectF& rect, const QString& text, const QFont& font, const QColor& color,
                   int align = Qt::AlignLeft)
{
    p.setFont(font);
    p.setPen(color);
    const int flags = Qt::TextWordWrap | Qt::AlignTop | align;
    const QRectF used = p.boundingRect(rect, flags, text);
    p.drawText(rect, flags, text);
    return used.height();
}

// The largest font from `points` down to `minPoints` at which `text` fits
// `rect` with word wrap.
QFont fitted(QPainter& p, const QRectF& rect, const QString& text, double points, double minPoints, bool bold)
{
    for (double pt = points; pt > minPoints; pt -= 0.25) {
        const QFont f = slipFont(pt, bold);
        p.setFont(f);
        const QRectF need = p.boundingRect(rect, Qt::TextWordWrap, text);
        if (need.height() <= rect.height() && need.width() <= rect.width())
            return f;
    }
    return slipFont(minPoints, bold);
}

// A section title on a light band; returns the y below it.
double section(QPainter& p, double y, const QString& title)
{
    const QRectF band(kMargin, y, kInner, 50);
    p.fillRect(band, kSectionFill);
    p.setPen(textColor());
    p.setFont(slipFont(8.5, true));
    p.drawText(band.adjusted(18, 0, -18, 0), Qt::AlignLeft | Qt::AlignVCenter, title);
    return band.bottom() + 14;
}

// "Label   value" on one line (the value wraps under itself); returns the
// height used.
double field(QPainter& p, double x, double y, double labelWidth, double width, const QString& label,
             const QString& value)
{
    p.setPen(kGrey);
    p.setFont(slipFont(7.5));
    p.drawText(QRectF(x, y + 3, labelWidth, 40), Qt::AlignLeft | Qt::AlignTop, label);
    const QRectF valueRect(x + labelWidth, y, width - labelWidth, 200);
    return std::max(38.0, drawWrapped(p, valueRect, orDash(value), slipFont(9, true), textColor()));
}

// A label and a line to write on by hand; returns the y below it.
double blank(QPainter& p, double x, double y, double width, const QString& label, const QString& prefilled = {})
{
    p.setPen(textColor());
    p.setFont(slipFont(8));
    const QRectF labelRect = p.boundingRect(QRectF(x, y, width, 45), Qt::AlignLeft | Qt::AlignBottom, label);
    p.drawText(QRectF(x, y, width, 45), Qt::AlignLeft | Qt::AlignBottom, label);
    const double lineX = labelRect.right() + 15;
    p.setPen(QPen(kRule, 2, Qt::DotLine));
    p.drawLine(QPointF(lineX, y + 45), QPointF(x + width, y + 45));
    if (!prefilled.isEmpty()) {
        p.setPen(textColor());
        p.setFont(slipFont(8.5, true));
        p.drawText(QRectF(lineX + 10, y, x + width - lineX - 10, 42), Qt::AlignLeft | Qt::AlignBottom, prefilled);
    }
    return y + 58;
}

QString indexCell(const SlipIndex& i)
{
    if (!i.z)
        return QStringLiteral("-");
    QString text = decimal(*i.z, 2);
    if (!i.label.isEmpty())
        text += QLatin1Char('\n') + i.label;
    if (i.flagged)
        text += QStringLiteral("\n(ukur ulang?)");
    return text;
}

QString valuesCell(const SlipMeasurement& m)
{
    QStringList lines;
    lines << QStringLiteral("BB %1").arg(m.weightKg ? decimal(*m.weightKg, 1) + QStringLiteral(" kg")
                                                    : QStringLiteral("-"));
    lines << QStringLiteral("%1 %2").arg(m.standing ? QStringLiteral("TB") : QStringLiteral("PB"),
                                         m.lengthCm ? decimal(*m.lengthCm, 1) + QStringLiteral(" cm")
                                                    : QStringLiteral("-"));
    lines << QStringLiteral("LiLA %1").arg(m.muacCm ? decimal(*m.muacCm, 1) + QStringLiteral(" cm")
                                                    : QStringLiteral("-"));
    if (m.oedema)
        lines << QStringLiteral("edema kedua kaki");
    return lines.join(QLatin1Char('\n'));
}

// The last measurements (up to two) as a table; returns the y below it.
double measurements(QPainter& p, double y, const SlipInput& s)
{
    if (s.measurements.empty()) {
        p.setPen(textColor());
        p.setFont(slipFont(8.5));
        p.drawText(QRectF(kMargin + 18, y, kInner - 36, 45), Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("Belum ada hasil pengukuran."));
        return y + 55;
    }
    const double widths[] = {0.19, 0.21, 0.2, 0.2, 0.2};
    const QStringList heads{QStringLiteral("Tanggal (umur)"), QStringLiteral("Hasil ukur"), QStringLiteral("BB/U"),
                            QStringLiteral("PB/U atau TB/U"), QStringLiteral("BB/PB atau BB/TB")};
    auto columnX = [&widths](int c) {
        double x = kMargin;
        for (int i = 0; i < c; ++i)
            x += widths[i] * kInner;
        return x;
    };
    const double headH = 42;
    p.setPen(kGrey);
    p.setFont(slipFont(7, true));
    for (int c = 0; c < 5; ++c)
        p.drawText(QRectF(columnX(c) + 10, y, widths[c] * kInner - 20, headH), Qt::AlignLeft | Qt::AlignVCenter,
                   heads[c]);
    double rowY = y + headH;
    p.setPen(QPen(kRule, 2));
    p.drawLine(QPointF(kMargin, rowY), QPointF(kMargin + kInner, rowY));
    const double rowH = 118;
    const std::size_t shown = std::min<std::size_t>(2, s.measurements.size());
    for (std::size_t r = 0; r < shown; ++r) {
        const SlipMeasurement& m = s.measurements[r];
        const QString age = ageText(m.ageMonths);
        const QStringList cells{
            shortDate(m.date) + (age.isEmpty() ? QString() : QStringLiteral("\n(%1)").arg(age)), valuesCell(m),
            indexCell(m.weightForAge), indexCell(m.lengthForAge), indexCell(m.weightForLength)};
        for (int c = 0; c < 5; ++c) {
            const QRectF cell(columnX(c) + 10, rowY + 8, widths[c] * kInner - 20, rowH - 16);
            p.setPen(textColor());
            p.setFont(fitted(p, cell, cells[c], 7.5, 5.5, r == 0 && c >= 2));
            p.drawText(cell, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cells[c]);
        }
        rowY += rowH;
        p.setPen(QPen(kRule, 2));
        p.drawLine(QPointF(kMargin, rowY), QPointF(kMargin + kInner, rowY));
    }
    p.setPen(kGrey);
    p.setFont(slipFont(6.5));
    p.drawText(QRectF(kMargin, rowY + 4, kInner, 32), Qt::AlignLeft | Qt::AlignTop,
               QStringLiteral("z-skor Standar WHO · kategori menurut Permenkes No. 2 Tahun 2020"));
    return rowY + 42;
}

// The reasons, or for a confidential referral the contact that replaces
// them; returns the y below.
double reasons(QPainter& p, double y, const SlipInput& s, double maxHeight)
{
    const QRectF area(kMargin + 18, y, kInner - 36, maxHeight);
    if (s.confidential) {
        const QString text = QStringLiteral(
            "RAHASIA. Alasan rujukan tidak ditulis di surat ini. Petugas tempat rujukan dapat menghubungi "
            "UPTD PPA (Perlindungan Perempuan dan Anak) setempat atau SAPA 129: telepon 129, "
            "WhatsApp 08111-129-129 (24 jam).");
        const QFont f = fitted(p, area, text, 9, 6.5, true);
        return y + drawWrapped(p, area, text, f, kAlarm) + 10;
    }
    QStringList lines;
    for (const QString& r : s.reasons)
        lines << QStringLiteral("• ") + r;
    if (lines.isEmpty())
        lines << QStringLiteral("-");
    auto fits = [&p](const QRectF& r, const QString& text, const QFont& f) {
        p.setFont(f);
        return p.boundingRect(r, Qt::TextWordWrap, text).height() <= r.height();
    };
    p.save();
    p.setClipRect(area);
    double used = 0;
    const QRectF leftArea(area.left(), area.top(), area.width() / 2 - 15, area.height());
    const QRectF rightArea(area.left() + area.width() / 2 + 15, area.top(), area.width() / 2 - 15, area.height());
    const qsizetype half = (lines.size() + 1) / 2;
    const QString left = lines.mid(0, half).join(QLatin1Char('\n'));
    const QString right = lines.mid(half).join(QLatin1Char('\n'));
    const QFont columns = std::min(fitted(p, leftArea, left, 9, 6, false), fitted(p, rightArea, right, 9, 6, false),
                                   [](const QFont& a, const QFont& b) { return a.pixelSize() < b.pixelSize(); });
    const QString one = lines.join(QLatin1Char('\n'));
    if (lines.size() <= 4 && fits(area, one, fitted(p, area, one, 9, 6, false))) {
        used = drawWrapped(p, area, one, fitted(p, area, one, 9, 6, false), textColor());
    } else if (fits(leftArea, left, columns) && fits(rightArea, right, columns)) {
        // Many reasons: two columns, at one size that fits both.
        used = std::max(drawWrapped(p, leftArea, left, columns, textColor()),
                        drawWrapped(p, rightArea, right, columns, textColor()));
    } else {
        // Still more: one paragraph, so that every reason is on the paper.
        QStringList words;
        for (const QString& r : s.reasons)
            words << r;
        const QString text = words.join(QStringLiteral("; ")) + QLatin1Char('.');
        used = drawWrapped(p, area, text, fitted(p, area, text, 9, 4.5, false), textColor());
    }
    p.restore();
    return y + std::min(used, area.height()) + 10;
}

void layOut(const SlipInput& s, QPainter& p)
{
    p.fillRect(QRectF(0, 0, kW, kH), Qt::white);
    const double colW = kInner / 2;
    const double labelW = 235;

    // Title, and who sends the family.
    const SexColors colors = sexColors(s.sex);
    p.fillRect(QRectF(kMargin, kMargin, kInner, 12), colors.accent);
    p.setPen(textColor());
    p.setFont(slipFont(15, true));
    p.drawText(QRectF(kMargin, kMargin + 25, kInner, 80), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("SURAT RUJUKAN"));
    if (s.confidential) {
        const QRectF stamp(kMargin + 560, kMargin + 38, 250, 58);
        p.setPen(QPen(kAlarm, 5));
        p.setBrush(Qt::NoBrush);
        p.drawRect(stamp);
        p.setPen(kAlarm);
        p.setFont(slipFont(10, true));
        p.drawText(stamp, Qt::AlignCenter, QStringLiteral("RAHASIA"));
    }
    p.setPen(textColor());
    p.setFont(slipFont(10, true));
    p.drawText(QRectF(kMargin + colW, kMargin + 20, colW, 50), Qt::AlignRight | Qt::AlignVCenter,
               posyanduTitle(s.posyanduName));
    p.setPen(kGrey);
    p.setFont(slipFont(8));
    p.drawText(QRectF(kMargin + colW, kMargin + 68, colW, 40), Qt::AlignRight | Qt::AlignVCenter, posyanduPlace(s));
    double y = kMargin + 125;

    const QString sender = s.senderRole.isEmpty() ? s.senderName
                                                  : QStringLiteral("%1 (%2)").arg(orDash(s.senderName), s.senderRole);
    const double leftH = field(p, kMargin, y, labelW, colW - 20, QStringLiteral("Tanggal"), longDate(s.referredOn));
    const double rightH = field(p, kMargin + colW, y, labelW - 40, colW, QStringLiteral("Pengirim"), sender);
    y += std::max(leftH, rightH) + 6;
    y += field(p, kMargin, y, labelW, kInner, QStringLiteral("Kepada"), s.destination) + 6;
    y += field(p, kMargin, y, labelW, kInner, QStringLiteral("Yang dirujuk"),
               s.forHousehold ? QStringLiteral("keluarga anak ini (rumah tangga)") : QStringLiteral("anak"))
       + 14;

    // The child and the family.
    y = section(p, y, QStringLiteral("IDENTITAS ANAK DAN KELUARGA"));
    auto pair = [&](const QString& l1, const QString& v1, const QString& l2, const QString& v2) {
        const double a = field(p, kMargin, y, labelW, colW - 20, l1, v1);
        const double b = field(p, kMargin + colW, y, labelW - 40, colW, l2, v2);
        y += std::max(a, b) + 4;
    };
    y += field(p, kMargin, y, labelW, kInner, QStringLiteral("Nama anak"), s.childName) + 4;
    pair(QStringLiteral("Tanggal lahir"), longDate(s.birthDate), QStringLiteral("Umur"), ageText(s.ageMonths));
    pair(QStringLiteral("Jenis kelamin"),
         s.sex == growth::Sex::Male ? QStringLiteral("Laki-laki") : QStringLiteral("Perempuan"),
         QStringLiteral("NIK"), s.nik.isEmpty() ? QStringLiteral("belum ada") : maskedNik(s.nik));
    pair(QStringLiteral("Nama ibu"), s.motherName, QStringLiteral("Nama ayah"), s.fatherName);
    y += field(p, kMargin, y, labelW, kInner, QStringLiteral("Alamat"), addressText(s)) + 14;

    // The numbers.
    y = section(p, y, QStringLiteral("HASIL PENGUKURAN TERAKHIR"));
    y = measurements(p, y, s) + 6;

    // Why, and when the posyandu asks again. The reply part starts at a
    // fixed height, so the reasons get what is left above it.
    const double tearY = 1440;
    y = section(p, y, QStringLiteral("ALASAN RUJUKAN"));
    const double closingH = 110;
    const double closeY = tearY - closingH - 35;
    y = reasons(p, y, s, closeY - y - 15);

    const QString followUp = s.followUpOn.isValid()
                               ? QStringLiteral("Mohon diperiksa dan ditindaklanjuti. Kader akan menanyakan hasilnya "
                                                "kepada keluarga pada tanggal %1.")
                                     .arg(longDate(s.followUpOn))
                               : QStringLiteral("Mohon diperiksa dan ditindaklanjuti.");
    drawWrapped(p, QRectF(kMargin, closeY, kInner * 0.6, closingH), followUp, slipFont(7.5), textColor());
    p.setPen(QPen(kRule, 2, Qt::DotLine));
    p.drawLine(QPointF(kMargin + kInner * 0.66, closeY + 80), QPointF(kMargin + kInner, closeY + 80));
    p.setPen(kGrey);
    p.setFont(slipFont(7));
    p.drawText(QRectF(kMargin + kInner * 0.66, closeY + 82, kInner * 0.34, 30), Qt::AlignHCenter | Qt::AlignTop,
               QStringLiteral("tanda tangan pengirim"));

    // The tear-off line.
    p.setPen(QPen(QColor(0x70, 0x70, 0x70), 3, Qt::DashLine));
    p.drawLine(QPointF(0, tearY), QPointF(kW, tearY));
    p.setFont(slipFont(6.5));
    const QString cut = QStringLiteral("gunting di sini");
    const double cutW = QFontMetricsF(p.font()).horizontalAdvance(cut) + 40;
    p.fillRect(QRectF(kW / 2 - cutW / 2, tearY - 18, cutW, 36), Qt::white);
    p.setPen(kGrey);
    p.drawText(QRectF(kW / 2 - cutW / 2, tearY - 18, cutW, 36), Qt::AlignCenter, cut);

    // The reply, filled in at the destination and sent back.
    y = tearY + 40;
    p.setPen(textColor());
    p.setFont(slipFont(11, true));
    p.drawText(QRectF(kMargin, y, kInner, 55), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("BALASAN RUJUKAN"));
    p.setFont(slipFont(7));
    p.setPen(kGrey);
    p.drawText(QRectF(kMargin, y, kInner, 55), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("diisi oleh petugas tempat rujukan"));
    y += 62;
    const QString returnTo = QStringLiteral("Kembalikan ke %1%2 melalui keluarga atau kader.")
                                 .arg(posyanduTitle(s.posyanduName),
                                      posyanduPlace(s).isEmpty() ? QString()
                                                                 : QStringLiteral(" (%1)").arg(posyanduPlace(s)));
    y += drawWrapped(p, QRectF(kMargin, y, kInner, 60), returnTo, slipFont(7.5), textColor()) + 8;
    y = blank(p, kMargin, y, kInner, QStringLiteral("Nama anak:"),
              QStringLiteral("%1, dirujuk %2").arg(s.childName, longDate(s.referredOn)));
    const double half = kInner * 0.5;
    blank(p, kMargin, y, half - 30, QStringLiteral("Diterima tanggal:"));
    y = blank(p, kMargin + half, y, half, QStringLiteral("Nama petugas:"));
    y = blank(p, kMargin, y, kInner, QStringLiteral("Tindakan yang diberikan:"));
    y = blank(p, kMargin, y, kInner, QString());
    y = blank(p, kMargin, y, kInner, QStringLiteral("Saran untuk posyandu dan keluarga:"));
    // The signature and the stamp get room above their line.
    p.setPen(textColor());
    p.setFont(slipFont(8));
    p.drawText(QRectF(kMargin + half, y, half, 45), Qt::AlignLeft | Qt::AlignBottom,
               QStringLiteral("Tanda tangan & cap:"));
    p.setPen(QPen(kRule, 2, Qt::DotLine));
    p.drawLine(QPointF(kMargin + half, y + 125), QPointF(kMargin + kInner, y + 125));

    // Footer.
    const QDate printed = s.printedOn.isValid() ? s.printedOn : QDate::currentDate();
    p.setPen(QColor(0x70, 0x70, 0x70));
    p.setFont(slipFont(6));
    p.drawText(QRectF(kMargin, kH - 60, kInner, 30), Qt::AlignLeft | Qt::AlignBottom,
               QStringLiteral("Dibuat dengan Tumbuh · dicetak %1 · data anak bersifat rahasia, simpan dengan baik")
                   .arg(longDate(printed)));
}

} // namespace

QString maskedNik(const QString& nik)
{
    const QString digits = nik.trimmed();
    const qsizetype kept = digits.size() > 4 ? 4 : 0;
    return QString(digits.size() - kept, QChar(0x2022)) + digits.right(kept);
}

QSizeF slipSizeMm() { return {148, 210}; }

void paintReferralSlip(const SlipInput& slip, QPainter& painter, const QRectF& page)
{
    const double scale = std::min(page.width() / kW, page.height() / kH);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(page.center().x() - kW * scale / 2, page.center().y() - kH * scale / 2);
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(0, 0, kW, kH));
    layOut(slip, painter);
    painter.restore();
}

bool writeReferralSlipPdf(const SlipInput& slip, const QString& path, QString* error)
{
    // The title is visible in every PDF viewer: the name only, never the reasons.
    const PdfResult r = writePdf(path, QStringLiteral("Surat rujukan - %1").arg(slip.childName),
                                 QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)),
                                 [&slip](QPainter& painter, const QRectF& page, QPdfWriter&) { paintReferralSlip(slip, painter, page); });
    if (!r.ok() && error)
        *error = r.failure == PdfFailure::Start ? QStringLiteral("cannot start the PDF") : r.detail;
    return r.ok();
}

void printReferralSlip(const SlipInput& slip, QPagedPaintDevice& device)
{
    QPainter painter(&device);
    paintReferralSlip(slip, painter, QRectF(0, 0, device.width(), device.height()));
}

} // namespace tumbuh::report
