#include "ui/child/childconsentview.h"

#include "records/consentnoticedata.h"
#include "records/outputguard.h"
#include "report/consentnotice.h"
#include "store/access.h"
#include "store/consentrepository.h"
#include "store/database.h"
#include "ui/child/consentdialog.h"
#include "ui/common/filedialogs.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace tumbuh::ui {
namespace {

QString dayText(const QDate& d)
{
    return d.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

ChildConsentView::ChildConsentView(store::Database& db, store::UserId user, QWidget* parent)
    : QWidget(parent), db_(db), user_(user), state_(new QLabel(this)), historyButton_(new QToolButton(this)),
      recordButton_(new QPushButton(this)), withdrawButton_(new QPushButton(this)),
      noticeButton_(new QPushButton(this)), history_(new QLabel(this)), error_(new QLabel(this))
{
    setObjectName(QStringLiteral("childConsentView"));
    runDialog_ = [](ConsentDialog& dialog) { dialog.exec(); };
    state_->setObjectName(QStringLiteral("consentState"));
    state_->setWordWrap(true);
    state_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    historyButton_->setCheckable(true);
    historyButton_->setAutoRaise(true);
    history_->setWordWrap(true);
    history_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    history_->hide();
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error_->hide();

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(state_, 1);
    bar->addWidget(historyButton_);
    bar->addWidget(recordButton_);
    bar->addWidget(withdrawButton_);
    bar->addWidget(noticeButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(history_);
    layout->addWidget(error_);

    connect(historyButton_, &QToolButton::toggled, history_, &QWidget::setVisible);
    connect(recordButton_, &QPushButton::clicked, this, &ChildConsentView::recordConsent);
    connect(withdrawButton_, &QPushButton::clicked, this, &ChildConsentView::withdrawConsent);
    connect(noticeButton_, &QPushButton::clicked, this, &ChildConsentView::saveNoticePdf);
    retranslateUi();
}

void ChildConsentView::setChild(std::optional<store::RowId> childId)
{
    childId_ = childId;
    reload();
}

void ChildConsentView::reload()
{
    statements_.clear();
    readError_.clear();
    if (childId_) {
        auto all = store::ConsentRepository(db_).forChild(*childId_);
        if (all)
            statements_ = std::move(*all);
        else
            readError_ = all.error().message;
    }
    render();
}

QString ChildConsentView::statementText(const store::Consent& c, bool withGuardian) const
{
    QStringList purposes;
    if (c.forMonitoring)
        purposes << tr("monitoring");
    if (c.forReporting)
        purposes << tr("reporting");
    if (c.forReferral)
        purposes << tr("referral");
    const QString relations[] = {tr("mother"), tr("father"), tr("guardian"), tr("other")};
    const QString relation = relations[static_cast<int>(c.relation) % 4];
    QString text;
    if (c.withdrawal) {
        text = withGuardian ? tr("withdrawn %1 by %2 (%3)").arg(dayText(c.givenOn), c.guardianName, relation)
                            : tr("withdrawn %1").arg(dayText(c.givenOn));
        if (!purposes.isEmpty())
            text += tr(" — still agrees to: %1").arg(purposes.join(QStringLiteral(", ")));
    } else {
        text = tr("given %1 by %2 (%3)").arg(dayText(c.givenOn), c.guardianName, relation);
        text += QStringLiteral(" — ")
              + (purposes.isEmpty() ? tr("no purpose") : purposes.join(QStringLiteral(", ")));
    }
    return text;
}

void ChildConsentView::render()
{
    const bool shown = childId_.has_value();
    QString refusal;
    bool mayRecord = false;
    bool mayPrint = false;
    if (auto who = store::signedInAs(db_, user_)) {
        mayRecord = who->may(store::Permission::RecordConsent);
        mayPrint = who->may(store::Permission::PrintForFamily);
        if (!mayRecord)
            refusal = store::refusalText(who->role, store::Permission::RecordConsent);
    }
    const bool writable = !db_.isReadOnly();
    const store::Consent* now = statements_.empty() ? nullptr : &statements_.back();
    recordButton_->setEnabled(shown && writable && mayRecord);
    withdrawButton_->setEnabled(shown && writable && mayRecord && now
                                && (now->forMonitoring || now->forReporting || now->forReferral));
    noticeButton_->setEnabled(shown && mayPrint);
    recordButton_->setToolTip(refusal);
    withdrawButton_->setToolTip(refusal);

    QString color;
    if (!readError_.isEmpty()) {
        state_->setText(tr("The consent could not be read: %1").arg(readError_));
        color = QStringLiteral("#b71c1c");
    } else if (!now) {
        state_->setText(tr("No parent's consent recorded"));
        color = QStringLiteral("#b45309");
    } else {
        state_->setText(tr("Parent's consent: %1").arg(statementText(*now, !now->withdrawal)));
        if (now->withdrawal || !now->forReporting)
            color = QStringLiteral("#b45309");
    }
    state_->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1; font-weight: bold;").arg(color));

    historyButton_->setText(tr("History (%1)").arg(statements_.size()));
    historyButton_->setEnabled(!statements_.empty());
    if (statements_.empty())
        historyButton_->setChecked(false);
    QStringList lines;
    for (auto it = statements_.rbegin(); it != statements_.rend(); ++it) {
        QString line = statementText(*it, true);
        if (!it->recordedBy.isEmpty())
            line += tr(" · recorded by %1").arg(it->recordedBy);
        if (!it->notes.isEmpty())
            line += QStringLiteral(" · ") + it->notes;
        lines << line.toHtmlEscaped();
    }
    history_->setText(lines.join(QStringLiteral("<br>")));
}

void ChildConsentView::retranslateUi()
{
    recordButton_->setText(tr("Record consent…"));
    withdrawButton_->setText(tr("Withdraw consent…"));
    noticeButton_->setText(tr("Print consent notice…"));
    historyButton_->setToolTip(tr("Every statement, newest first"));
    render();
}

void ChildConsentView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChildConsentView::recordConsent()
{
    runDialog(static_cast<int>(ConsentDialog::Kind::Give));
}

void ChildConsentView::withdrawConsent()
{
    runDialog(static_cast<int>(ConsentDialog::Kind::Withdraw));
}

void ChildConsentView::runDialog(int kind)
{
    if (!childId_)
        return;
    ConsentDialog dialog(db_, user_, *childId_, static_cast<ConsentDialog::Kind>(kind), this);
    runDialog_(dialog);
    if (!dialog.consent())
        return;
    reload();
    emit consentChanged(*childId_);
}

bool ChildConsentView::writeNoticePdf(const QString& path, QString* error) const
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!childId_)
        return fail(tr("No child is shown."));
    auto who = store::signedInAs(db_, user_);
    if (!who)
        return fail(who.error().message);
    if (auto allowed = who->require(store::Permission::PrintForFamily); !allowed)
        return fail(allowed.error().message);
    // The save dialog lets the user pick any file, the open database too.
    records::OutputGuard guard;
    guard.protectDatabase(db_.path());
    guard.protectEveryDatabase();
    if (auto free = guard.claim(path); !free)
        return fail(free.error().message);
    auto notice = records::consentNoticeFor(db_, *childId_, *who);
    if (!notice)
        return fail(notice.error().message);
    return report::writeConsentNoticePdf(*notice, path, error);
}

void ChildConsentView::saveNoticePdf()
{
    if (!childId_)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(QStringLiteral("surat-persetujuan.pdf"));
    const QString path = FileDialogs::savePdf(this, tr("Save consent notice"), suggested);
    if (path.isEmpty())
        return;
    QString why;
    error_->hide();
    if (!writeNoticePdf(path, &why)) {
        error_->setText(tr("The consent notice could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), why));
        error_->show();
    }
}

} // namespace tumbuh::ui
