#include "ui/charts/cardprinting.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>

namespace tumbuh::ui {

bool printCardWithDialog(const report::CardInput& card, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(card.paper == report::CardPaper::A5 ? QPageSize::A5 : QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(QCoreApplication::translate("CardPrinting", "Growth card"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("CardPrinting", "Print growth card"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    report::printCard(card, printer);
    return true;
}

} // namespace tumbuh::ui
