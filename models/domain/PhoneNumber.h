#pragma once

#include <QString>

namespace khana::PhoneNumber {

enum class Kind { Invalid, Mobile, Landline };

// Normalises a Thai phone number to its national digits ("0812345678", "021234567").
// Accepts separators, +66 / 0066 / 66 country prefixes and Thai digits. Returns an empty
// string when the input is not a Thai mobile (10 digits, 06/08/09) or landline (9 digits).
QString normalise(const QString &input, Kind *kind = nullptr);

// 081-234-5678, 02-123-4567, 053-123-456
QString format(const QString &digits);

// True when the text looks like a phone number being typed (digits and separators only),
// so a search can compare digits to digits.
bool looksLikePhone(const QString &text);

// Digits only, with a +66 prefix turned into 0: for searching by a fragment of a number.
QString searchDigits(const QString &text);

QString describeInvalid();

} // namespace khana::PhoneNumber
