#pragma once

#include <QString>

namespace khana {

// A password typed at a terminal (not echoed), or one line piped to standard input.
QString readSecretLine(const QString &prompt);
// Whether standard input is a terminal someone can type a password at.
bool standardInputIsTerminal();

} // namespace khana
