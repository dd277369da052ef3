#pragma once

#include <QByteArray>
#include <QString>

namespace khana::Collation {

// Names in Thai dictionary order (the Royal Institute's, as CLDR writes it), by ICU's
// collation for Thai. Thai's rules only tailor Thai letters, so Latin names sort as in English.
// Spaces and punctuation count (word by word). One collation for every user of a database:
// the keys stored for a shared server must not depend on who saved the row.

// The ICU sort key of `text`: comparing two keys byte by byte (BLOB in SQLite, bytea in
// PostgreSQL) gives ICU's order of the texts, so an index on the key sorts a list of a
// million names without ICU in the database.
QByteArray sortKey(const QString &text);

// A range of keys [lower, upper) holding every text that starts with `prefix`, ignoring tone
// marks and case (ICU's primary level): typing "กอ" finds "ก่อน" and "กอบกุล".
QByteArray prefixLower(const QString &prefix);
QByteArray prefixUpper(const QString &prefix);

// ICU's order for sorting in memory (lists of provinces, sign-in sheets).
int compare(const QString &a, const QString &b);
inline bool lessThan(const QString &a, const QString &b)
{
    return compare(a, b) < 0;
}

// Which collation made the keys: the locale and ICU's collator version. Stored keys are
// rebuilt when it changes (an ICU update can move names).
QString identity();

} // namespace khana::Collation
