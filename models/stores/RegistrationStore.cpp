#include "RegistrationStore.h"

#include "database/StorageHealth.h"
#include "AuditLog.h"
#include "database/Transaction.h"
#include "SqlValues.h"
#include "domain/BadgeCode.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

namespace khana {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

RegistrationStore::RegistrationStore(const QSqlDatabase &db)
    : m_db(db)
{
}

std::optional<Registration> RegistrationStore::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, row_version, workshop_id, person_id, category_id, province_code, status, badge_code, "
                             "checked_in_at, checked_in_by FROM registration WHERE id = ?"));
    q.addBindValue(id);
    if (!StorageHealth::exec(q) || !q.next())
        return std::nullopt;
    Registration r;
    r.id = q.value(0).toLongLong();
    r.rowVersion = q.value(1).toInt();
    r.workshopId = q.value(2).toLongLong();
    r.personId = q.value(3).toLongLong();
    r.categoryId = q.value(4).toLongLong();
    r.provinceCode = q.value(5).toString();
    r.status = RegistrationCodes::statusFromCode(q.value(6).toString());
    r.badgeCode = q.value(7).toString();
    r.checkedInAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    r.checkedInBy = q.value(9).toString();
    return r;
}

RegistrationStore::SaveResult RegistrationStore::add(Registration &input)
{
    SaveResult result;
    Registration r = input;
    SqlValues::Lookups lookups(m_db);
    auto exists = [&lookups](const QString &sql, const QVariantList &values) { return lookups.exists(sql, values); };
    if (!exists(QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {r.personId}))
        result.fieldErrors.append({PersonField, QCoreApplication::translate("RegistrationStore", "Choose a person.")});
    else if (exists(QStringLiteral("SELECT 1 FROM registration WHERE workshop_id = ? AND person_id = ?"), {r.workshopId, r.personId}))
        result.fieldErrors.append({PersonField, QCoreApplication::translate("RegistrationStore", "This person is already registered for this workshop.")});
    if (!exists(QStringLiteral("SELECT 1 FROM participant_category WHERE id = ? AND workshop_id = ?"), {r.categoryId, r.workshopId}))
        result.fieldErrors.append({CategoryField, QCoreApplication::translate("RegistrationStore", "Choose one of this workshop's participant categories.")});
    if (lookups.failed()) {
        result.fieldErrors.clear();
        result.error = lookups.errorText();
    }
    if (!result.ok())
        return result;
    if (r.provinceCode.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT province_code FROM person WHERE id = ?"));
        q.addBindValue(r.personId);
        if (StorageHealth::exec(q) && q.next())
            r.provinceCode = q.value(0).toString();
    }
    QList<Registration> one{r};
    Transaction t(m_db);
    if (!addBulk(t, one) || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    input = one.first();
    return result;
}

bool RegistrationStore::addBulk(QList<Registration> &registrations, QString *error)
{
    Transaction t(m_db);
    if (!addBulk(t, registrations) || !t.commit()) {
        *error = t.errorText();
        return false;
    }
    return true;
}

bool RegistrationStore::addBulk(Transaction &t, QList<Registration> &registrations)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO registration (workshop_id, person_id, category_id, province_code, status, badge_code, checked_in_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery codeTaken(m_db);
    codeTaken.prepare(QStringLiteral("SELECT 1 FROM registration WHERE badge_code = ?"));
    for (Registration &r : registrations) {
        // A fresh code that no badge has yet (a billion codes: a clash is rare, but checked).
        bool taken = false;
        do {
            r.badgeCode = BadgeCode::generate();
            codeTaken.addBindValue(r.badgeCode);
            if (!t.exec(codeTaken))
                return false;
            taken = codeTaken.next();
            codeTaken.finish();
        } while (taken);
        q.addBindValue(r.workshopId);
        q.addBindValue(r.personId);
        q.addBindValue(r.categoryId);
        q.addBindValue(SqlValues::textOrNull(r.provinceCode));
        q.addBindValue(RegistrationCodes::statusCode(r.status));
        q.addBindValue(r.badgeCode);
        q.addBindValue(r.checkedInAt.isValid() ? QVariant(r.checkedInAt.toUTC().toString(Qt::ISODateWithMs))
                                               : QVariant(QMetaType::fromType<QString>()));
        if (!t.exec(q))
            return false;
        r.id = q.lastInsertId().toLongLong();
        r.rowVersion = 1;
    }
    if (registrations.size() == 1)
        return AuditLog::record(t, AuditLog::Action::Create, QStringLiteral("registration"), QString::number(registrations.first().id));
    if (!AuditLog::record(t, AuditLog::Action::Import, QStringLiteral("registration"), AuditLog::kBatch, AuditLog::rows(registrations.size())))
        return false;
    // And each registration, for its person's own trail.
    QList<qint64> ids;
    ids.reserve(registrations.size());
    for (const Registration &r : std::as_const(registrations))
        ids.append(r.id);
    QString why;
    return AuditLog::recordEach(t.database(), AuditLog::Action::Import, QStringLiteral("registration"), ids, QStringLiteral("added"), &why)
           || t.failWithDriverText(why);
}

RegistrationStore::SaveResult RegistrationStore::setStatus(qint64 id, RegistrationStatus status)
{
    SaveResult result;
    QSqlQuery q(m_db);
    // Leaving "attended" forgets the arrival time; nobody is attended without one.
    q.prepare(QStringLiteral("UPDATE registration SET status = ?, checked_in_at = CASE WHEN ? = 'attended' THEN checked_in_at ELSE NULL END, "
                             "checked_in_by = CASE WHEN ? = 'attended' THEN checked_in_by ELSE NULL END, "
                             "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    const QString code = RegistrationCodes::statusCode(status);
    q.addBindValue(code);
    q.addBindValue(code);
    q.addBindValue(code);
    q.addBindValue(nowText());
    q.addBindValue(id);
    Transaction t(m_db);
    if (t.exec(q) && q.numRowsAffected() != 1)
        t.fail(QCoreApplication::translate("RegistrationStore", "This registration no longer exists: nothing was changed."));
    if (!AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("registration"), QString::number(id)) || !t.commit())
        result.error = t.errorText();
    return result;
}

QString RegistrationStore::desk() const
{
    if (m_desk.isEmpty())
        m_desk = QStringLiteral("%1 · %2").arg(AuditLog::actorOn(m_db), QSysInfo::machineHostName());
    return m_desk;
}

RegistrationStore::CheckIn RegistrationStore::checkIn(qint64 registrationId, const QDateTime &at)
{
    CheckIn outcome;
    const auto current = find(registrationId);
    if (!current) {
        outcome.result = CheckIn::Result::NotFound;
        return outcome;
    }
    outcome.previousStatus = current->status;
    if (current->status == RegistrationStatus::Attended && current->checkedInAt.isValid()) {
        outcome.result = CheckIn::Result::AlreadyCheckedIn;
        outcome.at = current->checkedInAt;
        outcome.by = current->checkedInBy;
        return outcome;
    }
    if (current->status == RegistrationStatus::Cancelled) {
        outcome.result = CheckIn::Result::Cancelled;
        return outcome;
    }
    QSqlQuery q(m_db);
    // Only if nobody checked them in meanwhile (another laptop on a shared database).
    q.prepare(QStringLiteral("UPDATE registration SET status = 'attended', checked_in_at = ?, checked_in_by = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND checked_in_at IS NULL"));
    const QString when = at.toUTC().toString(Qt::ISODateWithMs);
    q.addBindValue(when);
    q.addBindValue(desk());
    q.addBindValue(nowText());
    q.addBindValue(registrationId);
    bool someoneElseWasQuicker = false;
    {
        Transaction t(m_db);
        if (t.exec(q) && q.numRowsAffected() != 1) {
            someoneElseWasQuicker = true; // the transaction rolls back as it goes out of scope
        } else if (!AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("registration"), QString::number(registrationId)) || !t.commit()) {
            outcome.error = t.errorText();
            return outcome;
        }
    }
    if (someoneElseWasQuicker)
        return checkIn(registrationId, at); // reports their time
    outcome.result = CheckIn::Result::CheckedIn;
    outcome.at = QDateTime::fromString(when, Qt::ISODateWithMs);
    outcome.by = desk();
    return outcome;
}

RegistrationStore::SaveResult RegistrationStore::undoCheckIn(qint64 registrationId, RegistrationStatus previousStatus)
{
    SaveResult result;
    if (previousStatus == RegistrationStatus::Attended)
        previousStatus = RegistrationStatus::Registered;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE registration SET status = ?, checked_in_at = NULL, checked_in_by = NULL, updated_at = ?, row_version = row_version + 1 "
                             "WHERE id = ? AND status = 'attended'"));
    q.addBindValue(RegistrationCodes::statusCode(previousStatus));
    q.addBindValue(nowText());
    q.addBindValue(registrationId);
    Transaction t(m_db);
    if (t.exec(q) && q.numRowsAffected() != 1)
        t.fail(QCoreApplication::translate("RegistrationStore", "The check-in could not be taken back: this person is not checked in."));
    if (!AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("registration"), QString::number(registrationId)) || !t.commit())
        result.error = t.errorText();
    return result;
}

QList<CheckInEntry> RegistrationStore::loadForCheckIn(qint64 workshopId, bool thaiNames) const
{
    QList<CheckInEntry> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.person_id, r.category_id, p.name_th, p.name_en, p.nickname, p.phone, r.badge_code, "
                             "c.name, r.province_code, %1, r.status, r.checked_in_at "
                             "FROM registration r JOIN person p ON p.id = r.person_id "
                             "JOIN participant_category c ON c.id = r.category_id "
                             "LEFT JOIN province pr ON pr.code = r.province_code "
                             "WHERE r.workshop_id = ?")
                  .arg(thaiNames ? QStringLiteral("pr.name_th") : QStringLiteral("pr.name_en")));
    q.addBindValue(workshopId);
    if (!StorageHealth::exec(q))
        return out;
    while (q.next()) {
        CheckInEntry e;
        e.registrationId = q.value(0).toLongLong();
        e.personId = q.value(1).toLongLong();
        e.categoryId = q.value(2).toLongLong();
        e.nameTh = q.value(3).toString();
        e.nameEn = q.value(4).toString();
        e.nickname = q.value(5).toString();
        e.phone = q.value(6).toString();
        e.badgeCode = q.value(7).toString();
        e.categoryName = q.value(8).toString();
        e.provinceCode = q.value(9).toString();
        e.provinceName = q.value(10).toString();
        e.status = RegistrationCodes::statusFromCode(q.value(11).toString());
        e.checkedInAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
        out.append(e);
    }
    return out;
}

QList<RegistrationCount> RegistrationStore::counts(qint64 workshopId) const
{
    QList<RegistrationCount> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT category_id, COALESCE(province_code, ''), status, count(*) FROM registration "
                             "WHERE workshop_id = ? GROUP BY category_id, province_code, status"));
    q.addBindValue(workshopId);
    if (StorageHealth::exec(q))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), RegistrationCodes::statusFromCode(q.value(2).toString()),
                        q.value(3).toInt()});
    return out;
}

} // namespace khana
