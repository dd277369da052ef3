// A workshop taken offline and brought back through the window: Take offline… writes the pack,
// the window on a pack says what it is and offers the day's work only, and Bring back… merges
// with the decisions made in its tables, reports, and can remove the pack.

#include "DialogDriver.h"
#include "TestDatabase.h"
#include "WorkshopFixtures.h"
#include "pack/PackSeal.h"
#include "packs/BringBackDialog.h"
#include "packs/PassphraseDialog.h"
#include "packs/TakeOfflineDialog.h"
#include "shell/MainWindow.h"
#include "stores/CheckInSession.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"
#include "workshops/WorkshopsPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace khana;

class TestPackGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A workshop with one person registered, สมชาย ใจดี.
    static void workshopWithOnePerson(const TestDatabase &t, Workshop *w)
    {
        *w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(*w).ok());
        Person p;
        p.nameTh = QStringLiteral("สมชาย ใจดี");
        p.phone = QStringLiteral("0812345678");
        QVERIFY(PersonStore(t.db()).save(p).ok());
        Registration r = fixtures::registrationFor(*w, p.id);
        QVERIFY(RegistrationStore(t.db()).add(r).ok());
    }

private Q_SLOTS:
    void takenOfflineAndBroughtBack()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        Workshop w;
        workshopWithOnePerson(t, &w);
        Person known;
        known.nameTh = QStringLiteral("วิไล มีสุข");
        known.phone = QStringLiteral("0898765432");
        QVERIFY(PersonStore(t.db()).save(known).ok());

        const QString path = m_dir.filePath(QStringLiteral("desk.khanapack"));
        {
            MainWindow window(t.db(), t.path(), false);
            window.resize(1366, 768);
            window.show();
            window.showPage(MainWindow::WorkshopsIndex);
            window.workshopsPage()->openWorkshop(w.id);
            auto *takeOffline = window.workshopsPage()->findChild<QAction *>(QStringLiteral("takeOffline"));
            QVERIFY(takeOffline && takeOffline->isEnabled());
            QString holds;
            whenDialog<TakeOfflineDialog>(this, [&](TakeOfflineDialog *dialog) {
                holds = dialog->findChild<QLabel *>(QStringLiteral("packHolds"))->text();
                dialog->findChild<QLineEdit *>(QStringLiteral("packLabel"))->setText(QStringLiteral("Desk 1"));
                dialog->findChild<QLineEdit *>(QStringLiteral("packPath"))->setText(path);
                auto *seal = dialog->findChild<QCheckBox *>(QStringLiteral("packSeal"));
                QVERIFY(seal->isChecked()); // sealed unless chosen otherwise
                seal->setChecked(false);
                dialog->accept();
            });
            takeOffline->trigger();
            QVERIFY2(holds.contains(QStringLiteral("National ids")), qPrintable(holds));
            QVERIFY(!PackSeal::isSealed(path));
            QVERIFY(QFile::exists(path));
            // A second desk's dialog lists the pack already taken.
            QString taken;
            whenDialog<TakeOfflineDialog>(this, [&](TakeOfflineDialog *dialog) {
                auto *label = dialog->findChild<QLabel *>(QStringLiteral("packsTaken"));
                taken = label && label->isVisibleTo(dialog) ? label->text() : QString();
                dialog->reject();
            });
            takeOffline->trigger();
            QVERIFY2(taken.contains(QStringLiteral("Desk 1 — taken by")) && taken.contains(QStringLiteral("not brought back yet")), qPrintable(taken));
            QVERIFY(window.findChild<QAction *>(QStringLiteral("bringBackPack")));
        }

        // The window on the pack.
        {
            const Database::OpenResult opened = Database::openSqlite(path, QStringLiteral("pack"));
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            const QSqlDatabase pack = QSqlDatabase::database(QStringLiteral("pack"));
            {
                MainWindow window(pack, path, false);
                window.show();
                QVERIFY2(window.windowTitle().contains(QStringLiteral("workshop pack")), qPrintable(window.windowTitle()));
                QCOMPARE(window.currentPage(), int(MainWindow::WorkshopsIndex));
                QCOMPARE(window.workshopsPage()->currentWorkshopId(), w.id);
                QVERIFY(!window.findChild<QAction *>(QStringLiteral("bringBackPack")));
                QVERIFY(!window.workshopsPage()->findChild<QAction *>(QStringLiteral("takeOffline"))->isVisible());
                QVERIFY(window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("Desk 1")));
            }
            CheckInSession desk(pack, w.id);
            QCOMPARE(desk.checkIn(0).result, RegistrationStore::CheckIn::Result::CheckedIn);
            Person alike;
            alike.nameTh = QStringLiteral("วิไลวรรณ มีสุข");
            alike.phone = QStringLiteral("0898765432");
            PersonStore::SaveResult saved;
            QVERIFY(desk.walkIn(alike, desk.categories().first().id, &saved) >= 0);
        }
        Database::close(QStringLiteral("pack"));

        // Brought back: the walk-in alike to someone is decided to be them.
        BringBackDialog dialog(t.db(), path);
        QVERIFY2(dialog.openError().isEmpty(), qPrintable(dialog.openError()));
        dialog.show();
        auto *walkIns = dialog.findChild<QTableWidget *>(QStringLiteral("walkIns"));
        QCOMPARE(walkIns->rowCount(), 1);
        auto *who = qobject_cast<QComboBox *>(walkIns->cellWidget(0, 2));
        QCOMPARE(who->currentText(), QStringLiteral("Decide later"));
        QCOMPARE(who->count(), 3);
        who->setCurrentIndex(2); // the office's วิไล มีสุข
        dialog.merge();
        QVERIFY2(dialog.report().ok(), qPrintable(dialog.report().error));
        QCOMPARE(dialog.report().checkIns, 2);
        QCOMPARE(dialog.report().walkInsMatched, 1);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("mergeSummary"))->text().startsWith(QStringLiteral("Merged 2 check-ins")));
        QCOMPARE(TestDatabase::number(t.db(), QStringLiteral("SELECT count(*) FROM registration WHERE status = 'attended'")), qint64(2));
        QCOMPARE(TestDatabase::number(t.db(), QStringLiteral("SELECT count(*) FROM person")), qint64(2));
        auto *remove = dialog.findChild<QCheckBox *>(QStringLiteral("removePack"));
        QVERIFY(remove->isVisible());
        remove->setChecked(true);
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        const auto close = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) { return b->text() == QStringLiteral("&Close"); });
        QVERIFY(close != buttons.cend());
        (*close)->click();
        QVERIFY(!QFile::exists(path));
    }

    // Take offline… seals the pack unless told not to; the pack's window asks for the
    // passphrase, again while it is wrong, and Bring back… opens it with it.
    void aSealedPackAsksForItsPassphrase()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        Workshop w;
        workshopWithOnePerson(t, &w);
        const QString passphrase = QStringLiteral("ขอนแก่น ห้อง 2");
        const QString path = m_dir.filePath(QStringLiteral("sealed.khanapack"));
        {
            MainWindow window(t.db(), t.path(), false);
            window.show();
            window.showPage(MainWindow::WorkshopsIndex);
            window.workshopsPage()->openWorkshop(w.id);
            QStringList errors;
            bool againCleared = false;
            bool hidden = false;
            whenDialog<TakeOfflineDialog>(this, [&](TakeOfflineDialog *dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("packPath"))->setText(path);
                auto *error = dialog->findChild<QLabel *>(QStringLiteral("packError"));
                auto *first = dialog->findChild<QLineEdit *>(QStringLiteral("packPassphrase"));
                auto *again = dialog->findChild<QLineEdit *>(QStringLiteral("packPassphraseAgain"));
                hidden = first->echoMode() == QLineEdit::Password && again->echoMode() == QLineEdit::Password;
                dialog->accept(); // none given
                errors.append(error->isVisibleTo(dialog) ? error->text() : QString());
                first->setText(passphrase);
                again->setText(QStringLiteral("ขอนแก่น ห้อง 3"));
                dialog->accept(); // not the same twice
                errors.append(error->isVisibleTo(dialog) ? error->text() : QString());
                againCleared = again->text().isEmpty();
                again->setText(passphrase);
                dialog->accept();
            });
            window.workshopsPage()->findChild<QAction *>(QStringLiteral("takeOffline"))->trigger();
            QCOMPARE(errors.size(), 2);
            QVERIFY(againCleared); // typed again from the start
            QVERIFY(hidden);
            QVERIFY2(errors.at(0).contains(QStringLiteral("at least 8 characters")), qPrintable(errors.at(0)));
            QVERIFY2(errors.at(1).contains(QStringLiteral("not the same")), qPrintable(errors.at(1)));
        }
        QVERIFY(PackSeal::isSealed(path));

        // Opened as the window opens it: a wrong passphrase is asked again, saying why.
        QString secondProblem;
        whenDialog<PassphraseDialog>(this, [&](PassphraseDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(QStringLiteral("ขอนแก่น ห้อง 9"));
            whenDialog<PassphraseDialog>(this, [&](PassphraseDialog *again) {
                auto *problem = again->findChild<QLabel *>(QStringLiteral("passphraseError"));
                secondProblem = problem->isVisibleTo(again) ? problem->text() : QString();
                again->findChild<QLineEdit *>(QStringLiteral("passphrase"))->setText(passphrase);
                again->accept();
            });
            dialog->accept();
        });
        const auto opened = PassphraseDialog::openSealedPack(nullptr, path);
        QVERIFY(opened);
        QVERIFY2(opened->ok(), qPrintable(opened->message));
        QVERIFY2(secondProblem.contains(QStringLiteral("does not open")), qPrintable(secondProblem));
        {
            const QSqlDatabase pack = QSqlDatabase::database(Database::defaultConnectionName());
            MainWindow window(pack, path, false);
            window.show();
            QVERIFY2(window.windowTitle().contains(QStringLiteral("workshop pack")), qPrintable(window.windowTitle()));
            CheckInSession desk(pack, w.id);
            QCOMPARE(desk.checkIn(0).result, RegistrationStore::CheckIn::Result::CheckedIn);
        }
        Database::close();

        BringBackDialog wrong(t.db(), path, QStringLiteral("ขอนแก่น ห้อง 9"));
        QVERIFY2(wrong.openError().contains(QStringLiteral("does not open")), qPrintable(wrong.openError()));
        BringBackDialog dialog(t.db(), path, passphrase);
        QVERIFY2(dialog.openError().isEmpty(), qPrintable(dialog.openError()));
        dialog.merge();
        QVERIFY2(dialog.report().ok(), qPrintable(dialog.report().error));
        QCOMPARE(dialog.report().checkIns, 1);
    }
};

QTEST_MAIN(TestPackGui)
#include "tst_packgui.moc"
