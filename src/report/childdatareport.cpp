#include "report/childdatareport.h"

#include "report/chartpalette.h"
#include "report/pdffile.h"

#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRectF>

#include <algorithm>
#include <numeric>
#include <utility>

namespace tumbuh::report {
namespace {

const QColor kGrey(0x5A, 0x5A, 0x5A);
const QColor kRule(0xB0, 0xB0, 0xB0);
const QColor kHeaderFill(0xEE, 0xF3, 0xEA);

class Pager {
public:
    Pager(QPainter& p, const QRectF& page, QPdfWriter& pdf)
        : p_(p), page_(page), pdf_(pdf), unit_(pdf.resolution() / 72.0), y_(page.top())
    {
    }

    QFont font(double points, bool bold = false) const
    {
        QFont f = QGuiApplication::font();
        f.setPixelSize(std::max(1, static_cast<int>(points * unit_ + 0.5)));
        f.setBold(bold);
        return f;
    }

    double pt(double points) const { return points * unit_; }
    double bottom() const { return page_.bottom() - pt(24); }

    // Wrapped text across the page; a new page first when it does not fit.
    void paragraph(const QString& text, const QFont& f, const QColor& color, double after)
    {
        p_.setFont(f);
        const QRectF need = p_.boundingRect(QRectF(page_.left(), 0, page_.width(), 1e6), Qt::TextWordWrap, text);
        if (y_ + need.height() > bottom())
            newPage();
        p_.setPen(color);
        p_.drawText(QRectF(page_.left(), y_, page_.width(), need.height() + 1), Qt::TextWordWrap, text);
        y_ += need.height() + after;
    }

    void table(const ChildDataTable& t)
    {
        // The title stays with its header and at least its first row.
        if (y_ + pt(90) > bottom())
            newPage();
        paragraph(t.title, font(11.5, true), textColor(), pt(4));
        const bool pairs = t.headers.isEmpty();
        const qsizetype columns = pairs ? 2 : t.headers.size();
        std::vector<double> w = t.widths;
        if (static_cast<qsizetype>(w.size()) != columns)
            w = pairs ? std::vector<double>{1.0, 2.2} : std::vector<double>(static_cast<std::size_t>(columns), 1.0);
        const double sum = std::accumulate(w.begin(), w.end(), 0.0);
        for (double& x : w)
            x = x / sum * page_.width();
        widths_ = w;
        header_ = t.headers;
        if (!pairs)
            row(header_, true);
        if (t.rows.empty())
            paragraph(t.emptyText.isEmpty() ? QStringLiteral("Tidak ada") : t.emptyText, font(9), kGrey, 0);
        for (const QStringList& r : t.rows)
            row(r, false, pairs);
        header_.clear();
        y_ += pt(12);
    }

    void footer()
    {
        p_.setFont(font(8));
        p_.setPen(kGrey);
        p_.drawText(QRectF(page_.left(), page_.bottom() - pt(14), page_.width(), pt(14)),
                    Qt::AlignRight | Qt::AlignBottom, QStringLiteral("Halaman %1").arg(pageNumber_));
    }

private:
    void newPage()
    {
        footer();
        pdf_.newPage();
        ++pageNumber_;
        y_ = page_.top();
        if (!header_.isEmpty())
            row(header_, true);
    }

    void row(const QStringList& cells, bool heading, bool firstBold = false)
    {
        const double pad = pt(3);
        const QFont plain = heading ? font(7.5, true) : font(8.5);
        const QFont label = font(8.5, true);
        double height = 0;
        for (qsizetype i = 0; i < cells.size() && i < static_cast<qsizetype>(widths_.size()); ++i) {
            p_.setFont(firstBold && i == 0 ? label : plain);
            const auto wi = static_cast<std::size_t>(i);
            const QRectF need = p_.boundingRect(QRectF(0, 0, widths_[wi] - 2 * pad, 1e6), Qt::TextWordWrap, cells[i]);
            height = std::max(height, need.height());
        }
        height += 2 * pad;
        if (y_ + height > bottom()) {
            if (heading) {
                const QStringList keep = std::exchange(header_, {});
                newPage();
                header_ = keep;
            } else {
                newPage();
            }
        }
        double x = page_.left();
        if (heading)
            p_.fillRect(QRectF(page_.left(), y_, page_.width(), height), kHeaderFill);
        for (qsizetype i = 0; i < cells.size() && i < static_cast<qsizetype>(widths_.size()); ++i) {
            const auto wi = static_cast<std::size_t>(i);
            p_.setFont(firstBold && i == 0 ? label : plain);
            p_.setPen(firstBold && i == 0 ? kGrey : textColor());
            p_.drawText(QRectF(x + pad, y_ + pad, widths_[wi] - 2 * pad, height - 2 * pad), Qt::TextWordWrap,
                        cells[i]);
            x += widths_[wi];
        }
        y_ += height;
        p_.setPen(QPen(kRule, pt(0.4)));
        p_.drawLine(QPointF(page_.left(), y_), QPointF(page_.right(), y_));
    }

    QPainter& p_;
    QRectF page_;
    QPdfWriter& pdf_;
    double unit_;
    double y_;
    int pageNumber_ = 1;
    std::vector<double> widths_;
    QStringList header_;
};

} // namespace

bool writeChildDataPdf(const ChildDataReport& data, const QString& path, QString* error)
{
    const QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                             QPageLayout::Millimeter);
    const PdfResult r = writePdf(path, data.title, layout, [&](QPainter& p, const QRectF& page, QPdfWriter& pdf) {
        Pager pager(p, page, pdf);
        pager.paragraph(data.title, pager.font(16, true), textColor(), pager.pt(6));
        for (const QString& line : data.intro)
            pager.paragraph(line, pager.font(9), kGrey, pager.pt(2));
        pager.paragraph(QString(), pager.font(6), kGrey, pager.pt(6));
        for (const ChildDataTable& t : data.tables)
            pager.table(t);
        for (const QString& line : data.closing)
            pager.paragraph(line, pager.font(9), kGrey, pager.pt(3));
        pager.footer();
    });
    if (!r.ok() && error)
        *error = r.detail.isEmpty() ? QStringLiteral("PDF") : r.detail;
    return r.ok();
}

} // namespace tumbuh::report
