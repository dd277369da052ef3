#pragma once

#include "stores/AuditTrail.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace khana {

// The audit trail for the Audit page: newest first, read a page at a time as the view scrolls
// (canFetchMore/fetchMore), so that a trail of millions opens at once.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Who, Action, Record, Detail, ColumnCount };
    Q_ENUM(Column)

    static constexpr int kPageSize = 500;

    explicit AuditModel(const QSqlDatabase &db, QObject *parent = nullptr);

    // Reads the newest entries the filter matches; false (error() says why) when refused.
    bool setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    QString error() const { return m_error; }
    const AuditEntry &entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QSqlDatabase m_db;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    bool m_more = false;
    bool m_fetching = false;
    QString m_error;
};

} // namespace khana
