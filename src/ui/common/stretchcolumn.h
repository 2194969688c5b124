#pragma once
// One column of a table (the child's name) takes the room the others leave,
// but never less than its own width: on a narrow window the table scrolls
// sideways instead of squeezing the names. (QHeaderView::Stretch squeezes
// the column down to the header's minimum section size.)
#include <QObject>

class QTableView;

namespace tumbuh::ui {

class StretchColumn : public QObject {
    Q_OBJECT
public:
    // Sizes `column` of `view` from now on; the other columns keep the widths
    // they are given (from sample texts, or by the user dragging them).
    StretchColumn(QTableView* view, int column);

    // The width the column never goes below (its sample text, its header).
    void setMinimumWidth(int width);
    int minimumWidth() const { return minimum_; }

    // Fits the column to the room there is now.
    void apply();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* view_;
    int column_;
    int minimum_ = 0;
    bool applying_ = false;
};

} // namespace tumbuh::ui
