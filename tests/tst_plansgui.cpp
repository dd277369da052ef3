// Builds the Chiang Rai framework of three strategic issues with an objective, a project and
// an activity through the Action plans page, edits through the detail panel, undoes, filters,
// and opens a quarterly review.

#include "DialogDriver.h"
#include "TestDatabase.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PlanTreeModel.h"
#include "plans/PlanItemForm.h"
#include "plans/PlansPage.h"
#include "plans/ReviewPanel.h"
#include "shell/MainWindow.h"
#include "stores/PlanStore.h"
#include "stores/ReviewStore.h"
#include "widgets/DateEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace khana;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// The new item is selected with its title editor open: type the title and press Enter.
void typeTitle(QTreeView *tree, const QString &title)
{
    auto *editor = qobject_cast<QLineEdit *>(tree->indexWidget(tree->currentIndex()));
    QVERIFY(editor);
    editor->selectAll();
    typeText(editor, title);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on Enter through a queued call.
    QTRY_COMPARE(tree->currentIndex().data(ItemRole::Raw).toString(), title);
}

} // namespace

class TestPlansGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildTheChiangRaiFramework()
    {
        TestDatabase t(QStringLiteral("plans"));
        QVERIFY(t.ok());
        MainWindow window(t.db(), t.path(), false);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::PlansIndex);
        PlansPage *page = window.plansPage();
        page->newPlan();
        QVERIFY(page->currentPlanId() != 0);
        auto *title = page->findChild<QLineEdit *>(QStringLiteral("planTitle"));
        title->selectAll();
        typeText(title, QStringLiteral("แผนปฏิบัติงานจังหวัดเชียงราย"));
        auto *number = page->findChild<QLineEdit *>(QStringLiteral("planNumber"));
        typeText(number, QStringLiteral("68"));
        QVERIFY(page->savePlanDocument());
        QCOMPARE(PlanStore(t.db()).findPlan(page->currentPlanId())->number, QStringLiteral("68"));

        page->findChild<QTabWidget *>(QStringLiteral("planTabs"))->setCurrentIndex(0); // the framework
        QTreeView *tree = page->treeView();
        const QStringList issues = {QStringLiteral("บริหารทีมจังหวัดให้เป็นพลังร่วม"), QStringLiteral("ขับเคลื่อนงานเชิงประเด็นในพื้นที่"),
                                    QStringLiteral("เชียงรายพร้อมต่อการเมืองทุกระดับ")};
        auto *addIssue = page->findChild<QPushButton *>(QStringLiteral("addIssue"));
        for (const QString &issue : issues) {
            QTest::mouseClick(addIssue, Qt::LeftButton);
            typeTitle(tree, issue);
        }
        PlanTreeModel *model = page->treeModel();
        QCOMPARE(model->rowCount(), 3);
        // Every column in view on a 1366 × 768 laptop, the framework's titles taking the rest.
        window.resize(1366, 768);
        QApplication::processEvents();
        for (int c = 0; c < tree->header()->count(); ++c)
            QVERIFY2(tree->header()->sectionViewportPosition(c) + tree->header()->sectionSize(c) <= tree->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 is out of view").arg(c)));
        QVERIFY(tree->header()->sectionSize(PlanTreeModel::Title) >= 100);
        QCOMPARE(model->index(2, 0).data(ItemRole::Raw).toString(), issues.at(2));

        // Issue 1 → objective → project → activity, each with Ins ("Add below").
        tree->setCurrentIndex(tree->model()->index(0, 0));
        const QStringList chain = {QStringLiteral("ยกระดับศักยภาพทีมงาน"), QStringLiteral("โรงเรียนผู้ปฏิบัติงาน"),
                                   QStringLiteral("อบรมผู้ประสานงานอำเภอ")};
        for (const QString &name : chain) {
            QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addBelow")), Qt::LeftButton);
            typeTitle(tree, name);
        }
        const qint64 activityId = tree->currentIndex().data(ItemRole::Id).toLongLong();
        const PlanItem *activity = model->itemById(activityId);
        QVERIFY(activity);
        QCOMPARE(activity->level, PlanLevel::Activity);
        QCOMPARE(model->outlineNumber(activityId), QStringLiteral("1.1.1.1"));

        // The detail panel: unit, B.E. dates, budget; a bad end date is refused at its field.
        PlanItemForm *form = page->itemForm();
        auto *unit = form->findChild<QLineEdit *>(QStringLiteral("itemUnit"));
        auto *starts = form->findChild<DateEdit *>(QStringLiteral("itemStarts"));
        auto *ends = form->findChild<DateEdit *>(QStringLiteral("itemEnds"));
        QVERIFY(unit && starts && ends);
        QVERIFY(unit->isVisible());
        unit->setText(QStringLiteral("ฝ่ายเครือข่าย"));
        starts->setText(QStringLiteral("1/6/2567"));
        ends->setText(QStringLiteral("30/5/2567"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("itemApply")), Qt::LeftButton);
        QVERIFY(!PlanStore(t.db()).findItem(activityId)->startsOn.isValid()); // refused: nothing stored
        ends->setText(QStringLiteral("30/6/2567"));
        QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("itemApply")), Qt::LeftButton);
        const auto stored = PlanStore(t.db()).findItem(activityId);
        QCOMPARE(stored->startsOn, QDate(2024, 6, 1));
        QCOMPARE(stored->endsOn, QDate(2024, 6, 30));
        QCOMPARE(stored->responsibleUnit, QStringLiteral("ฝ่ายเครือข่าย"));

        // Ctrl+Z undoes the edit; Ctrl+Shift+Z (redo) puts it back.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!PlanStore(t.db()).findItem(activityId)->startsOn.isValid());
        page->undoStack()->redo();
        QCOMPARE(PlanStore(t.db()).findItem(activityId)->startsOn, QDate(2024, 6, 1));

        // Filter by unit: only the activity's line of parents stays.
        auto *unitFilter = page->findChild<QComboBox *>(QStringLiteral("unitFilter"));
        unitFilter->setCurrentIndex(unitFilter->findData(QStringLiteral("ฝ่ายเครือข่าย")));
        Q_EMIT unitFilter->activated(unitFilter->currentIndex());
        QCOMPARE(tree->model()->rowCount(), 1);
        unitFilter->setCurrentIndex(0);
        Q_EMIT unitFilter->activated(0);
        QCOMPARE(tree->model()->rowCount(), 3);

        // The quarterly review of 2567-Q2 lists the activity.
        ReviewPanel *review = page->reviewPanel();
        review->openQuarter(Quarter{2024, 2});
        QCOMPARE(review->table()->rowCount(), 1);
        QCOMPARE(ReviewStore(t.db()).quarters(page->currentPlanId()).size(), 1);

        // The plan and the review saved as PDF, written beside the window.
        QTemporaryDir dir;
        QSignalSpy said(page, &PlansPage::message);
        for (bool asReview : {false, true}) {
            const QString path = dir.filePath(asReview ? QStringLiteral("review.pdf") : QStringLiteral("plan.pdf"));
            QVERIFY(page->savePdf(asReview, path));
            QFile pdf(path);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        }
        QCOMPARE(said.count(), 2);
        QVERIFY2(said.first().first().toString().contains(QStringLiteral("1 page")), qPrintable(said.first().first().toString()));
        // A folder that does not exist: said, nothing claimed.
        QString warned;
        whenDialog<QMessageBox>(this, [&warned](QMessageBox *box) {
            warned = box->text();
            box->accept();
        });
        QVERIFY(!page->savePdf(false, dir.filePath(QStringLiteral("missing/plan.pdf"))));
        QVERIFY2(warned.contains(QStringLiteral("could not be written")), qPrintable(warned));
        QCOMPARE(said.count(), 2);

        // The framework as a spreadsheet: outline numbers, titles indented by level.
        const QString csv = dir.filePath(QStringLiteral("plan.csv"));
        QVERIFY(page->exportTo(csv));
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY2(text.contains(QStringLiteral("1.1.1,")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(",        ")), qPrintable(text)); // an activity, two levels in
    }
};

QTEST_MAIN(TestPlansGui)
#include "tst_plansgui.moc"
