#pragma once

// The columns of `person` that PersonStore writes, shared by its one-by-one statements and its
// bulk paths (PersonAdding.cpp). Internal to the stores.

#include "SqlValues.h"
#include "domain/Collation.h"
#include "domain/Person.h"

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

namespace khana::PersonColumns {

// In the order insert and update bind them.
inline constexpr const char *kWritten =
    "name_th, sort_key, name_en, nickname, phone, national_id, province_code, district_code, member_no, "
    "membership_type, join_date, end_date, status, notes";

inline constexpr int kWrittenCount = 14;


// With the name's sort key already made (Collation::sortKey(), the costly part).
inline QVariantList values(const Person &p, const QByteArray &sortKey)
{
    using SqlValues::dateOrNull;
    using SqlValues::text;
    using SqlValues::textOrNull;
    return {text(p.nameTh),
            sortKey,
            text(p.nameEn),
            text(p.nickname),
            text(p.phone),
            textOrNull(p.nationalId),
            textOrNull(p.provinceCode),
            textOrNull(p.districtCode),
            text(p.memberNumber),
            PersonCodes::membershipCode(p.membershipType),
            dateOrNull(p.joinDate),
            dateOrNull(p.endDate),
            PersonCodes::statusCode(p.status),
            text(p.notes)};
}

// The same values in one buffer of UTF-8 for SQLite to read in place (the bulk path binds
// them without a copy), in order, each as its length (4 bytes; -1 for NULL) and its bytes;
// the sort key, second, a BLOB. One allocation for a whole row, on the thread that makes it.
inline QByteArray utf8Values(const Person &p, const QByteArray &sortKey)
{
    QByteArray out;
    out.reserve(256);
    const auto put = [&out](const QByteArray &bytes, bool null) {
        const qint32 length = null ? -1 : qint32(bytes.size());
        out.append(reinterpret_cast<const char *>(&length), sizeof length);
        out.append(bytes);
    };
    const auto text = [&](const QString &s) { put(s.toUtf8(), false); };
    const auto textOrNull = [&](const QString &s) { put(s.toUtf8(), s.isEmpty()); };
    const auto dateOrNull = [&](const QDate &d) { put(d.isValid() ? d.toString(Qt::ISODate).toLatin1() : QByteArray(), !d.isValid()); };
    text(p.nameTh);
    put(sortKey, false);
    text(p.nameEn);
    text(p.nickname);
    text(p.phone);
    textOrNull(p.nationalId);
    textOrNull(p.provinceCode);
    textOrNull(p.districtCode);
    text(p.memberNumber);
    text(PersonCodes::membershipCode(p.membershipType));
    dateOrNull(p.joinDate);
    dateOrNull(p.endDate);
    text(PersonCodes::statusCode(p.status));
    text(p.notes);
    return out;
}

inline QVariantList values(const Person &p)
{
    return values(p, Collation::sortKey(p.nameTh));
}

inline QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace khana::PersonColumns
