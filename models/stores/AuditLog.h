#pragma once

#include <QSqlDatabase>
#include <QString>

namespace khana {

class Transaction;

// Records who changed which record, never the personal data itself (PDPA).
class AuditLog
{
public:
    // Export and Print record personal data leaving the database (a list, badges, a sign-in
    // sheet): `detail` says how much and in what form ("120 rows · xlsx"), never the data.
    enum class Action { Create, Update, Delete, Import, Export, Print };

    // `driverError` gets the database's words when the entry could not be written.
    static bool record(const QSqlDatabase &db, Action action, const QString &entity, const QString &entityId,
                       const QString &detail = {}, QString *driverError = nullptr);
    // The same inside a store's transaction, whose failure it becomes.
    static bool record(Transaction &t, Action action, const QString &entity, const QString &entityId, const QString &detail = {});
    static QString currentActor();
    // Who works on `db`: the server login on an office server, else currentActor().
    static QString actorOn(const QSqlDatabase &db);
};

} // namespace khana
