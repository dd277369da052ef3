#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace khana::SearchText {

// Searchable text held in memory one byte a character: lower-cased, printable ASCII as itself
// and each assigned Thai character (U+0E01–U+0E5B) as one byte above 0x80. A million people's
// names, nicknames, phones and member numbers fit in about a third of what UTF-16 needs, and a
// fragment is found in it by comparing bytes. A character with no byte of its own (é, Ж, a
// control character) becomes kUnknown, which no fragment holds; the text it is in is searched
// for fragments holding such characters as Qt strings instead (SubstringIndex::findWide).
inline constexpr char kSeparator = '\0'; // between a person's columns: no match spans two
inline constexpr char kUnknown = '\1';

// Appends `text` lower-cased (QString::toLower, whole-string rules) in the one-byte form.
// False when some character had no byte and went in as kUnknown.
bool append(QStringView text, QByteArray *out);

// The one-byte form of a fragment; empty when it holds a character with no byte (the fragment
// is then looked for in Qt strings).
QByteArray fragment(const QString &text);

} // namespace khana::SearchText
