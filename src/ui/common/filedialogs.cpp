#include "ui/common/filedialogs.h"

#include <QFileDialog>

namespace tumbuh::ui {

// Qt's standard buttons (QMessageBox, QDialogButtonBox) look their words up
// in the context "QPlatformTheme"; naming them here puts them in
// tumbuh_id.ts, so that "OK" and "Cancel" read "OK" and "Batal".
[[maybe_unused]] static const char* const kStandardButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
};

namespace {

// Qt's own dialog (not the desktop's), so that the words set here apply.
void useOwnWords(QFileDialog& dialog, const QString& accept)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setLabelText(QFileDialog::LookIn, FileDialogs::tr("Folder:"));
    dialog.setLabelText(QFileDialog::FileName, FileDialogs::tr("File name:"));
    dialog.setLabelText(QFileDialog::FileType, FileDialogs::tr("Type:"));
    dialog.setLabelText(QFileDialog::Accept, accept);
    dialog.setLabelText(QFileDialog::Reject, FileDialogs::tr("Cancel"));
}

QString chosen(QFileDialog& dialog)
{
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

QString openFile(QWidget* parent, const QString& title, const QString& folder, const QString& filter)
{
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    useOwnWords(dialog, FileDialogs::tr("&Open"));
    return chosen(dialog);
}

QString saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter,
                 const QString& suffix)
{
    QFileDialog dialog(parent, title, suggested, filter);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    useOwnWords(dialog, FileDialogs::tr("&Save"));
    return chosen(dialog);
}

} // namespace

QString FileDialogs::openDatabase(QWidget* parent, const QString& folder)
{
    return openFile(parent, tr("Open database"), folder, tr("Tumbuh database (*.db);;All files (*)"));
}

QString FileDialogs::savePdf(QWidget* parent, const QString& title, const QString& suggested)
{
    return saveFile(parent, title, suggested, tr("PDF (*.pdf)"), QStringLiteral("pdf"));
}

QString FileDialogs::saveXlsx(QWidget* parent, const QString& title, const QString& suggested)
{
    return saveFile(parent, title, suggested, tr("Excel workbook (*.xlsx)"), QStringLiteral("xlsx"));
}

QString FileDialogs::openImport(QWidget* parent, const QString& folder)
{
    return openFile(parent, tr("Choose the file to import"), folder,
                    tr("CSV or Excel (*.csv *.xls *.xlsx *.htm *.html);;All files (*)"));
}

QString FileDialogs::saveCsv(QWidget* parent, const QString& title, const QString& suggested)
{
    return saveFile(parent, title, suggested, tr("CSV (*.csv)"), QStringLiteral("csv"));
}

QString FileDialogs::chooseFolder(QWidget* parent, const QString& title, const QString& suggested)
{
    QFileDialog dialog(parent, title, suggested);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    useOwnWords(dialog, tr("&Choose"));
    return chosen(dialog);
}

} // namespace tumbuh::ui
