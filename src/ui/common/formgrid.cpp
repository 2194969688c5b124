#include "ui/common/formgrid.h"

namespace tumbuh::ui {

FieldMessage* FormGrid::addRow(const QString& field, QLabel* label, QWidget* editor)
{
    auto* message = new FieldMessage(layout_->parentWidget());
    label->setBuddy(editor);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout_->addWidget(label, row_, 0);
    layout_->addWidget(editor, row_, 1);
    layout_->addWidget(message, row_ + 1, 1);
    row_ += 2;
    messages_[field] = message;
    editors_[field] = editor;
    return message;
}

void FormGrid::addWide(QWidget* widget)
{
    layout_->addWidget(widget, row_, 1);
    ++row_;
}

FieldMessage* FormGrid::message(const QString& field) const
{
    const auto it = messages_.find(field);
    return it == messages_.end() ? nullptr : it->second;
}

QWidget* FormGrid::editor(const QString& field) const
{
    const auto it = editors_.find(field);
    return it == editors_.end() ? nullptr : it->second;
}

void FormGrid::clearMessages()
{
    for (auto& [field, message] : messages_)
        message->clear();
}

} // namespace tumbuh::ui
