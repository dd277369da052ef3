// WriteLock: controls that write stay disabled however their page re-enables them, forms
// become read-only but readable, and controls added or created after the lock are held too.

#include "widgets/WriteLock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace khana;

class TestWriteLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsStayDisabledWhenTheirPageEnablesThem()
    {
        QWidget page;
        auto *edit = new QAction(QStringLiteral("Edit"), &page);
        auto *find = new QAction(QStringLiteral("Find"), &page);
        int triggered = 0;
        connect(edit, &QAction::triggered, &page, [&triggered] { ++triggered; });
        WriteLock lock;
        lock.add(edit);
        QVERIFY(edit->isEnabled());
        QSignalSpy locked(&lock, &WriteLock::locked);
        lock.lock();
        QCOMPARE(locked.count(), 1);
        QVERIFY(lock.isLocked());
        QVERIFY(!edit->isEnabled());
        // A selection change enables Edit again: the lock wins.
        edit->setEnabled(true);
        QVERIFY(!edit->isEnabled());
        edit->trigger();
        QCOMPARE(triggered, 0);
        QVERIFY(find->isEnabled());
        lock.lock();
        QCOMPARE(locked.count(), 1);
    }

    void buttonsStayDisabledAndClicksDoNothing()
    {
        QWidget page;
        auto *save = new QPushButton(QStringLiteral("Save"), &page);
        auto *print = new QPushButton(QStringLiteral("Print"), &page);
        int clicked = 0;
        connect(save, &QPushButton::clicked, &page, [&clicked] { ++clicked; });
        WriteLock lock;
        lock.lock();
        // Added after the lock is on: held at once.
        lock.add(save);
        QVERIFY(!save->isEnabled());
        save->setEnabled(true);
        QVERIFY(!save->isEnabled());
        save->click();
        QCOMPARE(clicked, 0);
        // Its parent going off and on again does not bring it back.
        page.setEnabled(false);
        page.setEnabled(true);
        QVERIFY(!save->isEnabled());
        QVERIFY(print->isEnabled());
    }

    void formsBecomeReadOnlyButReadable()
    {
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        auto *name = new QLineEdit(QStringLiteral("สมชาย"), &form);
        auto *notes = new QPlainTextEdit(QStringLiteral("ประชุม"), &form);
        auto *kind = new QComboBox(&form);
        kind->addItems({QStringLiteral("a"), QStringLiteral("b")});
        auto *count = new QSpinBox(&form);
        auto *done = new QCheckBox(QStringLiteral("Done"), &form);
        auto *apply = new QPushButton(QStringLiteral("Apply"), &form);
        auto *table = new QTableWidget(2, 2, &form);
        table->setEditTriggers(QAbstractItemView::AllEditTriggers);
        table->setDragDropMode(QAbstractItemView::InternalMove);
        for (QWidget *w : std::initializer_list<QWidget *>{name, notes, kind, count, done, apply, table})
            layout->addWidget(w);
        auto *remove = new QAction(QStringLiteral("Remove row"), table);
        table->addAction(remove);
        WriteLock lock;
        lock.addForm(&form);
        lock.lock();

        QVERIFY(form.isEnabled());
        QVERIFY(name->isEnabled());
        QVERIFY(name->isReadOnly());
        QCOMPARE(name->text(), QStringLiteral("สมชาย"));
        QVERIFY(notes->isReadOnly());
        QVERIFY(count->isReadOnly());
        QVERIFY(!kind->isEnabled());
        QVERIFY(!done->isEnabled());
        QVERIFY(!apply->isEnabled());
        QVERIFY(!remove->isEnabled());
        QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
        QCOMPARE(table->dragDropMode(), QAbstractItemView::NoDragDrop);
        // The form (its page switching it off and on, as forms do with no item chosen) and its
        // table's viewport are not themselves held.
        form.setEnabled(false);
        form.setEnabled(true);
        QVERIFY(name->isEnabled());
        QVERIFY(table->viewport()->isEnabled());
        QVERIFY(!kind->isEnabled());

        // Typing into a read-only field changes nothing.
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("xyz"));
        QCOMPARE(name->text(), QStringLiteral("สมชาย"));
    }

    // A table loaded after the lock (another workshop's categories) gets its new cell
    // choosers held as they appear.
    void cellWidgetsCreatedLaterAreHeld()
    {
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        auto *table = new QTableWidget(0, 2, &form);
        layout->addWidget(table);
        WriteLock lock;
        lock.addForm(&form);
        lock.lock();
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        table->setRowCount(1);
        auto *chooser = new QComboBox(table);
        chooser->addItem(QStringLiteral("flat"));
        table->setCellWidget(0, 1, chooser);
        QTRY_VERIFY(!chooser->isEnabled());
    }
};

QTEST_MAIN(TestWriteLock)
#include "tst_writelock.moc"
