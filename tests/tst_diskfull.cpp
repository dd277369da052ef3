// Every kind of write, on a full disk and on a refused commit: the store says so in words,
// the caller's record is left as it was, and the database holds exactly what it held before.
// A full disk is simulated portably with PRAGMA max_page_count; a refused commit with SQLite's
// commit hook, which turns the COMMIT into a rollback.

#include "TestDatabase.h"
#include "database/Transaction.h"
#include "demo/PeopleGenerator.h"
#include "io/CsvReader.h"
#include "io/MemberCountImporter.h"
#include "io/RegistrationImporter.h"
#include "io/RosterImporter.h"
#include "itemmodels/PlanFilterModel.h"
#include "stores/GroupStore.h"
#include "stores/GrowthStore.h"
#include "stores/PersonStore.h"
#include "stores/PlanEditor.h"
#include "stores/PlanStore.h"
#include "stores/RegistrationStore.h"
#include "stores/ReviewStore.h"
#include "stores/WorkshopStore.h"

#include <QCryptographicHash>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUndoStack>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace khana;

namespace {

enum class Write {
    NewPerson, EditPerson, DeletePerson, Count, Target, Election, Plan, PlanVersion, InsertItem, UpdateItem, MoveItem,
    DeleteItem, OpenReview, ReviewEntry, Workshop, Registration, RegistrationStatus, CheckIn, UndoCheckIn, Group, Assign,
    NewOutcome, EditOutcome, RosterImport, RegistrationImport, CountsImport, Districts
};

// Everything the database holds, table by table, as one hash.
QByteArray contentHash(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
        hash.addData(name.toUtf8());
        while (rows.next())
            for (int c = 0; c < rows.record().count(); ++c)
                hash.addData(rows.value(c).toString().toUtf8() + '\x1f');
    }
    return hash.result();
}

// Fills the database to its page limit: the smallest audit entry no longer fits, so neither
// does any write (every write is audited).
bool fillDisk(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
        return false;
    const int pages = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)))
        return false;
    QSqlQuery fill(db);
    fill.prepare(QStringLiteral("INSERT INTO audit_entry (actor, action, entity, entity_id) VALUES ('', 'create', '', '')"));
    for (int i = 0; i < 200000; ++i)
        if (!fill.exec())
            return StorageError::kindOf(fill.lastError()) == StorageError::Kind::DiskFull;
    return false;
}

int refuseCommit(void *)
{
    return 1; // non-zero: SQLite rolls the transaction back instead of committing
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData()) : nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Write)

class TestDiskFull : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    Person person;
    Plan plan;
    QList<PlanItem> items;
    Workshop workshop;
    Registration registered; // not checked in
    Registration attended;   // checked in
    BreakoutGroup group;
    Outcome outcome;

    // Performs one write of `kind`; returns the error the store reported (empty: it said saved).
    QString write(Write kind)
    {
        const QSqlDatabase db = t->db();
        PersonStore people(db);
        GrowthStore growth(db);
        PlanStore plans(db);
        RegistrationStore registrations(db);
        GroupStore groups(db);
        switch (kind) {
        case Write::NewPerson: {
            Person p;
            p.nameTh = QStringLiteral("สมหญิง ทดสอบ");
            const auto r = people.save(p);
            return r.error.isEmpty() || p.id == 0 ? r.error : QStringLiteral("refused, yet the new person got an id");
        }
        case Write::EditPerson: {
            Person p = person;
            p.nickname = QStringLiteral("หญิง");
            const auto r = people.save(p);
            return r.error.isEmpty() || p.rowVersion == person.rowVersion ? r.error : QStringLiteral("refused, yet the row version moved");
        }
        case Write::DeletePerson: return people.remove(person.id, person.rowVersion).error;
        case Write::Count: {
            MemberCount c{0, 0, {Scope::Kind::Province, QStringLiteral("TH-57")}, QDate::currentDate().addDays(-1), 90000, QString()};
            const auto r = growth.saveCount(c);
            return r.error.isEmpty() || c.id == 0 ? r.error : QStringLiteral("refused, yet the count got an id");
        }
        case Write::Target: {
            GrowthTarget target{0, 0, TargetMetric::Members, {}, 200000, QDate(2024, 1, 1), QDate(2025, 12, 31), QString()};
            return growth.saveTarget(target).error;
        }
        case Write::Election: {
            RepresentativeElection e;
            e.districtCode = QStringLiteral("5701");
            e.heldOn = QDate(2024, 2, 1);
            e.electedPersonId = person.id;
            return growth.saveElection(e).error;
        }
        case Write::Plan: {
            Plan p = plan;
            p.vision += QStringLiteral(" และชุมชน");
            return plans.savePlan(p).error;
        }
        case Write::PlanVersion: {
            qint64 id = 0;
            return plans.copyAsNewVersion(plan.id, &id).error;
        }
        case Write::InsertItem: {
            PlanItem item;
            item.planId = plan.id;
            item.level = PlanLevel::Issue;
            item.title = QStringLiteral("ประเด็นใหม่");
            return plans.insertItem(item).error;
        }
        case Write::UpdateItem: {
            PlanItem item = items.first();
            item.title += QStringLiteral(" (แก้)");
            return plans.updateItem(item).error;
        }
        case Write::MoveItem: return plans.moveItem(items.last().id, items.last().parentId, 0).error;
        case Write::DeleteItem: {
            QList<PlanItem> removed;
            return plans.removeItem(items.last().id, &removed).error;
        }
        case Write::OpenReview: {
            QString error;
            return ReviewStore(db).open(plan.id, Quarter::fromCode(QStringLiteral("2567-Q3")), &error) ? QString() : error;
        }
        case Write::ReviewEntry: {
            ReviewStore reviews(db);
            const auto review = reviews.find(plan.id, Quarter::fromCode(QStringLiteral("2567-Q2")));
            if (!review || review->entries.isEmpty())
                return QStringLiteral("no review to write");
            khana::ReviewEntry entry = review->entries.first();
            entry.status = ActivityStatus::Done;
            return reviews.saveEntry(review->id, entry).error;
        }
        case Write::Workshop: {
            Workshop w = workshop;
            w.venueName += QStringLiteral(" ห้อง 2");
            return WorkshopStore(db).save(w).error;
        }
        case Write::Registration: {
            Registration r;
            r.workshopId = workshop.id;
            r.personId = person.id;
            r.categoryId = workshop.categories.first().id;
            return registrations.add(r).error;
        }
        case Write::RegistrationStatus: return registrations.setStatus(registered.id, RegistrationStatus::Cancelled).error;
        case Write::CheckIn: {
            const auto c = registrations.checkIn(registered.id, QDateTime::currentDateTime());
            return c.result == RegistrationStore::CheckIn::Result::CheckedIn ? QString() : c.error;
        }
        case Write::UndoCheckIn: return registrations.undoCheckIn(attended.id, RegistrationStatus::Confirmed).error;
        case Write::Group: {
            BreakoutGroup g;
            g.workshopId = workshop.id;
            g.number = 9;
            g.topic = QStringLiteral("กลุ่มใหม่");
            return groups.saveGroup(g).error;
        }
        case Write::Assign: return groups.assign(registered.id, group.id).error;
        case Write::NewOutcome: {
            Outcome o;
            o.text = QStringLiteral("ข้อเสนอใหม่");
            const auto r = groups.addOutcome(group.id, o);
            return r.error.isEmpty() || o.id == 0 ? r.error : QStringLiteral("refused, yet the outcome got an id");
        }
        case Write::EditOutcome: {
            Outcome o = outcome;
            o.text += QStringLiteral(" เพิ่มเติม");
            return groups.updateOutcome(o).error;
        }
        case Write::RosterImport: {
            const auto table = CsvReader::read("name,phone,province,joined\nสมพร ใจงาม,0812345670,เชียงราย,1/5/2567\n");
            const auto r = RosterImporter(db).import(table, RosterImporter::guessMapping(table.header));
            if (r.imported == 0 && r.fileError.isEmpty())
                return QStringLiteral("refused, yet nothing said why: ") + (r.errors.isEmpty() ? QString() : r.errors.first().message);
            return r.imported == 0 ? r.fileError : QString();
        }
        case Write::RegistrationImport: {
            const auto table = CsvReader::read("name,phone,category\nสมพร ใจงาม,0812345670," + workshop.categories.first().name.toUtf8() + "\n");
            const auto r = RegistrationImporter(db, workshop.id).import(table, RegistrationImporter::guessMapping(table.header));
            if (r.imported == 0 && r.fileError.isEmpty())
                return QStringLiteral("refused, yet nothing said why: ") + (r.errors.isEmpty() ? QString() : r.errors.first().message);
            return r.imported == 0 ? r.fileError : QString();
        }
        case Write::CountsImport: {
            QList<MemberCount> counts{{0, 0, {Scope::Kind::Country, {}}, QDate(2024, 1, 31), 80000, QString()},
                                      {0, 0, {Scope::Kind::Country, {}}, QDate(2024, 2, 29), 81000, QString()}};
            const auto r = growth.saveCounts(counts);
            return r.error.isEmpty() || counts.first().id == 0 ? r.error : QStringLiteral("refused, yet the counts got ids");
        }
        case Write::Districts:
            return AreaStore(db).upsertDistricts({{QStringLiteral("5799"), QStringLiteral("TH-57"), QStringLiteral("เวียงใหม่"), QStringLiteral("Wiang Mai")}}).error;
        }
        return QStringLiteral("unknown kind");
    }

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY2(t->ok(), qPrintable(t->error()));
        person = Person();
        registered = attended = Registration();
        group = BreakoutGroup();
        outcome = Outcome();
        QString error;
        // The demo as of 20 September 2567: its plan has the seed's own dates, reviewed up to
        // the second quarter, so the third can still be opened.
        QVERIFY2(DemoData::populate(t->db(), &error, QDate(2024, 9, 20)), qPrintable(error));
        PersonStore people(t->db());
        person.nameTh = QStringLiteral("สมชาย ทดสอบ");
        QVERIFY(people.save(person).ok());
        PlanStore plans(t->db());
        const QList<Plan> all = plans.plans();
        QVERIFY(!all.isEmpty());
        plan = all.first();
        items = plans.items(plan.id);
        QVERIFY(items.size() >= 2);
        QVERIFY2(ReviewStore(t->db()).open(plan.id, Quarter::fromCode(QStringLiteral("2567-Q2")), &error), qPrintable(error));
        // The demo's Chiang Rai workshop, where some have checked in and some are still to come.
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("SELECT workshop_id, min(CASE WHEN status = 'attended' THEN id END), "
                                      "min(CASE WHEN status = 'confirmed' THEN id END) FROM registration GROUP BY workshop_id")) && q.next());
        const auto found = WorkshopStore(t->db()).find(q.value(0).toLongLong());
        QVERIFY(found);
        workshop = *found;
        RegistrationStore registrations(t->db());
        attended = registrations.find(q.value(1).toLongLong()).value_or(Registration());
        registered = registrations.find(q.value(2).toLongLong()).value_or(Registration());
        QVERIFY(attended.id && registered.id);
        GroupStore groups(t->db());
        group.workshopId = workshop.id;
        group.number = 1;
        group.topic = QStringLiteral("กลุ่มหนึ่ง");
        QVERIFY(groups.saveGroup(group).ok());
        outcome.text = QStringLiteral("ข้อค้นพบ");
        QVERIFY(groups.addOutcome(group.id, outcome).ok());
    }

    void cleanup() { t.reset(); }

    void writes_data()
    {
        QTest::addColumn<Write>("kind");
        const std::pair<const char *, Write> kinds[] = {
            {"new person", Write::NewPerson}, {"edited person", Write::EditPerson}, {"deleted person", Write::DeletePerson},
            {"member count", Write::Count}, {"target", Write::Target}, {"election", Write::Election}, {"plan", Write::Plan},
            {"plan version", Write::PlanVersion}, {"new plan item", Write::InsertItem}, {"edited plan item", Write::UpdateItem},
            {"moved plan item", Write::MoveItem}, {"deleted plan item", Write::DeleteItem}, {"opened review", Write::OpenReview},
            {"review entry", Write::ReviewEntry}, {"workshop", Write::Workshop}, {"registration", Write::Registration},
            {"registration status", Write::RegistrationStatus}, {"check-in", Write::CheckIn}, {"undone check-in", Write::UndoCheckIn},
            {"breakout group", Write::Group}, {"group member", Write::Assign}, {"new outcome", Write::NewOutcome},
            {"edited outcome", Write::EditOutcome}, {"roster import", Write::RosterImport},
            {"registration import", Write::RegistrationImport}, {"counts import", Write::CountsImport}, {"district import", Write::Districts}};
        for (const auto &[name, kind] : kinds)
            QTest::newRow(name) << kind;
    }

    // Each write succeeds on a healthy database: the failures below are the disk's, not the
    // test's.
    void writes()
    {
        QFETCH(Write, kind);
        const QString error = write(kind);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void onAFullDisk_data() { writes_data(); }
    void onAFullDisk()
    {
        QFETCH(Write, kind);
        QVERIFY(fillDisk(t->db()));
        const QByteArray before = contentHash(t->db());
        const QString error = write(kind);
        QVERIFY2(error.contains(QStringLiteral("The disk is full")), qPrintable(error));
        QCOMPARE(contentHash(t->db()), before);
        QSqlQuery check(t->db());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
    }

    // What the window sees: a refused edit leaves the undo history as it was, so Ctrl+Z never
    // "undoes" a change that was not stored.
    void undoHistoryUnchanged()
    {
        QUndoStack undo;
        PlanEditor editor(t->db(), plan.id, nullptr, &undo);
        PlanItem item = items.first();
        item.title += QStringLiteral(" (แก้)");
        QVERIFY(editor.update(item).ok());
        QCOMPARE(undo.count(), 1);
        QVERIFY(fillDisk(t->db()));
        item = *PlanStore(t->db()).findItem(item.id); // as the window holds it after its save
        item.title += QStringLiteral(" อีกครั้ง");
        const auto refused = editor.update(item);
        QVERIFY2(refused.error.contains(QStringLiteral("The disk is full")), qPrintable(refused.error));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(PlanStore(t->db()).findItem(item.id)->title, items.first().title + QStringLiteral(" (แก้)"));
    }

    void whenTheCommitIsRefused_data() { writes_data(); }
    void whenTheCommitIsRefused()
    {
        QFETCH(Write, kind);
        sqlite3 *handle = handleOf(t->db());
        QVERIFY(handle);
        const QByteArray before = contentHash(t->db());
        sqlite3_commit_hook(handle, &refuseCommit, nullptr);
        const QString error = write(kind);
        sqlite3_commit_hook(handle, nullptr, nullptr);
        QVERIFY2(!error.isEmpty(), "a write whose commit was refused reported success");
        QVERIFY2(!error.startsWith(QStringLiteral("refused, yet")), qPrintable(error));
        QCOMPARE(contentHash(t->db()), before);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
