#include "ServerDatabase.h"

#include "Migrator.h"
#include "ServerSetup.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace khana {

namespace {

// The role that owns Khana's tables on a server set up by `khana server init`.
const QString kOwnerRole = QStringLiteral("khana_owner");

Database::OpenResult failure(Database::Status status, const QString &message)
{
    Database::OpenResult r;
    r.status = status;
    r.message = message;
    return r;
}

// Free functions' texts, under the context "ServerDatabase" that lupdate and the translator share.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerDatabase)
};

void drop(QSqlDatabase &db, const QString &connectionName)
{
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace

QString ServerAddress::describe() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

bool ServerAddress::operator==(const ServerAddress &o) const
{
    return name == o.name && host == o.host && port == o.port && database == o.database && user == o.user && sslMode == o.sslMode;
}

Database::OpenResult ServerDatabase::classifyConnectionError(const ServerAddress &address, const QString &driverText)
{
    const QString where = address.isLocalSocket() ? address.host : QStringLiteral("%1:%2").arg(address.host).arg(address.port);
    const auto has = [&driverText](const char *words) { return driverText.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("no password supplied") || (has("role") && has("does not exist"))
        || has("authentication failed"))
        return failure(Database::Status::AuthenticationFailed,
                       Text::tr("The server at %1 did not accept the user name %2 with this password. Check both and try again.")
                           .arg(where, address.user));
    if (has("ssl") || has("certificate") || has("tls"))
        return failure(Database::Status::SecureConnectionFailed,
                       Text::tr("A secure connection to %1 could not be made (%2). With \"verify-full\" the server's certificate "
                          "must be signed by an authority this computer trusts and name the server as %3; ask whoever runs "
                          "the server.").arg(where, driverText.trimmed(), address.host));
    if (has("database") && has("does not exist"))
        return failure(Database::Status::CannotOpen,
                       Text::tr("The server at %1 has no database named %2. Check the name, or set the server up with "
                          "\"khana server init\".").arg(where, address.database));
    if (has("could not connect") || has("connection refused") || has("could not translate host name") || has("timeout")
        || has("no such file or directory") || has("network is unreachable") || has("no route to host")
        || has("server closed the connection"))
        return failure(Database::Status::Unreachable,
                       Text::tr("No Khana server answers at %1. Check the address and the network, or whether the server is running.")
                           .arg(where));
    return failure(Database::Status::CannotOpen, Text::tr("Cannot connect to the server at %1: %2").arg(where, driverText.trimmed()));
}

QString ServerDatabase::sessionUser(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT session_user")) && q.next() ? q.value(0).toString() : QString();
}

bool ServerDatabase::maySchemaChange(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // The database's owner (a server set up by hand), a superuser, or a member of the owner
    // role (admins, through `khana server init`).
    if (!q.exec(QStringLiteral("SELECT d.datdba = r.oid OR r.rolsuper FROM pg_database d, pg_roles r "
                               "WHERE d.datname = current_database() AND r.rolname = session_user"))
        || !q.next())
        return false;
    if (q.value(0).toBool())
        return true;
    if (!ServerSetup::roleExists(db, kOwnerRole))
        return false;
    QSqlQuery member(db);
    member.prepare(QStringLiteral("SELECT pg_has_role(session_user, ?, 'MEMBER')"));
    member.addBindValue(kOwnerRole);
    return member.exec() && member.next() && member.value(0).toBool();
}

std::optional<ServerRole> ServerDatabase::sessionRole(const QSqlDatabase &db)
{
    if (maySchemaChange(db))
        return ServerRole::Admin;
    for (ServerRole role : {ServerRole::Admin, ServerRole::Coordinator, ServerRole::Staff, ServerRole::Facilitator, ServerRole::Viewer}) {
        QSqlQuery member(db);
        member.prepare(QStringLiteral("SELECT pg_has_role(session_user, r.oid, 'MEMBER') FROM pg_roles r WHERE r.rolname = ?"));
        member.addBindValue(ServerSetup::groupOf(role));
        if (member.exec() && member.next() && member.value(0).toBool())
            return role;
    }
    return std::nullopt;
}

Database::OpenResult ServerDatabase::connect(const ServerAddress &address, const QString &password, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(password);
    // A Unix socket is this computer's own: TLS means nothing there.
    const QString sslMode = address.isLocalSocket() ? QStringLiteral("disable") : address.sslMode;
    db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10;application_name=Khana").arg(sslMode));
    if (!db.open()) {
        const QString why = db.lastError().text();
        drop(db, connectionName);
        return classifyConnectionError(address, why);
    }
    Database::OpenResult result;
    result.status = Database::Status::Ok;
    return result;
}

Database::OpenResult ServerDatabase::open(const ServerAddress &address, const QString &password, const QString &connectionName)
{
    if (Database::OpenResult connected = connect(address, password, connectionName); !connected.ok())
        return connected;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QString problem;
    if (!Database::configureConnection(db, &problem)) {
        drop(db, connectionName);
        return failure(Database::Status::CannotOpen, Text::tr("Cannot configure the server connection: %1").arg(problem));
    }

    Migrator migrator(db);
    int version = 0;
    QString detail;
    const Migrator::State state = migrator.inspect(&version, &detail);
    const QString shown = address.describe();
    switch (state) {
    case Migrator::State::Unreadable:
        drop(db, connectionName);
        return failure(Database::Status::CannotOpen, Text::tr("The database %1 cannot be read: %2").arg(shown, detail));
    case Migrator::State::Foreign:
        drop(db, connectionName);
        return failure(Database::Status::ForeignDatabase, Text::tr("The database %1 belongs to another program, not Khana. Nothing was changed.").arg(shown));
    case Migrator::State::Khana:
        if (version > Migrator::latestVersion()) {
            drop(db, connectionName);
            return failure(Database::Status::NewerSchema,
                           Text::tr("The server's database %1 was set up by a newer Khana (data format %2; this Khana reads up to %3). "
                              "Update Khana on this computer to work with it.").arg(shown).arg(version).arg(Migrator::latestVersion()));
        }
        break;
    case Migrator::State::Empty:
        break;
    }
    if (state == Migrator::State::Empty || version < Migrator::latestVersion()) {
        if (!maySchemaChange(db)) {
            drop(db, connectionName);
            return failure(Database::Status::NeedsAdmin,
                           Text::tr("The server's database %1 must be brought up to date for this Khana (data format %2 to %3), and only an "
                              "administrator may do that. Ask one to connect once with this version of Khana.")
                               .arg(shown).arg(version).arg(Migrator::latestVersion()));
        }
        // On a server `server init` set up, tables an admin makes belong to the owner role like
        // the rest, and get the roles' privileges, row policies and audit triggers.
        const bool setUp = ServerSetup::isSetUp(db);
        const bool asOwner = setUp && QSqlQuery(db).exec(QStringLiteral("SET ROLE %1").arg(kOwnerRole));
        QString error;
        const bool migrated = migrator.migrate(&error) && (!setUp || ServerSetup::applyPolicies(db, &error));
        if (asOwner)
            QSqlQuery(db).exec(QStringLiteral("RESET ROLE"));
        if (!migrated) {
            drop(db, connectionName);
            return failure(Database::Status::MigrationFailed,
                           Text::tr("Bringing the server's database up to date failed; it was left as it was. Details: %1").arg(error));
        }
    }
    Database::OpenResult result;
    result.status = Database::Status::Ok;
    result.schemaVersion = Migrator::latestVersion();
    return result;
}

} // namespace khana
