#pragma once
// The line under a form field that says what is wrong with it (red), what to
// look at again (amber; saving is still allowed) or a quiet hint (grey). Forms
// put one under every field so that a message appears where the eye already
// is, while typing, never in a pop-up after the fact.
#include <QLabel>

namespace tumbuh::ui {

class FieldMessage : public QLabel {
    Q_OBJECT
public:
    enum class Kind { None,
                      Error,
                      Warning,
                      Hint };

    explicit FieldMessage(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showWarning(const QString& text);
    void showHint(const QString& text);
    void clear();

    Kind kind() const { return kind_; }

private:
    void show(Kind kind, const QString& text);
    Kind kind_ = Kind::None;
};

} // namespace tumbuh::ui
