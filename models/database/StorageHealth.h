#pragma once

#include <QObject>
#include <QString>

class QSqlError;
class QSqlQuery;

namespace khana {

// Tells the window when SQLite finds the database damaged in the middle of work (a statement
// failing with SQLITE_CORRUPT or SQLITE_NOTADB), from whichever thread hit it, so that Khana
// stops writing into the file at once and offers recovery; and when a statement found the
// office server gone, so that the window connects again. Transaction reports every failed
// write here; reads outside a transaction run through exec() below.
class StorageHealth : public QObject
{
    Q_OBJECT

public:
    static StorageHealth &instance();
    void reportDamage(const QString &connectionName, const QString &detail);
    void reportConnectionLost();
    // Sends either report when `error` is of its kind.
    void report(const QString &connectionName, const QSqlError &error);

    // QSqlQuery::exec for reads: the same result, and a failure because the file is damaged
    // is reported as a failed write would be.
    static bool exec(QSqlQuery &query);
    static bool exec(QSqlQuery &query, const QString &sql);

Q_SIGNALS:
    // `connectionName` is empty when the damage was met by a read (a query does not name its
    // connection); the file is the same either way.
    void damaged(const QString &connectionName, const QString &detail);
    // Some connection to the office server dropped (which one, the receiver checks).
    void connectionLost();

private:
    StorageHealth() = default;
};

} // namespace khana
