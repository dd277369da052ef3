#include "GroupStore.h"

#include "database/StorageHealth.h"
#include "AuditLog.h"
#include "database/Transaction.h"
#include "SqlValues.h"
#include "domain/ThaiText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace khana {

namespace {

QString failure(const QSqlQuery &q)
{
    return QCoreApplication::translate("GroupStore", "The change could not be saved: %1").arg(q.lastError().text());
}

} // namespace

GroupStore::GroupStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<BreakoutGroup> GroupStore::groups(qint64 workshopId) const
{
    QList<BreakoutGroup> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, number, topic, facilitator, row_version FROM breakout_group WHERE workshop_id = ? ORDER BY number"));
    q.addBindValue(workshopId);
    if (!StorageHealth::exec(q))
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), workshopId, q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(), {}, {},
                    q.value(4).toInt()});
    QSqlQuery members(m_db);
    members.prepare(QStringLiteral("SELECT registration_id FROM group_member WHERE group_id = ? ORDER BY registration_id"));
    QSqlQuery outcomes(m_db);
    outcomes.prepare(QStringLiteral("SELECT id, uid, kind, text, row_version FROM outcome WHERE group_id = ? ORDER BY position, id"));
    for (BreakoutGroup &g : out) {
        members.addBindValue(g.id);
        if (StorageHealth::exec(members))
            while (members.next())
                g.registrationIds.append(members.value(0).toLongLong());
        outcomes.addBindValue(g.id);
        if (StorageHealth::exec(outcomes))
            while (outcomes.next())
                g.outcomes.append({outcomes.value(0).toLongLong(), outcomes.value(1).toString(),
                                   OutcomeCodes::kindFromCode(outcomes.value(2).toString()), outcomes.value(3).toString(),
                                   outcomes.value(4).toInt()});
    }
    return out;
}

GroupStore::SaveResult GroupStore::saveGroup(BreakoutGroup &g)
{
    SaveResult result;
    g.topic = ThaiText::normalise(g.topic);
    g.facilitator = ThaiText::normalise(g.facilitator);
    if (g.number <= 0)
        result.fieldErrors.append({NumberField, QCoreApplication::translate("GroupStore", "A group number is 1 or more.")});
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT 1 FROM breakout_group WHERE workshop_id = ? AND number = ? AND id <> ?"));
    taken.addBindValue(g.workshopId);
    taken.addBindValue(g.number);
    taken.addBindValue(g.id);
    if (StorageHealth::exec(taken) && taken.next())
        result.fieldErrors.append({NumberField, QCoreApplication::translate("GroupStore", "Another group has this number.")});
    if (!result.ok())
        return result;
    QSqlQuery q(m_db);
    if (g.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO breakout_group (workshop_id, number, topic, facilitator) VALUES (?, ?, ?, ?)"));
        q.addBindValue(g.workshopId);
    } else {
        q.prepare(QStringLiteral("UPDATE breakout_group SET number = ?, topic = ?, facilitator = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?"));
    }
    if (g.id == 0) {
        q.addBindValue(g.number);
        q.addBindValue(SqlValues::text(g.topic));
        q.addBindValue(SqlValues::text(g.facilitator));
    } else {
        q.addBindValue(g.number);
        q.addBindValue(SqlValues::text(g.topic));
        q.addBindValue(SqlValues::text(g.facilitator));
        q.addBindValue(g.id);
        q.addBindValue(g.rowVersion);
    }
    Transaction t(m_db);
    const qint64 id = t.exec(q) && g.id == 0 ? q.lastInsertId().toLongLong() : g.id;
    if (t.ok() && g.id != 0 && q.numRowsAffected() != 1) {
        t.fail(QCoreApplication::translate("GroupStore", "Someone else changed or removed this group after you opened it: nothing was saved."));
        result.conflict = true;
    }
    if (!AuditLog::record(t, g.id == 0 ? AuditLog::Action::Create : AuditLog::Action::Update, QStringLiteral("breakout_group"), QString::number(id))
        || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    g.rowVersion = g.id == 0 ? 1 : g.rowVersion + 1;
    g.id = id;
    return result;
}

GroupStore::SaveResult GroupStore::removeGroup(qint64 groupId)
{
    SaveResult result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM breakout_group WHERE id = ?"));
    q.addBindValue(groupId);
    Transaction t(m_db);
    if (!t.exec(q) || !AuditLog::record(t, AuditLog::Action::Delete, QStringLiteral("breakout_group"), QString::number(groupId)) || !t.commit())
        result.error = t.errorText();
    return result;
}

GroupStore::SaveResult GroupStore::assign(qint64 registrationId, qint64 groupId)
{
    SaveResult result;
    Transaction t(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM group_member WHERE registration_id = ?"));
    q.addBindValue(registrationId);
    if (t.exec(q) && groupId != 0) {
        q.prepare(QStringLiteral("INSERT INTO group_member (group_id, registration_id) VALUES (?, ?)"));
        q.addBindValue(groupId);
        q.addBindValue(registrationId);
        t.exec(q);
    }
    if (!AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("registration"), QString::number(registrationId)) || !t.commit())
        result.error = t.errorText();
    return result;
}

GroupStore::SaveResult GroupStore::distributeEvenly(qint64 workshopId)
{
    SaveResult result;
    const QList<BreakoutGroup> existing = groups(workshopId);
    if (existing.isEmpty()) {
        result.error = QCoreApplication::translate("GroupStore", "Add the groups first.");
        return result;
    }
    QList<std::pair<qint64, QString>> people;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, COALESCE(province_code, '') FROM registration WHERE workshop_id = ? "
                             "AND status IN ('registered', 'confirmed', 'attended') AND person_id IS NOT NULL ORDER BY id"));
    q.addBindValue(workshopId);
    if (!StorageHealth::exec(q)) {
        result.error = failure(q);
        return result;
    }
    while (q.next())
        people.append({q.value(0).toLongLong(), q.value(1).toString()});
    const QList<QList<qint64>> spread = khana::distributeEvenly(people, int(existing.size()));
    Transaction t(m_db);
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM group_member WHERE group_id IN (SELECT id FROM breakout_group WHERE workshop_id = ?)"));
    clear.addBindValue(workshopId);
    t.exec(clear);
    QSqlQuery add(m_db);
    add.prepare(QStringLiteral("INSERT INTO group_member (group_id, registration_id) VALUES (?, ?)"));
    for (int g = 0; t.ok() && g < existing.size(); ++g) {
        for (qint64 id : spread.at(g)) {
            add.addBindValue(existing.at(g).id);
            add.addBindValue(id);
            if (!t.exec(add))
                break;
        }
    }
    if (!AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("workshop"), QString::number(workshopId)) || !t.commit())
        result.error = t.errorText();
    return result;
}

GroupStore::SaveResult GroupStore::addOutcome(qint64 groupId, Outcome &outcome)
{
    SaveResult result;
    outcome.text = outcome.text.normalized(QString::NormalizationForm_C).trimmed();
    if (outcome.text.isEmpty()) {
        result.fieldErrors.append({QStringLiteral("text"), QCoreApplication::translate("GroupStore", "Write what the group concluded.")});
        return result;
    }
    outcome.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outcome (uid, group_id, kind, position, text) "
                             "VALUES (?, ?, ?, (SELECT COALESCE(max(position), 0) + 1 FROM outcome WHERE group_id = ?), ?)"));
    q.addBindValue(outcome.uid);
    q.addBindValue(groupId);
    q.addBindValue(OutcomeCodes::kindCode(outcome.kind));
    q.addBindValue(groupId);
    q.addBindValue(outcome.text);
    Transaction t(m_db);
    const qint64 id = t.exec(q) ? q.lastInsertId().toLongLong() : 0;
    if (!AuditLog::record(t, AuditLog::Action::Create, QStringLiteral("outcome"), outcome.uid) || !t.commit()) {
        outcome.uid.clear();
        result.error = t.errorText();
        return result;
    }
    outcome.id = id;
    outcome.rowVersion = 1;
    return result;
}

GroupStore::SaveResult GroupStore::updateOutcome(Outcome &outcome)
{
    SaveResult result;
    const QString text = outcome.text.normalized(QString::NormalizationForm_C).trimmed();
    if (text.isEmpty()) {
        result.fieldErrors.append({QStringLiteral("text"), QCoreApplication::translate("GroupStore", "Write what the group concluded.")});
        return result;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outcome SET kind = ?, text = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    q.addBindValue(OutcomeCodes::kindCode(outcome.kind));
    q.addBindValue(text);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(outcome.id);
    q.addBindValue(outcome.rowVersion);
    Transaction t(m_db);
    if (t.exec(q) && q.numRowsAffected() != 1) {
        t.fail(QCoreApplication::translate("GroupStore", "Someone else changed or removed this outcome after you opened it: nothing was saved."));
        result.conflict = true;
    }
    if (!AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("outcome"), outcome.uid) || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    outcome.text = text;
    ++outcome.rowVersion;
    return result;
}

GroupStore::SaveResult GroupStore::removeOutcome(qint64 outcomeId)
{
    SaveResult result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM outcome WHERE id = ?"));
    q.addBindValue(outcomeId);
    Transaction t(m_db);
    if (!t.exec(q) || !AuditLog::record(t, AuditLog::Action::Delete, QStringLiteral("outcome"), QString::number(outcomeId)) || !t.commit())
        result.error = t.errorText();
    return result;
}

std::optional<std::pair<BreakoutGroup, Outcome>> GroupStore::findOutcome(const QString &uid) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT g.workshop_id, o.group_id FROM outcome o JOIN breakout_group g ON g.id = o.group_id WHERE o.uid = ?"));
    q.addBindValue(uid);
    if (!StorageHealth::exec(q) || !q.next())
        return std::nullopt;
    const qint64 groupId = q.value(1).toLongLong();
    for (const BreakoutGroup &g : groups(q.value(0).toLongLong())) {
        if (g.id != groupId)
            continue;
        for (const Outcome &o : g.outcomes)
            if (o.uid == uid)
                return std::make_pair(g, o);
    }
    return std::nullopt;
}

} // namespace khana
