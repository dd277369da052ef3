#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace khana {

struct Province
{
    QString code; // ISO 3166-2, e.g. TH-57
    QString nameTh;
    QString nameEn;
    QString region; // north, northeast, central, east, west, south
};

struct District
{
    QString code; // DOPA geocode, e.g. 5701
    QString provinceCode;
    QString nameTh; // without the อำเภอ / เขต prefix
    QString nameEn;
    bool khet = false; // a Bangkok district (เขต) rather than an amphoe (อำเภอ)

    // "อำเภอเมืองเชียงราย", "เขตพระนคร": the name as written in documents.
    QString formalNameTh() const;
    // A geocode starts with its province's number: 5701 is in TH-57.
    static QString provinceCodeOf(const QString &districtCode) { return QStringLiteral("TH-") + districtCode.left(2); }
};

// Reads and writes the administrative areas: the shipped provinces and imported districts.
class AreaStore
{
public:
    explicit AreaStore(const QSqlDatabase &db);

    QList<Province> provinces() const;
    QList<District> districts(const QString &provinceCode = {}) const;
    int districtCount() const;

    struct WriteResult
    {
        int inserted = 0;
        int updated = 0;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    // Inserts or updates the districts by code in one transaction: all or nothing.
    WriteResult upsertDistricts(const QList<District> &districts);

private:
    QSqlDatabase m_db;
};

QString regionLabel(const QString &region);

} // namespace khana
