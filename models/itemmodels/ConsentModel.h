#pragma once

#include "domain/Consent.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace khana {

// One person's consents, a row per purpose the office asks for (and per retired purpose the
// person decided about): where each stands now, since when, how and by whom it was recorded.
class ConsentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Purpose, Decision, DecidedOn, Method, RecordedBy, ColumnCount };
    Q_ENUM(Column)

    ConsentModel(const QSqlDatabase &db, qint64 personId, QObject *parent = nullptr);

    // Reads the purposes and the person's decisions again (after a decision is recorded).
    void reload();

    const ConsentPurpose &purpose(int row) const { return m_rows.at(row).purpose; }
    // The decision in force for the row's purpose; personId 0 when none was ever recorded.
    const ConsentDecision &decision(int row) const { return m_rows.at(row).decision; }
    int rowOfPurpose(qint64 purposeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ConsentPurpose purpose;
        ConsentDecision decision;
    };
    QSqlDatabase m_db;
    qint64 m_personId;
    QList<Row> m_rows;
};

// The office's consent purposes, retired ones included, for the Settings page.
class ConsentPurposeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Version, CheckedOnExport, State, ColumnCount };
    Q_ENUM(Column)

    explicit ConsentPurposeModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void reload();
    const ConsentPurpose &purpose(int row) const { return m_purposes.at(row); }
    int rowOfPurpose(qint64 purposeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<ConsentPurpose> m_purposes;
};

} // namespace khana
