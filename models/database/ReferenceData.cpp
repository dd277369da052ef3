#include "ReferenceData.h"

#include "io/CsvReader.h"
#include "io/DistrictImporter.h"
#include "stores/AuditLog.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace khana {

namespace {

const QString kDistrictsFile = QStringLiteral(":/reference/thai-admin/districts.csv");
const QString kProvincesFile = QStringLiteral(":/reference/thai-admin/provinces.csv");

} // namespace

QList<District> ReferenceData::shippedDistricts(const QList<Province> &provinces, QString *error)
{
    DistrictImporter importer(provinces);
    if (!importer.loadProvinceFile(kProvincesFile, error))
        return {};
    const DistrictImporter::Parsed parsed = importer.parse(CsvReader::readFile(kDistrictsFile));
    if (!parsed.fileError.isEmpty() || !parsed.errors.isEmpty()) {
        *error = parsed.fileError.isEmpty()
            ? QCoreApplication::translate("ReferenceData", "Line %1 of the shipped districts: %2")
                  .arg(parsed.errors.first().line)
                  .arg(parsed.errors.first().message)
            : parsed.fileError;
        return {};
    }
    return parsed.districts;
}

bool ReferenceData::addShippedDistricts(const QSqlDatabase &db, QString *error)
{
    const QList<District> districts = shippedDistricts(AreaStore(db).provinces(), error);
    if (districts.isEmpty()) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("ReferenceData", "The shipped district list is empty.");
        return false;
    }
    // DO NOTHING on any conflict (the code, or the Thai name within the province): what a user
    // imported stays theirs. The same statement runs on SQLite and PostgreSQL.
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO district (code, province_code, name_th, name_en, kind) "
                                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"))) {
        *error = insert.lastError().text();
        return false;
    }
    int added = 0;
    for (const District &d : districts) {
        for (const QString &v : {d.code, d.provinceCode, d.nameTh, d.nameEn,
                                 d.khet ? QStringLiteral("khet") : QStringLiteral("amphoe")})
            insert.addBindValue(v);
        if (!insert.exec()) {
            *error = QCoreApplication::translate("ReferenceData", "District %1 (%2): %3")
                         .arg(d.code, d.nameTh, insert.lastError().text());
            return false;
        }
        added += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    if (added > 0 && !AuditLog::record(db, AuditLog::Action::Import, QStringLiteral("district"), QString::number(added))) {
        *error = QCoreApplication::translate("ReferenceData", "The district import could not be recorded in the audit log.");
        return false;
    }
    return true;
}

} // namespace khana
