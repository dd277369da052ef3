#include "ServerCommands.h"

#include "Startup.h"
#include "database/Database.h"
#include "database/ServerDatabase.h"
#include "database/ServerSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace khana {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerCommands", text);
}

void say(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

// One line from standard input; without echo when it is a terminal (a password).
QString readSecret(const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(prompt)
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
#endif
    return QString::fromUtf8(line.c_str()).trimmed();
}

bool interactive()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO);
#else
    return true;
#endif
}

// A connection as the one running the command, asking for a password only when the server
// wants one.
bool connect(const ServerAddress &address, const QString &connection, QString *error)
{
    Database::OpenResult opened;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(address.host);
        db.setPort(address.port);
        db.setDatabaseName(address.database);
        db.setUserName(address.user);
        db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10;application_name=Khana").arg(
            address.isLocalSocket() ? QStringLiteral("disable") : address.sslMode));
        if (db.open())
            return true;
        opened = ServerDatabase::classifyConnectionError(address, db.lastError().text());
        if (opened.status == Database::Status::AuthenticationFailed && qEnvironmentVariableIsEmpty("PGPASSWORD") && interactive()) {
            db.setPassword(readSecret(tr("Password of %1 on the server: ").arg(address.user.isEmpty() ? QStringLiteral("you") : address.user)));
            if (db.open())
                return true;
            opened = ServerDatabase::classifyConnectionError(address, db.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    *error = opened.message;
    return false;
}

} // namespace

int serverCommand(QCoreApplication &app, int argc, char *argv[])
{
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    applyDisplaySettings(app, QString());
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Set up an office server for Khana and add staff logins."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("server"));
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init | add-user LOGIN"));
    const QCommandLineOption host(QStringLiteral("host"), tr("The server's name or address, or its socket folder."), QStringLiteral("host"),
                                  QStringLiteral("/var/run/postgresql"));
    const QCommandLineOption port(QStringLiteral("port"), tr("The server's port."), QStringLiteral("port"), QStringLiteral("5432"));
    const QCommandLineOption user(QStringLiteral("user"), tr("Connect as <user> (default: your operating-system user)."), QStringLiteral("user"));
    const QCommandLineOption database(QStringLiteral("database"), tr("Khana's database on the server."), QStringLiteral("name"),
                                      QStringLiteral("khana"));
    const QCommandLineOption sslMode(QStringLiteral("sslmode"), tr("TLS: disable, require, verify-ca or verify-full."), QStringLiteral("mode"),
                                     QStringLiteral("verify-full"));
    const QCommandLineOption role(QStringLiteral("role"), tr("The new login's role: admin, coordinator, staff, facilitator or viewer."),
                                  QStringLiteral("role"));
    const QCommandLineOption province(QStringLiteral("province"), tr("A province the login works in (TH-57), or * for every province; repeat for more."),
                                      QStringLiteral("code"));
    const QCommandLineOption workshop(QStringLiteral("workshop"), tr("A workshop a facilitator is assigned to; repeat for more."), QStringLiteral("id"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), tr("Read the new login's password from standard input."));
    parser.addOptions({host, port, user, database, sslMode, role, province, workshop, passwordStdin});
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(1);
    ServerAddress address;
    address.host = parser.value(host);
    address.port = parser.value(port).toInt();
    address.user = parser.value(user);
    address.sslMode = parser.value(sslMode);
    const QString connection = QStringLiteral("khana-server-command");
    QString error;

    if (command == QLatin1String("init") && args.size() == 2) {
        address.database = QStringLiteral("postgres");
        if (!connect(address, connection, &error)) {
            say(stderr, QStringLiteral("khana server init: ") + error);
            return 1;
        }
        QStringList report;
        const bool ok = ServerSetup::init(QSqlDatabase::database(connection), parser.value(database), &report, &error);
        Database::close(connection);
        for (const QString &line : std::as_const(report))
            say(stdout, line);
        if (!ok) {
            say(stderr, QStringLiteral("khana server init: ") + error);
            return 1;
        }
        say(stdout, tr("The server is ready for Khana: add staff logins with \"khana server add-user\"."));
        return 0;
    }
    if (command == QLatin1String("add-user") && args.size() == 3) {
        const QString login = args.at(2);
        const auto chosen = ServerSetup::roleNamed(parser.value(role));
        if (!chosen) {
            say(stderr, tr("khana server add-user: say the login's role with --role (%1).").arg(ServerSetup::roleNames().join(QLatin1String(", "))));
            return 2;
        }
        QList<qint64> workshops;
        for (const QString &id : parser.values(workshop))
            workshops.append(id.toLongLong());
        const QStringList provinces = parser.values(province);
        if ((*chosen == ServerRole::Staff || *chosen == ServerRole::Coordinator) && provinces.isEmpty()) {
            say(stderr, tr("khana server add-user: say the provinces a staff login or coordinator works in with --province TH-57 (or * for every province)."));
            return 2;
        }
        if (*chosen == ServerRole::Facilitator && workshops.isEmpty()) {
            say(stderr, tr("khana server add-user: say the workshops a facilitator is assigned to with --workshop ID."));
            return 2;
        }
        QString password;
        if (parser.isSet(passwordStdin)) {
            password = readSecret(QString());
        } else {
            password = readSecret(tr("Password for %1: ").arg(login));
            if (readSecret(tr("The same password again: ")) != password) {
                say(stderr, tr("khana server add-user: the two passwords differ; nothing was changed."));
                return 2;
            }
        }
        address.database = parser.value(database);
        if (!connect(address, connection, &error)) {
            say(stderr, QStringLiteral("khana server add-user: ") + error);
            return 1;
        }
        const bool ok = ServerSetup::addUser(QSqlDatabase::database(connection), login, *chosen, password, provinces, workshops, &error);
        Database::close(connection);
        if (!ok) {
            say(stderr, QStringLiteral("khana server add-user: ") + error);
            return 1;
        }
        say(stdout, tr("%1 can now sign in as %2.").arg(login, ServerSetup::groupOf(*chosen).mid(6)));
        return 0;
    }
    say(stderr, tr("Usage: khana server init | khana server add-user LOGIN --role ROLE [--province CODE] [--workshop ID]"));
    return 2;
}

} // namespace khana
