#include "ui/posyanduday/rosterpanel.h"

#include "ui/posyanduday/largetext.h"

#include "ui/posyanduday/rosterfilterproxy.h"
#include "ui/posyanduday/rostermodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tumbuh::ui {

RosterPanel::RosterPanel(QWidget* parent) : QWidget(parent)
{
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);

    search_ = new QLineEdit;
    search_->setObjectName(QStringLiteral("rosterFilter"));
    search_->setClearButtonEnabled(true);
    largetext::enlarge(search_, 1.2);
    search_->installEventFilter(this);
    box->addWidget(search_);
    waitingOnly_ = new QCheckBox;
    waitingOnly_->setObjectName(QStringLiteral("waitingOnly"));
    box->addWidget(waitingOnly_);

    model_ = new RosterModel(this);
    proxy_ = new RosterFilterProxy(this);
    proxy_->setSourceModel(model_);
    view_ = new QTableView;
    view_->setObjectName(QStringLiteral("rosterView"));
    view_->setModel(proxy_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setStretchLastSection(false);
    view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setSectionResizeMode(RosterModel::Name, QHeaderView::Stretch);
    // The mother's name is searched, not shown: the line stays short.
    view_->setColumnHidden(RosterModel::Mother, true);
    view_->setColumnHidden(RosterModel::Last, true);
    largetext::enlarge(view_, 1.1);
    view_->installEventFilter(this);
    box->addWidget(view_, 1);

    addChild_ = new QPushButton;
    addChild_->setObjectName(QStringLiteral("addChildButton"));
    box->addWidget(addChild_);

    connect(search_, &QLineEdit::textChanged, proxy_, &RosterFilterProxy::setText);
    connect(waitingOnly_, &QCheckBox::toggled, proxy_, &RosterFilterProxy::setNotDoneOnly);
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    emit currentChildChanged(current.data(RosterModel::ChildIdRole).toLongLong());
            });
    connect(addChild_, &QPushButton::clicked, this, &RosterPanel::addChildRequested);
    retranslate();
}

void RosterPanel::retranslate()
{
    search_->setPlaceholderText(tr("Find a child or mother (Ctrl+F)"));
    waitingOnly_->setText(tr("Only children not measured yet"));
    addChild_->setText(tr("New child not on the list…"));
    model_->refreshTexts();
}

void RosterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool RosterPanel::select(store::RowId childId)
{
    const int row = model_->rowOf(childId);
    if (row < 0)
        return false;
    QModelIndex at = proxy_->mapFromSource(model_->index(row, RosterModel::Name));
    if (!at.isValid()) {
        // Hidden by the search text or "not measured yet": show everyone.
        search_->clear();
        waitingOnly_->setChecked(false);
        at = proxy_->mapFromSource(model_->index(row, RosterModel::Name));
    }
    view_->setCurrentIndex(at);
    view_->scrollTo(at);
    return true;
}

std::optional<store::RowId> RosterPanel::firstShown() const
{
    if (proxy_->rowCount() == 0)
        return std::nullopt;
    return proxy_->index(0, 0).data(RosterModel::ChildIdRole).toLongLong();
}

bool RosterPanel::hasSearchText() const
{
    return !search_->text().isEmpty();
}

void RosterPanel::clearSearch()
{
    search_->clear();
}

void RosterPanel::focusSearch()
{
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
}

QList<QWidget*> RosterPanel::tabChain() const
{
    return {search_, view_};
}

QList<QWidget*> RosterPanel::rareTabChain() const
{
    return {addChild_, waitingOnly_};
}

bool RosterPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == search_ && enter) {
            emit searchAccepted();
            return true;
        }
        if (watched == search_ && key->key() == Qt::Key_Down) {
            view_->setFocus(Qt::OtherFocusReason);
            if (!view_->currentIndex().isValid() && proxy_->rowCount() > 0)
                view_->setCurrentIndex(proxy_->index(0, RosterModel::Name));
            return true;
        }
        if (watched == view_ && enter) {
            emit rowAccepted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tumbuh::ui
