#pragma once

#include "stores/GrowthStore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace khana {

// District-representative elections for a table: those of a province (or the country) on the
// Members & growth page, those held at one workshop on the Workshops page. Newest first; a
// province has tens of districts and a few elections each, so all rows are held.
class ElectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HeldOn, District, Meeting, Candidates, VotesCast, Elected, Term, ColumnCount };
    Q_ENUM(Column)

    explicit ElectionsModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setFilter(const ElectionFilter &filter);
    void reload();
    // Shows no elections until the next setFilter().
    void clear();

    const ElectionListing &listing(int row) const { return m_rows.at(row); }
    // The row showing election `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    ElectionFilter m_filter;
    bool m_cleared = false; // an empty filter would list every election
    QList<ElectionListing> m_rows;
};

} // namespace khana
