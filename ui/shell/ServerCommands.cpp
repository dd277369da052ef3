#include "ServerCommands.h"

#include "Startup.h"
#include "database/Database.h"
#include "database/ServerDatabase.h"
#include "database/ServerSetup.h"
#include "server/TerminalPassword.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>

#include <cstdio>

namespace khana {

namespace {

// Free functions' texts, under the context "ServerCommands" that lupdate and the translator share.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)
};

void say(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

// A connection as the one running the command, asking for a password only when the server
// wants one (a trusted socket, or ~/.pgpass, needs none).
bool connect(const ServerAddress &address, const QString &connection, QString *error)
{
    Database::OpenResult opened = ServerDatabase::connect(address, QString(), connection);
    if (opened.status == Database::Status::AuthenticationFailed && qEnvironmentVariableIsEmpty("PGPASSWORD") && standardInputIsTerminal())
        opened = ServerDatabase::connect(
            address, readSecretLine(Text::tr("Password of %1 on the server: ").arg(address.user.isEmpty() ? QStringLiteral("you") : address.user)), connection);
    if (!opened.ok())
        *error = opened.message;
    return opened.ok();
}

} // namespace

int serverCommand(QCoreApplication &app, int argc, char *argv[])
{
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    applyDisplaySettings(app, QString());
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Set up an office server for Khana and add staff logins."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("server"));
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("init | add-user LOGIN"));
    const QCommandLineOption host(QStringLiteral("host"), Text::tr("The server's name or address, or its socket folder."), QStringLiteral("host"),
                                  QStringLiteral("/var/run/postgresql"));
    const QCommandLineOption port(QStringLiteral("port"), Text::tr("The server's port."), QStringLiteral("port"), QStringLiteral("5432"));
    const QCommandLineOption user(QStringLiteral("user"), Text::tr("Connect as <user> (default: your operating-system user)."), QStringLiteral("user"));
    const QCommandLineOption database(QStringLiteral("database"), Text::tr("Khana's database on the server."), QStringLiteral("name"),
                                      QStringLiteral("khana"));
    const QCommandLineOption sslMode(QStringLiteral("sslmode"), Text::tr("TLS: disable, require, verify-ca or verify-full."), QStringLiteral("mode"),
                                     QStringLiteral("verify-full"));
    const QCommandLineOption role(QStringLiteral("role"), Text::tr("The new login's role: admin, coordinator, staff, facilitator or viewer."),
                                  QStringLiteral("role"));
    const QCommandLineOption province(QStringLiteral("province"), Text::tr("A province the login works in (TH-57), or * for every province; repeat for more."),
                                      QStringLiteral("code"));
    const QCommandLineOption workshop(QStringLiteral("workshop"), Text::tr("A workshop a facilitator is assigned to; repeat for more."), QStringLiteral("id"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), Text::tr("Read the new login's password from standard input."));
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
        say(stdout, Text::tr("The server is ready for Khana: add staff logins with \"khana server add-user\"."));
        return 0;
    }
    if (command == QLatin1String("add-user") && args.size() == 3) {
        const QString login = args.at(2);
        const auto chosen = ServerSetup::roleNamed(parser.value(role));
        if (!chosen) {
            say(stderr, Text::tr("khana server add-user: say the login's role with --role (%1).").arg(ServerSetup::roleNames().join(QLatin1String(", "))));
            return 2;
        }
        QList<qint64> workshops;
        for (const QString &id : parser.values(workshop))
            workshops.append(id.toLongLong());
        const QStringList provinces = parser.values(province);
        if ((*chosen == ServerRole::Staff || *chosen == ServerRole::Coordinator) && provinces.isEmpty()) {
            say(stderr, Text::tr("khana server add-user: say the provinces a staff login or coordinator works in with --province TH-57 (or * for every province)."));
            return 2;
        }
        if (*chosen == ServerRole::Facilitator && workshops.isEmpty()) {
            say(stderr, Text::tr("khana server add-user: say the workshops a facilitator is assigned to with --workshop ID."));
            return 2;
        }
        QString password;
        if (parser.isSet(passwordStdin)) {
            password = readSecretLine(QString());
        } else {
            password = readSecretLine(Text::tr("Password for %1: ").arg(login));
            if (readSecretLine(Text::tr("The same password again: ")) != password) {
                say(stderr, Text::tr("khana server add-user: the two passwords differ; nothing was changed."));
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
        say(stdout, Text::tr("%1 can now sign in as %2.").arg(login, ServerSetup::groupOf(*chosen).mid(6)));
        return 0;
    }
    say(stderr, Text::tr("Usage: khana server init | khana server add-user LOGIN --role ROLE [--province CODE] [--workshop ID]"));
    return 2;
}

} // namespace khana
