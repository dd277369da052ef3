#include "shell/Startup.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Khana"));
    QApplication::setOrganizationDomain(QStringLiteral("khana.example.org"));
    QApplication::setApplicationName(QStringLiteral("Khana"));
    QApplication::setApplicationVersion(QStringLiteral(KHANA_VERSION));
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
