// The monthly member summary (member_month) stays equal to a full recount of the roster after
// random adds, edits, deletes and their undo, bulk imports, roster updates and erasures; and the
// growth figures read from it equal those counted from the roster. On SQLite and on the server.

#include "TestDatabase.h"
#include "database/Transaction.h"
#include "stores/ErasureStore.h"
#include "stores/GrowthStore.h"
#include "stores/PersonStore.h"

#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace khana;

namespace {

using Counts = QMap<QString, std::pair<qint64, qint64>>; // month|province|district → joined, ended

Counts read(const QSqlDatabase &db, const QString &sql)
{
    Counts out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next()) {
        const std::pair<qint64, qint64> n{q.value(3).toLongLong(), q.value(4).toLongLong()};
        if (n.first != 0 || n.second != 0)
            out.insert(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}.join(QLatin1Char('|')), n);
    }
    return out;
}

Counts summary(const QSqlDatabase &db)
{
    return read(db, QStringLiteral("SELECT month, province_code, district_code, joined, ended FROM member_month"));
}

Counts recount(const QSqlDatabase &db)
{
    return read(db, QStringLiteral(
        "SELECT month, p, d, sum(j), sum(e) FROM ("
        "SELECT substr(join_date, 1, 7) AS month, COALESCE(province_code, '') AS p, COALESCE(district_code, '') AS d, 1 AS j, 0 AS e "
        "FROM person WHERE membership_type <> 'none' AND join_date IS NOT NULL UNION ALL "
        "SELECT substr(end_date, 1, 7), COALESCE(province_code, ''), COALESCE(district_code, ''), 0, 1 "
        "FROM person WHERE membership_type <> 'none' AND join_date IS NOT NULL AND end_date IS NOT NULL) x GROUP BY 1, 2, 3"));
}

// Members on `day` in each province, counted from the roster itself.
QMap<QString, qint64> membersOn(const QSqlDatabase &db, const QDate &day)
{
    QMap<QString, qint64> out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT province_code, count(*) FROM person WHERE membership_type <> 'none' AND join_date <= ? "
                             "AND (end_date IS NULL OR end_date > ?) AND province_code IS NOT NULL GROUP BY 1"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(day.toString(Qt::ISODate));
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

} // namespace

class TestMemberSummary : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    QRandomGenerator m_random{20261204};
    QList<qint64> m_people;

    QDate someDay() { return QDate(2023, 1, 1).addDays(m_random.bounded(900)); }

    // A random member (or not), somewhere in Chiang Rai or Phayao or nowhere known.
    Person someone(int n)
    {
        Person p;
        p.nameTh = QStringLiteral("สมาชิก ทดสอบ%1").arg(n);
        switch (m_random.bounded(4)) {
        case 0: p.provinceCode = QStringLiteral("TH-57"); p.districtCode = QStringLiteral("5701"); break;
        case 1: p.provinceCode = QStringLiteral("TH-57"); p.districtCode = QStringLiteral("5702"); break;
        case 2: p.provinceCode = QStringLiteral("TH-56"); break;
        default: break;
        }
        reshape(p);
        return p;
    }

    void reshape(Person &p)
    {
        const int kind = m_random.bounded(5);
        p.membershipType = kind == 0 ? MembershipType::None : kind == 1 ? MembershipType::Lifetime : MembershipType::Annual;
        p.joinDate = p.membershipType == MembershipType::None && m_random.bounded(2) ? QDate() : someDay();
        p.endDate = p.membershipType == MembershipType::Annual && p.joinDate.isValid() && m_random.bounded(3) == 0
                        ? p.joinDate.addDays(m_random.bounded(400))
                        : QDate();
        p.status = p.endDate.isValid() ? PersonStatus::Lapsed : PersonStatus::Active;
    }

    void same(const char *after)
    {
        const Counts kept = summary(t->db());
        const Counts counted = recount(t->db());
        QVERIFY2(kept == counted, qPrintable(QStringLiteral("after %1: %2 summary rows, %3 counted").arg(QLatin1String(after)).arg(kept.size()).arg(counted.size())));
    }

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY2(t->ok(), qPrintable(t->error()));
        m_people.clear();
        for (int i = 0; i < 60; ++i) {
            Person p = someone(i);
            const auto saved = PersonStore(t->db()).save(p);
            QVERIFY2(saved.ok(), qPrintable(saved.error + saved.fieldErrors.value(0).message));
            m_people.append(p.id);
        }
    }
    void cleanup() { t.reset(); }

    void keptThroughEveryKindOfChange()
    {
        PersonStore store(t->db());
        same("adding people one by one");
        for (int round = 0; round < 40; ++round) {
            Person p = *store.find(m_people.at(m_random.bounded(int(m_people.size()))));
            if (m_random.bounded(3) == 0) {
                p.provinceCode = QStringLiteral("TH-56");
                p.districtCode.clear();
            }
            reshape(p);
            const auto saved = store.save(p);
            QVERIFY2(saved.ok(), qPrintable(saved.error + saved.fieldErrors.value(0).message));
        }
        same("editing");
        // Deleted, then put back as undo does.
        for (int i = 0; i < 5; ++i) {
            const Person gone = *store.find(m_people.takeAt(m_random.bounded(int(m_people.size()))));
            QVERIFY(store.remove(gone.id, gone.rowVersion).ok());
            if (i % 2 == 0) {
                QVERIFY(store.restore(gone).ok());
                m_people.append(gone.id);
            }
        }
        same("deleting and undoing");
        QList<Person> imported;
        for (int i = 0; i < 300; ++i)
            imported.append(someone(1000 + i));
        QString error;
        QVERIFY2(store.insertBulk(imported, &error), qPrintable(error));
        same("a bulk import");
        {
            PersonStore::Adding adding(store, 50);
            Transaction tx(t->db());
            for (int i = 0; i < 50; ++i)
                QVERIFY2(adding.add(someone(2000 + i)), qPrintable(adding.error()));
            QVERIFY2(adding.finish(), qPrintable(adding.error()));
            QVERIFY(tx.commit());
        }
        same("a streamed import");
        QList<Person> updates;
        for (int i = 0; i < 40; ++i) {
            Person p = imported.at(i);
            p.membershipType = MembershipType::Annual;
            p.joinDate = someDay();
            p.endDate = p.joinDate.addDays(365);
            p.status = PersonStatus::Lapsed;
            updates.append(p);
        }
        {
            Transaction tx(t->db());
            QVERIFY(store.updateMemberships(tx, updates));
            QVERIFY(tx.commit());
        }
        same("a roster update");
        ErasureStore erasure(t->db());
        for (int i = 0; i < 5; ++i) {
            const qint64 id = imported.at(100 + i).id;
            QVERIFY(erasure.erase(id, store.find(id)->rowVersion).ok());
        }
        same("erasures");
        // A change that fails stores nothing, the summary included.
        {
            Transaction tx(t->db());
            QSqlQuery q(t->db());
            q.prepare(QStringLiteral("UPDATE person SET join_date = '2019-05-05', membership_type = 'annual' WHERE id = ?"));
            q.addBindValue(m_people.first());
            QVERIFY(tx.exec(q));
            tx.fail(QStringLiteral("taken back"));
        }
        same("a change rolled back");
    }

    // What Growth shows, from the summary, equals what the roster counts.
    void figuresEqualTheRoster()
    {
        const GrowthStore growth(t->db());
        const Scope country{Scope::Kind::Country, QString()};
        const Scope chiangRai{Scope::Kind::Province, QStringLiteral("TH-57")};
        for (const QDate &day : {QDate(2023, 3, 15), QDate(2024, 2, 29), QDate(2025, 6, 1), QDate(2025, 6, 30)}) {
            const QMap<QString, qint64> counted = membersOn(t->db(), day);
            QMap<QString, qint64> shown;
            for (const AreaFigure &f : growth.breakdown(country, day))
                if (f.source == GrowthPoint::Source::Roster)
                    shown.insert(f.code, f.value);
            QCOMPARE(shown, counted);
            // The month-end totals of a series, and its new members.
            const QList<GrowthPoint> series = growth.rosterByMonth(chiangRai, day.addMonths(-3), day);
            QCOMPARE(series.size(), 4);
            for (qsizetype i = 0; i + 1 < series.size(); ++i)
                QCOMPARE(series.at(i).value, membersOn(t->db(), series.at(i).date).value(QStringLiteral("TH-57")));
            const QList<GrowthPoint> joined = growth.newMembersByMonth(country, day, day);
            QCOMPARE(joined.size(), 1);
            QCOMPARE(joined.first().value,
                     TestDatabase::number(t->db(), QStringLiteral("SELECT count(*) FROM person WHERE membership_type <> 'none' AND join_date >= '%1' "
                                                                  "AND substr(join_date, 1, 7) = '%2'")
                                                      .arg(day.toString(Qt::ISODate), day.toString(QStringLiteral("yyyy-MM")))));
        }
    }
};

QTEST_MAIN(TestMemberSummary)
#include "tst_membersummary.moc"
