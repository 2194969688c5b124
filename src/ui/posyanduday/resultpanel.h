#pragma once
// What the numbers mean, shown while the cadre types: the status dot of the
// visit (the register's and the child page's, StatusMarker), N/T/O/B with its
// reason, 2T and BGM, whom to refer, every z-score with its Permenkes
// category in colour (and in words), and the "ukur ulang?" warnings. A value
// that a WHO flag or a history check questions comes first, as "measure
// again", and gives no N/T, no category and no referral
// (growth::questionedValues), so a typing slip is never shown as a result.
#include "growth/assessment.h"

#include <QString>
#include <QWidget>

#include <optional>

class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;

namespace tumbuh::ui {

class ResultPanel : public QWidget {
    Q_OBJECT
public:
    explicit ResultPanel(QWidget* parent = nullptr);

    // `countedAsLength`: the child is counted lying (PB/U, BB/PB), from the
    // session's expected position. `measuredCm`: the length as typed.
    void showAssessment(const growth::Assessment& a, bool countedAsLength, std::optional<double> measuredCm);
    // No child, or nothing typed yet.
    void showMessage(const QString& text);

    // Everything the panel shows, line by line (tests, accessibility).
    QString plainText() const;
    // "Rujuk…" in the red referral box.
    QPushButton* referButton() const { return referButton_; }

signals:
    // The cadre pressed "Rujuk…" in the referral box.
    void referRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row {
        QLabel* name = nullptr;
        QLabel* z = nullptr;
        QLabel* category = nullptr;
        QLabel* severity = nullptr;
    };
    void build();
    void retranslate();
    void showRow(Row& row, const growth::IndicatorResult& r, bool countedAsLength, bool questioned);
    void fillRow(Row& row, const growth::IndicatorResult& r, bool countedAsLength, bool questioned);

    QLabel* title_ = nullptr;
    QLabel* statusDot_ = nullptr;
    QLabel* statusWord_ = nullptr;
    QLabel* message_ = nullptr;
    QFrame* recheck_ = nullptr;
    QLabel* recheckTitle_ = nullptr;
    QLabel* recheckText_ = nullptr;
    QLabel* letter_ = nullptr;
    QLabel* weighing_ = nullptr;
    QLabel* twoT_ = nullptr;
    QLabel* bgm_ = nullptr;
    QFrame* referral_ = nullptr;
    QLabel* referralTitle_ = nullptr;
    QLabel* referralText_ = nullptr;
    QPushButton* referButton_ = nullptr;
    QWidget* table_ = nullptr;
    Row rows_[growth::kIndicatorCount];
    QFrame* warnings_ = nullptr;
    QLabel* warningsText_ = nullptr;
};

} // namespace tumbuh::ui
