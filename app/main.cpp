#include "shell/DataCommands.h"
#include "shell/PackCommands.h"
#include "shell/PrintPlanCommand.h"
#include "shell/ServerCommands.h"
#include "shell/Startup.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// --lang takes th or en; anything else is refused, not ignored.
bool knownLanguage(const QString &value, const char *command)
{
    if (value.isEmpty() || value == QLatin1String("th") || value == QLatin1String("en"))
        return true;
    std::fprintf(stderr, "khana%s%s: %s\n", command ? " " : "", command ? command : "",
                 QCoreApplication::translate("main", "--lang takes th (Thai) or en (English), not \"%1\".").arg(value).toLocal8Bit().constData());
    return false;
}

// --server NAME [--password-stdin], for every command that works on a database.
struct ServerOptions
{
    const QCommandLineOption name{QStringLiteral("server"), QCoreApplication::translate("main", "Work on the office server known as <name>."),
                                  QCoreApplication::translate("main", "name")};
    const QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                           QCoreApplication::translate("main", "Read the server password from standard input.")};

    void readInto(const QCommandLineParser &parser, khana::CommandDatabase &database) const
    {
        database.server = parser.value(name);
        database.passwordStdin = parser.isSet(passwordStdin);
    }
};

void describeApplication(QCoreApplication &app)
{
    Q_UNUSED(app)
    QCoreApplication::setOrganizationName(QStringLiteral("Khana"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("khana-th.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("Khana"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KHANA_VERSION));
}

// khana print-plan --plan ID [--review 2567-Q1] [--thai-digits] --output FILE [--database PATH | --demo]
int printPlan(int argc, char *argv[])
{
    // No window: render offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    describeApplication(app);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("print-plan"), QApplication::translate("main", "Print an action plan to PDF."));
    const QCommandLineOption plan(QStringLiteral("plan"), QApplication::translate("main", "The plan's <id>."), QStringLiteral("id"));
    const QCommandLineOption review(QStringLiteral("review"), QApplication::translate("main", "Print the review of <quarter> (e.g. 2567-Q1)."),
                                    QStringLiteral("quarter"));
    const QCommandLineOption output(QStringLiteral("output"), QApplication::translate("main", "Write the PDF to <file>."), QStringLiteral("file"));
    const QCommandLineOption database(QStringLiteral("database"), QApplication::translate("main", "Open the SQLite database at <path>."),
                                      QStringLiteral("path"));
    const QCommandLineOption digits(QStringLiteral("thai-digits"), QApplication::translate("main", "Print numbers in Thai digits."));
    const QCommandLineOption language(QStringLiteral("lang"), QApplication::translate("main", "Use <language> (th or en) this time."),
                                      QStringLiteral("language"));
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Print from the demo database."));
    const ServerOptions server;
    parser.addOptions({plan, review, output, database, server.name, server.passwordStdin, demo, digits, language});
    parser.process(app);
    khana::PrintPlanOptions options;
    options.planId = parser.value(plan).toLongLong();
    options.review = parser.value(review);
    options.output = parser.value(output);
    options.database.path = parser.value(database);
    options.database.demo = parser.isSet(demo);
    server.readInto(parser, options.database);
    options.thaiDigits = parser.isSet(digits);
    options.language = parser.value(language);
    if (!knownLanguage(options.language, "print-plan"))
        return 2;
    return khana::runPrintPlan(app, options);
}

// khana import roster|registrations|counts FILE [...] and khana export KIND --output FILE [...]
int dataCommand(int argc, char *argv[], bool import)
{
    QCoreApplication app(argc, argv);
    describeApplication(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(import ? QCoreApplication::translate("main", "Import a CSV file through the same checks as the import dialogs.")
                                            : QCoreApplication::translate("main", "Export a list as CSV or Excel."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), import ? QStringLiteral("import") : QStringLiteral("export"));
    parser.addPositionalArgument(QStringLiteral("what"), import ? QStringLiteral("roster|registrations|counts") : QStringLiteral("people|registrations|budget|plan|counts"));
    if (import)
        parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "The CSV file to import."));
    const QCommandLineOption output(QStringLiteral("output"), QCoreApplication::translate("main", "Write to <file> (.csv or .xlsx)."), QStringLiteral("file"));
    const QCommandLineOption workshop(QStringLiteral("workshop"), QCoreApplication::translate("main", "The workshop's <id>."), QStringLiteral("id"));
    const QCommandLineOption plan(QStringLiteral("plan"), QCoreApplication::translate("main", "The plan's <id>."), QStringLiteral("id"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QCoreApplication::translate("main", "Check every row and say what would be imported; write nothing."));
    const QCommandLineOption replace(QStringLiteral("replace"), QCoreApplication::translate("main", "Counts: replace a count already recorded for the same place and day."));
    const QCommandLineOption create(QStringLiteral("create"), QCoreApplication::translate("main", "Make a new database at the --database path if there is none."));
    const QCommandLineOption database(QStringLiteral("database"), QCoreApplication::translate("main", "Open the SQLite database at <path>."), QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("main", "Use the demo database."));
    const QCommandLineOption language(QStringLiteral("lang"), QCoreApplication::translate("main", "Use <language> (th or en) this time."), QStringLiteral("language"));
    const ServerOptions server;
    if (import)
        parser.addOptions({workshop, dryRun, replace, create, database, server.name, server.passwordStdin, demo, language});
    else
        parser.addOptions({output, workshop, plan, database, server.name, server.passwordStdin, demo, language});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    khana::DataCommandOptions options;
    options.what = args.value(1);
    options.file = import ? args.value(2) : parser.value(output);
    options.database.path = parser.value(database);
    options.database.demo = parser.isSet(demo);
    options.database.create = import && parser.isSet(create);
    server.readInto(parser, options.database);
    options.workshopId = parser.value(workshop).toLongLong();
    options.dryRun = import && parser.isSet(dryRun);
    options.replace = import && parser.isSet(replace);
    if (!import)
        options.planId = parser.value(plan).toLongLong();
    options.language = parser.value(language);
    if (!knownLanguage(options.language, import ? "import" : "export"))
        return 2;
    return import ? khana::runImport(app, options) : khana::runExport(app, options);
}

// The window's command line: `khana [--database PATH | --server NAME | --demo] [--lang th|en]`.
struct WindowCommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption database{QStringLiteral("database"), QCoreApplication::translate("main", "Open the SQLite database at <path>."),
                                      QCoreApplication::translate("main", "path")};
    const QCommandLineOption demo{QStringLiteral("demo"), QCoreApplication::translate("main", "Open the demo database.")};
    const QCommandLineOption language{QStringLiteral("lang"), QCoreApplication::translate("main", "Use <language> (th or en) this time."),
                                      QCoreApplication::translate("main", "language")};
    const QCommandLineOption create{QStringLiteral("create"), QCoreApplication::translate("main", "Make a new database at the --database path.")};
    const QCommandLineOption readOnly{QStringLiteral("read-only"), QCoreApplication::translate("main", "Open the database for reading only.")};
    const QCommandLineOption server{QStringLiteral("server"), QCoreApplication::translate("main", "Connect to the office server known as <name>."),
                                    QCoreApplication::translate("main", "name")};

    WindowCommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Workshops, action plans and member growth for provincial working teams."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({database, server, demo, language, create, readOnly});
    }
};

// --help and --version are answered on the terminal without a window system, so that they
// work on a server, over ssh and in a package check.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

// khana pack make --workshop ID --output FILE [--label NAME] and khana pack merge FILE [...]
int packCommand(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Take a workshop offline as a pack, or bring a pack back."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("pack"), QStringLiteral("pack"));
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("make|merge"));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("main", "merge: the pack to bring back."));
    const QCommandLineOption workshop(QStringLiteral("workshop"), QCoreApplication::translate("main", "The workshop's <id>."), QStringLiteral("id"));
    const QCommandLineOption output(QStringLiteral("output"), QCoreApplication::translate("main", "Write the pack to <file>."), QStringLiteral("file"));
    const QCommandLineOption label(QStringLiteral("label"), QCoreApplication::translate("main", "Name the desk or laptop the pack is for."),
                                   QStringLiteral("name"));
    const QCommandLineOption newWalkIns(QStringLiteral("new-walk-ins"),
                                        QCoreApplication::translate("main", "Take walk-ins alike to someone at the office as new people."));
    const QCommandLineOption outcomes(QStringLiteral("outcomes"),
                                      QCoreApplication::translate("main", "Keep the <version> (pack or office) of outcomes changed on both sides."),
                                      QStringLiteral("version"));
    const QCommandLineOption passphraseStdin(QStringLiteral("passphrase-stdin"),
                                             QCoreApplication::translate("main", "Read the pack's passphrase from standard input: make seals the pack with it, merge opens it."));
    const QCommandLineOption database(QStringLiteral("database"), QCoreApplication::translate("main", "Open the SQLite database at <path>."), QStringLiteral("path"));
    const QCommandLineOption language(QStringLiteral("lang"), QCoreApplication::translate("main", "Use <language> (th or en) this time."), QStringLiteral("language"));
    const ServerOptions server;
    parser.addOptions({workshop, output, label, newWalkIns, outcomes, passphraseStdin, database, server.name, server.passwordStdin, language});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    khana::PackCommandOptions options;
    options.what = args.value(1);
    options.file = options.what == QLatin1String("make") ? parser.value(output) : args.value(2);
    options.label = parser.value(label);
    options.workshopId = parser.value(workshop).toLongLong();
    options.newWalkIns = parser.isSet(newWalkIns);
    options.passphraseStdin = parser.isSet(passphraseStdin);
    options.outcomes = parser.value(outcomes);
    options.database.path = parser.value(database);
    server.readInto(parser, options.database);
    options.language = parser.value(language);
    if (!knownLanguage(options.language, "pack"))
        return 2;
    return khana::runPackCommand(app, options);
}

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // Everything Khana writes (database, exports, printed PDFs, backups) holds personal data:
    // readable by its owner only. Windows keeps the user's profile private already.
    umask(0077);
#endif
    if (argc > 1 && qstrcmp(argv[1], "print-plan") == 0)
        return printPlan(argc, argv);
    if (argc > 1 && (qstrcmp(argv[1], "import") == 0 || qstrcmp(argv[1], "export") == 0))
        return dataCommand(argc, argv, qstrcmp(argv[1], "import") == 0);
    if (argc > 1 && qstrcmp(argv[1], "pack") == 0)
        return packCommand(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "server") == 0) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        return khana::serverCommand(app, argc, argv);
    }

    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        WindowCommandLine commandLine;
        commandLine.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication(app);
    QApplication::setDesktopFileName(QStringLiteral(KHANA_APP_ID));
    WindowCommandLine commandLine;
    commandLine.parser.process(app);

    khana::StartOptions options;
    options.databasePath = commandLine.parser.value(commandLine.database);
    options.demo = commandLine.parser.isSet(commandLine.demo);
    options.language = commandLine.parser.value(commandLine.language);
    options.create = commandLine.parser.isSet(commandLine.create);
    options.readOnly = commandLine.parser.isSet(commandLine.readOnly);
    options.server = commandLine.parser.value(commandLine.server);
    if (!knownLanguage(options.language, nullptr))
        return 2;
    return khana::runKhana(app, options);
}

