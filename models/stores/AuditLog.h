#pragma once

#include <QList>
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
    // Erase records a person erased on request (their id only; they are gone).
    enum class Action { Create, Update, Delete, Import, Export, Print, Erase };

    // `driverError` gets the database's words when the entry could not be written.
    static bool record(const QSqlDatabase &db, Action action, const QString &entity, const QString &entityId,
                       const QString &detail = {}, QString *driverError = nullptr);
    // The same inside a store's transaction, whose failure it becomes.
    static bool record(Transaction &t, Action action, const QString &entity, const QString &entityId, const QString &detail = {});
    // The entry of a batch as a whole (an import, an import taken back): its record is
    // kBatch, never a count that could be read as a record's id, and rows() its detail.
    static inline const QString kBatch = QStringLiteral("*");
    static QString rows(qsizetype count) { return QStringLiteral("rows=%1").arg(count); }

    // One entry per record an import (or a merge) wrote, `entity` and each of `ids`, so that
    // a person's audit trail shows the import that touched them, not only a count. On an office
    // server its own triggers record each row already, and nothing is added.
    static bool recordEach(const QSqlDatabase &db, Action action, const QString &entity, const QList<qint64> &ids, const QString &detail,
                           QString *driverError = nullptr);
    // The same for the rows of `table` with ids in (idsAbove, idsUpTo]: rows a bulk insert into
    // an embedded database just added (its ids follow on from the table's highest), in one
    // statement, all stamped `at` (ISO 8601, UTC), the time of the whole insert.
    static bool recordEachAdded(const QSqlDatabase &db, Action action, const QString &table, qint64 idsAbove, qint64 idsUpTo,
                                const QString &at, const QString &detail, QString *driverError = nullptr);
    static QString currentActor();
    // Who works on `db`: the server login on an office server, else currentActor().
    static QString actorOn(const QSqlDatabase &db);
};

} // namespace khana
