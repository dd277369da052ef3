#pragma once

#include <QString>

namespace khana::BadgeCode {

// The code printed on a badge (and in its QR code): six characters of Crockford's base 32
// (no I, L, O or U, so nothing is misread), shown as "7KQ-2M9". Scanners type it followed by
// Enter; people type it with or without the dash, in either case.

QString generate();

// Upper case, separators removed, and the letters people confuse read as digits (O→0, I/L→1).
QString normalise(const QString &typed);

// True when `typed` normalises to a well-formed code.
bool looksLikeCode(const QString &typed);

QString display(const QString &code);

} // namespace khana::BadgeCode
