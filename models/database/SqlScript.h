#pragma once

#include <QString>
#include <QStringList>

namespace khana::SqlScript {

// Splits a script into statements: a statement ends with ';' at the end of a line; lines that
// start with '--' are comments. (Function bodies keep their inner ';' inside a line.)
QStringList statements(const QString &script);

} // namespace khana::SqlScript
