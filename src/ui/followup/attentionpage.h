#pragma once
// Perlu perhatian: the children who need something this month, for one
// posyandu or every posyandu of the file (the nutritionist's view), strongest
// first (records/followup/atrisklist.h). Filters by reason, by action class
// and by overdue referral. Enter opens the child (childActivated); Rujuk…
// (Ctrl+R) and Catat edukasi… (Ctrl+E) ask for the dialogs through signals,
// and stay disabled ("not available yet") while nothing listens to them.
//
// The list is made on a worker thread with its own read-only connection to
// the file (a city takes about a second), with a progress bar; the page stays
// usable meanwhile. It is made when the page is first shown, and again when
// data changes (DataNotifier) while it is shown, or when it is next shown.
#include "store/rowmeta.h"

#include <QDate>
#include <QStringList>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace tumbuh::records {
struct AtRiskChild;
}
namespace tumbuh::store {
class Database;
}

namespace tumbuh::ui {

class AttentionFilterProxy;
class AttentionListModel;
class DataNotifier;
class StretchColumn;

class AttentionPage : public QWidget {
    Q_OBJECT
public:
    AttentionPage(store::Database& db, DataNotifier& notifier, QWidget* parent = nullptr);
    ~AttentionPage() override;

    // Makes the list again on the worker (returns at once).
    void reload();
    // Makes it when it is out of date (first shown, data changed).
    void ensureLoaded();
    bool isLoading() const { return loading_; }
    // Runs the event loop until the list is made (tests, screenshots); false
    // on timeout.
    bool waitUntilLoaded(int milliseconds = 30000);

    // The month shown (its first day) and the posyandu (none: all).
    QDate month() const;
    void setMonth(const QDate& anyDayOfMonth);
    std::optional<store::RowId> posyandu() const;
    void setPosyandu(std::optional<store::RowId> posyanduId);

    AttentionListModel* model() const { return model_; }
    AttentionFilterProxy* proxy() const { return proxy_; }
    QTableView* table() const { return table_; }
    QComboBox* reasonFilter() const { return reasonFilter_; }
    QComboBox* actionFilter() const { return actionFilter_; }
    QCheckBox* overdueFilter() const { return overdueFilter_; }
    QPushButton* referButton() const { return referButton_; }
    QPushButton* counselButton() const { return counselButton_; }
    QLabel* errorLabel() const { return error_; }
    std::optional<store::RowId> selectedChild() const;

signals:
    void childActivated(tumbuh::store::RowId childId);
    // Rujuk… on the selected child, with its reason codes to fill in.
    void referRequested(const QUuid& childUid, const QStringList& reasonCodes);
    // Catat edukasi… on the selected child.
    // `topic`: the counselling topic of the child's strongest reason (rules file).
    void counselRequested(const QUuid& childUid, const QString& topic = {});
    // The list was made (or failed: errorLabel() says why).
    void loaded();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Outcome;
    void buildUi();
    void retranslateUi();
    void fillMonths();
    void fillPlaces();
    void fillFilters();
    void applyFilters();
    void updateCount();
    void updateButtons();
    void markStale();
    void finished(int generation, const std::shared_ptr<Outcome>& outcome);
    void activateRow(const QModelIndex& proxyIndex);
    void requestReferral();
    void requestCounselling();
    const records::AtRiskChild* selectedRow() const;

    store::Database& db_;
    DataNotifier& notifier_;
    AttentionListModel* model_;
    AttentionFilterProxy* proxy_;
    QTimer* refresh_;
    std::vector<QThread*> workers_;
    int generation_ = 0;
    bool loading_ = false;
    bool stale_ = true;

    QLabel* title_ = nullptr;
    QLabel* monthLabel_ = nullptr;
    QComboBox* month_ = nullptr;
    QLabel* placeLabel_ = nullptr;
    QComboBox* place_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QPushButton* referButton_ = nullptr;
    QPushButton* counselButton_ = nullptr;
    QLabel* filterLabel_ = nullptr;
    QComboBox* reasonFilter_ = nullptr;
    QComboBox* actionFilter_ = nullptr;
    QCheckBox* overdueFilter_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* error_ = nullptr;
    QLabel* emptyNote_ = nullptr;
    QTableView* table_ = nullptr;
    StretchColumn* nameColumn_ = nullptr;
    QLabel* count_ = nullptr;
};

} // namespace tumbuh::ui
