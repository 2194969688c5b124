#pragma once
// A date typed as on the Buku KIA ("12-03-2024", "12/3/24", "2024-03-12")
// with a calendar button for those who prefer to click. Unlike QDateEdit it
// can be empty, so a form never saves today's date by accident as a birth
// date.
#include <QDate>
#include <QWidget>

class QLineEdit;
class QToolButton;

namespace tumbuh::ui {

class DateField : public QWidget {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    // Day first: d-M-yyyy, d/M/yyyy, d.M.yyyy, d M yyyy, and ISO yyyy-M-d;
    // a two-digit year is 20yy. An invalid QDate when unreadable or empty.
    static QDate parse(const QString& text);

    QDate date() const;
    bool isBlank() const;
    bool isReadable() const { return isBlank() || date().isValid(); }
    void setDate(const QDate& d);
    QLineEdit* lineEdit() const { return edit_; }

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void openCalendar();

    QLineEdit* edit_;
    QToolButton* calendarButton_;
};

} // namespace tumbuh::ui
