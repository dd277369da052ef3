#include "RetentionStore.h"

#include "AuditLog.h"
#include "database/Database.h"
#include "database/StorageHealth.h"
#include "database/Transaction.h"
#include "stores/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace khana {

namespace {

const QString kContactsKey = QStringLiteral("retention_contacts_months");
const QString kFormerMembersKey = QStringLiteral("retention_former_members_months");

bool setMeta(Transaction &t, const QString &key, int value)
{
    QSqlQuery remove(t.database());
    remove.prepare(QStringLiteral("DELETE FROM khana_meta WHERE key = ?"));
    remove.addBindValue(key);
    QSqlQuery insert(t.database());
    insert.prepare(QStringLiteral("INSERT INTO khana_meta (key, value) VALUES (?, ?)"));
    insert.addBindValue(key);
    insert.addBindValue(QString::number(value));
    return t.exec(remove) && t.exec(insert);
}

} // namespace

RetentionStore::RetentionStore(const QSqlDatabase &db)
    : m_db(db)
{
}

RetentionStore::Policy RetentionStore::policy() const
{
    return {Database::metaValue(m_db, kContactsKey).toInt(), Database::metaValue(m_db, kFormerMembersKey).toInt()};
}

PersonStore::SaveResult RetentionStore::savePolicy(const Policy &policy)
{
    PersonStore::SaveResult result;
    if (policy.contactMonths < 0 || policy.formerMemberMonths < 0 || policy.contactMonths > 1200 || policy.formerMemberMonths > 1200) {
        result.error = QCoreApplication::translate("RetentionStore", "A period is between 0 (not reviewed) and 1,200 months.");
        return result;
    }
    Transaction t(m_db);
    if (!setMeta(t, kContactsKey, policy.contactMonths) || !setMeta(t, kFormerMembersKey, policy.formerMemberMonths)
        || !AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("retention_policy"), AuditLog::kBatch,
                             QStringLiteral("contacts=%1 former_members=%2").arg(policy.contactMonths).arg(policy.formerMemberMonths))
        || !t.commit())
        result.error = t.errorText();
    return result;
}

std::optional<QList<RetentionStore::Due>> RetentionStore::due(const QDate &today, QString *error) const
{
    const Policy p = policy();
    QList<Due> out;
    const QString todayText = today.toString(Qt::ISODate);
    auto read = [&](const QString &sql, const QVariantList &values, Reason reason) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!StorageHealth::exec(q)) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), reason, SqlValues::date(q.value(2).toString().left(10))});
        return true;
    };
    const QString notKept = QStringLiteral("NOT EXISTS (SELECT 1 FROM retention_review k WHERE k.person_id = p.id AND k.kept_until >= ?)");
    if (p.contactMonths > 0) {
        // The last thing the office did with them: their record changed, a registration made
        // or a check-in, all before the cutoff. Dates and times are ISO text (they compare as
        // they sort).
        const QString cutoff = today.addMonths(-p.contactMonths).toString(Qt::ISODate);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT p.id, p.name_th, p.updated_at, (SELECT max(r.created_at) FROM registration r WHERE r.person_id = p.id), "
                                 "(SELECT max(r.checked_in_at) FROM registration r WHERE r.person_id = p.id) FROM person p "
                                 "WHERE p.membership_type = 'none' AND p.updated_at < ? AND NOT EXISTS (SELECT 1 FROM registration r "
                                 "WHERE r.person_id = p.id AND (r.created_at >= ? OR r.checked_in_at >= ?)) AND %1")
                      .arg(notKept));
        for (const QVariant &v : QVariantList{cutoff, cutoff, cutoff, todayText})
            q.addBindValue(v);
        if (!StorageHealth::exec(q)) {
            *error = q.lastError().text();
            return std::nullopt;
        }
        while (q.next()) {
            const QString last = std::max({q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
            out.append({q.value(0).toLongLong(), q.value(1).toString(), Reason::NotAMember, SqlValues::date(last.left(10))});
        }
    }
    if (p.formerMemberMonths > 0) {
        if (!read(QStringLiteral("SELECT p.id, p.name_th, p.end_date FROM person p WHERE p.membership_type <> 'none' AND p.end_date IS NOT NULL "
                                 "AND p.end_date < ? AND %1 ORDER BY p.end_date, p.id")
                      .arg(notKept),
                  {today.addMonths(-p.formerMemberMonths).toString(Qt::ISODate), todayText}, Reason::MembershipEnded))
            return std::nullopt;
    }
    std::stable_sort(out.begin(), out.end(), [](const Due &a, const Due &b) { return a.since < b.since; });
    return out;
}

PersonStore::SaveResult RetentionStore::keep(qint64 personId, const QDate &today, int months)
{
    PersonStore::SaveResult result;
    if (months <= 0) {
        result.error = QCoreApplication::translate("RetentionStore", "Keep a person for one month or more.");
        return result;
    }
    const QString until = today.addMonths(months).toString(Qt::ISODate);
    Transaction t(m_db);
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE retention_review SET kept_until = ?, decided_by = ?, decided_at = ? WHERE person_id = ?"));
    const QString actor = AuditLog::actorOn(m_db);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    update.addBindValue(until);
    update.addBindValue(actor);
    update.addBindValue(now);
    update.addBindValue(personId);
    if (t.exec(update) && update.numRowsAffected() == 0) {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO retention_review (person_id, kept_until, decided_by, decided_at) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(personId);
        insert.addBindValue(until);
        insert.addBindValue(actor);
        insert.addBindValue(now);
        t.exec(insert);
    }
    if (!AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("retention_review"), QString::number(personId), QStringLiteral("kept until %1").arg(until))
        || !t.commit())
        result.error = t.errorText();
    return result;
}

} // namespace khana
