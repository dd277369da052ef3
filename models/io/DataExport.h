#pragma once

#include "TableExport.h"

#include <QSqlDatabase>

namespace khana {

// The lists offices share as spreadsheets, read for `khana export` (the pages export what
// they show through TableExport::fromModel). Headers are in the user's language. National id
// numbers are never exported: a list travels further than the database.
namespace DataExport {

TableExport::Table people(const QSqlDatabase &db, QString *error);
TableExport::Table registrations(const QSqlDatabase &db, qint64 workshopId, QString *error);
TableExport::Table plan(const QSqlDatabase &db, qint64 planId, QString *error);
TableExport::Table counts(const QSqlDatabase &db, QString *error);

} // namespace DataExport

} // namespace khana
