#include "WorkshopPack.h"

#include "database/Database.h"

#include <QSqlQuery>

namespace khana::WorkshopPack {

QString fileSuffix()
{
    return QStringLiteral("khanapack");
}

std::optional<WorkshopPackInfo> infoOf(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("pack_info")))
        return std::nullopt;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM pack_info")))
        return std::nullopt;
    QHash<QString, QString> facts;
    while (q.next())
        facts.insert(q.value(0).toString(), q.value(1).toString());
    WorkshopPackInfo info;
    info.uid = facts.value(QStringLiteral("uid"));
    info.officeId = facts.value(QStringLiteral("office_id"));
    info.workshopId = facts.value(QStringLiteral("workshop_id")).toLongLong();
    info.workshopTitle = facts.value(QStringLiteral("workshop_title"));
    info.label = facts.value(QStringLiteral("label"));
    info.madeBy = facts.value(QStringLiteral("made_by"));
    info.madeAt = QDateTime::fromString(facts.value(QStringLiteral("made_at")), Qt::ISODateWithMs);
    info.format = facts.value(QStringLiteral("format")).toInt();
    if (info.uid.isEmpty() || info.workshopId == 0 || info.format < 1)
        return std::nullopt;
    return info;
}

QString officeIdOf(const QSqlDatabase &db)
{
    return Database::metaValue(db, QStringLiteral("office_id"));
}

QList<TakenPack> packsOf(const QSqlDatabase &office, qint64 workshopId)
{
    QList<TakenPack> out;
    QSqlQuery q(office);
    q.prepare(QStringLiteral("SELECT label, made_by, made_at, registrations, merged_by, merged_at FROM workshop_pack WHERE workshop_id = ? "
                             "ORDER BY made_at, uid"));
    q.addBindValue(workshopId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                    q.value(3).toInt(), q.value(4).toString(), QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)});
    return out;
}

} // namespace khana::WorkshopPack
