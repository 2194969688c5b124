#pragma once
// A row of controls that wraps onto the next line when the window is too
// narrow for all of them (the filters of the register and of the
// needs-attention list): on a 1024-pixel netbook, or with large text, they go
// under each other instead of being squeezed or pushed out of the window.
#include <QLayout>
#include <QList>

namespace tumbuh::ui {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Lays the items out in `rect` (or only measures, when `apply` is false)
    // and returns the height used.
    int arrange(const QRect& rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    QList<QLayoutItem*> items_;
};

} // namespace tumbuh::ui
