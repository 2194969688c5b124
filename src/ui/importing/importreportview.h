#pragma once
// What an import would do (the dry run) or did, in plain words: the rows
// read; children and measurements new, changed and unchanged; posyandu and
// households added; the columns recognised (header → what Tumbuh reads it
// as) and the ones not used; the rows refused with their line and reason
// (the first few hundred: all of them go to the rejects file); the warnings.
#include "records/import/importreport.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableWidget;

namespace tumbuh::ui {

class ImportReportView : public QWidget {
    Q_OBJECT
public:
    // At most this many refused rows and warnings are listed on screen.
    static constexpr int kMaxShown = 300;

    explicit ImportReportView(QWidget* parent = nullptr);

    // `dryRun`: the counts are what an import would do; otherwise what it did.
    void showReport(const records::ImportReport& report, bool dryRun);
    void clear();

    // The counts as the user reads them, one line each.
    QString countsText() const;
    QTableWidget* columnsTable() const { return columns_; }
    QTableWidget* rejectedTable() const { return rejected_; }
    QTableWidget* warningsTable() const { return warnings_; }
    QTabWidget* tabs() const { return tabs_; }

    // The field a canonical import name stands for, in the user's words
    // ("birth_date" → "tanggal lahir").
    static QString fieldText(const QString& canonical);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fill();

    QLabel* counts_;
    QLabel* ignored_;
    QLabel* more_;
    QTabWidget* tabs_;
    QTableWidget* columns_;
    QTableWidget* rejected_;
    QTableWidget* warnings_;
    std::optional<records::ImportReport> report_;
    bool dryRun_ = true;
};

} // namespace tumbuh::ui
