#pragma once

#include "PersonStore.h"
#include "domain/Growth.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace khana {

class Transaction;

// One district-representative election.
struct RepresentativeElection
{
    qint64 id = 0;
    QString districtCode;
    QDate heldOn;
    qint64 workshopId = 0; // the meeting it happened at
    std::optional<int> candidates;
    std::optional<int> votesCast;
    qint64 electedPersonId = 0;
    QDate termStart;
    QDate termEnd;
    QString notes;
    int rowVersion = 1;
};

// An election with the names a list shows beside it.
struct ElectionListing
{
    RepresentativeElection election;
    QString districtTh;
    QString districtEn;
    QString provinceTh;
    QString provinceEn;
    QString workshopTitle; // empty when not held at a Khana workshop
    QString electedName;   // empty when nobody was elected
};

// Which elections to list: a province's (empty: all), or those held at one workshop.
struct ElectionFilter
{
    QString provinceCode;
    qint64 workshopId = 0;
};

// How many districts have a representative, of how many.
struct Coverage
{
    int withRepresentative = 0;
    int districts = 0;
};

// One area's share of a breakdown: a province of the country, or a district of a province.
struct AreaFigure
{
    QString code;
    qint64 value = 0;
    GrowthPoint::Source source = GrowthPoint::Source::Roster;
};

// Member counts over time (recorded totals and the roster), targets, and representatives.
class GrowthStore
{
public:
    explicit GrowthStore(const QSqlDatabase &db);

    using SaveResult = PersonStore::SaveResult;

    QList<MemberCount> counts(const Scope &scope) const;
    // Saves a recorded count. A second count for the same scope and date is refused with
    // `existingId` set, unless `replace` says to overwrite it.
    SaveResult saveCount(MemberCount &count, bool replace = false, qint64 *existingId = nullptr);
    // Writes counts already checked (an id set replaces that count) together, or none of them.
    SaveResult saveCounts(QList<MemberCount> &counts);
    SaveResult removeCount(qint64 id);
    // The id and row version of the count recorded for `scope` on `on`, if there is one.
    std::optional<std::pair<qint64, int>> findCount(const Scope &scope, const QDate &on) const;

    QList<GrowthTarget> targets() const;
    SaveResult saveTarget(GrowthTarget &target);
    SaveResult removeTarget(qint64 id);

    // Joins and ends per month ("yyyy-MM") of a period, and the members before it: the roster
    // series and the new-members series are both built from one read of the member indexes.
    struct RosterMovements
    {
        QDate first; // the first day of the period's first month
        QDate to;
        qint64 before = 0;
        QHash<QString, qint64> joined;
        QHash<QString, qint64> ended;
    };
    RosterMovements rosterMovements(const Scope &scope, const QDate &from, const QDate &to) const;
    static QList<GrowthPoint> rosterByMonth(const RosterMovements &movements);
    static QList<GrowthPoint> newMembersByMonth(const RosterMovements &movements);
    QList<GrowthPoint> series(const Scope &scope, const RosterMovements &movements) const;

    // Members on the roster at each month's end (or at `to` in the last month) from `from` to `to` (membership held: joined on
    // or before, not ended by then).
    QList<GrowthPoint> rosterByMonth(const Scope &scope, const QDate &from, const QDate &to) const;
    // People who joined in each month, the first month from `from` on.
    QList<GrowthPoint> newMembersByMonth(const Scope &scope, const QDate &from, const QDate &to) const;
    // Roster months and recorded counts together, in date order. Where counts are recorded,
    // months with nobody on the roster are left out.
    QList<GrowthPoint> series(const Scope &scope, const QDate &from, const QDate &to) const;

    // Members on `on` in each province of the country (country scope) or each district of a
    // province: from the roster where it has anyone there, else the latest recorded count.
    // Largest first.
    QList<AreaFigure> breakdown(const Scope &scope, const QDate &on) const;

    // Inserts (id 0) or updates an election; an update is refused when someone changed it since
    // `rowVersion` was read. On success the id and row version are those stored.
    SaveResult saveElection(RepresentativeElection &election);
    SaveResult removeElection(qint64 id, int rowVersion);
    // Puts back a removed election with its id (undo of a removal).
    SaveResult restoreElection(const RepresentativeElection &election);
    std::optional<RepresentativeElection> findElection(qint64 id) const;
    // Newest first.
    QList<ElectionListing> elections(const ElectionFilter &filter = {}) const;
    // Districts with an elected representative whose term has not ended on `on`.
    Coverage coverage(const QString &provinceCode, const QDate &on) const;
    QStringList districtsWithoutRepresentative(const QString &provinceCode, const QDate &on) const;
    // Coverage of each province on `on`, in province order (provinces with no districts left out).
    QList<std::pair<QString, Coverage>> coverageByProvince(const QDate &on) const;

private:
    // Inserts or updates one count inside the caller's transaction; the error, or empty.
    bool writeCount(Transaction &t, MemberCount &count);
    SaveResult removeRow(const QString &table, qint64 id);
    QString scopeCondition(const Scope &scope, QVariantList *values) const;

    QSqlDatabase m_db;
};

} // namespace khana
