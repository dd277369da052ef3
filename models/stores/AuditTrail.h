#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace khana {

// Which audit entries to read: each field left empty matches every entry.
struct AuditFilter
{
    QString actor;
    QString action; // the stored code: create, update, delete, import, export, print
    qint64 personId = 0; // entries about this person and their registrations
    QDate from;
    QDate to; // inclusive
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;
    QString entity;
    QString entityId;
    QString detail;
};

// Reads the audit trail (AuditLog writes it), newest first, a page at a time: a trail of years
// holds millions of entries. On an office server only administrators may read it; the server
// refuses everyone else.
class AuditTrail
{
public:
    explicit AuditTrail(const QSqlDatabase &db);

    // Up to `limit` entries older than `beforeId` (0: the newest); false with `error`
    // (translated) when the database refused.
    bool page(const AuditFilter &filter, qint64 beforeId, int limit, QList<AuditEntry> *entries, QString *error) const;
    // Everyone who appears in the trail, for choosing one.
    QStringList actors() const;

    // The action's name in the user's language ("Changed"), and the record's kind ("Person").
    static QString actionLabel(const QString &action);
    static QString entityLabel(const QString &entity);
    static QStringList actions();

private:
    QSqlDatabase m_db;
};

} // namespace khana
