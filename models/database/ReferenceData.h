#pragma once

#include "stores/AreaStore.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace khana {

// Thailand's 929 districts as Khana ships them (resources/reference/thai-admin, MIT licence),
// so that a new office can choose a person's district on the first day.
class ReferenceData
{
public:
    // The shipped districts, read through the district importer against `provinces` (the
    // dataset's province ids are matched to ISO codes by name). Empty with `error` set if the
    // shipped files cannot be read, which a test guards against.
    static QList<District> shippedDistricts(const QList<Province> &provinces, QString *error);

    // Schema step 8, inside the migration's transaction: adds every shipped district the
    // database lacks. A district already there under the same code, or under the same Thai
    // name in its province, is left exactly as the user imported it.
    static bool addShippedDistricts(const QSqlDatabase &db, QString *error);
};

} // namespace khana
