#include "GrowthStore.h"

#include "database/StorageHealth.h"
#include "AuditLog.h"
#include "database/Transaction.h"
#include "SqlValues.h"
#include "domain/ThaiText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace khana {

namespace {

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant intOrNull(const std::optional<int> &n)
{
    return n ? QVariant(*n) : QVariant(QMetaType::fromType<int>());
}

QDate monthEnd(const QDate &d)
{
    return QDate(d.year(), d.month(), 1).addMonths(1).addDays(-1);
}

} // namespace

GrowthStore::GrowthStore(const QSqlDatabase &db)
    : m_db(db)
{
}

QList<MemberCount> GrowthStore::counts(const Scope &scope) const
{
    QList<MemberCount> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, row_version, counted_on, count, source FROM member_count WHERE scope_kind = ? AND scope_code = ? ORDER BY counted_on"));
    q.addBindValue(Scope::kindCode(scope.kind));
    q.addBindValue(SqlValues::text(scope.code));
    if (StorageHealth::exec(q))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toInt(), scope, SqlValues::date(q.value(2)), q.value(3).toLongLong(), q.value(4).toString()});
    return out;
}

std::optional<std::pair<qint64, int>> GrowthStore::findCount(const Scope &scope, const QDate &on) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, row_version FROM member_count WHERE scope_kind = ? AND scope_code = ? AND counted_on = ?"));
    for (const QVariant &v : QVariantList{Scope::kindCode(scope.kind), SqlValues::text(scope.code), on.toString(Qt::ISODate)})
        q.addBindValue(v);
    if (StorageHealth::exec(q) && q.next())
        return std::make_pair(q.value(0).toLongLong(), q.value(1).toInt());
    return std::nullopt;
}

GrowthStore::SaveResult GrowthStore::saveCount(MemberCount &c, bool replace, qint64 *existingId)
{
    SaveResult result;
    c.source = ThaiText::normalise(c.source);
    result.fieldErrors = validate(c, QDate::currentDate());
    if (!result.ok())
        return result;
    MemberCount stored = c;
    if (const auto same = findCount(stored.scope, stored.countedOn); same && same->first != stored.id) {
        if (existingId)
            *existingId = same->first;
        if (!replace) {
            result.fieldErrors.append({GrowthField::Date, QCoreApplication::translate("GrowthStore", "A count for this place and date is already recorded: replace it?")});
            return result;
        }
        stored.id = same->first;
        stored.rowVersion = same->second;
    }
    Transaction t(m_db);
    if (!writeCount(t, stored) || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    c = stored;
    return result;
}

GrowthStore::SaveResult GrowthStore::saveCounts(QList<MemberCount> &counts)
{
    SaveResult result;
    QList<MemberCount> stored = counts;
    Transaction t(m_db);
    for (MemberCount &c : stored) {
        c.source = ThaiText::normalise(c.source);
        if (!writeCount(t, c))
            break;
    }
    if (!t.commit()) {
        result.error = t.errorText();
        return result;
    }
    counts = stored;
    return result;
}

bool GrowthStore::writeCount(Transaction &t, MemberCount &c)
{
    QSqlQuery q(m_db);
    if (c.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO member_count (scope_kind, scope_code, counted_on, count, source) VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{Scope::kindCode(c.scope.kind), SqlValues::text(c.scope.code), c.countedOn.toString(Qt::ISODate), c.count, SqlValues::text(c.source)})
            q.addBindValue(v);
    } else {
        q.prepare(QStringLiteral("UPDATE member_count SET count = ?, source = ?, counted_on = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
        for (const QVariant &v : QVariantList{c.count, SqlValues::text(c.source), c.countedOn.toString(Qt::ISODate), c.id, c.rowVersion})
            q.addBindValue(v);
    }
    if (!t.exec(q))
        return false;
    if (c.id != 0 && q.numRowsAffected() != 1)
        return t.fail(QCoreApplication::translate("GrowthStore", "Someone else changed this count meanwhile: nothing was saved."));
    const bool isNew = c.id == 0;
    if (isNew) {
        c.id = q.lastInsertId().toLongLong();
        c.rowVersion = 1;
    } else {
        ++c.rowVersion;
    }
    return AuditLog::record(t, isNew ? AuditLog::Action::Create : AuditLog::Action::Update, QStringLiteral("member_count"), QString::number(c.id));
}

GrowthStore::SaveResult GrowthStore::removeCount(qint64 id)
{
    return removeRow(QStringLiteral("member_count"), id);
}

GrowthStore::SaveResult GrowthStore::removeTarget(qint64 id)
{
    return removeRow(QStringLiteral("growth_target"), id);
}

GrowthStore::SaveResult GrowthStore::removeRow(const QString &table, qint64 id)
{
    SaveResult result;
    Transaction t(m_db);
    QSqlQuery q(m_db);
    // `table` is one of this store's own table names, never user input.
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!t.exec(q) || !AuditLog::record(t, AuditLog::Action::Delete, table, QString::number(id)) || !t.commit())
        result.error = t.errorText();
    return result;
}

QList<GrowthTarget> GrowthStore::targets() const
{
    QList<GrowthTarget> out;
    QSqlQuery q(m_db);
    if (StorageHealth::exec(q, QStringLiteral("SELECT id, row_version, metric, scope_kind, scope_code, value, starts_on, due_on, note FROM growth_target ORDER BY due_on")))
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toInt(), metricFromCode(q.value(2).toString()),
                        {Scope::kindFromCode(q.value(3).toString()), q.value(4).toString()}, q.value(5).toLongLong(),
                        SqlValues::date(q.value(6)), SqlValues::date(q.value(7)), q.value(8).toString()});
    return out;
}

GrowthStore::SaveResult GrowthStore::saveTarget(GrowthTarget &t)
{
    SaveResult result;
    t.note = ThaiText::normalise(t.note);
    result.fieldErrors = validate(t);
    if (!result.ok())
        return result;
    QSqlQuery q(m_db);
    const QVariantList values{metricCode(t.metric), Scope::kindCode(t.scope.kind), SqlValues::text(t.scope.code), t.value, t.startsOn.toString(Qt::ISODate),
                              t.dueOn.toString(Qt::ISODate), SqlValues::text(t.note)};
    if (t.id == 0)
        q.prepare(QStringLiteral("INSERT INTO growth_target (metric, scope_kind, scope_code, value, starts_on, due_on, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE growth_target SET metric = ?, scope_kind = ?, scope_code = ?, value = ?, starts_on = ?, due_on = ?, note = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ?"));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (t.id != 0) {
        q.addBindValue(t.id);
        q.addBindValue(t.rowVersion);
    }
    Transaction tx(m_db);
    if (tx.exec(q) && t.id != 0 && q.numRowsAffected() != 1)
        tx.fail(QCoreApplication::translate("GrowthStore", "Someone else changed this target meanwhile: nothing was saved."));
    const qint64 id = t.id == 0 ? q.lastInsertId().toLongLong() : t.id;
    if (!AuditLog::record(tx, t.id == 0 ? AuditLog::Action::Create : AuditLog::Action::Update, QStringLiteral("growth_target"), QString::number(id))
        || !tx.commit()) {
        result.error = tx.errorText();
        return result;
    }
    t.rowVersion = t.id == 0 ? 1 : t.rowVersion + 1;
    t.id = id;
    return result;
}

QString GrowthStore::scopeCondition(const Scope &scope, QVariantList *values) const
{
    switch (scope.kind) {
    case Scope::Kind::Province:
        values->append(SqlValues::text(scope.code));
        return QStringLiteral(" AND province_code = ?");
    case Scope::Kind::District:
        values->append(SqlValues::text(scope.code));
        return QStringLiteral(" AND district_code = ?");
    case Scope::Kind::Country:
        break;
    }
    return {};
}

GrowthStore::RosterMovements GrowthStore::rosterMovements(const Scope &scope, const QDate &from, const QDate &to) const
{
    // From the monthly summary (schema step 23), kept by the database with every change to
    // people: members at the start, then joins and ends per month of the period, each a range of
    // the summary's rows, however many people joined.
    RosterMovements m;
    m.first = QDate(from.year(), from.month(), 1);
    m.to = to;
    const QString firstMonth = m.first.toString(QStringLiteral("yyyy-MM"));
    const QString lastMonth = to.toString(QStringLiteral("yyyy-MM"));
    {
        QVariantList values{firstMonth};
        const QString where = scopeCondition(scope, &values);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT COALESCE(sum(joined - ended), 0) FROM member_month WHERE month < ?%1").arg(where));
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (StorageHealth::exec(q) && q.next())
            m.before = q.value(0).toLongLong();
    }
    QVariantList values{firstMonth, lastMonth};
    const QString where = scopeCondition(scope, &values);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT month, sum(joined), sum(ended) FROM member_month WHERE month BETWEEN ? AND ?%1 GROUP BY month").arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (StorageHealth::exec(q))
        while (q.next()) {
            m.joined.insert(q.value(0).toString(), q.value(1).toLongLong());
            m.ended.insert(q.value(0).toString(), q.value(2).toLongLong());
        }
    return m;
}

QList<GrowthPoint> GrowthStore::rosterByMonth(const RosterMovements &movements)
{
    qint64 total = movements.before;
    QList<GrowthPoint> out;
    for (QDate m = movements.first; m <= movements.to; m = m.addMonths(1)) {
        const QString key = m.toString(QStringLiteral("yyyy-MM"));
        total += movements.joined.value(key) - movements.ended.value(key);
        out.append({qMin(monthEnd(m), movements.to), total, GrowthPoint::Source::Roster});
    }
    return out;
}

QList<GrowthPoint> GrowthStore::newMembersByMonth(const RosterMovements &movements)
{
    QList<GrowthPoint> out;
    for (QDate m = movements.first; m <= movements.to; m = m.addMonths(1))
        out.append({monthEnd(m), movements.joined.value(m.toString(QStringLiteral("yyyy-MM"))), GrowthPoint::Source::Roster});
    return out;
}

QList<GrowthPoint> GrowthStore::rosterByMonth(const Scope &scope, const QDate &from, const QDate &to) const
{
    return rosterByMonth(rosterMovements(scope, from, to));
}

QList<GrowthPoint> GrowthStore::newMembersByMonth(const Scope &scope, const QDate &from, const QDate &to) const
{
    QList<GrowthPoint> out = newMembersByMonth(rosterMovements(scope, from, to));
    if (from.day() == 1 || out.isEmpty())
        return out;
    // The summary counts whole months: a period from mid-month (a target's start) leaves out
    // who joined earlier that month, a range of the join-date index.
    QVariantList values{QDate(from.year(), from.month(), 1).toString(Qt::ISODate), from.toString(Qt::ISODate)};
    const QString where = scopeCondition(scope, &values);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM person WHERE COALESCE(join_date, '') >= ? AND COALESCE(join_date, '') < ? "
                             "AND membership_type <> 'none'%1").arg(where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (StorageHealth::exec(q) && q.next())
        out.first().value -= q.value(0).toLongLong();
    return out;
}

QList<GrowthPoint> GrowthStore::series(const Scope &scope, const QDate &from, const QDate &to) const
{
    return series(scope, rosterMovements(scope, from, to));
}

QList<GrowthPoint> GrowthStore::series(const Scope &scope, const RosterMovements &movements) const
{
    const QDate from = movements.first;
    const QDate to = movements.to;
    QList<GrowthPoint> out = rosterByMonth(movements);
    const QList<MemberCount> recorded = counts(scope);
    // Where only totals are known, an empty roster says nothing: its zeros are left out rather
    // than drawn as a fall to nobody.
    if (!recorded.isEmpty())
        out.removeIf([](const GrowthPoint &p) { return p.value == 0; });
    for (const MemberCount &c : recorded)
        if (c.countedOn >= from && c.countedOn <= monthEnd(to))
            out.append({c.countedOn, c.count, GrowthPoint::Source::Recorded});
    std::stable_sort(out.begin(), out.end(), [](const GrowthPoint &a, const GrowthPoint &b) { return a.date < b.date; });
    return out;
}

namespace {

const char *const kElectionColumns = "e.id, e.district_code, e.held_on, e.workshop_id, e.candidates, e.votes_cast, e.elected_person_id, "
                                     "e.term_start, e.term_end, e.notes, e.row_version";

// Reads kElectionColumns from `first` on.
RepresentativeElection electionFrom(const QSqlQuery &q, int first = 0)
{
    auto optionalInt = [&q](int column) { return q.value(column).isNull() ? std::nullopt : std::optional<int>(q.value(column).toInt()); };
    return {q.value(first).toLongLong(),       q.value(first + 1).toString(),        SqlValues::date(q.value(first + 2)),
            q.value(first + 3).toLongLong(),   optionalInt(first + 4),               optionalInt(first + 5),
            q.value(first + 6).toLongLong(),   SqlValues::date(q.value(first + 7)), SqlValues::date(q.value(first + 8)),
            q.value(first + 9).toString(),     q.value(first + 10).toInt()};
}

// The values of an election in the column order of its INSERT and UPDATE.
QVariantList electionValues(const RepresentativeElection &e)
{
    return {e.districtCode, e.heldOn.toString(Qt::ISODate), idOrNull(e.workshopId), intOrNull(e.candidates),
            intOrNull(e.votesCast), idOrNull(e.electedPersonId), SqlValues::dateOrNull(e.termStart),
            SqlValues::dateOrNull(e.termEnd), SqlValues::text(e.notes)};
}

} // namespace

GrowthStore::SaveResult GrowthStore::saveElection(RepresentativeElection &e)
{
    SaveResult result;
    e.notes = e.notes.normalized(QString::NormalizationForm_C).trimmed();
    SqlValues::Lookups lookups(m_db);
    if (!lookups.exists(QStringLiteral("SELECT 1 FROM district WHERE code = ?"), {e.districtCode}) && !lookups.failed())
        result.fieldErrors.append({QStringLiteral("district"), QCoreApplication::translate("GrowthStore", "Choose a district.")});
    if (lookups.failed()) {
        result.error = lookups.errorText();
        return result;
    }
    if (!e.heldOn.isValid())
        result.fieldErrors.append({GrowthField::Date, QCoreApplication::translate("GrowthStore", "Enter the date of the election.")});
    if (e.termStart.isValid() && e.termEnd.isValid() && e.termEnd <= e.termStart)
        result.fieldErrors.append({QStringLiteral("term"), QCoreApplication::translate("GrowthStore", "The term ends before it starts.")});
    if ((e.candidates && *e.candidates < 0) || (e.votesCast && *e.votesCast < 0))
        result.fieldErrors.append({GrowthField::Count, QCoreApplication::translate("GrowthStore", "Counts cannot be negative.")});
    if (!result.ok())
        return result;
    QSqlQuery q(m_db);
    q.prepare(e.id == 0 ? QStringLiteral("INSERT INTO representative_election (district_code, held_on, workshop_id, candidates, votes_cast, elected_person_id, "
                                         "term_start, term_end, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        : QStringLiteral("UPDATE representative_election SET district_code = ?, held_on = ?, workshop_id = ?, candidates = ?, votes_cast = ?, "
                                         "elected_person_id = ?, term_start = ?, term_end = ?, notes = ?, row_version = row_version + 1, "
                                         "updated_at = ? WHERE id = ? AND row_version = ?"));
    for (const QVariant &v : electionValues(e))
        q.addBindValue(v);
    if (e.id != 0) {
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(e.id);
        q.addBindValue(e.rowVersion);
    }
    Transaction t(m_db);
    if (t.exec(q) && e.id != 0 && q.numRowsAffected() == 0)
        t.fail(QCoreApplication::translate("GrowthStore", "Someone else changed or removed this election. Close this window and open it again."));
    const qint64 id = e.id == 0 ? q.lastInsertId().toLongLong() : e.id;
    if (!AuditLog::record(t, e.id == 0 ? AuditLog::Action::Create : AuditLog::Action::Update, QStringLiteral("representative_election"), QString::number(id))
        || !t.commit()) {
        result.error = t.errorText();
        return result;
    }
    e.rowVersion = e.id == 0 ? 1 : e.rowVersion + 1;
    e.id = id;
    return result;
}

GrowthStore::SaveResult GrowthStore::removeElection(qint64 id, int rowVersion)
{
    SaveResult result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM representative_election WHERE id = ? AND row_version = ?"));
    q.addBindValue(id);
    q.addBindValue(rowVersion);
    Transaction t(m_db);
    if (t.exec(q) && q.numRowsAffected() == 0)
        t.fail(QCoreApplication::translate("GrowthStore", "Someone else changed or removed this election."));
    if (!AuditLog::record(t, AuditLog::Action::Delete, QStringLiteral("representative_election"), QString::number(id)) || !t.commit())
        result.error = t.errorText();
    return result;
}

GrowthStore::SaveResult GrowthStore::restoreElection(const RepresentativeElection &e)
{
    SaveResult result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO representative_election (district_code, held_on, workshop_id, candidates, votes_cast, elected_person_id, "
                             "term_start, term_end, notes, row_version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : electionValues(e))
        q.addBindValue(v);
    q.addBindValue(e.rowVersion);
    q.addBindValue(e.id);
    Transaction t(m_db);
    if (!t.exec(q) || !AuditLog::record(t, AuditLog::Action::Create, QStringLiteral("representative_election"), QString::number(e.id)) || !t.commit())
        result.error = t.errorText();
    return result;
}

std::optional<RepresentativeElection> GrowthStore::findElection(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM representative_election e WHERE e.id = ?").arg(QLatin1String(kElectionColumns)));
    q.addBindValue(id);
    if (!StorageHealth::exec(q) || !q.next())
        return std::nullopt;
    return electionFrom(q);
}

QList<ElectionListing> GrowthStore::elections(const ElectionFilter &filter) const
{
    QList<ElectionListing> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1, d.name_th, d.name_en, p.name_th, p.name_en, COALESCE(w.title, ''), COALESCE(x.name_th, '') "
                             "FROM representative_election e JOIN district d ON d.code = e.district_code "
                             "JOIN province p ON p.code = d.province_code "
                             "LEFT JOIN workshop w ON w.id = e.workshop_id LEFT JOIN person x ON x.id = e.elected_person_id "
                             "WHERE (? = '' OR d.province_code = ?) AND (? = 0 OR e.workshop_id = ?) "
                             "ORDER BY e.held_on DESC, d.name_th, e.id DESC")
                  .arg(QLatin1String(kElectionColumns)));
    q.addBindValue(SqlValues::text(filter.provinceCode));
    q.addBindValue(SqlValues::text(filter.provinceCode));
    q.addBindValue(filter.workshopId);
    q.addBindValue(filter.workshopId);
    if (StorageHealth::exec(q))
        while (q.next())
            out.append({electionFrom(q), q.value(11).toString(), q.value(12).toString(), q.value(13).toString(),
                        q.value(14).toString(), q.value(15).toString(), q.value(16).toString()});
    return out;
}

Coverage GrowthStore::coverage(const QString &provinceCode, const QDate &on) const
{
    Coverage c;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*), count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM representative_election e WHERE e.district_code = d.code "
                             "AND e.elected_person_id IS NOT NULL AND e.held_on <= ? AND (e.term_end IS NULL OR e.term_end >= ?)) THEN d.code END) "
                             "FROM district d WHERE ? = '' OR d.province_code = ?"));
    const QString day = on.toString(Qt::ISODate);
    for (const QVariant &v : QVariantList{day, day, SqlValues::text(provinceCode), SqlValues::text(provinceCode)})
        q.addBindValue(v);
    if (StorageHealth::exec(q) && q.next()) {
        c.districts = q.value(0).toInt();
        c.withRepresentative = q.value(1).toInt();
    }
    return c;
}

QStringList GrowthStore::districtsWithoutRepresentative(const QString &provinceCode, const QDate &on) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT d.code FROM district d WHERE (? = '' OR d.province_code = ?) AND NOT EXISTS (SELECT 1 FROM representative_election e "
                             "WHERE e.district_code = d.code AND e.elected_person_id IS NOT NULL AND e.held_on <= ? AND (e.term_end IS NULL OR e.term_end >= ?)) "
                             "ORDER BY d.code"));
    const QString day = on.toString(Qt::ISODate);
    for (const QVariant &v : QVariantList{SqlValues::text(provinceCode), SqlValues::text(provinceCode), day, day})
        q.addBindValue(v);
    if (StorageHealth::exec(q))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QList<AreaFigure> GrowthStore::breakdown(const Scope &scope, const QDate &on) const
{
    const bool byDistrict = scope.kind == Scope::Kind::Province;
    const QString column = byDistrict ? QStringLiteral("district_code") : QStringLiteral("province_code");
    const QString day = on.toString(Qt::ISODate);
    QHash<QString, AreaFigure> figures;

    // Members on `on`: the summary's months up to its month, less those who join or leave later
    // that month (a few rows of the member_joined and member_ended indexes, one range per
    // province).
    const QString month = on.toString(QStringLiteral("yyyy-MM"));
    const QString after = on.addDays(1).toString(Qt::ISODate);
    const QString lastDay = monthEnd(on).toString(Qt::ISODate);
    const QString provinces = byDistrict ? QStringLiteral("province_code = ?") : QStringLiteral("province_code IN (SELECT code FROM province)");
    QSqlQuery roster(m_db);
    roster.setForwardOnly(true);
    roster.prepare(QStringLiteral("SELECT area, sum(n) FROM ("
                                  "SELECT %1 AS area, sum(joined - ended) AS n FROM member_month WHERE month <= ? AND %1 <> ''%2 GROUP BY 1 "
                                  "UNION ALL SELECT %1, -count(*) FROM person WHERE membership_type <> 'none' AND join_date IS NOT NULL AND %3 "
                                  "AND join_date BETWEEN ? AND ? AND %1 IS NOT NULL GROUP BY 1 "
                                  "UNION ALL SELECT %1, count(*) FROM person WHERE membership_type <> 'none' AND end_date IS NOT NULL AND %3 "
                                  "AND end_date BETWEEN ? AND ? AND join_date IS NOT NULL AND %1 IS NOT NULL GROUP BY 1"
                                  ") moves GROUP BY area HAVING sum(n) > 0")
                       .arg(column, byDistrict ? QStringLiteral(" AND province_code = ?") : QString(), provinces));
    QVariantList values{month};
    if (byDistrict)
        values.append(SqlValues::text(scope.code));
    for (int part = 0; part < 2; ++part) {
        if (byDistrict)
            values.append(SqlValues::text(scope.code));
        values << after << lastDay;
    }
    for (const QVariant &v : values)
        roster.addBindValue(v);
    if (StorageHealth::exec(roster))
        while (roster.next())
            figures.insert(roster.value(0).toString(), {roster.value(0).toString(), roster.value(1).toLongLong(), GrowthPoint::Source::Roster});

    // Where the roster has nobody, the latest count recorded for the area on or before `on`.
    QSqlQuery recorded(m_db);
    recorded.setForwardOnly(true);
    recorded.prepare(byDistrict
                         ? QStringLiteral("SELECT c.scope_code, c.count FROM member_count c JOIN district d ON d.code = c.scope_code "
                                          "WHERE c.scope_kind = 'district' AND d.province_code = ? AND c.counted_on = (SELECT max(counted_on) "
                                          "FROM member_count m WHERE m.scope_kind = c.scope_kind AND m.scope_code = c.scope_code AND m.counted_on <= ?)")
                         : QStringLiteral("SELECT c.scope_code, c.count FROM member_count c WHERE c.scope_kind = 'province' AND c.counted_on = "
                                          "(SELECT max(counted_on) FROM member_count m WHERE m.scope_kind = c.scope_kind "
                                          "AND m.scope_code = c.scope_code AND m.counted_on <= ?)"));
    if (byDistrict)
        recorded.addBindValue(SqlValues::text(scope.code));
    recorded.addBindValue(day);
    if (StorageHealth::exec(recorded))
        while (recorded.next())
            if (!figures.contains(recorded.value(0).toString()))
                figures.insert(recorded.value(0).toString(), {recorded.value(0).toString(), recorded.value(1).toLongLong(), GrowthPoint::Source::Recorded});

    QList<AreaFigure> out = figures.values();
    std::sort(out.begin(), out.end(), [](const AreaFigure &a, const AreaFigure &b) { return a.value != b.value ? a.value > b.value : a.code < b.code; });
    return out;
}

QList<std::pair<QString, Coverage>> GrowthStore::coverageByProvince(const QDate &on) const
{
    QList<std::pair<QString, Coverage>> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.province_code, count(*), sum(CASE WHEN EXISTS (SELECT 1 FROM representative_election e "
                             "WHERE e.district_code = d.code AND e.elected_person_id IS NOT NULL AND e.held_on <= ? "
                             "AND (e.term_end IS NULL OR e.term_end >= ?)) THEN 1 ELSE 0 END) "
                             "FROM district d GROUP BY d.province_code ORDER BY d.province_code"));
    const QString day = on.toString(Qt::ISODate);
    q.addBindValue(day);
    q.addBindValue(day);
    if (StorageHealth::exec(q))
        while (q.next())
            out.append({q.value(0).toString(), Coverage{q.value(2).toInt(), q.value(1).toInt()}});
    return out;
}

} // namespace khana
