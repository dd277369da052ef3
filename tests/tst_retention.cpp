// Retention: the office's periods for people who are not members and for former members, the
// review list of those past them, a decision to keep someone for longer, and nothing deleted
// without a decision. On SQLite and on the office server.

#include "DialogDriver.h"
#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "settings/RetentionPanel.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/RetentionStore.h"
#include "stores/WorkshopStore.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace khana;

class TestRetention : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    qint64 m_oldContact = 0;    // not a member, nothing since 2020
    qint64 m_recentContact = 0; // not a member, added now
    qint64 m_oldButCame = 0;    // not a member, old record, registered now
    qint64 m_formerMember = 0;  // membership ended mid-2020
    qint64 m_member = 0;        // membership ended last month

    qint64 add(const QString &name, MembershipType type, const QDate &joined = {}, const QDate &ended = {})
    {
        Person p;
        p.nameTh = name;
        p.membershipType = type;
        p.joinDate = joined;
        p.endDate = ended;
        if (ended.isValid())
            p.status = PersonStatus::Resigned;
        const auto saved = PersonStore(t->db()).save(p);
        if (!saved.ok())
            qWarning("%s", qPrintable(saved.error + saved.fieldErrors.value(0).message));
        return p.id;
    }

    void age(qint64 id, const QString &when)
    {
        QSqlQuery q(t->db());
        q.prepare(QStringLiteral("UPDATE person SET updated_at = ? WHERE id = ?"));
        q.addBindValue(when);
        q.addBindValue(id);
        QVERIFY(q.exec());
    }

    QList<qint64> dueOn(const QDate &day)
    {
        QString error;
        const auto due = RetentionStore(t->db()).due(day, &error);
        if (!due)
            qWarning("%s", qPrintable(error));
        QList<qint64> ids;
        for (const RetentionStore::Due &d : due.value_or(QList<RetentionStore::Due>{}))
            ids.append(d.personId);
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY2(t->ok(), qPrintable(t->error()));
        m_oldContact = add(QStringLiteral("ผู้มาใหม่ หน้างาน"), MembershipType::None);
        age(m_oldContact, QStringLiteral("2020-01-05T10:00:00.000Z"));
        m_recentContact = add(QStringLiteral("วิไล มีสุข"), MembershipType::None);
        m_oldButCame = add(QStringLiteral("สมศรี ใจงาม"), MembershipType::None);
        age(m_oldButCame, QStringLiteral("2019-03-01T10:00:00.000Z"));
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t->db()).save(w).ok());
        Registration r = fixtures::registrationFor(w, m_oldButCame);
        QVERIFY(RegistrationStore(t->db()).add(r).ok());
        m_formerMember = add(QStringLiteral("ประยุทธ สมใจ"), MembershipType::Annual, QDate(2018, 1, 1), QDate(2020, 6, 30));
        m_member = add(QStringLiteral("สมชาย ใจดี"), MembershipType::Annual, QDate(2018, 1, 1), QDate::currentDate().addMonths(-1));
    }
    void cleanup() { t.reset(); }

    void noPeriodsNoReview()
    {
        QVERIFY(dueOn(QDate::currentDate()).isEmpty());
    }

    void peoplePastThePeriods()
    {
        QVERIFY(RetentionStore(t->db()).savePolicy({24, 12}).ok());
        QCOMPARE(RetentionStore(t->db()).policy().contactMonths, 24);
        QCOMPARE(RetentionStore(t->db()).policy().formerMemberMonths, 12);
        QString error;
        const auto due = RetentionStore(t->db()).due(QDate::currentDate(), &error);
        QVERIFY2(due, qPrintable(error));
        QCOMPARE(due->size(), 2); // longest past first
        QCOMPARE(due->at(0).personId, m_oldContact);
        QCOMPARE(due->at(0).reason, RetentionStore::Reason::NotAMember);
        QCOMPARE(due->at(0).since, QDate(2020, 1, 5));
        QCOMPARE(due->at(1).personId, m_formerMember);
        QCOMPARE(due->at(1).reason, RetentionStore::Reason::MembershipEnded);
        QCOMPARE(due->at(1).since, QDate(2020, 6, 30));
        // Listed, not deleted.
        QCOMPARE(PersonStore(t->db()).count(), 5);
        // Only former members reviewed.
        QVERIFY(RetentionStore(t->db()).savePolicy({0, 12}).ok());
        QCOMPARE(dueOn(QDate::currentDate()), QList<qint64>{m_formerMember});
        // A month after a member's end, with a one-month period, they are due too.
        QVERIFY(RetentionStore(t->db()).savePolicy({0, 1}).ok());
        QVERIFY(dueOn(QDate::currentDate().addDays(2)).contains(m_member));
    }

    void keptPeopleLeaveTheListUntilThen()
    {
        QVERIFY(RetentionStore(t->db()).savePolicy({24, 12}).ok());
        const QDate today = QDate::currentDate();
        QVERIFY(RetentionStore(t->db()).keep(m_oldContact, today, 12).ok());
        QCOMPARE(dueOn(today), QList<qint64>{m_formerMember});
        QVERIFY(dueOn(today.addMonths(13)).contains(m_oldContact));
        QVERIFY(RetentionStore(t->db()).keep(m_oldContact, today, 24).ok()); // decided again: the later day
        QVERIFY(!dueOn(today.addMonths(13)).contains(m_oldContact));
        QCOMPARE(TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE entity = 'retention_review' AND entity_id = '%1'").arg(m_oldContact)),
                 qint64(2));
        QVERIFY(!RetentionStore(t->db()).keep(m_oldContact, today, 0).ok());
    }

    void periodsAreChecked()
    {
        QVERIFY(!RetentionStore(t->db()).savePolicy({-1, 12}).ok());
        QVERIFY(!RetentionStore(t->db()).savePolicy({12, 5000}).ok());
        QCOMPARE(RetentionStore(t->db()).policy().contactMonths, 0);
    }

    // The review dialog: the people due, kept for a year with one button, erased only when asked.
    void reviewDialogDecides()
    {
        QVERIFY(RetentionStore(t->db()).savePolicy({24, 12}).ok());
        RetentionReviewDialog dialog(t->db());
        QCOMPARE(dialog.rowCount(), 2);
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("retentionView"));
        view->selectRow(0); // the old contact
        dialog.findChild<QPushButton *>(QStringLiteral("keepPeople"))->click();
        QCOMPARE(dialog.rowCount(), 1);
        QCOMPARE(PersonStore(t->db()).count(), 5);
        view->selectRow(0); // the former member
        whenDialog<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        dialog.findChild<QPushButton *>(QStringLiteral("erasePeople"))->click();
        QCOMPARE(dialog.rowCount(), 0);
        QVERIFY(!PersonStore(t->db()).find(m_formerMember));
        QCOMPARE(PersonStore(t->db()).count(), 4);
        QCOMPARE(TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'erase' AND entity_id = '%1'").arg(m_formerMember)),
                 qint64(1));
    }
};

QTEST_MAIN(TestRetention)
#include "tst_retention.moc"
