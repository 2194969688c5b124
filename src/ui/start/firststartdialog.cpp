#include "ui/start/firststartdialog.h"

#include "store/pin.h"
#include "ui/common/dialogscrollarea.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/filedialogs.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tumbuh::ui {

FirstStartDialog::FirstStartDialog(QWidget* parent)
    : QDialog(parent), welcome_(new QLabel(this)), userLabel_(new QLabel(this)), user_(new QLineEdit(this)),
      pinLabel_(new QLabel(this)), pin_(new QLineEdit(this)), repeatLabel_(new QLabel(this)),
      repeat_(new QLineEdit(this)), pinMessage_(new FieldMessage(this)),
      create_(new QRadioButton(this)), createBox_(new QGroupBox(this)), nameLabel_(new QLabel(createBox_)),
      name_(new QLineEdit(createBox_)), nameMessage_(new FieldMessage(createBox_)),
      kelurahanLabel_(new QLabel(createBox_)), kelurahan_(new QLineEdit(createBox_)),
      kecamatanLabel_(new QLabel(createBox_)), kecamatan_(new QLineEdit(createBox_)),
      kabupatenLabel_(new QLabel(createBox_)), kabupaten_(new QLineEdit(createBox_)), demo_(new QRadioButton(this)),
      demoNote_(new QLabel(this)), open_(new QRadioButton(this)), error_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    QFont big = welcome_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    welcome_->setFont(big);
    welcome_->setWordWrap(true);

    auto* userRow = new QFormLayout;
    userRow->addRow(userLabel_, user_);
    userLabel_->setBuddy(user_);
    userRow->addRow(pinLabel_, pin_);
    userRow->addRow(repeatLabel_, repeat_);
    userRow->addRow(QString(), pinMessage_);
    pinLabel_->setBuddy(pin_);
    repeatLabel_->setBuddy(repeat_);
    for (QLineEdit* e : {pin_, repeat_}) {
        e->setEchoMode(QLineEdit::Password);
        e->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        connect(e, &QLineEdit::textEdited, this, [this] { pinMessage_->clear(); });
    }

    auto* form = new QFormLayout(createBox_);
    form->addRow(nameLabel_, name_);
    form->addRow(QString(), nameMessage_);
    form->addRow(kelurahanLabel_, kelurahan_);
    form->addRow(kecamatanLabel_, kecamatan_);
    form->addRow(kabupatenLabel_, kabupaten_);
    nameLabel_->setBuddy(name_);
    kelurahanLabel_->setBuddy(kelurahan_);
    kecamatanLabel_->setBuddy(kecamatan_);
    kabupatenLabel_->setBuddy(kabupaten_);
    createBox_->setFlat(true);

    demoNote_->setWordWrap(true);
    demoNote_->setIndent(24);
    error_->setWordWrap(true);
    error_->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    error_->hide();

    auto* group = new QButtonGroup(this);
    group->addButton(create_);
    group->addButton(demo_);
    group->addButton(open_);
    create_->setChecked(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(welcome_);
    layout->addLayout(userRow);
    layout->addSpacing(8);
    layout->addWidget(create_);
    layout->addWidget(createBox_);
    layout->addWidget(demo_);
    layout->addWidget(demoNote_);
    layout->addWidget(open_);
    layout->addWidget(error_);
    layout->addStretch(1);
    layout->addWidget(buttons_);

    connect(group, &QButtonGroup::buttonToggled, this, &FirstStartDialog::updateEnabled);
    connect(name_, &QLineEdit::textEdited, this, [this] { nameMessage_->clear(); });
    connect(buttons_, &QDialogButtonBox::accepted, this, [this] {
        if (open_->isChecked()) {
            chooseFile();
            if (filePath_.isEmpty())
                return;
        }
        if (check())
            accept();
    });
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    updateEnabled();
    user_->setFocus();
    DialogScrollArea::setPreferredSize(this, QSize(560, 0));
    DialogScrollArea::fitWhenShown(this);
}

void FirstStartDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Tumbuh"));
    welcome_->setText(tr("Welcome to Tumbuh, the growth monitor for the posyandu."));
    userLabel_->setText(tr("&Your name"));
    user_->setPlaceholderText(tr("written in the log of every change"));
    pinLabel_->setText(tr("Your &PIN"));
    pin_->setPlaceholderText(tr("6 digits or more, to sign in"));
    repeatLabel_->setText(tr("&Repeat the PIN"));
    create_->setText(tr("&Start a database for my posyandu"));
    nameLabel_->setText(tr("Posyandu &name"));
    name_->setPlaceholderText(tr("e.g. Posyandu Melati 3"));
    kelurahanLabel_->setText(tr("&Kelurahan/desa"));
    kecamatanLabel_->setText(tr("Kec&amatan"));
    kabupatenLabel_->setText(tr("Kabupaten/&kota"));
    demo_->setText(tr("&Try a demo posyandu first"));
    demoNote_->setText(tr("About 120 invented children with two years of visits, to look around safely. "
                          "Nothing in it is about real people."));
    open_->setText(tr("&Open a database file I already have…"));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Begin"));
    buttons_->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
}

void FirstStartDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FirstStartDialog::updateEnabled()
{
    createBox_->setEnabled(create_->isChecked());
    // The name and PIN make the new file's first user (its admin); a demo or
    // an existing file has its own users.
    for (QWidget* w : std::initializer_list<QWidget*>{userLabel_, user_, pinLabel_, pin_, repeatLabel_, repeat_})
        w->setEnabled(create_->isChecked());
}

void FirstStartDialog::chooseFile()
{
    filePath_ = FileDialogs::openDatabase(this, QString());
}

FirstStartDialog::Choice FirstStartDialog::choice() const
{
    if (demo_->isChecked())
        return Choice::Demo;
    if (open_->isChecked())
        return Choice::OpenFile;
    return Choice::Create;
}

store::Posyandu FirstStartDialog::posyandu() const
{
    store::Posyandu p;
    p.name = name_->text().simplified();
    p.kelurahan = kelurahan_->text().simplified();
    p.kecamatan = kecamatan_->text().simplified();
    p.kabupaten = kabupaten_->text().simplified();
    return p;
}

QString FirstStartDialog::pin() const
{
    return pin_->text();
}

QString FirstStartDialog::userName() const
{
    return user_->text().simplified();
}

bool FirstStartDialog::check()
{
    if (choice() == Choice::Create && posyandu().name.isEmpty()) {
        nameMessage_->showError(tr("Write the posyandu's name."));
        name_->setFocus();
        return false;
    }
    if (choice() != Choice::Create)
        return true;
    if (userName().isEmpty()) {
        pinMessage_->showError(tr("Write your name: you will be the first user, the admin."));
        user_->setFocus();
        return false;
    }
    if (auto problem = store::pinProblem(pin_->text())) {
        pinMessage_->showError(*problem);
        pin_->setFocus();
        return false;
    }
    if (pin_->text() != repeat_->text()) {
        pinMessage_->showError(tr("The two PINs are not the same. Type them again."));
        repeat_->clear();
        repeat_->setFocus();
        return false;
    }
    return true;
}

void FirstStartDialog::showError(const QString& message)
{
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
}

} // namespace tumbuh::ui
