#include "ui/posyanduday/entrypanel.h"

#include "ui/common/displaytext.h"
#include "ui/posyanduday/largetext.h"
#include "ui/posyanduday/measurementform.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tumbuh::ui {

EntryPanel::EntryPanel(QWidget* parent) : QWidget(parent)
{
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(8, 0, 8, 0);
    childName_ = largetext::label(QStringLiteral("childName"), 1.6, true);
    childFacts_ = largetext::label(QStringLiteral("childFacts"), 1.1);
    childFacts_->setStyleSheet(QStringLiteral("color: #37474f;"));
    childFacts_->setWordWrap(true);
    box->addWidget(childName_);
    box->addWidget(childFacts_);
    auto* line = new QFrame;
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    box->addWidget(line);
    form_ = new MeasurementForm;
    form_->setObjectName(QStringLiteral("measurementForm"));
    box->addWidget(form_);

    auto* buttons = new QHBoxLayout;
    save_ = new QPushButton;
    save_->setObjectName(QStringLiteral("saveButton"));
    // Enter belongs to the form (save and next child), not to a default button.
    save_->setAutoDefault(false);
    largetext::enlarge(save_, 1.2);
    save_->setMinimumHeight(36);
    undo_ = new QPushButton;
    undo_->setObjectName(QStringLiteral("undoButton"));
    undo_->setAutoDefault(false);
    undo_->setMinimumHeight(36);
    buttons->addWidget(save_);
    buttons->addWidget(undo_);
    buttons->addStretch();
    box->addLayout(buttons);
    status_ = largetext::label(QStringLiteral("statusMessage"), 1.1);
    status_->setWordWrap(true);
    status_->hide();
    box->addWidget(status_);
    box->addStretch(1);

    connect(save_, &QPushButton::clicked, this, &EntryPanel::saveClicked);
    connect(undo_, &QPushButton::clicked, this, &EntryPanel::undoClicked);
    retranslate();
}

void EntryPanel::retranslate()
{
    save_->setText(tr("Save (Enter)"));
    undo_->setText(tr("Undo last save (Ctrl+Z)"));
}

void EntryPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && save_)
        retranslate();
    QWidget::changeEvent(event);
}

void EntryPanel::showChild(const RosterEntry& e)
{
    form_->setEnabled(true);
    save_->setEnabled(true);
    childName_->setText(e.child.name);
    QStringList facts{DisplayText::sexLong(e.child.sex), DisplayText::ageFromMonths(e.ageMonths)};
    if (!e.child.motherName.isEmpty())
        facts << tr("mother: %1").arg(e.child.motherName);
    if (e.done())
        facts << tr("already measured today — Enter saves the correction");
    else if (e.earlierThisMonth)
        facts << tr("already measured this month on %1").arg(DisplayText::date(e.previous->date));
    childFacts_->setText(facts.join(QStringLiteral(" · ")));
}

void EntryPanel::showNoChild(const QString& why)
{
    form_->setEnabled(false);
    save_->setEnabled(false);
    childName_->setText(why);
    childFacts_->clear();
}

void EntryPanel::setStatus(const QString& text, bool good)
{
    status_->setStyleSheet(good ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                : QStringLiteral("color: #b71c1c; font-weight: bold;"));
    status_->setText(text);
    status_->setVisible(!text.isEmpty());
}

void EntryPanel::setUndo(bool enabled, const QString& what)
{
    undo_->setEnabled(enabled);
    undo_->setToolTip(what);
}

QList<QWidget*> EntryPanel::tabChain() const
{
    return form_->tabChain() << save_ << undo_;
}

} // namespace tumbuh::ui
