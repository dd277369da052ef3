#pragma once

#include "stores/RegistrationStore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace khana {

// The registrations of one workshop for the registrations table: person, category, province,
// status, badge code and arrival time. A workshop has thousands at most, so all are held.
class RegistrationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Category, Province, Status, Badge, CheckedIn, ColumnCount };
    Q_ENUM(Column)

    explicit RegistrationsModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setWorkshop(qint64 workshopId);
    qint64 workshopId() const { return m_workshopId; }
    void reload();

    const CheckInEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_workshopId = 0;
    QList<CheckInEntry> m_entries;
};

} // namespace khana
