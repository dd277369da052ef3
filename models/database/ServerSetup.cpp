#include "ServerSetup.h"

#include "Migrator.h"
#include "ServerHandle.h"
#include "SqlScript.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>


namespace khana {

namespace {

const QString kOwner = QStringLiteral("khana_owner");

// Free functions' texts, under the context "ServerSetup" that lupdate and the translator share.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerSetup)
};

// The tables whose every change the server records in the audit trail itself.
const QStringList &auditedTables()
{
    static const QStringList tables{
        QStringLiteral("person"), QStringLiteral("person_tag"), QStringLiteral("workshop"), QStringLiteral("workshop_day"),
        QStringLiteral("budget_line"), QStringLiteral("agenda_item"), QStringLiteral("participant_category"),
        QStringLiteral("registration"), QStringLiteral("breakout_group"), QStringLiteral("group_member"), QStringLiteral("outcome"),
        QStringLiteral("plan"), QStringLiteral("plan_reference"), QStringLiteral("plan_item"), QStringLiteral("plan_review"),
        QStringLiteral("review_entry"), QStringLiteral("member_count"), QStringLiteral("growth_target"),
        QStringLiteral("representative_election"), QStringLiteral("district"), QStringLiteral("khana_staff_scope"),
        QStringLiteral("workshop_pack"), QStringLiteral("consent_purpose"), QStringLiteral("person_consent"),
        QStringLiteral("retention_review")};
    return tables;
}

bool run(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

bool exists(const QSqlDatabase &db, const QString &sql, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(name);
    return q.exec() && q.next();
}

// A statement with names and literals quoted by the server itself (format's %I and %L).
std::optional<QString> formatted(const QSqlDatabase &db, const QString &format, const QStringList &arguments, QString *error)
{
    QStringList marks;
    for (int i = 0; i < arguments.size(); ++i)
        marks.append(QStringLiteral("CAST(? AS TEXT)"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT format(CAST(? AS TEXT), %1)").arg(marks.join(QLatin1String(", "))));
    q.addBindValue(format);
    for (const QString &a : arguments)
        q.addBindValue(a);
    if (!q.exec() || !q.next()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    return q.value(0).toString();
}

} // namespace

QString ServerSetup::groupOf(ServerRole role)
{
    switch (role) {
    case ServerRole::Admin: return QStringLiteral("khana_admin");
    case ServerRole::Coordinator: return QStringLiteral("khana_coordinator");
    case ServerRole::Staff: return QStringLiteral("khana_staff");
    case ServerRole::Facilitator: return QStringLiteral("khana_facilitator");
    case ServerRole::Viewer: return QStringLiteral("khana_viewer");
    }
    return {};
}

QStringList ServerSetup::roleNames()
{
    return {QStringLiteral("admin"), QStringLiteral("coordinator"), QStringLiteral("staff"), QStringLiteral("facilitator"),
            QStringLiteral("viewer")};
}

std::optional<ServerRole> ServerSetup::roleNamed(const QString &name)
{
    const QString bare = name.startsWith(QLatin1String("khana_")) ? name.mid(6) : name;
    const QList<ServerRole> roles{ServerRole::Admin, ServerRole::Coordinator, ServerRole::Staff, ServerRole::Facilitator, ServerRole::Viewer};
    for (int i = 0; i < roles.size(); ++i)
        if (roleNames().at(i) == bare)
            return roles.at(i);
    return std::nullopt;
}

bool ServerSetup::isValidLogin(const QString &login)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z][a-z0-9_.-]{1,62}$"));
    return valid.match(login).hasMatch() && !login.startsWith(QLatin1String("khana_")) && !login.startsWith(QLatin1String("pg_"));
}

bool ServerSetup::roleExists(const QSqlDatabase &db, const QString &role)
{
    return exists(db, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), role);
}

bool ServerSetup::isSetUp(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
                                 "WHERE d.datname = current_database() AND r.rolname = 'khana_owner'"))
        && q.next();
}

bool ServerSetup::init(const QSqlDatabase &superuser, const QString &database, QStringList *report, QString *error)
{
    // The server's notices (a role that is a member already…) are not for the report.
    QSqlQuery(superuser).exec(QStringLiteral("SET client_min_messages TO warning"));
    // Roles are the server's, shared by its databases: made once.
    QStringList roles{kOwner};
    for (const QString &name : roleNames())
        roles.append(QStringLiteral("khana_") + name);
    for (const QString &role : std::as_const(roles)) {
        if (roleExists(superuser, role))
            continue;
        if (!run(superuser, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role), error))
            return false;
        report->append(Text::tr("Made the role %1.").arg(role));
    }
    // Admins bring the schema up to date as the owner (SET ROLE khana_owner).
    if (!run(superuser, QStringLiteral("GRANT %1 TO khana_admin").arg(kOwner), error))
        return false;
    if (!exists(superuser, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"), database)) {
        // UTF-8 with glibc's classes, which pg_trgm needs to see Thai letters as letters.
        const auto create = formatted(superuser, QStringLiteral("CREATE DATABASE %I OWNER khana_owner ENCODING 'UTF8' "
                                                                "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0"),
                                      {database}, error);
        if (!create || !run(superuser, *create, error))
            return false;
        report->append(Text::tr("Made the database %1.").arg(database));
    }
    const auto revoke = formatted(superuser, QStringLiteral("REVOKE ALL ON DATABASE %I FROM PUBLIC"), {database}, error);
    QStringList groups;
    for (const QString &name : roleNames())
        groups.append(QStringLiteral("khana_") + name);
    const auto connect = formatted(superuser, QStringLiteral("GRANT CONNECT ON DATABASE %I TO ") + groups.join(QLatin1String(", ")), {database}, error);
    if (!revoke || !connect || !run(superuser, *revoke, error) || !run(superuser, *connect, error))
        return false;

    // The schema, as the owner, on a connection to the new database.
    const QString name = superuser.connectionName() + QStringLiteral("-init");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(superuser, name);
        db.setDatabaseName(database);
        if (!db.open()) {
            *error = db.lastError().text();
        } else if (run(db, QStringLiteral("SET client_min_messages TO warning"), error)
                   && run(db, QStringLiteral("SET ROLE %1").arg(kOwner), error)) {
            Migrator migrator(db);
            int before = 0;
            migrator.inspect(&before);
            ok = migrator.migrate(error) && applyPolicies(db, error);
            if (ok && before < Migrator::latestVersion())
                report->append(Text::tr("Brought the schema from step %1 to step %2.").arg(before).arg(Migrator::latestVersion()));
            if (ok)
                report->append(Text::tr("Applied the roles' privileges, row policies and audit triggers."));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool ServerSetup::applyPolicies(const QSqlDatabase &db, QString *error)
{
    QFile file(QStringLiteral(":/server/policies.sql"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("The server policies are missing from this Khana.");
        return false;
    }
    QSqlDatabase connection = db;
    if (!connection.transaction()) {
        *error = connection.lastError().text();
        return false;
    }
    auto fail = [&]() {
        connection.rollback();
        return false;
    };
    for (const QString &statement : SqlScript::statements(QString::fromUtf8(file.readAll())))
        if (!run(db, statement, error))
            return fail();
    for (const QString &table : auditedTables()) {
        if (!run(db, QStringLiteral("DROP TRIGGER IF EXISTS khana_audit ON %1").arg(table), error)
            // Deferred to the commit: the audit row's id must not become the session's
            // lastval(), which Qt's driver reads as the id of the row just inserted.
            || !run(db, QStringLiteral("CREATE CONSTRAINT TRIGGER khana_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                       "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION khana_audit_change()").arg(table), error))
            return fail();
    }
    if (!connection.commit()) {
        *error = connection.lastError().text();
        return fail();
    }
    return true;
}

bool ServerSetup::addUser(const QSqlDatabase &db, const QString &login, ServerRole role, const QString &password,
                          const QStringList &provinces, const QList<qint64> &workshops, QString *error)
{
    if (!isValidLogin(login)) {
        *error = Text::tr("\"%1\" cannot be a login name: use lowercase letters, digits, '_', '.' or '-', starting with a letter.").arg(login);
        return false;
    }
    if (password.size() < 10) {
        *error = Text::tr("The password must have at least 10 characters.");
        return false;
    }
    PGconn *conn = postgresHandleOf(db);
    if (!conn) {
        *error = Text::tr("Staff logins can only be added on an office server.");
        return false;
    }
    // The server never sees the password itself, only what proves it.
    char *verifier = PQencryptPasswordConn(conn, password.toUtf8().constData(), login.toUtf8().constData(), "scram-sha-256");
    if (!verifier) {
        *error = QString::fromUtf8(PQerrorMessage(conn));
        return false;
    }
    const QString hashed = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    QSqlDatabase connection = db;
    if (!connection.transaction()) {
        *error = connection.lastError().text();
        return false;
    }
    const bool existed = roleExists(db, login);
    const auto statement = existed ? formatted(db, QStringLiteral("ALTER ROLE %I LOGIN PASSWORD %L"), {login, hashed}, error)
                                   : formatted(db, QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"), {login, hashed}, error);
    const auto grant = formatted(db, QStringLiteral("GRANT %I TO %I"), {groupOf(role), login}, error);
    bool ok = statement && grant && run(db, *statement, error) && run(db, *grant, error);
    QSqlQuery scope(db);
    if (ok) {
        scope.prepare(QStringLiteral("DELETE FROM khana_staff_scope WHERE login = ?"));
        scope.addBindValue(login);
        ok = scope.exec();
    }
    // One row per province, or per workshop for a facilitator.
    QList<std::pair<QVariant, QVariant>> places;
    for (const QString &province : provinces)
        places.append({province, QVariant(QMetaType::fromType<qint64>())});
    for (qint64 workshop : workshops)
        places.append({QVariant(QMetaType::fromType<QString>()), workshop});
    scope.prepare(QStringLiteral("INSERT INTO khana_staff_scope (login, province_code, workshop_id) VALUES (?, ?, ?)"));
    for (const auto &[province, workshop] : std::as_const(places)) {
        if (!ok)
            break;
        scope.addBindValue(login);
        scope.addBindValue(province);
        scope.addBindValue(workshop);
        ok = scope.exec();
    }
    if (!ok && error->isEmpty())
        *error = scope.lastError().text();
    if (!ok || !connection.commit()) {
        if (ok)
            *error = connection.lastError().text();
        connection.rollback();
        return false;
    }
    return true;
}

} // namespace khana
