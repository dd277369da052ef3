#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QAbstractItemModel;

namespace khana::TableExport {

// A table as it is exported: a cell is text, a number (int, qint64, double) or a QDate, so a
// spreadsheet gets numbers it can add up and dates it can sort.
struct Table
{
    QString name; // the worksheet's name
    QStringList headers;
    QList<QVariantList> rows;
    // What personal data the rows disclose, for the audit trail (empty when none): the table
    // and the record they belong to ("registration", a workshop's id).
    QString disclosedEntity;
    QString disclosedId;
};

// The model's rows as shown, with ItemRole::Raw (numbers, dates) where a column sets it.
Table fromModel(const QAbstractItemModel &model, const QString &name);

// A text cell made safe for spreadsheets: one starting with = + - @, a tab or a carriage
// return would be run as a formula, so it gets a leading apostrophe.
QString neutralised(const QString &text);

// UTF-8 with a byte-order mark (so Excel reads Thai), comma-separated, CRLF line ends, dates
// as ISO. Written whole or not at all.
bool writeCsv(const Table &table, const QString &path, QString *error);

// An .xlsx workbook with one sheet through libxlsxwriter: bold header row, numbers as numbers,
// dates as dates. Written whole or not at all.
bool writeXlsx(const Table &table, const QString &path, QString *error);

} // namespace khana::TableExport
