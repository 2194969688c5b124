#pragma once
// The z-scores of every index of one child over time on one axis.
#include "report/chartdata.h"

#include <QPointF>
#include <QRectF>
#include <QWidget>

namespace tumbuh::ui {

class ChartView;

class ZScoreTrendWidget : public QWidget {
    Q_OBJECT
public:
    explicit ZScoreTrendWidget(QWidget* parent = nullptr);

    void setInput(const report::ZTrendInput& input);
    const report::ZTrendInput& input() const { return m_input; }

    QRectF plotArea() const;
    QPointF mapToPosition(const QPointF& value) const; // (age in days, z)

private:
    report::ZTrendInput m_input;
    ChartView* m_view = nullptr;
};

} // namespace tumbuh::ui
