#pragma once
// A form laid out as label | field, with the field's message line under the
// field (FieldMessage), on a QGridLayout. Messages are kept by the store's
// column name so that Error::field and Warning::field land next to the
// right field.
#include "ui/common/fieldmessage.h"

#include <QGridLayout>
#include <QLabel>
#include <QString>

#include <map>

namespace tumbuh::ui {

class FormGrid {
public:
    explicit FormGrid(QGridLayout* layout) : layout_(layout) { }

    // Adds a row; `field` is the store's column name ("nik", "birth_date"...).
    // The label's buddy is the field (Alt+letter reaches it).
    FieldMessage* addRow(const QString& field, QLabel* label, QWidget* editor);
    // A row spanning both columns, e.g. a checkbox under a field.
    void addWide(QWidget* widget);

    FieldMessage* message(const QString& field) const;
    QWidget* editor(const QString& field) const;
    const std::map<QString, FieldMessage*>& messages() const { return messages_; }
    void clearMessages();
    QGridLayout* layout() const { return layout_; }

private:
    QGridLayout* layout_;
    int row_ = 0;
    std::map<QString, FieldMessage*> messages_;
    std::map<QString, QWidget*> editors_;
};

} // namespace tumbuh::ui
