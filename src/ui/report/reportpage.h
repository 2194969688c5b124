#pragma once
// The "Laporan" page (issue 11 point 3): the month's report of one posyandu
// or of every posyandu in the file, as the forms show it — F1/SKDN with its
// ratios, the nutrition status with the prevalences and their 95 %
// intervals, and the posyandu compared — and the buttons that write it as
// Excel, CSV or PDF, or print it.
//
// The numbers are made by records::MonthlyLoader and
// report::computeMonthlyReport in a worker thread with its own read-only
// connection to the file, so the window stays responsive while a city is
// counted; a busy bar shows the work. Every file is written through
// records::OutputGuard (never over the database) and records::OutputFile
// (a temporary file renamed over the target).
#include "report/monthly/monthlyreport.h"
#include "store/access.h"

#include <QString>
#include <QWidget>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QThread;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class ReportTableModel;

class ReportPage : public QWidget {
    Q_OBJECT
public:
    enum class FileKind : std::uint8_t { Excel,
                                         CsvFolder,
                                         Pdf };
    // Asks where to write (a file, or a folder for CSV); empty = cancelled.
    // The page shows the save dialogs (ui/common/filedialogs.h) unless a
    // chooser is set: tests set one that returns their own path, and then
    // press the buttons as a user would.
    using FileChooser = std::function<QString(FileKind kind, const QString& suggested)>;

    explicit ReportPage(store::Database& db, QWidget* parent = nullptr);
    ~ReportPage() override;

    void setFileChooser(FileChooser chooser) { chooser_ = std::move(chooser); }
    // Who makes the report (the title block's "Dibuat oleh").
    void setMadeBy(const QString& name) { madeBy_ = name; }
    // Who works on the page (store/access.h): the Excel workbook and the CSV
    // files carry the by-name list (daftar anak), so a role without
    // ExportByName finds those buttons disabled, saying why, and
    // saveExcel()/saveCsv() refuse; the report's by-name list follows what
    // this user may see (records/namedpolicy.h: children with consent for
    // reporting, NIKs masked). Until set: the program itself (admin).
    void setViewer(const store::SignedInUser& viewer);

    void selectMonth(std::chrono::year_month month);
    std::chrono::year_month selectedMonth() const;
    // Empty: every posyandu in the file; else a posyandu's UID.
    void selectScope(const QString& posyanduUid);
    QString selectedScope() const;

    // Counts the chosen month and scope again, in the background.
    void refresh();
    bool isBusy() const { return busy_; }
    // Processes events until the counting in progress is done; false on
    // timeout.
    bool waitForReport(int timeoutMs);
    const std::optional<report::MonthlyReport>& currentReport() const { return report_; }

    // The files of the current report; false with the reason in `error`.
    bool saveExcel(const QString& path, QString* error);
    bool saveCsv(const QString& folder, QString* error);
    bool savePdf(const QString& path, QString* error);

    ReportTableModel* skdnModel() const { return skdnModel_; }
    ReportTableModel* ratioModel() const { return ratioModel_; }
    ReportTableModel* statusModel() const { return statusModel_; }
    ReportTableModel* prevalenceModel() const { return prevalenceModel_; }
    ReportTableModel* comparisonModel() const { return comparisonModel_; }
    QPushButton* excelButton() const { return excelButton_; }
    QPushButton* csvButton() const { return csvButton_; }
    QPushButton* pdfButton() const { return pdfButton_; }
    QPushButton* printButton() const { return printButton_; }
    QLabel* statusLabel() const { return status_; }

signals:
    void reportReady();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

public:
    // What the worker hands back (defined in the .cpp).
    struct Outcome;

private:
    void start();
    void finished(std::uint64_t generation, const std::shared_ptr<Outcome>& outcome);
    void fillScopes();
    void fillMonths();
    void showReport();
    void retranslateUi();
    void updateButtons();
    QString choose(FileKind kind, const QString& suggested);
    QString suggestedName(const QString& suffix) const;
    void saveExcelClicked();
    void saveCsvClicked();
    void savePdfClicked();
    void printClicked();
    void tellSaved(bool ok, const QString& path, const QString& error);

    store::Database& db_;
    FileChooser chooser_;
    QString madeBy_;
    store::SignedInUser viewer_{0, {}, store::Role::Admin, std::nullopt};
    std::optional<report::MonthlyReport> report_;
    QThread* worker_ = nullptr;
    std::uint64_t generation_ = 0;
    bool busy_ = false;
    bool pending_ = false;

    QLabel* monthLabel_;
    QComboBox* month_;
    QLabel* scopeLabel_;
    QComboBox* scope_;
    QPushButton* excelButton_;
    QPushButton* csvButton_;
    QPushButton* pdfButton_;
    QPushButton* printButton_;
    QProgressBar* progress_;
    QLabel* status_;
    QLabel* title_;
    QTabWidget* tabs_;
    QLabel* ratioTitle_;
    QLabel* prevalenceTitle_;
    QTableView* skdnView_;
    QTableView* ratioView_;
    QTableView* statusView_;
    QTableView* prevalenceView_;
    QTableView* comparisonView_;
    QWidget* comparisonPage_;
    ReportTableModel* skdnModel_;
    ReportTableModel* ratioModel_;
    ReportTableModel* statusModel_;
    ReportTableModel* prevalenceModel_;
    ReportTableModel* comparisonModel_;
};

} // namespace tumbuh::ui
