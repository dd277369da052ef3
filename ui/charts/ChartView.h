#pragma once

#include "ChartSpec.h"

#include <QWidget>

class QChartView;

namespace khana {

// Shows a ChartSpec with Qt Charts: values on hover, and export as PNG or PDF at a fixed size
// whatever the window's size.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }

    bool exportPng(const QString &path, QString *error);
    bool exportPdf(const QString &path, QString *error);

private:
    void showValue(int category, double value, const QString &seriesName);

    ChartSpec m_spec;
    QChartView *m_view;
};

} // namespace khana
