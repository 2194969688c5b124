#pragma once
// Daftar balita: the posyandu's children, with search, filters, a status dot
// per child and the add/edit dialog. Opens a child's record on Enter or a
// double click (childActivated).
#include "store/rowmeta.h"
#include "store/posyandu.h"

#include <QWidget>

#include <optional>
#include <set>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class ChildFilterProxy;
class ChildListModel;
class CommandStack;
class StretchColumn;
class DataNotifier;

class RegisterPage : public QWidget {
    Q_OBJECT
public:
    // Adding and editing a child go through `commands` (undoable).
    RegisterPage(store::Database& db, DataNotifier& notifier, CommandStack& commands, store::UserId user,
                 QWidget* parent = nullptr);

    // Reads the whole list again (start, another database, an import).
    void reload();

    ChildListModel* model() const { return model_; }
    ChildFilterProxy* proxy() const { return proxy_; }
    QTableView* table() const { return table_; }
    QLineEdit* searchField() const { return search_; }
    QLabel* emptyNote() const { return emptyNote_; }
    std::optional<store::RowId> selectedChild() const;
    void selectChild(store::RowId childId);

public slots:
    void addChild();
    void editSelectedChild();
    void focusSearch();

signals:
    void childActivated(tumbuh::store::RowId childId);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillFilterChoices();
    void applyFilters();
    void resetFilters();
    void updateCount();
    void refreshChild(store::RowId childId);
    void refreshHousehold(store::RowId householdId);
    void activateRow(const QModelIndex& proxyIndex);
    void setColumnWidths();
    store::RowId defaultPosyandu() const;

    store::Database& db_;
    DataNotifier& notifier_;
    CommandStack& commands_;
    store::UserId user_;
    std::vector<store::Posyandu> posyandu_;
    std::set<store::RowId> pending_; // changed while the page was hidden

    ChildListModel* model_;
    ChildFilterProxy* proxy_;

    QLabel* title_ = nullptr;
    QLineEdit* search_ = nullptr;
    QPushButton* addButton_ = nullptr;
    QPushButton* editButton_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QLabel* filterLabel_ = nullptr;
    QComboBox* posyanduFilter_ = nullptr;
    QComboBox* rtRwFilter_ = nullptr;
    QComboBox* ageFilter_ = nullptr;
    QComboBox* sexFilter_ = nullptr;
    QComboBox* statusFilter_ = nullptr;
    QPushButton* resetButton_ = nullptr;
    QTableView* table_ = nullptr;
    StretchColumn* nameColumn_ = nullptr;
    QLabel* count_ = nullptr;
    QLabel* legend_ = nullptr;
    QLabel* loadError_ = nullptr;
    QLabel* emptyNote_ = nullptr;
};

} // namespace tumbuh::ui
