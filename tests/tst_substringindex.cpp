#include "search/SearchText.h"
#include "search/SubstringIndex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace khana;

namespace {

// Texts of five columns drawn from `alphabet`, with the case of Latin letters mixed.
QList<QStringList> randomTexts(QRandomGenerator &random, const QString &alphabet, int count)
{
    QList<QStringList> texts;
    for (int i = 0; i < count; ++i) {
        QStringList columns;
        for (int c = 0; c < 5; ++c) {
            QString column;
            const int length = int(random.bounded(0, 16));
            for (int k = 0; k < length; ++k) {
                QChar ch = alphabet.at(random.bounded(int(alphabet.size())));
                if (random.bounded(3) == 0)
                    ch = ch.toUpper();
                column.append(ch);
            }
            columns.append(column);
        }
        texts.append(columns);
    }
    return texts;
}

std::unique_ptr<SubstringIndex> indexOf(const QList<QStringList> &texts)
{
    SubstringIndex::Builder builder;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QByteArray bytes;
        bool all = true;
        for (const QString &column : texts.at(i)) {
            all = SearchText::append(column, &bytes) && all;
            bytes.append(SearchText::kSeparator);
        }
        QStringList wide;
        if (!all)
            for (const QString &column : texts.at(i))
                wide.append(column.toLower());
        builder.add(1000 + i, bytes, wide);
    }
    return builder.build();
}

// What comparing every text finds: the slots with a column holding the fragment, case aside.
std::vector<uint32_t> scanned(const QList<QStringList> &texts, const QString &fragment, const QSet<uint32_t> &removed)
{
    std::vector<uint32_t> out;
    const QString wanted = fragment.toLower();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (removed.contains(uint32_t(i)))
            continue;
        const QStringList &columns = texts.at(i);
        if (std::any_of(columns.cbegin(), columns.cend(), [&](const QString &c) { return c.toLower().contains(wanted); }))
            out.push_back(uint32_t(i));
    }
    return out;
}

std::vector<uint32_t> found(const SubstringIndex &index, const QString &fragment)
{
    const QByteArray bytes = SearchText::fragment(fragment);
    return bytes.isEmpty() ? index.findWide(fragment.toLower()) : index.find(bytes);
}

// A fragment from inside a random text (most of them) or made up.
QString randomFragment(QRandomGenerator &random, const QList<QStringList> &texts, const QString &alphabet)
{
    const int length = int(random.bounded(1, 9));
    if (random.bounded(4) == 0) {
        QString made;
        for (int k = 0; k < length; ++k)
            made.append(alphabet.at(random.bounded(int(alphabet.size()))));
        return made;
    }
    const QStringList &columns = texts.at(random.bounded(int(texts.size())));
    // Sometimes across the end of one column and the start of the next: never a match there.
    const QString joined = random.bounded(8) == 0 ? columns.join(QString()) : columns.at(random.bounded(int(columns.size())));
    if (joined.size() <= 1)
        return joined.isEmpty() ? QStringLiteral("ก") : joined;
    const int from = int(random.bounded(int(joined.size()) - 1));
    QString f = joined.mid(from, length);
    if (random.bounded(2) == 0)
        f = f.toUpper();
    return f;
}

} // namespace

class TestSubstringIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneByteForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allHaveBytes");
        QTest::newRow("Thai") << QStringLiteral("ประเสริฐ ศรีสุขวงศ์ ๑๒") << true;
        QTest::newRow("Latin, capitals") << QStringLiteral("Somchai JAIDEE 08-1234") << true;
        QTest::newRow("accented") << QStringLiteral("Zoë") << false;
        QTest::newRow("Kelvin sign") << QStringLiteral("\u212Aim") << true; // lower-cases into ASCII k
        QTest::newRow("control character") << QStringLiteral("a\u0001b") << false;
        QTest::newRow("unassigned Thai") << QStringLiteral("ก\u0E3Cข") << false;
    }
    void oneByteForm()
    {
        QFETCH(QString, text);
        QFETCH(bool, allHaveBytes);
        QByteArray bytes;
        QCOMPARE(SearchText::append(text, &bytes), allHaveBytes);
        QCOMPARE(bytes.size(), text.toLower().size()); // one byte a character
        // Different characters with bytes are different bytes.
        const QString lowered = text.toLower();
        if (allHaveBytes)
            QCOMPARE(QSet<char>(bytes.cbegin(), bytes.cend()).size(), QSet<QChar>(lowered.cbegin(), lowered.cend()).size());
    }

    void findsExactlyWhatAScanFinds_data()
    {
        QTest::addColumn<QString>("alphabet");
        QTest::addColumn<quint32>("seed");
        // Few letters, so that texts share their trigrams and fragments match many of them.
        QTest::newRow("Thai") << QStringLiteral("กขคงรนมสาิีุเแ่้ ") << 1u;
        QTest::newRow("Latin") << QStringLiteral("abcdeABC -") << 2u;
        QTest::newRow("digits") << QStringLiteral("0123456789") << 3u;
        QTest::newRow("mixed, some without bytes") << QStringLiteral("กขรสาเ่abAB01éЖ") << 4u;
        QTest::newRow("repeats (abab)") << QStringLiteral("ab") << 5u;
    }
    void findsExactlyWhatAScanFinds()
    {
        QFETCH(QString, alphabet);
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const QList<QStringList> texts = randomTexts(random, alphabet, 2000);
        const std::unique_ptr<SubstringIndex> index = indexOf(texts);
        QVERIFY(index);
        QCOMPARE(index->size(), texts.size());
        QSet<uint32_t> removed;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 1500; ++i) {
                const QString fragment = randomFragment(random, texts, alphabet);
                const std::vector<uint32_t> expected = scanned(texts, fragment, removed);
                const std::vector<uint32_t> actual = found(*index, fragment);
                if (actual != expected)
                    QFAIL(qPrintable(QStringLiteral("\"%1\": %2 found, %3 expected (round %4)")
                                         .arg(fragment)
                                         .arg(actual.size())
                                         .arg(expected.size())
                                         .arg(round)));
            }
            // People changed or gone are taken out: found no more, the rest as before.
            for (int i = 0; i < 300; ++i) {
                const uint32_t slot = uint32_t(random.bounded(int(texts.size())));
                QCOMPARE(index->remove(1000 + slot), !removed.contains(slot));
                removed.insert(slot);
            }
            QVERIFY(!index->remove(999));
        }
    }

    void aFragmentOfThreeIsItsTrigram()
    {
        const QList<QStringList> texts{{QStringLiteral("สมชาย"), {}, {}, {}, {}}, {QStringLiteral("สมศรี"), {}, {}, {}, {}},
                                       {QStringLiteral("ชายสม"), {}, {}, {}, {}}};
        const auto index = indexOf(texts);
        QCOMPARE(found(*index, QStringLiteral("สมช")), (std::vector<uint32_t>{0}));
        QCOMPARE(found(*index, QStringLiteral("ายส")), (std::vector<uint32_t>{2}));
        QCOMPARE(found(*index, QStringLiteral("ชายสมศ")), std::vector<uint32_t>{}); // not across people
        QCOMPARE(found(*index, QStringLiteral("สม")), (std::vector<uint32_t>{0, 1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestSubstringIndex)
#include "tst_substringindex.moc"
