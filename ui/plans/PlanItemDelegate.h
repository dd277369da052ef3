#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace khana {

// Editors for the framework tree's cells: B.E. dates, money in baht, the activity status,
// progress 0–100, and the responsible unit with the units already in the plan offered.
class PlanItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setUnits(const QStringList &units) { m_units = units; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

Q_SIGNALS:
    // What was typed could not be read (a budget "12,5x0").
    void invalidInput(const QString &message) const;

private:
    QStringList m_units;
};

} // namespace khana
