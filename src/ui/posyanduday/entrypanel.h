#pragma once
// The middle of the posyandu-day page: who is being measured (name, sex,
// age, mother, whether already measured), the paper form, Save and Undo,
// and the line that says what the last action did. What to save, and whom
// to show next, is the page's business.
#include "ui/posyanduday/rosterentry.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace tumbuh::ui {

class MeasurementForm;

class EntryPanel : public QWidget {
    Q_OBJECT
public:
    explicit EntryPanel(QWidget* parent = nullptr);

    MeasurementForm* form() const { return form_; }

    // The child of `e` above the form; the form itself is filled by the page.
    void showChild(const RosterEntry& e);
    // No child: `why` in place of the name, the form and Save disabled.
    void showNoChild(const QString& why);
    // After a save, an undo or a failure: green when it went well.
    void setStatus(const QString& text, bool good);
    void setUndo(bool enabled, const QString& what);

    // The form in paper order, then Save and Undo (the page's Tab chain).
    QList<QWidget*> tabChain() const;

signals:
    void saveClicked();
    void undoClicked();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* childName_ = nullptr;
    QLabel* childFacts_ = nullptr;
    MeasurementForm* form_ = nullptr;
    QPushButton* save_ = nullptr;
    QPushButton* undo_ = nullptr;
    QLabel* status_ = nullptr;
};

} // namespace tumbuh::ui
