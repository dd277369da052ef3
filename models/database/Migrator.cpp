#include "Migrator.h"

#include "ReferenceData.h"
#include "SortKeys.h"
#include "SqlScript.h"
#include "SqlDialect.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace khana {

namespace {

const QString kMigrationDir = QStringLiteral(":/migrations");

QStringList migrationFiles()
{
    QStringList files = QDir(kMigrationDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

// Steps whose rows come from files Khana ships rather than from SQL: run after the step's SQL,
// in the same transaction.
using DataStep = bool (*)(const QSqlDatabase &, QString *);

// The step that brought ICU sort keys (person.sort_key).
constexpr int kFirstCollationKeysVersion = 9;
// Step 22 on SQLite: registration.person_id may be NULL (an erased person's registration).
// SQLite cannot drop a NOT NULL in place; rebuilding the table would drop a workshop pack's
// journal triggers on it and, with foreign keys on, the breakout group members that refer to
// it. SQLite documents editing the table's definition in sqlite_schema as the safe way to
// remove a NOT NULL constraint: no stored row can break a constraint that is gone.
bool allowRegistrationsWithoutPerson(const QSqlDatabase &db, QString *error)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return true;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    const int schemaVersion = q.value(0).toInt();
    q.finish();
    const QString before = QStringLiteral("person_id INTEGER NOT NULL REFERENCES person (id)");
    const QString after = QStringLiteral("person_id INTEGER REFERENCES person (id)");
    // sqlite_schema can be written (and so prepared for writing) only once writable_schema is on.
    QSqlQuery edit(db);
    const bool writable = q.exec(QStringLiteral("PRAGMA writable_schema = ON"))
                          && edit.prepare(QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'registration' AND instr(sql, ?) > 0"));
    edit.addBindValue(before);
    edit.addBindValue(after);
    edit.addBindValue(before);
    const bool edited = writable && edit.exec() && edit.numRowsAffected() == 1;
    const QString why = edited ? QString() : (edit.lastError().isValid() ? edit.lastError().text() : QStringLiteral("registration.person_id not as expected"));
    // The new schema version makes every connection read the edited definition.
    const bool bumped = edited && q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    q.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
    if (!bumped) {
        *error = why.isEmpty() ? q.lastError().text() : why;
        return false;
    }
    return true;
}

DataStep dataStepFor(int version)
{
    switch (version) {
    case 8: return &ReferenceData::addShippedDistricts;
    case 9: return [](const QSqlDatabase &db, QString *error) { return SortKeys::rebuild(db, error); };
    case 22: return &allowRegistrationsWithoutPerson;
    default: return nullptr;
    }
}

} // namespace

Migrator::Migrator(const QSqlDatabase &db)
    : m_db(db)
{
}

int Migrator::latestVersion()
{
    return int(migrationFiles().size());
}

Migrator::State Migrator::inspect(int *version, QString *detail) const
{
    *version = 0;
    const SqlDialect dialect = SqlDialect::forDatabase(m_db);
    QSqlQuery tables(m_db);
    if (!tables.exec(dialect.listTablesQuery())) {
        if (detail)
            *detail = tables.lastError().text();
        return State::Unreadable;
    }
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    if (names.isEmpty())
        return State::Empty;
    if (!names.contains(QLatin1String("khana_meta")))
        return State::Foreign;

    QSqlQuery meta(m_db);
    meta.prepare(QStringLiteral("SELECT key, value FROM khana_meta WHERE key IN (?, ?)"));
    meta.addBindValue(QStringLiteral("application"));
    meta.addBindValue(QStringLiteral("schema_version"));
    if (!meta.exec())
        return State::Foreign;
    bool isKhana = false;
    while (meta.next()) {
        if (meta.value(0).toString() == QLatin1String("application"))
            isKhana = meta.value(1).toString() == QLatin1String("khana");
        else
            *version = meta.value(1).toInt();
    }
    return isKhana ? State::Khana : State::Foreign;
}

bool Migrator::migrate(QString *error, int target)
{
    if (target < 0)
        target = latestVersion();
    int current = 0;
    const State state = inspect(&current, error);
    if (state == State::Foreign || state == State::Unreadable) {
        *error = QStringLiteral("not a Khana database");
        return false;
    }
    for (int v = current + 1; v <= target; ++v) {
        if (!runStep(v, error))
            return false;
    }
    if (target >= kFirstCollationKeysVersion && SortKeys::stale(m_db))
        return rebuildSortKeys(error);
    return true;
}

bool Migrator::rebuildSortKeys(QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (!SortKeys::rebuild(m_db, error)) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool Migrator::runStep(int version, QString *error)
{
    const QStringList files = migrationFiles();
    QFile file(kMigrationDir + QLatin1Char('/') + files.at(version - 1));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("missing migration %1").arg(file.fileName());
        return false;
    }
    const QString script = QString::fromUtf8(file.readAll());
    const SqlDialect dialect = SqlDialect::forDatabase(m_db);

    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    auto fail = [&](const QString &why) {
        m_db.rollback();
        *error = QStringLiteral("schema step %1 (%2): %3").arg(version).arg(files.at(version - 1), why);
        return false;
    };
    for (const QString &statement : SqlScript::statements(script)) {
        for (const QString &sql : dialect.translate(statement)) {
            QSqlQuery q(m_db);
            if (!q.exec(sql))
                return fail(q.lastError().text());
        }
    }
    if (const DataStep step = dataStepFor(version)) {
        QString why;
        if (!step(m_db, &why))
            return fail(why);
    }
    QSqlQuery setVersion(m_db);
    setVersion.prepare(QStringLiteral("UPDATE khana_meta SET value = ? WHERE key = 'schema_version'"));
    setVersion.addBindValue(QString::number(version));
    if (!setVersion.exec() || setVersion.numRowsAffected() != 1)
        return fail(setVersion.lastError().text());
    if (!m_db.commit())
        return fail(m_db.lastError().text());
    return true;
}

} // namespace khana
