#pragma once
// A PDF written safely: a temporary file beside the target (QSaveFile),
// renamed over it only when every page was painted and written, so a PDF
// that fails to draw or write leaves the previous file as it was; the PDF is
// owner-only (0600 on Linux). The growth
// card, the referral slip and the monthly report all write through here.
#include <QPageLayout>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <functional>

class QPainter;
class QPdfWriter;

namespace tumbuh::report {

enum class PdfFailure : std::uint8_t {
    None,
    Open,   // the temporary file could not be made (detail: the system's reason)
    Start,  // the painter could not start on the PDF
    Commit, // writing or renaming failed (detail: the system's reason)
};

struct PdfResult {
    PdfFailure failure = PdfFailure::None;
    QString detail;
    bool ok() const { return failure == PdfFailure::None; }
};

// Paints into a 300-dpi PDF with this title and page layout; `paint` gets
// the page rectangle in device pixels and the writer (for newPage()).
PdfResult writePdf(const QString& path, const QString& title, const QPageLayout& layout,
                   const std::function<void(QPainter&, const QRectF& page, QPdfWriter& pdf)>& paint);

} // namespace tumbuh::report
