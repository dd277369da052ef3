#pragma once

#include "domain/Person.h"

#include <QDate>
#include <QSqlDatabase>

namespace khana::SeedConsent {

// The demo office's consent purposes, and the decisions of its people about them (most gave
// consent to membership and contact when they joined; fewer to photos and to sharing with the
// national party; a few withdrew later), recorded through the consent store.
bool add(const QSqlDatabase &db, const QList<Person> &people, const QDate &today, QString *error);

} // namespace khana::SeedConsent
