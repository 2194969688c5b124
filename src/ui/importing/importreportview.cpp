#include "ui/importing/importreportview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace tumbuh::ui {
namespace {

QTableWidget* makeTable(QWidget* parent, int columns)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setWordWrap(false); // one line a row; the whole text in the tooltip
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

QTableWidgetItem* lineItem(qint64 line)
{
    auto* i = new QTableWidgetItem(QLocale().toString(line));
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

ImportReportView::ImportReportView(QWidget* parent)
    : QWidget(parent), counts_(new QLabel(this)), ignored_(new QLabel(this)), more_(new QLabel(this)),
      tabs_(new QTabWidget(this)), columns_(makeTable(this, 2)), rejected_(makeTable(this, 3)),
      warnings_(makeTable(this, 2))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    counts_->setTextFormat(Qt::PlainText);
    counts_->setWordWrap(true);
    counts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ignored_->setWordWrap(true);
    ignored_->setTextFormat(Qt::PlainText);
    more_->setWordWrap(true);
    more_->setTextFormat(Qt::PlainText);
    layout->addWidget(counts_);
    layout->addWidget(tabs_, 1);
    layout->addWidget(more_);
    auto* columnsPage = new QWidget(this);
    auto* columnsLayout = new QVBoxLayout(columnsPage);
    columnsLayout->addWidget(columns_, 1);
    columnsLayout->addWidget(ignored_);
    tabs_->addTab(columnsPage, QString());
    tabs_->addTab(rejected_, QString());
    tabs_->addTab(warnings_, QString());
    retranslateUi();
    clear();
}

QString ImportReportView::fieldText(const QString& canonical)
{
    static const std::pair<const char*, const char*> kNames[] = {
        {"child_uid", QT_TR_NOOP("child's ID in Tumbuh")},
        {"nik", QT_TR_NOOP("NIK")},
        {"name", QT_TR_NOOP("child's name")},
        {"sex", QT_TR_NOOP("sex")},
        {"birth_date", QT_TR_NOOP("birth date")},
        {"birth_date_approximate", QT_TR_NOOP("birth date is approximate")},
        {"birth_weight_kg", QT_TR_NOOP("birth weight (kg)")},
        {"birth_weight_g", QT_TR_NOOP("birth weight (g)")},
        {"birth_length_cm", QT_TR_NOOP("birth length (cm)")},
        {"birth_length_mm", QT_TR_NOOP("birth length (mm)")},
        {"mother_name", QT_TR_NOOP("mother's name")},
        {"father_name", QT_TR_NOOP("father's name")},
        {"household_uid", QT_TR_NOOP("household's ID in Tumbuh")},
        {"address", QT_TR_NOOP("address")},
        {"rt", QT_TR_NOOP("RT")},
        {"rw", QT_TR_NOOP("RW")},
        {"kelurahan", QT_TR_NOOP("kelurahan or desa")},
        {"kecamatan", QT_TR_NOOP("kecamatan")},
        {"kabupaten", QT_TR_NOOP("kabupaten or kota")},
        {"province", QT_TR_NOOP("province")},
        {"posyandu", QT_TR_NOOP("posyandu")},
        {"posyandu_uid", QT_TR_NOOP("posyandu's ID in Tumbuh")},
        {"status", QT_TR_NOOP("child's status (active, moved...)")},
        {"status_date", QT_TR_NOOP("date of the status")},
        {"child_notes", QT_TR_NOOP("notes on the child")},
        {"has_kia", QT_TR_NOOP("has a KIA book")},
        {"measurement_uid", QT_TR_NOOP("measurement's ID in Tumbuh")},
        {"measured_on", QT_TR_NOOP("date of measuring")},
        {"weight_kg", QT_TR_NOOP("weight (kg)")},
        {"weight_g", QT_TR_NOOP("weight (g)")},
        {"length_cm", QT_TR_NOOP("length or height (cm)")},
        {"length_mm", QT_TR_NOOP("length or height (mm)")},
        {"position", QT_TR_NOOP("lying or standing")},
        {"head_cm", QT_TR_NOOP("head circumference (cm)")},
        {"muac_cm", QT_TR_NOOP("upper arm circumference, LiLA (cm)")},
        {"oedema", QT_TR_NOOP("oedema")},
        {"measured_by", QT_TR_NOOP("measured by")},
        {"notes", QT_TR_NOOP("notes on the measurement")},
        {"ignore", QT_TR_NOOP("not used")},
    };
    for (const auto& [key, text] : kNames) {
        if (canonical == QLatin1String(key))
            return tr(text);
    }
    return canonical;
}

void ImportReportView::showReport(const records::ImportReport& report, bool dryRun)
{
    report_ = report;
    dryRun_ = dryRun;
    fill();
}

void ImportReportView::clear()
{
    report_.reset();
    fill();
}

QString ImportReportView::countsText() const
{
    return counts_->text();
}

void ImportReportView::fill()
{
    columns_->setRowCount(0);
    rejected_->setRowCount(0);
    warnings_->setRowCount(0);
    tabs_->setVisible(report_.has_value());
    if (!report_) {
        counts_->clear();
        ignored_->clear();
        more_->clear();
        tabs_->setTabText(1, tr("Refused rows"));
        tabs_->setTabText(2, tr("Warnings"));
        return;
    }
    const records::ImportReport& r = *report_;
    QStringList lines;
    lines << (dryRun_ ? tr("If you import this file:") : tr("The import is finished:"));
    lines << tr("Rows read: %1").arg(number(r.rows));
    if (r.layout != records::ImportLayout::Measurements) {
        lines << (dryRun_ ? tr("Children: %1 new, %2 would change, %3 unchanged")
                          : tr("Children: %1 new, %2 changed, %3 unchanged"))
                     .arg(number(r.children.added), number(r.children.updated), number(r.children.unchanged));
    }
    if (r.layout != records::ImportLayout::Children) {
        lines << (dryRun_ ? tr("Measurements: %1 new, %2 would change, %3 unchanged")
                          : tr("Measurements: %1 new, %2 changed, %3 unchanged"))
                     .arg(number(r.measurements.added), number(r.measurements.updated),
                          number(r.measurements.unchanged));
    }
    if (r.posyanduAdded > 0)
        lines << tr("New posyandu: %1").arg(number(r.posyanduAdded));
    if (r.householdsAdded > 0)
        lines << tr("New households: %1").arg(number(r.householdsAdded));
    lines << tr("Rows refused: %1").arg(number(r.rejectedRows));
    if (r.warningCount > 0)
        lines << tr("Saved with a warning: %1").arg(number(r.warningCount));
    counts_->setText(lines.join(QLatin1Char('\n')));

    // "NIK -> nik": the header as written, and what Tumbuh reads it as.
    const QString arrow = QStringLiteral(" -> ");
    for (const QString& line : r.columns) {
        const qsizetype at = line.lastIndexOf(arrow);
        const int row = columns_->rowCount();
        columns_->insertRow(row);
        columns_->setItem(row, 0, item(at < 0 ? line : line.left(at)));
        columns_->setItem(row, 1, item(at < 0 ? QString() : fieldText(line.mid(at + arrow.size()))));
    }
    ignored_->setText(r.ignoredColumns.isEmpty()
                          ? tr("Every column of the file is used.")
                          : tr("Columns not used: %1").arg(r.ignoredColumns.join(QStringLiteral(", "))));

    const int rejectedShown = static_cast<int>(std::min<std::size_t>(r.rejected.size(), kMaxShown));
    rejected_->setRowCount(rejectedShown);
    for (int i = 0; i < rejectedShown; ++i) {
        const records::ImportIssue& issue = r.rejected[static_cast<std::size_t>(i)];
        rejected_->setItem(i, 0, lineItem(issue.line));
        rejected_->setItem(i, 1, item(issue.field.isEmpty() ? QString() : fieldText(issue.field)));
        rejected_->setItem(i, 2, item(issue.text.current()));
    }
    const int warningsShown = static_cast<int>(std::min<std::size_t>(r.warnings.size(), kMaxShown));
    warnings_->setRowCount(warningsShown);
    for (int i = 0; i < warningsShown; ++i) {
        const records::ImportIssue& issue = r.warnings[static_cast<std::size_t>(i)];
        warnings_->setItem(i, 0, lineItem(issue.line));
        warnings_->setItem(i, 1, item(issue.text.current()));
    }
    tabs_->setTabText(1, tr("Refused rows (%1)").arg(number(r.rejectedRows)));
    tabs_->setTabText(2, tr("Warnings (%1)").arg(number(r.warningCount)));
    if (r.rejectedRows > rejectedShown)
        more_->setText(tr("The first %1 refused rows are listed; all %2 are in the file of refused rows when you save one.")
                           .arg(number(rejectedShown), number(r.rejectedRows)));
    else
        more_->clear();
    more_->setVisible(!more_->text().isEmpty());
    if (r.rejectedRows > 0)
        tabs_->setCurrentIndex(1);
}

void ImportReportView::retranslateUi()
{
    tabs_->setTabText(0, tr("Columns"));
    columns_->setHorizontalHeaderLabels({tr("Column in the file"), tr("Read as")});
    rejected_->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Reason")});
    warnings_->setHorizontalHeaderLabels({tr("Line"), tr("Warning")});
    fill();
}

void ImportReportView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tumbuh::ui
