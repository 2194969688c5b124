#pragma once
// Two panels side by side when there is room for both at their minimum
// widths, one under the other when there is not (issue 15: a 1024×600
// netbook, or 150 % text scaling). Meant as the widget of a resizable
// QScrollArea: its minimum width is the wider panel's, so the scroll area
// never has to scroll sideways, and a tall stack scrolls down.
#include <QWidget>

class QBoxLayout;

namespace tumbuh::ui {

class AdaptiveColumns : public QWidget {
    Q_OBJECT
public:
    AdaptiveColumns(QWidget* first, QWidget* second, QWidget* parent = nullptr);

    bool isSideBySide() const { return sideBySide_; }
    // Stretch factors of the two panels when side by side.
    void setStretch(int first, int second);
    // Chooses again for the current fonts and width (after a font change).
    void rearrange();

    QSize minimumSizeHint() const override;

signals:
    // A panel's minimum width changed (a font, a text): whoever keeps room
    // for this widget asks minimumSizeHint() again.
    void minimumChanged();

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int sideBySideWidth() const;
    void choose(int width);

    QWidget* first_;
    QWidget* second_;
    QBoxLayout* box_;
    int stretchFirst_ = 1;
    int stretchSecond_ = 1;
    bool sideBySide_ = true;
    int lastMinimum_ = 0;
};

} // namespace tumbuh::ui
