#pragma once
// One column of a table (the child's name) takes the room the others leave,
// but never less than its own width: on a narrow window the table scrolls
// sideways instead of squeezing the names. (QHeaderView::Stretch squeezes
// the column down to the header's minimum section size.) A second column
// (the register's result) can share the room.
#include <QObject>

#include <utility>
#include <vector>

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
    int minimumWidth() const { return columns_.front().second; }

    // Another column that shares the room left, never narrower than
    // `minimumWidth` (called again, it only changes that width).
    void addColumn(int column, int minimumWidth);

    // Fits the columns to the room there is now.
    void apply();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool stretches(int column) const;

    QTableView* view_;
    // The view's viewport, kept: while the view is being destroyed it is no
    // longer a QTableView, and asking it for its viewport is undefined.
    QWidget* viewport_;
    std::vector<std::pair<int, int>> columns_; // column, least width
    bool applying_ = false;
};

} // namespace tumbuh::ui
