// Drives the real main window: adds a person with Thai input through the form, sees a bad
// national id refused beside its field, finds the person by a fragment of the Thai name, and
// undoes the addition.

#include "DialogDriver.h"
#include "TestDatabase.h"
#include "people/PersonConflictDialog.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PeopleModel.h"
#include "people/PeoplePage.h"
#include "shell/MainWindow.h"
#include "widgets/BackgroundWork.h"
#include "stores/PersonStore.h"
#include "stores/ConsentStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"
#include "WorkshopFixtures.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QTableWidget>
#include <QComboBox>
#include <QMessageBox>
#include <QTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QTableView>
#include <QUndoStack>
#include <QStandardPaths>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QFile>

using namespace khana;

namespace {

// QTest::keyClicks cannot send non-ASCII text: type Thai one character at a time.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestPeopleGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A colleague's version side by side shows a national id masked, as the details pane does:
    // only the edit form of a role allowed to shows it whole.
    void aConflictShowsTheNationalIdMasked()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        Person p;
        p.nameTh = QStringLiteral("สมชาย ใจดี");
        p.nationalId = QStringLiteral("1101500000014");
        bool sawId = false;
        for (const ConflictDialog::Field &f : PersonConflictDialog::fieldsOf(t.db(), p)) {
            QVERIFY2(!f.value.contains(QStringLiteral("1101500000")), qPrintable(f.value));
            if (f.value == QStringLiteral("x-xxxx-xxxxx-01-4"))
                sawId = true;
        }
        QVERIFY(sawId);
    }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A roster through the People page: the preview counts new and known people, names the
    // refused row, and the import adds and updates them.
    void importsARoster()
    {
        TestDatabase t(QStringLiteral("roster"));
        QVERIFY(t.ok());
        Person known;
        known.nameTh = QStringLiteral("สมชาย ใจดี");
        known.memberNumber = QStringLiteral("CR-0001");
        QVERIFY(PersonStore(t.db()).save(known).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roster.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF" "ชื่อ-สกุล,เลขสมาชิก,จังหวัด,วันที่สมัคร,ประเภทสมาชิก\r\n"
                   "สมชาย ใจดี,CR-0001,เชียงราย,01/01/2565,ตลอดชีพ\r\n"
                   "อนุชา คำแสน,CR-0100,เชียงราย,01/10/2566,\r\n"
                   "วิไล มีสุข,CR-0101,เชียงรา,01/10/2566,\r\n");
        file.close();
        PeoplePage page(t.db());
        page.show();
        QString preview;
        QString problems;
        whenDialog(this, [&](QDialog *dialog) {
            preview = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            problems = dialog->findChild<QPlainTextEdit *>(QStringLiteral("importErrors"))->toPlainText();
            if (qEnvironmentVariableIsSet("KHANA_KEEP_EXPORTS"))
                dialog->grab().save(qEnvironmentVariable("KHANA_KEEP_EXPORTS") + QStringLiteral("/roster-import.png"));
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        });
        QCOMPARE(page.importRosterFrom(path), 2);
        QVERIFY2(preview.contains(QStringLiteral("2 row(s) will be imported (1 new, 1 already in People); 1 problem(s).")), qPrintable(preview));
        QVERIFY2(problems.contains(QStringLiteral("Row 4, column จังหวัด: Unknown province \"เชียงรา\".")), qPrintable(problems));
        QCOMPARE(PersonStore(t.db()).find(known.id)->membershipType, MembershipType::Lifetime);
        QCOMPARE(page.model()->rowCount(), 2);

        // Undo takes the whole import back, and the import then leaves the undo stack.
        QCOMPARE(page.undoStack()->count(), 1);
        page.undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(PersonStore(t.db()).find(known.id)->membershipType, MembershipType::None);
        QCOMPARE(page.undoStack()->count(), 0);

        // Imported again, then someone added by it edited: undo says why it cannot, and keeps everything.
        whenDialog(this, [](QDialog *dialog) { dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click(); });
        QCOMPARE(page.importRosterFrom(path), 2);
        PersonStore people(t.db());
        const qint64 anucha = page.model()->index(0, 0).data(ItemRole::Id).toLongLong() == known.id
                                  ? page.model()->index(1, 0).data(ItemRole::Id).toLongLong()
                                  : page.model()->index(0, 0).data(ItemRole::Id).toLongLong();
        Person edited = *people.find(anucha);
        edited.phone = QStringLiteral("0861112222");
        QVERIFY(people.save(edited).ok());
        QString warning;
        QTimer::singleShot(0, this, [&warning] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
        page.undoStack()->undo();
        QVERIFY2(warning.contains(QStringLiteral("nothing was taken back")), qPrintable(warning));
        QCOMPARE(people.count(), 2);
        QCOMPARE(people.find(known.id)->membershipType, MembershipType::Lifetime);
        QCOMPARE(page.undoStack()->count(), 0);
    }

    // A large roster is read, checked and written on a worker thread: the window's event loop
    // keeps turning meanwhile, Cancel during the writing leaves People empty and the dialog
    // open saying so, and the import run again to its end takes every row.
    void largeImportRunsBesideTheWindowAndCancels()
    {
        TestDatabase t(QStringLiteral("background"));
        QVERIFY(t.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roster.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("ชื่อ-สกุล,โทรศัพท์,เลขสมาชิก,จังหวัด,วันที่สมัคร\r\n");
        const int n = 40000;
        for (int i = 0; i < n; ++i)
            file.write(QStringLiteral("สมาชิก ทดสอบ%1,08%2,T%3,เชียงราย,01/10/2566\r\n")
                           .arg(i)
                           .arg(i, 8, 10, QLatin1Char('0'))
                           .arg(i, 6, 10, QLatin1Char('0'))
                           .toUtf8());
        file.close();
        PeoplePage page(t.db());
        page.show();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);

        int ticksWhileImporting = 0;
        QString said;
        whenDialog(this, [&](QDialog *dialog) {
            auto *cancelLater = new QTimer(dialog);
            const int before = ticks;
            connect(cancelLater, &QTimer::timeout, dialog, [&, dialog, cancelLater, before] {
                auto *progress = dialog->findChild<QProgressDialog *>();
                if (!progress || !BackgroundWork::isRunning() || ticks - before < 3)
                    return;
                cancelLater->stop();
                progress->findChild<QPushButton *>()->click();
            });
            cancelLater->start(1);
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
            ticksWhileImporting = ticks - before;
            said = dialog->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
            dialog->reject();
        });
        QCOMPARE(page.importRosterFrom(path), 0);
        QVERIFY2(ticksWhileImporting >= 3, "the window's event loop turns while the rows are written");
        QCOMPARE(said, QStringLiteral("The import was cancelled; nothing was imported."));
        QCOMPARE(PersonStore(t.db()).count(), 0);
        QCOMPARE(page.undoStack()->count(), 0);
        QSqlQuery check(t.db());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish(); // a statement left open keeps this connection reading the old snapshot

        const int ticksBefore = ticks;
        whenDialog(this, [](QDialog *dialog) { dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click(); });
        QCOMPARE(page.importRosterFrom(path), n);
        QVERIFY(ticks - ticksBefore >= 3);
        QCOMPARE(PersonStore(t.db()).count(), n);
        QCOMPARE(page.model()->rowCount() > 0, true);
        QCOMPARE(page.undoStack()->count(), 1);
    }

    // A file with nothing importable offers no Import: a picture renamed .csv, or a list whose
    // every row is refused.
    void nothingToImportOffersNoImport_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("png renamed csv") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << QStringLiteral("not a text file but a PNG image");
        QTest::newRow("every row refused") << QByteArray("ชื่อ-สกุล,จังหวัด\r\nวิไล มีสุข,เชียงรา\r\n") << QStringLiteral("0 row(s) will be imported");
    }
    void nothingToImportOffersNoImport()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        TestDatabase t(QStringLiteral("nothing"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roster.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        PeoplePage page(t.db());
        page.show();
        bool importOffered = true;
        QString shown;
        whenDialog(this, [&](QDialog *dialog) {
            importOffered = dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled();
            if (qEnvironmentVariableIsSet("KHANA_KEEP_EXPORTS"))
                dialog->grab().save(qEnvironmentVariable("KHANA_KEEP_EXPORTS") + QStringLiteral("/nothing-to-import-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                shown += label->text() + QLatin1Char('\n');
            dialog->reject();
        });
        QCOMPARE(page.importRosterFrom(path), 0);
        QVERIFY(!importOffered);
        QVERIFY2(shown.contains(says), qPrintable(shown));
        QCOMPARE(page.undoStack()->count(), 0);
    }

    // Export writes the people the list shows: its search, phone numbers and dates as shown.
    void exportsWhatTheListShows()
    {
        TestDatabase t(QStringLiteral("export"));
        QVERIFY(t.ok());
        for (const auto &[name, phone] : {std::pair{QStringLiteral("สมชาย ใจดี"), QStringLiteral("0812345678")},
                                          std::pair{QStringLiteral("สมศรี ดีงาม"), QStringLiteral("0898765432")},
                                          std::pair{QStringLiteral("วิไล มีสุข"), QStringLiteral("021234567")}}) {
            Person p;
            p.nameTh = name;
            p.phone = phone;
            p.membershipType = MembershipType::Annual;
            p.joinDate = QDate(2024, 5, 3);
            QVERIFY(PersonStore(t.db()).save(p).ok());
        }
        MainWindow window(t.db(), t.path(), false);
        window.show();
        window.showPage(MainWindow::PeopleIndex);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("peopleSearch"));
        search->setText(QStringLiteral("สม"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("people.csv"));
        QVERIFY(window.peoplePage()->exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY2(text.contains(QStringLiteral("สมชาย ใจดี,,,081-234-5678")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("สมศรี ดีงาม")));
        QVERIFY(!text.contains(QStringLiteral("วิไล")));
        QVERIFY2(text.contains(QStringLiteral("03/05/2567")), qPrintable(text));
        // Three letters search anywhere (the trigram index, on the export's own connection).
        search->setText(QStringLiteral("มีสุข"));
        const QString xlsx = dir.filePath(QStringLiteral("people.xlsx"));
        QVERIFY(window.peoplePage()->exportTo(xlsx));
        QVERIFY(QFileInfo(xlsx).size() > 0);
        search->clear();
        QVERIFY(window.peoplePage()->exportTo(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()).count(QStringLiteral("\r\n")), 4); // heading and three people
    }

    // Consent from the People page: a decision recorded in the person's consent dialog (given,
    // then withdrawn as easily), the list limited to those who consented, and an export that
    // would include people without a checked consent warns and can leave them out.
    void consentIsRecordedFilteredAndCheckedOnExport()
    {
        TestDatabase t(QStringLiteral("consent"));
        QVERIFY(t.ok());
        QList<qint64> ids;
        for (const QString &name : {QStringLiteral("สมชาย ใจดี"), QStringLiteral("วิไล มีสุข")}) {
            Person p;
            p.nameTh = name;
            QVERIFY(PersonStore(t.db()).save(p).ok());
            ids.append(p.id);
        }
        ConsentPurpose sharing;
        sharing.name = QStringLiteral("ส่งข้อมูลให้พรรคส่วนกลาง");
        sharing.statement = QStringLiteral("ข้าพเจ้ายินยอมให้ส่งรายชื่อให้พรรคส่วนกลาง");
        sharing.checkedOnExport = true;
        QVERIFY(ConsentStore(t.db()).savePurpose(sharing).ok());

        MainWindow window(t.db(), t.path(), false);
        window.show();
        window.showPage(MainWindow::PeopleIndex);
        auto *view = window.findChild<QTableView *>(QStringLiteral("peopleView"));
        view->selectRow(window.peoplePage()->model()->rowOfPerson(ids[0])); // สมชาย
        bool giveOffered = false;
        bool withdrawOfferedBefore = true;
        bool withdrawOfferedAfter = false;
        QString stateAfter;
        whenDialog(this, [&](QDialog *dialog) {
            auto *give = dialog->findChild<QPushButton *>(QStringLiteral("giveConsent"));
            auto *withdraw = dialog->findChild<QPushButton *>(QStringLiteral("withdrawConsent"));
            giveOffered = give->isEnabled();
            withdrawOfferedBefore = withdraw->isEnabled();
            auto *method = dialog->findChild<QComboBox *>(QStringLiteral("consentMethod"));
            method->setCurrentIndex(method->findData(QStringLiteral("in_person")));
            give->click();
            withdrawOfferedAfter = withdraw->isEnabled();
            auto *table = dialog->findChild<QTableView *>(QStringLiteral("consentView"));
            stateAfter = table->model()->index(0, 1).data().toString();
            dialog->reject();
        });
        window.findChild<QAction *>(QStringLiteral("personConsent"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(giveOffered);
        QVERIFY(!withdrawOfferedBefore);
        QVERIFY(withdrawOfferedAfter);
        QVERIFY2(stateAfter.contains(QStringLiteral("1")), qPrintable(stateAfter)); // given, to version 1
        const QList<ConsentDecision> now = ConsentStore(t.db()).decisions(ids[0]);
        QCOMPARE(now.size(), 1);
        QVERIFY(now.first().given);
        QCOMPARE(now.first().method, ConsentMethod::InPerson);
        QCOMPARE(now.first().decidedOn, QDate::currentDate());

        // The list, limited to those who consented.
        auto *filter = window.findChild<QComboBox *>(QStringLiteral("consentFilter"));
        QVERIFY(filter->isVisibleTo(&window));
        QCOMPARE(filter->count(), 2);
        filter->setCurrentIndex(1);
        Q_EMIT filter->activated(1);
        QCOMPARE(window.peoplePage()->model()->rowCount(), 1);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("peopleCount"))->text(), QStringLiteral("1 found"));
        filter->setCurrentIndex(0);
        Q_EMIT filter->activated(0);
        QCOMPARE(window.peoplePage()->model()->rowCount(), 2);

        // Everyone listed: the export warns that วิไล has not consented, and leaves her out.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("people.csv"));
        QString warning;
        whenDialog<QMessageBox>(this, [&warning](QMessageBox *box) {
            warning = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text().contains(QStringLiteral("consented")))
                    b->click();
        });
        QVERIFY(window.peoplePage()->exportTo(path));
        QVERIFY2(warning.contains(QStringLiteral("1 of them have not consented to “ส่งข้อมูลให้พรรคส่วนกลาง”")), qPrintable(warning));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("สมชาย ใจดี")));
        QVERIFY(!text.contains(QStringLiteral("วิไล")));
        file.close();
        // Cancel writes nothing.
        QFile::remove(path);
        whenDialog<QMessageBox>(this, [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!window.peoplePage()->exportTo(path));
        QVERIFY(!QFile::exists(path));
    }

    // Settings › Consent purposes: a purpose added, its empty statement refused at the field,
    // its changed words a new version.
    void purposesAreDefinedInSettings()
    {
        TestDatabase t(QStringLiteral("purposes"));
        QVERIFY(t.ok());
        MainWindow window(t.db(), t.path(), false);
        window.show();
        window.showPage(MainWindow::SettingsIndex);
        auto *panel = window.findChild<QWidget *>(QStringLiteral("consentPurposes"));
        QVERIFY(panel && panel->isVisibleTo(&window));
        QString refusedAt;
        bool stayedOpen = false;
        whenDialog(this, [&](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("purposeName"))->setText(QStringLiteral("ถ่ายภาพในงาน"));
            auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            save->click(); // no statement yet
            stayedOpen = dialog->isVisible();
            for (QLabel *label : dialog->findChildren<QLabel *>())
                if (label->isVisibleTo(dialog) && label->text().contains(QStringLiteral("statement")))
                    refusedAt = label->text();
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("purposeStatement"))->setPlainText(QStringLiteral("ข้าพเจ้ายินยอมให้ถ่ายภาพ"));
            save->click();
        });
        window.findChild<QPushButton *>(QStringLiteral("addPurpose"))->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(stayedOpen);
        QVERIFY2(refusedAt.contains(QStringLiteral("Write the statement people agree to")), qPrintable(refusedAt));
        const QList<ConsentPurpose> purposes = ConsentStore(t.db()).purposes();
        QCOMPARE(purposes.size(), 1);
        QCOMPARE(purposes.first().name, QStringLiteral("ถ่ายภาพในงาน"));

        whenDialog(this, [](QDialog *dialog) {
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("purposeStatement"))->setPlainText(QStringLiteral("ข้าพเจ้ายินยอมให้ถ่ายภาพและเผยแพร่"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        window.findChild<QPushButton *>(QStringLiteral("editPurpose"))->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(ConsentStore(t.db()).purpose(purposes.first().id)->statementVersion, 2);
        auto *view = window.findChild<QTableView *>(QStringLiteral("purposeView"));
        QCOMPARE(view->model()->index(0, 1).data().toInt(), 2);
    }

    // A colleague saves the person while the form is open: Save shows both versions side by
    // side and keeps nothing of either without the user's choice; undo then never overwrites
    // a change someone else made after.
    void colleaguesSaveFirstAsksWhichToKeep_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("keep mine") << QStringLiteral("keepMine");
        QTest::newRow("take theirs") << QStringLiteral("takeTheirs");
        QTest::newRow("deleted meanwhile") << QStringLiteral("deleted");
    }
    void colleaguesSaveFirstAsksWhichToKeep()
    {
        QFETCH(QString, choice);
        TestDatabase t(QStringLiteral("conflict"));
        QVERIFY(t.ok());
        PersonStore store(t.db());
        Person p;
        p.nameTh = QStringLiteral("สมชาย ใจดี");
        p.phone = QStringLiteral("0812345678");
        p.provinceCode = QStringLiteral("TH-57");
        QVERIFY(store.save(p).ok());

        MainWindow window(t.db(), t.path(), false);
        window.show();
        window.showPage(MainWindow::PeopleIndex);
        PeoplePage *page = window.peoplePage();
        auto *view = page->findChild<QTableView *>(QStringLiteral("peopleView"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->selectRow(0);
        page->editSelected();
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());

        // Meanwhile, on a colleague's computer.
        {
            PersonStore colleague(t.another(QStringLiteral("colleague")));
            if (choice == QLatin1String("deleted")) {
                QVERIFY(colleague.remove(p.id, colleague.find(p.id)->rowVersion).ok());
            } else {
                Person theirs = *colleague.find(p.id);
                theirs.nickname = QStringLiteral("ต้น");
                theirs.phone = QStringLiteral("0899999999");
                QVERIFY(colleague.save(theirs).ok());
            }
        }
        Database::close(QStringLiteral("colleague"));

        auto *phone = form->findChild<QLineEdit *>(QStringLiteral("phone"));
        phone->setText(QStringLiteral("0861111111"));
        QStringList table;
        QString intro;
        whenDialog(this, [&](QDialog *ask) {
            intro = ask->findChild<QLabel *>(QStringLiteral("conflictText"))->text();
            auto *rows = ask->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
            for (int r = 0; r < rows->rowCount(); ++r)
                table << QStringLiteral("%1|%2|%3").arg(rows->item(r, 0)->text(), rows->item(r, 1)->text(), rows->item(r, 2)->text());
            ask->findChild<QPushButton *>(QStringLiteral("copyMine"))->click();
            ask->findChild<QPushButton *>(choice == QLatin1String("keepMine") ? QStringLiteral("keepMine") : QStringLiteral("takeTheirs"))->click();
        });
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!form->isVisible());
        QVERIFY2(QApplication::clipboard()->text().contains(QStringLiteral("0861111111")), qPrintable(QApplication::clipboard()->text()));

        if (choice == QLatin1String("deleted")) {
            QVERIFY2(intro.contains(QStringLiteral("deleted")), qPrintable(intro));
            QCOMPARE(store.count(), 0);
            return;
        }
        QVERIFY2(table.contains(QStringLiteral("Phone|0861111111|0899999999")), qPrintable(table.join(QLatin1Char('\n'))));
        QVERIFY2(table.contains(QStringLiteral("Nickname||ต้น")), qPrintable(table.join(QLatin1Char('\n'))));
        QCOMPARE(table.size(), 2);
        const Person stored = *store.find(p.id);
        if (choice == QLatin1String("takeTheirs")) {
            QCOMPARE(stored.phone, QStringLiteral("0899999999"));
            QCOMPARE(page->undoStack()->count(), 0);
            return;
        }
        QCOMPARE(stored.phone, QStringLiteral("0861111111"));
        QCOMPARE(stored.nickname, QString());
        // Undo goes back to their version, which the user saw and replaced.
        QCOMPARE(page->undoStack()->count(), 1);
        page->undoStack()->undo();
        QCOMPARE(store.find(p.id)->phone, QStringLiteral("0899999999"));
        QCOMPARE(store.find(p.id)->nickname, QStringLiteral("ต้น"));
        // Redo after a colleague's later change is refused, not forced over it.
        Person later = *store.find(p.id);
        later.notes = QStringLiteral("โทรแล้ว");
        QVERIFY(store.save(later).ok());
        QString refusal;
        whenDialog<QMessageBox>(this, [&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        page->undoStack()->redo();
        QVERIFY2(refusal.contains(QStringLiteral("overwrite")), qPrintable(refusal));
        QCOMPARE(store.find(p.id)->notes, QStringLiteral("โทรแล้ว"));
        QCOMPARE(store.find(p.id)->phone, QStringLiteral("0899999999"));
    }

    // A registered person cannot be deleted without losing the workshop's figures: Delete says
    // so and points to erasure, which asks first, says what stays, and keeps the registration.
    void eraseKeepsTheRegistrationAndCannotBeUndone()
    {
        TestDatabase t(QStringLiteral("erase"));
        QVERIFY(t.ok());
        Person p;
        p.nameTh = QStringLiteral("ผู้ขอลบ ข้อมูลตนเอง");
        QVERIFY(PersonStore(t.db()).save(p).ok());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(w).ok());
        Registration r = fixtures::registrationFor(w, p.id);
        QVERIFY(RegistrationStore(t.db()).add(r).ok());

        MainWindow window(t.db(), t.path(), false);
        window.show();
        window.showPage(MainWindow::PeopleIndex);
        auto *view = window.findChild<QTableView *>(QStringLiteral("peopleView"));
        view->selectRow(window.peoplePage()->model()->rowOfPerson(p.id));
        QString deleteSaid;
        whenDialog<QMessageBox>(this, [&](QMessageBox *box) {
            deleteSaid = box->text();
            box->accept();
        });
        window.peoplePage()->deleteSelected();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY2(deleteSaid.contains(QStringLiteral("Erase this person")), qPrintable(deleteSaid));
        QVERIFY(PersonStore(t.db()).find(p.id));

        // Cancel first: nothing happens.
        QString asked;
        QString kept;
        whenDialog<QMessageBox>(this, [&](QMessageBox *box) {
            asked = box->text();
            kept = box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        window.findChild<QAction *>(QStringLiteral("personErase"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(asked.contains(p.nameTh));
        QVERIFY2(kept.contains(QStringLiteral("1 workshop registration")) && kept.contains(QStringLiteral("counted in attendance")), qPrintable(kept));
        QVERIFY(kept.contains(QStringLiteral("workshop packs")));
        QVERIFY(PersonStore(t.db()).find(p.id));

        whenDialog<QMessageBox>(this, [](QMessageBox *box) { box->findChild<QPushButton *>(QStringLiteral("confirmErase"))->click(); });
        window.findChild<QAction *>(QStringLiteral("personErase"))->trigger();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QTRY_VERIFY(!BackgroundWork::isRunning());
        QVERIFY(!PersonStore(t.db()).find(p.id));
        QCOMPARE(TestDatabase::number(t.db(), QStringLiteral("SELECT count(*) FROM registration WHERE person_id IS NULL")), qint64(1));
        QCOMPARE(window.peoplePage()->undoStack()->count(), 0);
        QCOMPARE(window.peoplePage()->model()->rowCount(), 0);
    }

    void addFindAndUndo()
    {
        TestDatabase t(QStringLiteral("gui"));
        QVERIFY(t.ok());
        MainWindow window(t.db(), t.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::PeopleIndex);
        PeoplePage *page = window.peoplePage();
        QVERIFY(page->isVisible());

        // Ctrl+N opens the form.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameTh"));
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("phone"));
        auto *nationalId = dialog->findChild<QLineEdit *>(QStringLiteral("nationalId"));
        QVERIFY(name && phone && nationalId);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        typeText(name, QStringLiteral("ประภาพรรณ คำแสนวงศ์"));
        QTest::keyClicks(phone, QStringLiteral("081-234-5678"));
        QTest::keyClicks(nationalId, QStringLiteral("3-5701-00123-45-8")); // wrong check digit

        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        auto *idError = dialog->findChild<QLabel *>(QStringLiteral("nationalIdError"));
        QVERIFY(idError);
        QTRY_VERIFY(idError->isVisible());
        QVERIFY(idError->text().contains(QStringLiteral("last digit")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(QApplication::focusWidget(), nationalId);
        QCOMPARE(PersonStore(t.db()).count(), 0);

        nationalId->selectAll();
        QTest::keyClicks(nationalId, QStringLiteral("3-5701-00123-45-7"));
        // A member, joined 3 May 2567 (B.E.) = 3 May 2024, typed as Thai users write it.
        auto *membership = dialog->findChild<QComboBox *>(QStringLiteral("membership"));
        membership->setCurrentIndex(membership->findData(QStringLiteral("annual")));
        auto *joined = dialog->findChild<QLineEdit *>(QStringLiteral("joinDate"));
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        joined->setFocus();
        QTest::keyClicks(joined, QStringLiteral("3/5/2567"));
        QTest::keyClick(joined, Qt::Key_Tab);
        QTRY_COMPARE(joined->text(), QStringLiteral("3 พฤษภาคม 2567"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(PersonStore(t.db()).count(), 1);
        QSqlQuery stored(t.db());
        QVERIFY(stored.exec(QStringLiteral("SELECT join_date, membership_type, national_id FROM person")) && stored.next());
        QCOMPARE(stored.value(0).toString(), QStringLiteral("2024-05-03"));
        QCOMPARE(stored.value(1).toString(), QStringLiteral("annual"));
        QCOMPARE(stored.value(2).toString(), QStringLiteral("3570100123457"));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Find the person by a fragment from the middle of the Thai name.
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("peopleSearch"));
        auto *view = page->findChild<QTableView *>(QStringLiteral("peopleView"));
        QVERIFY(search && view);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), search);
        typeText(search, QStringLiteral("แสนวง"));
        QTRY_COMPARE(page->model()->searchText(), QStringLiteral("แสนวง"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, PeopleModel::Name).data().toString(), QStringLiteral("ประภาพรรณ คำแสนวงศ์"));
        QCOMPARE(view->model()->index(0, PeopleModel::Phone).data().toString(), QStringLiteral("081-234-5678"));
        QCOMPARE(view->model()->index(0, PeopleModel::JoinDate).data().toString(), QStringLiteral("03/05/2567"));

        search->clear();
        typeText(search, QStringLiteral("สมศักดิ์"));
        QTRY_COMPARE(page->model()->searchText(), QStringLiteral("สมศักดิ์"));
        QCOMPARE(view->model()->rowCount(), 0);

        // Undo (Ctrl+Z) removes the person again; redo brings them back.
        QCOMPARE(page->undoStack()->count(), 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(PersonStore(t.db()).count(), 0);
        page->undoStack()->redo();
        QCOMPARE(PersonStore(t.db()).count(), 1);

        // Delete asks first; undo brings the person back with the same details.
        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        page->deleteSelected();
        QCOMPARE(PersonStore(t.db()).count(), 0);
        QCOMPARE(view->model()->rowCount(), 0);
        page->undoStack()->undo();
        QCOMPARE(PersonStore(t.db()).count(), 1);
        QCOMPARE(view->model()->index(0, PeopleModel::Name).data().toString(), QStringLiteral("ประภาพรรณ คำแสนวงศ์"));
    }
};

QTEST_MAIN(TestPeopleGui)
#include "tst_peoplegui.moc"
