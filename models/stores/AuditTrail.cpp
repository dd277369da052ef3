#include "AuditTrail.h"

#include "database/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace khana {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

} // namespace

AuditTrail::AuditTrail(const QSqlDatabase &db)
    : m_db(db)
{
}

bool AuditTrail::page(const AuditFilter &filter, qint64 beforeId, int limit, QList<AuditEntry> *entries, QString *error) const
{
    QStringList where;
    QVariantList values;
    if (beforeId > 0) {
        where.append(QStringLiteral("id < ?"));
        values.append(beforeId);
    }
    if (!filter.actor.isEmpty()) {
        where.append(QStringLiteral("actor = ?"));
        values.append(filter.actor);
    }
    if (!filter.action.isEmpty()) {
        where.append(QStringLiteral("action = ?"));
        values.append(filter.action);
    }
    if (filter.personId > 0) {
        // The person's own record, their consents and their registrations (check-ins, status
        // changes).
        // Before schema step 19 an import's entry named its count where a record's id goes,
        // with no detail: those are not taken for a record's.
        where.append(QStringLiteral("((entity IN ('person', 'person_consent', 'retention_review') AND entity_id = ?) OR (entity = 'registration' AND entity_id IN "
                                    "(SELECT CAST(id AS TEXT) FROM registration WHERE person_id = ?))) AND NOT (action = 'import' AND detail = '')"));
        values << QString::number(filter.personId) << filter.personId;
    }
    // `at` is ISO text in UTC: a day of the user's is the range of its local midnight.
    if (filter.from.isValid()) {
        where.append(QStringLiteral("at >= ?"));
        values.append(filter.from.startOfDay().toUTC().toString(Qt::ISODateWithMs));
    }
    if (filter.to.isValid()) {
        where.append(QStringLiteral("at < ?"));
        values.append(filter.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs));
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, detail FROM audit_entry %1 ORDER BY id DESC LIMIT ?")
                  .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = StorageError::describe(q.lastError());
        return false;
    }
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        if (e.at.timeSpec() == Qt::LocalTime) // stored without a zone: SQLite's own UTC clock
            e.at.setTimeZone(QTimeZone::utc());
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.detail = q.value(6).toString();
        entries->append(e);
    }
    return true;
}

QStringList AuditTrail::actors() const
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_entry ORDER BY actor")))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QStringList AuditTrail::actions()
{
    return {QStringLiteral("create"), QStringLiteral("update"), QStringLiteral("delete"),
            QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("print"), QStringLiteral("erase")};
}

QString AuditTrail::actionLabel(const QString &action)
{
    if (action == QLatin1String("create"))
        return Text::tr("Added");
    if (action == QLatin1String("update"))
        return Text::tr("Changed");
    if (action == QLatin1String("delete"))
        return Text::tr("Removed");
    if (action == QLatin1String("import"))
        return Text::tr("Imported");
    if (action == QLatin1String("export"))
        return Text::tr("Exported");
    if (action == QLatin1String("print"))
        return Text::tr("Printed");
    if (action == QLatin1String("erase"))
        return Text::tr("Erased on request");
    return action;
}

QString AuditTrail::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("AuditTrail", "Person")},
        {QStringLiteral("membership"), QT_TRANSLATE_NOOP("AuditTrail", "Membership")},
        {QStringLiteral("registration"), QT_TRANSLATE_NOOP("AuditTrail", "Registration")},
        {QStringLiteral("person_consent"), QT_TRANSLATE_NOOP("AuditTrail", "Consent")},
        {QStringLiteral("consent_purpose"), QT_TRANSLATE_NOOP("AuditTrail", "Consent purpose")},
        {QStringLiteral("retention_review"), QT_TRANSLATE_NOOP("AuditTrail", "Retention review")},
        {QStringLiteral("retention_policy"), QT_TRANSLATE_NOOP("AuditTrail", "Retention periods")},
        {QStringLiteral("workshop"), QT_TRANSLATE_NOOP("AuditTrail", "Workshop")},
        {QStringLiteral("breakout_group"), QT_TRANSLATE_NOOP("AuditTrail", "Breakout group")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("AuditTrail", "Outcome")},
        {QStringLiteral("plan_item"), QT_TRANSLATE_NOOP("AuditTrail", "Plan item")},
        {QStringLiteral("plan_document"), QT_TRANSLATE_NOOP("AuditTrail", "Plan document")},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("AuditTrail", "Action plan")},
        {QStringLiteral("plan_review"), QT_TRANSLATE_NOOP("AuditTrail", "Quarterly review")},
        {QStringLiteral("review_entry"), QT_TRANSLATE_NOOP("AuditTrail", "Review line")},
        {QStringLiteral("representative_election"), QT_TRANSLATE_NOOP("AuditTrail", "Representative election")},
        {QStringLiteral("district"), QT_TRANSLATE_NOOP("AuditTrail", "District")},
        {QStringLiteral("member_count"), QT_TRANSLATE_NOOP("AuditTrail", "Member count")},
        {QStringLiteral("growth_target"), QT_TRANSLATE_NOOP("AuditTrail", "Growth target")},
        {QStringLiteral("audit_entry"), QT_TRANSLATE_NOOP("AuditTrail", "Audit trail")},
    };
    const auto found = names.constFind(entity);
    return found == names.constEnd() ? entity : QCoreApplication::translate("AuditTrail", *found);
}

} // namespace khana
