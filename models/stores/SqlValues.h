#pragma once

// How stores bind C++ values: text columns are NOT NULL (absent text is ''), optional
// references and dates are NULL when absent, dates are ISO.

#include <QDate>
#include <QSqlDatabase>
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

} // namespace khana::SqlValues
