#include "PackMerge.h"

#include "SealedPack.h"

#include "database/Database.h"
#include "database/Transaction.h"
#include "domain/Collation.h"
#include "domain/DisplayConventions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace khana {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PackMerge)
};

QJsonObject objectOf(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

} // namespace

PackMerge::PackMerge(const QSqlDatabase &office)
    : m_office(office)
{
}

int PackMerge::Report::count(Kind kind) const
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [kind](const Line &l) { return l.kind == kind; }));
}

QString PackMerge::Report::summary() const
{
    QStringList parts;
    parts.append(Text::tr("Merged %1 check-ins (%2 taken back), %3 status changes, %4 walk-ins (%5 of them already among the office's people), "
                          "%6 changes to groups and %7 to who is in them, and %8 outcomes added, %9 changed and %10 removed.")
                     .arg(checkIns)
                     .arg(checkInsTakenBack)
                     .arg(statusChanges)
                     .arg(walkInsAdded + walkInsMatched)
                     .arg(walkInsMatched)
                     .arg(groupChanges)
                     .arg(memberships)
                     .arg(outcomesAdded)
                     .arg(outcomesChanged)
                     .arg(outcomesRemoved));
    if (const int skipped = count(Kind::Skipped))
        parts.append(Text::tr("%1 not merged, each with its reason below.").arg(skipped));
    if (const int waiting = count(Kind::Waiting))
        parts.append(Text::tr("%1 wait for a decision; merge the pack again once it is made.").arg(waiting));
    if (alreadyMerged > 0)
        parts.append(Text::tr("%1 changes were merged before and were left as they are.").arg(alreadyMerged));
    return parts.join(QLatin1Char(' '));
}

bool PackMerge::open(const QString &path, QString *error)
{
    return open(path, QString(), error);
}

bool PackMerge::open(const QString &path, const QString &passphrase, QString *error)
{
    const QString connection = QStringLiteral("khana-pack-merge-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString notAPack = Text::tr("%1 is damaged or is not a workshop pack: nothing was merged.").arg(QFileInfo(path).fileName());
    m_passphraseRefused = false;
    bool ok = false;
    {
        if (PackSeal::isSealed(path)) {
            if (passphrase.isEmpty()) {
                m_passphraseRefused = true;
                *error = Text::tr("%1 is protected with a passphrase: give it to bring the pack back.").arg(QFileInfo(path).fileName());
                return false;
            }
            const SealedPack::Opened opened = SealedPack::openToRead(path, passphrase, connection);
            if (!opened.ok()) {
                m_passphraseRefused = opened.failure == PackSeal::Failure::WrongPassphrase;
                *error = opened.failure == PackSeal::Failure::None ? opened.result.message
                                                                    : PackSeal::describe(opened.failure, QFileInfo(path).fileName()) + QLatin1Char(' ')
                                                                          + Text::tr("Nothing was merged.");
                return false;
            }
        } else {
            const Database::OpenResult opened = Database::openSqliteReadOnly(path, connection);
            if (!opened.ok()) {
                *error = opened.status == Database::Status::NotADatabase || opened.status == Database::Status::Damaged ? notAPack : opened.message;
                return false;
            }
        }
        const QSqlDatabase pack = QSqlDatabase::database(connection);
        ok = [&] {
            const auto info = WorkshopPack::infoOf(pack);
            if (!info) {
                *error = Text::tr("%1 is a Khana database but not a workshop pack: nothing was merged.").arg(QFileInfo(path).fileName());
                return false;
            }
            m_info = *info;
            if (m_info.format > WorkshopPack::kFormat) {
                *error = Text::tr("This pack was made by a newer Khana: bring it back with that version.");
                return false;
            }
            if (m_info.officeId != WorkshopPack::officeIdOf(m_office)) {
                *error = Text::tr("This pack of “%1” was taken from another office database, not this one: nothing was merged. "
                              "Bring it back into the database it was taken from.")
                             .arg(m_info.workshopTitle);
                return false;
            }
            QSqlQuery known(m_office);
            known.prepare(QStringLiteral("SELECT workshop_id FROM workshop_pack WHERE uid = ?"));
            known.addBindValue(m_info.uid);
            if (!known.exec()) {
                *error = StorageError::describe(known.lastError());
                return false;
            }
            if (!known.next() || known.value(0).toLongLong() != m_info.workshopId) {
                *error = Text::tr("The office has no record of this pack (its workshop may have been deleted): nothing was merged.");
                return false;
            }
            QSqlQuery changes(pack);
            changes.setForwardOnly(true);
            if (!changes.exec(QStringLiteral("SELECT seq, uid, at, entity, row_id, action, before, after FROM pack_change ORDER BY seq"))) {
                *error = notAPack;
                return false;
            }
            while (changes.next()) {
                Change c{changes.value(0).toLongLong(), changes.value(1).toString(), changes.value(2).toString(), changes.value(3).toString(),
                         changes.value(4).toLongLong(), changes.value(5).toString(), objectOf(changes.value(6)), objectOf(changes.value(7))};
                if (c.action == QLatin1String("insert"))
                    m_insertedBy.insert(rowKey(c.entity, c.rowId), c.uid);
                m_changes.append(c);
            }
            QSqlQuery registrations(pack);
            registrations.exec(QStringLiteral("SELECT r.id, r.person_id, r.badge_code, p.name_th, p.name_en FROM registration r JOIN person p ON p.id = r.person_id"));
            while (registrations.next()) {
                m_personOf.insert(registrations.value(0).toLongLong(), registrations.value(1).toLongLong());
                m_badgeOf.insert(registrations.value(0).toLongLong(), registrations.value(2).toString());
                m_nameOf.insert(registrations.value(1).toLongLong(),
                                DisplayConventions::current().pick(registrations.value(3).toString(), registrations.value(4).toString()));
            }
            return true;
        }();
    }
    Database::close(connection);
    if (!ok)
        return false;
    QSqlQuery merged(m_office);
    merged.prepare(QStringLiteral("SELECT change_uid, server_id FROM pack_change_merged WHERE pack_uid = ?"));
    merged.addBindValue(m_info.uid);
    if (!merged.exec()) {
        *error = StorageError::describe(merged.lastError());
        return false;
    }
    while (merged.next())
        m_merged.insert(merged.value(0).toString(), merged.value(1).toLongLong());
    return true;
}

QString PackMerge::rowKey(const QString &entity, qint64 row)
{
    return entity + QLatin1Char(':') + QString::number(row);
}

int PackMerge::changesToMerge() const
{
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(), [this](const Change &c) { return !m_merged.contains(c.uid); }));
}

QList<PackMerge::Net> PackMerge::netsOf(const QString &entity) const
{
    QList<Net> out;
    QHash<qint64, qsizetype> at;
    for (const Change &c : m_changes) {
        if (c.entity != entity || m_merged.contains(c.uid))
            continue;
        // Outcomes are one record by their uid wherever they are; every other by its row.
        auto found = at.find(c.rowId);
        if (found == at.end()) {
            Net n;
            n.entity = entity;
            n.rowId = c.rowId;
            n.inserted = c.action == QLatin1String("insert");
            n.before = c.before;
            found = at.insert(c.rowId, out.size());
            out.append(n);
        }
        Net &n = out[*found];
        n.removed = c.action == QLatin1String("delete");
        // Each change names only the fields it concerns: what the record is now is the first
        // change's fields overlaid by each later one's.
        if (n.removed)
            n.after = QJsonObject();
        for (auto field = c.after.constBegin(); field != c.after.constEnd(); ++field)
            n.after.insert(field.key(), field.value());
        n.uids.append(c.uid);
    }
    return out;
}

std::optional<QList<PackMerge::Candidate>> PackMerge::candidatesFor(const QJsonObject &person, QSqlError *error) const
{
    QList<Candidate> out;
    const QString name = person.value(QStringLiteral("name_th")).toString();
    const QString phone = person.value(QStringLiteral("phone")).toString();
    QSqlQuery q(m_office);
    // The same phone, or a name that sorts as the same (the name-order index finds it).
    q.prepare(QStringLiteral("SELECT id, name_th, name_en, phone, province_code FROM person WHERE (phone = ? AND phone <> '') OR sort_key = ? "
                             "ORDER BY id LIMIT 20"));
    q.addBindValue(phone);
    q.addBindValue(Collation::sortKey(name));
    if (!q.exec()) {
        if (error)
            *error = q.lastError();
        return std::nullopt;
    }
    while (q.next()) {
        Candidate c{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        c.sameName = c.nameTh == name;
        c.samePhone = !phone.isEmpty() && c.phone == phone;
        out.append(c);
    }
    return out;
}

qint64 PackMerge::samePersonOf(const QList<Candidate> &candidates)
{
    qint64 found = 0;
    for (const Candidate &c : candidates) {
        if (!c.sameName || !c.samePhone)
            continue;
        if (found)
            return 0; // two alike: a person decides
        found = c.personId;
    }
    return found;
}

QList<PackMerge::WalkIn> PackMerge::walkInsToDecide() const
{
    QList<WalkIn> out;
    for (const Net &n : netsOf(QStringLiteral("person"))) {
        if (!n.inserted || n.removed)
            continue;
        // Not listed when the office cannot be asked: the merge itself then refuses, saying why.
        const auto candidates = candidatesFor(n.after);
        if (!candidates || candidates->isEmpty() || samePersonOf(*candidates))
            continue;
        out.append({n.uids.first(), n.after.value(QStringLiteral("name_th")).toString(), n.after.value(QStringLiteral("name_en")).toString(),
                    n.after.value(QStringLiteral("phone")).toString(), n.after.value(QStringLiteral("province_code")).toString(), *candidates});
    }
    return out;
}

QList<PackMerge::OutcomeConflict> PackMerge::conflicts() const
{
    QList<OutcomeConflict> out;
    QSqlQuery q(m_office);
    q.prepare(QStringLiteral("SELECT o.kind, o.text FROM outcome o JOIN breakout_group g ON g.id = o.group_id WHERE o.uid = ? AND g.workshop_id = ?"));
    for (const Net &n : netsOf(QStringLiteral("outcome"))) {
        if (n.inserted)
            continue;
        const QString uid = n.before.value(QStringLiteral("uid")).toString();
        q.addBindValue(uid);
        q.addBindValue(m_info.workshopId);
        if (!q.exec())
            continue;
        const bool atOffice = q.next();
        const bool asBefore = atOffice && q.value(0).toString() == n.before.value(QStringLiteral("kind")).toString()
                              && q.value(1).toString() == n.before.value(QStringLiteral("text")).toString();
        const bool asAfter = atOffice && !n.removed && q.value(0).toString() == n.after.value(QStringLiteral("kind")).toString()
                             && q.value(1).toString() == n.after.value(QStringLiteral("text")).toString();
        if (asBefore || asAfter || (!atOffice && n.removed))
            continue;
        out.append({uid, n.removed ? QString() : n.after.value(QStringLiteral("text")).toString(), atOffice ? q.value(1).toString() : QString(),
                    n.removed ? QString() : n.after.value(QStringLiteral("kind")).toString(), atOffice ? q.value(0).toString() : QString()});
    }
    return out;
}

QString PackMerge::personName(qint64 packRegistrationId) const
{
    const QString name = m_nameOf.value(m_personOf.value(packRegistrationId));
    const QString badge = m_badgeOf.value(packRegistrationId);
    return badge.isEmpty() ? name : Text::tr("%1 (badge %2)").arg(name, badge);
}

} // namespace khana
