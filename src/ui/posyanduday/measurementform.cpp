#include "ui/posyanduday/measurementform.h"

#include "ui/common/displaytext.h"
#include "ui/posyanduday/largetext.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tumbuh::ui {
namespace {

QLabel* smallLabel(const QString& objectName, const QString& style)
{
    auto* l = new QLabel;
    l->setObjectName(objectName);
    l->setStyleSheet(style);
    l->setWordWrap(true);
    l->hide();
    return l;
}

const QString kErrorStyle = QStringLiteral("color: #b71c1c; font-weight: bold;");
const QString kLastStyle = QStringLiteral("color: #455a64;");

void setTextVisible(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

MeasurementForm::MeasurementForm(QWidget* parent) : QWidget(parent)
{
    build();
    retranslate();
    clear(growth::Measure::Lying);
}

void MeasurementForm::build()
{
    // Rows of boxes, not a grid: QGridLayout gives a word-wrapped label the
    // height of one line when it shares a row with others, which cut long
    // messages in half. The label column is kept aligned by giving every
    // label (and every message's indent) the same width (retranslate()).
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(4);

    using Unit = NumberField::Unit;
    makeField(weight_, QStringLiteral("weight"), Unit::Kilograms);
    makeField(length_, QStringLiteral("length"), Unit::Centimetres);
    makeField(head_, QStringLiteral("head"), Unit::Centimetres);
    makeField(arm_, QStringLiteral("arm"), Unit::Centimetres);

    auto label = [this](QLabel*& l) {
        l = new QLabel;
        largetext::enlarge(l, 1.15);
        rowLabels_.push_back(l);
    };
    label(weightLabel_);
    label(lengthLabel_);
    label(positionLabel_);
    label(headLabel_);
    label(armLabel_);
    label(oedemaLabel_);
    label(notesLabel_);

    // One line of the form: the label, then what belongs to it.
    auto addLine = [&](QLabel* l, QLayout* content) {
        auto* line = new QHBoxLayout;
        line->setSpacing(10);
        line->addWidget(l, 0, Qt::AlignVCenter);
        line->addLayout(content, 1);
        rows->addLayout(line);
    };
    // A message under a line, starting where the fields start.
    auto addMessage = [&](QWidget* message) {
        auto* line = new QHBoxLayout;
        line->setSpacing(10);
        auto* indent = new QWidget;
        indents_.push_back(indent);
        line->addWidget(indent);
        line->addWidget(message, 1);
        rows->addLayout(line);
    };
    auto addField = [&](QLabel* l, Field& f) {
        l->setBuddy(f.edit);
        auto* content = new QHBoxLayout;
        content->setSpacing(10);
        content->addWidget(f.edit);
        content->addWidget(f.unit);
        content->addSpacing(8);
        content->addWidget(f.last, 1);
        addLine(l, content);
        addMessage(f.error);
    };
    addField(weightLabel_, weight_);
    addField(lengthLabel_, length_);

    lying_ = new QRadioButton;
    lying_->setObjectName(QStringLiteral("lyingRadio"));
    standing_ = new QRadioButton;
    standing_->setObjectName(QStringLiteral("standingRadio"));
    largetext::enlarge(lying_, 1.15);
    largetext::enlarge(standing_, 1.15);
    positionGroup_ = new QButtonGroup(this);
    positionGroup_->addButton(lying_);
    positionGroup_->addButton(standing_);
    for (QRadioButton* b : {lying_, standing_}) {
        b->installEventFilter(this);
        connect(b, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                onEdited();
        });
    }
    auto* positions = new QHBoxLayout;
    positions->setSpacing(16);
    positions->addWidget(lying_);
    positions->addWidget(standing_);
    positions->addStretch();
    positionLabel_->setBuddy(lying_);
    addLine(positionLabel_, positions);
    // The 0.7 cm sentence on its own line, to be read whole. Colour and
    // border go on a frame around the label (a label's own style-sheet
    // padding is left out of its wrapped height).
    positionNoteBox_ = new QFrame;
    positionNoteBox_->setObjectName(QStringLiteral("positionNoteBox"));
    auto* noteBox = new QVBoxLayout(positionNoteBox_);
    noteBox->setContentsMargins(8, 3, 6, 3);
    positionNote_ = smallLabel(QStringLiteral("positionNote"), QString());
    positionNote_->show();
    largetext::enlarge(positionNote_, 1.05);
    noteBox->addWidget(positionNote_);
    positionNoteBox_->hide();
    addMessage(positionNoteBox_);
    positionError_ = smallLabel(QStringLiteral("positionError"), kErrorStyle);
    addMessage(positionError_);

    addField(headLabel_, head_);
    addField(armLabel_, arm_);

    oedema_ = new QCheckBox;
    oedema_->setObjectName(QStringLiteral("oedemaCheck"));
    largetext::enlarge(oedema_, 1.15);
    oedema_->installEventFilter(this);
    connect(oedema_, &QCheckBox::toggled, this, [this] { onEdited(); });
    oedemaLabel_->setBuddy(oedema_);
    auto* oedemaLine = new QHBoxLayout;
    oedemaLine->addWidget(oedema_);
    addLine(oedemaLabel_, oedemaLine);

    notes_ = new QLineEdit;
    notes_->setObjectName(QStringLiteral("notesEdit"));
    notes_->setMaxLength(500);
    largetext::enlarge(notes_, 1.15);
    notes_->installEventFilter(this);
    connect(notes_, &QLineEdit::textChanged, this, [this] { onEdited(); });
    notesLabel_->setBuddy(notes_);
    auto* notesLine = new QHBoxLayout;
    notesLine->addWidget(notes_);
    addLine(notesLabel_, notesLine);
    notesError_ = smallLabel(QStringLiteral("notesError"), kErrorStyle);
    addMessage(notesError_);
    general_ = smallLabel(QStringLiteral("formMessage"), kErrorStyle);
    addMessage(general_);
}

void MeasurementForm::makeField(Field& f, const QString& name, NumberField::Unit unit)
{
    f.edit = new NumberField(unit);
    f.edit->setObjectName(name + QStringLiteral("Edit"));
    f.edit->setMaxLength(12);
    largetext::enlarge(f.edit, 1.6);
    f.edit->installEventFilter(this);
    f.unit = new QLabel;
    largetext::enlarge(f.unit, 1.2);
    f.last = smallLabel(name + QStringLiteral("Last"), kLastStyle);
    largetext::enlarge(f.last, 1.1);
    f.error = smallLabel(name + QStringLiteral("Error"), kErrorStyle);
    connect(f.edit, &QLineEdit::textChanged, this, [this, &f] {
        f.storeError.clear();
        onEdited();
    });
}

void MeasurementForm::retranslate()
{
    weightLabel_->setText(tr("&Weight"));
    lengthLabel_->setText(tr("&Length/height"));
    positionLabel_->setText(tr("Measured"));
    headLabel_->setText(tr("&Head circumference"));
    armLabel_->setText(tr("&Arm circumference (MUAC)"));
    oedemaLabel_->setText(tr("Oedema"));
    notesLabel_->setText(tr("N&otes"));
    weight_.unit->setText(tr("kg"));
    for (Field* f : {&length_, &head_, &arm_})
        f->unit->setText(tr("cm"));
    lying_->setText(tr("L&ying"));
    standing_->setText(tr("&Standing"));
    oedema_->setText(tr("Oedema on both feet"));
    weight_.edit->setPlaceholderText(tr("e.g. 8.5"));
    length_.edit->setPlaceholderText(tr("e.g. 72.4"));
    notes_->setPlaceholderText(tr("optional"));
    alignColumns();
}

void MeasurementForm::alignColumns()
{
    int width = 0;
    for (QLabel* l : rowLabels_)
        width = std::max(width, l->sizeHint().width());
    for (QLabel* l : rowLabels_)
        l->setFixedWidth(width);
    for (QWidget* w : indents_)
        w->setFixedWidth(width);
    // Room for "888,888" in the field's own font, never less than before.
    for (Field* f : {&weight_, &length_, &head_, &arm_})
        f->edit->setFixedWidth(std::max(130, f->edit->fontMetrics().horizontalAdvance(QStringLiteral("888,888")) + 30));
}

void MeasurementForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

MeasurementDraft MeasurementForm::draft() const
{
    MeasurementDraft d;
    d.weight = weight_.edit->quantity();
    d.length = length_.edit->quantity();
    d.head = head_.edit->quantity();
    d.arm = arm_.edit->quantity();
    d.position = standing_->isChecked() ? growth::Measure::Standing
               : lying_->isChecked()    ? growth::Measure::Lying
                                        : growth::Measure::Unknown;
    d.oedema = oedema_->isChecked();
    d.notes = notes_->text();
    return d;
}

void MeasurementForm::showParseErrors(const MeasurementDraft& d)
{
    const std::pair<Field*, const ParsedQuantity*> fields[] = {
        {&weight_, &d.weight}, {&length_, &d.length}, {&head_, &d.head}, {&arm_, &d.arm}};
    for (auto [f, parsed] : fields)
        setTextVisible(f->error, parsed->ok() ? f->storeError : parsed->error);
}

void MeasurementForm::onEdited()
{
    if (loading_)
        return;
    edited_ = true;
    showParseErrors(draft());
    emit edited();
}

void MeasurementForm::clear(growth::Measure position)
{
    loading_ = true;
    // setText, not clear(): clear() can be undone with Ctrl+Z, which would
    // bring the previous child's value into this child's field.
    for (Field* f : {&weight_, &length_, &head_, &arm_}) {
        f->edit->setText(QString());
        f->storeError.clear();
        setTextVisible(f->error, {});
    }
    setPosition(position);
    oedema_->setChecked(false);
    notes_->setText(QString());
    setTextVisible(positionError_, {});
    setTextVisible(notesError_, {});
    setTextVisible(general_, {});
    loading_ = false;
    edited_ = false;
}

void MeasurementForm::load(const store::Measurement& m)
{
    clear(m.position == growth::Measure::Unknown ? (standing_->isChecked() ? growth::Measure::Standing
                                                                           : growth::Measure::Lying)
                                                 : m.position);
    loading_ = true;
    const auto units = [](const auto& v) { return v ? std::optional<std::int32_t>(v->value) : std::nullopt; };
    weight_.edit->setStored(units(m.weight));
    length_.edit->setStored(units(m.length));
    head_.edit->setStored(units(m.headCircumference));
    arm_.edit->setStored(units(m.armCircumference));
    oedema_->setChecked(m.oedema);
    notes_->setText(m.notes);
    loading_ = false;
    edited_ = false;
}

MeasurementForm::Snapshot MeasurementForm::snapshot() const
{
    const MeasurementDraft d = draft();
    return Snapshot{weight_.edit->text(), length_.edit->text(), head_.edit->text(), arm_.edit->text(),
                    notes_->text(), d.position, d.oedema};
}

void MeasurementForm::restore(const Snapshot& s)
{
    clear(s.position);
    weight_.edit->setText(s.weight);
    length_.edit->setText(s.length);
    head_.edit->setText(s.head);
    arm_.edit->setText(s.arm);
    oedema_->setChecked(s.oedema);
    notes_->setText(s.notes);
    // Typed by the cadre, not loaded: still unsaved.
    edited_ = true;
}

void MeasurementForm::setPosition(growth::Measure position)
{
    const bool was = loading_;
    loading_ = true;
    // An exclusive group cannot be emptied by unchecking one button.
    positionGroup_->setExclusive(false);
    lying_->setChecked(position == growth::Measure::Lying);
    standing_->setChecked(position == growth::Measure::Standing);
    positionGroup_->setExclusive(true);
    loading_ = was;
    if (!loading_)
        onEdited();
}

void MeasurementForm::setLastTexts(const QString& weight, const QString& length, const QString& head,
                                   const QString& arm)
{
    setTextVisible(weight_.last, weight);
    setTextVisible(length_.last, length);
    setTextVisible(head_.last, head);
    setTextVisible(arm_.last, arm);
}

void MeasurementForm::setPositionNote(const QString& text, bool warning)
{
    positionNoteBox_->setStyleSheet(
        warning ? QStringLiteral("#positionNoteBox { background: #fff3c4; border-left: 4px solid #f9a825; }")
                : QString());
    positionNote_->setStyleSheet(warning ? QStringLiteral("color: #5d4000;") : kLastStyle);
    positionNote_->setText(text);
    positionNoteBox_->setVisible(!text.isEmpty());
}

MeasurementForm::Field* MeasurementForm::fieldFor(const QString& column)
{
    if (column == u"weight_g")
        return &weight_;
    if (column == u"length_mm")
        return &length_;
    if (column == u"head_mm")
        return &head_;
    if (column == u"muac_mm")
        return &arm_;
    return nullptr;
}

QWidget* MeasurementForm::showErrors(const store::Error& error)
{
    clearStoreErrors();
    std::vector<const store::Error*> all{&error};
    for (const auto& e : error.more)
        all.push_back(&e);
    QWidget* focus = nullptr;
    QStringList general;
    for (const store::Error* e : all) {
        QWidget* target = nullptr;
        if (Field* f = fieldFor(e->field)) {
            f->storeError = e->message;
            setTextVisible(f->error, e->message);
            target = f->edit;
        } else if (e->field == u"length_position") {
            setTextVisible(positionError_, e->message);
            target = lying_->isChecked() ? static_cast<QWidget*>(lying_) : standing_;
        } else if (e->field == u"notes" || e->field == u"measured_by") {
            setTextVisible(notesError_, e->message);
            target = notes_;
        } else {
            general << e->message;
        }
        if (!focus)
            focus = target;
    }
    setTextVisible(general_, general.join(QLatin1Char('\n')));
    return focus ? focus : weight_.edit;
}

void MeasurementForm::clearStoreErrors()
{
    for (Field* f : {&weight_, &length_, &head_, &arm_})
        f->storeError.clear();
    showParseErrors(draft());
    setTextVisible(positionError_, {});
    setTextVisible(notesError_, {});
    setTextVisible(general_, {});
}

void MeasurementForm::setGeneralMessage(const QString& text)
{
    setTextVisible(general_, text);
}

void MeasurementForm::focusWeight()
{
    weight_.edit->setFocus(Qt::OtherFocusReason);
    weight_.edit->selectAll();
}

QList<QWidget*> MeasurementForm::tabChain() const
{
    return {weight_.edit, length_.edit, lying_, standing_, head_.edit, arm_.edit, oedema_, notes_};
}

bool MeasurementForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit submitRequested();
            return true;
        }
        // A line edit would swallow Ctrl+Z as an empty undo of its own.
        auto* edit = qobject_cast<QLineEdit*>(watched);
        if (key->matches(QKeySequence::Undo) && edit && !edit->isUndoAvailable()) {
            emit undoRequested();
            return true;
        }
    } else if (event->type() == QEvent::ShortcutOverride) {
        // A line edit claims Ctrl+Z even when it has nothing to undo; then
        // the page's "undo the last save" must get it (see the page's
        // event()).
        auto* key = static_cast<QKeyEvent*>(event);
        auto* edit = qobject_cast<QLineEdit*>(watched);
        if (key->matches(QKeySequence::Undo) && edit && !edit->isUndoAvailable()) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tumbuh::ui
