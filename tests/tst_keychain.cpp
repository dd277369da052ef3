// Server passwords in the system keychain, against a real Secret Service (GNOME Keyring in a
// D-Bus session of the test's own, scripts/with-keychain) — and, as tst_keychain_none, on a
// session with no keychain at all, where Khana must say so and keep nothing anywhere else.

#include "database/ServerDatabase.h"
#include "server/PasswordKeychain.h"

#include <QDir>
#include <QDirIterator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace khana;

namespace {

ServerAddress office(const QString &user)
{
    ServerAddress a;
    a.name = QStringLiteral("สำนักงานเชียงราย");
    a.host = QStringLiteral("khana.example.org");
    a.port = 5432;
    a.database = QStringLiteral("khana");
    a.user = user;
    return a;
}

bool withoutKeychain()
{
    return qEnvironmentVariableIsSet("KHANA_TEST_NO_KEYCHAIN");
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PasswordKeychain::setService(QStringLiteral("KhanaTest-%1").arg(QCoreApplication::applicationPid()));
    }

    void keyNamesTheLoginAndTheApplication()
    {
        QCOMPARE(PasswordKeychain::keyOf(office(QStringLiteral("anna"))), QStringLiteral("Khana/anna@khana.example.org:5432/khana"));
        QVERIFY(PasswordKeychain::keyOf(office(QStringLiteral("anna"))) != PasswordKeychain::keyOf(office(QStringLiteral("somchai"))));
    }

    // With a keychain (tst_keychain) a password is kept, read back and forgotten; without one
    // (tst_keychain_none) Khana says so and keeps it nowhere.
    void passwordsAreKeptOnlyInAKeychain()
    {
        if (withoutKeychain())
            noKeychainIsSaidAndNothingIsKept();
        else
            storedPasswordIsReadBackAndForgotten();
    }

private:
    void storedPasswordIsReadBackAndForgotten()
    {
        const ServerAddress anna = office(QStringLiteral("anna"));
        const QString password = QStringLiteral("ช้าง เผือก 2569 \"quoted\"");
        QVERIFY2(PasswordKeychain::store(anna, password).ok(), qPrintable(PasswordKeychain::store(anna, password).message));
        const PasswordKeychain::Result read = PasswordKeychain::read(anna);
        QCOMPARE(read.outcome, PasswordKeychain::Outcome::Done);
        QCOMPARE(read.password, password);
        // Another login on the same server has its own entry.
        QCOMPARE(PasswordKeychain::read(office(QStringLiteral("somchai"))).outcome, PasswordKeychain::Outcome::NotFound);

        // A changed password replaces the kept one.
        QVERIFY(PasswordKeychain::store(anna, QStringLiteral("new-one")).ok());
        QCOMPARE(PasswordKeychain::read(anna).password, QStringLiteral("new-one"));

        QVERIFY(PasswordKeychain::forget(anna).ok());
        QCOMPARE(PasswordKeychain::read(anna).outcome, PasswordKeychain::Outcome::NotFound);
        // Forgetting what is not kept is no error.
        QVERIFY(PasswordKeychain::forget(anna).ok());
    }

    void noKeychainIsSaidAndNothingIsKept()
    {
        const ServerAddress anna = office(QStringLiteral("anna"));
        const PasswordKeychain::Result stored = PasswordKeychain::store(anna, QStringLiteral("secret-not-kept"));
        QCOMPARE(stored.outcome, PasswordKeychain::Outcome::Unavailable);
        QVERIFY2(stored.message.contains(QStringLiteral("No system keychain")), qPrintable(stored.message));
        const PasswordKeychain::Result read = PasswordKeychain::read(anna);
        QCOMPARE(read.outcome, PasswordKeychain::Outcome::Unavailable);
        QVERIFY(read.password.isEmpty());

        // No plaintext fallback: the password is in no settings file or anywhere under the
        // test's own folders.
        QSettings().sync();
        for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::GenericConfigLocation, QStandardPaths::AppDataLocation,
                                    QStandardPaths::GenericDataLocation}) {
            QDirIterator files(QStandardPaths::writableLocation(location), QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile f(files.next());
                if (f.size() < 10'000'000 && f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains("secret-not-kept"), qPrintable(f.fileName()));
            }
        }
    }
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
