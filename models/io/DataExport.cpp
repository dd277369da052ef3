#include "DataExport.h"

#include "database/SqlDialect.h"
#include "database/StorageHealth.h"
#include "domain/BadgeCode.h"
#include "domain/DisplayConventions.h"
#include "domain/Person.h"
#include "domain/Plan.h"
#include "domain/PhoneNumber.h"
#include "domain/Registration.h"
#include "itemmodels/PeopleModel.h"
#include "stores/AuditLog.h"
#include "stores/PlanStore.h"
#include "stores/SqlValues.h"
#include "stores/WorkshopStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace khana::DataExport {

namespace {

QVariant dateOrEmpty(const QVariant &stored)
{
    const QDate d = SqlValues::date(stored);
    return d.isValid() ? QVariant(d) : QVariant(QString());
}

} // namespace

namespace {

// The search's condition and each consent's, joined; the search's matches go into `hitSet`.
std::optional<SqlDialect::Condition> peopleCondition(const QSqlDatabase &db, const QString &search, const QList<qint64> &consentedTo,
                                                     const QString &hitSet, QString *error)
{
    auto matching = PeopleModel::searchCondition(db, search, hitSet, error);
    if (!matching)
        return std::nullopt;
    for (qint64 purpose : consentedTo) {
        const SqlDialect::Condition consent = PeopleModel::consentCondition(purpose);
        matching->sql += QStringLiteral(" AND ") + consent.sql;
        matching->values.append(consent.values);
    }
    return matching;
}

} // namespace

std::optional<QList<MissingConsent>> missingConsent(const QSqlDatabase &db, const QString &search, const QList<qint64> &consentedTo,
                                                    QString *error)
{
    QList<MissingConsent> out;
    QSqlQuery purposes(db);
    if (!StorageHealth::exec(purposes, QStringLiteral("SELECT id, name FROM consent_purpose WHERE checked_on_export = 1 AND retired = 0 ORDER BY name"))) {
        *error = purposes.lastError().text();
        return std::nullopt;
    }
    while (purposes.next())
        if (!consentedTo.contains(purposes.value(0).toLongLong()))
            out.append({purposes.value(0).toLongLong(), purposes.value(1).toString(), 0});
    if (out.isEmpty())
        return out;
    const QString hitSet = QStringLiteral("people_consent_hits");
    const auto matching = peopleCondition(db, search, consentedTo, hitSet, error);
    if (!matching)
        return std::nullopt;
    for (MissingConsent &missing : out) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM person p WHERE %1 AND NOT %2").arg(matching->sql, PeopleModel::consentCondition(missing.purposeId).sql));
        for (const QVariant &v : matching->values)
            q.addBindValue(v);
        q.addBindValue(missing.purposeId);
        if (!StorageHealth::exec(q) || !q.next()) {
            *error = q.lastError().text();
            SqlDialect::forDatabase(db).dropHitSet(db, hitSet);
            return std::nullopt;
        }
        missing.people = q.value(0).toLongLong();
    }
    SqlDialect::forDatabase(db).dropHitSet(db, hitSet);
    out.removeIf([](const MissingConsent &m) { return m.people == 0; });
    return out;
}

TableExport::Table people(const QSqlDatabase &db, QString *error, const QString &search, const QList<qint64> &consentedTo)
{
    TableExport::Table t;
    t.name = QCoreApplication::translate("DataExport", "People");
    t.disclosedEntity = QStringLiteral("person");
    // Never the search text: it may be a name.
    t.disclosedId = search.isEmpty() && consentedTo.isEmpty() ? QStringLiteral("*") : QStringLiteral("search");
    t.headers = {QCoreApplication::translate("DataExport", "Name"), QCoreApplication::translate("DataExport", "Name in English"), QCoreApplication::translate("DataExport", "Nickname"), QCoreApplication::translate("DataExport", "Phone"), QCoreApplication::translate("DataExport", "Member no."), QCoreApplication::translate("DataExport", "Province"),
                 QCoreApplication::translate("DataExport", "District"), QCoreApplication::translate("DataExport", "Membership"), QCoreApplication::translate("DataExport", "Joined"), QCoreApplication::translate("DataExport", "Membership ended"), QCoreApplication::translate("DataExport", "Status")};
    const QString hitSet = QStringLiteral("people_export_hits");
    const auto matching = peopleCondition(db, search, consentedTo, hitSet, error);
    if (!matching)
        return t;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.name_th, p.name_en, p.nickname, p.phone, p.member_no, COALESCE(pr.name_th, ''), COALESCE(d.name_th, ''), "
                             "p.membership_type, p.join_date, p.end_date, p.status FROM person p "
                             "LEFT JOIN province pr ON pr.code = p.province_code LEFT JOIN district d ON d.code = p.district_code "
                             "WHERE %1 ORDER BY p.sort_key, p.id")
                  .arg(matching->sql));
    for (const QVariant &v : matching->values)
        q.addBindValue(v);
    if (!StorageHealth::exec(q)) {
        *error = q.lastError().text();
        return t;
    }
    while (q.next())
        t.rows.append({q.value(0), q.value(1), q.value(2), PhoneNumber::format(q.value(3).toString()), q.value(4), q.value(5), q.value(6),
                       PersonCodes::membershipLabel(PersonCodes::membershipFromCode(q.value(7).toString())), dateOrEmpty(q.value(8)),
                       dateOrEmpty(q.value(9)), PersonCodes::statusLabel(PersonCodes::statusFromCode(q.value(10).toString()))});
    q.finish();
    SqlDialect::forDatabase(db).dropHitSet(db, hitSet);
    return t;
}

TableExport::Table budget(const QSqlDatabase &db, qint64 workshopId, QString *error)
{
    TableExport::Table t;
    const auto workshop = WorkshopStore(db).find(workshopId);
    if (!workshop) {
        *error = QCoreApplication::translate("DataExport", "There is no workshop %1.").arg(workshopId);
        return t;
    }
    t.name = QCoreApplication::translate("DataExport", "Budget");
    t.headers = {QCoreApplication::translate("DataExport", "Item"), QCoreApplication::translate("DataExport", "Quantity"),
                 QCoreApplication::translate("DataExport", "Unit cost (baht)"), QCoreApplication::translate("DataExport", "Funding source"),
                 QCoreApplication::translate("DataExport", "Total (baht)")};
    auto baht = [](qint64 satang) { return QVariant(double(satang) / 100.0); };
    for (const BudgetLine &line : workshop->budget)
        t.rows.append({line.item, line.quantity, baht(line.unitCost), line.fundingSource, baht(line.total())});
    for (const auto &[source, total] : workshop->budgetBySource())
        t.rows.append({QCoreApplication::translate("DataExport", "Total from %1").arg(source.isEmpty() ? QCoreApplication::translate("DataExport", "no source named") : source),
                       QString(), QString(), source, baht(total)});
    t.rows.append({QCoreApplication::translate("DataExport", "Total"), QString(), QString(), QString(), baht(workshop->budgetTotal())});
    return t;
}

TableExport::Table auditTrail(const QSqlDatabase &db, const AuditFilter &filter, QString *error)
{
    TableExport::Table t;
    t.name = QCoreApplication::translate("DataExport", "Audit trail");
    t.disclosedEntity = QStringLiteral("audit_entry");
    t.headers = {QCoreApplication::translate("DataExport", "When (UTC)"), QCoreApplication::translate("DataExport", "Who"),
                 QCoreApplication::translate("DataExport", "Action"), QCoreApplication::translate("DataExport", "Record"),
                 QCoreApplication::translate("DataExport", "Record id"), QCoreApplication::translate("DataExport", "Detail")};
    const AuditTrail trail(db);
    constexpr int kPage = 5000;
    qint64 before = 0;
    for (;;) {
        QList<AuditEntry> page;
        if (!trail.page(filter, before, kPage, &page, error))
            return t;
        for (const AuditEntry &e : page)
            t.rows.append({e.at.toUTC().toString(Qt::ISODate), e.actor, AuditTrail::actionLabel(e.action), AuditTrail::entityLabel(e.entity), e.entityId, e.detail});
        if (page.size() < kPage)
            break;
        before = page.last().id;
    }
    // Which entries: the filter's fields, never a person's name.
    QStringList which;
    if (!filter.actor.isEmpty())
        which.append(QStringLiteral("actor=") + filter.actor);
    if (!filter.action.isEmpty())
        which.append(QStringLiteral("action=") + filter.action);
    if (filter.personId > 0)
        which.append(QStringLiteral("person=%1").arg(filter.personId));
    if (filter.from.isValid() || filter.to.isValid())
        which.append(QStringLiteral("period=%1..%2").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    t.disclosedId = which.isEmpty() ? QStringLiteral("*") : which.join(QLatin1Char(' '));
    return t;
}

TableExport::Table registrations(const QSqlDatabase &db, qint64 workshopId, QString *error)
{
    TableExport::Table t;
    t.name = QCoreApplication::translate("DataExport", "Registrations");
    t.disclosedEntity = QStringLiteral("registration");
    t.disclosedId = QString::number(workshopId);
    t.headers = {QCoreApplication::translate("DataExport", "Name"), QCoreApplication::translate("DataExport", "Phone"), QCoreApplication::translate("DataExport", "Category"), QCoreApplication::translate("DataExport", "Province"), QCoreApplication::translate("DataExport", "Status"), QCoreApplication::translate("DataExport", "Badge code"), QCoreApplication::translate("DataExport", "Checked in")};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.name_th, p.phone, c.name, COALESCE(pr.name_th, ''), r.status, r.badge_code, COALESCE(r.checked_in_at, '') "
                             "FROM registration r JOIN person p ON p.id = r.person_id JOIN participant_category c ON c.id = r.category_id "
                             "LEFT JOIN province pr ON pr.code = r.province_code WHERE r.workshop_id = ? ORDER BY c.position, p.sort_key"));
    q.addBindValue(workshopId);
    if (!StorageHealth::exec(q)) {
        *error = q.lastError().text();
        return t;
    }
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs).toLocalTime();
        // The check-in time as the check-in window shows it, with the day in the user's era.
        const QString arrived = at.isValid() ? DisplayConventions::current().dates().shortDate(at.date()) + at.toString(QStringLiteral(" HH:mm")) : QString();
        t.rows.append({q.value(0), PhoneNumber::format(q.value(1).toString()), q.value(2), q.value(3),
                       RegistrationCodes::statusLabel(RegistrationCodes::statusFromCode(q.value(4).toString())), BadgeCode::display(q.value(5).toString()), arrived});
    }
    return t;
}

TableExport::Table plan(const QSqlDatabase &db, qint64 planId, QString *error)
{
    TableExport::Table t;
    PlanStore store(db);
    const auto found = store.findPlan(planId);
    if (!found) {
        *error = QCoreApplication::translate("DataExport", "There is no plan %1.").arg(planId);
        return t;
    }
    t.name = found->title;
    t.headers = {QCoreApplication::translate("DataExport", "No."), QCoreApplication::translate("DataExport", "Level"), QCoreApplication::translate("DataExport", "Title"), QCoreApplication::translate("DataExport", "Responsible unit"), QCoreApplication::translate("DataExport", "Starts"), QCoreApplication::translate("DataExport", "Ends"), QCoreApplication::translate("DataExport", "Budget (baht)"),
                 QCoreApplication::translate("DataExport", "Indicator"), QCoreApplication::translate("DataExport", "Target"), QCoreApplication::translate("DataExport", "Unit"), QCoreApplication::translate("DataExport", "Status"), QCoreApplication::translate("DataExport", "Progress (%)")};
    const QList<PlanItem> items = store.items(planId);
    const QHash<qint64, QString> numbers = outlineNumbers(items);
    for (const PlanItem &i : items) {
        // The tree as indented rows: four spaces a level, under its outline number (1.2.3).
        const QString number = numbers.value(i.id);
        const QString indented = QString(int(number.count(QLatin1Char('.'))) * 4, QLatin1Char(' ')) + i.title;
        t.rows.append({number, PlanCodes::levelLabel(i.level), indented, i.responsibleUnit, i.startsOn.isValid() ? QVariant(i.startsOn) : QVariant(QString()),
                       i.endsOn.isValid() ? QVariant(i.endsOn) : QVariant(QString()),
                       i.budget ? QVariant(double(*i.budget) / 100.0) : QVariant(QString()), i.indicator,
                       i.targetValue ? QVariant(*i.targetValue) : QVariant(QString()), i.targetUnit,
                       i.level == PlanLevel::Activity ? PlanCodes::activityStatusLabel(i.status) : QString(),
                       i.level == PlanLevel::Activity ? QVariant(i.progress) : QVariant(QString())});
    }
    return t;
}

TableExport::Table counts(const QSqlDatabase &db, QString *error)
{
    TableExport::Table t;
    t.name = QCoreApplication::translate("DataExport", "Member counts");
    t.headers = {QCoreApplication::translate("DataExport", "Date"), QCoreApplication::translate("DataExport", "Place"), QCoreApplication::translate("DataExport", "Count"), QCoreApplication::translate("DataExport", "Source")};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!StorageHealth::exec(q, QStringLiteral("SELECT c.counted_on, c.scope_kind, c.scope_code, COALESCE(pr.name_th, d.name_th, ''), c.count, c.source "
                               "FROM member_count c LEFT JOIN province pr ON c.scope_kind = 'province' AND pr.code = c.scope_code "
                               "LEFT JOIN district d ON c.scope_kind = 'district' AND d.code = c.scope_code ORDER BY c.counted_on, c.scope_kind, c.scope_code"))) {
        *error = q.lastError().text();
        return t;
    }
    while (q.next()) {
        const QString place = q.value(1).toString() == QLatin1String("country") ? QCoreApplication::translate("DataExport", "Whole country") : q.value(3).toString();
        t.rows.append({dateOrEmpty(q.value(0)), place, q.value(4).toLongLong(), q.value(5)});
    }
    return t;
}

bool recordExport(const QSqlDatabase &db, const TableExport::Table &table, const QString &format, QString *error)
{
    if (table.disclosedEntity.isEmpty())
        return true;
    const QString detail = QStringLiteral("rows=%1; format=%2").arg(table.rows.size()).arg(format);
    if (AuditLog::record(db, AuditLog::Action::Export, table.disclosedEntity, table.disclosedId, detail))
        return true;
    *error = QCoreApplication::translate("DataExport", "The export could not be recorded in the audit trail, so nothing was written.");
    return false;
}

} // namespace khana::DataExport
