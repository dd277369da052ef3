#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace khana {

// What a workshop pack is: a Khana database of its own that holds one workshop taken offline
// from an office database — its days, categories, registrations, the registered people (only
// what check-in, badges and sign-in sheets need: no national ids, no notes) and its breakout
// groups — and a journal of every change made in it (pack_change), which PackMerge brings back.
struct WorkshopPackInfo
{
    QString uid;      // this pack, as the office recorded it
    QString officeId; // the office database it came from (khana_meta office_id)
    qint64 workshopId = 0;
    QString workshopTitle;
    QString label; // the desk or laptop it was made for ("Desk 2")
    QString madeBy;
    QDateTime madeAt;
    int format = 0;
};

namespace WorkshopPack {

// The pack's own data format; a pack of a newer format is not read.
constexpr int kFormat = 1;
// How pack files end ("khon-kaen-forum-desk-2.khanapack").
QString fileSuffix();
// The pack's facts when `db` is a workshop pack; nothing for any other Khana database.
std::optional<WorkshopPackInfo> infoOf(const QSqlDatabase &db);
// The office database's own id, which every pack made from it carries.
QString officeIdOf(const QSqlDatabase &db);

// A pack the office made of a workshop, as the office recorded it.
struct TakenPack
{
    QString label;
    QString madeBy;
    QDateTime madeAt;
    int registrations = 0;
    QString mergedBy;
    QDateTime mergedAt; // invalid: not brought back yet
};
// The packs taken of `workshopId`, oldest first.
QList<TakenPack> packsOf(const QSqlDatabase &office, qint64 workshopId);

} // namespace WorkshopPack

} // namespace khana
