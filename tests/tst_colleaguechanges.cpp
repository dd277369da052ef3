// Colleagues' changes reach an open window on the office server (schema step 14's notices,
// ChangeFeed, each page's colleaguesChanged): lists refresh keeping selection and scroll, and
// forms being edited keep what the user typed and say the record changed.

#include "DialogDriver.h"
#include "TestDatabase.h"
#include "WindowDriver.h"
#include "WorkshopFixtures.h"
#include "database/ChangeFeed.h"
#include "database/Database.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PeopleModel.h"
#include "itemmodels/PlanTreeModel.h"
#include "people/PeoplePage.h"
#include "plans/PlansPage.h"
#include "shell/MainWindow.h"
#include "stores/PersonStore.h"
#include "stores/PlanStore.h"
#include "stores/WorkshopStore.h"
#include "plans/PlanDocumentConflictDialog.h"
#include "plans/PlanItemConflictDialog.h"
#include "plans/ReviewEntryConflictDialog.h"
#include "plans/ReviewPanel.h"
#include "stores/GroupStore.h"
#include "stores/PlanEditor.h"
#include "stores/ReviewStore.h"
#include "workshops/GroupConflictDialog.h"
#include "workshops/GroupsPanel.h"
#include "workshops/WorkshopEditor.h"
#include "workshops/WorkshopConflictDialog.h"
#include "workshops/WorkshopsPage.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace khana;

namespace {

// Well over one page of the People list, so that the place kept is past the first page.
constexpr int kPeople = PeopleModel::kPageSize * 2 + 40;

QList<Person> crowd()
{
    QList<Person> people;
    for (int i = 0; i < kPeople; ++i) {
        Person p;
        p.nameTh = QStringLiteral("สมาชิก %1").arg(i, 4, 10, QLatin1Char('0'));
        p.provinceCode = QStringLiteral("TH-57");
        people.append(p);
    }
    return people;
}

// How long the window waits at most for a notice; the feed's target is well under a second.
constexpr int kPatienceMs = 5000;

} // namespace

class TestColleagueChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The server names the table a colleague changed, once per statement however many rows,
    // and only after the commit; the window's own changes are not echoed back to it.
    void theServerNamesWhatColleaguesChanged()
    {
        TestDatabase t(QStringLiteral("feed"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        ChangeFeed feed(t.db());
        QVERIFY(feed.isListening());
        QSignalSpy spy(&feed, &ChangeFeed::tablesChanged);

        QSqlDatabase colleague = t.another(QStringLiteral("colleague"));
        {
            PersonStore theirs(colleague);
            QList<Person> people = crowd();
            QString error;
            QVERIFY2(theirs.insertBulk(people, &error), qPrintable(error));
            QElapsedTimer clock;
            clock.start();
            QVERIFY(spy.wait(kPatienceMs));
            qInfo("the notice of %d people added came %lld ms after their commit (gathered for %d ms)", kPeople, clock.elapsed(),
                  ChangeFeed::kGatherMs);
        }
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<QSet<QString>>().contains(QStringLiteral("person")));

        // Nothing is announced before a colleague's transaction commits, nor after it rolls back.
        QVERIFY(colleague.transaction());
        QVERIFY(QSqlQuery(colleague).exec(QStringLiteral("UPDATE person SET nickname = 'x'")));
        QTest::qWait(ChangeFeed::kGatherMs * 3);
        QVERIFY(colleague.rollback());
        QTest::qWait(ChangeFeed::kGatherMs * 3);
        QCOMPARE(spy.count(), 1);

        // This window's own save is already on screen: no notice for it.
        PersonStore mine(t.db());
        Person p = *mine.find(1);
        p.nickname = QStringLiteral("ต้น");
        QVERIFY(mine.save(p).ok());
        QTest::qWait(ChangeFeed::kGatherMs * 3);
        QCOMPARE(spy.count(), 1);
        Database::close(QStringLiteral("colleague"));
    }

    // A local file has one user: the feed stays silent there.
    void aLocalFileHasNoFeed()
    {
        QTemporaryDir dir;
        const auto opened = Database::openSqlite(dir.filePath(QStringLiteral("k.sqlite")), QStringLiteral("local"));
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        ChangeFeed feed(QSqlDatabase::database(QStringLiteral("local")));
        QVERIFY(!feed.isListening());
        Database::close(QStringLiteral("local"));
    }

    // People: a colleague renames the selected person, far down the list; the list shows the
    // new name with the same person selected and the same scroll position.
    void peopleListKeepsItsPlace()
    {
        TestDatabase t(QStringLiteral("people"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QList<Person> people = crowd();
        QString error;
        QVERIFY2(PersonStore(t.db()).insertBulk(people, &error), qPrintable(error));

        MainWindow window(t.db(), TestDatabase::superuserAddress(t.serverDatabase()));
        window.resize(1366, 768);
        window.show();
        window.showPage(MainWindow::PeopleIndex);
        auto *view = window.peoplePage()->findChild<QTableView *>(QStringLiteral("peopleView"));
        PeopleModel *model = window.peoplePage()->model();
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), kPeople);
        const int row = kPeople - 30;
        view->selectRow(row);
        view->scrollTo(model->index(row, 0));
        const qint64 chosen = model->personId(row);
        const int scrolled = view->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        {
            PersonStore colleague(t.another(QStringLiteral("colleague")));
            Person p = *colleague.find(chosen);
            p.nameTh += QStringLiteral(" (แก้)");
            QVERIFY(colleague.save(p).ok());
        }
        Database::close(QStringLiteral("colleague"));

        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QVERIFY(reset.wait(kPatienceMs));
        QCOMPARE(model->rowCount(), kPeople);
        QCOMPARE(view->currentIndex().siblingAtColumn(0).data(ItemRole::Id).toLongLong(), chosen);
        QVERIFY(view->currentIndex().siblingAtColumn(0).data().toString().endsWith(QStringLiteral("(แก้)")));
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->verticalScrollBar()->value(), scrolled);
    }

    // The person's form is open with something typed: it keeps it and says a colleague saved
    // the person (and, later, that they deleted them).
    void anOpenPersonFormSaysTheRecordChanged()
    {
        TestDatabase t(QStringLiteral("form"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        Person p;
        p.nameTh = QStringLiteral("สมชาย ใจดี");
        p.provinceCode = QStringLiteral("TH-57");
        QVERIFY(PersonStore(t.db()).save(p).ok());

        MainWindow window(t.db(), TestDatabase::superuserAddress(t.serverDatabase()));
        QDialog *form = driver::openFirstPersonsForm(window);
        QVERIFY(form);
        auto *nickname = form->findChild<QLineEdit *>(QStringLiteral("nickname"));
        QTest::keyClicks(nickname, QStringLiteral("Chai"));
        auto *notice = form->findChild<QLabel *>(QStringLiteral("colleagueNotice"));
        QVERIFY(notice->isHidden());

        QSqlDatabase colleague = t.another(QStringLiteral("colleague"));
        Person theirs = *PersonStore(colleague).find(p.id);
        theirs.phone = QStringLiteral("0899999999");
        QVERIFY(PersonStore(colleague).save(theirs).ok());
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kPatienceMs);
        QVERIFY2(notice->text().contains(QStringLiteral("saved changes")), qPrintable(notice->text()));
        QCOMPARE(nickname->text(), QStringLiteral("Chai"));

        QVERIFY(PersonStore(colleague).remove(p.id, PersonStore(colleague).find(p.id)->rowVersion).ok());
        QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(QStringLiteral("deleted")), kPatienceMs);
        QCOMPARE(nickname->text(), QStringLiteral("Chai"));
        Database::close(QStringLiteral("colleague"));
        form->reject();
    }

    // Workshops: an editor left alone shows the colleague's version; one being edited keeps
    // the user's text and says someone else saved.
    void aWorkshopBeingEditedIsLeftAlone()
    {
        TestDatabase t(QStringLiteral("workshop"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(w).ok());

        MainWindow window(t.db(), TestDatabase::superuserAddress(t.serverDatabase()));
        window.show();
        window.showPage(MainWindow::WorkshopsIndex);
        WorkshopsPage *page = window.workshopsPage();
        QCOMPARE(page->currentWorkshopId(), w.id);
        auto *title = page->findChild<QLineEdit *>(QStringLiteral("workshopTitle"));
        auto *notice = page->findChild<QLabel *>(QStringLiteral("workshopColleagueNotice"));

        QSqlDatabase colleague = t.another(QStringLiteral("colleague"));
        const auto save = [&colleague, &w](const QString &newTitle) {
            Workshop theirs = *WorkshopStore(colleague).find(w.id);
            theirs.title = newTitle;
            return WorkshopStore(colleague).save(theirs).ok();
        };
        QVERIFY(save(QStringLiteral("ประชุมเชิงปฏิบัติการ เชียงราย (ฉบับแก้)")));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("ประชุมเชิงปฏิบัติการ เชียงราย (ฉบับแก้)"), kPatienceMs);
        QVERIFY(notice->isHidden());
        QVERIFY(page->findChild<QListWidget *>(QStringLiteral("workshopList"))->currentItem()->text().startsWith(QStringLiteral("ประชุมเชิงปฏิบัติการ เชียงราย (ฉบับแก้)")));

        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Being typed"));
        QVERIFY(save(QStringLiteral("ชื่อของเพื่อนร่วมงาน")));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kPatienceMs);
        QCOMPARE(title->text(), QStringLiteral("Being typed"));
        QVERIFY2(notice->text().contains(QStringLiteral("saved changes")), qPrintable(notice->text()));

        // Saving now shows both versions; keeping mine replaces theirs, knowingly.
        QStringList shownRow;
        whenDialog<WorkshopConflictDialog>(this, [&shownRow](WorkshopConflictDialog *d) {
            auto *table = d->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
            for (int c = 0; c < 3 && table->rowCount() > 0; ++c)
                shownRow.append(table->item(0, c)->text());
            d->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
        });
        QVERIFY(page->save());
        QCOMPARE(shownRow, (QStringList{QStringLiteral("Title"), QStringLiteral("Being typed"), QStringLiteral("ชื่อของเพื่อนร่วมงาน")}));
        QCOMPARE(WorkshopStore(t.db()).find(w.id)->title, QStringLiteral("Being typed"));

        // A colleague saves again: Undo of my save would now replace theirs, and refuses.
        QVERIFY(save(QStringLiteral("ชื่อล่าสุดของเพื่อน")));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), QStringLiteral("ชื่อล่าสุดของเพื่อน"), kPatienceMs);
        QString refusal;
        whenDialog<QMessageBox>(this, [&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        page->undoStack()->undo();
        QVERIFY2(refusal.contains(QStringLiteral("would replace their changes")), qPrintable(refusal));
        QCOMPARE(WorkshopStore(t.db()).find(w.id)->title, QStringLiteral("ชื่อล่าสุดของเพื่อน"));

        // Taking theirs drops my edit and shows their version.
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Typed again"));
        QVERIFY(save(QStringLiteral("ชื่อที่เพื่อนเลือก")));
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), kPatienceMs);
        whenDialog<WorkshopConflictDialog>(this, [](WorkshopConflictDialog *d) { d->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click(); });
        QVERIFY(!page->save());
        QCOMPARE(title->text(), QStringLiteral("ชื่อที่เพื่อนเลือก"));
        QCOMPARE(WorkshopStore(t.db()).find(w.id)->title, QStringLiteral("ชื่อที่เพื่อนเลือก"));
        Database::close(QStringLiteral("colleague"));
    }

    // Plans: the tree shows a colleague's new title with the same item current and the same
    // branches open or closed; with the user's own edits in hand, a bar asks first.
    void thePlanTreeKeepsItsPlaceOrAsks()
    {
        TestDatabase t(QStringLiteral("plan"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        PlanStore plans(t.db());
        Plan plan;
        plan.title = QStringLiteral("แผนปฏิบัติการ 2570");
        QVERIFY(plans.savePlan(plan).ok());
        QList<PlanItem> issues;
        for (int i = 0; i < 3; ++i) {
            PlanItem issue;
            issue.planId = plan.id;
            issue.title = QStringLiteral("ประเด็น %1").arg(i + 1);
            QVERIFY(plans.insertItem(issue).ok());
            PlanItem objective;
            objective.planId = plan.id;
            objective.parentId = issue.id;
            objective.level = PlanLevel::Objective;
            objective.title = QStringLiteral("เป้าประสงค์ %1").arg(i + 1);
            QVERIFY(plans.insertItem(objective).ok());
            issues.append(issue);
        }

        MainWindow window(t.db(), TestDatabase::superuserAddress(t.serverDatabase()));
        window.show();
        window.showPage(MainWindow::PlansIndex);
        PlansPage *page = window.plansPage();
        page->openPlan(plan.id);
        QTreeView *tree = page->treeView();
        const auto indexOf = [tree](qint64 id) {
            const QAbstractItemModel *model = tree->model();
            for (int r = 0; r < model->rowCount(); ++r)
                if (model->index(r, 0).data(ItemRole::Id).toLongLong() == id)
                    return model->index(r, 0);
            return QModelIndex();
        };
        tree->collapse(indexOf(issues.at(1).id));
        tree->setCurrentIndex(indexOf(issues.at(2).id));

        QSqlDatabase colleague = t.another(QStringLiteral("colleague"));
        const auto rename = [&colleague](qint64 id, const QString &title) {
            PlanStore store(colleague);
            PlanItem item = *store.findItem(id);
            item.title = title;
            return store.updateItem(item).ok();
        };
        QVERIFY(rename(issues.at(0).id, QStringLiteral("ประเด็นที่เพื่อนแก้")));
        QTRY_COMPARE_WITH_TIMEOUT(indexOf(issues.at(0).id).data(Qt::EditRole).toString(), QStringLiteral("ประเด็นที่เพื่อนแก้"), kPatienceMs);
        QCOMPARE(tree->currentIndex().siblingAtColumn(0).data(ItemRole::Id).toLongLong(), issues.at(2).id);
        QVERIFY(!tree->isExpanded(indexOf(issues.at(1).id)));
        QVERIFY(tree->isExpanded(indexOf(issues.at(0).id)));
        auto *bar = page->findChild<QWidget *>(QStringLiteral("planColleagueBar"));
        QVERIFY(bar->isHidden());

        // With something to undo here, the plan is not read again behind the user's back.
        QVERIFY(tree->model()->setData(indexOf(issues.at(2).id), QStringLiteral("ประเด็นที่ฉันแก้")));
        QCOMPARE(page->undoStack()->count(), 1);
        QVERIFY(rename(issues.at(1).id, QStringLiteral("อีกประเด็นที่เพื่อนแก้")));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kPatienceMs);
        QCOMPARE(indexOf(issues.at(1).id).data(Qt::EditRole).toString(), QStringLiteral("ประเด็น 2"));
        QCOMPARE(page->undoStack()->count(), 1);

        // Editing that item from the version still shown: its save is refused, both versions
        // are shown, and keeping mine replaces theirs knowingly.
        tree->setCurrentIndex(indexOf(issues.at(1).id));
        auto *itemTitle = page->findChild<QLineEdit *>(QStringLiteral("itemTitle"));
        QCOMPARE(itemTitle->text(), QStringLiteral("ประเด็น 2"));
        itemTitle->setText(QStringLiteral("ชื่อที่ฉันพิมพ์"));
        QStringList shownRow;
        whenDialog<PlanItemConflictDialog>(this, [&shownRow](PlanItemConflictDialog *d) {
            auto *table = d->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
            for (int c = 0; c < 3 && table->rowCount() > 0; ++c)
                shownRow.append(table->item(0, c)->text());
            d->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
        });
        page->findChild<QPushButton *>(QStringLiteral("itemApply"))->click();
        QCOMPARE(shownRow, (QStringList{QStringLiteral("Title"), QStringLiteral("ชื่อที่ฉันพิมพ์"), QStringLiteral("อีกประเด็นที่เพื่อนแก้")}));
        QCOMPARE(plans.findItem(issues.at(1).id)->title, QStringLiteral("ชื่อที่ฉันพิมพ์"));
        QCOMPARE(page->undoStack()->count(), 2);

        // The colleague renames it again: undoing my edit would replace theirs, and refuses.
        QVERIFY(rename(issues.at(1).id, QStringLiteral("ชื่อล่าสุดของเพื่อน")));
        QString refusal;
        whenDialog<QMessageBox>(this, [&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        page->undoStack()->undo();
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.contains(QStringLiteral("would replace their changes")), qPrintable(refusal));
        QCOMPARE(plans.findItem(issues.at(1).id)->title, QStringLiteral("ชื่อล่าสุดของเพื่อน"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kPatienceMs);
        page->findChild<QPushButton *>(QStringLiteral("showColleaguesChanges"))->click();
        QVERIFY(bar->isHidden());
        QCOMPARE(indexOf(issues.at(1).id).data(Qt::EditRole).toString(), QStringLiteral("ชื่อล่าสุดของเพื่อน"));
        QCOMPARE(indexOf(issues.at(2).id).data(Qt::EditRole).toString(), QStringLiteral("ประเด็นที่ฉันแก้"));
        Database::close(QStringLiteral("colleague"));
    }

    // The plan document and a review line being edited when a colleague saves them: saving
    // shows both versions, and nothing of theirs is written over without a choice.
    void aPlanDocumentOrReviewEditedMeanwhileAsks()
    {
        TestDatabase t(QStringLiteral("plandoc"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        PlanStore plans(t.db());
        Plan plan;
        plan.title = QStringLiteral("แผนปฏิบัติการ 2567");
        QVERIFY(plans.savePlan(plan).ok());
        PlanEditor editor(t.db(), plan.id);
        qint64 issue = 0, objective = 0;
        PlanItem i;
        i.title = QStringLiteral("ประเด็น");
        QVERIFY(editor.insert(i, -1, &issue).ok());
        PlanItem o;
        o.level = PlanLevel::Objective;
        o.parentId = issue;
        o.title = QStringLiteral("เป้าประสงค์");
        QVERIFY(editor.insert(o, -1, &objective).ok());
        for (const QString &title : {QStringLiteral("อบรมแกนนำ"), QStringLiteral("พัฒนาสมาชิก")}) {
            PlanItem a;
            a.level = PlanLevel::Activity;
            a.parentId = objective;
            a.title = title;
            a.startsOn = QDate(2024, 1, 15);
            a.endsOn = QDate(2024, 3, 31);
            QVERIFY(editor.insert(a, -1, nullptr).ok());
        }
        QString error;
        const Quarter q1{2024, 1};
        QVERIFY2(ReviewStore(t.db()).open(plan.id, q1, &error), qPrintable(error));

        MainWindow window(t.db(), TestDatabase::superuserAddress(t.serverDatabase()));
        window.show();
        window.showPage(MainWindow::PlansIndex);
        PlansPage *page = window.plansPage();
        page->openPlan(plan.id);
        auto *bar = page->findChild<QWidget *>(QStringLiteral("planColleagueBar"));
        QSqlDatabase colleague = t.another(QStringLiteral("colleague"));

        // The document: my title typed, their vision saved meanwhile; I keep mine.
        auto *title = page->findChild<QLineEdit *>(QStringLiteral("planTitle"));
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Action plan 2024"));
        Plan theirs = *PlanStore(colleague).findPlan(plan.id);
        theirs.vision = QStringLiteral("วิสัยทัศน์ของเพื่อน");
        QVERIFY(PlanStore(colleague).savePlan(theirs).ok());
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), kPatienceMs);
        QList<QStringList> shown;
        whenDialog<PlanDocumentConflictDialog>(this, [&shown](PlanDocumentConflictDialog *d) {
            auto *table = d->findChild<QTableWidget *>(QStringLiteral("conflictTable"));
            for (int r = 0; r < table->rowCount(); ++r)
                shown.append({table->item(r, 0)->text(), table->item(r, 1)->text(), table->item(r, 2)->text()});
            d->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
        });
        QVERIFY(page->savePlanDocument());
        QCOMPARE(shown, (QList<QStringList>{{QStringLiteral("Title"), QStringLiteral("Action plan 2024"), QStringLiteral("แผนปฏิบัติการ 2567")},
                                            {QStringLiteral("Vision"), QString(), QStringLiteral("วิสัยทัศน์ของเพื่อน")}}));
        QCOMPARE(plans.findPlan(plan.id)->title, QStringLiteral("Action plan 2024"));
        QVERIFY(plans.findPlan(plan.id)->vision.isEmpty());

        // The review: my cause on the first line; meanwhile their remedy on the first line and
        // their direction on the second, which I did not touch. I take theirs for the first;
        // the second is not written at all.
        ReviewPanel *review = page->reviewPanel();
        review->openQuarter(q1);
        QTableWidget *table = review->table();
        QCOMPARE(table->rowCount(), 2);
        table->item(0, 4)->setText(QStringLiteral("รองบประมาณ"));
        QVERIFY(review->hasUnsavedEdits());
        Review theirReview = *ReviewStore(colleague).find(plan.id, q1);
        theirReview.entries[0].remedy = QStringLiteral("ติดตามรายสัปดาห์");
        theirReview.entries[1].nextDirection = QStringLiteral("ขยายไปทุกอำเภอ");
        for (ReviewEntry &e : theirReview.entries)
            QVERIFY(ReviewStore(colleague).saveEntry(theirReview.id, e).ok());
        int asked = 0;
        whenDialog<ReviewEntryConflictDialog>(this, [&asked](ReviewEntryConflictDialog *d) {
            ++asked;
            d->findChild<QPushButton *>(QStringLiteral("takeTheirs"))->click();
        });
        QVERIFY(review->saveAll());
        QCOMPARE(asked, 1);
        const Review stored = *ReviewStore(t.db()).find(plan.id, q1);
        QCOMPARE(stored.entries.at(0).remedy, QStringLiteral("ติดตามรายสัปดาห์"));
        QVERIFY(stored.entries.at(0).delayCause.isEmpty());
        QCOMPARE(stored.entries.at(1).nextDirection, QStringLiteral("ขยายไปทุกอำเภอ"));
        QCOMPARE(table->item(0, 5)->text(), QStringLiteral("ติดตามรายสัปดาห์"));
        QCOMPARE(table->item(1, 6)->text(), QStringLiteral("ขยายไปทุกอำเภอ"));
        Database::close(QStringLiteral("colleague"));
    }

    // An outcome edited while a colleague changes it: Cancel on the conflict goes back to what
    // was typed, and keeping mine then saves it over theirs.
    void anOutcomeEditedMeanwhileAsks()
    {
        TestDatabase t(QStringLiteral("outcome"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        Workshop w = fixtures::chiangRaiWorkshop();
        QVERIFY(WorkshopStore(t.db()).save(w).ok());
        BreakoutGroup g;
        g.workshopId = w.id;
        g.number = 1;
        g.topic = QStringLiteral("งานเครือข่าย");
        QVERIFY(GroupStore(t.db()).saveGroup(g).ok());
        Outcome outcome{0, QString(), OutcomeKind::Finding, QStringLiteral("ยังขาดงบประมาณ")};
        QVERIFY(GroupStore(t.db()).addOutcome(g.id, outcome).ok());

        MainWindow window(t.db(), TestDatabase::superuserAddress(t.serverDatabase()));
        window.show();
        window.showPage(MainWindow::WorkshopsIndex);
        auto *panel = window.workshopsPage()->findChild<GroupsPanel *>();
        window.workshopsPage()->editor()->setCurrentWidget(panel);
        panel->findChild<QListWidget *>(QStringLiteral("groupList"))->setCurrentRow(0);
        auto *outcomes = panel->findChild<QListWidget *>(QStringLiteral("groupOutcomes"));
        QCOMPARE(outcomes->count(), 1);
        outcomes->setCurrentRow(0);

        QSqlDatabase colleague = t.another(QStringLiteral("colleague"));
        const QString mine = QStringLiteral("ยังขาดงบประมาณต่อเนื่องทุกปี");
        QStringList typedAgain;
        QStringList choices;
        const auto conflict = [this, &choices](const char *button) {
            whenDialog<GroupConflictDialog>(this, [&choices, button](GroupConflictDialog *d) {
                choices.append(QString::fromLatin1(button));
                if (auto *choice = d->findChild<QPushButton *>(QString::fromLatin1(button)))
                    choice->click();
                else
                    d->reject(); // Cancel
            });
        };
        whenDialog<QInputDialog>(this, [&, conflict](QInputDialog *input) {
            // While I type, a colleague saves the same outcome.
            Outcome theirs = GroupStore(colleague).findOutcome(outcome.uid)->second;
            theirs.text = QStringLiteral("ข้อความของเพื่อน");
            QVERIFY(GroupStore(colleague).updateOutcome(theirs).ok());
            input->setTextValue(mine);
            conflict("cancel");
            whenDialog<QInputDialog>(this, [&, conflict](QInputDialog *again) {
                typedAgain.append(again->textValue());
                conflict("keepMine");
                again->accept();
            });
            input->accept();
        });
        panel->editOutcome();
        QCOMPARE(choices, (QStringList{QStringLiteral("cancel"), QStringLiteral("keepMine")}));
        QCOMPARE(typedAgain, QStringList{mine});
        QCOMPARE(GroupStore(t.db()).findOutcome(outcome.uid)->second.text, mine);
        QTRY_VERIFY(outcomes->count() == 1 && outcomes->item(0)->text().contains(mine));
        Database::close(QStringLiteral("colleague"));
    }
};

QTEST_MAIN(TestColleagueChanges)
#include "tst_colleaguechanges.moc"
