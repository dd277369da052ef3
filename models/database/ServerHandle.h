#pragma once

// libpq's connection under a Qt PostgreSQL connection, for what Qt's driver does not offer
// (cancelling a running statement, making a password verifier). Include in .cpp files only.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace khana {

// Null for any other driver. Qt's driver names the type by libpq's struct tag (PGconn is a
// typedef of pg_conn).
inline PGconn *postgresHandleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "pg_conn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

} // namespace khana
