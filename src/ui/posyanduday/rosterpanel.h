#pragma once
// The left side of the posyandu-day page: the search box, "only those not
// measured yet", the roster table and the button for a child who is not on
// it. Owns the roster model and its proxy; says which child the cadre
// moved to, and when Enter means "go to the form".
#include "store/rowmeta.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;

namespace tumbuh::ui {

class RosterFilterProxy;
class RosterModel;

class RosterPanel : public QWidget {
    Q_OBJECT
public:
    explicit RosterPanel(QWidget* parent = nullptr);

    RosterModel* model() const { return model_; }
    RosterFilterProxy* proxy() const { return proxy_; }
    QTableView* view() const { return view_; }

    // Makes the child the current row, showing everyone first when the
    // search or "not measured yet" hides it. False when not on the roster.
    bool select(store::RowId childId);
    // The first child the search shows.
    std::optional<store::RowId> firstShown() const;
    bool hasSearchText() const;
    void clearSearch();
    void focusSearch();

    QList<QWidget*> tabChain() const;     // search, table
    QList<QWidget*> rareTabChain() const; // new child, "not measured yet"

signals:
    // The current row moved to this child (keyboard, click, select()).
    void currentChildChanged(tumbuh::store::RowId childId);
    // Enter in the search box or on the table: on to the form.
    void searchAccepted();
    void rowAccepted();
    void addChildRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    RosterModel* model_ = nullptr;
    RosterFilterProxy* proxy_ = nullptr;
    QLineEdit* search_ = nullptr;
    QCheckBox* waitingOnly_ = nullptr;
    QTableView* view_ = nullptr;
    QPushButton* addChild_ = nullptr;
};

} // namespace tumbuh::ui
