// PackMerge::merge(): the changes of a pack set against the office, record by record, in one
// transaction. PackMerge.cpp reads and checks the pack.
#include "PackMerge.h"

#include "database/Transaction.h"
#include "domain/BadgeCode.h"
#include "domain/Collation.h"
#include "domain/DisplayConventions.h"
#include "domain/Person.h"
#include "stores/AuditLog.h"
#include "stores/PersonStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <map>

namespace khana {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PackMerge)
};

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString when(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    if (!at.isValid())
        return iso;
    return DisplayConventions::current().dates().shortDate(at.date()) + QLatin1Char(' ') + at.toString(QStringLiteral("HH:mm"));
}

bool earlier(const QString &a, const QString &b)
{
    return QDateTime::fromString(a, Qt::ISODateWithMs) < QDateTime::fromString(b, Qt::ISODateWithMs);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString field(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

struct OfficeRegistration
{
    qint64 id = 0;
    qint64 personId = 0;
    QString status;
    QString checkedInAt;
    QString checkedInBy;
};

struct OfficeGroup
{
    int number = 0;
    QString topic;
    QString facilitator;
};

// The merge's statements, prepared once and run inside its transaction.
class Statements
{
public:
    Statements(Transaction &t, const QSqlDatabase &db)
        : m_t(t)
        , m_db(db)
    {
    }
    // Runs `sql` with `values`; the query for reading what it gives, or nullptr on failure.
    QSqlQuery *run(const QString &sql, const QVariantList &values)
    {
        auto [found, added] = m_queries.try_emplace(sql, m_db);
        QSqlQuery &q = found->second;
        if (added)
            q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        return m_t.exec(q) ? &q : nullptr;
    }

private:
    Transaction &m_t;
    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_queries;
};

} // namespace

PackMerge::Report PackMerge::merge(const Decisions &decisions, const WorkProgress &progress)
{
    Report rep;
    const qint64 workshop = m_info.workshopId;
    Transaction t(m_office);
    Statements sql(t, m_office);
    auto failed = [&]() {
        rep.error = t.errorText();
        return rep;
    };
    // One merge of this pack at a time: a second waits here for the first's commit, then sees
    // what it merged.
    if (!sql.run(QStringLiteral("UPDATE workshop_pack SET merged_at = merged_at WHERE uid = ?"), {m_info.uid}))
        return failed();
    {
        QSqlQuery *merged = sql.run(QStringLiteral("SELECT change_uid, server_id FROM pack_change_merged WHERE pack_uid = ?"), {m_info.uid});
        if (!merged)
            return failed();
        m_merged.clear();
        while (merged->next())
            m_merged.insert(merged->value(0).toString(), merged->value(1).toLongLong());
    }
    rep.alreadyMerged = int(m_changes.size()) - changesToMerge();

    QHash<QString, qint64> made; // the change that added a row in the pack → the office's row
    struct Done
    {
        QString uid;
        bool applied;
        qint64 serverId;
    };
    QList<Done> done;
    auto mark = [&](const Net &n, bool applied, qint64 serverId = 0) {
        for (const QString &uid : n.uids)
            done.append({uid, applied, uid == n.uids.first() ? serverId : 0});
    };
    // The office's row for a row of the pack: the same id, unless the pack added it (then the
    // row it became, or 0 while it waits for a decision).
    auto officeRow = [&](const QString &entity, qint64 packRow) -> qint64 {
        const QString by = m_insertedBy.value(rowKey(entity, packRow));
        if (by.isEmpty())
            return packRow;
        return made.contains(by) ? made.value(by) : m_merged.value(by, 0);
    };
    auto line = [&](Report::Kind kind, const QString &what, const QString &why) { rep.lines.append({kind, what, why}); };

    const QList<Net> people = netsOf(QStringLiteral("person"));
    const QList<Net> groups = netsOf(QStringLiteral("breakout_group"));
    const QList<Net> registrations = netsOf(QStringLiteral("registration"));
    const QList<Net> members = netsOf(QStringLiteral("group_member"));
    const QList<Net> outcomes = netsOf(QStringLiteral("outcome"));
    const qint64 total = people.size() + groups.size() + registrations.size() + members.size() + outcomes.size();
    qint64 step = 0;
    auto stopped = [&]() {
        if (++step % 100 != 0 || keepGoing(progress, step, total))
            return false;
        rep.cancelled = true;
        return true;
    };

    // Walk-ins: the same person at the office, a new one, or waiting for a decision.
    QList<Person> newPeople;
    QList<const Net *> newPeopleNets;
    for (const Net &n : people) {
        if (stopped())
            return rep;
        const QString name = field(n.after.isEmpty() ? n.before : n.after, "name_th");
        if (!n.inserted) {
            // A walk-in corrected at the workshop after an earlier merge took them in.
            const qint64 id = officeRow(QStringLiteral("person"), n.rowId);
            QSqlQuery *q = sql.run(QStringLiteral("SELECT name_th, name_en, nickname, phone FROM person WHERE id = ?"), {id});
            if (!q)
                return failed();
            const bool asBefore = q->next() && q->value(0).toString() == field(n.before, "name_th") && q->value(1).toString() == field(n.before, "name_en")
                                  && q->value(2).toString() == field(n.before, "nickname") && q->value(3).toString() == field(n.before, "phone");
            if (!asBefore) {
                line(Report::Kind::Skipped, name, Text::tr("Corrected at the workshop, but changed or removed at the office meanwhile: the office's details are kept."));
                mark(n, false);
                continue;
            }
            if (!sql.run(QStringLiteral("UPDATE person SET name_th = ?, sort_key = ?, name_en = ?, nickname = ?, phone = ?, updated_at = ?, "
                                        "row_version = row_version + 1 WHERE id = ?"),
                         {field(n.after, "name_th"), Collation::sortKey(field(n.after, "name_th")), field(n.after, "name_en"),
                          field(n.after, "nickname"), field(n.after, "phone"), nowText(), id})
                || !AuditLog::record(t, AuditLog::Action::Update, QStringLiteral("person"), QString::number(id),
                                     QStringLiteral("corrected at the workshop")))
                return failed();
            mark(n, true);
            continue;
        }
        qint64 same = 0;
        if (decisions.walkIns.contains(n.uids.first())) {
            same = decisions.walkIns.value(n.uids.first());
        } else {
            QSqlError lookup;
            const auto found = candidatesFor(n.after, &lookup);
            if (!found) {
                t.fail(lookup);
                return failed();
            }
            const QList<Candidate> &alike = *found;
            same = samePersonOf(alike);
            if (!alike.isEmpty() && same == 0) {
                line(Report::Kind::Waiting, name, Text::tr("Someone alike is in the office's people (the same phone or name): decide whether this walk-in is them."));
                continue;
            }
            if (same)
                line(Report::Kind::Note, name, Text::tr("Taken as the office's person with the same name and phone."));
        }
        if (same) {
            QSqlQuery *q = sql.run(QStringLiteral("SELECT 1 FROM person WHERE id = ?"), {same});
            if (!q)
                return failed();
            if (!q->next()) {
                line(Report::Kind::Waiting, name, Text::tr("The person chosen for this walk-in is no longer in the office's people: choose again."));
                continue;
            }
            made.insert(n.uids.first(), same);
            mark(n, true, same);
            ++rep.walkInsMatched;
            continue;
        }
        Person p;
        p.nameTh = field(n.after, "name_th");
        p.nameEn = field(n.after, "name_en");
        p.nickname = field(n.after, "nickname");
        p.phone = field(n.after, "phone");
        p.provinceCode = field(n.after, "province_code");
        p.districtCode = field(n.after, "district_code");
        newPeople.append(p);
        newPeopleNets.append(&n);
    }
    if (!newPeople.isEmpty() && !PersonStore(m_office).insertBulk(t, newPeople))
        return failed();
    for (qsizetype i = 0; i < newPeople.size(); ++i) {
        made.insert(newPeopleNets.at(i)->uids.first(), newPeople.at(i).id);
        mark(*newPeopleNets.at(i), true, newPeople.at(i).id);
        ++rep.walkInsAdded;
    }

    // Breakout groups: a group made at the workshop joins the office's of the same number.
    QHash<qint64, OfficeGroup> officeGroups;
    QHash<int, qint64> groupByNumber;
    {
        QSqlQuery *q = sql.run(QStringLiteral("SELECT id, number, topic, facilitator FROM breakout_group WHERE workshop_id = ?"), {workshop});
        if (!q)
            return failed();
        while (q->next()) {
            officeGroups.insert(q->value(0).toLongLong(), {q->value(1).toInt(), q->value(2).toString(), q->value(3).toString()});
            groupByNumber.insert(q->value(1).toInt(), q->value(0).toLongLong());
        }
    }
    auto groupAs = [](const OfficeGroup &g, const QJsonObject &o) {
        return o.value(QStringLiteral("number")).toInt() == g.number && field(o, "topic") == g.topic && field(o, "facilitator") == g.facilitator;
    };
    for (const Net &n : groups) {
        if (stopped())
            return rep;
        const QString name = Text::tr("Group %1").arg(field(n.after.isEmpty() ? n.before : n.after, "number"));
        if (n.inserted) {
            if (n.removed) {
                mark(n, true);
                continue;
            }
            const int number = n.after.value(QStringLiteral("number")).toInt();
            qint64 id = groupByNumber.value(number);
            if (id) {
                line(Report::Kind::Note, name, Text::tr("Made at the workshop while the office made a group of the same number: the two are one group."));
            } else {
                QSqlQuery *q = sql.run(QStringLiteral("INSERT INTO breakout_group (workshop_id, number, topic, facilitator) VALUES (?, ?, ?, ?)"),
                                       {workshop, number, field(n.after, "topic"), field(n.after, "facilitator")});
                if (!q)
                    return failed();
                id = q->lastInsertId().toLongLong();
                officeGroups.insert(id, {number, field(n.after, "topic"), field(n.after, "facilitator")});
                groupByNumber.insert(number, id);
                ++rep.groupChanges;
            }
            made.insert(n.uids.first(), id);
            mark(n, true, id);
            continue;
        }
        const qint64 id = officeRow(QStringLiteral("breakout_group"), n.rowId);
        const auto office = officeGroups.constFind(id);
        if (office == officeGroups.cend()) {
            if (!n.removed)
                line(Report::Kind::Skipped, name, Text::tr("Changed at the workshop, but removed at the office meanwhile."));
            mark(n, n.removed);
            continue;
        }
        if (!n.removed && groupAs(*office, n.after)) {
            mark(n, true);
            continue;
        }
        if (!groupAs(*office, n.before)) {
            line(Report::Kind::Skipped, name, Text::tr("Changed at the workshop and at the office: the office's version is kept."));
            mark(n, false);
            continue;
        }
        const bool ok = n.removed ? sql.run(QStringLiteral("DELETE FROM breakout_group WHERE id = ?"), {id}) != nullptr
                                  : sql.run(QStringLiteral("UPDATE breakout_group SET number = ?, topic = ?, facilitator = ?, row_version = row_version + 1 "
                                                           "WHERE id = ?"),
                                            {n.after.value(QStringLiteral("number")).toInt(), field(n.after, "topic"), field(n.after, "facilitator"), id})
                                        != nullptr;
        if (!ok)
            return failed();
        if (n.removed)
            officeGroups.remove(id);
        ++rep.groupChanges;
        mark(n, true);
    }

    // Registrations: walk-ins' and every check-in, taking back and status change.
    QHash<qint64, OfficeRegistration> office;
    QHash<qint64, qint64> registrationOfPerson;
    QSet<qint64> categories; // the workshop's: a walk-in's registration must be in one of them
    {
        QSqlQuery *q = sql.run(QStringLiteral("SELECT id FROM participant_category WHERE workshop_id = ?"), {workshop});
        if (!q)
            return failed();
        while (q->next())
            categories.insert(q->value(0).toLongLong());
    }
    {
        QSqlQuery *q = sql.run(QStringLiteral("SELECT id, person_id, status, checked_in_at, checked_in_by FROM registration WHERE workshop_id = ?"), {workshop});
        if (!q)
            return failed();
        while (q->next()) {
            const OfficeRegistration r{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                                       q->value(4).toString()};
            office.insert(r.id, r);
            if (r.personId != 0) // an erased person's registration has none
                registrationOfPerson.insert(r.personId, r.id);
        }
    }
    for (const Net &n : registrations) {
        if (stopped())
            return rep;
        const QString name = personName(n.rowId);
        QJsonObject before = n.before;
        OfficeRegistration *current = nullptr;
        if (n.inserted) {
            const qint64 person = officeRow(QStringLiteral("person"), n.after.value(QStringLiteral("person_id")).toInteger());
            if (person == 0) {
                line(Report::Kind::Waiting, name, Text::tr("A walk-in: merged once it is decided who they are."));
                continue;
            }
            if (!categories.contains(n.after.value(QStringLiteral("category_id")).toInteger())) {
                line(Report::Kind::Skipped, name, Text::tr("Registered in a participant category the office has removed meanwhile: not merged."));
                mark(n, false);
                continue;
            }
            if (const qint64 existing = registrationOfPerson.value(person)) {
                line(Report::Kind::Note, name, Text::tr("Registered at the office too meanwhile: the two registrations are one."));
                current = &office[existing];
                // Set against the office's as a registration from nothing: the earliest
                // check-in of the two is kept.
                before = QJsonObject{{QStringLiteral("status"), QStringLiteral("registered")}};
                made.insert(n.uids.first(), existing);
            } else {
                // The badge printed at the workshop keeps its code, unless the office gave it
                // to someone else meanwhile.
                QString badge = field(n.after, "badge_code");
                for (;;) {
                    QSqlQuery *taken = sql.run(QStringLiteral("SELECT 1 FROM registration WHERE badge_code = ?"), {badge});
                    if (!taken)
                        return failed();
                    if (!taken->next())
                        break;
                    badge = BadgeCode::generate();
                }
                if (badge != field(n.after, "badge_code"))
                    line(Report::Kind::Note, name, Text::tr("The badge code was given to someone else at the office meanwhile: the new code is %1.").arg(badge));
                QSqlQuery *q = sql.run(QStringLiteral("INSERT INTO registration (workshop_id, person_id, category_id, province_code, status, badge_code, "
                                                      "checked_in_at, checked_in_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                       {workshop, person, n.after.value(QStringLiteral("category_id")).toInteger(), textOrNull(field(n.after, "province_code")),
                                        field(n.after, "status"), badge, textOrNull(field(n.after, "checked_in_at")),
                                        textOrNull(field(n.after, "checked_in_by"))});
                if (!q)
                    return failed();
                const qint64 id = q->lastInsertId().toLongLong();
                office.insert(id, {id, person, field(n.after, "status"), field(n.after, "checked_in_at"), field(n.after, "checked_in_by")});
                registrationOfPerson.insert(person, id);
                made.insert(n.uids.first(), id);
                if (!field(n.after, "checked_in_at").isEmpty())
                    ++rep.checkIns;
                mark(n, true, id);
                continue;
            }
        } else {
            const qint64 id = officeRow(QStringLiteral("registration"), n.rowId);
            if (id == 0) {
                line(Report::Kind::Waiting, name, Text::tr("A walk-in: merged once it is decided who they are."));
                continue;
            }
            const auto found = office.find(id);
            if (found == office.end()) {
                line(Report::Kind::Skipped, name, Text::tr("No longer registered at the office: what this desk recorded for them was not merged."));
                mark(n, false);
                continue;
            }
            current = &*found;
        }
        const QString wasIn = field(before, "checked_in_at");
        const QString nowIn = field(n.after, "checked_in_at");
        QString status = current->status;
        QString at = current->checkedInAt;
        QString by = current->checkedInBy;
        bool applied = true;
        if (!nowIn.isEmpty() && nowIn != wasIn) {
            // Checked in at the workshop: the earliest check-in of all desks is kept.
            if (current->checkedInAt.isEmpty() || current->checkedInAt == wasIn) {
                if (current->status == QLatin1String("cancelled"))
                    line(Report::Kind::Note, name, Text::tr("Cancelled at the office, but checked in at the workshop: counted as attended."));
                status = QStringLiteral("attended");
                at = nowIn;
                by = field(n.after, "checked_in_by");
                ++rep.checkIns;
            } else if (current->checkedInAt != nowIn && earlier(current->checkedInAt, nowIn)) {
                line(Report::Kind::Skipped, name, Text::tr("Already checked in at %1 by %2; this desk's check-in at %3 (%4) is later: the earlier is kept.")
                                                      .arg(when(current->checkedInAt), current->checkedInBy, when(nowIn), field(n.after, "checked_in_by")));
                applied = false;
            } else if (current->checkedInAt != nowIn) {
                line(Report::Kind::Note, name, Text::tr("Also checked in at %1 by %2, later: this desk's earlier check-in at %3 (%4) is kept.")
                                                   .arg(when(current->checkedInAt), current->checkedInBy, when(nowIn), field(n.after, "checked_in_by")));
                status = QStringLiteral("attended");
                at = nowIn;
                by = field(n.after, "checked_in_by");
                ++rep.checkIns;
            }
        } else if (nowIn.isEmpty() && !wasIn.isEmpty()) {
            // Taken back at the workshop (or given a status without an arrival).
            if (current->checkedInAt == wasIn) {
                status = field(n.after, "status");
                at.clear();
                by.clear();
                ++rep.checkInsTakenBack;
            } else if (!current->checkedInAt.isEmpty()) {
                line(Report::Kind::Skipped, name, Text::tr("The check-in taken back at this desk is not the one the office holds (%1 by %2): that one is kept.")
                                                      .arg(when(current->checkedInAt), current->checkedInBy));
                applied = false;
            }
        } else if (field(n.after, "status") != field(before, "status")) {
            if (current->status == field(before, "status")) {
                status = field(n.after, "status");
                ++rep.statusChanges;
            } else if (current->status != field(n.after, "status")) {
                line(Report::Kind::Skipped, name, Text::tr("Its status was changed at the office meanwhile: the office's is kept."));
                applied = false;
            }
        }
        if (status != current->status || at != current->checkedInAt || by != current->checkedInBy) {
            if (!sql.run(QStringLiteral("UPDATE registration SET status = ?, checked_in_at = ?, checked_in_by = ?, updated_at = ?, "
                                        "row_version = row_version + 1 WHERE id = ?"),
                         {status, textOrNull(at), textOrNull(by), nowText(), current->id}))
                return failed();
            current->status = status;
            current->checkedInAt = at;
            current->checkedInBy = by;
        }
        mark(n, applied, n.inserted ? current->id : 0);
    }

    // Who is in which group.
    QHash<qint64, qint64> groupOf;
    {
        QSqlQuery *q = sql.run(QStringLiteral("SELECT m.registration_id, m.group_id FROM group_member m JOIN breakout_group g ON g.id = m.group_id "
                                              "WHERE g.workshop_id = ?"),
                               {workshop});
        if (!q)
            return failed();
        while (q->next())
            groupOf.insert(q->value(0).toLongLong(), q->value(1).toLongLong());
    }
    for (const Net &n : members) {
        if (stopped())
            return rep;
        const QString name = personName(n.rowId);
        const qint64 registration = officeRow(QStringLiteral("registration"), n.rowId);
        if (registration == 0) {
            line(Report::Kind::Waiting, name, Text::tr("A walk-in's group: merged once it is decided who they are."));
            continue;
        }
        const qint64 from = n.inserted ? 0 : officeRow(QStringLiteral("breakout_group"), n.before.value(QStringLiteral("group_id")).toInteger());
        const qint64 to = n.removed ? 0 : officeRow(QStringLiteral("breakout_group"), n.after.value(QStringLiteral("group_id")).toInteger());
        const qint64 now = groupOf.value(registration);
        if (now == to) {
            mark(n, true);
            continue;
        }
        if (now != from || (to != 0 && !officeGroups.contains(to)) || !office.contains(registration)) {
            line(Report::Kind::Skipped, name, Text::tr("Put in another group at the office meanwhile (or the group was removed there): the office's is kept."));
            mark(n, false);
            continue;
        }
        if (!sql.run(QStringLiteral("DELETE FROM group_member WHERE registration_id = ?"), {registration})
            || (to != 0 && !sql.run(QStringLiteral("INSERT INTO group_member (group_id, registration_id) VALUES (?, ?)"), {to, registration})))
            return failed();
        groupOf.insert(registration, to);
        ++rep.memberships;
        mark(n, true);
    }

    // Outcomes, by their uid.
    for (const Net &n : outcomes) {
        if (stopped())
            return rep;
        const QJsonObject &known = n.removed ? n.before : n.after;
        const QString uid = field(n.inserted ? n.after : n.before, "uid");
        const QString shown = field(known, "text").left(60);
        if (n.inserted && n.removed) {
            mark(n, true);
            continue;
        }
        QSqlQuery *q = sql.run(QStringLiteral("SELECT o.id, o.kind, o.text FROM outcome o JOIN breakout_group g ON g.id = o.group_id "
                                              "WHERE o.uid = ? AND g.workshop_id = ?"),
                               {uid, workshop});
        if (!q)
            return failed();
        const bool atOffice = q->next();
        const qint64 officeId = atOffice ? q->value(0).toLongLong() : 0;
        const bool asAfter = atOffice && !n.removed && q->value(1).toString() == field(n.after, "kind") && q->value(2).toString() == field(n.after, "text");
        const bool asBefore = atOffice && !n.inserted && q->value(1).toString() == field(n.before, "kind") && q->value(2).toString() == field(n.before, "text");
        if (asAfter || (!atOffice && n.removed)) {
            mark(n, true);
            continue;
        }
        if (!n.inserted && !asBefore) {
            // Changed on both sides: a person chooses.
            if (!decisions.keepPackOutcome.contains(uid)) {
                line(Report::Kind::Waiting, shown, Text::tr("Changed at the workshop and at the office: decide which version to keep."));
                continue;
            }
            if (!decisions.keepPackOutcome.value(uid)) {
                line(Report::Kind::Skipped, shown, Text::tr("Changed at the workshop and at the office: the office's version is kept, as chosen."));
                mark(n, false);
                continue;
            }
        }
        if (n.removed) {
            if (!sql.run(QStringLiteral("DELETE FROM outcome WHERE id = ?"), {officeId}))
                return failed();
            ++rep.outcomesRemoved;
        } else if (atOffice) {
            if (!sql.run(QStringLiteral("UPDATE outcome SET kind = ?, text = ?, updated_at = ?, row_version = row_version + 1 WHERE id = ?"),
                         {field(n.after, "kind"), field(n.after, "text"), nowText(), officeId}))
                return failed();
            ++rep.outcomesChanged;
        } else {
            const qint64 group = officeRow(QStringLiteral("breakout_group"), n.after.value(QStringLiteral("group_id")).toInteger());
            if (!officeGroups.contains(group)) {
                line(Report::Kind::Skipped, shown, Text::tr("Its group was removed at the office meanwhile: the outcome was not merged."));
                mark(n, false);
                continue;
            }
            QSqlQuery *last = sql.run(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM outcome WHERE group_id = ?"), {group});
            if (!last || !last->next())
                return failed();
            const int position = last->value(0).toInt() + 1;
            if (!sql.run(QStringLiteral("INSERT INTO outcome (uid, group_id, kind, position, text) VALUES (?, ?, ?, ?, ?)"),
                         {uid, group, field(n.after, "kind"), position, field(n.after, "text")}))
                return failed();
            ++rep.outcomesAdded;
        }
        mark(n, true);
    }

    // The last moment to stop: nothing is stored until the commit below.
    if (!keepGoing(progress, total, total)) {
        rep.cancelled = true;
        return rep;
    }
    // What was merged or skipped, so that the next merge of this pack leaves it be.
    constexpr qsizetype kRowsPerInsert = 400;
    for (qsizetype from = 0; from < done.size(); from += kRowsPerInsert) {
        const qsizetype rows = std::min(kRowsPerInsert, done.size() - from);
        QStringList marks;
        QVariantList values;
        const QString now = nowText();
        for (qsizetype i = from; i < from + rows; ++i) {
            marks.append(QStringLiteral("(?, ?, ?, ?, ?)"));
            const Done &d = done.at(i);
            values << d.uid << m_info.uid << (d.applied ? QStringLiteral("applied") : QStringLiteral("skipped"))
                   << (d.serverId ? QVariant(d.serverId) : QVariant(QMetaType::fromType<qlonglong>())) << now;
        }
        if (!sql.run(QStringLiteral("INSERT INTO pack_change_merged (change_uid, pack_uid, result, server_id, merged_at) VALUES ") + marks.join(QStringLiteral(", ")),
                     values))
            return failed();
    }
    const QString detail = QStringLiteral("workshop pack %1 · %2 changes merged · %3 waiting").arg(m_info.uid).arg(done.size()).arg(rep.count(Report::Kind::Waiting));
    if (!sql.run(QStringLiteral("UPDATE workshop_pack SET merged_at = ?, merged_by = ? WHERE uid = ?"), {nowText(), AuditLog::actorOn(m_office), m_info.uid})
        || !AuditLog::record(t, AuditLog::Action::Import, QStringLiteral("workshop"), QString::number(workshop), detail) || !t.commit())
        return failed();
    for (const Done &d : done)
        m_merged.insert(d.uid, d.serverId);
    return rep;
}

} // namespace khana
