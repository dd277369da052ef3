#pragma once

#include "CsvReader.h"
#include "domain/Workshop.h"
#include "ImportFields.h"

#include <QHash>
#include <QSqlDatabase>

namespace khana {

// Imports a registration list (exported by Excel or a web form) into a workshop: each row is a
// person (matched to People by phone or national id, else added) registered in a category.
// Bad rows are reported with row, column and reason; good rows are written together in one
// transaction, or nothing is.
class RegistrationImporter
{
public:
    enum Field { NameTh, NameEn, Nickname, Phone, NationalId, Province, Category, MemberNumber, FieldCount };

    RegistrationImporter(const QSqlDatabase &db, qint64 workshopId);

    static QString fieldLabel(Field field);
    static bool isRequired(Field field) { return field == NameTh; }

    // Column index for each field (-1: not imported), guessed from the header row.
    using Mapping = QHash<Field, int>;
    static Mapping guessMapping(const QStringList &header);

    // Used when a row has no category column or leaves it empty (0: none).
    void setDefaultCategory(qint64 categoryId) { m_defaultCategory = categoryId; }

    struct Row
    {
        int line = 0;
        QString name;
        QString category;
        QString province;
        bool existingPerson = false;
    };
    struct Result
    {
        QList<Row> good;
        QList<RowError> errors;
        QString fileError;
        int imported = 0;
    };

    // Checks every row without writing anything (the preview).
    Result check(const CsvReader::Table &table, const Mapping &mapping) const;
    // Checks, then writes the good rows.
    Result import(const CsvReader::Table &table, const Mapping &mapping);

private:
    struct Prepared;
    Result prepare(const CsvReader::Table &table, const Mapping &mapping, QList<Prepared> *rows) const;

    QSqlDatabase m_db;
    qint64 m_workshopId;
    qint64 m_defaultCategory = 0;
    PlaceNames m_places;
    QList<ParticipantCategory> m_categories;
};

} // namespace khana
