// The audit trail read back: append-only in this computer's file, filtered by user, action,
// period and person, read a page at a time, exported with its own entry; and the Audit page.

#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "audit/AuditPage.h"
#include "database/Transaction.h"
#include "io/DataExport.h"
#include "itemmodels/AuditModel.h"
#include "shell/MainWindow.h"
#include "stores/AuditLog.h"
#include "stores/AuditTrail.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace khana;

class TestAuditTrail : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    qint64 m_somchai = 0;
    qint64 m_wilai = 0;
    qint64 m_registration = 0;

    QList<AuditEntry> read(const AuditFilter &filter) const
    {
        QList<AuditEntry> out;
        QString error;
        if (!AuditTrail(t->db()).page(filter, 0, 10000, &out, &error))
            qWarning("%s", qPrintable(error));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY2(t->ok(), qPrintable(t->error()));
        for (auto [name, id] : {std::pair{QStringLiteral("สมชาย ใจดี"), &m_somchai}, std::pair{QStringLiteral("วิไล มีสุข"), &m_wilai}}) {
            Person p;
            p.nameTh = name;
            p.provinceCode = QStringLiteral("TH-57");
            QVERIFY(PersonStore(t->db()).save(p).ok());
            *id = p.id;
        }
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t->db()).save(w).ok());
        Registration r = fixtures::registrationFor(w, m_somchai);
        QVERIFY(RegistrationStore(t->db()).add(r).ok());
        m_registration = r.id;
    }
    void cleanup() { t.reset(); }

    // No entry can be changed or removed, by Khana or by anyone with the file; refused in
    // words that say so. (On an office server its own trigger refuses: tst_serverroles.)
    void entriesCannotBeRewritten_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("change who") << QStringLiteral("UPDATE audit_entry SET actor = 'someone else'");
        QTest::newRow("remove one") << QStringLiteral("DELETE FROM audit_entry WHERE id = (SELECT min(id) FROM audit_entry)");
        QTest::newRow("remove all") << QStringLiteral("DELETE FROM audit_entry");
    }
    void entriesCannotBeRewritten()
    {
        if (TestDatabase::onServer())
            QSKIP("the office server's own trigger refuses; its roles are tested in tst_serverroles");
        QFETCH(QString, sql);
        const qint64 before = TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM audit_entry"));
        QVERIFY(before > 0);
        QSqlQuery q(t->db());
        QVERIFY(!q.exec(sql));
        QCOMPARE(StorageError::kindOf(q.lastError()), StorageError::Kind::NotAllowed);
        QVERIFY2(StorageError::describe(q.lastError()).contains(QStringLiteral("can be changed or removed")), qPrintable(StorageError::describe(q.lastError())));
        QCOMPARE(TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM audit_entry")), before);
        QCOMPARE(TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE actor = 'someone else'")), qint64(0));
    }

    // A person's entries are their record's and their registrations'; the others filter as named.
    void filtersChooseTheEntries()
    {
        QVERIFY(AuditLog::record(t->db(), AuditLog::Action::Export, QStringLiteral("person"), QStringLiteral("*"), QStringLiteral("rows=2; format=csv")));
        AuditFilter aboutSomchai;
        aboutSomchai.personId = m_somchai;
        const QList<AuditEntry> his = read(aboutSomchai);
        QVERIFY(!his.isEmpty());
        bool sawRegistration = false;
        for (const AuditEntry &e : his) {
            QVERIFY2((e.entity == QLatin1String("person") && e.entityId == QString::number(m_somchai))
                         || (e.entity == QLatin1String("registration") && e.entityId == QString::number(m_registration)),
                     qPrintable(e.entity + QLatin1Char(' ') + e.entityId));
            sawRegistration = sawRegistration || e.entity == QLatin1String("registration");
        }
        QVERIFY(sawRegistration);
        AuditFilter aboutWilai;
        aboutWilai.personId = m_wilai;
        QCOMPARE(read(aboutWilai).size(), 1);

        AuditFilter exports;
        exports.action = QStringLiteral("export");
        QCOMPARE(read(exports).size(), 1);
        AuditFilter byOther;
        byOther.actor = QStringLiteral("nobody-here");
        QVERIFY(read(byOther).isEmpty());
        const QStringList actors = AuditTrail(t->db()).actors();
        QCOMPARE(actors.size(), 1);
        AuditFilter byActor;
        byActor.actor = actors.first();
        QCOMPARE(read(byActor).size(), read({}).size());

        AuditFilter today;
        today.from = QDate::currentDate();
        today.to = QDate::currentDate();
        QCOMPARE(read(today).size(), read({}).size());
        AuditFilter yesterday;
        yesterday.to = QDate::currentDate().addDays(-1);
        QVERIFY(read(yesterday).isEmpty());
        // Newest first.
        const QList<AuditEntry> all = read({});
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).id > all.at(i).id);
        QCOMPARE(all.first().action, QStringLiteral("export"));
    }

    // An import's entries name each person and registration it added, not only a count, so a
    // person's trail shows the import that brought them in.
    void importsRecordEachRecordTheyTouched()
    {
        QList<Person> people;
        for (int i = 0; i < 450; ++i) {
            Person p;
            p.nameTh = QStringLiteral("นำเข้า ทดสอบ%1").arg(i);
            p.provinceCode = QStringLiteral("TH-57");
            people.append(p);
        }
        QString error;
        QVERIFY2(PersonStore(t->db()).insertBulk(people, &error), qPrintable(error));
        const Workshop w = *WorkshopStore(t->db()).find(TestDatabase::number(t->db(), QStringLiteral("SELECT min(id) FROM workshop")));
        QList<Registration> registrations;
        for (int i = 0; i < 300; ++i)
            registrations.append(fixtures::registrationFor(w, people.at(i).id));
        QVERIFY2(RegistrationStore(t->db()).addBulk(registrations, &error), qPrintable(error));
        for (const int i : {0, 199, 200, 299, 449}) {
            AuditFilter about;
            about.personId = people.at(i).id;
            const QList<AuditEntry> entries = read(about);
            const auto by = [&](const QString &entity) {
                return std::count_if(entries.cbegin(), entries.cend(), [&](const AuditEntry &e) { return e.entity == entity; });
            };
            QCOMPARE(by(QStringLiteral("person")), qsizetype(1));
            QCOMPARE(by(QStringLiteral("registration")), qsizetype(i < 300 ? 1 : 0));
        }
        // The import as a whole is recorded too, with its count.
        QCOMPARE(TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'import' AND entity = 'person' AND entity_id = '*' AND detail = 'rows=450'")),
                 qint64(1));
    }

    // A long trail is read a page at a time as the view scrolls, every entry once.
    void aLongTrailIsReadAPageAtATime()
    {
        for (int i = 0; i < 1100; ++i)
            QVERIFY(AuditLog::record(t->db(), AuditLog::Action::Print, QStringLiteral("registration"), QString::number(i), QStringLiteral("badges")));
        const qint64 total = TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM audit_entry"));
        AuditModel model(t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.setFilter({}));
        QCOMPARE(model.rowCount(), AuditModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(total));
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.entry(row).id);
        QCOMPARE(ids.size(), int(total));
        QCOMPARE(model.data(model.index(0, AuditModel::Action)).toString(), QStringLiteral("Printed"));
        QCOMPARE(model.data(model.index(0, AuditModel::Record)).toString(), QStringLiteral("Registration 1099"));
        AuditFilter prints;
        prints.action = QStringLiteral("print");
        QVERIFY(model.setFilter(prints));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1100);
    }

    // The export holds the entries the filter shows, and is itself recorded.
    void theExportIsRecordedToo()
    {
        AuditFilter aboutSomchai;
        aboutSomchai.personId = m_somchai;
        QString error;
        const TableExport::Table table = DataExport::auditTrail(t->db(), aboutSomchai, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(table.rows.size(), read(aboutSomchai).size());
        QVERIFY(DataExport::recordExport(t->db(), table, QStringLiteral("csv"), &error));
        AuditFilter exports;
        exports.action = QStringLiteral("export");
        const QList<AuditEntry> recorded = read(exports);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().entity, QStringLiteral("audit_entry"));
        QCOMPARE(recorded.first().entityId, QStringLiteral("person=%1").arg(m_somchai));
    }

    // From a person on the People page to their entries on the Audit page, and back to all.
    void thePeoplePageOpensAPersonsEntries()
    {
        MainWindow window(t->db(), t->path(), false);
        window.show();
        window.showPage(MainWindow::PeopleIndex);
        auto *audit = qobject_cast<AuditPage *>(window.page(MainWindow::AuditIndex));
        QVERIFY(audit);
        auto *people = window.findChild<QTableView *>(QStringLiteral("peopleView"));
        QVERIFY(people);
        QTRY_VERIFY(people->model()->rowCount() >= 2);
        for (int row = 0; row < people->model()->rowCount(); ++row)
            if (people->model()->index(row, 0).data().toString() == QStringLiteral("สมชาย ใจดี"))
                people->setCurrentIndex(people->model()->index(row, 0));
        auto *action = window.findChild<QAction *>(QStringLiteral("personAuditTrail"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        QCOMPARE(window.currentPage(), int(MainWindow::AuditIndex));
        AuditFilter aboutSomchai;
        aboutSomchai.personId = m_somchai;
        QCOMPARE(audit->model()->rowCount(), int(read(aboutSomchai).size()));
        auto *person = audit->findChild<QPushButton *>(QStringLiteral("auditPerson"));
        QVERIFY(person->isVisible() && person->text().contains(QStringLiteral("สมชาย ใจดี")));
        person->click();
        QVERIFY(!person->isVisible());
        QCOMPARE(audit->model()->rowCount(), int(read({}).size()));
    }
};

QTEST_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
