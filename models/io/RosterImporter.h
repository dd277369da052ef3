#pragma once

#include <functional>

#include "CsvReader.h"
#include "ImportFields.h"
#include "domain/Person.h"
#include "stores/PersonStore.h"

#include <QHash>
#include <QSqlDatabase>

namespace khana {

// Imports a member roster (a party's membership list, exported by a spreadsheet or another
// system) into People. Each row is matched to a person already known — by national id, then
// member number, then phone together with the same name — whose membership is brought up to
// date; other rows become new people. Bad rows are reported with row, column and reason; the
// good rows are written together in one transaction, or nothing is.
class RosterImporter
{
public:
    enum Field { NameTh, NameEn, Phone, NationalId, MemberNumber, Province, District, JoinDate, EndDate, Membership, Status, FieldCount };

    explicit RosterImporter(const QSqlDatabase &db);

    static QString fieldLabel(Field field);
    static bool isRequired(Field field) { return field == NameTh; }

    using Mapping = QHash<Field, int>;
    static Mapping guessMapping(const QStringList &header);

    // The membership of rows that do not say (no column, or an empty cell).
    void setDefaultMembership(MembershipType type) { m_defaultMembership = type; }
    // Dates later than this are refused (tests fix it; otherwise today).
    void setToday(const QDate &today) { m_today = today; }

    struct Result
    {
        int newPeople = 0;      // good rows that add a person
        int matchedPeople = 0;  // good rows that update a person already in People
        QList<RowError> errors;
        QString fileError;
        bool cancelled = false; // the user stopped it; nothing was written
        int imported = 0;
        int goodRows() const { return newPeople + matchedPeople; }
        // After an import, what taking it back needs (PersonStore::takeBackImport()).
        QList<qint64> addedIds;
        QList<PersonStore::MembershipSnapshot> replaced;
    };

    // Checks every row without writing anything (the preview). `progress` counts rows.
    Result check(const CsvReader::Table &table, const Mapping &mapping, const WorkProgress &progress = {}) const;
    // Checks and writes the good rows, all or nothing. The rows are checked on a thread of
    // their own while the connection's thread writes those that passed. `progress` counts
    // each row twice: once checked and written, and once more for the indexes SQLite builds
    // when a large import is in.
    Result import(const CsvReader::Table &table, const Mapping &mapping, const WorkProgress &progress = {});

private:
    // Checks every row against `known` (PersonStore::known()) and the rows before it; each good
    // row's person goes to `addNew` (a new person, in file order; prepare stops when it returns
    // false) or `matched` (someone already in People). Touches no database: it may run on any
    // thread.
    Result prepare(const CsvReader::Table &table, const Mapping &mapping, const PersonStore::Known &known,
                   const std::function<bool(const Person &)> &addNew, QList<Person> *matched, const WorkProgress &progress) const;

    QSqlDatabase m_db;
    PlaceNames m_places;
    MembershipType m_defaultMembership = MembershipType::Annual;
    QDate m_today;
};

} // namespace khana
