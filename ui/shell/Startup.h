#pragma once

#include <QString>

class QApplication;
class QCoreApplication;

namespace khana {

// What the command line asked for.
struct StartOptions
{
    QString databasePath; // empty: the default database
    bool demo = false;
    QString language;     // "th", "en" or empty for the setting
    bool create = false;  // make a new database at databasePath (File › New database)
    bool readOnly = false; // open databasePath for reading only
    QString server;        // an office server from the recent list (--server NAME)
};

// Sets up language and dates, opens (or, on first run, lets the user choose) the database,
// and runs the main window. Returns the process exit code.
int runKhana(QApplication &app, const StartOptions &options);

// Applies the language and era from settings (or `languageOverride`) to translators and
// DisplayConventions.
void applyDisplaySettings(QCoreApplication &app, const QString &languageOverride);

} // namespace khana
