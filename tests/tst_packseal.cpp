#include "pack/PackSeal.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace khana;

namespace {

QByteArray randomBytes(qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(QRandomGenerator::global()->bounded(256));
    return out;
}

const QString kPassphrase = QStringLiteral("ห้องประชุมชั้น 3 โรงแรม");

// Where the first piece's length sits: after the frame (52 bytes) and the stream header (24).
constexpr qsizetype kFirstPiece = 52 + 24;

} // namespace

// The file frame around libsodium's sealing: what opens, what is refused and why.
class TestPackSeal : public QObject
{
    Q_OBJECT

    std::shared_ptr<PackKey> m_key;

private Q_SLOTS:
    void initTestCase()
    {
        m_key = PackKey::fromPassphrase(kPassphrase, PackKey::Cost::Quick);
        QVERIFY(m_key);
    }

    void sealedBytesOpenAsTheyWere_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::newRow("empty") << qsizetype(0);
        QTest::newRow("one page") << qsizetype(4096);
        QTest::newRow("one piece exactly") << qsizetype(1 << 20);
        QTest::newRow("one piece and a byte") << qsizetype((1 << 20) + 1);
        QTest::newRow("three pieces and some") << qsizetype(3 * (1 << 20) + 777);
    }
    void sealedBytesOpenAsTheyWere()
    {
        QFETCH(qsizetype, size);
        const QByteArray plain = randomBytes(size);
        const QByteArray sealed = PackSeal::seal(plain, *m_key);
        QVERIFY(sealed.startsWith("KhanaSealedPack"));
        QVERIFY(!sealed.contains(plain.left(64)) || plain.isEmpty());
        const PackSeal::Opened opened = PackSeal::open(sealed, kPassphrase);
        QVERIFY(opened.ok());
        QCOMPARE(opened.plain, plain);
        QByteArray again;
        QVERIFY(PackSeal::openWithKey(sealed, *opened.key, &again));
        QCOMPARE(again, plain);
        // Sealed twice, the bytes differ (a new stream header each time) and both open.
        QVERIFY(PackSeal::seal(plain, *m_key) != sealed);
    }

    void aWrongPassphraseIsRefused()
    {
        const QByteArray sealed = PackSeal::seal(QByteArrayLiteral("SQLite format 3"), *m_key);
        QCOMPARE(PackSeal::open(sealed, QStringLiteral("ห้องประชุมชั้น 4 โรงแรม")).failure, PackSeal::Failure::WrongPassphrase);
        QCOMPARE(PackSeal::open(sealed, QString()).failure, PackSeal::Failure::WrongPassphrase);
        const auto other = PackKey::fromPassphrase(kPassphrase, PackKey::Cost::Quick); // the same words, another salt
        QByteArray plain;
        QVERIFY(!PackSeal::openWithKey(sealed, *other, &plain));
        QVERIFY(plain.isEmpty());
    }

    // Thai typed with another input method may put a vowel and a tone mark over one consonant
    // in either order; it is the same passphrase.
    void thaiMarksInEitherOrderAreOnePassphrase()
    {
        const QString vowelFirst = QStringLiteral("ก") + QChar(0x0E38) + QChar(0x0E48) + QStringLiteral("ขอนแก่น");
        const QString toneFirst = QStringLiteral("ก") + QChar(0x0E48) + QChar(0x0E38) + QStringLiteral("ขอนแก่น");
        QVERIFY(vowelFirst != toneFirst);
        const auto key = PackKey::fromPassphrase(vowelFirst, PackKey::Cost::Quick);
        QVERIFY(key);
        QVERIFY(PackSeal::open(PackSeal::seal(QByteArrayLiteral("x"), *key), toneFirst).ok());
    }

    void changedOrCutBytesAreRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<int>("failure");
        const int wrong = int(PackSeal::Failure::WrongPassphrase);
        const int damaged = int(PackSeal::Failure::Damaged);
        QTest::newRow("not sealed") << QStringLiteral("not sealed") << int(PackSeal::Failure::NotSealed);
        QTest::newRow("newer format") << QStringLiteral("format") << int(PackSeal::Failure::NewerFormat);
        QTest::newRow("salt changed") << QStringLiteral("salt") << wrong;
        QTest::newRow("memory limit absurd") << QStringLiteral("memory") << damaged;
        QTest::newRow("first piece changed") << QStringLiteral("first piece") << wrong;
        QTest::newRow("last piece changed") << QStringLiteral("last piece") << damaged;
        QTest::newRow("last piece cut off") << QStringLiteral("cut piece") << damaged;
        QTest::newRow("cut mid-piece") << QStringLiteral("cut") << damaged;
        QTest::newRow("bytes added") << QStringLiteral("added") << damaged;
        QTest::newRow("header only") << QStringLiteral("header only") << damaged;
    }
    void changedOrCutBytesAreRefused()
    {
        QFETCH(QString, change);
        QFETCH(int, failure);
        const QByteArray plain = randomBytes(2 * (1 << 20) + 100);
        QByteArray sealed = PackSeal::seal(plain, *m_key);
        const qsizetype firstLength = qFromLittleEndian<quint32>(sealed.constData() + kFirstPiece);
        const qsizetype secondAt = kFirstPiece + 4 + firstLength;
        const qsizetype secondLength = qFromLittleEndian<quint32>(sealed.constData() + secondAt);
        const qsizetype lastAt = secondAt + 4 + secondLength;
        if (change == QLatin1String("not sealed"))
            sealed[0] = 'k';
        else if (change == QLatin1String("format"))
            sealed[16] = char(2);
        else if (change == QLatin1String("salt"))
            sealed[40] = char(sealed[40] ^ 1);
        else if (change == QLatin1String("memory"))
            sealed[35] = char(0x7f);
        else if (change == QLatin1String("first piece"))
            sealed[kFirstPiece + 100] = char(sealed[kFirstPiece + 100] ^ 1);
        else if (change == QLatin1String("last piece"))
            sealed[sealed.size() - 5] = char(sealed[sealed.size() - 5] ^ 1);
        else if (change == QLatin1String("cut piece"))
            sealed.truncate(lastAt);
        else if (change == QLatin1String("cut"))
            sealed.chop(50);
        else if (change == QLatin1String("added"))
            sealed.append("more");
        else if (change == QLatin1String("header only"))
            sealed.truncate(kFirstPiece);
        QCOMPARE(int(PackSeal::open(sealed, kPassphrase).failure), failure);
        QVERIFY(!PackSeal::describe(PackSeal::Failure(failure), QStringLiteral("desk-2.khanapack")).isEmpty());
    }

    // Every pack is sealed at the moderate cost, and the file records it.
    void packsAreSealedAtTheModerateCost()
    {
        const auto key = PackKey::fromPassphrase(kPassphrase);
        QVERIFY(key);
        QCOMPARE(key->memLimit(), quint64(256) << 20);
        QCOMPARE(key->opsLimit(), quint64(3));
        const QByteArray sealed = PackSeal::seal(QByteArrayLiteral("x"), *key);
        QCOMPARE(qFromLittleEndian<quint64>(sealed.constData() + 28), quint64(256) << 20);
        QVERIFY(PackSeal::open(sealed, kPassphrase).ok());
    }

    void aSealedFileIsItsOwnersOnlyAndReplacedWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.khanapack"));
        QString error;
        const QByteArray first = PackSeal::seal(QByteArrayLiteral("first"), *m_key);
        QVERIFY2(PackSeal::writeFile(path, first, &error), qPrintable(error));
        QVERIFY(PackSeal::isSealed(path));
        QCOMPARE(QFile(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray second = PackSeal::seal(QByteArrayLiteral("second"), *m_key);
        QVERIFY2(PackSeal::writeFile(path, second, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), second);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("desk.khanapack")});
        QVERIFY(!PackSeal::writeFile(dir.filePath(QStringLiteral("gone/desk.khanapack")), second, &error));
        QVERIFY(error.contains(QStringLiteral("could not be written")));
    }
};

QTEST_MAIN(TestPackSeal)
#include "tst_packseal.moc"
