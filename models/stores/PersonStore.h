#pragma once

#include "domain/Person.h"
#include "domain/WorkProgress.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace khana {

class Transaction;

// The one path by which people are read and written: validates, writes in a transaction,
// bumps row_version (refusing to overwrite someone else's newer change) and records the audit
// entry.
class PersonStore
{
public:
    explicit PersonStore(const QSqlDatabase &db);

    std::optional<Person> find(qint64 id) const;
    qint64 count() const;
    // False for a login whose role may not read national ID numbers (facilitators and
    // viewers on an office server): find() then leaves them out rather than fail.
    bool mayReadNationalIds() const;

    // A person to pick in a list: id and Thai name, in name order.
    using Choice = std::pair<qint64, QString>;
    // People who can lead activities (tagged staff, coordinator or district representative),
    // with `alsoId` kept in the list so a current choice never disappears.
    QList<Choice> leaders(qint64 alsoId) const;
    // People living in a district (candidates for its representative), with `alsoId`.
    QList<Choice> inDistrict(const QString &districtCode, qint64 alsoId) const;

    // Who is already in People, for matching the rows of an imported list.
    struct Known
    {
        QHash<QString, qint64> byNationalId;
        QHash<QString, qint64> byMemberNumber;
        QMultiHash<QString, qint64> byPhone; // people may share a phone
        QHash<qint64, QString> nameOf;       // of people with a phone
        QHash<qint64, QString> nationalIdOf;
        QHash<qint64, QString> memberNumberOf;
    };
    Known known() const;

    struct SaveResult
    {
        FieldErrors fieldErrors; // problems to show beside fields
        QString error;           // a problem with the record as a whole
        // Someone else changed or deleted the person since it was read (its row version moved
        // on): nothing was written; find() gives their version, if any is left.
        bool conflict = false;
        bool ok() const { return fieldErrors.isEmpty() && error.isEmpty(); }
    };

    // Inserts (id == 0) or updates the person. On success `person` holds the stored values,
    // its id and new row version; on failure nothing in the database changed.
    SaveResult save(Person &person);

    // Deletes the person if nobody changed them since `rowVersion` was read.
    SaveResult remove(qint64 id, int rowVersion);

    // Puts back a deleted person with the same id (undo of a delete).
    SaveResult restore(const Person &person);

    // Inserts many people without per-row checks against the database (imports, demo data,
    // benchmarks): every person must already be cleaned and valid. Ids are set on `people`.
    // In its own transaction, or inside the caller's; `progress` counts the rows written and
    // may cancel (the transaction then fails).
    bool insertBulk(QList<Person> &people, QString *error);
    bool insertBulk(Transaction &t, QList<Person> &people, const WorkProgress &progress = {});

    // New people written as they come (an import's rows as each passes its checks), inside
    // the caller's transaction, which the first add() starts writing in. On a server they
    // stream through COPY, so the server stores one piece while the next rows are checked; on
    // SQLite they go in many rows to a statement, and an insert that at least doubles People
    // builds its indexes once, at finish().
    class Adding
    {
    public:
        explicit Adding(PersonStore &store, qsizetype atMost);
        ~Adding();
        Adding(const Adding &) = delete;
        Adding &operator=(const Adding &) = delete;

        // Takes a cleaned, valid person; false when the database refused (see error()).
        bool add(const Person &person);
        // The same, made ready by rowOf(): the name's sort key and, for an embedded database,
        // the columns in UTF-8 and the row counted for the monthly summary, the costly part of
        // a row. rowOf() touches no database and may run on one other thread while add()
        // runs, so an import makes rows on the thread that checks them. Every row made is to
        // be added (or the caller's transaction rolled back): it is counted already.
        struct Row
        {
            // For SQLite's bulk path: the columns (PersonColumns::utf8Values()) and the tags.
            QByteArray utf8;
            QStringList tags;
            // For a server: the person and the name's sort key.
            std::shared_ptr<const Person> person;
            QByteArray sortKey;
        };
        Row rowOf(const Person &person);
        bool add(Row row);
        // Writes what is left, builds the indexes, the tags and the audit entries. `progress`
        // counts finishingSteps() statements (each may take seconds) and may cancel.
        bool finish(const WorkProgress &progress = {});
        qsizetype finishingSteps() const;
        // Every so many rows add() stops to index them for search while rows made meanwhile
        // wait; 0 when it never stops for long. A caller making rows on another thread keeps
        // this many in hand, so that both threads stay busy.
        qsizetype rowsPerPause() const;
        QList<qint64> ids() const { return m_ids; } // of the people added, once finished
        QString error() const { return m_error; }

    private:
        class Stream;
        class Bulk;
        PersonStore &m_store;
        qsizetype m_atMost;
        qsizetype m_added = 0;
        std::unique_ptr<Stream> m_stream; // a server's
        std::unique_ptr<Bulk> m_bulk;     // SQLite's
        QList<qint64> m_ids;
        QString m_error;
    };

    // Brings people already stored up to date from a member roster, inside the caller's
    // transaction: membership type, join and end dates and status always; member number,
    // national id, province and district when the roster gives them; phone only where none is
    // stored. People must be cleaned and valid, with their id set.
    bool updateMemberships(Transaction &t, const QList<Person> &people);

    // A person's membership columns as stored (raw values, NULLs kept), to put back when an
    // import is taken back.
    struct MembershipSnapshot
    {
        qint64 id = 0;
        int rowVersion = 0;
        QVariantList values;
    };
    QList<MembershipSnapshot> membershipSnapshots(const QList<qint64> &ids) const;

    // Takes back a roster import: deletes the people it added and puts back the memberships
    // it changed, all or nothing. Refused, with nothing changed, when any of those people was
    // changed or deleted since (each import bumped the row version of everyone it touched by
    // exactly one), or is now in use elsewhere (registered for a workshop, elected).
    SaveResult takeBackImport(const QList<qint64> &added, const QList<MembershipSnapshot> &before);

private:
    // Problems at fields; `error` says when the database could not be asked.
    FieldErrors checkAgainstDatabase(const Person &person, QString *error) const;
    bool writeTags(Transaction &t, const Person &person);
    bool insertRow(Transaction &t, const Person &person, bool keepId, qint64 *newId);
    bool updateMembershipRows(const QList<Person> &people, QString *error);

    QSqlDatabase m_db;
    mutable std::optional<bool> m_readsNationalIds;
};

} // namespace khana
