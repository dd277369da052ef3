#pragma once

#include "PersonStore.h"
#include "domain/Plan.h"

#include <QSqlDatabase>

#include <optional>

namespace khana {

class Transaction;

// Reads and writes plans and their framework trees. Every write validates first, runs in one
// transaction and keeps sibling positions dense (0, 1, 2 …) so that the tree's order is the
// stored order.
class PlanStore
{
public:
    explicit PlanStore(const QSqlDatabase &db);

    using SaveResult = PersonStore::SaveResult;

    QList<Plan> plans() const; // newest first, without references
    std::optional<Plan> findPlan(qint64 id) const;
    // Refused as a conflict when the plan is no longer at `plan.rowVersion`.
    SaveResult savePlan(Plan &plan);
    // A draft copy of the plan and its whole tree, pointing back to the plan it copies.
    SaveResult copyAsNewVersion(qint64 planId, qint64 *newPlanId);

    // The plan's items, each parent before its children, siblings in order.
    QList<PlanItem> items(qint64 planId) const;
    std::optional<PlanItem> findItem(qint64 id) const;

    // Inserts at `position` among the parent's children (-1: last).
    SaveResult insertItem(PlanItem &item, int position = -1);
    SaveResult updateItem(PlanItem &item);
    // Moves the item (with its subtree) under `newParentId` (0: top level) at `position`.
    SaveResult moveItem(qint64 id, qint64 newParentId, int position);
    // Removes the item and its subtree, returning what was removed (for undo). Refused when
    // any of them has quarterly review history.
    SaveResult removeItem(qint64 id, QList<PlanItem> *removed);
    // Puts a removed subtree back with its ids and places.
    SaveResult restoreItems(const QList<PlanItem> &items);

    bool hasReviewHistory(qint64 itemId) const;
    // Items of any plan made from this workshop outcome.
    QList<PlanItem> itemsFromOutcome(const QString &outcomeUid) const;

private:
    std::optional<PlanLevel> levelOf(qint64 itemId) const;
    bool isInSubtree(qint64 candidate, qint64 root) const;
    bool shiftSiblings(Transaction &t, qint64 planId, qint64 parentId, int from, int delta);
    int childCount(qint64 planId, qint64 parentId) const;
    bool writeItem(Transaction &t, const PlanItem &item, bool keepId, qint64 *newId);
    // `stale` (if given) is set when the plan is no longer at `plan.rowVersion`.
    bool writePlan(Transaction &t, Plan &plan, bool *stale = nullptr);
    FieldErrors checkPlacement(const PlanItem &item, qint64 parentId) const;

    QSqlDatabase m_db;
};

} // namespace khana
