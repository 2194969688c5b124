#pragma once
// The z-scores of every index of one child over time on one axis (x: age in
// days, y: z).
#include "report/chartdata.h"
#include "ui/charts/chartwidget.h"

namespace tumbuh::ui {

class ZScoreTrendWidget : public ChartWidget {
    Q_OBJECT
public:
    explicit ZScoreTrendWidget(QWidget* parent = nullptr);

    void setInput(const report::ZTrendInput& input);
    const report::ZTrendInput& input() const { return m_input; }

private:
    report::ZTrendInput m_input;
};

} // namespace tumbuh::ui
