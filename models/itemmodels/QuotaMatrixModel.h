#pragma once

#include "domain/QuotaMatrix.h"

#include <QAbstractItemModel>
#include <QHash>

namespace khana {

// The quota matrix as a tree for views: one row per participant category (per-province
// categories open into their provinces) and a total row; columns planned, registered,
// attended and still open.
class QuotaMatrixModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Planned, Registered, Attended, Open, ColumnCount };
    Q_ENUM(Column)

    explicit QuotaMatrixModel(QObject *parent = nullptr);

    // Province names to show, by code.
    void setProvinceNames(const QHash<QString, QString> &names);
    void setMatrix(const QuotaMatrix &matrix);
    // Keeps the shape and refreshes the numbers (live counts during check-in).
    void updateCounts(const QuotaMatrix &matrix);
    const QuotaMatrix &matrix() const { return m_matrix; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal ids: 0 for top-level rows, category index + 1 for province rows.
    QStringList provinceRows(int category) const;
    QuotaCell cellAt(const QModelIndex &index) const;

    QuotaMatrix m_matrix;
    QHash<QString, QString> m_provinceNames;
};

} // namespace khana
