#pragma once

// The columns of `person` that PersonStore writes, shared by its one-by-one statements and its
// bulk paths (PersonAdding.cpp). Internal to the stores.

#include "SqlValues.h"
#include "domain/Collation.h"
#include "domain/Person.h"

#include <QByteArray>
#include <QStringEncoder>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <cstring>

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
    // Each value is encoded straight into the row's buffer, with room for the longest encoding
    // made at once: a QByteArray per value was most of the cost of making a row, and growing
    // the buffer value by value a sixth of what was left.
    QByteArray out;
    qsizetype room = sortKey.size() + 128; // 14 lengths, 2 dates, 2 codes of at most 8 letters
    for (const QString *s : {&p.nameTh, &p.nameEn, &p.nickname, &p.phone, &p.nationalId, &p.provinceCode, &p.districtCode, &p.memberNumber, &p.notes})
        room += 3 * s->size(); // UTF-8 of a UTF-16 unit: at most 3 bytes
    out.reserve(room);
    const auto put = [&out](qsizetype atMost, const auto &write) {
        const qsizetype at = out.size();
        out.resize(at + qsizetype(sizeof(qint32)) + atMost);
        char *begin = out.data() + at + sizeof(qint32);
        const qint32 length = qint32(write(begin) - begin);
        std::memcpy(out.data() + at, &length, sizeof length);
        out.resize(at + qsizetype(sizeof length) + length);
    };
    const auto null = [&out] {
        const qint32 length = -1;
        out.append(reinterpret_cast<const char *>(&length), sizeof length);
    };
    QStringEncoder utf8(QStringEncoder::Utf8);
    const auto text = [&](QStringView s) {
        put(utf8.requiredSpace(s.size()), [&](char *to) { return utf8.appendToBuffer(to, s); });
    };
    const auto textOrNull = [&](const QString &s) { s.isEmpty() ? null() : text(s); };
    const auto dateOrNull = [&](const QDate &d) {
        if (!d.isValid())
            return null();
        if (d.year() < 1000 || d.year() > 9999)
            return text(d.toString(Qt::ISODate));
        put(10, [&](char *to) { // YYYY-MM-DD, as Qt::ISODate writes it
            const auto digits = [&to](int n, int count) {
                for (int i = count - 1; i >= 0; --i, n /= 10)
                    to[i] = char('0' + n % 10);
                to += count;
            };
            digits(d.year(), 4);
            *to++ = '-';
            digits(d.month(), 2);
            *to++ = '-';
            digits(d.day(), 2);
            return to;
        });
    };
    text(p.nameTh);
    put(sortKey.size(), [&](char *to) { return std::copy(sortKey.cbegin(), sortKey.cend(), to); });
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
