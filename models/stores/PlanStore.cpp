#include "PlanStore.h"

#include "database/StorageHealth.h"
#include "AuditLog.h"
#include "database/Transaction.h"
#include "SqlValues.h"
#include "database/SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace khana {

namespace {

using SqlValues::dateOrNull;
using SqlValues::text;

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant numberOrNull(const std::optional<qint64> &n)
{
    return n ? QVariant(*n) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalNumber(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const char *const kItemColumns =
    "plan_id, parent_id, position, level, title, description, partners, mou, beneficiary_target, beneficiary_unit, "
    "responsible_unit, lead_person_id, starts_on, ends_on, budget, funding_source, indicator, target_value, target_unit, "
    "status, progress, milestone, source_outcome_uid, event_workshop_id";

QVariantList itemValues(const PlanItem &i)
{
    return {i.planId, idOrNull(i.parentId), i.position, PlanCodes::levelCode(i.level), text(i.title), text(i.description),
            text(i.partners), text(i.mou), numberOrNull(i.beneficiaryTarget), text(i.beneficiaryUnit), text(i.responsibleUnit),
            idOrNull(i.leadPersonId), dateOrNull(i.startsOn), dateOrNull(i.endsOn), numberOrNull(i.budget), text(i.fundingSource),
            text(i.indicator), numberOrNull(i.targetValue), text(i.targetUnit), PlanCodes::activityStatusCode(i.status),
            i.progress, i.milestone ? 1 : 0, SqlValues::textOrNull(i.sourceOutcomeUid), idOrNull(i.eventWorkshopId)};
}

PlanItem itemFrom(const QSqlQuery &q)
{
    // id, row_version, then kItemColumns in order.
    PlanItem i;
    i.id = q.value(0).toLongLong();
    i.rowVersion = q.value(1).toInt();
    i.planId = q.value(2).toLongLong();
    i.parentId = q.value(3).toLongLong();
    i.position = q.value(4).toInt();
    i.level = PlanCodes::levelFromCode(q.value(5).toString());
    i.title = q.value(6).toString();
    i.description = q.value(7).toString();
    i.partners = q.value(8).toString();
    i.mou = q.value(9).toString();
    i.beneficiaryTarget = optionalNumber(q.value(10));
    i.beneficiaryUnit = q.value(11).toString();
    i.responsibleUnit = q.value(12).toString();
    i.leadPersonId = q.value(13).toLongLong();
    i.startsOn = SqlValues::date(q.value(14));
    i.endsOn = SqlValues::date(q.value(15));
    i.budget = optionalNumber(q.value(16));
    i.fundingSource = q.value(17).toString();
    i.indicator = q.value(18).toString();
    i.targetValue = optionalNumber(q.value(19));
    i.targetUnit = q.value(20).toString();
    i.status = PlanCodes::activityStatusFromCode(q.value(21).toString());
    i.progress = q.value(22).toInt();
    i.milestone = q.value(23).toInt() != 0;
    i.sourceOutcomeUid = q.value(24).toString();
    i.eventWorkshopId = q.value(25).toLongLong();
    return i;
}


} // namespace

PlanStore::PlanStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<Plan> PlanStore::plans() const
{
    QList<Plan> out;
    QSqlQuery q(m_db);
    if (!StorageHealth::exec(q, QStringLiteral("SELECT id FROM plan ORDER BY COALESCE(issued_on, '') DESC, id DESC")))
        return out;
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 id : ids)
        if (auto p = findPlan(id))
            out.append(*p);
    return out;
}

std::optional<Plan> PlanStore::findPlan(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, row_version, title, number, issued_on, issuer, period_start, period_end, vision, status, "
                             "previous_version_id, year_basis FROM plan WHERE id = ?"));
    q.addBindValue(id);
    if (!StorageHealth::exec(q) || !q.next())
        return std::nullopt;
    Plan p;
    p.id = q.value(0).toLongLong();
    p.rowVersion = q.value(1).toInt();
    p.title = q.value(2).toString();
    p.number = q.value(3).toString();
    p.issuedOn = SqlValues::date(q.value(4));
    p.issuer = q.value(5).toString();
    p.periodStart = SqlValues::date(q.value(6));
    p.periodEnd = SqlValues::date(q.value(7));
    p.vision = q.value(8).toString();
    p.status = PlanCodes::statusFromCode(q.value(9).toString());
    p.previousVersionId = q.value(10).toLongLong();
    p.year = PlanCodes::yearFromCode(q.value(11).toString());
    QSqlQuery r(m_db);
    r.prepare(QStringLiteral("SELECT kind, number, dated, title FROM plan_reference WHERE plan_id = ? ORDER BY position"));
    r.addBindValue(id);
    if (StorageHealth::exec(r))
        while (r.next())
            p.references.append({PlanCodes::referenceKindFromCode(r.value(0).toString()), r.value(1).toString(),
                                 SqlValues::date(r.value(2)), r.value(3).toString()});
    return p;
}

PlanStore::SaveResult PlanStore::savePlan(Plan &input)
{
    SaveResult result;
    Plan p = input;
    result.fieldErrors = cleanAndValidate(p);
    if (!result.ok())
        return result;
    Transaction t(m_db);
    if (!writePlan(t, p, &result.conflict) || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    input = p;
    return result;
}

bool PlanStore::writePlan(Transaction &t, Plan &p, bool *stale)
{
    QSqlQuery q(m_db);
    const QVariantList values = {text(p.title), text(p.number), dateOrNull(p.issuedOn), text(p.issuer), dateOrNull(p.periodStart),
                                 dateOrNull(p.periodEnd), text(p.vision), PlanCodes::statusCode(p.status), idOrNull(p.previousVersionId),
                                 PlanCodes::yearCode(p.year)};
    const bool isNew = p.id == 0;
    if (isNew) {
        q.prepare(QStringLiteral("INSERT INTO plan (title, number, issued_on, issuer, period_start, period_end, vision, status, "
                                 "previous_version_id, year_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE plan SET title = ?, number = ?, issued_on = ?, issuer = ?, period_start = ?, period_end = ?, "
                                 "vision = ?, status = ?, previous_version_id = ?, year_basis = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?"));
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!isNew) {
        q.addBindValue(nowText());
        q.addBindValue(p.id);
        q.addBindValue(p.rowVersion);
    }
    if (!t.exec(q))
        return false;
    if (!isNew && q.numRowsAffected() != 1) {
        if (stale)
            *stale = true;
        return t.fail(QCoreApplication::translate("PlanStore", "Someone else changed the plan after you opened it: nothing was saved."));
    }
    if (isNew) {
        p.id = q.lastInsertId().toLongLong();
        p.rowVersion = 1;
    } else {
        ++p.rowVersion;
    }
    QSqlQuery refs(m_db);
    refs.prepare(QStringLiteral("DELETE FROM plan_reference WHERE plan_id = ?"));
    refs.addBindValue(p.id);
    if (!t.exec(refs))
        return false;
    refs.prepare(QStringLiteral("INSERT INTO plan_reference (plan_id, position, kind, number, dated, title) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < p.references.size(); ++i) {
        const PlanReference &r = p.references.at(i);
        for (const QVariant &v : QVariantList{p.id, i, PlanCodes::referenceKindCode(r.kind), text(r.number), dateOrNull(r.dated), text(r.title)})
            refs.addBindValue(v);
        if (!t.exec(refs))
            return false;
    }
    return AuditLog::record(t, isNew ? AuditLog::Action::Create : AuditLog::Action::Update, QStringLiteral("plan"), QString::number(p.id));
}

PlanStore::SaveResult PlanStore::copyAsNewVersion(qint64 planId, qint64 *newPlanId)
{
    SaveResult result;
    const auto original = findPlan(planId);
    if (!original) {
        result.error = QCoreApplication::translate("PlanStore", "The plan no longer exists.");
        return result;
    }
    Plan copy = *original;
    copy.id = 0;
    copy.rowVersion = 0;
    copy.status = PlanStatus::Draft;
    copy.previousVersionId = original->id;
    result.fieldErrors = cleanAndValidate(copy);
    if (!result.ok())
        return result;
    // The plan and its tree in one transaction, parents before children, with new ids.
    Transaction t(m_db);
    writePlan(t, copy);
    QHash<qint64, qint64> newIds;
    for (PlanItem item : items(planId)) {
        if (!t.ok())
            break;
        const qint64 oldId = item.id;
        item.id = 0;
        item.planId = copy.id;
        item.parentId = item.parentId ? newIds.value(item.parentId) : 0;
        qint64 id = 0;
        if (writeItem(t, item, false, &id))
            newIds.insert(oldId, id);
    }
    if (!t.commit()) {
        result.error = t.errorText();
        return result;
    }
    *newPlanId = copy.id;
    return result;
}

QList<PlanItem> PlanStore::items(qint64 planId) const
{
    QList<PlanItem> flat;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, row_version, %1 FROM plan_item WHERE plan_id = ? ORDER BY position").arg(QString::fromLatin1(kItemColumns)));
    q.addBindValue(planId);
    if (!StorageHealth::exec(q))
        return flat;
    QHash<qint64, QList<PlanItem>> byParent;
    while (q.next()) {
        const PlanItem item = itemFrom(q);
        byParent[item.parentId].append(item);
    }
    // Depth first: each parent before its children, siblings by position.
    std::function<void(qint64)> walk = [&](qint64 parent) {
        for (const PlanItem &child : byParent.value(parent)) {
            flat.append(child);
            walk(child.id);
        }
    };
    walk(0);
    return flat;
}

std::optional<PlanItem> PlanStore::findItem(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, row_version, %1 FROM plan_item WHERE id = ?").arg(QString::fromLatin1(kItemColumns)));
    q.addBindValue(id);
    if (!StorageHealth::exec(q) || !q.next())
        return std::nullopt;
    return itemFrom(q);
}

std::optional<PlanLevel> PlanStore::levelOf(qint64 itemId) const
{
    if (itemId == 0)
        return std::nullopt;
    const auto item = findItem(itemId);
    return item ? std::optional<PlanLevel>(item->level) : std::nullopt;
}

bool PlanStore::isInSubtree(qint64 candidate, qint64 root) const
{
    // Walk up from the candidate: is the root one of its ancestors (or itself)?
    qint64 current = candidate;
    int guard = 0;
    while (current != 0 && guard++ < 64) {
        if (current == root)
            return true;
        const auto item = findItem(current);
        current = item ? item->parentId : 0;
    }
    return false;
}

int PlanStore::childCount(qint64 planId, qint64 parentId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM plan_item WHERE plan_id = ? AND ") + SqlDialect::forDatabase(m_db).nullSafeEquals(QStringLiteral("parent_id")));
    q.addBindValue(planId);
    q.addBindValue(idOrNull(parentId));
    return StorageHealth::exec(q) && q.next() ? q.value(0).toInt() : 0;
}

bool PlanStore::shiftSiblings(Transaction &t, qint64 planId, qint64 parentId, int from, int delta)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE plan_item SET position = position + ? WHERE plan_id = ? AND position >= ? AND ")
              + SqlDialect::forDatabase(m_db).nullSafeEquals(QStringLiteral("parent_id")));
    q.addBindValue(delta);
    q.addBindValue(planId);
    q.addBindValue(from);
    q.addBindValue(idOrNull(parentId));
    return t.exec(q);
}

bool PlanStore::writeItem(Transaction &t, const PlanItem &item, bool keepId, qint64 *newId)
{
    QSqlQuery q(m_db);
    QString columns = QString::fromLatin1(kItemColumns);
    QVariantList values = itemValues(item);
    if (keepId) {
        columns += QStringLiteral(", id, row_version");
        values << item.id << item.rowVersion;
    }
    QStringList marks;
    for (qsizetype i = 0; i < values.size(); ++i)
        marks.append(QStringLiteral("?"));
    q.prepare(QStringLiteral("INSERT INTO plan_item (%1) VALUES (%2)").arg(columns, marks.join(QLatin1Char(','))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!t.exec(q))
        return false;
    if (newId)
        *newId = keepId ? item.id : q.lastInsertId().toLongLong();
    return true;
}

FieldErrors PlanStore::checkPlacement(const PlanItem &item, qint64 parentId) const
{
    FieldErrors errors;
    const auto parentLevel = levelOf(parentId);
    if (parentId != 0 && !parentLevel)
        errors.append({PlanField::Parent, QCoreApplication::translate("PlanStore", "The parent item no longer exists.")});
    else if (!PlanCodes::canContain(parentLevel, item.level))
        errors.append({PlanField::Level,
                       parentLevel ? QCoreApplication::translate("PlanStore", "A %1 cannot be placed under a %2.")
                                         .arg(PlanCodes::levelLabel(item.level).toLower(), PlanCodes::levelLabel(*parentLevel).toLower())
                                   : QCoreApplication::translate("PlanStore", "Only strategic issues stand at the top of the framework.")});
    return errors;
}

PlanStore::SaveResult PlanStore::insertItem(PlanItem &input, int position)
{
    SaveResult result;
    PlanItem item = input;
    result.fieldErrors = cleanAndValidate(item);
    if (result.ok())
        result.fieldErrors = checkPlacement(item, item.parentId);
    if (!result.ok())
        return result;
    Transaction t(m_db);
    const int count = childCount(item.planId, item.parentId);
    item.position = position < 0 || position > count ? count : position;
    qint64 id = 0;
    if (!shiftSiblings(t, item.planId, item.parentId, item.position, 1) || !writeItem(t, item, false, &id)
        || !AuditLog::record(t, AuditLog::Action::Create, QStringLiteral("plan_item"), QString::number(id)) || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    item.id = id;
    item.rowVersion = 1;
    input = item;
    return result;
}

PlanStore::SaveResult PlanStore::updateItem(PlanItem &input)
{
    SaveResult result;
    PlanItem item = input;
    result.fieldErrors = cleanAndValidate(item);
    if (!result.ok())
        return result;
    QSqlQuery q(m_db);
    const QStringList columns = QString::fromLatin1(kItemColumns).split(QStringLiteral(", "));
    q.prepare(QStringLiteral("UPDATE plan_item SET %1 = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                  .arg(columns.join(QStringLiteral(" = ?, "))));
    for (const QVariant &v : itemValues(item))
        q.addBindValue(v);
    q.addBindValue(nowText());
    q.addBindValue(item.id);
    q.addBindValue(item.rowVersion);
    Transaction t(m_db);
    if (t.exec(q) && q.numRowsAffected() != 1) {
        t.fail(QCoreApplication::translate("PlanStore", "Someone else changed or removed this item; nothing was saved."));
        result.conflict = true;
    }
    if (!AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("plan_item"), QString::number(item.id)) || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    ++item.rowVersion;
    input = item;
    return result;
}

PlanStore::SaveResult PlanStore::moveItem(qint64 id, qint64 newParentId, int position)
{
    SaveResult result;
    const auto item = findItem(id);
    if (!item) {
        result.error = QCoreApplication::translate("PlanStore", "The item no longer exists.");
        return result;
    }
    if (newParentId != 0 && isInSubtree(newParentId, id)) {
        result.fieldErrors.append({PlanField::Parent, QCoreApplication::translate("PlanStore", "An item cannot be moved under itself or one of its own parts.")});
        return result;
    }
    result.fieldErrors = checkPlacement(*item, newParentId);
    if (!result.ok())
        return result;
    Transaction t(m_db);
    // Take it out (closing the gap), then open a gap at the new place.
    shiftSiblings(t, item->planId, item->parentId, item->position + 1, -1);
    const int count = childCount(item->planId, newParentId) - (newParentId == item->parentId ? 1 : 0);
    const int target = position < 0 || position > count ? count : position;
    QSqlQuery park(m_db);
    park.prepare(QStringLiteral("UPDATE plan_item SET position = -1 WHERE id = ?"));
    park.addBindValue(id);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE plan_item SET parent_id = ?, position = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"));
    q.addBindValue(idOrNull(newParentId));
    q.addBindValue(target);
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!t.exec(park) || !shiftSiblings(t, item->planId, newParentId, target, 1) || !t.exec(q)
        || !AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("plan_item"), QString::number(id)) || !t.commit())
        result.error = t.errorText();
    return result;
}

bool PlanStore::hasReviewHistory(qint64 itemId) const
{
    return SqlValues::exists(m_db, QStringLiteral("SELECT 1 FROM review_entry WHERE item_id = ?"), {itemId});
}

PlanStore::SaveResult PlanStore::removeItem(qint64 id, QList<PlanItem> *removed)
{
    SaveResult result;
    const auto root = findItem(id);
    if (!root) {
        result.error = QCoreApplication::translate("PlanStore", "The item no longer exists.");
        return result;
    }
    // The subtree, parents first (restoring inserts in this order).
    QList<PlanItem> subtree;
    for (const PlanItem &i : items(root->planId))
        if (isInSubtree(i.id, id))
            subtree.append(i);
    for (const PlanItem &i : std::as_const(subtree)) {
        if (hasReviewHistory(i.id)) {
            result.error = QCoreApplication::translate("PlanStore", "\"%1\" has quarterly review history and cannot be deleted: set its status to cancelled instead.")
                               .arg(i.title);
            return result;
        }
    }
    Transaction t(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM plan_item WHERE id = ?"));
    for (qsizetype i = subtree.size() - 1; t.ok() && i >= 0; --i) { // children first
        q.addBindValue(subtree.at(i).id);
        t.exec(q);
    }
    if (!shiftSiblings(t, root->planId, root->parentId, root->position + 1, -1)
        || !AuditLog::record(t, AuditLog::Action::Delete, QStringLiteral("plan_item"), QString::number(id)) || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    if (removed)
        *removed = subtree;
    return result;
}

PlanStore::SaveResult PlanStore::restoreItems(const QList<PlanItem> &subtree)
{
    SaveResult result;
    if (subtree.isEmpty())
        return result;
    const PlanItem &root = subtree.first();
    Transaction t(m_db);
    shiftSiblings(t, root.planId, root.parentId, root.position, 1);
    for (const PlanItem &i : subtree)
        writeItem(t, i, true, nullptr);
    if (!AuditLog::record(t, AuditLog::Action::Create, QStringLiteral("plan_item"), QString::number(root.id)) || !t.commit())
        result.error = t.errorText();
    return result;
}

QList<PlanItem> PlanStore::itemsFromOutcome(const QString &outcomeUid) const
{
    QList<PlanItem> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, row_version, %1 FROM plan_item WHERE source_outcome_uid = ? ORDER BY id").arg(QString::fromLatin1(kItemColumns)));
    q.addBindValue(outcomeUid);
    if (StorageHealth::exec(q))
        while (q.next())
            out.append(itemFrom(q));
    return out;
}

} // namespace khana
