#include "DataExport.h"

#include "database/StorageHealth.h"
#include "domain/Person.h"
#include "domain/Plan.h"
#include "domain/Registration.h"
#include "stores/PlanStore.h"
#include "stores/SqlValues.h"

#include <QCoreApplication>
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

TableExport::Table people(const QSqlDatabase &db, QString *error)
{
    TableExport::Table t;
    t.name = QCoreApplication::translate("DataExport", "People");
    t.headers = {QCoreApplication::translate("DataExport", "Name"), QCoreApplication::translate("DataExport", "Name in English"), QCoreApplication::translate("DataExport", "Nickname"), QCoreApplication::translate("DataExport", "Phone"), QCoreApplication::translate("DataExport", "Member no."), QCoreApplication::translate("DataExport", "Province"),
                 QCoreApplication::translate("DataExport", "District"), QCoreApplication::translate("DataExport", "Membership"), QCoreApplication::translate("DataExport", "Joined"), QCoreApplication::translate("DataExport", "Membership ended"), QCoreApplication::translate("DataExport", "Status")};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!StorageHealth::exec(q, QStringLiteral("SELECT p.name_th, p.name_en, p.nickname, p.phone, p.member_no, COALESCE(pr.name_th, ''), COALESCE(d.name_th, ''), "
                               "p.membership_type, p.join_date, p.end_date, p.status FROM person p "
                               "LEFT JOIN province pr ON pr.code = p.province_code LEFT JOIN district d ON d.code = p.district_code "
                               "ORDER BY p.sort_key, p.id"))) {
        *error = q.lastError().text();
        return t;
    }
    while (q.next())
        t.rows.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5), q.value(6),
                       PersonCodes::membershipLabel(PersonCodes::membershipFromCode(q.value(7).toString())), dateOrEmpty(q.value(8)),
                       dateOrEmpty(q.value(9)), PersonCodes::statusLabel(PersonCodes::statusFromCode(q.value(10).toString()))});
    return t;
}

TableExport::Table registrations(const QSqlDatabase &db, qint64 workshopId, QString *error)
{
    TableExport::Table t;
    t.name = QCoreApplication::translate("DataExport", "Registrations");
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
        t.rows.append({q.value(0), q.value(1), q.value(2), q.value(3), RegistrationCodes::statusLabel(RegistrationCodes::statusFromCode(q.value(4).toString())),
                       q.value(5), at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString()});
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
    t.headers = {QCoreApplication::translate("DataExport", "Level"), QCoreApplication::translate("DataExport", "Title"), QCoreApplication::translate("DataExport", "Responsible unit"), QCoreApplication::translate("DataExport", "Starts"), QCoreApplication::translate("DataExport", "Ends"), QCoreApplication::translate("DataExport", "Budget (baht)"),
                 QCoreApplication::translate("DataExport", "Indicator"), QCoreApplication::translate("DataExport", "Target"), QCoreApplication::translate("DataExport", "Unit"), QCoreApplication::translate("DataExport", "Status"), QCoreApplication::translate("DataExport", "Progress (%)")};
    for (const PlanItem &i : store.items(planId)) {
        t.rows.append({PlanCodes::levelLabel(i.level), i.title, i.responsibleUnit, i.startsOn.isValid() ? QVariant(i.startsOn) : QVariant(QString()),
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

} // namespace khana::DataExport
