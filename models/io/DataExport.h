#pragma once

#include "TableExport.h"
#include "stores/AuditTrail.h"

#include <QSqlDatabase>

namespace khana {

// The lists offices share as spreadsheets, for the pages' Export buttons and `khana export`.
// Headers, Thai text, phone numbers and dates as the user sees them (dates are dates in a
// workbook, shown in the user's era); numbers as numbers. National id numbers are never
// exported: a list travels further than the database.
namespace DataExport {

// Everyone, or those a People search matches (`search`, as typed in the People list); with
// `consentedTo`, only those who have given consent to every one of these purposes.
TableExport::Table people(const QSqlDatabase &db, QString *error, const QString &search = {}, const QList<qint64> &consentedTo = {});

// Before people are exported: for each purpose the office checks on export, how many of the
// people `search` and `consentedTo` select have not given that consent (purposes with none
// left out). Empty when all have, or no purpose is checked; nullopt (and `error`) on failure.
struct MissingConsent
{
    qint64 purposeId = 0;
    QString purposeName;
    qint64 people = 0;
};
std::optional<QList<MissingConsent>> missingConsent(const QSqlDatabase &db, const QString &search, const QList<qint64> &consentedTo,
                                                    QString *error);
// A workshop's budget lines with their totals, and the total by funding source.
TableExport::Table budget(const QSqlDatabase &db, qint64 workshopId, QString *error);
TableExport::Table registrations(const QSqlDatabase &db, qint64 workshopId, QString *error);
TableExport::Table plan(const QSqlDatabase &db, qint64 planId, QString *error);
TableExport::Table counts(const QSqlDatabase &db, QString *error);
// The audit trail's entries that `filter` matches, newest first (the export is recorded too).
TableExport::Table auditTrail(const QSqlDatabase &db, const AuditFilter &filter, QString *error);

// Records in the audit trail that `table` is being written out as `format` ("xlsx", "csv"),
// when it holds personal data; before the file is written, so that no list leaves unrecorded.
// False (and `error`) when the trail could not take it: the export must then not go ahead.
bool recordExport(const QSqlDatabase &db, const TableExport::Table &table, const QString &format, QString *error);

} // namespace DataExport

} // namespace khana
