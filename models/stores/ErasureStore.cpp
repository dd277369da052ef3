#include "ErasureStore.h"

#include "AuditLog.h"
#include "database/StorageHealth.h"
#include "database/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace khana {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QList<qint64> ids(const QSqlDatabase &db, const QString &sql)
{
    QList<qint64> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.prepare(sql) && StorageHealth::exec(q))
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

} // namespace

ErasureStore::ErasureStore(const QSqlDatabase &db)
    : m_db(db)
{
}

std::optional<ErasureStore::Impact> ErasureStore::impact(qint64 personId, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT p.name_th, p.row_version, "
        "(SELECT count(*) FROM registration r WHERE r.person_id = p.id), "
        "(SELECT count(*) FROM registration r WHERE r.person_id = p.id AND r.checked_in_at IS NOT NULL), "
        "(SELECT count(*) FROM group_member m JOIN registration r ON r.id = m.registration_id WHERE r.person_id = p.id), "
        "(SELECT count(*) FROM representative_election e WHERE e.elected_person_id = p.id), "
        "(SELECT count(*) FROM plan_item i WHERE i.lead_person_id = p.id), "
        "(SELECT count(*) FROM person_consent_history c WHERE c.person_id = p.id), "
        "(SELECT count(*) FROM person_tag t WHERE t.person_id = p.id) "
        "FROM person p WHERE p.id = ?"));
    q.addBindValue(personId);
    if (!StorageHealth::exec(q)) {
        if (error)
            *error = StorageError::describe(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    Impact i;
    i.name = q.value(0).toString();
    i.rowVersion = q.value(1).toInt();
    i.registrations = q.value(2).toInt();
    i.checkIns = q.value(3).toInt();
    i.groupMemberships = q.value(4).toInt();
    i.elections = q.value(5).toInt();
    i.planActivities = q.value(6).toInt();
    i.consents = q.value(7).toInt();
    i.tags = q.value(8).toInt();
    // On an office server only administrators read the trail: for anyone else, unknown.
    QSqlQuery audit(m_db);
    audit.prepare(QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity IN ('person', 'person_consent', 'retention_review') AND entity_id = ?"));
    audit.addBindValue(QString::number(personId));
    i.auditEntries = audit.exec() && audit.next() ? audit.value(0).toInt() : -1;
    return i;
}

bool ErasureStore::eraseRows(Transaction &t, qint64 personId, const QString &detail)
{
    const QString now = nowText();
    // Group membership tells who sat where: it goes. The registration stays for the figures;
    // its badge code, printed on a badge the person carried, is replaced by one no badge has.
    QSqlQuery groups(m_db);
    groups.prepare(QStringLiteral("DELETE FROM group_member WHERE registration_id IN (SELECT id FROM registration WHERE person_id = ?)"));
    groups.addBindValue(personId);
    QSqlQuery registrations(m_db);
    registrations.prepare(QStringLiteral("UPDATE registration SET person_id = NULL, badge_code = 'erased-' || id, updated_at = ?, "
                                         "row_version = row_version + 1 WHERE person_id = ?"));
    registrations.addBindValue(now);
    registrations.addBindValue(personId);
    QSqlQuery elections(m_db);
    elections.prepare(QStringLiteral("UPDATE representative_election SET elected_person_id = NULL, updated_at = ?, row_version = row_version + 1 "
                                     "WHERE elected_person_id = ?"));
    elections.addBindValue(now);
    elections.addBindValue(personId);
    QSqlQuery activities(m_db);
    activities.prepare(QStringLiteral("UPDATE plan_item SET lead_person_id = NULL, updated_at = ?, row_version = row_version + 1 WHERE lead_person_id = ?"));
    activities.addBindValue(now);
    activities.addBindValue(personId);
    // Tags, consents and their history and retention decisions go with the row (ON DELETE
    // CASCADE), and with them the person's entries in the search index (its triggers).
    QSqlQuery listed(m_db);
    listed.prepare(QStringLiteral("INSERT INTO erased_person (person_id, erased_by) SELECT ?, ? WHERE NOT EXISTS "
                                  "(SELECT 1 FROM erased_person WHERE person_id = ?)"));
    listed.addBindValue(personId);
    listed.addBindValue(AuditLog::actorOn(m_db));
    listed.addBindValue(personId);
    return t.exec(groups) && t.exec(registrations) && t.exec(elections) && t.exec(activities) && t.exec(listed)
        && AuditLog::record(t, AuditLog::Action::Erase, QStringLiteral("person"), QString::number(personId), detail);
}

PersonStore::SaveResult ErasureStore::erase(qint64 personId, int rowVersion)
{
    PersonStore::SaveResult result;
    const std::optional<Impact> before = impact(personId);
    Transaction t(m_db);
    const QString detail = before ? QStringLiteral("registrations=%1 kept anonymous").arg(before->registrations) : QString();
    if (eraseRows(t, personId, detail)) {
        QSqlQuery person(m_db);
        person.prepare(QStringLiteral("DELETE FROM person WHERE id = ? AND row_version = ?"));
        person.addBindValue(personId);
        person.addBindValue(rowVersion);
        if (t.exec(person) && person.numRowsAffected() != 1) {
            result.conflict = true;
            t.fail(QCoreApplication::translate("ErasureStore", "Someone else changed or removed this person after you opened them; nothing was erased."));
        }
    }
    if (!t.commit())
        result.error = t.errorText();
    return result;
}

PersonStore::SaveResult ErasureStore::eraseAgain(const QList<qint64> &personIds, int *erased)
{
    PersonStore::SaveResult result;
    int count = 0;
    Transaction t(m_db);
    for (const qint64 id : personIds) {
        QSqlQuery present(m_db);
        present.prepare(QStringLiteral("SELECT 1 FROM person WHERE id = ?"));
        present.addBindValue(id);
        if (!t.exec(present))
            break;
        if (!present.next())
            continue;
        present.finish();
        QSqlQuery person(m_db);
        person.prepare(QStringLiteral("DELETE FROM person WHERE id = ?"));
        person.addBindValue(id);
        if (!eraseRows(t, id, QStringLiteral("erased again in a copy made before")) || !t.exec(person))
            break;
        ++count;
    }
    if (!t.commit())
        result.error = t.errorText();
    else if (erased)
        *erased = count;
    return result;
}

QList<qint64> ErasureStore::erasedIds() const
{
    return ids(m_db, QStringLiteral("SELECT person_id FROM erased_person ORDER BY person_id"));
}

QList<qint64> ErasureStore::filesNotCleaned() const
{
    return ids(m_db, QStringLiteral("SELECT person_id FROM erased_person WHERE files_cleaned = 0 ORDER BY person_id"));
}

bool ErasureStore::markFilesCleaned(const QList<qint64> &personIds)
{
    Transaction t(m_db);
    for (const qint64 id : personIds) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE erased_person SET files_cleaned = 1 WHERE person_id = ?"));
        q.addBindValue(id);
        if (!t.exec(q))
            break;
    }
    return t.commit();
}

} // namespace khana
