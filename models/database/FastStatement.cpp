#include "FastStatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace khana {

namespace {

// The connection's own sqlite3 handle, when Qt's driver runs on the same SQLite library as
// Khana (Debian's Qt uses the system library); otherwise null, and QSqlQuery is used.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    QSqlQuery version(db);
    if (!connection || !version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next()
        || version.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return connection;
}

} // namespace

FastStatement::FastStatement(const QSqlDatabase &db, const QString &sql)
    : m_sqlite(sqliteHandle(db))
    , m_query(db)
{
    if (m_sqlite) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_sqlite, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
        return;
    }
    if (!m_query.prepare(sql))
        m_error = m_query.lastError().text();
}

FastStatement::~FastStatement()
{
    sqlite3_finalize(m_statement);
}

void FastStatement::bindText(int position, const QString &value)
{
    if (!m_statement) {
        m_query.bindValue(position, value.isNull() ? QStringLiteral("") : value);
        return;
    }
    // The database stores UTF-8: converting here once is cheaper than handing SQLite UTF-16 to
    // copy and translate. The bytes stay alive in m_texts until the position is bound again.
    // A null QString binds '', not NULL.
    if (position >= m_texts.size())
        m_texts.resize(position + 1);
    QByteArray &utf8 = m_texts[position];
    utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, position + 1, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void FastStatement::bindTextOrNull(int position, const QString &value)
{
    if (!value.isEmpty()) {
        bindText(position, value);
        return;
    }
    if (m_statement)
        sqlite3_bind_null(m_statement, position + 1);
    else
        m_query.bindValue(position, QVariant(QMetaType::fromType<QString>()));
}

void FastStatement::bindInt(int position, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, position + 1, value);
    else
        m_query.bindValue(position, value);
}

void FastStatement::bindBytes(int position, const QByteArray &value)
{
    if (!m_statement) {
        m_query.bindValue(position, value);
        return;
    }
    // Kept alive beside the texts until the position is bound again (SQLITE_STATIC).
    if (position >= m_texts.size())
        m_texts.resize(position + 1);
    m_texts[position] = value;
    sqlite3_bind_blob(m_statement, position + 1, m_texts[position].constData(), int(value.size()), SQLITE_STATIC);
}

void FastStatement::bindDateOrNull(int position, const QDate &value)
{
    bindTextOrNull(position, value.isValid() ? value.toString(Qt::ISODate) : QString());
}

void FastStatement::bind(int position, const QVariant &value)
{
    if (!m_statement) {
        m_query.bindValue(position, value);
        return;
    }
    if (value.isNull())
        sqlite3_bind_null(m_statement, position + 1);
    else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        sqlite3_bind_int64(m_statement, position + 1, value.toLongLong());
    else if (value.typeId() == QMetaType::QByteArray)
        bindBytes(position, value.toByteArray());
    else
        bindText(position, value.toString());
}

void FastStatement::bindNull(int position)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, position + 1);
    else
        m_query.bindValue(position, QVariant(QMetaType::fromType<QString>()));
}

void FastStatement::bindUtf8InPlace(int position, const char *utf8, qsizetype size)
{
    if (m_statement)
        sqlite3_bind_text(m_statement, position + 1, utf8, int(size), SQLITE_STATIC);
    else
        m_query.bindValue(position, QString::fromUtf8(utf8, size));
}

void FastStatement::bindBlobInPlace(int position, const char *bytes, qsizetype size)
{
    if (m_statement)
        sqlite3_bind_blob(m_statement, position + 1, bytes, int(size), SQLITE_STATIC);
    else
        m_query.bindValue(position, QByteArray(bytes, size));
}

bool FastStatement::exec()
{
    if (!m_statement) {
        if (m_query.exec())
            return true;
        m_error = m_query.lastError().text();
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_sqlite));
    return false;
}

qint64 FastStatement::lastInsertId() const
{
    return m_statement ? sqlite3_last_insert_rowid(m_sqlite) : m_query.lastInsertId().toLongLong();
}

qint64 FastStatement::rowsChanged() const
{
    return m_statement ? sqlite3_changes64(m_sqlite) : m_query.numRowsAffected();
}

} // namespace khana
