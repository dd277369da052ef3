#pragma once

#include "CommandDatabase.h"

#include <QString>

class QCoreApplication;

namespace khana {

// Headless import and export, for offices that script their work and for tests of the same
// code paths as the dialogs:
//   khana import roster|registrations|counts FILE [--workshop ID] [--dry-run] [--replace]
//   khana export people|registrations|plan|counts --output FILE.csv|.xlsx [--workshop ID] [--plan ID]
// both with [--database PATH | --server NAME [--password-stdin] | --demo] [--lang th|en]. Refused rows go to standard error as
// "line N, column NAME: reason", a summary to standard output.
struct DataCommandOptions
{
    QString what;         // roster, registrations, counts / people, registrations, plan, counts
    QString file;         // the CSV to import, or the file to export to
    CommandDatabase database;
    qint64 workshopId = 0;
    qint64 planId = 0;
    bool dryRun = false;
    bool replace = false; // counts: replace a count already recorded for the same place and day
    QString language;
};

// Exit codes of `khana import`.
enum ImportExit { AllImported = 0, NothingImported = 1, UsageError = 2, SomeRefused = 3 };

int runImport(QCoreApplication &app, const DataCommandOptions &options);
// 0 when written, 1 when not, 2 for a usage error.
int runExport(QCoreApplication &app, const DataCommandOptions &options);

} // namespace khana
