#include "TestDatabase.h"
#include "database/SearchIndexes.h"
#include "database/SqlDialect.h"
#include "demo/PeopleGenerator.h"
#include "domain/Collation.h"
#include "domain/ThaiText.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PeopleModel.h"
#include "stores/AreaStore.h"
#include "stores/PersonStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace khana;

namespace {

constexpr int kPeople = 700; // more than two pages

void fetchAll(PeopleModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

// The count of matches, once known: a server counts them after the first rows.
qint64 counted(PeopleModel &model)
{
    if (model.isCounting()) {
        QSignalSpy spy(&model, &PeopleModel::matchCountChanged);
        if (!spy.wait(10000))
            qWarning("no count came");
    }
    return model.matchCount();
}

} // namespace

class TestPeopleModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;
    std::unique_ptr<TestDatabase> m_serverList;

    // 6,000 people on the server, a third of them sharing a surname spread through the list
    // and a third a given name at its end (ฮ sorts last), one with a rare name: enough rows
    // for the server to choose between walking the list and fetching a fragment's matches.
    QSqlDatabase serverList()
    {
        if (!m_serverList) {
            m_serverList = std::make_unique<TestDatabase>(QStringLiteral("list"));
            PeopleGenerator generator({}, 7);
            QList<Person> people;
            for (int i = 0; i < 6000; ++i) {
                Person p = generator.next();
                p.memberNumber.clear();
                const QString given = p.nameTh.section(QLatin1Char(' '), 0, 0);
                const QString family = p.nameTh.section(QLatin1Char(' '), 1);
                if (i % 3 == 1)
                    p.nameTh = QStringLiteral("ฮูกขาว ") + family;
                else if (i % 3 == 2)
                    p.nameTh = given + QStringLiteral(" ศรีทองคำ");
                if (i % 3 != 1 && p.nameTh.startsWith(QStringLiteral("ฮ")))
                    p.nameTh.replace(0, 1, QStringLiteral("ก"));
                if (i == 0)
                    p.nameTh = QStringLiteral("วรรณวิไล ศรีสุขประเสริฐ");
                cleanAndValidate(p);
                people.append(p);
            }
            QString error;
            if (!m_serverList->ok() || !PersonStore(m_serverList->db()).insertBulk(people, &error))
                qWarning("the server's list was not made: %s", qPrintable(error));
            QSqlQuery(m_serverList->db()).exec(QStringLiteral("ANALYZE person"));
        }
        return m_serverList->db();
    }

    // The people whose text holds `text`, in the list's order, straight from SQL.
    static QStringList expectedMatches(const QSqlDatabase &db, const QString &text, int column)
    {
        const QString order = std::abs(column) == PeopleModel::Name ? QStringLiteral("sort_key") : QStringLiteral("phone");
        const QString direction = column < 0 ? QStringLiteral("DESC") : QStringLiteral("ASC");
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM person WHERE name_th || ' ' || name_en || ' ' || nickname || ' ' || phone || ' ' || member_no ILIKE ? "
                                 "ORDER BY %1 %2, id %2").arg(order, direction));
        q.addBindValue(QStringLiteral("%") + text + QStringLiteral("%"));
        QStringList ids;
        if (q.exec())
            while (q.next())
                ids.append(q.value(0).toString());
        return ids;
    }

    static QStringList shownIds(PeopleModel &model)
    {
        fetchAll(model);
        QStringList ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.append(QString::number(model.personId(r)));
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY(t->ok());
        const QList<District> districts = {
            {QStringLiteral("5701"), QStringLiteral("TH-57"), QStringLiteral("เมืองเชียงราย"), QStringLiteral("Mueang Chiang Rai"), false},
            {QStringLiteral("5601"), QStringLiteral("TH-56"), QStringLiteral("เมืองพะเยา"), QStringLiteral("Mueang Phayao"), false}};
        QVERIFY(AreaStore(t->db()).upsertDistricts(districts).ok());
        PeopleGenerator generator(districts, 42);
        QList<Person> people;
        for (int i = 0; i < kPeople; ++i) {
            Person p = generator.next();
            cleanAndValidate(p);
            people.append(p);
        }
        // One person whose name is found by a fragment in the middle of a word.
        Person special;
        special.nameTh = QStringLiteral("วรรณวิไล ศรีสุขประเสริฐ");
        special.phone = QStringLiteral("0899999123");
        special.memberNumber = QStringLiteral("X-42");
        special.nickname = QStringLiteral("น้ำ");
        people.append(special);
        QString error;
        QVERIFY2(PersonStore(t->db()).insertBulk(people, &error), qPrintable(error));
    }
    void cleanupTestCase()
    {
        m_serverList.reset();
        t.reset();
    }

    void passesModelTester()
    {
        PeopleModel model(t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester would fetch from inside its own reset handler and then flag its own
        // nested signals; the pages are fetched here instead, and every insertion is checked.
        tester.setUseFetchMore(false);
        fetchAll(model);
        QCOMPARE(model.rowCount(), kPeople + 1);
        model.sort(PeopleModel::Phone, Qt::DescendingOrder);
        model.setSearchText(QStringLiteral("ศรี"));
        fetchAll(model);
        model.setSearchText(QString());
        model.reload();
    }

    void firstPageOnlyUntilScrolled()
    {
        PeopleModel model(t->db());
        QCOMPARE(model.rowCount(), PeopleModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(counted(model), kPeople + 1);
    }

    void keysetPagesMatchFullOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int c = 0; c < PeopleModel::ColumnCount; ++c) {
            if (!PeopleModel::isSortable(c))
                continue;
            QTest::addRow("column %d ascending", c) << c << int(Qt::AscendingOrder);
            QTest::addRow("column %d descending", c) << c << int(Qt::DescendingOrder);
        }
    }
    void keysetPagesMatchFullOrder()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        PeopleModel model(t->db());
        model.sort(column, Qt::SortOrder(order));
        fetchAll(model);
        QCOMPARE(model.rowCount(), kPeople + 1);
        QSet<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids.insert(model.personId(r));
        QCOMPARE(ids.size(), kPeople + 1); // no row twice, none skipped at page edges
        // Neighbouring rows are in order by the raw value.
        for (int r = 1; r < model.rowCount(); ++r) {
            const QString a = model.index(r - 1, column).data(ItemRole::Raw).toString();
            const QString b = model.index(r, column).data(ItemRole::Raw).toString();
            if (column == PeopleModel::Status)
                continue; // ordered by code, shown as label
            // Names in ICU's Thai order, the rest in binary order.
            const int order2 = column == PeopleModel::Name ? Collation::compare(a, b) : QString::compare(a, b);
            QVERIFY2(order == Qt::AscendingOrder ? order2 <= 0 : order2 >= 0, qPrintable(QStringLiteral("row %1: %2 / %3").arg(r).arg(a, b)));
        }
    }

    void searchByThaiFragment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("middle of a word (trigram index)") << QStringLiteral("วิไล ศรี");
        QTest::newRow("two letters (start of the name)") << QStringLiteral("วร");
        QTest::newRow("decomposed sara am in query") << QStringLiteral("น\u0E49\u0E4D\u0E32");
    }
    void searchByThaiFragment()
    {
        QFETCH(QString, text);
        PeopleModel model(t->db());
        QSignalSpy counted(&model, &PeopleModel::matchCountChanged);
        model.setSearchText(text);
        fetchAll(model);
        QTRY_COMPARE(counted.size(), 1);
        bool found = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString name = model.index(r, PeopleModel::Name).data().toString();
            const QString searchable = name + model.index(r, PeopleModel::NameEn).data().toString()
                + model.index(r, PeopleModel::Nickname).data().toString() + model.index(r, PeopleModel::MemberNumber).data().toString()
                + model.index(r, PeopleModel::Phone).data(ItemRole::Raw).toString();
            QVERIFY2(searchable.contains(ThaiText::normalise(text), Qt::CaseInsensitive), qPrintable(searchable));
            found = found || name == QStringLiteral("วรรณวิไล ศรีสุขประเสริฐ");
        }
        QVERIFY(found);
        QCOMPARE(counted.first().first().toLongLong(), qint64(model.rowCount()));
    }

    // On a server the search text swaps each Thai sign with a letter pg_trgm counts as one
    // (schema step 16); swapped both ways, a tone mark and the letter standing in for it are
    // still told apart, as SQLite's index tells them. U+0251 stands in for mai ek (U+0E48).
    void aSignAndTheLetterStandingInForItAreToldApart()
    {
        TestDatabase db(QStringLiteral("standins"));
        QVERIFY(db.ok());
        PersonStore store(db.db());
        Person withSign;
        withSign.nameTh = QStringLiteral("ก่อนหน้า ทดสอบ");
        QVERIFY(store.save(withSign).ok());
        Person withLetter;
        withLetter.nameTh = QStringLiteral("สมหญิง ทดสอบ");
        withLetter.nickname = QStringLiteral("ก\u0251อน");
        const PersonStore::SaveResult saved = store.save(withLetter);
        QVERIFY2(saved.ok(), qPrintable(saved.error + saved.fieldErrors.value(0).message));
        for (const auto &[text, id] : {std::pair{QStringLiteral("ก่อน"), withSign.id}, std::pair{QStringLiteral("ก\u0251อน"), withLetter.id}}) {
            PeopleModel model(db.db());
            model.setSearchText(text);
            fetchAll(model);
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.personId(0), id);
        }
    }

    // Every fragment of three or four letters of a real Thai name, wherever it starts (a tone
    // mark first, or one in the middle), finds exactly the people whose names hold it: on
    // SQLite through FTS5's trigrams, on the server through pg_trgm, whose words tone marks
    // would otherwise break.
    void everyThaiFragmentFindsEveryMatch()
    {
        TestDatabase names(QStringLiteral("fragments"));
        QVERIFY(names.ok());
        QStringList thai;
        for (const District &d : AreaStore(names.db()).districts())
            thai.append(d.nameTh);
        thai.sort();
        QList<Person> people;
        for (const QString &name : std::as_const(thai)) {
            Person p;
            p.nameTh = name;
            cleanAndValidate(p);
            people.append(p);
        }
        QString error;
        QVERIFY2(PersonStore(names.db()).insertBulk(people, &error), qPrintable(error));
        int fragments = 0;
        int withSign = 0;
        for (int n = 0; n < thai.size(); n += 9) {
            const QString &name = thai.at(n);
            for (int length : {3, 4}) {
                for (int from = 0; from + length <= name.size(); ++from) {
                    const QString fragment = name.mid(from, length);
                    if (fragment.contains(QLatin1Char(' ')))
                        continue;
                    const auto expected = std::count_if(thai.cbegin(), thai.cend(), [&](const QString &other) { return other.contains(fragment); });
                    QCOMPARE(names.peopleFound(fragment), qint64(expected));
                    ++fragments;
                    withSign += fragment.contains(QRegularExpression(QStringLiteral("[\\x{0E47}-\\x{0E4C}\\x{0E4E}]")));
                }
            }
        }
        QVERIFY(fragments > 500);
        QVERIFY(withSign > 100);
        if (TestDatabase::onServer()) {
            // And the server's trigram index answers it, not a read of every row. (On a table
            // this small the planner would rather scan the whole name index; that index is
            // set aside for the question, and put back by the rollback.)
            QSqlDatabase db = names.db();
            QVERIFY(db.transaction());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SET LOCAL enable_seqscan = off")));
            QVERIFY2(q.exec(QStringLiteral("DROP INDEX person_by_sort_key_searched")), qPrintable(q.lastError().text()));
            const SqlDialect::Condition c = SqlDialect::forDatabase(names.db()).containsText(QStringLiteral("t"), QString(),
                QStringLiteral("ก่อน"), false);
            // EXPLAIN cannot be prepared: the values go in as literals.
            QString sql = c.sql;
            for (const QVariant &v : c.values)
                sql.replace(sql.indexOf(QLatin1Char('?')), 1, QLatin1Char('\'') + v.toString() + QLatin1Char('\''));
            QVERIFY2(q.exec(QStringLiteral("EXPLAIN SELECT id FROM person t WHERE ") + sql), qPrintable(q.lastError().text()));
            QString plan;
            while (q.next())
                plan += q.value(0).toString() + QLatin1Char('\n');
            q.finish();
            QVERIFY(db.rollback());
            QVERIFY2(plan.contains(QStringLiteral("person_search")), qPrintable(plan));
        }
    }

    void searchByPhoneFragment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("digits") << QStringLiteral("9999123");
        QTest::newRow("dashed") << QStringLiteral("089-999-9123");
        QTest::newRow("international") << QStringLiteral("+66 89 999 9123");
    }
    void searchByPhoneFragment()
    {
        QFETCH(QString, text);
        PeopleModel model(t->db());
        model.setSearchText(text);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PeopleModel::Phone).data().toString(), QStringLiteral("089-999-9123"));
    }

    void searchByMemberNumberAndNoMatch()
    {
        PeopleModel model(t->db());
        model.setSearchText(QStringLiteral("x-42"));
        QCOMPARE(model.rowCount(), 1);
        model.setSearchText(QStringLiteral("ไม่มีใครชื่อนี้"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(counted(model), 0);
        model.setSearchText(QStringLiteral("100%_\"")); // LIKE and FTS metacharacters are plain text
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    }

    void shortFragmentsMatchTheStart()
    {
        PeopleModel model(t->db());
        model.setSearchText(QStringLiteral("ไล")); // inside วรรณวิไล, at the start of nobody's name
        fetchAll(model);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, PeopleModel::Name).data().toString().startsWith(QStringLiteral("ไล")));
        model.setSearchText(QStringLiteral("Wa"));
        fetchAll(model);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(counted(model), qint64(model.rowCount()));
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, PeopleModel::NameEn).data().toString().startsWith(QStringLiteral("Wa")));
        model.setSearchText(QStringLiteral("08"));
        QVERIFY(counted(model) > 0);
        QCOMPARE(model.index(0, PeopleModel::Phone).data(ItemRole::Raw).toString().left(2), QStringLiteral("08"));
    }

    void largeAndSmallMatchSetsAgree()
    {
        // Both query plans (walk the sort index, or sort the matches) give the same rows.
        PeopleModel model(t->db());
        model.setSearchText(QStringLiteral("ศรี"));
        fetchAll(model);
        QCOMPARE(qint64(model.rowCount()), counted(model));
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM person WHERE name_th LIKE '%ศรี%' OR name_en LIKE '%ศรี%' OR nickname LIKE '%ศรี%'")));
        QVERIFY(q.next());
        QCOMPARE(counted(model), q.value(0).toLongLong());
    }

    void searchResultsAreOrderedWhicheverPlanRuns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::newRow("common surname part, by name") << QStringLiteral("ศรี") << int(PeopleModel::Name);
        QTest::newRow("common surname part, by phone") << QStringLiteral("ศรี") << int(PeopleModel::Phone);
        QTest::newRow("given name, by name") << QStringLiteral("สมชาย") << int(PeopleModel::Name);
        QTest::newRow("given name at the top of the list") << QStringLiteral("กาญจนา") << int(PeopleModel::Name);
        QTest::newRow("thai prefix, by name") << QStringLiteral("ส") << int(PeopleModel::Name);
        QTest::newRow("thai prefix, by member no.") << QStringLiteral("ส") << int(PeopleModel::MemberNumber);
        QTest::newRow("phone prefix, by name") << QStringLiteral("08") << int(PeopleModel::Name);
    }
    void searchResultsAreOrderedWhicheverPlanRuns()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        PeopleModel model(t->db());
        model.sort(column, Qt::AscendingOrder);
        model.setSearchText(text);
        fetchAll(model);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(qint64(model.rowCount()), counted(model));
        QSet<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r) {
            ids.insert(model.personId(r));
            if (r == 0)
                continue;
            const QString a = model.index(r - 1, column).data(ItemRole::Raw).toString();
            const QString b = model.index(r, column).data(ItemRole::Raw).toString();
            const int order = column == PeopleModel::Name ? Collation::compare(a, b) : QString::compare(a, b);
            QVERIFY2(order <= 0, qPrintable(QStringLiteral("row %1: %2 > %3").arg(r).arg(a, b)));
        }
        QCOMPARE(ids.size(), model.rowCount());
    }

    // On a server, a fragment that many people share is found by walking the list's order and
    // one that few share through the trigram index: both give every match, in order, and
    // the rows come before their count.
    void serverChoosesHowToFindAFragment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("walks");
        QTest::newRow("spread, by name") << QStringLiteral("ศรีทอง") << int(PeopleModel::Name) << true;
        QTest::newRow("spread, by phone, descending") << QStringLiteral("ศรีทอง") << -int(PeopleModel::Phone) << true;
        QTest::newRow("rare") << QStringLiteral("วิไล ศรี") << int(PeopleModel::Name) << false;
        // All at the end of the list: the walk finds none, the matches are fetched instead.
        QTest::newRow("far down the list") << QStringLiteral("ฮูกขา") << int(PeopleModel::Name) << true;
    }
    void serverChoosesHowToFindAFragment()
    {
        if (!TestDatabase::onServer())
            QSKIP("the server's way to a page");
        QFETCH(QString, text);
        QFETCH(int, column);
        QFETCH(bool, walks);
        const QSqlDatabase db = serverList();
        QVERIFY(db.isOpen());
        PeopleModel model(db);
        model.sort(std::abs(column), column < 0 ? Qt::DescendingOrder : Qt::AscendingOrder);
        QSignalSpy countedSignal(&model, &PeopleModel::matchCountChanged);
        model.setSearchText(text);
        QCOMPARE(model.walksSortOrder(), walks);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() <= PeopleModel::kFirstSearchPage);
        const QStringList expected = expectedMatches(db, text, column);
        QCOMPARE(shownIds(model), expected);
        QTRY_COMPARE(countedSignal.size(), 1);
        QCOMPARE(countedSignal.first().first().toLongLong(), qint64(expected.size()));
        QVERIFY(!model.isCounting());
    }

    void serverGoesStraightToMatchesOfALongerFragment()
    {
        if (!TestDatabase::onServer())
            QSKIP("the server's way to a page");
        const QSqlDatabase db = serverList();
        PeopleModel model(db);
        model.setSearchText(QStringLiteral("ฮูกขา"));
        QVERIFY(model.walksSortOrder());
        QCOMPARE(model.rowCount(), PeopleModel::kFirstSearchPage);
        // The walk from the top fell short: typed on, the longer fragment does not walk again.
        model.setSearchText(QStringLiteral("ฮูกขาว"));
        QVERIFY(!model.walksSortOrder());
        QCOMPARE(shownIds(model), expectedMatches(db, QStringLiteral("ฮูกขาว"), PeopleModel::Name));
        QCOMPARE(counted(model), 2000);
        // Another order walks again.
        model.sort(PeopleModel::Phone, Qt::AscendingOrder);
        QVERIFY(model.walksSortOrder());
        QCOMPARE(shownIds(model), expectedMatches(db, QStringLiteral("ฮูกขาว"), PeopleModel::Phone));
    }

    // On a server, a fragment that few enough people share is listed with its count; a longer
    // fragment typed after it is found among those rows, counted at once, in the same order and
    // with the same rows as SQL's ILIKE gives, page after page. Reading again (as a colleague's
    // change makes the window do) asks the server again.
    void serverFindsALongerFragmentAmongTheListedMatches()
    {
        if (!TestDatabase::onServer())
            QSKIP("the server's way to a page");
        QSqlDatabase db = serverList();
        PeopleModel model(db);
        model.setSearchText(QStringLiteral("ศรีทอง"));
        QCOMPARE(counted(model), qint64(expectedMatches(db, QStringLiteral("ศรีทอง"), PeopleModel::Name).size()));
        model.setSearchText(QStringLiteral("ศรีทองค"));
        QVERIFY(!model.isCounting());
        const QStringList expected = expectedMatches(db, QStringLiteral("ศรีทองค"), PeopleModel::Name);
        QCOMPARE(model.matchCount(), qint64(expected.size()));
        QCOMPARE(shownIds(model), expected);
        // Narrower still, to a few; and a fragment the list cannot hold starts again.
        model.setSearchText(QStringLiteral("วิไล ศรี"));
        QCOMPARE(shownIds(model), expectedMatches(db, QStringLiteral("วิไล ศรี"), PeopleModel::Name));
        model.setSearchText(QStringLiteral("ศรีทองคำ"));
        QCOMPARE(shownIds(model), expected);

        Person late;
        late.nameTh = QStringLiteral("กมลวรรณ ศรีทองคำ");
        QVERIFY(PersonStore(db).save(late).ok());
        model.reload();
        QCOMPARE(shownIds(model), expectedMatches(db, QStringLiteral("ศรีทองคำ"), PeopleModel::Name));
        QVERIFY(shownIds(model).contains(QString::number(late.id)));
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM person WHERE id = ?"));
        q.addBindValue(late.id);
        QVERIFY(q.exec());
    }

    void aNewSearchDropsTheCountOfTheOldOne()
    {
        PeopleModel model(t->db());
        QSignalSpy countedSignal(&model, &PeopleModel::matchCountChanged);
        model.setSearchText(QStringLiteral("ศรี"));
        model.setSearchText(QStringLiteral("วิไล ศรี"));
        QCOMPARE(counted(model), 1);
        QTest::qWait(100);
        QCOMPARE(countedSignal.last().first().toLongLong(), 1);
        // A server's count of the search typed over was dropped, never reported.
        if (TestDatabase::onServer())
            for (const QList<QVariant> &signal : std::as_const(countedSignal))
                QCOMPARE(signal.first().toLongLong(), 1);
    }

    void unsortableColumnKeepsOrder()
    {
        PeopleModel model(t->db());
        model.sort(PeopleModel::Tags, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(PeopleModel::Name));
    }
};

QTEST_GUILESS_MAIN(TestPeopleModel)
#include "tst_peoplemodel.moc"
