#include "PersonStore.h"

#include "database/StorageHealth.h"
#include "domain/Collation.h"
#include "AuditLog.h"
#include "database/Transaction.h"
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

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

// The columns written for a person, in the order insert and update bind them.
const char *const kWriteColumns =
    "name_th, sort_key, name_en, nickname, phone, national_id, province_code, district_code, member_no, "
    "membership_type, join_date, end_date, status, notes";

constexpr int kWriteColumnCount = 14;

QVariantList writeValues(const Person &p)
{
    return {text(p.nameTh),
            Collation::sortKey(p.nameTh),
            text(p.nameEn),
            text(p.nickname),
            text(p.phone),
            textOrNull(p.nationalId),
            textOrNull(p.provinceCode),
            textOrNull(p.districtCode),
            text(p.memberNumber),
            PersonCodes::membershipCode(p.membershipType),
            dateOrNull(p.joinDate),
            dateOrNull(p.endDate),
            PersonCodes::statusCode(p.status),
            text(p.notes)};
}

} // namespace

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
    const QVariantList values = writeValues(p);
    QString columns = QString::fromLatin1(kWriteColumns);
    QString marks = placeholders(values.size());
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
        const QStringList cols = QString::fromLatin1(kWriteColumns).split(QStringLiteral(", "));
        q.prepare(QStringLiteral("UPDATE person SET %1 = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?")
                      .arg(cols.join(QStringLiteral(" = ?, "))));
        for (const QVariant &v : writeValues(p))
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

namespace {

// Inserting rows into a table's indexes one by one costs more than sorting the rows into fresh
// indexes once they are all in, when the insert at least doubles the table.
constexpr qsizetype kRebuildIndexesFrom = 20000;

// 64 rows × 16 columns stays far below SQLite's limit of bound values per statement.
constexpr qsizetype kRowsPerInsert = 64;

} // namespace

bool PersonStore::insertBulk(QList<Person> &people, QString *error)
{
    Transaction t(m_db);
    if (!insertBulk(t, people) || !t.commit()) {
        *error = t.errorText();
        return false;
    }
    return true;
}

bool PersonStore::insertBulk(Transaction &t, QList<Person> &people, const WorkProgress &progress)
{
    QString why;
    const bool ok = insertBulkRows(people, progress, &why);
    if (!ok)
        return t.failWithDriverText(why);
    return t.ok();
}

// A server's side of Adding: ids taken from the table's sequence a block at a time (COPY
// returns none, and the tags need them), rows streamed by COPY, or — for a login whose row
// policies apply, which PostgreSQL refuses COPY into such a table — multi-row INSERTs.
class PersonStore::Adding::Stream
{
public:
    Stream(const QSqlDatabase &db, qsizetype atMost)
        : m_db(db)
        , m_left(atMost)
        , m_now(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
    {
        m_columns = QString::fromLatin1(kWriteColumns).split(QStringLiteral(", "));
        m_columns.prepend(QStringLiteral("id"));
        m_columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    }

    bool add(const Person &person, qint64 *id)
    {
        if (m_nextId == m_ids.size() && !startBlock())
            return false;
        *id = m_ids.at(m_nextId++);
        QVariantList values{*id};
        values += writeValues(person);
        values << m_now << m_now;
        for (const QString &t : person.tags)
            m_tags.append({*id, t});
        if (m_copy)
            return m_copy->addRow(values) || fail(m_copy->error());
        m_pending.append(values);
        return m_pending.size() < kRowsPerStatement || flushInserts();
    }

    bool finish()
    {
        if (!endBlock())
            return false;
        if (m_tags.isEmpty())
            return true;
        PostgresCopy tags(m_db, QStringLiteral("person_tag"), {QStringLiteral("person_id"), QStringLiteral("tag")});
        for (const auto &[id, tag] : std::as_const(m_tags))
            if (!tags.addRow({id, tag}))
                return fail(tags.error());
        return tags.finish() || fail(tags.error());
    }

    QString error() const { return m_error; }

private:
    // Blocks grow from small (an import of a few rows takes few ids) to large (each block ends
    // its COPY, a pause while the server catches up).
    static constexpr qsizetype kFirstBlock = 4096;
    static constexpr qsizetype kLargestBlock = 131072;
    static constexpr qsizetype kRowsPerStatement = 500; // × 17 values, far below PostgreSQL's 65,535

    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    // No other statement may run while a COPY is open: a block's ids come before its COPY.
    bool startBlock()
    {
        if (!endBlock())
            return false;
        if (!takeIds())
            return false;
        if (!m_policed) {
            QSqlQuery policed(m_db);
            if (!StorageHealth::exec(policed, QStringLiteral("SELECT row_security_active('person')")) || !policed.next())
                return fail(policed.lastError().text());
            m_policed = policed.value(0).toBool();
        } // (a query's statement is freed as it goes, which would end a COPY already open)
        if (!*m_policed) {
            m_copy = std::make_unique<PostgresCopy>(m_db, QStringLiteral("person"), m_columns);
            if (!m_copy->isValid())
                return fail(m_copy->error());
        }
        return true;
    }

    bool takeIds()
    {
        const qsizetype count = std::clamp<qsizetype>(m_left, 1, m_block);
        m_block = std::min(2 * m_block, kLargestBlock);
        m_ids.clear();
        m_nextId = 0;
        // The sequence is looked up once: per row, the lookup costs more than nextval itself.
        // Nobody else taking ids meanwhile (the usual case), the block is one unbroken range
        // and only its ends travel; otherwise every id does.
        QSqlQuery ids(m_db);
        ids.setForwardOnly(true);
        if (m_sequence.isEmpty()) {
            if (!StorageHealth::exec(ids, QStringLiteral("SELECT pg_get_serial_sequence('person', 'id')")) || !ids.next())
                return fail(ids.lastError().text());
            m_sequence = ids.value(0).toString();
        }
        ids.prepare(QStringLiteral("SELECT min(v), max(v) FROM (SELECT nextval(?) AS v FROM generate_series(1, ?)) taken"));
        ids.addBindValue(m_sequence);
        ids.addBindValue(count);
        if (!StorageHealth::exec(ids) || !ids.next())
            return fail(ids.lastError().text());
        const qint64 first = ids.value(0).toLongLong();
        if (ids.value(1).toLongLong() - first + 1 == count) {
            for (qint64 id = first; id < first + count; ++id)
                m_ids.append(id);
        } else {
            ids.prepare(QStringLiteral("SELECT nextval(?) FROM generate_series(1, ?)"));
            ids.addBindValue(m_sequence);
            ids.addBindValue(count);
            if (!StorageHealth::exec(ids))
                return fail(ids.lastError().text());
            while (ids.next())
                m_ids.append(ids.value(0).toLongLong());
        }
        if (m_ids.size() != count)
            return fail(ids.lastError().text());
        m_left -= count;
        return true;
    }

    bool endBlock()
    {
        if (m_copy) {
            const bool done = m_copy->finish();
            const QString why = m_copy->error();
            m_copy.reset();
            if (!done)
                return fail(why);
        }
        return flushInserts();
    }

    bool flushInserts()
    {
        if (m_pending.isEmpty())
            return true;
        const QString oneRow = QLatin1Char('(') + placeholders(m_columns.size()) + QLatin1Char(')');
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO person (%1) VALUES %2")
                           .arg(m_columns.join(QStringLiteral(", ")), QStringList(m_pending.size(), oneRow).join(QLatin1Char(','))));
        for (const QVariantList &row : std::as_const(m_pending))
            for (const QVariant &v : row)
                insert.addBindValue(v);
        m_pending.clear();
        return StorageHealth::exec(insert) || fail(insert.lastError().text());
    }

    QSqlDatabase m_db;
    qsizetype m_left; // ids still to take, at most
    QString m_now;    // one time for the whole import
    QStringList m_columns;
    QList<qint64> m_ids;
    qsizetype m_nextId = 0;
    qsizetype m_block = kFirstBlock;
    QString m_sequence; // the sequence of People's ids
    std::optional<bool> m_policed;
    std::unique_ptr<PostgresCopy> m_copy;
    QList<QVariantList> m_pending;
    QList<std::pair<qint64, QString>> m_tags;
    QString m_error;
};

PersonStore::Adding::Adding(PersonStore &store, qsizetype atMost)
    : m_store(store)
    , m_atMost(atMost)
{
    if (SqlDialect::forDatabase(store.m_db).kind() == SqlDialect::Kind::Postgres)
        m_stream = std::make_unique<Stream>(store.m_db, atMost);
}

PersonStore::Adding::~Adding() = default;

bool PersonStore::Adding::add(const Person &person)
{
    if (!m_error.isEmpty())
        return false;
    if (m_ids.size() + m_gathered.size() >= m_atMost) {
        m_error = QStringLiteral("more people than announced");
        return false;
    }
    if (!m_stream) {
        m_gathered.append(person);
        return true;
    }
    qint64 id = 0;
    if (!m_stream->add(person, &id)) {
        m_error = m_stream->error();
        return false;
    }
    m_ids.append(id);
    return true;
}

bool PersonStore::Adding::finish(const WorkProgress &progress)
{
    if (!m_error.isEmpty())
        return false;
    qsizetype count = m_ids.size();
    if (m_stream) {
        if (!m_stream->finish()) {
            m_error = m_stream->error();
            return false;
        }
    } else {
        if (!m_store.insertBulkRows(m_gathered, progress, &m_error))
            return false;
        for (const Person &p : std::as_const(m_gathered))
            m_ids.append(p.id);
        count = m_gathered.size();
        m_gathered.clear();
        return true; // insertBulkRows audits SQLite's rows itself
    }
    // Each person streamed, for their own trail (an office server's triggers record them
    // already, and recordEach() then adds nothing).
    return AuditLog::record(m_store.m_db, AuditLog::Action::Import, QStringLiteral("person"), AuditLog::kBatch, AuditLog::rows(count), &m_error)
        && AuditLog::recordEach(m_store.m_db, AuditLog::Action::Import, QStringLiteral("person"), m_ids, QStringLiteral("added"), &m_error);
}

bool PersonStore::copyRows(QList<Person> &people, const WorkProgress &progress, QString *error)
{
    Adding adding(*this, people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (!adding.add(people.at(i))) {
            *error = adding.error();
            return false;
        }
        if ((i & 0xFFF) == 0xFFF && !keepGoing(progress, i + 1, people.size())) {
            *error = QCoreApplication::translate("PersonStore", "The import was cancelled.");
            return false;
        }
    }
    if (!adding.finish()) {
        *error = adding.error();
        return false;
    }
    const QList<qint64> ids = adding.ids();
    for (qsizetype i = 0; i < people.size(); ++i) {
        people[i].id = ids.at(i);
        people[i].rowVersion = 1;
    }
    return true;
}

bool PersonStore::insertBulkRows(QList<Person> &people, const WorkProgress &progress, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = why;
        return false;
    };
    if (SqlDialect::forDatabase(m_db).kind() == SqlDialect::Kind::Postgres)
        return copyRows(people, progress, error);
    // The search index is filled in one statement after the rows are in (see SqlDialect).
    const SqlDialect dialect = SqlDialect::forDatabase(m_db);
    const auto &index = SearchIndexes::people();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    qint64 lastIdBefore = 0;
    qint64 rowsBefore = 0;
    if (StorageHealth::exec(q, QStringLiteral("SELECT COALESCE(max(id), 0), count(*) FROM person")) && q.next()) {
        lastIdBefore = q.value(0).toLongLong();
        rowsBefore = q.value(1).toLongLong();
    }
    QList<std::pair<QString, QString>> rebuilt; // name, definition
    if (people.size() >= kRebuildIndexesFrom && people.size() > rowsBefore) {
        const QString list = dialect.rebuildableIndexesQuery();
        if (!list.isEmpty()) {
            q.prepare(list);
            q.addBindValue(QStringLiteral("person"));
            if (!StorageHealth::exec(q))
                return fail(q.lastError().text());
            while (q.next())
                rebuilt.append({q.value(0).toString(), q.value(1).toString()});
        }
        // Another statement still reading the table locks its indexes: then they are kept and
        // grown row by row.
        bool dropped = StorageHealth::exec(q, QStringLiteral("SAVEPOINT drop_indexes"));
        for (const auto &[name, definition] : std::as_const(rebuilt))
            dropped = dropped && StorageHealth::exec(q, QStringLiteral("DROP INDEX %1").arg(name));
        if (!dropped) {
            rebuilt.clear();
            StorageHealth::exec(q, QStringLiteral("ROLLBACK TO drop_indexes"));
        }
        StorageHealth::exec(q, QStringLiteral("RELEASE drop_indexes"));
    }
    for (const QString &sql : dialect.beginBulkInsert(index.name))
        if (!StorageHealth::exec(q, sql))
            return fail(q.lastError().text());
    // Likewise the monthly member summary's trigger (schema step 23): an upsert per row costs a
    // large import a fifth of its time; the new rows are summed into it in one statement below.
    QString summaryTrigger;
    if (StorageHealth::exec(q, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'member_month_added'")) && q.next()) {
        summaryTrigger = q.value(0).toString();
        q.finish();
        if (!StorageHealth::exec(q, QStringLiteral("DROP TRIGGER member_month_added")))
            return fail(q.lastError().text());
    }
    // One time for the whole import: binding it costs less than the column default per row.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString insertSql = QStringLiteral("INSERT INTO person (%1, created_at, updated_at) VALUES ")
                                  .arg(QString::fromLatin1(kWriteColumns));
    const QString oneRow = QLatin1Char('(') + placeholders(kWriteColumnCount + 2) + QLatin1Char(')');
    FastStatement insert(m_db, insertSql + oneRow);
    FastStatement tag(m_db, QStringLiteral("INSERT INTO person_tag (person_id, tag) VALUES (?, ?)"));
    if (!insert.isValid() || !tag.isValid())
        return fail(insert.error() + tag.error());
    // On SQLite most of a one-row INSERT is the statement's own cost (AUTOINCREMENT's sequence
    // row is read and written per statement): rows go in groups of kRowsPerInsert. Their ids
    // are consecutive, since this transaction is the only writer.
    std::unique_ptr<FastStatement> group;
    if (insert.bindsDirectly() && people.size() >= kRowsPerInsert) {
        QStringList rows(kRowsPerInsert, oneRow);
        group = std::make_unique<FastStatement>(m_db, insertSql + rows.join(QLatin1Char(',')));
        if (!group->isValid())
            return fail(group->error());
    }
    auto bindPerson = [&now](FastStatement &statement, int first, const Person &p) {
        const QVariantList values = writeValues(p);
        Q_ASSERT(values.size() == kWriteColumnCount);
        for (int i = 0; i < kWriteColumnCount; ++i)
            statement.bind(first + i, values.at(i));
        statement.bindText(first + kWriteColumnCount, now);
        statement.bindText(first + kWriteColumnCount + 1, now);
    };
    constexpr int kColumnsPerRow = kWriteColumnCount + 2;
    qsizetype next = 0;
    while (next < people.size()) {
        const bool grouped = group && people.size() - next >= kRowsPerInsert;
        FastStatement &statement = grouped ? *group : insert;
        const qsizetype count = grouped ? kRowsPerInsert : 1;
        for (qsizetype r = 0; r < count; ++r)
            bindPerson(statement, int(r * kColumnsPerRow), people.at(next + r));
        if (!statement.exec())
            return fail(statement.error());
        const qint64 firstId = statement.lastInsertId() - count + 1;
        for (qsizetype r = 0; r < count; ++r) {
            Person &p = people[next + r];
            p.id = firstId + r;
            p.rowVersion = 1;
            for (const QString &t : std::as_const(p.tags)) {
                tag.bindInt(0, p.id);
                tag.bindText(1, t);
                if (!tag.exec())
                    return fail(tag.error());
            }
        }
        next += count;
        if ((next & 0xFFF) < count && !keepGoing(progress, next, people.size()))
            return fail(QCoreApplication::translate("PersonStore", "The import was cancelled."));
    }
    for (const auto &[name, definition] : std::as_const(rebuilt))
        if (!StorageHealth::exec(q, definition))
            return fail(q.lastError().text());
    const SqlDialect::Condition reindex = dialect.endBulkInsert(index.name, index.table, index.columns, lastIdBefore);
    if (!reindex.sql.isEmpty()) {
        QSqlQuery fill(m_db);
        fill.prepare(reindex.sql);
        for (const QVariant &v : reindex.values)
            fill.addBindValue(v);
        if (!fill.exec() || !fill.exec(dialect.insertTrigger(index.name, index.table, index.columns)))
            return fail(fill.lastError().text());
    }
    if (!summaryTrigger.isEmpty()) {
        QSqlQuery summed(m_db);
        summed.prepare(QStringLiteral(
            "INSERT INTO member_month (month, province_code, district_code, joined, ended) "
            "SELECT month, p, d, sum(j), sum(e) FROM ("
            "SELECT substr(join_date, 1, 7) AS month, COALESCE(province_code, '') AS p, COALESCE(district_code, '') AS d, 1 AS j, 0 AS e "
            "FROM person WHERE id > ? AND membership_type <> 'none' AND join_date IS NOT NULL UNION ALL "
            "SELECT substr(end_date, 1, 7), COALESCE(province_code, ''), COALESCE(district_code, ''), 0, 1 "
            "FROM person WHERE id > ? AND membership_type <> 'none' AND join_date IS NOT NULL AND end_date IS NOT NULL) moves "
            "WHERE true GROUP BY month, p, d "
            "ON CONFLICT (month, province_code, district_code) DO UPDATE SET joined = joined + excluded.joined, ended = ended + excluded.ended"));
        summed.addBindValue(lastIdBefore);
        summed.addBindValue(lastIdBefore);
        if (!summed.exec() || !summed.exec(summaryTrigger))
            return fail(summed.lastError().text());
    }
    if (QString why; !AuditLog::record(m_db, AuditLog::Action::Import, QStringLiteral("person"), AuditLog::kBatch, AuditLog::rows(people.size()), &why))
        return fail(why);
    // And each person it added, for their own trail.
    QList<qint64> ids;
    ids.reserve(people.size());
    for (const Person &p : std::as_const(people))
        ids.append(p.id);
    if (QString why; !AuditLog::recordEach(m_db, AuditLog::Action::Import, QStringLiteral("person"), ids, QStringLiteral("added"), &why))
        return fail(why);
    return true;
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
                      .arg(columns.join(QStringLiteral(", ")), placeholders(chunk.size())));
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
