#pragma once
// The first start, when no database has been opened yet: make one for the
// user's posyandu (its name and where it is), look around in a demo
// posyandu first, or open a file brought from elsewhere. The dialog only
// asks; the application creates or opens the file.
#include "store/posyandu.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace tumbuh::ui {

class FieldMessage;

class FirstStartDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Create,
                        Demo,
                        OpenFile };

    explicit FirstStartDialog(QWidget* parent = nullptr);

    Choice choice() const;
    // For Create: the posyandu as typed (name, kelurahan, kecamatan, kab/kota).
    store::Posyandu posyandu() const;
    QString userName() const;
    // For Create: the PIN of the new file's first user (an admin), typed twice.
    QString pin() const;
    // For OpenFile: the file chosen.
    QString filePath() const { return filePath_; }

    // An error from creating or opening, shown under the choices.
    void showError(const QString& message);

    QLineEdit* posyanduNameEdit() const { return name_; }
    QLineEdit* userNameEdit() const { return user_; }
    QLineEdit* pinEdit() const { return pin_; }
    QLineEdit* repeatPinEdit() const { return repeat_; }
    QRadioButton* createButton() const { return create_; }
    QRadioButton* demoButton() const { return demo_; }

    // Checks what the chosen option needs; the message goes next to the field.
    bool check();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateEnabled();
    void chooseFile();

    QLabel* welcome_;
    QLabel* userLabel_;
    QLineEdit* user_;
    QLabel* pinLabel_;
    QLineEdit* pin_;
    QLabel* repeatLabel_;
    QLineEdit* repeat_;
    FieldMessage* pinMessage_;
    QRadioButton* create_;
    QGroupBox* createBox_;
    QLabel* nameLabel_;
    QLineEdit* name_;
    FieldMessage* nameMessage_;
    QLabel* kelurahanLabel_;
    QLineEdit* kelurahan_;
    QLabel* kecamatanLabel_;
    QLineEdit* kecamatan_;
    QLabel* kabupatenLabel_;
    QLineEdit* kabupaten_;
    QRadioButton* demo_;
    QLabel* demoNote_;
    QRadioButton* open_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
    QString filePath_;
};

} // namespace tumbuh::ui
