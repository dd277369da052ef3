#pragma once

#include "domain/WorkProgress.h"

#include <QSqlDatabase>
#include <QString>

namespace khana::SortKeys {

// person.sort_key holds Collation::sortKey(name_th), made by the collation khana_meta names
// ('name_collation'). When ICU's collation changes (a system update), the stored keys no longer
// agree with new ones: the list would sort new and old names apart. Opening the database then
// rebuilds them.

// Whether the stored keys were made by another collation than this Khana's (or by none).
bool stale(const QSqlDatabase &db);

// Recomputes every person's key and records the collation, inside the caller's transaction.
bool rebuild(const QSqlDatabase &db, QString *error, const WorkProgress &progress = {});

} // namespace khana::SortKeys
