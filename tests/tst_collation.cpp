// Names in Thai dictionary order: Khana's stored ICU keys, its indexed People list and its
// prefix search agree with ICU's Thai collation as Qt's QCollator applies it.

#include "TestDatabase.h"
#include "domain/Collation.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PeopleModel.h"
#include "stores/PersonStore.h"

#include <QCollator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace khana;

namespace {

// Thai names from the country's districts and provinces as Khana ships them, and the same
// districts after given names with tone marks and leading vowels: 2,864 real-world names.
QStringList realThaiNames()
{
    QStringList names;
    for (const char *file : {"districts.csv", "provinces.csv"}) {
        QFile csv(QStringLiteral(KHANA_SOURCE_DIR "/resources/reference/thai-admin/") + QLatin1String(file));
        if (!csv.open(QIODevice::ReadOnly))
            return {};
        csv.readLine(); // the heading
        while (!csv.atEnd()) {
            const QStringList cells = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
            if (cells.size() > 2)
                names << cells.at(1) << cells.at(2); // name_th, name_en
        }
    }
    const QStringList given = {QStringLiteral("ก้องเกียรติ"), QStringLiteral("เกศินี"), QStringLiteral("ไก่แก้ว"), QStringLiteral("ขวัญใจ"),
                               QStringLiteral("ฉัตรชัย"), QStringLiteral("ณัฐพล"), QStringLiteral("ทิพวรรณ"), QStringLiteral("น้ำฝน"),
                               QStringLiteral("ปิ่นแก้ว"), QStringLiteral("ฤทัย"), QStringLiteral("โสภา"), QStringLiteral("ใจดี")};
    const qsizetype districts = names.size();
    for (qsizetype i = 0; i < districts && i < 2 * 929; i += 2)
        names.append(given.at((i / 2) % given.size()) + QLatin1Char(' ') + names.at(i).section(QLatin1Char(' '), -1));
    names.removeAll(QString());
    return names;
}

// How a Thai dictionary reads a word, for telling which names start with a prefix: tone marks
// aside, and a vowel written before its consonant (เ แ โ ใ ไ) read after it.
QString dictionaryForm(QString text)
{
    static const QRegularExpression marks(QStringLiteral("[\\x{0E47}-\\x{0E4C}]"));
    text.remove(marks);
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const char16_t next = text.at(i + 1).unicode();
        if (c >= 0x0E40 && c <= 0x0E44 && next >= 0x0E01 && next <= 0x0E2E) {
            std::swap(text[i], text[i + 1]);
            ++i;
        }
    }
    return text;
}

} // namespace

class TestCollation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> t;
    QStringList names;

private Q_SLOTS:
    void initTestCase()
    {
        names = realThaiNames();
        QVERIFY2(names.size() > 2800, qPrintable(QString::number(names.size())));
        t = std::make_unique<TestDatabase>();
        QVERIFY(t->ok());
        QList<Person> people;
        for (const QString &name : std::as_const(names)) {
            Person p;
            p.nameTh = name;
            people.append(p);
        }
        QString error;
        QVERIFY2(PersonStore(t->db()).insertBulk(people, &error), qPrintable(error));
    }
    void cleanupTestCase() { t.reset(); }

    // The words the hand-made key got wrong: tone marks weigh less than letters, and a vowel
    // written before its consonant is read after it (กอน ก่อน ก้อน กา ก้าว ไก่).
    void dictionaryOrderOfKnownWords()
    {
        const QStringList expected = {QStringLiteral("กอน"), QStringLiteral("ก่อน"), QStringLiteral("ก้อน"), QStringLiteral("กา"),
                                      QStringLiteral("ก้าว"), QStringLiteral("ไก่"), QStringLiteral("ขา"), QStringLiteral("เขา")};
        QStringList shuffled = expected;
        std::reverse(shuffled.begin(), shuffled.end());
        std::sort(shuffled.begin(), shuffled.end(), &Collation::lessThan);
        QCOMPARE(shuffled, expected);
        QStringList byKey = expected;
        std::reverse(byKey.begin(), byKey.end());
        std::sort(byKey.begin(), byKey.end(), [](const QString &a, const QString &b) { return Collation::sortKey(a) < Collation::sortKey(b); });
        QCOMPARE(byKey, expected);
        // Latin names as in English: case weighs less than letters.
        QVERIFY(Collation::lessThan(QStringLiteral("apple"), QStringLiteral("Banana")));
        // Word by word: a given name before the longer given names that start with it.
        QVERIFY(Collation::lessThan(QStringLiteral("กมล ศรีสุข"), QStringLiteral("กมลวรรณ ใจดี")));
        QVERIFY(Collation::identity().startsWith(QStringLiteral("icu:th:")));
    }

    // The People list, sorted by the index on the stored keys, against ICU through QCollator,
    // position by position.
    void peopleListIsInIcuOrder_data()
    {
        QTest::addColumn<int>("order");
        QTest::newRow("ascending") << int(Qt::AscendingOrder);
        QTest::newRow("descending") << int(Qt::DescendingOrder);
    }
    void peopleListIsInIcuOrder()
    {
        QFETCH(int, order);
        QCollator icu{QLocale(QLocale::Thai, QLocale::Thailand)};
        QStringList expected = names;
        std::stable_sort(expected.begin(), expected.end(), [&icu](const QString &a, const QString &b) { return icu.compare(a, b) < 0; });
        if (order == Qt::DescendingOrder)
            std::reverse(expected.begin(), expected.end());

        PeopleModel model(t->db());
        model.sort(PeopleModel::Name, Qt::SortOrder(order));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), expected.size());
        int misplaced = 0;
        QString first;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString shown = model.index(r, PeopleModel::Name).data(ItemRole::Raw).toString();
            // Names equal to ICU (none here differ only in what ICU ignores) may trade places.
            if (shown != expected.at(r) && icu.compare(shown, expected.at(r)) != 0) {
                if (misplaced++ == 0)
                    first = QStringLiteral("row %1: %2, ICU has %3").arg(r).arg(shown, expected.at(r));
            }
        }
        QVERIFY2(misplaced == 0, qPrintable(QStringLiteral("%1 misplaced; first %2").arg(misplaced).arg(first)));
    }

    // One or two letters search the start of names through the key index, as a dictionary
    // would: tone marks aside, and "ก" also finds "เกศินี" (listed under ก).
    void prefixSearchFindsWhatStartsWithIt_data()
    {
        QTest::addColumn<QString>("prefix");
        for (const char *prefix : {"ก", "กอ", "ไก", "เก", "ข", "ฤ", "น้", "ปิ"})
            QTest::newRow(prefix) << QString::fromUtf8(prefix);
    }
    void prefixSearchFindsWhatStartsWithIt()
    {
        QFETCH(QString, prefix);
        QStringList expected;
        for (const QString &name : std::as_const(names))
            if (dictionaryForm(name).startsWith(dictionaryForm(prefix)))
                expected.append(name);
        QVERIFY(!expected.isEmpty());
        PeopleModel model(t->db());
        model.setSearchText(prefix);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList found;
        for (int r = 0; r < model.rowCount(); ++r)
            found.append(model.index(r, PeopleModel::Name).data(ItemRole::Raw).toString());
        std::sort(found.begin(), found.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(found, expected);
    }
};

QTEST_MAIN(TestCollation)
#include "tst_collation.moc"
