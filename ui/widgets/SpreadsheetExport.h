#pragma once

#include "io/TableExport.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

class QWidget;

namespace khana::SpreadsheetExport {

// Reads the rows to export on a connection of its own (`db` is like the window's).
using Read = std::function<TableExport::Table(const QSqlDatabase &db, QString *error)>;

// Asks where to save (a file name in the user's Documents, or the folder used last), offering
// an Excel workbook or a CSV file; an empty path when the user cancels.
QString askSavePath(QWidget *parent, const QString &caption, const QString &name, const QString &filters);

// Asks where, then writes: see writeTo().
bool run(QWidget *parent, const QSqlDatabase &db, const QString &caption, const QString &name, const Read &read);

// Reads the table on a worker thread and writes it to `path` (.xlsx, else CSV), behind a
// progress dialog with Cancel; a cancelled or failed export writes no file. True when written;
// a failure is said in a message box.
bool writeTo(QWidget *parent, const QSqlDatabase &db, const QString &path, const QString &caption, const Read &read);

} // namespace khana::SpreadsheetExport
