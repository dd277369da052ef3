#pragma once

#include <QString>

namespace khana::PhoneNumber {

enum class Kind { Invalid, Mobile, Landline, Foreign };

// Phone numbers are checked by libphonenumber (Google's numbering-plan data, in Debian), so
// only numbers Thailand's plan really has are taken: no landline in an area code that does
// not exist, no mobile in a range not given out.
//
// The form a number is stored in: a Thai number as its national digits ("0812345678",
// "021234567"), a number from abroad in international form ("+14155552671", kept rather
// than refused: a member may live abroad). Accepts separators, +66 / 0066 / 66 prefixes and
// Thai digits; empty when the input is not a valid number (letters are never read as digits).
QString normalise(const QString &input, Kind *kind = nullptr);
// The same answer through the library's whole parse, which normalise() skips for numbers in
// national form: the reference it is tested against.
QString normaliseByParsing(const QString &input, Kind *kind = nullptr);

// As Thais write a number: 081-234-5678, 02-123-4567, 053-123-456; from abroad
// +1 415-555-2671.
QString format(const QString &stored);

// True when the text looks like a phone number being typed (digits and separators only),
// so a search can compare digits to digits.
bool looksLikePhone(const QString &text);

// Digits only, with a +66 prefix turned into 0: for searching by a fragment of a number.
QString searchDigits(const QString &text);

QString describeInvalid();

} // namespace khana::PhoneNumber
