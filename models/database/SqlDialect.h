#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

#include <utility>

class QSqlDatabase;

namespace khana {

// Every way SQLite and PostgreSQL spell things differently lives here, so the schema and the
// stores are written once. Migration scripts use ${TOKENS} and one pseudo-statement,
//   CREATE SEARCH INDEX name ON table(col, col, ...)
// which this class turns into the dialect's own substring-search index.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit SqlDialect(Kind kind = Kind::Sqlite);
    static SqlDialect forDatabase(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }

    // Expands tokens and pseudo-statements into statements this dialect runs, in order.
    QStringList translate(const QString &statement) const;

    // Pragmas and settings that every new connection needs.
    QStringList connectionSetup() const;

    // Checks that the connection really runs with the settings it needs.
    bool verifyConnection(const QSqlDatabase &db, QString *problem) const;

    // A condition on the rows of a table (by its alias) with its bound values.
    struct Condition
    {
        QString sql;
        QVariantList values;
    };

    // Collects the ids of the rows whose searchable columns contain `text` (three characters or
    // more) into the connection's private set `hitSet`, using the search index made by
    // CREATE SEARCH INDEX `searchIndex` ON `table`(...). Returns how many there are, or -1
    // with `error` set. Collecting once lets the count and every page of results share one
    // index lookup; the set holds ids only and lives in memory.
    qint64 collectContaining(const QSqlDatabase &db, const QString &hitSet, const QString &table,
                             const QString &searchIndex, const QString &text,
                             QString *error) const;
    // The same with ids found elsewhere (the embedded database's search in memory), in one
    // statement. SQLite only. False with `error` set.
    bool collectIds(const QSqlDatabase &db, const QString &hitSet, const QString &idsJson, QString *error) const;
    void dropHitSet(const QSqlDatabase &db, const QString &hitSet) const;

    // PostgreSQL: the planner's guess, from the statistics ANALYZE keeps, of how many rows of
    // `table` the search index offers for `text`: made in a millisecond where counting them
    // takes seconds, and near enough (within about 2x) to choose how to fetch a page. -1 when
    // there is no guess (SQLite, or the server could not be asked).
    qint64 estimateContaining(const QSqlDatabase &db, const QString &table, const QString &text) const;

    // PostgreSQL: `text` as the search column holds text (lower case, signs swapped; see
    // translateSearchIndex), by the server's own function so that both agree exactly; null when
    // the server could not be asked. The column is serverSearchColumn().
    static QString serverSearchText(const QSqlDatabase &db, const QString &text);
    static QString serverSearchColumn();

    // The rows collected above (on PostgreSQL, the same search written as a condition).
    // `drivenByOrder` writes the condition so that the planner walks the ORDER BY index and
    // tests each row (best when a large share of rows match), rather than starting from the
    // matches and sorting them (best when few match).
    Condition containsText(const QString &alias, const QString &hitSet, const QString &text, bool drivenByOrder) const;

    // Values of one indexed column from `from` up to, not including, `to`, in binary order
    // (texts, or the bytes of sort keys).
    struct Range
    {
        QString column;
        QVariant from;
        QVariant to;
    };
    // The texts that start with `prefix`.
    static Range prefixRange(const QString &column, const QString &prefix);

    // Rows where any of the columns is in its range; each column must have an index.
    Condition inRanges(const QString &alias, const QList<Range> &ranges, bool drivenByOrder) const;

    // Around a bulk insert into a table with a search index (all in one transaction): the
    // statements to run before; then, as rows go in, the statement that indexes those with ids
    // in (idsAbove, idsUpTo], run for each stretch of new rows; at the end insertTrigger(), to
    // restore the row-by-row upkeep. Empty where the index keeps itself up to date.
    QStringList beginBulkInsert(const QString &searchIndex) const;
    Condition indexBulkInserted(const QString &searchIndex, const QString &table, const QStringList &columns, qint64 idsAbove,
                                qint64 idsUpTo) const;
    // Lists (name, definition) of the indexes of a table (bound as the one parameter) that a
    // large bulk insert may drop and create again once the rows are in: building an index from
    // all rows at once is faster than growing it row by row. Unique indexes stay, so that
    // duplicates are still refused. Empty where the dialect keeps indexes (PostgreSQL).
    QString rebuildableIndexesQuery() const;
    QString insertTrigger(const QString &searchIndex, const QString &table, const QStringList &columns) const;

    // "column equals ?" where both may be NULL (IS / IS NOT DISTINCT FROM).
    QString nullSafeEquals(const QString &column) const;

    // Joins the values of `expression` over a group with `separator` (GROUP_CONCAT / string_agg).
    QString aggregateStrings(const QString &expression, const QString &separator) const;

    // Names of user tables in the database (for telling an empty file from a foreign one).
    QString listTablesQuery() const;

private:
    static bool emptyHitSet(const QSqlDatabase &db, const QString &hitSet, QString *error);
    QStringList translateSearchIndex(const QString &name, const QString &table, const QStringList &columns) const;

    Kind m_kind;
};

} // namespace khana
