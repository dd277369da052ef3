#include "DataCommands.h"

#include "Startup.h"
#include "database/Database.h"
#include "io/CsvReader.h"
#include "io/DataExport.h"
#include "io/MemberCountImporter.h"
#include "io/RegistrationImporter.h"
#include "io/RosterImporter.h"
#include "io/TableExport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>

#include <cstdio>

namespace khana {

namespace {

void printTo(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

struct Outcome
{
    QString fileError;
    QList<RowError> errors;
    int good = 0;
    int imported = 0;
};

template<typename Importer>
Outcome importWith(Importer &importer, const CsvReader::Table &table, bool dryRun)
{
    const auto mapping = Importer::guessMapping(table.header);
    const auto result = dryRun ? importer.check(table, mapping) : importer.import(table, mapping);
    Outcome o;
    o.fileError = result.fileError;
    o.errors = result.errors;
    o.imported = result.imported;
    if constexpr (requires { result.goodRows(); })
        o.good = result.goodRows();
    else
        o.good = int(result.good.size());
    return o;
}

} // namespace

int runImport(QCoreApplication &app, const DataCommandOptions &options)
{
    applyDisplaySettings(app, options.language);
    const QStringList kinds{QStringLiteral("roster"), QStringLiteral("registrations"), QStringLiteral("counts")};
    if (!kinds.contains(options.what) || options.file.isEmpty()) {
        printTo(stderr, QCoreApplication::translate("DataCommands", "Usage: khana import roster|registrations|counts FILE [--workshop ID] [--dry-run] [--database PATH]"));
        return UsageError;
    }
    if (options.what == QLatin1String("registrations") && options.workshopId <= 0) {
        printTo(stderr, QCoreApplication::translate("DataCommands", "Say which workshop the registrations are for with --workshop ID."));
        return UsageError;
    }
    const CsvReader::Table table = CsvReader::readFile(options.file);
    if (!table.ok()) {
        printTo(stderr, QStringLiteral("%1: %2").arg(options.file, table.error));
        return NothingImported;
    }
    if (!options.database.open("import"))
        return NothingImported;
    Outcome outcome;
    {
        const QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
        if (options.what == QLatin1String("roster")) {
            RosterImporter importer(db);
            outcome = importWith(importer, table, options.dryRun);
        } else if (options.what == QLatin1String("registrations")) {
            RegistrationImporter importer(db, options.workshopId);
            outcome = importWith(importer, table, options.dryRun);
        } else {
            MemberCountImporter importer(db);
            importer.setReplaceExisting(options.replace);
            outcome = importWith(importer, table, options.dryRun);
        }
    }
    Database::close();
    for (const RowError &e : std::as_const(outcome.errors))
        printTo(stderr, QCoreApplication::translate("DataCommands", "line %1, column %2: %3").arg(e.line).arg(e.column, e.message));
    if (!outcome.fileError.isEmpty()) {
        printTo(stderr, outcome.fileError);
        return NothingImported;
    }
    QSet<int> refusedLines;
    for (const RowError &e : std::as_const(outcome.errors))
        refusedLines.insert(e.line);
    const int refused = int(refusedLines.size());
    if (options.dryRun) {
        printTo(stdout, QCoreApplication::translate("DataCommands", "%1 row(s) would be imported, %2 refused; nothing was written (--dry-run).").arg(outcome.good).arg(refused));
        return outcome.good == 0 ? NothingImported : refused > 0 ? SomeRefused : AllImported;
    }
    printTo(stdout, QCoreApplication::translate("DataCommands", "%1 row(s) imported, %2 refused.").arg(outcome.imported).arg(refused));
    if (outcome.imported == 0)
        return NothingImported;
    return refused > 0 ? SomeRefused : AllImported;
}

int runExport(QCoreApplication &app, const DataCommandOptions &options)
{
    applyDisplaySettings(app, options.language);
    const QStringList kinds{QStringLiteral("people"), QStringLiteral("registrations"), QStringLiteral("budget"), QStringLiteral("plan"), QStringLiteral("counts")};
    const QString suffix = QFileInfo(options.file).suffix().toLower();
    if (!kinds.contains(options.what) || options.file.isEmpty() || (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))) {
        printTo(stderr, QCoreApplication::translate("DataCommands", "Usage: khana export people|registrations|budget|plan|counts --output FILE.csv|FILE.xlsx [--workshop ID] [--plan ID] [--database PATH]"));
        return 2;
    }
    const bool perWorkshop = options.what == QLatin1String("registrations") || options.what == QLatin1String("budget");
    if ((perWorkshop && options.workshopId <= 0) || (options.what == QLatin1String("plan") && options.planId <= 0)) {
        printTo(stderr, QCoreApplication::translate("DataCommands", "Say which workshop (--workshop ID) or plan (--plan ID) to export."));
        return 2;
    }
    if (!options.database.open("export"))
        return 1;
    QString error;
    TableExport::Table table;
    {
        const QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
        if (options.what == QLatin1String("people"))
            table = DataExport::people(db, &error);
        else if (options.what == QLatin1String("registrations"))
            table = DataExport::registrations(db, options.workshopId, &error);
        else if (options.what == QLatin1String("budget"))
            table = DataExport::budget(db, options.workshopId, &error);
        else if (options.what == QLatin1String("plan"))
            table = DataExport::plan(db, options.planId, &error);
        else
            table = DataExport::counts(db, &error);
        if (error.isEmpty())
            DataExport::recordExport(db, table, suffix, &error);
    }
    Database::close();
    const bool written = error.isEmpty()
        && (suffix == QLatin1String("csv") ? TableExport::writeCsv(table, options.file, &error) : TableExport::writeXlsx(table, options.file, &error));
    if (!written) {
        printTo(stderr, QStringLiteral("khana export: %1").arg(error));
        return 1;
    }
    printTo(stdout, QCoreApplication::translate("DataCommands", "%1 row(s) written to %2.").arg(table.rows.size()).arg(options.file));
    return 0;
}

} // namespace khana
