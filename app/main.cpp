#include "shell/PrintPlanCommand.h"
#include "shell/Startup.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

void describeApplication(QCoreApplication &app)
{
    Q_UNUSED(app)
    QCoreApplication::setOrganizationName(QStringLiteral("Khana"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("khana.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Khana"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KHANA_VERSION));
}

// khana print-plan --plan ID [--review 2567-Q1] [--thai-digits] --output FILE [--database PATH]
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
    parser.addOptions({plan, review, output, database, digits, language});
    parser.process(app);
    khana::PrintPlanOptions options;
    options.planId = parser.value(plan).toLongLong();
    options.review = parser.value(review);
    options.output = parser.value(output);
    options.databasePath = parser.value(database);
    options.thaiDigits = parser.isSet(digits);
    options.language = parser.value(language);
    return khana::runPrintPlan(app, options);
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "print-plan") == 0)
        return printPlan(argc, argv);

    QApplication app(argc, argv);
    describeApplication(app);
    QApplication::setDesktopFileName(QStringLiteral("org.example.khana"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workshops, action plans and member growth for provincial working teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QApplication::translate("main", "Open the SQLite database at <path>."),
                                      QApplication::translate("main", "path"));
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate("main", "Open the demo database."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QApplication::translate("main", "Use <language> (th or en) this time."),
                                      QApplication::translate("main", "language"));
    parser.addOptions({database, demo, language});
    parser.process(app);

    khana::StartOptions options;
    options.databasePath = parser.value(database);
    options.demo = parser.isSet(demo);
    options.language = parser.value(language);
    return khana::runKhana(app, options);
}
