#include "ui/posyanduday/resultpanel.h"

#include "ui/common/displaytext.h"
#include "ui/common/statusmarker.h"
#include "ui/posyanduday/largetext.h"
#include "ui/posyanduday/resulttext.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tumbuh::ui {
namespace {

QLabel* label(const QString& objectName, double scale, bool bold = false)
{
    QLabel* l = largetext::label(objectName, scale, bold);
    l->setWordWrap(true);
    return l;
}

QString badgeStyle(const QColor& background, const QColor& text)
{
    return QStringLiteral("background: %1; color: %2; border-radius: 4px; padding: 2px 8px;")
        .arg(background.name(), text.name());
}

const growth::Indicator kOrder[growth::kIndicatorCount] = {
    growth::Indicator::WeightForAge,
    growth::Indicator::LengthHeightForAge,
    growth::Indicator::WeightForLengthHeight,
    growth::Indicator::BmiForAge,
    growth::Indicator::HeadCircumferenceForAge,
    growth::Indicator::ArmCircumferenceForAge,
};

void addVisibleText(QStringList& out, const QLabel* l)
{
    if (l && !l->isHidden() && !l->text().isEmpty())
        out << l->text();
}

} // namespace

ResultPanel::ResultPanel(QWidget* parent) : QWidget(parent)
{
    build();
    retranslate();
}

void ResultPanel::build()
{
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(8);

    title_ = label(QStringLiteral("resultTitle"), 1.2, true);
    title_->setWordWrap(false);
    // The same dot and word as the register and the child's page.
    statusDot_ = new QLabel;
    statusDot_->setObjectName(QStringLiteral("resultStatusDot"));
    statusWord_ = label(QStringLiteral("resultStatus"), 1.2, true);
    statusWord_->setWordWrap(false);
    auto* heading = new QHBoxLayout;
    heading->addWidget(title_);
    heading->addSpacing(12);
    heading->addWidget(statusDot_);
    heading->addWidget(statusWord_);
    heading->addStretch(1);
    box->addLayout(heading);
    message_ = label(QStringLiteral("resultMessage"), 1.1);
    message_->setStyleSheet(QStringLiteral("color: #546e7a;"));
    box->addWidget(message_);

    // "Ukur ulang" first: a number that may be a slip is not a result.
    recheck_ = new QFrame;
    recheck_->setObjectName(QStringLiteral("recheckBox"));
    recheck_->setStyleSheet(QStringLiteral(
        "#recheckBox { background: #fff3e0; border: 2px solid #e65100; border-radius: 4px; }"));
    auto* cbox = new QVBoxLayout(recheck_);
    recheckTitle_ = label(QStringLiteral("recheckTitle"), 1.3, true);
    recheckTitle_->setStyleSheet(QStringLiteral("color: #bf360c;"));
    recheckText_ = label(QStringLiteral("recheckText"), 1.1);
    recheckText_->setStyleSheet(QStringLiteral("color: #4e2600;"));
    cbox->addWidget(recheckTitle_);
    cbox->addWidget(recheckText_);
    box->addWidget(recheck_);

    auto* status = new QHBoxLayout;
    letter_ = label(QStringLiteral("weighingLetter"), 2.2, true);
    letter_->setAlignment(Qt::AlignCenter);
    letter_->setMinimumWidth(48);
    letter_->setWordWrap(false);
    weighing_ = label(QStringLiteral("weighingText"), 1.35, true);
    status->addWidget(letter_);
    status->addWidget(weighing_, 1);
    box->addLayout(status);

    auto* badges = new QHBoxLayout;
    twoT_ = label(QStringLiteral("twoTBadge"), 1.5, true);
    bgm_ = label(QStringLiteral("bgmBadge"), 1.5, true);
    for (QLabel* b : {twoT_, bgm_}) {
        b->setWordWrap(false);
        b->setStyleSheet(badgeStyle(ResultText::severityColour(growth::Severity::Severe), Qt::white));
        badges->addWidget(b);
    }
    badges->addStretch();
    box->addLayout(badges);

    referral_ = new QFrame;
    referral_->setObjectName(QStringLiteral("referralBox"));
    referral_->setStyleSheet(QStringLiteral(
        "#referralBox { background: #ffebee; border: 2px solid #c62828; border-radius: 4px; }"));
    auto* rbox = new QVBoxLayout(referral_);
    referralTitle_ = label(QStringLiteral("referralTitle"), 1.15, true);
    referralTitle_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    referralText_ = label(QStringLiteral("referralText"), 1.1);
    rbox->addWidget(referralTitle_);
    rbox->addWidget(referralText_);
    referButton_ = new QPushButton;
    referButton_->setObjectName(QStringLiteral("referButton"));
    referButton_->setFocusPolicy(Qt::TabFocus); // Enter in the form still saves
    rbox->addWidget(referButton_, 0, Qt::AlignLeft);
    connect(referButton_, &QPushButton::clicked, this, &ResultPanel::referRequested);
    box->addWidget(referral_);

    table_ = new QWidget;
    auto* grid = new QGridLayout(table_);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(5);
    grid->setColumnStretch(2, 1);
    for (int i = 0; i < growth::kIndicatorCount; ++i) {
        Row& r = rows_[i];
        const QString key = QString::number(static_cast<int>(kOrder[i]));
        r.name = label(QStringLiteral("indicatorName") + key, 1.15, true);
        r.name->setWordWrap(false);
        r.z = label(QStringLiteral("indicatorZ") + key, 1.3, true);
        r.z->setWordWrap(false);
        r.z->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        r.z->setMinimumWidth(70);
        r.category = label(QStringLiteral("indicatorCategory") + key, 1.1, true);
        // A chip: one line (its style-sheet padding would be left out of a
        // wrapped label's height).
        r.category->setWordWrap(false);
        r.severity = label(QStringLiteral("indicatorSeverity") + key, 1.05);
        r.severity->setWordWrap(false);
        // The severity word under the chip, not beside it: the panel stays
        // narrow enough for a 1024-pixel screen with the chip whole.
        grid->addWidget(r.name, 2 * i, 0);
        grid->addWidget(r.z, 2 * i, 1);
        grid->addWidget(r.category, 2 * i, 2, Qt::AlignLeft);
        grid->addWidget(r.severity, 2 * i + 1, 2);
        r.severity->hide();
    }
    box->addWidget(table_);

    warnings_ = new QFrame;
    warnings_->setObjectName(QStringLiteral("warningsBox"));
    warnings_->setStyleSheet(QStringLiteral(
        "#warningsBox { background: #fff8e1; border-left: 5px solid #f9a825; }"));
    auto* wbox = new QVBoxLayout(warnings_);
    warningsText_ = label(QStringLiteral("warningsText"), 1.1);
    warningsText_->setStyleSheet(QStringLiteral("color: #4e3400;"));
    wbox->addWidget(warningsText_);
    box->addWidget(warnings_);
    box->addStretch(1);

    showMessage({});
}

void ResultPanel::retranslate()
{
    title_->setText(tr("Result"));
    twoT_->setText(tr("2T"));
    bgm_->setText(tr("BGM"));
    twoT_->setToolTip(tr("Did not gain weight twice in a row"));
    bgm_->setToolTip(tr("Below the red line of the KMS"));
    referralTitle_->setText(tr("Refer to the health worker (bidan / puskesmas):"));
    recheckTitle_->setText(tr("Measure again first: a value looks wrong"));
    referButton_->setText(tr("Refer…"));
    referButton_->setToolTip(tr("Record the referral: where the child goes, with these reasons filled in"));
}

void ResultPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResultPanel::showMessage(const QString& text)
{
    message_->setText(text);
    message_->setVisible(!text.isEmpty());
    for (QWidget* w : {static_cast<QWidget*>(statusDot_), static_cast<QWidget*>(statusWord_),
                       static_cast<QWidget*>(letter_), static_cast<QWidget*>(weighing_),
                       static_cast<QWidget*>(twoT_), static_cast<QWidget*>(bgm_),
                       static_cast<QWidget*>(referral_), table_, static_cast<QWidget*>(warnings_),
                       static_cast<QWidget*>(recheck_)})
        w->hide();
}

void ResultPanel::showRow(Row& row, const growth::IndicatorResult& r, bool countedAsLength, bool questioned)
{
    fillRow(row, r, countedAsLength, questioned);
    row.severity->setVisible(!row.severity->text().isEmpty());
}

void ResultPanel::fillRow(Row& row, const growth::IndicatorResult& r, bool countedAsLength, bool questioned)
{
    row.name->setText(ResultText::indicatorName(r.indicator, countedAsLength));
    row.name->setToolTip(ResultText::indicatorLongName(r.indicator));
    if (!r.z.ok()) {
        row.z->setText(QStringLiteral("—"));
        row.z->setStyleSheet(QStringLiteral("color: #90a4ae;"));
        row.category->setText(ResultText::noScore(r.z.why));
        row.category->setStyleSheet(QStringLiteral("color: #78909c; font-weight: normal;"));
        row.severity->clear();
        return;
    }
    row.z->setText(DisplayText::z(r.z.z));
    row.z->setStyleSheet(QString());
    if (questioned) {
        // The z-score is shown as computed, but no category from it.
        row.category->setText(tr("implausible — measure again?"));
        row.category->setStyleSheet(QStringLiteral("color: #bf360c; font-weight: bold;"));
        row.severity->clear();
        return;
    }
    if (!r.category) {
        // No Permenkes table for this index (head, arm): the z-score alone.
        row.category->setText(r.z.flagged ? tr("implausible — measure again?") : QString());
        row.category->setStyleSheet(QStringLiteral("color: #455a64; font-weight: normal;"));
        row.severity->clear();
        return;
    }
    const auto s = growth::severity(*r.category);
    const QColor colour = ResultText::severityColour(s);
    row.category->setText(DisplayText::category(*r.category));
    row.category->setStyleSheet(
        QStringLiteral("background: %1; color: %2; border-radius: 4px; padding: 2px 8px;")
            .arg(colour.name(), ResultText::severityTextColour(s).name()));
    row.severity->setText(r.z.flagged ? ResultText::severityWord(s) + QStringLiteral(" · ") + tr("implausible")
                                      : ResultText::severityWord(s));
    row.severity->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                    .arg(s == growth::Severity::Attention ? QStringLiteral("#8d6e00")
                                                                          : colour.name()));
}

void ResultPanel::showAssessment(const growth::Assessment& a, bool countedAsLength, std::optional<double> measuredCm)
{
    message_->hide();
    if (!a.valid) {
        showMessage(tr("The date is before the child's birth date."));
        return;
    }

    const Marker marker = StatusMarker::of(a);
    statusDot_->setPixmap(StatusMarker::icon(marker).pixmap(20, 20));
    statusWord_->setText(StatusMarker::word(marker));
    statusWord_->setStyleSheet(QStringLiteral("color: %1;").arg(StatusMarker::color(marker).darker(150).name()));
    statusWord_->setToolTip(StatusMarker::reasons(a).join(QLatin1Char('\n')));
    statusDot_->setToolTip(statusWord_->toolTip());
    const bool graded = marker != Marker::None;
    statusDot_->setVisible(graded);
    statusWord_->setVisible(graded);

    const growth::QuestionedValues questioned = growth::questionedValues(a);
    QStringList recheck;
    QStringList lines;
    for (const auto& c : a.checks) {
        if (c.kind == growth::CheckKind::Oedema)
            continue; // said in the referral box
        (ResultText::questionsAValue(c) ? recheck : lines)
            << QStringLiteral("⚠ ") + ResultText::check(c, countedAsLength, measuredCm, a.adjustedLengthCm);
    }
    recheckText_->setText(recheck.join(QLatin1Char('\n')));
    recheck_->setVisible(!recheck.isEmpty());

    if (questioned.weight && a.weighing) {
        letter_->hide();
        weighing_->setText(tr("No N/T from a weight that may be wrong: weigh again"));
    } else if (a.weighing && a.weighing->ok()) {
        const auto status = a.weighing->status;
        letter_->setText(DisplayText::weighingLetter(status));
        const QColor c = status == growth::WeighingStatus::N ? QColor(0x2e, 0x7d, 0x32)
                       : status == growth::WeighingStatus::T ? QColor(0xc6, 0x28, 0x28)
                                                             : QColor(0x45, 0x5a, 0x64);
        letter_->setStyleSheet(badgeStyle(c, Qt::white));
        weighing_->setText(DisplayText::weighingReason(*a.weighing));
        letter_->show();
    } else {
        letter_->hide();
        weighing_->setText(tr("Weight not entered yet: no N/T"));
    }
    weighing_->show();
    twoT_->setVisible(a.twoT && !questioned.weight);
    bgm_->setVisible(a.bgm && !questioned.weight);

    const QStringList reasons = ResultText::referralReasons(a, countedAsLength);
    referralText_->setText(QStringLiteral("• ") + reasons.join(QStringLiteral("\n• ")));
    referral_->setVisible(!reasons.isEmpty());

    for (int i = 0; i < growth::kIndicatorCount; ++i)
        showRow(rows_[i], a.result(kOrder[i]), countedAsLength, growth::isQuestioned(questioned, kOrder[i]));
    table_->show();

    warningsText_->setText(lines.join(QLatin1Char('\n')));
    warnings_->setVisible(!lines.isEmpty());
}

QString ResultPanel::plainText() const
{
    QStringList out;
    addVisibleText(out, message_);
    if (!recheck_->isHidden()) {
        addVisibleText(out, recheckTitle_);
        addVisibleText(out, recheckText_);
    }
    addVisibleText(out, statusWord_);
    addVisibleText(out, letter_);
    addVisibleText(out, weighing_);
    addVisibleText(out, twoT_);
    addVisibleText(out, bgm_);
    if (!referral_->isHidden()) {
        addVisibleText(out, referralTitle_);
        addVisibleText(out, referralText_);
    }
    if (!table_->isHidden()) {
        for (const Row& r : rows_) {
            QStringList parts;
            for (const QLabel* l : {r.name, r.z, r.category, r.severity})
                if (!l->text().isEmpty())
                    parts << l->text();
            out << parts.join(QLatin1Char(' '));
        }
    }
    if (!warnings_->isHidden())
        addVisibleText(out, warningsText_);
    return out.join(QLatin1Char('\n'));
}

} // namespace tumbuh::ui
