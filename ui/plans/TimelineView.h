#pragma once

#include "reports/TimelinePainter.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QModelIndex;

namespace khana {

// The timeline tab: the framework's rows (as the tree's filters show them) on a month or
// quarter scale, with today's line and delayed activities in red; printable.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Follows this (filtered) view of the plan tree.
    void setModel(QAbstractItemModel *model);
    // The plan counts in the Thai fiscal year: quarters and years follow it.
    void setFiscalYear(bool fiscal);
    TimelinePainter painter() const;
    void print(const QString &title);

private:
    class Canvas;
    void refresh();

    QAbstractItemModel *m_model = nullptr;
    QComboBox *m_scale;
    bool m_fiscal = false;
    Canvas *m_canvas;
};

} // namespace khana
