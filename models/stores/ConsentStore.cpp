#include "ConsentStore.h"

#include "AuditLog.h"
#include "SqlValues.h"
#include "database/StorageHealth.h"
#include "database/Transaction.h"
#include "domain/ThaiText.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace khana {

namespace {

ConsentPurpose purposeFrom(const QSqlQuery &q)
{
    ConsentPurpose p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.statement = q.value(2).toString();
    p.statementVersion = q.value(3).toInt();
    p.checkedOnExport = q.value(4).toInt() != 0;
    p.retired = q.value(5).toInt() != 0;
    p.rowVersion = q.value(6).toInt();
    return p;
}

const QString kPurposeColumns = QStringLiteral("id, name, statement, statement_version, checked_on_export, retired, row_version");

ConsentDecision decisionFrom(const QSqlQuery &q, qint64 personId)
{
    ConsentDecision d;
    d.personId = personId;
    d.purposeId = q.value(0).toLongLong();
    d.given = q.value(1).toInt() != 0;
    d.statementVersion = q.value(2).toInt();
    d.method = ConsentCodes::methodFromCode(q.value(3).toString()).value_or(ConsentMethod::Paper);
    d.decidedOn = SqlValues::date(q.value(4));
    d.recordedBy = q.value(5).toString();
    d.recordedAt = q.value(6).toString();
    return d;
}

// What the audit entry says of a decision: which purpose and version, never who the person is
// beyond their id (the entry's record).
QString auditDetail(const ConsentDecision &d)
{
    return QStringLiteral("purpose=%1 %2 v%3 %4")
        .arg(d.purposeId)
        .arg(d.given ? QStringLiteral("given") : QStringLiteral("withdrawn"))
        .arg(d.statementVersion)
        .arg(ConsentCodes::methodCode(d.method));
}

} // namespace

ConsentStore::ConsentStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<ConsentPurpose> ConsentStore::purposes(bool withRetired) const
{
    QList<ConsentPurpose> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM consent_purpose %2 ORDER BY name, id")
                  .arg(kPurposeColumns, withRetired ? QString() : QStringLiteral("WHERE retired = 0")));
    if (StorageHealth::exec(q))
        while (q.next())
            out.append(purposeFrom(q));
    return out;
}

std::optional<ConsentPurpose> ConsentStore::purpose(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM consent_purpose WHERE id = ?").arg(kPurposeColumns));
    q.addBindValue(id);
    if (StorageHealth::exec(q) && q.next())
        return purposeFrom(q);
    return std::nullopt;
}

QString ConsentStore::statement(qint64 purposeId, int version) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT statement FROM consent_statement WHERE purpose_id = ? AND version = ?"));
    q.addBindValue(purposeId);
    q.addBindValue(version);
    return StorageHealth::exec(q) && q.next() ? q.value(0).toString() : QString();
}

ConsentStore::SaveResult ConsentStore::savePurpose(ConsentPurpose &purpose)
{
    SaveResult result;
    purpose.name = ThaiText::normalise(purpose.name);
    purpose.statement = ThaiText::normalise(purpose.statement);
    if (purpose.name.isEmpty())
        result.fieldErrors.append({ConsentField::Name, QCoreApplication::translate("ConsentStore", "Name the purpose, as people are asked it.")});
    if (purpose.statement.isEmpty())
        result.fieldErrors.append({ConsentField::Statement, QCoreApplication::translate("ConsentStore", "Write the statement people agree to.")});
    SqlValues::Lookups lookups(m_db);
    if (!purpose.name.isEmpty()
        && lookups.exists(QStringLiteral("SELECT 1 FROM consent_purpose WHERE name = ? AND id <> ?"), {purpose.name, purpose.id}))
        result.fieldErrors.append({ConsentField::Name, QCoreApplication::translate("ConsentStore", "Another purpose has this name.")});
    if (lookups.failed()) {
        result.error = lookups.errorText();
        return result;
    }
    if (!result.ok())
        return result;

    Transaction t(m_db);
    int version = purpose.statementVersion;
    qint64 id = purpose.id;
    QSqlQuery q(m_db);
    if (purpose.id == 0) {
        version = 1;
        q.prepare(QStringLiteral("INSERT INTO consent_purpose (name, statement, statement_version, checked_on_export, retired) VALUES (?, ?, 1, ?, ?)"));
        q.addBindValue(purpose.name);
        q.addBindValue(purpose.statement);
        q.addBindValue(purpose.checkedOnExport ? 1 : 0);
        q.addBindValue(purpose.retired ? 1 : 0);
        if (t.exec(q))
            id = q.lastInsertId().toLongLong();
    } else {
        QSqlQuery stored(m_db);
        stored.prepare(QStringLiteral("SELECT statement, statement_version FROM consent_purpose WHERE id = ?"));
        stored.addBindValue(purpose.id);
        if (t.exec(stored) && stored.next()) {
            version = stored.value(1).toInt() + (stored.value(0).toString() == purpose.statement ? 0 : 1);
        }
        q.prepare(QStringLiteral("UPDATE consent_purpose SET name = ?, statement = ?, statement_version = ?, checked_on_export = ?, retired = ?, "
                                 "updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
        q.addBindValue(purpose.name);
        q.addBindValue(purpose.statement);
        q.addBindValue(version);
        q.addBindValue(purpose.checkedOnExport ? 1 : 0);
        q.addBindValue(purpose.retired ? 1 : 0);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(purpose.id);
        q.addBindValue(purpose.rowVersion);
        if (t.exec(q) && q.numRowsAffected() != 1) {
            result.conflict = true;
            t.fail(QCoreApplication::translate("ConsentStore", "Someone else changed or removed this purpose after you opened it: nothing was saved."));
        }
    }
    const bool newStatement = purpose.id == 0 || version != purpose.statementVersion;
    if (t.ok() && newStatement) {
        QSqlQuery text(m_db);
        text.prepare(QStringLiteral("INSERT INTO consent_statement (purpose_id, version, statement) VALUES (?, ?, ?)"));
        text.addBindValue(id);
        text.addBindValue(version);
        text.addBindValue(purpose.statement);
        t.exec(text);
    }
    if (!AuditLog::record(t, purpose.id == 0 ? AuditLog::Action::Create : AuditLog::Action::Update, QStringLiteral("consent_purpose"),
                          QString::number(id), QStringLiteral("v%1").arg(version))
        || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    purpose.rowVersion = purpose.id == 0 ? 1 : purpose.rowVersion + 1;
    purpose.id = id;
    purpose.statementVersion = version;
    return result;
}

ConsentStore::SaveResult ConsentStore::removePurpose(qint64 purposeId)
{
    SaveResult result;
    SqlValues::Lookups lookups(m_db);
    const bool decided = lookups.exists(QStringLiteral("SELECT 1 FROM person_consent_history WHERE purpose_id = ?"), {purposeId});
    if (lookups.failed()) {
        result.error = lookups.errorText();
        return result;
    }
    if (decided) {
        result.error = QCoreApplication::translate("ConsentStore", "People have decided about this purpose, and their decisions are kept: retire the purpose instead.");
        return result;
    }
    Transaction t(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM consent_purpose WHERE id = ?"));
    q.addBindValue(purposeId);
    if (!t.exec(q) || !AuditLog::record(t, AuditLog::Action::Delete, QStringLiteral("consent_purpose"), QString::number(purposeId))
        || !t.commit())
        result.error = t.errorText();
    return result;
}

QList<ConsentDecision> ConsentStore::decisions(qint64 personId) const
{
    QList<ConsentDecision> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT purpose_id, given, statement_version, method, decided_on, recorded_by, recorded_at, row_version "
                             "FROM person_consent WHERE person_id = ? ORDER BY purpose_id"));
    q.addBindValue(personId);
    if (StorageHealth::exec(q))
        while (q.next()) {
            ConsentDecision d = decisionFrom(q, personId);
            d.rowVersion = q.value(7).toInt();
            out.append(d);
        }
    return out;
}

QList<ConsentDecision> ConsentStore::history(qint64 personId) const
{
    QList<ConsentDecision> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT purpose_id, given, statement_version, method, decided_on, recorded_by, recorded_at "
                             "FROM person_consent_history WHERE person_id = ? ORDER BY id"));
    q.addBindValue(personId);
    if (StorageHealth::exec(q))
        while (q.next())
            out.append(decisionFrom(q, personId));
    return out;
}

ConsentStore::SaveResult ConsentStore::record(ConsentDecision &decision)
{
    SaveResult result;
    if (!decision.decidedOn.isValid())
        result.fieldErrors.append({ConsentField::DecidedOn, QCoreApplication::translate("ConsentStore", "Give the day the person decided.")});
    else if (decision.decidedOn > QDate::currentDate())
        result.fieldErrors.append({ConsentField::DecidedOn, QCoreApplication::translate("ConsentStore", "The day of the decision cannot be in the future.")});

    Transaction t(m_db);
    // The statement in force now is the one the person is recorded as having seen.
    QSqlQuery purpose(m_db);
    purpose.prepare(QStringLiteral("SELECT statement_version, retired FROM consent_purpose WHERE id = ?"));
    purpose.addBindValue(decision.purposeId);
    if (!t.exec(purpose)) {
        result.error = t.errorText();
        return result;
    }
    if (!purpose.next()) {
        result.fieldErrors.append({ConsentField::Purpose, QCoreApplication::translate("ConsentStore", "This purpose no longer exists.")});
    } else if (purpose.value(1).toInt() != 0 && decision.given) {
        // Withdrawing stays possible: a retired purpose may still hold consents given earlier.
        result.fieldErrors.append({ConsentField::Purpose, QCoreApplication::translate("ConsentStore", "This purpose is retired: consent to it is no longer asked for.")});
    }
    if (!result.ok())
        return result;
    const int statementVersion = purpose.value(0).toInt();
    const QString actor = AuditLog::actorOn(m_db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);

    QSqlQuery q(m_db);
    if (decision.rowVersion == 0) {
        q.prepare(QStringLiteral("INSERT INTO person_consent (person_id, purpose_id, given, statement_version, method, decided_on, recorded_by, recorded_at) "
                                 "SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM person_consent WHERE person_id = ? AND purpose_id = ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE person_consent SET given = ?, statement_version = ?, method = ?, decided_on = ?, recorded_by = ?, "
                                 "recorded_at = ?, row_version = row_version + 1 WHERE person_id = ? AND purpose_id = ? AND row_version = ?"));
    }
    const QVariantList values{decision.given ? 1 : 0, statementVersion, ConsentCodes::methodCode(decision.method),
                              SqlValues::dateOrNull(decision.decidedOn), actor, now};
    if (decision.rowVersion == 0) {
        q.addBindValue(decision.personId);
        q.addBindValue(decision.purposeId);
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(decision.personId);
    q.addBindValue(decision.purposeId);
    if (decision.rowVersion != 0)
        q.addBindValue(decision.rowVersion);
    if (t.exec(q) && q.numRowsAffected() != 1) {
        result.conflict = true;
        t.fail(QCoreApplication::translate("ConsentStore", "Someone else recorded a decision about this consent after you opened it: nothing was saved."));
    }

    QSqlQuery history(m_db);
    history.prepare(QStringLiteral("INSERT INTO person_consent_history (person_id, purpose_id, given, statement_version, method, decided_on, "
                                   "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    history.addBindValue(decision.personId);
    history.addBindValue(decision.purposeId);
    for (const QVariant &v : values)
        history.addBindValue(v);
    ConsentDecision stored = decision;
    stored.statementVersion = statementVersion;
    stored.recordedBy = actor;
    stored.recordedAt = now;
    stored.rowVersion = decision.rowVersion + 1;
    if (!(t.ok() && t.exec(history))
        || !AuditLog::record(t, decision.rowVersion == 0 ? AuditLog::Action::Create : AuditLog::Action::Update, QStringLiteral("person_consent"),
                             QString::number(decision.personId), auditDetail(stored))
        || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    decision = stored;
    return result;
}

} // namespace khana
