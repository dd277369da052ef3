#include "TimelineView.h"

#include "itemmodels/ItemRoles.h"
#include "itemmodels/PlanFilterModel.h"
#include "itemmodels/PlanTreeModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <functional>

namespace khana {

class TimelineView::Canvas : public QWidget
{
public:
    explicit Canvas(TimelineView *owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setObjectName(QStringLiteral("timelineCanvas"));
        setAutoFillBackground(true);
        setBackgroundRole(QPalette::Base);
    }
    void refresh()
    {
        const TimelinePainter p = m_owner->painter();
        setMinimumHeight(int(p.heightFor(p.rowCount(), QFontMetricsF(font()))) + 8);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_owner->painter().paint(painter, QRectF(rect()).adjusted(4, 4, -4, -4));
    }

private:
    TimelineView *m_owner;
};

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_scale(new QComboBox(this))
    , m_canvas(new Canvas(this))
{
    setObjectName(QStringLiteral("timelineView"));
    m_scale->addItem(tr("By month"), int(TimelinePainter::Scale::Months));
    m_scale->addItem(tr("By quarter"), int(TimelinePainter::Scale::Quarters));
    auto *print = new QPushButton(tr("&Print timeline…"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_scale);
    top->addStretch(1);
    top->addWidget(print);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    connect(m_scale, &QComboBox::activated, this, &TimelineView::refresh);
    connect(print, &QPushButton::clicked, this, [this] { this->print(window()->windowTitle()); });
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::refresh);
    connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineView::refresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &TimelineView::refresh);
    refresh();
}

TimelinePainter TimelineView::painter() const
{
    QList<TimelinePainter::Row> rows;
    const auto *filter = qobject_cast<const QSortFilterProxyModel *>(m_model);
    const auto *tree = filter ? qobject_cast<const PlanTreeModel *>(filter->sourceModel()) : nullptr;
    if (tree) {
        // The rows the tree shows, in its order.
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m_model->rowCount(parent); ++r) {
                const QModelIndex index = m_model->index(r, 0, parent);
                if (const PlanItem *item = tree->itemById(index.data(ItemRole::Id).toLongLong()))
                    rows.append({tree->outlineNumber(item->id), *item});
                walk(index);
            }
        };
        walk({});
    }
    TimelinePainter painter(rows, TimelinePainter::Scale(m_scale->currentData().toInt()));
    painter.setFiscalYear(m_fiscal);
    return painter;
}

void TimelineView::setFiscalYear(bool fiscal)
{
    m_fiscal = fiscal;
    refresh();
}

void TimelineView::refresh()
{
    m_canvas->refresh();
}

void TimelineView::print(const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this, title](QPrinter *p) { painter().print(p, title); });
    dialog.exec();
}

} // namespace khana
