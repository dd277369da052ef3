#pragma once

#include "CsvReader.h"
#include "ImportFields.h"
#include "domain/Growth.h"

#include <QHash>
#include <QSqlDatabase>

namespace khana {

// Imports recorded member counts from CSV: a date, a place (empty for the whole country, a
// province by code or name, a district by its code) and a count, with an optional source.
// Dates may be B.E. or C.E. ("22/10/2566", "2023-10-22"). Bad rows are reported with row,
// column and reason; good rows are written together, or nothing is. A count for a place and
// date already recorded is refused unless the import is told to replace such counts.
class MemberCountImporter
{
public:
    enum Field { Date, Place, Count, Source, FieldCount };

    explicit MemberCountImporter(const QSqlDatabase &db);

    static QString fieldLabel(Field field);
    static bool isRequired(Field field) { return field == Date || field == Count; }

    using Mapping = QHash<Field, int>;
    static Mapping guessMapping(const QStringList &header);

    void setReplaceExisting(bool replace) { m_replace = replace; }

    struct Result
    {
        QList<MemberCount> good;
        QList<RowError> errors;
        QString fileError;
        int imported = 0;
        int replacing = 0; // good rows that replace a count already recorded
        QList<MemberCount> replaced; // after an import: the counts it replaced, as they were
    };

    Result check(const CsvReader::Table &table, const Mapping &mapping) const;
    Result import(const CsvReader::Table &table, const Mapping &mapping);

private:
    std::optional<Scope> place(const QString &text) const;

    QSqlDatabase m_db;
    PlaceNames m_places;
    bool m_replace = false;
};

} // namespace khana
