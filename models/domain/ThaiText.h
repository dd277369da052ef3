#pragma once

#include <QString>

namespace khana::ThaiText {

// Normalises text typed or imported by users so that equal-looking Thai text is stored equally:
// NFC, decomposed sara am (nikhahit + sara aa, with or without a tone mark between) becomes
// U+0E33, zero-width characters and stray BOMs are removed, runs of white space collapse to
// one space, and the ends are trimmed.
QString normalise(const QString &text);

// Thai digits ๐–๙ for formal documents; other characters pass through.
QString toThaiDigits(const QString &text);

// Arabic digits for text typed with Thai digits.
QString toArabicDigits(const QString &text);

} // namespace khana::ThaiText
