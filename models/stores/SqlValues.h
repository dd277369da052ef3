#pragma once

// How stores bind C++ values: text columns are NOT NULL (absent text is ''), optional
// references and dates are NULL when absent, dates are ISO.

#include <QDate>
#include "database/StorageHealth.h"
#include "database/Transaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace khana::SqlValues {

inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

inline QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// True when the prepared `sql` with `values` returns a row (existence checks before writes).
inline bool exists(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next();
}

// Existence checks before a write that remember the first one the database could not answer
// (the server connection dropped, a role may not read the table): the write then reports
// that, instead of a misleading "not found" at a field.
class Lookups
{
public:
    explicit Lookups(const QSqlDatabase &db)
        : m_db(db)
    {
    }

    bool exists(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (q.exec())
            return q.next();
        if (!m_failure.isValid()) {
            m_failure = q.lastError();
            StorageHealth::instance().report(m_db.connectionName(), m_failure);
        }
        return false;
    }
    bool failed() const { return m_failure.isValid(); }
    // In the user's language, as a failed write says it.
    QString errorText() const { return StorageError::describe(m_failure); }

private:
    QSqlDatabase m_db;
    QSqlError m_failure;
};

} // namespace khana::SqlValues
