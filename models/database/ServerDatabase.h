#pragma once

#include "Database.h"
#include "ServerSetup.h"

#include <QString>

#include <optional>

namespace khana {

// Where an office's PostgreSQL server is and who signs in to it. The password is never part
// of it: it comes from the system keychain or the user, for one connection at a time.
struct ServerAddress
{
    QString name;   // what the office calls it ("สำนักงานเชียงราย"); how --server finds it
    QString host;   // a name, an address, or a Unix-socket folder (starting with '/')
    int port = 5432;
    QString database = QStringLiteral("khana");
    QString user;
    // libpq's sslmode: verify-full checks the server's certificate and name (the default for
    // a server over a network), require encrypts without checking, disable for a socket.
    QString sslMode = QStringLiteral("verify-full");

    bool isLocalSocket() const { return host.startsWith(QLatin1Char('/')); }
    // "user@host:port/database" for the status bar and messages.
    QString describe() const;
    bool operator==(const ServerAddress &o) const;
};

// Opens Khana's database on an office server. The schema is brought up to date only when the
// one signing in may change it (the owner role or an admin); anyone else is told to ask one.
class ServerDatabase
{
public:
    // The server's reasons for refusing a connection, told apart for the user.
    static Database::OpenResult open(const ServerAddress &address, const QString &password,
                                     const QString &connectionName = Database::defaultConnectionName());

    // Only signs in (no schema check): for setting a server up. `password` may be empty, for
    // a socket the server trusts or a password libpq finds in the user's ~/.pgpass.
    static Database::OpenResult connect(const ServerAddress &address, const QString &password, const QString &connectionName);

    // libpq's words for a failed connection turned into what the user can do about it.
    static Database::OpenResult classifyConnectionError(const ServerAddress &address, const QString &driverText);

    // The login of the session on an open server connection, as the server knows it.
    static QString sessionUser(const QSqlDatabase &db);
    // Whether the session may change the schema (the database owner or a member of khana_admin).
    static bool maySchemaChange(const QSqlDatabase &db);
    // The session's Khana role: the owner, a superuser or an admin is Admin; otherwise the first
    // group the login is a member of; none for a login in no Khana group.
    static std::optional<ServerRole> sessionRole(const QSqlDatabase &db);
};

} // namespace khana
