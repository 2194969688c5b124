#pragma once
// The top line of the posyandu-day page: which day (never in the future),
// which posyandu, and how far the morning has come ("12 dari 87 anak sudah
// diukur").
#include "store/posyandu.h"
#include "store/rowmeta.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;

namespace tumbuh::ui {

class DayHeader : public QWidget {
    Q_OBJECT
public:
    explicit DayHeader(QWidget* parent = nullptr);

    QDate date() const;
    // Shows `date` without announcing it (the page decided it).
    void setDate(const QDate& date);
    // The latest date that may be chosen.
    void setToday(const QDate& today);
    void showDateError(const QString& text);
    void clearDateError();

    // Fills the list; keeps the current choice when it is still there,
    // else `preferred`, else the first. Announces nothing.
    void setPosyanduList(const std::vector<store::Posyandu>& list, std::optional<store::RowId> preferred);
    store::RowId posyanduId() const; // 0 when there is none
    bool selectPosyandu(store::RowId id);

    void setProgress(int done, int total);
    QList<QWidget*> tabChain() const;

signals:
    void dateChosen(const QDate& date);
    void posyanduChosen(tumbuh::store::RowId posyanduId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* heading_ = nullptr;
    QLabel* dateLabel_ = nullptr;
    QDateEdit* date_ = nullptr;
    QLabel* dateError_ = nullptr;
    QLabel* posyanduLabel_ = nullptr;
    QComboBox* posyandu_ = nullptr;
    QLabel* progress_ = nullptr;
    int done_ = 0;
    int total_ = 0;
};

} // namespace tumbuh::ui
