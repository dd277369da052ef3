#include "AreaStore.h"

#include "database/StorageHealth.h"
#include "AuditLog.h"
#include "database/Transaction.h"
#include "domain/Collation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace khana {

QString District::formalNameTh() const
{
    return (khet ? QStringLiteral("เขต") : QStringLiteral("อำเภอ")) + nameTh;
}

AreaStore::AreaStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<Province> AreaStore::provinces() const
{
    QList<Province> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!StorageHealth::exec(q, QStringLiteral("SELECT code, name_th, name_en, region FROM province")))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    std::sort(out.begin(), out.end(), [](const Province &a, const Province &b) {
        return Collation::lessThan(a.nameTh, b.nameTh);
    });
    return out;
}

QList<District> AreaStore::districts(const QString &provinceCode) const
{
    QList<District> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (provinceCode.isEmpty()) {
        q.prepare(QStringLiteral("SELECT code, province_code, name_th, name_en, kind FROM district"));
    } else {
        q.prepare(QStringLiteral("SELECT code, province_code, name_th, name_en, kind FROM district WHERE province_code = ?"));
        q.addBindValue(provinceCode);
    }
    if (!StorageHealth::exec(q))
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString() == QLatin1String("khet")});
    }
    std::sort(out.begin(), out.end(), [](const District &a, const District &b) {
        return Collation::lessThan(a.nameTh, b.nameTh);
    });
    return out;
}

int AreaStore::districtCount() const
{
    QSqlQuery q(m_db);
    if (StorageHealth::exec(q, QStringLiteral("SELECT count(*) FROM district")) && q.next())
        return q.value(0).toInt();
    return 0;
}

AreaStore::WriteResult AreaStore::upsertDistricts(const QList<District> &districts)
{
    WriteResult result;
    Transaction t(m_db);
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM district WHERE code = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO district (code, province_code, name_th, name_en, kind) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral(
        "UPDATE district SET province_code = ?, name_th = ?, name_en = ?, kind = ?, "
        "updated_at = ?, row_version = row_version + 1 "
        "WHERE code = ? AND (province_code <> ? OR name_th <> ? OR name_en <> ? OR kind <> ?)"));
    for (const District &d : districts) {
        const QString kind = d.khet ? QStringLiteral("khet") : QStringLiteral("amphoe");
        exists.addBindValue(d.code);
        if (!t.exec(exists))
            break;
        const bool known = exists.next();
        exists.finish();
        QSqlQuery &q = known ? update : insert;
        if (known) {
            const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            for (const QString &v : {d.provinceCode, d.nameTh, d.nameEn, kind, now, d.code, d.provinceCode, d.nameTh, d.nameEn, kind})
                q.addBindValue(v);
        } else {
            for (const QString &v : {d.code, d.provinceCode, d.nameTh, d.nameEn, kind})
                q.addBindValue(v);
        }
        if (!StorageHealth::exec(q)) {
            // The district named, unless the database itself is the problem.
            t.fail(q.lastError());
            if (t.errorKind() == StorageError::Kind::Other)
                result.error = QCoreApplication::translate("AreaStore", "District %1 (%2): %3").arg(d.code, d.nameTh, q.lastError().text());
            break;
        }
        if (known)
            result.updated += q.numRowsAffected() > 0 ? 1 : 0;
        else
            ++result.inserted;
    }
    if (t.ok() && (result.inserted || result.updated))
        AuditLog::record(t, AuditLog::Action::Import, QStringLiteral("district"), QString::number(districts.size()));
    if (!t.commit()) {
        if (result.error.isEmpty())
            result.error = t.errorText();
        result.inserted = result.updated = 0;
    }
    return result;
}

QString regionLabel(const QString &region)
{
    if (region == QLatin1String("north")) return QCoreApplication::translate("Region", "North");
    if (region == QLatin1String("northeast")) return QCoreApplication::translate("Region", "Northeast");
    if (region == QLatin1String("central")) return QCoreApplication::translate("Region", "Central");
    if (region == QLatin1String("east")) return QCoreApplication::translate("Region", "East");
    if (region == QLatin1String("west")) return QCoreApplication::translate("Region", "West");
    if (region == QLatin1String("south")) return QCoreApplication::translate("Region", "South");
    return region;
}

} // namespace khana
