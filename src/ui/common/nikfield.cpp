#include "ui/common/nikfield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tumbuh::ui {

NikField::NikField(QWidget* parent) : QWidget(parent), edit_(new QLineEdit(this)), retype_(new QPushButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_, 1);
    layout->addWidget(retype_);
    edit_->setMaxLength(24); // 16 digits, with the spaces or dots people copy
    retype_->hide();
    setFocusProxy(edit_);
    connect(edit_, &QLineEdit::textEdited, this, &NikField::edited);
    connect(retype_, &QPushButton::clicked, this, &NikField::retype);
    retranslateUi();
}

void NikField::setStored(const QString& nik)
{
    stored_ = nik;
    masked_ = !nik.isEmpty() && !viewer_.may(store::Permission::SeeFullNik);
    edit_->setText(viewer_.nik(nik));
    edit_->setReadOnly(masked_);
    retype_->setVisible(masked_);
    retranslateUi();
}

QString NikField::value() const
{
    return masked_ ? stored_ : edit_->text();
}

void NikField::retype()
{
    if (!masked_)
        return;
    masked_ = false;
    edit_->clear();
    edit_->setReadOnly(false);
    retype_->hide();
    retranslateUi();
    edit_->setFocus();
    emit edited();
}

void NikField::retranslateUi()
{
    retype_->setText(tr("Retype"));
    retype_->setToolTip(tr("The NIK is hidden for your role. Press to type the whole NIK again."));
    edit_->setToolTip(masked_ ? tr("Hidden for your role: the stored NIK is kept unless you retype it.") : QString());
}

void NikField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tumbuh::ui
