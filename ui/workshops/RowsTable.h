#pragma once

#include "domain/Person.h"

#include <QTableWidget>

class QLabel;

namespace khana {

// An editable table of a record's rows (days, budget lines, categories) with buttons to add
// and remove rows, and problems marked on the cell that caused them with a list below.
class RowsTable : public QWidget
{
    Q_OBJECT

public:
    RowsTable(const QString &listName, const QStringList &headers, const QStringList &fieldNames, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int rowCount() const { return m_table->rowCount(); }
    QString text(int row, int column) const;
    void setText(int row, int column, const QString &text, bool editable = true);
    int appendRow();
    void clearRows();
    // These columns share the width the others, sized to what they hold, leave (a budget's
    // item and funding source), so that no column is cut off at the window's size.
    void setWideColumns(const QList<int> &columns);

    // Marks the cells named by errors for this list ("days/2/ends") and lists the messages.
    // Returns how many errors were this table's.
    int showErrors(const FieldErrors &errors);
    void clearErrors();

Q_SIGNALS:
    void rowsChanged();

private:
    QString m_listName;
    QStringList m_fieldNames;
    QTableWidget *m_table;
    QLabel *m_errors;
};

} // namespace khana
