#include "TestDatabase.h"
#include "database/SearchIndexes.h"
#include "demo/PeopleGenerator.h"
#include "domain/PhoneNumber.h"
#include "domain/ThaiText.h"
#include "itemmodels/PeopleModel.h"
#include "search/PeopleSearch.h"
#include "stores/ErasureStore.h"
#include "stores/PersonStore.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>

using namespace khana;

namespace {

struct Listed
{
    qint64 id;
    QStringList columns; // lower-cased
};

// Everyone, in the order asked for, with their searchable columns.
QList<Listed> everyone(const QSqlDatabase &db, const QString &order)
{
    QList<Listed> out;
    QSqlQuery q(db);
    const QStringList &columns = SearchIndexes::people().columns;
    if (!q.exec(QStringLiteral("SELECT id, %1 FROM person ORDER BY %2").arg(columns.join(QStringLiteral(", ")), order)))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next()) {
        Listed l{q.value(0).toLongLong(), {}};
        for (int i = 0; i < columns.size(); ++i)
            l.columns.append(q.value(1 + i).toString().toLower());
        out.append(l);
    }
    return out;
}

// What the list should show for `typed`, in its order: a scan of every person's columns for
// the text the search looks for (a phone's digits when it looks like one), case aside.
QString searched(const QString &typed)
{
    const QString normalised = ThaiText::normalise(typed);
    return PhoneNumber::looksLikePhone(normalised) ? PhoneNumber::searchDigits(normalised) : normalised;
}

QList<qint64> scanned(const QList<Listed> &people, const QString &typed)
{
    const QString wanted = searched(typed).toLower();
    QList<qint64> out;
    for (const Listed &l : people)
        if (std::any_of(l.columns.cbegin(), l.columns.cend(), [&](const QString &c) { return c.contains(wanted); }))
            out.append(l.id);
    return out;
}

QList<qint64> shown(PeopleModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.append(model.personId(r));
    return ids;
}

// Three letters or more (the search for anywhere in a text, not a prefix) from inside someone's name, English name, nickname, phone or member
// number (most), or from anyone's name with a letter changed, typed in any case.
QString randomFragment(QRandomGenerator &random, const QList<Listed> &people)
{
    for (;;) {
        const Listed &l = people.at(random.bounded(int(people.size())));
        const QString column = l.columns.at(random.bounded(int(l.columns.size())));
        if (column.size() < 3)
            continue;
        const int length = int(random.bounded(3, int(std::min<qsizetype>(column.size(), 9)) + 1));
        QString f = column.mid(random.bounded(int(column.size()) - length + 1), length);
        if (random.bounded(5) == 0)
            f[random.bounded(int(f.size()))] = QChar(char16_t(0x0E01 + random.bounded(40)));
        if (random.bounded(3) == 0)
            f = f.toUpper();
        if (ThaiText::normalise(f) == f && searched(f).size() >= 3)
            return f;
    }
}

} // namespace

class TestPeopleSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> t;

    bool built(const std::shared_ptr<PeopleSearch> &search)
    {
        if (search->isReady())
            return true;
        QSignalSpy ready(search.get(), &PeopleSearch::ready);
        search->prepare();
        return ready.wait(30000) && search->isReady();
    }

    void addPeople(int count, quint32 seed)
    {
        PeopleGenerator generator({}, seed);
        QList<Person> people;
        for (int i = 0; i < count; ++i) {
            Person p = generator.next();
            if (!p.memberNumber.isEmpty()) // serial within a generator: each batch its own
                p.memberNumber = QStringLiteral("S%1-").arg(seed) + p.memberNumber;
            cleanAndValidate(p);
            people.append(p);
        }
        QString error;
        QVERIFY2(PersonStore(t->db()).insertBulk(people, &error), qPrintable(error));
    }

    // Every fragment's matches in the list, all pages, in each order: those of a scan.
    void compareWithScan(QRandomGenerator &random, int fragments)
    {
        PeopleModel model(t->db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester would fetch inside its own reset handler and flag its own nested signals:
        // the pages are fetched here, and every insertion is checked.
        tester.setUseFetchMore(false);
        const QList<Listed> byName = everyone(t->db(), QStringLiteral("sort_key, id"));
        const QList<Listed> byPhone = everyone(t->db(), QStringLiteral("phone, id"));
        int inMemory = 0;
        for (int i = 0; i < fragments; ++i) {
            const QString fragment = randomFragment(random, byName);
            const int order = i % 4;
            if (order == 0 || order == 1)
                model.sort(PeopleModel::Name, order == 0 ? Qt::AscendingOrder : Qt::DescendingOrder);
            else
                model.sort(PeopleModel::Phone, Qt::AscendingOrder);
            model.setSearchText(fragment);
            inMemory += model.searchedInMemory() ? 1 : 0;
            QList<qint64> expected = scanned(order < 2 ? byName : byPhone, fragment);
            if (order == 1)
                std::reverse(expected.begin(), expected.end());
            const QList<qint64> actual = shown(model);
            if (actual != expected)
                QFAIL(qPrintable(QStringLiteral("\"%1\" (order %2): %3 shown, %4 expected").arg(fragment).arg(order).arg(actual.size()).arg(expected.size())));
            QCOMPARE(model.matchCount(), qint64(expected.size()));
            model.setSearchText(QString());
        }
        QCOMPARE(inMemory, fragments);
    }

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        QVERIFY2(t->ok(), qPrintable(t->error()));
    }
    void cleanup() { t.reset(); }

    void findsExactlyWhatAScanFinds()
    {
        addPeople(1500, 11);
        const auto search = PeopleSearch::of(t->db());
        QVERIFY(search);
        QVERIFY(built(search));
        QRandomGenerator random(5);
        compareWithScan(random, 1500);
    }

    void keepsInStepWithChanges()
    {
        addPeople(900, 12);
        const auto search = PeopleSearch::of(t->db());
        QVERIFY(built(search));
        QRandomGenerator random(6);
        PersonStore store(t->db());
        for (int round = 0; round < 3; ++round) {
            const QList<Listed> people = everyone(t->db(), QStringLiteral("id"));
            // Renamed, a new nickname and phone: found by the new, not the old.
            for (int i = 0; i < 40; ++i) {
                std::optional<Person> p = store.find(people.at(random.bounded(int(people.size()))).id);
                QVERIFY(p);
                p->nameTh = QStringLiteral("ทดลองเปลี่ยน%1 ").arg(round) + p->nameTh;
                p->nickname = QStringLiteral("Nick%1").arg(i);
                const auto saved = store.save(*p);
                QVERIFY2(saved.ok(), qPrintable(saved.error));
            }
            // Removed, erased, added one by one and in bulk.
            for (int i = 0; i < 20; ++i) {
                const std::optional<Person> p = store.find(people.at(random.bounded(int(people.size()))).id);
                if (!p)
                    continue;
                const auto removed = i % 4 == 0 ? ErasureStore(t->db()).erase(p->id, p->rowVersion) : store.remove(p->id, p->rowVersion);
                QVERIFY2(removed.ok(), qPrintable(removed.error));
            }
            PeopleGenerator generator({}, 100 + round);
            for (int i = 0; i < 30; ++i) {
                Person p = generator.next();
                p.memberNumber = QStringLiteral("R%1-%2").arg(round).arg(i);
                const auto saved = store.save(p);
                QVERIFY2(saved.ok(), qPrintable(saved.error));
            }
            addPeople(200, 200 + round);
            compareWithScan(random, 400);
            QVERIFY(search->isReady());
        }
    }

    void anImportOfManyBuildsAgain()
    {
        addPeople(300, 13);
        const auto search = PeopleSearch::of(t->db());
        QVERIFY(built(search));
        addPeople(PeopleSearch::kChangedBeforeRebuild + 1, 14);
        // The next search finds the import too big to follow: until built again the database's
        // own index answers, exactly the same.
        PeopleModel model(t->db());
        model.setSearchText(QStringLiteral("ศรี"));
        QVERIFY(!model.searchedInMemory());
        QVERIFY(!search->isReady());
        QVERIFY(built(search));
        QRandomGenerator random(7);
        compareWithScan(random, 200);
    }
};

QTEST_GUILESS_MAIN(TestPeopleSearch)
#include "tst_peoplesearch.moc"
