#pragma once
// The paper form of one child's visit, in its order: weight, length/height
// and how it was measured, head and arm circumference, oedema, notes. Next
// to each field: what was measured last time and, when there is one, the
// reason the value cannot be used. Enter in any field asks to save.
#include "ui/common/numberfield.h"
#include "ui/posyanduday/measurementdraft.h"

#include "growth/types.h"
#include "store/error.h"
#include "store/measurement.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <vector>

class QButtonGroup;
class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tumbuh::ui {

class MeasurementForm : public QWidget {
    Q_OBJECT
public:
    explicit MeasurementForm(QWidget* parent = nullptr);

    MeasurementDraft draft() const;

    // The texts as typed, to put back when the cadre returns to a child
    // whose values were not saved yet.
    struct Snapshot {
        QString weight, length, head, arm, notes;
        growth::Measure position = growth::Measure::Unknown;
        bool oedema = false;
    };
    Snapshot snapshot() const;
    void restore(const Snapshot& s);

    // Empty fields, no messages, the given position chosen.
    void clear(growth::Measure position);
    // Shows a stored measurement (to correct it) or a draft typed earlier.
    void load(const store::Measurement& m);
    void setPosition(growth::Measure position);

    // "Last month: 8.2 kg" beside each field; empty texts hide them.
    void setLastTexts(const QString& weight, const QString& length, const QString& head, const QString& arm);
    // Beside the position: the 0.7 cm rule in words when the choice does not
    // match the age. `warning` colours it.
    void setPositionNote(const QString& text, bool warning);

    // The store's refusal, each message next to its field (Error::more too);
    // messages without a field of this form go below it. Returns the field
    // that should take the focus.
    QWidget* showErrors(const store::Error& error);
    void clearStoreErrors();
    void setGeneralMessage(const QString& text);

    void focusWeight();
    // The label column and the fields' widths for the current fonts (after
    // "Teks besar" changed them).
    void alignColumns();
    bool hasEditedSinceLoad() const { return edited_; }

    // The fields in paper order, for the page's Tab chain (the page sets
    // the whole chain: QWidget::setTabOrder moves one widget at a time).
    QList<QWidget*> tabChain() const;

signals:
    // Any value changed (typing, a click): the result must be recomputed.
    void edited();
    // Enter was pressed in one of the fields.
    void submitRequested();
    // Ctrl+Z in a field that has no typing of its own to undo.
    void undoRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Field {
        NumberField* edit = nullptr;
        QLabel* unit = nullptr;
        QLabel* last = nullptr;
        QLabel* error = nullptr;
        QString storeError; // kept until the value is edited again
    };
    void build();
    void makeField(Field& f, const QString& name, NumberField::Unit unit);
    void retranslate();
    void onEdited();
    void showParseErrors(const MeasurementDraft& d);
    Field* fieldFor(const QString& column);

    QLabel* weightLabel_ = nullptr;
    QLabel* lengthLabel_ = nullptr;
    QLabel* positionLabel_ = nullptr;
    QLabel* headLabel_ = nullptr;
    QLabel* armLabel_ = nullptr;
    QLabel* oedemaLabel_ = nullptr;
    QLabel* notesLabel_ = nullptr;
    Field weight_;
    Field length_;
    Field head_;
    Field arm_;
    QRadioButton* lying_ = nullptr;
    QRadioButton* standing_ = nullptr;
    QButtonGroup* positionGroup_ = nullptr;
    QFrame* positionNoteBox_ = nullptr;
    QLabel* positionNote_ = nullptr;
    QLabel* positionError_ = nullptr;
    QCheckBox* oedema_ = nullptr;
    QLineEdit* notes_ = nullptr;
    QLabel* notesError_ = nullptr;
    QLabel* general_ = nullptr;
    std::vector<QLabel*> rowLabels_;
    std::vector<QWidget*> indents_;
    bool loading_ = false;
    bool edited_ = false;
};

} // namespace tumbuh::ui
