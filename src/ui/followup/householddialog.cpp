#include "ui/followup/householddialog.h"

#include "growth/assessment.h"
#include "records/followup/destinations.h"
#include "store/childrepository.h"
#include "store/counsellingrepository.h"
#include "store/database.h"
#include "store/householdrepository.h"
#include "store/referralrepository.h"
#include "store/referralworkflow.h"
#include "ui/common/dialogscrollarea.h"
#include "ui/common/displaytext.h"
#include "ui/common/growthinput.h"
#include "ui/common/statusmarker.h"
#include "ui/core/datanotifier.h"
#include "ui/followup/followuptext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tumbuh::ui {
namespace {

QTableWidget* makeTable(QWidget* parent, int columns)
{
    auto* t = new QTableWidget(0, columns, parent);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

} // namespace

HouseholdDialog::HouseholdDialog(store::Database& db, DataNotifier& notifier, store::RowId childId, QWidget* parent)
    : QDialog(parent), db_(db), childId_(childId), family_(new QLabel(this)), childrenTitle_(new QLabel(this)),
      children_(makeTable(this, ChildColumnCount)), referralsTitle_(new QLabel(this)), referrals_(makeTable(this, 5)),
      counsellingTitle_(new QLabel(this)), counselling_(makeTable(this, 4))
{
    setObjectName(QStringLiteral("householdDialog"));
    family_->setWordWrap(true);
    family_->setTextFormat(Qt::RichText);
    family_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = childrenTitle_->font();
    bold.setBold(true);
    for (QLabel* l : {childrenTitle_, referralsTitle_, counsellingTitle_})
        l->setFont(bold);
    children_->setIconSize(QSize(14, 14));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(family_);
    layout->addWidget(childrenTitle_);
    layout->addWidget(children_, 2);
    layout->addWidget(referralsTitle_);
    layout->addWidget(referrals_, 2);
    layout->addWidget(counsellingTitle_);
    layout->addWidget(counselling_, 1);
    layout->addWidget(buttons);
    DialogScrollArea::setPreferredSize(this, QSize(760, 600));
    DialogScrollArea::fitWhenShown(this);

    const auto again = [this] { reload(); };
    connect(&notifier, &DataNotifier::referralsChanged, this, again);
    connect(&notifier, &DataNotifier::counsellingChanged, this, again);
    connect(&notifier, &DataNotifier::childChanged, this, again);
    connect(&notifier, &DataNotifier::measurementsChanged, this, again);
    connect(&notifier, &DataNotifier::householdChanged, this, again);
    retranslateUi();
}

void HouseholdDialog::retranslateUi()
{
    setWindowTitle(tr("Family"));
    childrenTitle_->setText(tr("Children of the family"));
    referralsTitle_->setText(tr("Open referrals"));
    counsellingTitle_->setText(tr("Counselling (edukasi)"));
    children_->setHorizontalHeaderLabels({tr("Name"), tr("Sex"), tr("Age"), tr("Last visit"), tr("Status")});
    referrals_->setHorizontalHeaderLabels({tr("Date"), tr("Child"), tr("Destination"), tr("Reasons"), tr("Status")});
    counselling_->setHorizontalHeaderLabels({tr("Date"), tr("Child"), tr("Topic"), tr("By")});
    reload();
}

void HouseholdDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HouseholdDialog::reload()
{
    children_->setRowCount(0);
    referrals_->setRowCount(0);
    counselling_->setRowCount(0);
    auto child = store::ChildRepository(db_).get(childId_);
    if (!child || !child->householdId) {
        family_->setText(tr("No household is recorded for this child."));
        return;
    }
    householdId_ = child->householdId;
    auto household = store::HouseholdRepository(db_).get(*householdId_);
    if (!household) {
        family_->setText(household.error().message.toHtmlEscaped());
        return;
    }
    const store::Household& h = *household;
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QStringList lines;
    const QString parents = QStringList{h.motherName, h.fatherName}.filter(QRegularExpression(QStringLiteral("\\S"))).join(QStringLiteral(" & "));
    lines << QStringLiteral("<b>%1</b>").arg(esc(tr("Family of %1").arg(parents.isEmpty() ? child->motherName : parents)));
    QString address = h.address;
    if (!h.rt.isEmpty() || !h.rw.isEmpty())
        address += (address.isEmpty() ? QString() : QStringLiteral(", ")) + tr("RT %1 / RW %2").arg(h.rt, h.rw);
    if (!h.kelurahan.isEmpty())
        address += (address.isEmpty() ? QString() : QStringLiteral(", ")) + h.kelurahan;
    lines << tr("Address: %1").arg(esc(address.isEmpty() ? tr("not recorded") : address));
    if (!h.phone.isEmpty())
        lines << tr("Phone: %1").arg(esc(h.phone));
    lines << tr("Family notes: %1").arg(esc(h.notes.isEmpty() ? tr("none (e.g. receives PKH or BPNT)") : h.notes));
    family_->setText(lines.join(QStringLiteral("<br>")));

    // The household's children, as the register shows them: the status of
    // the last visit against the weighings of the months before it.
    store::ChildFilter filter;
    filter.posyanduId = child->posyanduId;
    filter.activeOnly = false;
    filter.withEarlierWeighings = true;
    std::vector<store::ChildWithLastMeasurement> family;
    if (auto list = store::ChildRepository(db_).listWithLastMeasurement(filter))
        for (auto& line : *list)
            if (line.child.householdId == householdId_)
                family.push_back(std::move(line));
    std::sort(family.begin(), family.end(), [](const auto& a, const auto& b) {
        return a.child.birthDate < b.child.birthDate;
    });
    const QDate today = db_.today();
    children_->setRowCount(static_cast<int>(family.size()));
    for (int row = 0; row < static_cast<int>(family.size()); ++row) {
        const auto& line = family[static_cast<std::size_t>(row)];
        Marker marker = Marker::None;
        QStringList why;
        if (line.last) {
            std::vector<growth::Visit> before;
            for (const auto& w : line.earlierWeighings) {
                growth::Visit v;
                v.date = toYmd(w.date);
                v.weight = w.weight;
                before.push_back(v);
            }
            const auto a = growth::assessVisit(toFacts(line.child), toVisit(*line.last), before);
            marker = StatusMarker::of(a);
            why = StatusMarker::reasons(a);
        }
        auto* name = item(line.child.name);
        name->setIcon(StatusMarker::icon(marker));
        if (line.child.meta.id == childId_) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
        }
        children_->setItem(row, ChildName, name);
        children_->setItem(row, ChildSex, item(DisplayText::sexShort(line.child.sex)));
        children_->setItem(row, ChildAge, item(DisplayText::age(line.child.birthDate, today)));
        children_->setItem(row, ChildLastVisit, item(line.last ? DisplayText::date(line.last->date) : tr("never")));
        auto* status = item(StatusMarker::word(marker));
        status->setIcon(StatusMarker::icon(marker));
        status->setToolTip(why.join(QLatin1Char('\n')));
        children_->setItem(row, ChildStatus, status);
    }

    const auto destinations = records::loadDestinations(QFileInfo(db_.path()).absolutePath()).destinations;
    for (const auto& line : family) {
        if (auto list = store::ReferralRepository(db_).forChild(line.child.meta.id)) {
            for (const auto& r : *list) {
                if (!store::isOpen(r.status))
                    continue;
                const int row = referrals_->rowCount();
                referrals_->insertRow(row);
                referrals_->setItem(row, 0, item(DisplayText::date(r.referredOn)));
                referrals_->setItem(row, 1, item(r.forHousehold ? tr("%1 (whole family)").arg(line.child.name) : line.child.name));
                referrals_->setItem(row, 2, item(FollowUpText::destinationWord(destinations, r.destination)));
                QString reasons = FollowUpText::reasonsText(r.reasons);
                if (store::isConfidential(r))
                    reasons = FollowUpText::confidentialWord() + QStringLiteral(": ") + reasons;
                referrals_->setItem(row, 3, item(reasons));
                QString status = store::statusWord(r.status);
                if (const int late = store::daysOverdue(r, today); late > 0)
                    status = tr("%1 — overdue %n day(s)", nullptr, late).arg(status);
                referrals_->setItem(row, 4, item(status));
            }
        }
        if (auto list = store::CounsellingRepository(db_).forChild(line.child.meta.id)) {
            for (const auto& c : *list) {
                const int row = counselling_->rowCount();
                counselling_->insertRow(row);
                counselling_->setItem(row, 0, item(DisplayText::date(c.counselledOn)));
                counselling_->setItem(row, 1, item(line.child.name));
                counselling_->setItem(row, 2, item(FollowUpText::topicWord(c.topic)));
                counselling_->setItem(row, 3, item(c.counselledBy));
            }
        }
    }
    for (QTableWidget* t : {children_, referrals_, counselling_}) {
        // Every column on screen: a long text (the reasons) is elided and
        // whole in the tooltip.
        t->resizeColumnsToContents();
        const int widest = t->fontMetrics().horizontalAdvance(QStringLiteral("dirujuk — terlambat 100 hari")) + 40;
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->setColumnWidth(c, std::min(t->columnWidth(c), widest));
    }
}

} // namespace tumbuh::ui
