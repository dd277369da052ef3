#pragma once

#include <QString>

namespace khana::NationalId {

enum class Problem { None, Empty, NotDigits, WrongLength, BadChecksum };

// Checks a Thai 13-digit personal identification number. Separators (spaces, dashes) and
// Thai digits are accepted on input; on success `digits` receives the bare 13 digits.
Problem check(const QString &input, QString *digits = nullptr);

bool isValid(const QString &input);

// The check digit for the first twelve digits (mod-11 weighted sum, as issued by DOPA).
int checkDigit(QStringView firstTwelve);

// 1-2345-67890-12-1, the way the number is printed on the card.
QString format(const QString &digits);

// x-xxxx-xxxxx-12-1: how the number is shown everywhere but the edit form of a role allowed
// to see it — enough to tell two people apart, not enough to copy. Empty for no number.
QString masked(const QString &digits);

// A message for users, naming what is wrong.
QString describe(Problem problem);

} // namespace khana::NationalId
