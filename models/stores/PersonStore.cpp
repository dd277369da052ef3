#include "PersonStore.h"

#include "database/StorageHealth.h"
#include "domain/Collation.h"
#include "AuditLog.h"
#include "database/Transaction.h"
#include "PersonColumns.h"
#include "SqlValues.h"
#include "database/FastStatement.h"
#include "database/PostgresCopy.h"
#include "database/SearchIndexes.h"
#include "database/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace khana {

using SqlValues::dateOrNull;
using SqlValues::text;
using SqlValues::textOrNull;

PersonStore::PersonStore(const QSqlDatabase &db)
    : m_db(db)
{
}

namespace {

// Long enough for any real list of leaders or of one district's people; a picker is no place
// for a whole roster.
constexpr int kChoicesShown = 500;

QList<PersonStore::Choice> choices(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QList<PersonStore::Choice> out;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(kChoicesShown);
    if (StorageHealth::exec(q))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

} // namespace

QList<PersonStore::Choice> PersonStore::leaders(qint64 alsoId) const
{
    return choices(m_db, QStringLiteral("SELECT DISTINCT p.id, p.name_th, p.sort_key FROM person p LEFT JOIN person_tag t ON t.person_id = p.id "
                                        "WHERE t.tag IN ('staff', 'coordinator', 'district_rep') OR p.id = ? ORDER BY p.sort_key LIMIT ?"),
                   {alsoId});
}

QList<PersonStore::Choice> PersonStore::inDistrict(const QString &districtCode, qint64 alsoId) const
{
    return choices(m_db, QStringLiteral("SELECT p.id, p.name_th FROM person p WHERE p.district_code = ? OR p.id = ? ORDER BY p.sort_key LIMIT ?"),
                   {districtCode, alsoId});
}

bool PersonStore::mayReadNationalIds() const
{
    if (!m_readsNationalIds) {
        m_readsNationalIds = true;
        if (SqlDialect::forDatabase(m_db).kind() == SqlDialect::Kind::Postgres) {
            QSqlQuery q(m_db);
            m_readsNationalIds = StorageHealth::exec(q, QStringLiteral("SELECT has_column_privilege('person', 'national_id', 'SELECT')")) && q.next()
                && q.value(0).toBool();
        }
    }
    return *m_readsNationalIds;
}

std::optional<Person> PersonStore::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, row_version, name_th, name_en, nickname, phone, %1, province_code, "
                             "district_code, member_no, membership_type, join_date, end_date, status, notes "
                             "FROM person WHERE id = ?")
                  .arg(mayReadNationalIds() ? QStringLiteral("national_id") : QStringLiteral("NULL")));
    q.addBindValue(id);
    if (!StorageHealth::exec(q) || !q.next())
        return std::nullopt;
    Person p;
    p.id = q.value(0).toLongLong();
    p.rowVersion = q.value(1).toInt();
    p.nameTh = q.value(2).toString();
    p.nameEn = q.value(3).toString();
    p.nickname = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.nationalId = q.value(6).toString();
    p.provinceCode = q.value(7).toString();
    p.districtCode = q.value(8).toString();
    p.memberNumber = q.value(9).toString();
    p.membershipType = PersonCodes::membershipFromCode(q.value(10).toString());
    p.joinDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    p.endDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    p.status = PersonCodes::statusFromCode(q.value(13).toString());
    p.notes = q.value(14).toString();

    QSqlQuery tags(m_db);
    tags.prepare(QStringLiteral("SELECT tag FROM person_tag WHERE person_id = ? ORDER BY tag"));
    tags.addBindValue(id);
    if (StorageHealth::exec(tags)) {
        while (tags.next())
            p.tags.append(tags.value(0).toString());
    }
    return p;
}

qint64 PersonStore::count() const
{
    QSqlQuery q(m_db);
    if (StorageHealth::exec(q, QStringLiteral("SELECT count(*) FROM person")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

FieldErrors PersonStore::checkAgainstDatabase(const Person &p, QString *error) const
{
    FieldErrors errors;
    SqlValues::Lookups lookups(m_db);
    auto exists = [&lookups](const QString &sql, const QVariantList &values) { return lookups.exists(sql, values); };
    if (!p.provinceCode.isEmpty()
        && !exists(QStringLiteral("SELECT 1 FROM province WHERE code = ?"), {p.provinceCode}))
        errors.append({PersonField::Province, QCoreApplication::translate("PersonStore", "Unknown province.")});
    if (!p.districtCode.isEmpty()
        && !exists(QStringLiteral("SELECT 1 FROM district WHERE code = ? AND province_code = ?"),
                   {p.districtCode, p.provinceCode}))
        errors.append({PersonField::District, QCoreApplication::translate("PersonStore", "This district is not in the chosen province.")});
    if (!p.memberNumber.isEmpty()
        && exists(QStringLiteral("SELECT 1 FROM person WHERE member_no = ? AND id <> ?"), {p.memberNumber, p.id}))
        errors.append({PersonField::MemberNumber, QCoreApplication::translate("PersonStore", "Another person already has this member number.")});
    // A role that may not read national IDs cannot look for a duplicate either; the unique
    // index still refuses one.
    if (!p.nationalId.isEmpty() && mayReadNationalIds()
        && exists(QStringLiteral("SELECT 1 FROM person WHERE national_id = ? AND id <> ?"), {p.nationalId, p.id}))
        errors.append({PersonField::NationalId, QCoreApplication::translate("PersonStore", "Another person already has this national ID number.")});
    if (lookups.failed()) {
        *error = lookups.errorText();
        return {};
    }
    return errors;
}

bool PersonStore::writeTags(Transaction &t, const Person &p)
{
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM person_tag WHERE person_id = ?"));
    clear.addBindValue(p.id);
    if (!t.exec(clear))
        return false;
    QSqlQuery add(m_db);
    add.prepare(QStringLiteral("INSERT INTO person_tag (person_id, tag) VALUES (?, ?)"));
    for (const QString &tag : p.tags) {
        add.addBindValue(p.id);
        add.addBindValue(tag);
        if (!t.exec(add))
            return false;
    }
    return true;
}

bool PersonStore::insertRow(Transaction &t, const Person &p, bool keepId, qint64 *newId)
{
    QSqlQuery q(m_db);
    const QVariantList values = PersonColumns::values(p);
    QString columns = QString::fromLatin1(PersonColumns::kWritten);
    QString marks = PersonColumns::placeholders(values.size());
    if (keepId) {
        columns += QStringLiteral(", id, row_version");
        marks += QStringLiteral(",?,?");
    }
    q.prepare(QStringLiteral("INSERT INTO person (%1) VALUES (%2)").arg(columns, marks));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (keepId) {
        q.addBindValue(p.id);
        q.addBindValue(p.rowVersion);
    }
    if (!t.exec(q))
        return false;
    *newId = keepId ? p.id : q.lastInsertId().toLongLong();
    return true;
}

PersonStore::SaveResult PersonStore::save(Person &input)
{
    SaveResult result;
    Person p = input;
    result.fieldErrors = cleanAndValidate(p);
    if (!result.ok())
        return result;
    result.fieldErrors = checkAgainstDatabase(p, &result.error);
    if (!result.ok())
        return result;

    Transaction t(m_db);
    const bool isNew = p.id == 0;
    if (isNew) {
        qint64 id = 0;
        if (insertRow(t, p, false, &id)) {
            p.id = id;
            p.rowVersion = 1;
        }
    } else {
        QSqlQuery q(m_db);
        const QStringList cols = QString::fromLatin1(PersonColumns::kWritten).split(QStringLiteral(", "));
        q.prepare(QStringLiteral("UPDATE person SET %1 = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?")
                      .arg(cols.join(QStringLiteral(" = ?, "))));
        for (const QVariant &v : PersonColumns::values(p))
            q.addBindValue(v);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(p.id);
        q.addBindValue(p.rowVersion);
        if (t.exec(q) && q.numRowsAffected() != 1) {
            result.conflict = true;
            t.fail(QCoreApplication::translate("PersonStore", "Someone else changed or deleted this person after you opened it. "
                                                              "Nothing was overwritten."));
        }
        ++p.rowVersion;
    }
    if (!writeTags(t, p)
        || !AuditLog::record(t, isNew ? AuditLog::Action::Create : AuditLog::Action::Update, QStringLiteral("person"), QString::number(p.id))
        || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    input = p;
    return result;
}

PersonStore::SaveResult PersonStore::remove(qint64 id, int rowVersion)
{
    SaveResult result;
    Transaction t(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM person WHERE id = ? AND row_version = ?"));
    q.addBindValue(id);
    q.addBindValue(rowVersion);
    if (t.exec(q) && q.numRowsAffected() != 1) {
        result.conflict = true;
        t.fail(QCoreApplication::translate("PersonStore", "Someone else changed or deleted this person after you opened it; nothing was deleted."));
    }
    if (!AuditLog::record(t, AuditLog::Action::Delete, QStringLiteral("person"), QString::number(id)) || !t.commit())
        result.error = t.errorText();
    return result;
}

PersonStore::SaveResult PersonStore::restore(const Person &person)
{
    SaveResult result;
    Person p = person;
    result.fieldErrors = cleanAndValidate(p);
    if (!result.ok())
        return result;
    Transaction t(m_db);
    qint64 id = 0;
    if (!insertRow(t, p, true, &id) || !writeTags(t, p)
        || !AuditLog::record(t, AuditLog::Action::Create, QStringLiteral("person"), QString::number(p.id)) || !t.commit())
        result.error = t.errorText();
    return result;
}

PersonStore::Known PersonStore::known() const
{
    Known known;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!StorageHealth::exec(q, QStringLiteral("SELECT id, COALESCE(national_id, ''), member_no, phone, name_th FROM person "
                               "WHERE national_id IS NOT NULL OR member_no <> '' OR phone <> ''")))
        return known;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (const QString nid = q.value(1).toString(); !nid.isEmpty()) {
            known.byNationalId.insert(nid, id);
            known.nationalIdOf.insert(id, nid);
        }
        if (const QString number = q.value(2).toString(); !number.isEmpty()) {
            known.byMemberNumber.insert(number, id);
            known.memberNumberOf.insert(id, number);
        }
        if (const QString phone = q.value(3).toString(); !phone.isEmpty()) {
            known.byPhone.insert(phone, id);
            known.nameOf.insert(id, q.value(4).toString());
        }
    }
    return known;
}

bool PersonStore::updateMemberships(Transaction &t, const QList<Person> &people)
{
    QString why;
    if (!t.ok())
        return false;
    if (!updateMembershipRows(people, &why))
        return t.failWithDriverText(why);
    return true;
}

bool PersonStore::updateMembershipRows(const QList<Person> &people, QString *error)
{
    if (people.isEmpty())
        return true;
    FastStatement update(m_db, QStringLiteral(
        "UPDATE person SET membership_type = ?, join_date = ?, end_date = ?, status = ?, "
        "member_no = CASE WHEN ? = '' THEN member_no ELSE ? END, "
        "national_id = COALESCE(?, national_id), "
        // a new province without a district clears the old province's district; the casts
        // tell PostgreSQL what type a parameter tested for NULL has
        "province_code = CASE WHEN CAST(? AS TEXT) IS NULL THEN province_code ELSE ? END, "
        "district_code = CASE WHEN CAST(? AS TEXT) IS NULL THEN district_code ELSE ? END, "
        "phone = CASE WHEN phone = '' THEN ? ELSE phone END, "
        "updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    if (!update.isValid()) {
        *error = update.error();
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const Person &p : people) {
        update.bindText(0, PersonCodes::membershipCode(p.membershipType));
        update.bindDateOrNull(1, p.joinDate);
        update.bindDateOrNull(2, p.endDate);
        update.bindText(3, PersonCodes::statusCode(p.status));
        update.bindText(4, p.memberNumber);
        update.bindText(5, p.memberNumber);
        update.bindTextOrNull(6, p.nationalId);
        update.bindTextOrNull(7, p.provinceCode);
        update.bindTextOrNull(8, p.provinceCode);
        update.bindTextOrNull(9, p.provinceCode);
        update.bindTextOrNull(10, p.districtCode);
        update.bindText(11, p.phone);
        update.bindText(12, now);
        update.bindInt(13, p.id);
        if (!update.exec()) {
            *error = update.error();
            return false;
        }
        if (update.rowsChanged() != 1) {
            *error = QCoreApplication::translate("PersonStore", "Someone deleted %1 while the list was being imported.").arg(p.nameTh);
            return false;
        }
    }
    if (!AuditLog::record(m_db, AuditLog::Action::Import, QStringLiteral("person"), AuditLog::kBatch, AuditLog::rows(people.size()))) {
        *error = m_db.lastError().text();
        return false;
    }
    QList<qint64> ids;
    ids.reserve(people.size());
    for (const Person &p : people)
        ids.append(p.id);
    return AuditLog::recordEach(m_db, AuditLog::Action::Import, QStringLiteral("person"), ids, QStringLiteral("updated"), error);
}

namespace {

// What a roster import may change on a person it matched (see updateMemberships()).
const char *const kMembershipColumns[] = {"membership_type", "join_date", "end_date", "status", "member_no",
                                          "national_id", "province_code", "district_code", "phone"};
constexpr int kMembershipColumnCount = int(std::size(kMembershipColumns));

// Ids per IN (…) list: far below every database's limit of bound values.
constexpr qsizetype kIdsPerQuery = 500;

} // namespace

QList<PersonStore::MembershipSnapshot> PersonStore::membershipSnapshots(const QList<qint64> &ids) const
{
    QStringList columns;
    for (const char *column : kMembershipColumns)
        columns.append(QString::fromLatin1(column));
    QList<MembershipSnapshot> out;
    out.reserve(ids.size());
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerQuery) {
        const QList<qint64> chunk = ids.mid(first, kIdsPerQuery);
        q.prepare(QStringLiteral("SELECT id, row_version, %1 FROM person WHERE id IN (%2)")
                      .arg(columns.join(QStringLiteral(", ")), PersonColumns::placeholders(chunk.size())));
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!StorageHealth::exec(q))
            return {};
        while (q.next()) {
            MembershipSnapshot snapshot{q.value(0).toLongLong(), q.value(1).toInt(), {}};
            for (int c = 0; c < kMembershipColumnCount; ++c)
                snapshot.values.append(q.value(2 + c));
            out.append(snapshot);
        }
    }
    return out;
}

PersonStore::SaveResult PersonStore::takeBackImport(const QList<qint64> &added, const QList<MembershipSnapshot> &before)
{
    SaveResult result;
    Transaction t(m_db);
    auto refuse = [&](const QString &why) {
        t.fail(why);
        result.error = t.errorText();
        return result;
    };
    // A statement SQLite refused for want of space, a lock or a damaged file says so; any other
    // refusal here is one of the reasons the import cannot be taken back.
    auto refuseStatement = [&](const FastStatement &statement, const QString &otherwise) {
        t.failWithDriverText(statement.error());
        if (t.errorKind() == StorageError::Kind::Other) {
            result.error = otherwise;
            return result;
        }
        result.error = t.errorText();
        return result;
    };
    const QString changedSince = QCoreApplication::translate("PersonStore", "Some of the people in this import were changed or deleted since; nothing was taken back.");
    FastStatement remove(m_db, QStringLiteral("DELETE FROM person WHERE id = ? AND row_version = 1"));
    if (!remove.isValid())
        return refuseStatement(remove, remove.error());
    for (const qint64 id : added) {
        remove.bindInt(0, id);
        if (!remove.exec())
            return refuseStatement(remove, QCoreApplication::translate("PersonStore", "Some of the people this import added are now registered for a workshop or elected; nothing was taken back."));
        if (remove.rowsChanged() != 1)
            return refuse(changedSince);
    }
    QStringList assignments;
    for (const char *column : kMembershipColumns)
        assignments.append(QStringLiteral("%1 = ?").arg(QString::fromLatin1(column)));
    // The row version goes back too: an import taken back after a later one is taken back
    // still finds its people as it left them.
    FastStatement restore(m_db, QStringLiteral("UPDATE person SET %1, updated_at = ?, row_version = ? WHERE id = ? AND row_version = ?")
                                    .arg(assignments.join(QStringLiteral(", "))));
    if (!restore.isValid())
        return refuseStatement(restore, restore.error());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const MembershipSnapshot &snapshot : before) {
        Q_ASSERT(snapshot.values.size() == kMembershipColumnCount);
        for (int c = 0; c < kMembershipColumnCount; ++c)
            restore.bind(c, snapshot.values.at(c));
        restore.bindText(kMembershipColumnCount, now);
        restore.bindInt(kMembershipColumnCount + 1, snapshot.rowVersion);
        restore.bindInt(kMembershipColumnCount + 2, snapshot.id);
        restore.bindInt(kMembershipColumnCount + 3, snapshot.rowVersion + 1);
        if (!restore.exec())
            return refuseStatement(restore, restore.error());
        if (restore.rowsChanged() != 1)
            return refuse(changedSince);
    }
    QString why;
    if (!AuditLog::record(t, AuditLog::Action::Delete, QStringLiteral("person"), AuditLog::kBatch, AuditLog::rows(added.size()))
        || (!AuditLog::recordEach(m_db, AuditLog::Action::Delete, QStringLiteral("person"), added, QStringLiteral("import taken back"), &why)
            && !t.failWithDriverText(why))
        || !t.commit())
        result.error = t.errorText();
    return result;
}

} // namespace khana
