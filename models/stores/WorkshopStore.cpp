#include "WorkshopStore.h"

#include "database/StorageHealth.h"
#include "AuditLog.h"
#include "database/Transaction.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace khana {

namespace {

QString hhmm(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

QTime timeOf(const QVariant &v)
{
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

bool run(Transaction &t, QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    return t.exec(q);
}

// The columns of the workshop row, in the order insert and update bind them.
const char *const kColumns = "title, kind, status, venue_name, venue_address, venue_map_url, organiser, objectives, "
                             "description, approved_by, approved_on";

QVariantList rowValues(const Workshop &w)
{
    using SqlValues::text;
    return {text(w.title), WorkshopCodes::kindCode(w.kind), WorkshopCodes::statusCode(w.status), text(w.venueName),
            text(w.venueAddress), text(w.venueMapUrl), text(w.organiser), text(w.objectives), text(w.description),
            text(w.approvedBy), SqlValues::dateOrNull(w.approvedOn)};
}

} // namespace

WorkshopStore::WorkshopStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<WorkshopSummary> WorkshopStore::list() const
{
    QList<WorkshopSummary> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!StorageHealth::exec(q, QStringLiteral("SELECT w.id, w.title, w.kind, w.status, w.venue_name, "
                               "(SELECT min(day) FROM workshop_day d WHERE d.workshop_id = w.id) AS first_day "
                               "FROM workshop w ORDER BY first_day DESC, w.id DESC")))
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), WorkshopCodes::kindFromCode(q.value(2).toString()),
                    WorkshopCodes::statusFromCode(q.value(3).toString()), SqlValues::date(q.value(5)), q.value(4).toString()});
    }
    return out;
}

std::optional<Workshop> WorkshopStore::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, row_version, %1 FROM workshop WHERE id = ?").arg(QString::fromLatin1(kColumns)));
    q.addBindValue(id);
    if (!StorageHealth::exec(q) || !q.next())
        return std::nullopt;
    Workshop w;
    w.id = q.value(0).toLongLong();
    w.rowVersion = q.value(1).toInt();
    w.title = q.value(2).toString();
    w.kind = WorkshopCodes::kindFromCode(q.value(3).toString());
    w.status = WorkshopCodes::statusFromCode(q.value(4).toString());
    w.venueName = q.value(5).toString();
    w.venueAddress = q.value(6).toString();
    w.venueMapUrl = q.value(7).toString();
    w.organiser = q.value(8).toString();
    w.objectives = q.value(9).toString();
    w.description = q.value(10).toString();
    w.approvedBy = q.value(11).toString();
    w.approvedOn = SqlValues::date(q.value(12));

    QSqlQuery c(m_db);
    c.prepare(QStringLiteral("SELECT day, starts, ends FROM workshop_day WHERE workshop_id = ? ORDER BY day"));
    c.addBindValue(id);
    if (StorageHealth::exec(c))
        while (c.next())
            w.days.append({SqlValues::date(c.value(0)), timeOf(c.value(1)), timeOf(c.value(2))});
    c.prepare(QStringLiteral("SELECT item, quantity, unit_cost, funding_source FROM budget_line WHERE workshop_id = ? ORDER BY position"));
    c.addBindValue(id);
    if (StorageHealth::exec(c))
        while (c.next())
            w.budget.append({c.value(0).toString(), c.value(1).toLongLong(), c.value(2).toLongLong(), c.value(3).toString()});
    c.prepare(QStringLiteral("SELECT day, starts, title, speaker FROM agenda_item WHERE workshop_id = ? ORDER BY day, starts, id"));
    c.addBindValue(id);
    if (StorageHealth::exec(c))
        while (c.next())
            w.agenda.append({SqlValues::date(c.value(0)), timeOf(c.value(1)), c.value(2).toString(), c.value(3).toString()});
    c.prepare(QStringLiteral("SELECT id, name, quota_kind, quota FROM participant_category WHERE workshop_id = ? ORDER BY position"));
    c.addBindValue(id);
    if (StorageHealth::exec(c))
        while (c.next())
            w.categories.append({c.value(0).toLongLong(), c.value(1).toString(), WorkshopCodes::quotaKindFromCode(c.value(2).toString()),
                                 c.value(3).toInt()});
    return w;
}

QHash<qint64, int> WorkshopStore::registeredPerCategory(qint64 workshopId) const
{
    QHash<qint64, int> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT category_id, count(*) FROM registration WHERE workshop_id = ? "
                             "AND status NOT IN ('cancelled', 'invited') GROUP BY category_id"));
    q.addBindValue(workshopId);
    if (StorageHealth::exec(q))
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

FieldErrors WorkshopStore::checkCategories(const Workshop &w) const
{
    FieldErrors errors;
    if (w.id == 0)
        return errors;
    const QHash<qint64, int> registered = registeredPerCategory(w.id);
    // Per-province quotas are checked province by province.
    QHash<qint64, int> busiestProvince;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT category_id, max(n) FROM (SELECT category_id, province_code, count(*) AS n FROM registration "
                             "WHERE workshop_id = ? AND status NOT IN ('cancelled', 'invited') GROUP BY category_id, province_code) "
                             "GROUP BY category_id"));
    q.addBindValue(w.id);
    if (StorageHealth::exec(q))
        while (q.next())
            busiestProvince.insert(q.value(0).toLongLong(), q.value(1).toInt());

    QSet<qint64> kept;
    for (int i = 0; i < w.categories.size(); ++i) {
        const ParticipantCategory &c = w.categories.at(i);
        kept.insert(c.id);
        if (c.id == 0)
            continue;
        const int already = c.quotaKind == QuotaKind::PerProvince ? busiestProvince.value(c.id) : registered.value(c.id);
        if (c.quota < already) {
            errors.append({WorkshopField::row(QStringLiteral("categories"), i, QStringLiteral("quota")),
                           c.quotaKind == QuotaKind::PerProvince
                               ? QCoreApplication::translate("WorkshopStore", "A province already has %1 people registered in this category: the quota cannot be lower.").arg(already)
                               : QCoreApplication::translate("WorkshopStore", "%1 people are already registered in this category: the quota cannot be lower.").arg(already)});
        }
    }
    for (auto it = registered.cbegin(); it != registered.cend(); ++it) {
        if (!kept.contains(it.key()) && it.value() > 0) {
            errors.append({QStringLiteral("categories"),
                           QCoreApplication::translate("WorkshopStore", "A category with registered people cannot be removed: move or cancel their registrations first.")});
            break;
        }
    }
    return errors;
}

bool WorkshopStore::writeChildren(Transaction &t, const Workshop &w)
{
    QSqlQuery q(m_db);
    for (const char *table : {"workshop_day", "budget_line", "agenda_item"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE workshop_id = ?").arg(QString::fromLatin1(table)));
        if (!run(t, q, {w.id}))
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO workshop_day (workshop_id, day, starts, ends) VALUES (?, ?, ?, ?)"));
    for (const WorkshopDay &d : w.days)
        if (!run(t, q, {w.id, d.day.toString(Qt::ISODate), hhmm(d.starts), hhmm(d.ends)}))
            return false;
    q.prepare(QStringLiteral("INSERT INTO budget_line (workshop_id, position, item, quantity, unit_cost, funding_source) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < w.budget.size(); ++i) {
        const BudgetLine &b = w.budget.at(i);
        if (!run(t, q, {w.id, i, SqlValues::text(b.item), b.quantity, b.unitCost, SqlValues::text(b.fundingSource)}))
            return false;
    }
    q.prepare(QStringLiteral("INSERT INTO agenda_item (workshop_id, day, starts, title, speaker) VALUES (?, ?, ?, ?, ?)"));
    for (const AgendaItem &a : w.agenda)
        if (!run(t, q, {w.id, a.day.toString(Qt::ISODate), hhmm(a.starts), SqlValues::text(a.title), SqlValues::text(a.speaker)}))
            return false;

    // Categories keep their ids (registrations refer to them): update, insert, then remove
    // those no longer listed (checkCategories made sure none of those has registrations).
    QList<qint64> keep;
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE participant_category SET position = ?, name = ?, quota_kind = ?, quota = ? "
                                  "WHERE id = ? AND workshop_id = ?"));
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO participant_category (workshop_id, position, name, quota_kind, quota) VALUES (?, ?, ?, ?, ?)"));
    // Names are unique per workshop: park renamed ones first so that swaps do not collide.
    q.prepare(QStringLiteral("UPDATE participant_category SET name = '\x01' || id WHERE workshop_id = ?"));
    if (!run(t, q, {w.id}))
        return false;
    for (int i = 0; i < w.categories.size(); ++i) {
        const ParticipantCategory &c = w.categories.at(i);
        const QString kind = WorkshopCodes::quotaKindCode(c.quotaKind);
        if (c.id != 0) {
            if (!run(t, update, {i, c.name, kind, c.quota, c.id, w.id}))
                return false;
            keep.append(c.id);
        } else {
            if (!run(t, insert, {w.id, i, c.name, kind, c.quota}))
                return false;
            keep.append(insert.lastInsertId().toLongLong());
        }
    }
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT id FROM participant_category WHERE workshop_id = ?"));
    if (!run(t, existing, {w.id}))
        return false;
    QList<qint64> gone;
    while (existing.next())
        if (!keep.contains(existing.value(0).toLongLong()))
            gone.append(existing.value(0).toLongLong());
    q.prepare(QStringLiteral("DELETE FROM participant_category WHERE id = ?"));
    for (qint64 id : gone)
        if (!run(t, q, {id}))
            return false;
    return true;
}

WorkshopStore::SaveResult WorkshopStore::save(Workshop &input)
{
    SaveResult result;
    Workshop w = input;
    result.fieldErrors = cleanAndValidate(w);
    if (result.fieldErrors.isEmpty())
        result.fieldErrors = checkCategories(w);
    if (!result.ok())
        return result;
    Transaction t(m_db);
    const bool isNew = w.id == 0;
    QSqlQuery q(m_db);
    if (isNew) {
        q.prepare(QStringLiteral("INSERT INTO workshop (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(QString::fromLatin1(kColumns)));
        if (run(t, q, rowValues(w))) {
            w.id = q.lastInsertId().toLongLong();
            w.rowVersion = 1;
        }
    } else {
        const QStringList cols = QString::fromLatin1(kColumns).split(QStringLiteral(", "));
        q.prepare(QStringLiteral("UPDATE workshop SET %1 = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?")
                      .arg(cols.join(QStringLiteral(" = ?, "))));
        QVariantList values = rowValues(w);
        values << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << w.id << w.rowVersion;
        if (run(t, q, values) && q.numRowsAffected() != 1) {
            t.fail(QCoreApplication::translate("WorkshopStore", "Someone else changed or deleted this workshop after you opened it. "
                                                                "Open it again to see the latest details."));
            result.conflict = true;
        }
        ++w.rowVersion;
    }
    if (!writeChildren(t, w)
        || !AuditLog::record(t, isNew ? AuditLog::Action::Create : AuditLog::Action::Update, QStringLiteral("workshop"), QString::number(w.id))
        || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    // Give new categories their ids.
    if (const auto stored = find(w.id))
        w.categories = stored->categories;
    input = w;
    return result;
}

WorkshopStore::SaveResult WorkshopStore::remove(qint64 id, int rowVersion)
{
    SaveResult result;
    if (!registeredPerCategory(id).isEmpty()) {
        result.error = QCoreApplication::translate("WorkshopStore", "People are registered for this workshop: cancel it instead of deleting it.");
        return result;
    }
    if (SqlValues::exists(m_db, QStringLiteral("SELECT 1 FROM representative_election WHERE workshop_id = ?"), {id})) {
        result.error = QCoreApplication::translate("WorkshopStore", "Representative elections were held at this workshop: cancel it instead of deleting it.");
        return result;
    }
    Transaction t(m_db);
    QSqlQuery q(m_db);
    // Invited or cancelled registrations go with the workshop.
    q.prepare(QStringLiteral("DELETE FROM registration WHERE workshop_id = ?"));
    if (run(t, q, {id})) {
        q.prepare(QStringLiteral("DELETE FROM workshop WHERE id = ? AND row_version = ?"));
        if (run(t, q, {id, rowVersion}) && q.numRowsAffected() != 1)
            t.fail(QCoreApplication::translate("WorkshopStore", "Someone else changed or deleted this workshop: nothing was deleted."));
    }
    if (!AuditLog::record(t, AuditLog::Action::Delete, QStringLiteral("workshop"), QString::number(id)) || !t.commit())
        result.error = t.errorText();
    return result;
}

} // namespace khana
