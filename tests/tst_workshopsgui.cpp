// Drives the Workshops page: enters the 427-person forum through the editor and checks the
// quota matrix totals; refuses bad input at its cell; checks people in by typed badge code,
// refuses a second check-in, and undoes one.

#include "DialogDriver.h"
#include "TestDatabase.h"
#include "domain/DisplayConventions.h"
#include "WorkshopFixtures.h"
#include "domain/BadgeCode.h"
#include "growth/ElectionsPanel.h"
#include "itemmodels/ElectionsModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/QuotaMatrixModel.h"
#include "shell/MainWindow.h"
#include "stores/AreaStore.h"
#include "stores/CheckInSession.h"
#include "stores/GrowthStore.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"
#include "workshops/CheckInWindow.h"
#include "workshops/GroupsPanel.h"
#include "workshops/RegistrationsPanel.h"
#include "stores/GroupStore.h"
#include "stores/PlanStore.h"
#include "itemmodels/RegistrationsModel.h"
#include "workshops/RowsTable.h"
#include "workshops/WorkshopEditor.h"
#include "workshops/WorkshopPrinting.h"
#include "workshops/WorkshopsPage.h"
#include "widgets/DateEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QMenu>
#include <QTableView>
#include <QHeaderView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace khana;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Types into a table cell the way a user does: select it, type, press Enter.
void typeCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(table->model()->index(row, column)));
    QVERIFY(editor);
    editor->selectAll();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    QCOMPARE(table->item(row, column)->text(), text);
}

int matrixValue(const QuotaMatrixModel *model, int row, int column)
{
    return model->index(row, column).data(ItemRole::Raw).toInt();
}

} // namespace

class TestWorkshopsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void enterThe427Forum()
    {
        TestDatabase t(QStringLiteral("forum"));
        QVERIFY(t.ok());
        MainWindow window(t.db(), t.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::WorkshopsIndex);
        WorkshopsPage *page = window.workshopsPage();
        WorkshopEditor *editor = page->editor();

        auto *title = editor->findChild<QLineEdit *>(QStringLiteral("workshopTitle"));
        QTRY_COMPARE(QApplication::focusWidget(), title);
        typeText(title, QStringLiteral("เวทีเสวนา ศส.ปชต. และภาคีเครือข่าย"));

        // A day that ends before it starts is refused at its cell; nothing is stored.
        editor->setCurrentIndex(WorkshopEditor::DaysTab);
        auto *days = editor->findChild<RowsTable *>(QStringLiteral("daysTable"));
        typeCell(days->table(), 0, 0, QStringLiteral("24/8/2565"));
        typeCell(days->table(), 0, 2, QStringLiteral("07:00"));
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        auto *dayErrors = editor->findChild<QLabel *>(QStringLiteral("daysErrors"));
        QTRY_VERIFY(dayErrors->isVisible());
        QVERIFY(dayErrors->text().contains(QStringLiteral("Row 1")));
        QCOMPARE(WorkshopStore(t.db()).list().size(), 0);
        typeCell(days->table(), 0, 2, QStringLiteral("16:30"));

        // The six categories of the seed, typed in.
        editor->setCurrentIndex(WorkshopEditor::ParticipantsTab);
        QTableWidget *table = editor->categoriesTable()->table();
        auto *add = editor->findChild<QPushButton *>(QStringLiteral("categoriesAdd"));
        const auto categories = fixtures::forum427().categories;
        for (int i = 0; i < categories.size(); ++i) {
            QTest::mouseClick(add, Qt::LeftButton);
            QApplication::processEvents();
            typeCell(table, i, 0, categories.at(i).name);
            if (categories.at(i).quotaKind == QuotaKind::PerProvince) {
                auto *kind = qobject_cast<QComboBox *>(table->cellWidget(i, 1));
                QVERIFY(kind);
                kind->setCurrentIndex(1);
                Q_EMIT kind->activated(1);
            }
            typeCell(table, i, 2, QString::number(categories.at(i).quota));
        }
        const QuotaMatrixModel *matrix = editor->quotaModel();
        QCOMPARE(matrix->rowCount(), 7); // six categories and the total
        QCOMPARE(matrixValue(matrix, 6, QuotaMatrixModel::Planned), 427);
        QCOMPARE(matrixValue(matrix, 0, QuotaMatrixModel::Planned), 308);
        QCOMPARE(matrixValue(matrix, 1, QuotaMatrixModel::Planned), 77);
        QCOMPARE(matrix->rowCount(matrix->index(0, 0)), 77);

        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(WorkshopStore(t.db()).list().size(), 1);
        const auto stored = WorkshopStore(t.db()).find(page->currentWorkshopId());
        QVERIFY(stored);
        QCOMPARE(stored->categories.size(), 6);
        QCOMPARE(stored->plannedParticipants(77), 427);
        QCOMPARE(stored->days.first().day, QDate(2022, 8, 24));
        QCOMPARE(matrixValue(editor->quotaModel(), 6, QuotaMatrixModel::Planned), 427);

        // Nobody is registered yet: the forum can be deleted (after a question).
        QTimer::singleShot(0, this, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        page->deleteWorkshop();
        QCOMPARE(WorkshopStore(t.db()).list().size(), 0);
        QCOMPARE(page->currentWorkshopId(), 0);
    }

    void registerFromPeopleAndSetStatus()
    {
        TestDatabase t(QStringLiteral("register"));
        QVERIFY(t.ok());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(w).ok());
        for (const QString &name : {QStringLiteral("สมชาย ใจดี"), QStringLiteral("อรทัย คำแสน")}) {
            Person p;
            p.nameTh = name;
            p.provinceCode = QStringLiteral("TH-57");
            QVERIFY(PersonStore(t.db()).save(p).ok());
        }
        MainWindow window(t.db(), t.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::WorkshopsIndex);
        RegistrationsPanel *panel = window.workshopsPage()->registrations();
        window.workshopsPage()->editor()->setCurrentWidget(panel);

        auto registerFragment = [&](const QString &fragment, bool expectAccepted) {
            QTimer::singleShot(0, this, [&, fragment, expectAccepted] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("registerSearch"));
                typeText(search, fragment);
                auto *view = dialog->findChild<QTableView *>(QStringLiteral("registerPeopleView"));
                QTRY_COMPARE(view->model()->rowCount(), 1);
                view->selectRow(0);
                dialog->findChild<QPushButton *>(QStringLiteral("registerButton"))->click();
                if (!expectAccepted) {
                    QVERIFY(dialog->isVisible());
                    bool said = false;
                    for (QLabel *label : dialog->findChildren<QLabel *>())
                        said = said || label->text().contains(QStringLiteral("already registered"));
                    QVERIFY(said);
                    dialog->reject();
                }
            });
            panel->registerPeople();
        };
        registerFragment(QStringLiteral("คำแสน"), true);
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->entry(0).nameTh, QStringLiteral("อรทัย คำแสน"));
        QCOMPARE(panel->model()->entry(0).status, RegistrationStatus::Registered);
        // The same person twice is refused, with the reason.
        registerFragment(QStringLiteral("คำแสน"), false);
        QCOMPARE(panel->model()->rowCount(), 1);
        // The quota matrix counts the registration.
        QCOMPARE(matrixValue(window.workshopsPage()->editor()->quotaModel(), 3, QuotaMatrixModel::Registered), 1);

        // Someone not in People yet: added from the register dialog and registered at once.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("registerSearch"))->setText(QStringLiteral("ธนพร ใหม่ใจ"));
            QTimer::singleShot(0, this, [] {
                auto *form = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                QVERIFY(form);
                QCOMPARE(form->findChild<QLineEdit *>(QStringLiteral("nameTh"))->text(), QStringLiteral("ธนพร ใหม่ใจ"));
                form->findChild<QLineEdit *>(QStringLiteral("phone"))->setText(QStringLiteral("0891234567"));
                form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            });
            dialog->findChild<QPushButton *>(QStringLiteral("registerNewPerson"))->click();
            auto *view = dialog->findChild<QTableView *>(QStringLiteral("registerPeopleView"));
            QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
            dialog->findChild<QPushButton *>(QStringLiteral("registerButton"))->click();
        });
        panel->registerPeople();
        QCOMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(PersonStore(t.db()).count(), 3);

        // Confirm the registration through the status menu.
        auto *view = panel->findChild<QTableView *>(QStringLiteral("registrationsView"));
        view->selectRow(0);
        QMenu *menu = panel->findChild<QToolButton *>()->menu();
        menu->actions().at(int(RegistrationStatus::Confirmed))->trigger();
        QCOMPARE(panel->model()->entry(0).status, RegistrationStatus::Confirmed);
    }

    void importRegistrationsWithPreview()
    {
        TestDatabase t(QStringLiteral("import"));
        QVERIFY(t.ok());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(w).ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF" "ชื่อ-สกุล,โทรศัพท์,จังหวัด,ประเภท\r\n"
                   "สมชาย ใจดี,0812345678,เชียงราย,คณะทำงานจังหวัด\r\n"
                   "วิไลวรรณ ศรีสุข,0898765432,พะเยา,ไม่มีประเภทนี้\r\n");
        file.close();
        MainWindow window(t.db(), t.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::WorkshopsIndex);
        RegistrationsPanel *panel = window.workshopsPage()->registrations();
        bool previewed = false;
        whenDialog(this, [&](QDialog *dialog) {
            auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
            QVERIFY2(summary->text().contains(QStringLiteral("will be imported")), qPrintable(summary->text()));
            auto *errors = dialog->findChild<QPlainTextEdit *>(QStringLiteral("importErrors"));
            QVERIFY(errors->toPlainText().contains(QStringLiteral("Row 3, column ประเภท")));
            previewed = true;
            // After the import, Khana says how many were imported.
            whenDialog<QMessageBox>(this, [](QMessageBox *box) { box->accept(); });
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        });
        panel->importFile(path);
        QVERIFY(previewed);
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->entry(0).nameTh, QStringLiteral("สมชาย ใจดี"));
        QCOMPARE(matrixValue(window.workshopsPage()->editor()->quotaModel(), 3, QuotaMatrixModel::Registered), 1);
    }

    void groupsAndOutcomes()
    {
        TestDatabase t(QStringLiteral("groups"));
        QVERIFY(t.ok());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(w).ok());
        for (int i = 0; i < 6; ++i) {
            Person p;
            p.nameTh = QStringLiteral("ผู้เข้าร่วม %1").arg(i + 1);
            p.provinceCode = i % 2 ? QStringLiteral("TH-57") : QStringLiteral("TH-56");
            QVERIFY(PersonStore(t.db()).save(p).ok());
            Registration r{0, 0, w.id, p.id, w.categories.first().id, p.provinceCode, RegistrationStatus::Confirmed, QString(), {}, {}};
            QVERIFY(RegistrationStore(t.db()).add(r).ok());
        }
        for (int n = 1; n <= 2; ++n) {
            BreakoutGroup g;
            g.workshopId = w.id;
            g.number = n;
            g.topic = n == 1 ? QStringLiteral("งานเครือข่ายมวลชน") : QStringLiteral("การเมืองท้องถิ่น");
            QVERIFY(GroupStore(t.db()).saveGroup(g).ok());
        }
        MainWindow window(t.db(), t.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::WorkshopsIndex);
        auto *panel = window.workshopsPage()->findChild<GroupsPanel *>();
        QVERIFY(panel);
        window.workshopsPage()->editor()->setCurrentWidget(panel);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("distributeGroups")), Qt::LeftButton);
        auto *groups = panel->findChild<QListWidget *>(QStringLiteral("groupList"));
        auto *members = panel->findChild<QListWidget *>(QStringLiteral("groupMembers"));
        QCOMPARE(groups->count(), 2);
        QCOMPARE(members->count(), 3);
        QVERIFY(groups->item(0)->text().contains(QStringLiteral("งานเครือข่ายมวลชน")));

        // By hand: tick everyone into group 1 (moving the others out of group 2).
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *choices = dialog->findChild<QListWidget *>(QStringLiteral("memberChoices"));
            QCOMPARE(choices->count(), 6);
            for (int i = 0; i < choices->count(); ++i)
                choices->item(i)->setCheckState(Qt::Checked);
            dialog->accept();
        });
        panel->chooseMembers();
        QCOMPARE(members->count(), 6);
        QCOMPARE(GroupStore(t.db()).groups(w.id).at(1).registrationIds.size(), 0);

        QTimer::singleShot(0, this, [] {
            auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(input);
            input->setTextValue(QStringLiteral("ตั้งทีมประสานงานเครือข่ายทุกอำเภอ"));
            input->accept();
        });
        panel->addOutcome(int(OutcomeKind::Decision));
        auto *outcomes = panel->findChild<QListWidget *>(QStringLiteral("groupOutcomes"));
        QCOMPARE(outcomes->count(), 1);
        QVERIFY(outcomes->item(0)->text().contains(QStringLiteral("ตั้งทีมประสานงาน")));
        const auto stored = GroupStore(t.db()).groups(w.id);
        QCOMPARE(stored.first().outcomes.size(), 1);
        QCOMPARE(stored.first().outcomes.first().kind, OutcomeKind::Decision);

        // An activity made from the outcome shows on the outcome.
        Plan plan;
        plan.title = QStringLiteral("แผน");
        QVERIFY(PlanStore(t.db()).savePlan(plan).ok());
        PlanItem issue{};
        issue.planId = plan.id;
        issue.title = QStringLiteral("ประเด็น");
        QVERIFY(PlanStore(t.db()).insertItem(issue).ok());
        PlanItem objective{};
        objective.planId = plan.id;
        objective.parentId = issue.id;
        objective.level = PlanLevel::Objective;
        objective.title = QStringLiteral("เป้าประสงค์");
        QVERIFY(PlanStore(t.db()).insertItem(objective).ok());
        PlanItem activity{};
        activity.planId = plan.id;
        activity.parentId = objective.id;
        activity.level = PlanLevel::Activity;
        activity.title = QStringLiteral("ตั้งทีมประสานงาน");
        activity.sourceOutcomeUid = stored.first().outcomes.first().uid;
        QVERIFY(PlanStore(t.db()).insertItem(activity).ok());
        panel->reload();
        QVERIFY(outcomes->item(0)->toolTip().contains(QStringLiteral("ตั้งทีมประสานงาน")));
    }

    void electionsHeldAtTheWorkshop()
    {
        TestDatabase t(QStringLiteral("elections"));
        QVERIFY(t.ok());
        QVERIFY(AreaStore(t.db()).upsertDistricts({{QStringLiteral("5701"), QStringLiteral("TH-57"), QStringLiteral("เมืองเชียงราย"), QStringLiteral("Mueang Chiang Rai")}}).ok());
        Workshop meeting = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(meeting).ok());
        Workshop other = fixtures::chiangRaiWorkshop();
        other.title = QStringLiteral("ประชุมใหญ่สามัญประจำปี");
        QVERIFY(WorkshopStore(t.db()).save(other).ok());
        RepresentativeElection earlier{0, QStringLiteral("5701"), QDate(2023, 6, 1), other.id, std::nullopt, std::nullopt, 0,
                                       QDate(), QDate(), QString(), 0};
        QVERIFY(GrowthStore(t.db()).saveElection(earlier).ok());

        MainWindow window(t.db(), t.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::WorkshopsIndex);
        WorkshopsPage *page = window.workshopsPage();
        page->openWorkshop(meeting.id);
        auto *panel = page->findChild<ElectionsPanel *>();
        QVERIFY(panel);
        page->editor()->setCurrentWidget(panel);
        auto *table = panel->findChild<QTableView *>(QStringLiteral("elections"));
        QCOMPARE(table->model()->rowCount(), 0); // the other meeting's election is not listed

        // Recorded from the workshop, the election is held at it unless the user says otherwise.
        const QDate meetingDay = meeting.days.first().day;
        QTimer::singleShot(0, this, [meetingDay] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<DateEdit *>(QStringLiteral("electionDate"))->date(), meetingDay); // the meeting's day
            dialog->findChild<DateEdit *>(QStringLiteral("electionDate"))->setDate(QDate(2023, 10, 22));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("recordElectionHere")), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);
        const QList<ElectionListing> held = GrowthStore(t.db()).elections({QString(), meeting.id});
        QCOMPARE(held.size(), 1);
        QCOMPARE(held.first().election.heldOn, QDate(2023, 10, 22));
        QCOMPARE(table->model()->index(0, ElectionsModel::Meeting).data().toString(), meeting.title);

        // Undone with the page's undo; a new workshop has nothing to list.
        page->undoStack()->undo();
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(GrowthStore(t.db()).elections({QString(), meeting.id}).isEmpty());
        page->undoStack()->redo();
        QCOMPARE(table->model()->rowCount(), 1);
        page->newWorkshop();
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!panel->isEnabled());
    }

    void savesDocumentsAsPdf()
    {
        TestDatabase t(QStringLiteral("pdf"));
        QVERIFY(t.ok());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(w).ok());
        QTemporaryDir dir;
        // From the window, the pages are written on a thread of their own.
        QWidget window;
        window.show();
        for (auto document : {WorkshopPrinting::Document::Report, WorkshopPrinting::Document::SignInByCategory,
                              WorkshopPrinting::Document::SignInByProvince, WorkshopPrinting::Document::SignInWithPhones}) {
            const QString path = dir.filePath(QStringLiteral("doc%1.pdf").arg(int(document)));
            QString error;
            QVERIFY2(WorkshopPrinting::savePdf(document, t.db(), w.id, path, &error, document == WorkshopPrinting::Document::Report ? nullptr : &window),
                     qPrintable(error));
            QVERIFY(!BackgroundWork::isRunning());
            QFile pdf(path);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY(pdf.read(5) == "%PDF-");
        }
        // Each names the people registered: the audit trail says which was made, for which workshop.
        QSqlQuery printed(t.db());
        QVERIFY(printed.exec(QStringLiteral("SELECT entity, entity_id, detail FROM audit_entry WHERE action = 'print' ORDER BY id")));
        QStringList recorded;
        while (printed.next())
            recorded << QStringLiteral("%1 %2 %3").arg(printed.value(0).toString(), printed.value(1).toString(), printed.value(2).toString());
        const QString id = QString::number(w.id);
        QCOMPARE(recorded, QStringList({QStringLiteral("registration %1 document=report; form=pdf").arg(id),
                                        QStringLiteral("registration %1 document=sign-in-by-category; form=pdf").arg(id),
                                        QStringLiteral("registration %1 document=sign-in-by-province; form=pdf").arg(id),
                                        QStringLiteral("registration %1 document=sign-in-with-phones; form=pdf").arg(id)}));
        QString error;
        QVERIFY(!WorkshopPrinting::savePdf(WorkshopPrinting::Document::Badges, t.db(), w.id, dir.filePath(QStringLiteral("none.pdf")), &error, &window));
        QVERIFY2(error.contains(QStringLiteral("no badges to print")), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.pdf"))));
        QVERIFY(!WorkshopPrinting::savePdf(WorkshopPrinting::Document::Report, t.db(), 9999, dir.filePath(QStringLiteral("x.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }

    // The budget goes out as a spreadsheet: lines, totals by source and the whole, as numbers.
    void exportsTheBudget()
    {
        TestDatabase t(QStringLiteral("budgetExport"));
        QVERIFY(t.ok());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(w).ok());
        MainWindow window(t.db(), t.path(), false);
        window.show();
        WorkshopsPage *page = window.workshopsPage();
        page->openWorkshop(w.id);
        // On a 1366 × 768 laptop the budget's columns are all in view.
        window.resize(1366, 768);
        window.showPage(MainWindow::WorkshopsIndex);
        page->editor()->setCurrentIndex(WorkshopEditor::BudgetTab);
        QApplication::processEvents();
        auto *budget = page->editor()->findChild<QTableWidget *>(QStringLiteral("budget"));
        QVERIFY(budget);
        for (int c = 0; c < budget->columnCount(); ++c) {
            QVERIFY2(budget->horizontalHeader()->sectionViewportPosition(c) + budget->horizontalHeader()->sectionSize(c) <= budget->viewport()->width(),
                     qPrintable(QStringLiteral("budget column %1 is out of view").arg(c)));
            // and wide enough for what it holds (an item or a funding source is not cut short).
            for (int r = 0; r < budget->rowCount(); ++r)
                if (const QTableWidgetItem *cell = budget->item(r, c))
                    QVERIFY2(budget->fontMetrics().horizontalAdvance(cell->text()) <= budget->horizontalHeader()->sectionSize(c),
                             qPrintable(QStringLiteral("%1 is cut off").arg(cell->text())));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("budget.csv"));
        QVERIFY(page->exportTo(WorkshopsPage::Export::Budget, path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + w.budget.size() + int(w.budgetBySource().size()) + 1);
        QCOMPARE(lines.last(), QStringLiteral("Total,,,,%1").arg(double(w.budgetTotal()) / 100.0));
        QVERIFY(page->exportTo(WorkshopsPage::Export::Registrations, dir.filePath(QStringLiteral("registrations.xlsx"))));
    }

    // A check-in of an earlier day (a workshop of several days) is told with its date.
    void earlierCheckInSaysItsDay()
    {
        TestDatabase t(QStringLiteral("checkinEarlier"));
        QVERIFY(t.ok());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(w).ok());
        Person p;
        p.nameTh = QStringLiteral("สมชาย ใจดี");
        p.provinceCode = QStringLiteral("TH-57");
        QVERIFY(PersonStore(t.db()).save(p).ok());
        Registration r;
        r.workshopId = w.id;
        r.personId = p.id;
        r.categoryId = w.categories.first().id;
        QVERIFY(RegistrationStore(t.db()).add(r).ok());
        const QDateTime yesterday(QDate::currentDate().addDays(-1), QTime(8, 40));
        QCOMPARE(RegistrationStore(t.db()).checkIn(r.id, yesterday.toUTC()).result, RegistrationStore::CheckIn::Result::CheckedIn);

        CheckInWindow window(t.db(), w.id);
        window.show();
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("checkInSearch"));
        auto *feedback = window.findChild<QLabel *>(QStringLiteral("checkInFeedback"));
        QTest::keyClicks(search, r.badgeCode);
        QTest::keyClick(search, Qt::Key_Return);
        const QString expected = DisplayConventions::current().dates().shortDate(yesterday.date()) + QStringLiteral(" 08:40");
        QVERIFY2(feedback->text().contains(QStringLiteral("already checked in at ") + expected), qPrintable(feedback->text()));
    }

    void checkInByTypedBadgeCode()
    {
        TestDatabase t(QStringLiteral("checkin"));
        QVERIFY(t.ok());
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(w).ok());
        QList<Registration> regs;
        for (const QString &name : {QStringLiteral("สมชาย ใจดี"), QStringLiteral("วิไลวรรณ ศรีสุข")}) {
            Person p;
            p.nameTh = name;
            p.provinceCode = QStringLiteral("TH-57");
            QVERIFY(PersonStore(t.db()).save(p).ok());
            Registration r;
            r.workshopId = w.id;
            r.personId = p.id;
            r.categoryId = w.categories.first().id;
            QVERIFY(RegistrationStore(t.db()).add(r).ok());
            regs.append(r);
        }

        MainWindow window(t.db(), t.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::WorkshopsIndex);
        QCOMPARE(window.workshopsPage()->currentWorkshopId(), w.id);
        QTest::keyClick(&window, Qt::Key_F9);
        CheckInWindow *checkIn = nullptr;
        QTRY_VERIFY((checkIn = window.findChild<CheckInWindow *>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowActive(checkIn));
        auto *search = checkIn->findChild<QLineEdit *>(QStringLiteral("checkInSearch"));
        auto *feedback = checkIn->findChild<QLabel *>(QStringLiteral("checkInFeedback"));
        auto *counts = checkIn->findChild<QLabel *>(QStringLiteral("checkInCounts"));
        QTRY_COMPARE(QApplication::focusWidget(), search);
        QVERIFY(counts->text().contains(QStringLiteral("Checked in 0 of 2")));

        // The code as a person types it from the badge, then Enter (as a scanner does).
        const QString code = BadgeCode::display(regs.at(1).badgeCode).toLower();
        QTest::keyClicks(search, code);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(feedback->text().contains(QStringLiteral("วิไลวรรณ ศรีสุข")), qPrintable(feedback->text()));
        QVERIFY(feedback->text().contains(QStringLiteral("checked in at")));
        QCOMPARE(search->text(), QString());
        QVERIFY(counts->text().contains(QStringLiteral("Checked in 1 of 2")));
        QCOMPARE(RegistrationStore(t.db()).find(regs.at(1).id)->status, RegistrationStatus::Attended);

        // A second scan of the same badge is refused, saying when.
        QTest::keyClicks(search, regs.at(1).badgeCode);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(feedback->text().contains(QStringLiteral("already checked in at")), qPrintable(feedback->text()));
        // Today's check-in is told by its time alone.
        QVERIFY2(!feedback->text().contains(QLatin1Char('/')), qPrintable(feedback->text()));
        QVERIFY(counts->text().contains(QStringLiteral("Checked in 1 of 2")));

        // Undo (Ctrl+Z) takes the check-in back.
        QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY2(feedback->text().contains(QStringLiteral("taken back")), qPrintable(feedback->text()));
        QVERIFY(counts->text().contains(QStringLiteral("Checked in 0 of 2")));
        QCOMPARE(RegistrationStore(t.db()).find(regs.at(1).id)->status, RegistrationStatus::Registered);

        // A name fragment finds the other person.
        search->clear();
        typeText(search, QStringLiteral("ใจดี"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(feedback->text().contains(QStringLiteral("สมชาย ใจดี")), qPrintable(feedback->text()));
        QCOMPARE(RegistrationStore(t.db()).find(regs.at(0).id)->status, RegistrationStatus::Attended);
        checkIn->close();
    }
};

QTEST_MAIN(TestWorkshopsGui)
#include "tst_workshopsgui.moc"
#include "widgets/BackgroundWork.h"
