// PersonStore's bulk paths: many new people at once (imports, merges, demo data), written as
// they come, each database the way it stores many rows fastest.

#include "PersonStore.h"

#include "AuditLog.h"
#include "PersonColumns.h"
#include "domain/Collation.h"
#include "database/FastStatement.h"
#include "database/PostgresCopy.h"
#include "database/SearchIndexes.h"
#include "database/SqlDialect.h"
#include "database/SqliteTempFiles.h"
#include "database/StorageHealth.h"
#include "database/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>

namespace khana {

namespace {

// Inserting rows into a table's indexes one by one costs more than sorting the rows into fresh
// indexes once they are all in, when the insert at least doubles the table.
constexpr qsizetype kRebuildIndexesFrom = 20000;

// 64 rows × 16 columns stays far below SQLite's limit of bound values per statement.
constexpr qsizetype kRowsPerInsert = 64;

QString cancelled()
{
    return QCoreApplication::translate("PersonStore", "The import was cancelled.");
}

// A row of the monthly member summary: a month (year × 100 + month) and a place.
struct MonthPlace
{
    int month = 0;
    QString province;
    QString district;
    bool operator==(const MonthPlace &other) const = default;
};

size_t qHash(const MonthPlace &key, size_t seed = 0)
{
    return qHashMulti(seed, key.month, key.province, key.district);
}

// While it lives, SQLite sorts what each new index is built from in runs of kSortRunKiB, each
// run sorted on a worker thread while the connection's thread reads the table on: People's
// indexes are built in two fifths less time on two cores than by one sort in memory. Only
// where SQLite's temporary files stay in memory (SqliteTempFiles), since the runs go to them.
// A run is as large as the page cache, which is made that small meanwhile; both settings are
// the connection's and are put back. They only tune: a setting SQLite refuses changes nothing.
class SortingThreads
{
public:
    static constexpr int kSortRunKiB = 4096;

    explicit SortingThreads(const QSqlDatabase &db)
        : m_db(db)
    {
        if (!SqliteTempFiles::inMemory(db))
            return;
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
            return;
        const qint64 cacheSize = q.value(0).toLongLong();
        if (!q.exec(QStringLiteral("PRAGMA threads")) || !q.next())
            return;
        m_before = {cacheSize, q.value(0).toInt()};
        q.exec(QStringLiteral("PRAGMA threads = %1").arg(std::clamp(QThread::idealThreadCount(), 1, 4)));
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-kSortRunKiB));
    }
    ~SortingThreads() { end(); }
    SortingThreads(const SortingThreads &) = delete;
    SortingThreads &operator=(const SortingThreads &) = delete;

    void end()
    {
        if (!m_before)
            return;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA threads = %1").arg(m_before->second));
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_before->first));
        m_before.reset();
    }

private:
    QSqlDatabase m_db;
    std::optional<std::pair<qint64, int>> m_before; // cache size, threads
};

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
    if (!t.ok())
        return false;
    Adding adding(*this, people.size());
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (!adding.add(people.at(i)))
            return t.failWithDriverText(adding.error());
        if ((i & 0xFFF) == 0xFFF && !keepGoing(progress, i + 1, people.size()))
            return t.failWithDriverText(cancelled());
    }
    if (!adding.finish())
        return t.failWithDriverText(adding.error());
    const QList<qint64> ids = adding.ids();
    for (qsizetype i = 0; i < people.size(); ++i) {
        people[i].id = ids.at(i);
        people[i].rowVersion = 1;
    }
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
        m_columns = QString::fromLatin1(PersonColumns::kWritten).split(QStringLiteral(", "));
        m_columns.prepend(QStringLiteral("id"));
        m_columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    }

    bool add(const Row &row, qint64 *id)
    {
        if (m_nextId == m_ids.size() && !startBlock())
            return false;
        *id = m_ids.at(m_nextId++);
        QVariantList values{*id};
        values += PersonColumns::values(*row.person, row.sortKey);
        values << m_now << m_now;
        for (const QString &t : row.person->tags)
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
        const QString oneRow = QLatin1Char('(') + PersonColumns::placeholders(m_columns.size()) + QLatin1Char(')');
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

// SQLite's side of Adding. Rows go in kRowsPerInsert to a statement as they come (most of a
// one-row INSERT is the statement's own cost: AUTOINCREMENT reads and writes its sequence row
// per statement), their values bound as rowOf() encoded them on the caller's other thread.
// The search index and the monthly member summary skip their row-by-row triggers: each
// stretch of new rows (catchUpRows()) is indexed for search and audited in a statement each
// while the caller checks the next rows, and the summary is tallied as rows are made and
// added to once at the end. An insert that at least doubles People drops the ordinary indexes
// first and builds them once at the end, sorting on several threads. All of it is inside the caller's transaction: if
// anything fails, its rollback puts every index and trigger back.
class PersonStore::Adding::Bulk
{
public:
    Bulk(const QSqlDatabase &db, qsizetype atMost)
        : m_db(db)
        , m_atMost(atMost)
        , m_dialect(SqlDialect::forDatabase(db))
        , m_catchUpRows(catchUpRows(atMost))
    {
    }

    bool add(Row row)
    {
        if (!m_started && !start())
            return false;
        m_pending.append(std::move(row));
        if (m_pending.size() < kRowsPerInsert)
            return true;
        return flush() && (m_ids.size() - m_caughtUp < stretchNow() || catchUp());
    }

    // A member's join and end, by month and place, as the summary's row trigger counts them
    // (schema step 23): tallied as the rows are made (on the thread that makes them, which
    // touches nothing else of this), added to the summary at finish().
    void count(const Person &p)
    {
        if (p.membershipType == MembershipType::None || !p.joinDate.isValid())
            return;
        ++m_moves[{p.joinDate.year() * 100 + p.joinDate.month(), p.provinceCode, p.districtCode}].first;
        if (p.endDate.isValid())
            ++m_moves[{p.endDate.year() * 100 + p.endDate.month(), p.provinceCode, p.districtCode}].second;
    }

    // How many statements finish() runs, each a step of its progress.
    qsizetype finishingSteps() const { return m_rebuilt.size() + 1; }

    bool finish(const WorkProgress &progress)
    {
        if (!m_started)
            return true;
        if (!flush() || !catchUp() || !restoreSearchHash())
            return false;
        qsizetype step = 0;
        const qsizetype steps = finishingSteps();
        auto next = [&] { return keepGoing(progress, ++step, steps) || fail(cancelled()); };
        QSqlQuery q(m_db);
        if (!m_rebuilt.isEmpty()) {
            const SortingThreads sorting(m_db);
            for (const auto &[name, definition] : std::as_const(m_rebuilt))
                if (!StorageHealth::exec(q, definition) || !next())
                    return m_error.isEmpty() ? fail(q.lastError().text()) : false;
        }
        const auto &index = SearchIndexes::people();
        if (m_searchTriggerDropped && !StorageHealth::exec(q, m_dialect.insertTrigger(index.name, index.table, index.columns)))
            return fail(q.lastError().text());
        if (!m_summaryTrigger.isEmpty() && (!sumIntoSummary() || !StorageHealth::exec(q, m_summaryTrigger)))
            return m_error.isEmpty() ? fail(q.lastError().text()) : false;
        return next();
    }

    qsizetype rowsPerPause() const { return m_catchUpRows; }
    QList<qint64> ids() const { return m_ids; }
    QString error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    bool start()
    {
        m_started = true;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        qint64 rowsBefore = 0;
        if (!StorageHealth::exec(q, QStringLiteral("SELECT COALESCE(max(id), 0), count(*) FROM person")) || !q.next())
            return fail(q.lastError().text());
        m_lastIdBefore = q.value(0).toLongLong();
        rowsBefore = q.value(1).toLongLong();
        q.finish();
        if (m_atMost >= kRebuildIndexesFrom && m_atMost > rowsBefore && !dropIndexes())
            return false;
        for (const QString &sql : m_dialect.beginBulkInsert(SearchIndexes::people().name)) {
            if (!StorageHealth::exec(q, sql))
                return fail(q.lastError().text());
            m_searchTriggerDropped = true;
        }
        if (m_searchTriggerDropped && !widenSearchHash())
            return false;
        // The monthly member summary's trigger (schema step 23): an upsert per row costs a large
        // import a fifth of its time.
        if (StorageHealth::exec(q, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'member_month_added'")) && q.next()) {
            m_summaryTrigger = q.value(0).toString();
            q.finish();
            if (!StorageHealth::exec(q, QStringLiteral("DROP TRIGGER member_month_added")))
                return fail(q.lastError().text());
        }
        // One time for the whole import: binding it costs less than the column default per row.
        m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        m_nowUtf8 = m_now.toUtf8();
        const QString insertSql = QStringLiteral("INSERT INTO person (%1, created_at, updated_at) VALUES ")
                                      .arg(QString::fromLatin1(PersonColumns::kWritten));
        const QString oneRow = QLatin1Char('(') + PersonColumns::placeholders(kColumnsPerRow) + QLatin1Char(')');
        m_insert = std::make_unique<FastStatement>(m_db, insertSql + oneRow);
        m_tag = std::make_unique<FastStatement>(m_db, QStringLiteral("INSERT INTO person_tag (person_id, tag) VALUES (?, ?)"));
        if (!m_insert->isValid() || !m_tag->isValid())
            return fail(m_insert->error() + m_tag->error());
        if (m_insert->bindsDirectly() && m_atMost >= kRowsPerInsert) {
            m_group = std::make_unique<FastStatement>(m_db, insertSql + QStringList(kRowsPerInsert, oneRow).join(QLatin1Char(',')));
            if (!m_group->isValid())
                return fail(m_group->error());
        }
        m_pending.reserve(kRowsPerInsert);
        return true;
    }

    bool dropIndexes()
    {
        const QString list = m_dialect.rebuildableIndexesQuery();
        if (list.isEmpty())
            return true;
        QSqlQuery q(m_db);
        q.prepare(list);
        q.addBindValue(QStringLiteral("person"));
        if (!StorageHealth::exec(q))
            return fail(q.lastError().text());
        while (q.next())
            m_rebuilt.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        // Another statement still reading the table locks its indexes: then they are kept and
        // grown row by row.
        bool dropped = StorageHealth::exec(q, QStringLiteral("SAVEPOINT drop_indexes"));
        for (const auto &[name, definition] : std::as_const(m_rebuilt))
            dropped = dropped && StorageHealth::exec(q, QStringLiteral("DROP INDEX %1").arg(name));
        if (!dropped) {
            m_rebuilt.clear();
            StorageHealth::exec(q, QStringLiteral("ROLLBACK TO drop_indexes"));
        }
        StorageHealth::exec(q, QStringLiteral("RELEASE drop_indexes"));
        return true;
    }

    // FTS5 holds new terms in a hash and writes them out as a segment of its index whenever they
    // pass the hash's size (1 MB unless set) or a statement that may need undoing starts (each
    // insert of People's rows), merging small segments into larger ones as it goes. A stretch of
    // 65,536 rows held in a hash of kSearchHashBytes makes segments eight times larger and a
    // million rows' index a quarter faster. The size is the index's own setting, stored
    // in its table inside this transaction: put back by restoreSearchHash().
    bool widenSearchHash()
    {
        const QString name = SearchIndexes::people().name;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!StorageHealth::exec(q, QStringLiteral("SELECT v FROM %1_config WHERE k = 'hashsize'").arg(name)))
            return fail(q.lastError().text());
        m_searchHashBefore = q.next() ? q.value(0).toLongLong() : kSearchHashDefault;
        q.finish();
        return setSearchHash(kSearchHashBytes);
    }

    bool restoreSearchHash() { return !m_searchHashBefore || setSearchHash(std::exchange(m_searchHashBefore, 0)); }

    bool setSearchHash(qint64 bytes)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('hashsize', ?)").arg(SearchIndexes::people().name));
        q.addBindValue(bytes);
        return StorageHealth::exec(q) || fail(q.lastError().text());
    }

    // The search index and the audit trail for the rows written since the last time, while
    // the checking thread works on the next rows: the same work as one statement each once all
    // rows are in (SQLite's full-text index flushes what it holds in memory as often either way),
    // done while the writing thread would otherwise wait.
    bool catchUp()
    {
        if (m_caughtUp == m_ids.size())
            return true;
        const qint64 above = m_caughtUp ? m_ids.at(m_caughtUp - 1) : m_lastIdBefore;
        const qint64 upTo = m_ids.constLast();
        const auto &index = SearchIndexes::people();
        const SqlDialect::Condition indexing = m_dialect.indexBulkInserted(index.name, index.table, index.columns, above, upTo);
        if (!indexing.sql.isEmpty()) {
            QSqlQuery q(m_db);
            q.prepare(indexing.sql);
            for (const QVariant &v : indexing.values)
                q.addBindValue(v);
            if (!StorageHealth::exec(q))
                return fail(q.lastError().text());
        }
        // Each person added, for their own trail.
        QString why;
        if (!AuditLog::recordEachAdded(m_db, AuditLog::Action::Import, QStringLiteral("person"), above, upTo, m_now,
                                       QStringLiteral("added"), &why))
            return fail(why);
        m_caughtUp = m_ids.size();
        return true;
    }

    // The row's bytes are read in place: it stays in m_pending until its statement has run.
    void bindRow(FastStatement &statement, int first, const Row &row) const
    {
        const char *at = row.utf8.constData();
        for (int i = 0; i < PersonColumns::kWrittenCount; ++i) {
            qint32 length = 0;
            std::memcpy(&length, at, sizeof length);
            at += sizeof length;
            if (length < 0)
                statement.bindNull(first + i);
            else if (i == kSortKeyColumn)
                statement.bindBlobInPlace(first + i, at, length);
            else
                statement.bindUtf8InPlace(first + i, at, length);
            at += std::max(length, 0);
        }
        Q_ASSERT(at == row.utf8.constData() + row.utf8.size());
        statement.bindUtf8InPlace(first + PersonColumns::kWrittenCount, m_nowUtf8.constData(), m_nowUtf8.size());
        statement.bindUtf8InPlace(first + PersonColumns::kWrittenCount + 1, m_nowUtf8.constData(), m_nowUtf8.size());
    }

    // Writes the rows waiting: a whole group in one statement, fewer one by one. Their ids are
    // consecutive, since this transaction is the only writer.
    bool flush()
    {
        if (m_pending.isEmpty())
            return true;
        const bool grouped = m_group && m_pending.size() == kRowsPerInsert;
        FastStatement &statement = grouped ? *m_group : *m_insert;
        const qsizetype perStatement = grouped ? kRowsPerInsert : 1;
        for (qsizetype from = 0; from < m_pending.size(); from += perStatement) {
            for (qsizetype r = 0; r < perStatement; ++r)
                bindRow(statement, int(r * kColumnsPerRow), m_pending.at(from + r));
            if (!statement.exec())
                return fail(statement.error());
            const qint64 firstId = statement.lastInsertId() - perStatement + 1;
            for (qsizetype r = 0; r < perStatement; ++r) {
                const qint64 id = firstId + r;
                m_ids.append(id);
                for (const QString &t : std::as_const(m_pending.at(from + r).tags)) {
                    m_tag->bindInt(0, id);
                    m_tag->bindText(1, t);
                    if (!m_tag->exec())
                        return fail(m_tag->error());
                }
            }
        }
        m_pending.clear();
        return true;
    }

    bool sumIntoSummary()
    {
        FastStatement upsert(m_db, QStringLiteral(
            "INSERT INTO member_month (month, province_code, district_code, joined, ended) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (month, province_code, district_code) DO UPDATE SET joined = joined + excluded.joined, ended = ended + excluded.ended"));
        if (!upsert.isValid())
            return fail(upsert.error());
        for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it) {
            const int month = it.key().month;
            upsert.bindText(0, QStringLiteral("%1-%2").arg(month / 100, 4, 10, QLatin1Char('0')).arg(month % 100, 2, 10, QLatin1Char('0')));
            upsert.bindText(1, it.key().province);
            upsert.bindText(2, it.key().district);
            upsert.bindInt(3, it.value().first);
            upsert.bindInt(4, it.value().second);
            if (!upsert.exec())
                return fail(upsert.error());
        }
        return true;
    }

    static constexpr int kColumnsPerRow = PersonColumns::kWrittenCount + 2;
    static constexpr int kSortKeyColumn = 1; // of PersonColumns::kWritten
    // New rows indexed for search and audited together: a sixteenth of the import, between
    // 8,192 and 65,536 rows (the search index's segments grow with the stretch). Stretches
    // shrink towards the end of the import, since the last one is indexed after the last row
    // with nothing to overlap it. Multiples of kRowsPerInsert.
    static qsizetype catchUpRows(qsizetype atMost)
    {
        return std::clamp<qsizetype>(atMost / 16, kShortestStretch, 1024 * kRowsPerInsert) / kRowsPerInsert * kRowsPerInsert;
    }
    qsizetype stretchNow() const
    {
        const qsizetype left = m_atMost - m_ids.size();
        return std::clamp<qsizetype>(left / 2 / kRowsPerInsert * kRowsPerInsert, kShortestStretch, m_catchUpRows);
    }
    static constexpr qsizetype kShortestStretch = 128 * kRowsPerInsert;
    static constexpr qint64 kSearchHashBytes = 8 << 20;
    static constexpr qint64 kSearchHashDefault = 1 << 20; // FTS5's own

    QSqlDatabase m_db;
    qsizetype m_atMost;
    SqlDialect m_dialect;
    qsizetype m_catchUpRows;
    bool m_started = false;
    qint64 m_lastIdBefore = 0;
    QList<std::pair<QString, QString>> m_rebuilt; // name, definition
    bool m_searchTriggerDropped = false;
    qsizetype m_caughtUp = 0; // of m_ids, those indexed for search and audited
    qint64 m_searchHashBefore = 0; // while widened
    QString m_summaryTrigger;
    QHash<MonthPlace, std::pair<qint64, qint64>> m_moves; // joined, ended
    QString m_now;
    QByteArray m_nowUtf8;
    std::unique_ptr<FastStatement> m_insert;
    std::unique_ptr<FastStatement> m_group;
    std::unique_ptr<FastStatement> m_tag;
    QList<Row> m_pending;
    QList<qint64> m_ids;
    QString m_error;
};

PersonStore::Adding::Adding(PersonStore &store, qsizetype atMost)
    : m_store(store)
    , m_atMost(atMost)
{
    if (SqlDialect::forDatabase(store.m_db).kind() == SqlDialect::Kind::Postgres)
        m_stream = std::make_unique<Stream>(store.m_db, atMost);
    else
        m_bulk = std::make_unique<Bulk>(store.m_db, atMost);
}

PersonStore::Adding::~Adding() = default;

PersonStore::Adding::Row PersonStore::Adding::rowOf(const Person &person)
{
    Row row;
    if (!m_bulk) {
        row.person = std::make_shared<const Person>(person);
        row.sortKey = Collation::sortKey(person.nameTh);
        return row;
    }
    // Of the person, SQLite's writer needs nothing but the columns and the tags: what another
    // thread made is freed by the thread that made it, which the writer does not wait for.
    row.utf8 = PersonColumns::utf8Values(person, Collation::sortKey(person.nameTh));
    row.tags = person.tags;
    m_bulk->count(person);
    return row;
}

bool PersonStore::Adding::add(const Person &person)
{
    return add(rowOf(person));
}

bool PersonStore::Adding::add(Row row)
{
    if (!m_error.isEmpty())
        return false;
    if (m_added >= m_atMost) {
        m_error = QStringLiteral("more people than announced");
        return false;
    }
    ++m_added;
    if (m_bulk) {
        if (!m_bulk->add(std::move(row))) {
            m_error = m_bulk->error();
            return false;
        }
        return true;
    }
    qint64 id = 0;
    if (!m_stream->add(row, &id)) {
        m_error = m_stream->error();
        return false;
    }
    m_ids.append(id);
    return true;
}

qsizetype PersonStore::Adding::finishingSteps() const
{
    return m_bulk ? m_bulk->finishingSteps() : 0;
}

qsizetype PersonStore::Adding::rowsPerPause() const
{
    return m_bulk ? m_bulk->rowsPerPause() : 0;
}

bool PersonStore::Adding::finish(const WorkProgress &progress)
{
    if (!m_error.isEmpty())
        return false;
    if (m_bulk) {
        if (!m_bulk->finish(progress)) {
            m_error = m_bulk->error();
            return false;
        }
        m_ids = m_bulk->ids();
    } else if (!m_stream->finish()) {
        m_error = m_stream->error();
        return false;
    }
    // Each person streamed, for their own trail (an office server's triggers record them
    // already, and recordEach() then adds nothing); SQLite's bulk path recorded them itself.
    return AuditLog::record(m_store.m_db, AuditLog::Action::Import, QStringLiteral("person"), AuditLog::kBatch, AuditLog::rows(m_added), &m_error)
        && (m_bulk || AuditLog::recordEach(m_store.m_db, AuditLog::Action::Import, QStringLiteral("person"), m_ids, QStringLiteral("added"), &m_error));
}

} // namespace khana
