#include "report/pdffile.h"

#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace tumbuh::report {

PdfResult writePdf(const QString& path, const QString& title, const QPageLayout& layout,
                   const std::function<void(QPainter&, const QRectF& page, QPdfWriter& pdf)>& paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {PdfFailure::Open, file.errorString()};
    // Owner-only (0600 on Linux), on the temporary file before the rename:
    // a growth card or slip names a child.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("Tumbuh"));
        pdf.setTitle(title);
        pdf.setPageLayout(layout);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            file.cancelWriting();
            return {PdfFailure::Start, {}};
        }
        paint(painter, QRectF(0, 0, pdf.width(), pdf.height()), pdf);
        painter.end();
    }
    if (!file.commit())
        return {PdfFailure::Commit, file.errorString()};
    return {};
}

} // namespace tumbuh::report
