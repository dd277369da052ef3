#include "ReviewStore.h"

#include "database/StorageHealth.h"
#include "AuditLog.h"
#include "database/Transaction.h"
#include "PlanStore.h"
#include "SqlValues.h"
#include "domain/ThaiText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace khana {

ReviewStore::ReviewStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<Quarter> ReviewStore::quarters(qint64 planId) const
{
    QList<Quarter> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT quarter FROM plan_review WHERE plan_id = ? ORDER BY quarter"));
    q.addBindValue(planId);
    if (StorageHealth::exec(q))
        while (q.next())
            out.append(Quarter::fromCode(q.value(0).toString()));
    return out;
}

std::optional<Review> ReviewStore::find(qint64 planId, const Quarter &quarter) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM plan_review WHERE plan_id = ? AND quarter = ?"));
    q.addBindValue(planId);
    q.addBindValue(quarter.code());
    if (!StorageHealth::exec(q) || !q.next())
        return std::nullopt;
    Review r{q.value(0).toLongLong(), planId, quarter, {}};
    QSqlQuery e(m_db);
    e.prepare(QStringLiteral("SELECT e.id, e.item_id, e.status, e.actual_value, e.delay_cause, e.remedy, e.next_direction, e.carried_forward, e.row_version "
                             "FROM review_entry e JOIN plan_item i ON i.id = e.item_id WHERE e.review_id = ? ORDER BY e.id"));
    e.addBindValue(r.id);
    if (StorageHealth::exec(e))
        while (e.next())
            r.entries.append({e.value(0).toLongLong(), e.value(1).toLongLong(), PlanCodes::activityStatusFromCode(e.value(2).toString()),
                              e.value(3).isNull() ? std::nullopt : std::optional<qint64>(e.value(3).toLongLong()), e.value(4).toString(),
                              e.value(5).toString(), e.value(6).toString(), e.value(7).toInt() != 0, e.value(8).toInt()});
    return r;
}

std::optional<Review> ReviewStore::open(qint64 planId, const Quarter &quarter, QString *error)
{
    if (auto existing = find(planId, quarter))
        return existing;
    // Activities running in the quarter, in outline order; and those the latest earlier review
    // left unfinished.
    QList<PlanItem> activities;
    for (const PlanItem &i : PlanStore(m_db).items(planId))
        if (i.level == PlanLevel::Activity)
            activities.append(i);
    QHash<qint64, ReviewEntry> unfinished;
    const QList<Quarter> earlier = quarters(planId);
    for (auto it = earlier.crbegin(); it != earlier.crend(); ++it) {
        if (it->first() >= quarter.first())
            continue;
        if (const auto previous = find(planId, *it))
            for (const ReviewEntry &e : previous->entries)
                if (!PlanCodes::isFinished(e.status))
                    unfinished.insert(e.itemId, e);
        break;
    }
    Transaction t(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO plan_review (plan_id, quarter) VALUES (?, ?)"));
    q.addBindValue(planId);
    q.addBindValue(quarter.code());
    const qint64 reviewId = t.exec(q) ? q.lastInsertId().toLongLong() : 0;
    QSqlQuery add(m_db);
    add.prepare(QStringLiteral("INSERT INTO review_entry (review_id, item_id, status, delay_cause, remedy, carried_forward) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const PlanItem &a : std::as_const(activities)) {
        if (!t.ok())
            break;
        const bool carried = unfinished.contains(a.id);
        const QDate starts = a.startsOn.isValid() ? a.startsOn : a.endsOn;
        const QDate ends = a.endsOn.isValid() ? a.endsOn : a.startsOn;
        const bool runs = starts.isValid() && starts <= quarter.last() && ends >= quarter.first();
        if (!carried && !runs)
            continue;
        const ReviewEntry previous = unfinished.value(a.id);
        add.addBindValue(reviewId);
        add.addBindValue(a.id);
        add.addBindValue(PlanCodes::activityStatusCode(carried ? previous.status : a.status));
        add.addBindValue(SqlValues::text(carried ? previous.delayCause : QString()));
        add.addBindValue(SqlValues::text(carried ? previous.remedy : QString()));
        add.addBindValue(carried ? 1 : 0);
        t.exec(add);
    }
    if (!AuditLog::record(t, AuditLog::Action::Create, QStringLiteral("plan_review"), QString::number(reviewId)) || !t.commit()) {
        *error = t.errorText();
        return std::nullopt;
    }
    return find(planId, quarter);
}

void ReviewStore::tidy(ReviewEntry &entry)
{
    entry.delayCause = ThaiText::normalise(entry.delayCause);
    entry.remedy = entry.remedy.normalized(QString::NormalizationForm_C).trimmed();
    entry.nextDirection = entry.nextDirection.normalized(QString::NormalizationForm_C).trimmed();
}

ReviewStore::SaveResult ReviewStore::saveEntry(qint64 reviewId, ReviewEntry &entry)
{
    SaveResult result;
    tidy(entry);
    if (entry.actualValue && *entry.actualValue < 0)
        result.fieldErrors.append({PlanField::Target, QCoreApplication::translate("ReviewStore", "The actual value cannot be negative.")});
    if (entry.status == ActivityStatus::Delayed && entry.delayCause.isEmpty())
        result.fieldErrors.append({QStringLiteral("delayCause"), QCoreApplication::translate("ReviewStore", "Say why the activity is delayed.")});
    if (!result.ok())
        return result;
    Transaction t(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE review_entry SET status = ?, actual_value = ?, delay_cause = ?, remedy = ?, next_direction = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND review_id = ? AND row_version = ?"));
    q.addBindValue(PlanCodes::activityStatusCode(entry.status));
    q.addBindValue(entry.actualValue ? QVariant(*entry.actualValue) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(SqlValues::text(entry.delayCause));
    q.addBindValue(SqlValues::text(entry.remedy));
    q.addBindValue(SqlValues::text(entry.nextDirection));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(entry.id);
    q.addBindValue(reviewId);
    q.addBindValue(entry.rowVersion);
    if (t.exec(q) && q.numRowsAffected() != 1) {
        t.fail(QCoreApplication::translate("ReviewStore", "Someone else changed this review line after you opened it: nothing was saved."));
        result.conflict = true;
    }
    // The activity shows the status of its latest review.
    QSqlQuery latest(m_db);
    latest.prepare(QStringLiteral("SELECT max(r.quarter) FROM review_entry e JOIN plan_review r ON r.id = e.review_id WHERE e.item_id = ?"));
    latest.addBindValue(entry.itemId);
    QSqlQuery mine(m_db);
    mine.prepare(QStringLiteral("SELECT quarter FROM plan_review WHERE id = ?"));
    mine.addBindValue(reviewId);
    if (t.exec(latest) && latest.next() && t.exec(mine) && mine.next() && latest.value(0).toString() == mine.value(0).toString()) {
        QSqlQuery item(m_db);
        item.prepare(QStringLiteral("UPDATE plan_item SET status = ?, progress = CASE WHEN ? = 'done' THEN 100 ELSE progress END, "
                                    "row_version = row_version + 1 WHERE id = ?"));
        item.addBindValue(PlanCodes::activityStatusCode(entry.status));
        item.addBindValue(PlanCodes::activityStatusCode(entry.status));
        item.addBindValue(entry.itemId);
        t.exec(item);
    }
    if (!AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("review_entry"), QString::number(entry.id)) || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    ++entry.rowVersion;
    return result;
}

ReviewSummary ReviewStore::summarise(const Review &review) const
{
    ReviewSummary s;
    QHash<QString, int> causes;
    QHash<QString, int> units;
    PlanStore plans(m_db);
    for (const ReviewEntry &e : review.entries) {
        ++s.activities;
        const auto item = plans.findItem(e.itemId);
        if (e.status == ActivityStatus::Done)
            ++s.done;
        if (e.status == ActivityStatus::Delayed) {
            ++s.delayed;
            ++causes[e.delayCause.isEmpty() ? QCoreApplication::translate("ReviewStore", "(no cause given)") : e.delayCause];
            ++units[item && !item->responsibleUnit.isEmpty() ? item->responsibleUnit : QCoreApplication::translate("ReviewStore", "(no unit)")];
        }
        if (item && item->targetValue) {
            ++s.withTarget;
            if (e.actualValue && *e.actualValue >= *item->targetValue)
                ++s.targetMet;
        }
    }
    auto ordered = [](const QHash<QString, int> &counts) {
        QList<std::pair<QString, int>> out(counts.keyValueBegin(), counts.keyValueEnd());
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
        return out;
    };
    s.delaysByCause = ordered(causes);
    s.delaysByUnit = ordered(units);
    return s;
}

} // namespace khana
