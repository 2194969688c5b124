#pragma once
// A one-line label that never cuts its text mid-letter: when the layout gives
// it less width than the text needs, it shows the text shortened with "…" and
// carries the whole text in its tooltip. Its size hint asks for the whole
// text; its minimum is a few letters, so a narrow window squeezes it instead
// of pushing its neighbours off the screen (issue 15). Use it wherever a
// value or a name may be longer than the room a small screen leaves.
#include <QLabel>
#include <QString>

namespace tumbuh::ui {

class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);

    // The whole text; text() is what is shown (elided or whole). setText
    // is the same as setFullText when called on an ElidedLabel.
    void setFullText(const QString& text);
    void setText(const QString& text) { setFullText(text); }
    QString fullText() const { return full_; }
    // True while the shown text is shortened.
    bool isElided() const { return elided_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateShown();

    QString full_;
    QString ownToolTip_; // a tooltip set before the text was elided
    bool elided_ = false;
};

} // namespace tumbuh::ui
