// Saves pictures of Khana's windows for people to look at (run under xvfb-run or offscreen):
//   khana_screenshot --lang th --page 4 --output people-th.png [--database FILE] [--form]
// Without --database a fresh demo database is built in a temporary folder.

#include "database/Database.h"
#include "demo/PeopleGenerator.h"
#include "growth/GrowthPage.h"
#include "itemmodels/PeopleModel.h"
#include "people/PeoplePage.h"
#include "database/StorageHealth.h"
#include "people/PersonConflictDialog.h"
#include "server/ConnectDialog.h"
#include "workshops/WorkshopConflictDialog.h"
#include "plans/PlanDocumentConflictDialog.h"
#include "stores/PlanStore.h"
#include "stores/PersonStore.h"
#include "shell/MainWindow.h"
#include "pack/PackSeal.h"
#include "packs/BringBackDialog.h"
#include "packs/PassphraseDialog.h"
#include "packs/TakeOfflineDialog.h"
#include "shell/Startup.h"
#include "plans/PlansPage.h"
#include "workshops/CheckInWindow.h"
#include "workshops/WorkshopEditor.h"
#include "workshops/WorkshopPrinting.h"
#include "stores/WorkshopStore.h"
#include "workshops/WorkshopsPage.h"

#include <QAction>
#include <QTcpServer>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QDialogButtonBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QMessageBox>
#include <QTimer>

#include <memory>

using namespace khana;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("KhanaScreenshot"));
    QCommandLineParser parser;
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("th or en"), QStringLiteral("lang"), QStringLiteral("th"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("page index"), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("PNG file"), QStringLiteral("file"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("database"), QStringLiteral("file"));
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("search text"), QStringLiteral("text"));
    const QCommandLineOption form(QStringLiteral("form"), QStringLiteral("show the add-person form with a mistake"));
    const QCommandLineOption consent(QStringLiteral("consent"), QStringLiteral("show the selected person's consent dialog"));
    const QCommandLineOption erase(QStringLiteral("erase"), QStringLiteral("show the question before erasing the selected person"));
    const QCommandLineOption tab(QStringLiteral("tab"), QStringLiteral("workshop editor tab"), QStringLiteral("n"));
    const QCommandLineOption checkIn(QStringLiteral("checkin"), QStringLiteral("show check-in for the workshop, typing this"), QStringLiteral("text"));
    const QCommandLineOption document(QStringLiteral("document"), QStringLiteral("save printed document N of the workshop most registered for as PDF"),
                                      QStringLiteral("n"));
    const QCommandLineOption planTab(QStringLiteral("plantab"), QStringLiteral("action plan tab"), QStringLiteral("n"));
    const QCommandLineOption growthTab(QStringLiteral("growthtab"), QStringLiteral("members & growth tab"), QStringLiteral("n"));
    const QCommandLineOption saveDemo(QStringLiteral("save-demo"), QStringLiteral("also save the demo database here"), QStringLiteral("file"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QStringLiteral("as a database opened read-only"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("window size, e.g. 1366x768 or 1920x1080"), QStringLiteral("WxH"),
                                  QStringLiteral("1366x768"));
    const QCommandLineOption damaged(QStringLiteral("damaged"), QStringLiteral("as a database found damaged mid-session"));
    const QCommandLineOption connectTo(QStringLiteral("connect"), QStringLiteral("show File > Connect to server… refusing a password"));
    const QCommandLineOption waiting(QStringLiteral("connecting"), QStringLiteral("show File > Connect to server… waiting for a server that does not answer"));
    const QCommandLineOption conflict(QStringLiteral("conflict"), QStringLiteral("show a save refused because a colleague saved first"));
    const QCommandLineOption workshopConflict(QStringLiteral("workshop-conflict"),
                                              QStringLiteral("show a workshop's save refused because a colleague saved first"));
    const QCommandLineOption planConflict(QStringLiteral("plan-conflict"),
                                          QStringLiteral("show a plan document's save refused because a colleague saved first"));
    const QCommandLineOption colleague(QStringLiteral("colleague"), QStringLiteral("show a person's form after a colleague saved the person"));
    const QCommandLineOption dropped(QStringLiteral("dropped"), QStringLiteral("show the banner of a lost server connection"));
    const QCommandLineOption takeOffline(QStringLiteral("take-offline"), QStringLiteral("show Take offline… for the workshop most registered for"));
    const QCommandLineOption bringBack(QStringLiteral("bring-back"), QStringLiteral("show Bring back… for this pack, merged when 'merged' is added"),
                                       QStringLiteral("file"));
    const QCommandLineOption merged(QStringLiteral("merged"), QStringLiteral("with --bring-back: the report after merging"));
    const QCommandLineOption askPassphrase(QStringLiteral("ask-passphrase"), QStringLiteral("show the passphrase asked for a sealed pack, after a wrong one"));
    parser.addOptions({takeOffline, bringBack, merged, askPassphrase});
    parser.addOptions({consent, erase});
    parser.addOptions({lang, page, output, database, search, form, tab, checkIn, document, planTab, growthTab, saveDemo, readOnly, damaged, size,
                       connectTo, waiting, conflict, workshopConflict, planConflict, colleague, dropped});
    parser.process(app);

    applyDisplaySettings(app, parser.value(lang));
    QTemporaryDir dir;
    const QString path = parser.isSet(database) ? parser.value(database) : dir.filePath(QStringLiteral("demo.sqlite"));
    const auto opened = Database::openSqlite(path);
    if (!opened.ok()) {
        qCritical("%s", qPrintable(opened.message));
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
    QString error;
    if (!parser.isSet(database) && !DemoData::populate(db, &error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    if (parser.isSet(saveDemo)) {
        QSqlQuery copy(db);
        if (!copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(parser.value(saveDemo)))) {
            qCritical("%s", qPrintable(copy.lastError().text()));
            return 1;
        }
    }
    if (parser.isSet(document)) {
        QString problem;
        // The workshop most people registered for.
        qint64 first = WorkshopStore(db).list().value(0).id;
        QSqlQuery most(db);
        if (most.exec(QStringLiteral("SELECT workshop_id FROM registration GROUP BY workshop_id ORDER BY count(*) DESC LIMIT 1")) && most.next())
            first = most.value(0).toLongLong();
        const bool ok = WorkshopPrinting::savePdf(WorkshopPrinting::Document(parser.value(document).toInt()), db, first,
                                                  parser.value(output), &problem);
        db = QSqlDatabase();
        Database::close();
        return ok ? 0 : 1;
    }
    MainWindow window(db, path, !parser.isSet(database));
    const QStringList wh = parser.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    window.showPage(parser.value(page).toInt());
    if (parser.isSet(readOnly))
        window.showReadOnly();
    if (parser.isSet(damaged))
        StorageHealth::instance().reportDamage(db.connectionName(), QStringLiteral("database disk image is malformed"));
    if (parser.isSet(search))
        window.peoplePage()->findChild<QLineEdit *>(QStringLiteral("peopleSearch"))->setText(parser.value(search));
    if (auto *view = window.peoplePage()->findChild<QTableView *>())
        view->selectRow(0);
    if (parser.isSet(planTab))
        window.plansPage()->findChild<QTabWidget *>(QStringLiteral("planTabs"))->setCurrentIndex(parser.value(planTab).toInt());
    if (parser.isSet(growthTab))
        window.findChild<GrowthPage *>()->findChild<QTabWidget *>()->setCurrentIndex(parser.value(growthTab).toInt());
    if (parser.isSet(tab)) {
        window.workshopsPage()->findChild<QListWidget *>(QStringLiteral("workshopList"))->setCurrentRow(0);
        window.workshopsPage()->editor()->setCurrentIndex(parser.value(tab).toInt());
    }

    QTimer::singleShot(400, &app, [&] {
        QWidget *target = &window;
        if (parser.isSet(checkIn)) {
            // The workshop most people registered for.
            QSqlQuery most(db);
            auto *list = window.workshopsPage()->findChild<QListWidget *>(QStringLiteral("workshopList"));
            list->setCurrentRow(0);
            if (most.exec(QStringLiteral("SELECT workshop_id FROM registration GROUP BY workshop_id ORDER BY count(*) DESC LIMIT 1")) && most.next())
                for (int row = 0; row < list->count(); ++row)
                    if (list->item(row)->data(Qt::UserRole).toLongLong() == most.value(0).toLongLong())
                        list->setCurrentRow(row);
            window.workshopsPage()->startCheckIn();
            QApplication::processEvents();
            if (auto *w = window.findChild<CheckInWindow *>()) {
                auto *field = w->findChild<QLineEdit *>(QStringLiteral("checkInSearch"));
                field->setText(parser.value(checkIn));
                w->checkInFromSearch();
                field->setText(parser.value(checkIn).left(2));
                QApplication::processEvents();
                target = w;
            }
        }
        if (parser.isSet(form)) {
            window.peoplePage()->addPerson();
            QApplication::processEvents();
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                dialog->findChild<QLineEdit *>(QStringLiteral("nameTh"))->setText(QStringLiteral("ประภาพรรณ คำแสนวงศ์"));
                dialog->findChild<QLineEdit *>(QStringLiteral("phone"))->setText(QStringLiteral("081-234-567"));
                dialog->findChild<QLineEdit *>(QStringLiteral("nationalId"))->setText(QStringLiteral("3-5701-00123-45-8"));
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
                QApplication::processEvents();
                target = dialog;
            }
        }
        if (parser.isSet(consent)) {
            window.peoplePage()->findChild<QAction *>(QStringLiteral("personConsent"))->trigger();
            QApplication::processEvents();
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                target = dialog;
        }
        if (parser.isSet(erase)) {
            // The question waits for an answer: taken once it shows, then answered Cancel.
            bool taken = false;
            QTimer::singleShot(300, &app, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    box->grab().save(parser.value(output));
                    taken = true;
                    box->reject();
                }
            });
            window.peoplePage()->eraseSelected();
            if (taken) {
                app.quit();
                return;
            }
        }
        if (parser.isSet(colleague)) {
            window.peoplePage()->editSelected();
            QApplication::processEvents();
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                dialog->findChild<QLineEdit *>(QStringLiteral("nickname"))->setText(QStringLiteral("ต้น"));
                // The colleague's save, as the server would announce it.
                QSqlQuery theirs(db);
                theirs.prepare(QStringLiteral("UPDATE person SET row_version = row_version + 1 WHERE id = ?"));
                theirs.addBindValue(window.peoplePage()->model()->personId(0));
                theirs.exec();
                window.peoplePage()->colleaguesChanged({QStringLiteral("person")});
                QApplication::processEvents();
                target = dialog;
            }
        }
        if (parser.isSet(dropped))
            window.findChild<QLabel *>(QStringLiteral("connectionBanner"))->show();
        std::unique_ptr<PersonConflictDialog> conflicting;
        if (parser.isSet(conflict)) {
            QSqlQuery first(db);
            if (first.exec(QStringLiteral("SELECT id FROM person WHERE phone <> '' ORDER BY id LIMIT 1")) && first.next()) {
                const Person theirs = *PersonStore(db).find(first.value(0).toLongLong());
                Person mine = theirs;
                mine.phone = QStringLiteral("0861111111");
                mine.notes = parser.value(lang) == QLatin1String("th") ? QStringLiteral("ย้ายไปอยู่อำเภอเมือง") : QStringLiteral("Moved to the city");
                conflicting = std::make_unique<PersonConflictDialog>(db, mine, theirs, &window);
                conflicting->show();
                QApplication::processEvents();
                target = conflicting.get();
            }
        }
        std::unique_ptr<WorkshopConflictDialog> workshopConflicting;
        if (parser.isSet(workshopConflict) && !WorkshopStore(db).list().isEmpty()) {
            const Workshop theirs = *WorkshopStore(db).find(WorkshopStore(db).list().first().id);
            Workshop mine = theirs;
            const bool th = parser.value(lang) == QLatin1String("th");
            mine.venueName = th ? QStringLiteral("ห้องประชุมใหญ่ ศาลากลางจังหวัด") : QStringLiteral("Provincial hall, main room");
            if (!mine.days.isEmpty())
                mine.days.first().starts = QTime(9, 0);
            if (!mine.categories.isEmpty())
                mine.categories.first().quota += 5;
            workshopConflicting = std::make_unique<WorkshopConflictDialog>(mine, theirs, &window);
            workshopConflicting->show();
            QApplication::processEvents();
            target = workshopConflicting.get();
        }
        std::unique_ptr<PlanDocumentConflictDialog> planConflicting;
        if (parser.isSet(planConflict) && !PlanStore(db).plans().isEmpty()) {
            const Plan theirs = *PlanStore(db).findPlan(PlanStore(db).plans().first().id);
            Plan mine = theirs;
            const bool th = parser.value(lang) == QLatin1String("th");
            mine.vision = th ? QStringLiteral("ประชาชนทุกอำเภอมีส่วนร่วมทางการเมืองอย่างเข้มแข็ง")
                             : QStringLiteral("People in every district take a strong part in politics");
            mine.issuer = th ? QStringLiteral("คณะทำงานจังหวัดเชียงราย") : QStringLiteral("Chiang Rai provincial team");
            planConflicting = std::make_unique<PlanDocumentConflictDialog>(mine, theirs, &window);
            planConflicting->show();
            QApplication::processEvents();
            target = planConflicting.get();
        }
        std::unique_ptr<ConnectDialog> connecting;
        QTcpServer silent; // takes the connection, never answers
        if (parser.isSet(waiting) && silent.listen(QHostAddress::LocalHost)) {
            connecting = std::make_unique<ConnectDialog>(QStringLiteral("screenshot"), &window);
            ServerAddress office;
            office.name = parser.value(lang) == QLatin1String("th") ? QStringLiteral("สำนักงานเชียงราย") : QStringLiteral("Chiang Rai office");
            office.host = QStringLiteral("127.0.0.1");
            office.port = silent.serverPort();
            office.user = QStringLiteral("somchai.j");
            office.sslMode = QStringLiteral("disable");
            connecting->setAddress(office);
            connecting->show();
            connecting->accept();
            QApplication::processEvents();
            target = connecting.get();
        }
        if (parser.isSet(connectTo)) {
            connecting = std::make_unique<ConnectDialog>(QStringLiteral("screenshot"), &window);
            ServerAddress office;
            office.name = parser.value(lang) == QLatin1String("th") ? QStringLiteral("สำนักงานเชียงราย") : QStringLiteral("Chiang Rai office");
            office.host = QStringLiteral("khana.example.org");
            office.user = QStringLiteral("somchai.j");
            connecting->setAddress(office);
            connecting->setRemember(true);
            connecting->setMessage(QApplication::translate("ServerSignIn", "The password kept in the system keychain was not accepted. Type the current one."));
            connecting->show();
            QApplication::processEvents();
            target = connecting.get();
        }
        std::unique_ptr<TakeOfflineDialog> offline;
        if (parser.isSet(takeOffline)) {
            QSqlQuery most(db);
            if (most.exec(QStringLiteral("SELECT w.id, w.title FROM workshop w JOIN registration r ON r.workshop_id = w.id GROUP BY w.id, w.title "
                                         "ORDER BY count(*) DESC LIMIT 1"))
                && most.next()) {
                offline = std::make_unique<TakeOfflineDialog>(db, most.value(0).toLongLong(), most.value(1).toString(), &window);
                offline->show();
                QApplication::processEvents();
                target = offline.get();
            }
        }
        std::unique_ptr<BringBackDialog> back;
        if (parser.isSet(bringBack)) {
            back = std::make_unique<BringBackDialog>(db, parser.value(bringBack), QString(), &window);
            back->show();
            if (parser.isSet(merged))
                back->merge();
            QApplication::processEvents();
            target = back.get();
        }
        std::unique_ptr<PassphraseDialog> asking;
        if (parser.isSet(askPassphrase)) {
            const QString file = QStringLiteral("desk-2.khanapack");
            asking = std::make_unique<PassphraseDialog>(file, PackSeal::describe(PackSeal::Failure::WrongPassphrase, file), &window);
            asking->show();
            QApplication::processEvents();
            target = asking.get();
        }
        target->grab().save(parser.value(output));
        app.quit();
    });
    const int code = app.exec();
    db = QSqlDatabase();
    Database::close();
    return code;
}
