#pragma once

#include <QSqlDatabase>
#include <QString>

namespace khana {

class Transaction;

// Records who changed which record, never the personal data itself (PDPA).
class AuditLog
{
public:
    enum class Action { Create, Update, Delete, Import };

    static bool record(const QSqlDatabase &db, Action action, const QString &entity, const QString &entityId);
    // The same inside a store's transaction, whose failure it becomes.
    static bool record(Transaction &t, Action action, const QString &entity, const QString &entityId);
    static QString currentActor();
    // Who works on `db`: the server login on an office server, else currentActor().
    static QString actorOn(const QSqlDatabase &db);
};

} // namespace khana
