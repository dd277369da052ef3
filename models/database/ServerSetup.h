#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace khana {

// A staff login's group on an office server (resources/server/policies.sql says what each may do).
enum class ServerRole { Admin, Coordinator, Staff, Facilitator, Viewer };

// Sets an office server up for Khana and adds its logins: the group roles, the database owned
// by khana_owner, the schema, and the privileges, row policies and audit triggers by which the
// server itself enforces each role.
class ServerSetup
{
public:
    static QString groupOf(ServerRole role);          // "khana_staff"
    static std::optional<ServerRole> roleNamed(const QString &name); // "staff" (or "khana_staff")
    static QStringList roleNames();

    // On a superuser connection (to any database of the server): makes the roles that are
    // missing, the database `database` (UTF-8, owned by khana_owner) when missing, brings its
    // schema up to date and applies the policies. Running it again changes nothing that is set
    // up already. `report` lists what it did, for the person running it.
    static bool init(const QSqlDatabase &superuser, const QString &database, QStringList *report, QString *error);

    // Privileges, row policies and audit triggers, on a connection to Khana's database by its
    // owner, an admin or a superuser (again after each schema step: new tables get them too).
    static bool applyPolicies(const QSqlDatabase &db, QString *error);

    static bool roleExists(const QSqlDatabase &db, const QString &role);
    // Whether the database is one `init` set up (owned by khana_owner, the roles in place).
    static bool isSetUp(const QSqlDatabase &db);

    // Adds a login to `role`, allowed `provinces` ("TH-57"; "*" for every province) or, for a
    // facilitator, `workshops`. The password goes to the server only as a SCRAM verifier made
    // here (never in a statement's text or the server's log). On an admin's connection.
    static bool addUser(const QSqlDatabase &db, const QString &login, ServerRole role, const QString &password,
                        const QStringList &provinces, const QList<qint64> &workshops, QString *error);

    // A login name the server and Khana both accept: lowercase letters, digits, '_', '.', '-'.
    static bool isValidLogin(const QString &login);
};

} // namespace khana
