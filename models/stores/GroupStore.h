#pragma once

#include "PersonStore.h"
#include "domain/BreakoutGroup.h"

#include <QSqlDatabase>

namespace khana {

// Breakout groups of a workshop, who is in each, and what each concluded.
class GroupStore
{
public:
    explicit GroupStore(const QSqlDatabase &db);

    QList<BreakoutGroup> groups(qint64 workshopId) const;

    using SaveResult = PersonStore::SaveResult;
    static inline const QString NumberField = QStringLiteral("number");

    // Inserts (id == 0) or updates number, topic and facilitator; an update is refused as a
    // conflict when the group is no longer at `group.rowVersion`.
    SaveResult saveGroup(BreakoutGroup &group);
    SaveResult removeGroup(qint64 groupId);

    // Puts a registration in a group (out of any other), or out of every group (groupId 0).
    SaveResult assign(qint64 registrationId, qint64 groupId);
    // Replaces every group's members with an even, province-mixing spread of the workshop's
    // registered and attended people. All or nothing.
    SaveResult distributeEvenly(qint64 workshopId);

    SaveResult addOutcome(qint64 groupId, Outcome &outcome);
    // Refused as a conflict when the outcome is no longer at `outcome.rowVersion`; on success
    // `outcome` holds the stored text and its new row version.
    SaveResult updateOutcome(Outcome &outcome);
    SaveResult removeOutcome(qint64 outcomeId);
    // The outcome with this stable id, and its group (for links from action plans).
    std::optional<std::pair<BreakoutGroup, Outcome>> findOutcome(const QString &uid) const;

private:
    QSqlDatabase m_db;
};

} // namespace khana
