#pragma once

#include "domain/ThaiDate.h"

#include "stores/AreaStore.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace khana {

// What every CSV importer reads the same way: header names, dates, whole numbers and places.
namespace ImportFields {

// Text compared without case, spaces or differences in how Thai was typed.
QString folded(const QString &text);

// The column of each field (-1: none), found by the names a header may use for it, earlier
// names first; a column serves one field only, earlier fields first.
QList<int> guessColumns(const QStringList &header, const QList<QStringList> &namesPerField);

// A date as offices write it (DateFormatter::read: "22/10/2566", "22 ต.ค. 66", "2023-10-22"),
// two-digit years in the user's era; or why it is not one.
DateReading readDate(const QString &text);
inline QDate date(const QString &text)
{
    return readDate(text).date;
}

// A whole number with optional thousands separators and Thai digits.
std::optional<qint64> wholeNumber(const QString &text);

} // namespace ImportFields

// Finds provinces and districts by the ways a file names them: ISO code ("TH-57" or "57"),
// Thai or English name, with or without "จังหวัด"/"จ." or "อำเภอ"/"อ."/"เขต".
class PlaceNames
{
public:
    explicit PlaceNames(const QSqlDatabase &db);

    const QList<Province> &provinces() const { return m_provinces; }
    // Empty when the text names no province.
    QString provinceCode(const QString &text) const;
    // A district by its code anywhere, or by name within `provinceCode`; empty when unknown.
    QString districtCode(const QString &text, const QString &provinceCode = {}) const;
    QString provinceOfDistrict(const QString &districtCode) const { return m_districtProvince.value(districtCode); }

private:
    QList<Province> m_provinces;
    QHash<QString, QString> m_provinceByName;     // folded name or code → code
    QHash<QString, QString> m_districtProvince;   // district code → province code
    QHash<QString, QString> m_districtByName;     // province code + folded name → code
    // The same names as written, looked up first: most rows name places the usual way.
    QHash<QString, QString> m_provinceExactly;
    QHash<QString, QString> m_districtExactly;
};

} // namespace khana
