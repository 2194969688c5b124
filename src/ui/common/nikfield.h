#pragma once
// A NIK input that follows the signed-in user's role (store/access.h): a
// role that may not see full NIKs gets a stored NIK masked and read-only,
// with a button to retype it in full. Untouched, the field gives back the
// stored NIK, never the mask; retyped, what was typed.
#include "store/access.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace tumbuh::ui {

class NikField : public QWidget {
    Q_OBJECT
public:
    explicit NikField(QWidget* parent = nullptr);

    // Who looks at the field; set before setStored().
    void setViewer(const store::SignedInUser& viewer) { viewer_ = viewer; }
    // Shows a stored NIK (empty for a new person): full, or masked and locked.
    void setStored(const QString& nik);
    // The NIK to save: the stored one while the masked value is untouched.
    QString value() const;
    // The stored NIK is shown masked and has not been retyped.
    bool isMasked() const { return masked_; }
    // Empties the field for typing a new NIK in full.
    void retype();

    QLineEdit* edit() const { return edit_; }
    QPushButton* retypeButton() const { return retype_; }

signals:
    // The user typed in the field, or chose to retype it.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    store::SignedInUser viewer_;
    QLineEdit* edit_;
    QPushButton* retype_;
    QString stored_;
    bool masked_ = false;
};

} // namespace tumbuh::ui
