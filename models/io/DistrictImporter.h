#pragma once

#include "CsvReader.h"
#include "stores/AreaStore.h"

#include <QHash>
#include <QList>
#include <QString>

namespace khana {

// Imports districts from a CSV shaped like the public Thai administrative lists:
//   id|code, name_th, name_en, province_id|province_code|province
// A province_id column refers to a companion provinces file (id, name_th, name_en), matched to
// Khana's provinces by Thai name, then English name. A 4-digit geocode also names its province
// (its first two digits are the ISO 3166-2 number). "อำเภอ" / "กิ่งอำเภอ" prefixes are removed
// everywhere and "เขต" in Bangkok; Bangkok districts are kept as khet.
class DistrictImporter
{
public:
    explicit DistrictImporter(const QList<Province> &provinces);

    // Reads the companion provinces file; returns false with the reason on failure.
    bool loadProvinceFile(const QString &path, QString *error);
    bool loadProvinceTable(const CsvReader::Table &table, QString *error);

    struct Parsed
    {
        QList<District> districts;
        QList<RowError> errors;
        QString fileError;
    };
    Parsed parse(const CsvReader::Table &table) const;

    // Strips the อำเภอ / กิ่งอำเภอ (and in Bangkok เขต) prefix and their English forms.
    static QString bareThaiName(const QString &name, bool bangkok);
    static QString bareEnglishName(const QString &name);

    static const QString kBangkokCode;

private:
    QString provinceForFileId(const QString &fileId) const;

    QList<Province> m_provinces;
    QHash<QString, QString> m_fileProvinceToCode; // id in the companion file -> ISO code
};

} // namespace khana
