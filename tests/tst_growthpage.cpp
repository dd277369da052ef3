// The Members & growth page: figures and charts from the seed's numbers, recording a count
// through the dialog (with the offer to replace), and chart export as PNG and PDF.

#include "DialogDriver.h"
#include "TestDatabase.h"
#include "charts/ChartView.h"
#include "domain/DisplayConventions.h"
#include "growth/GrowthCharts.h"
#include "growth/GrowthPage.h"
#include "itemmodels/ElectionsModel.h"
#include "shell/DashboardPage.h"
#include "stores/AreaStore.h"
#include "stores/GrowthStore.h"
#include "stores/PersonStore.h"
#include "widgets/DateEdit.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QPlainTextEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QHeaderView>
#include <QTableView>
#include <QUndoStack>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

using namespace khana;

namespace {

void seedNumbers(const QSqlDatabase &db)
{
    GrowthStore store(db);
    MemberCount september{0, 0, {}, QDate(2023, 9, 30), 68296, QStringLiteral("รายงานฝ่ายสมาชิก")};
    MemberCount october{0, 0, {}, QDate(2023, 10, 22), 77760, QStringLiteral("ข่าวพรรค")};
    GrowthTarget target{0, 0, TargetMetric::Members, {}, 100000, QDate(2023, 9, 1), QDate(2023, 12, 31), QString()};
    QVERIFY(store.saveCount(september).ok());
    QVERIFY(store.saveCount(october).ok());
    QVERIFY(store.saveTarget(target).ok());
}

// Answers the next dialog or message box that opens with `button`, after `fill` has run on it.
template<typename Fill>
void whenDialogOpens(Fill fill, QDialogButtonBox::StandardButton button)
{
    QTimer::singleShot(0, [fill, button] {
        QWidget *modal = QApplication::activeModalWidget();
        QVERIFY(modal);
        fill(modal);
        modal->findChild<QDialogButtonBox *>()->button(button)->click();
    });
}

} // namespace

class TestGrowthPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        DisplayConventions::setCurrent(DisplayConventions(QLocale(QLocale::English, QLocale::UnitedKingdom), Era::Common));
    }

    void figuresFromTheSeed()
    {
        TestDatabase t(QStringLiteral("figures"));
        QVERIFY(t.ok());
        seedNumbers(t.db());
        GrowthPage page(t.db());
        page.findChild<DateEdit *>(QStringLiteral("growthUntil"))->setDate(QDate(2023, 10, 31));
        page.activated();
        const QString figures = page.findChild<QLabel *>(QStringLiteral("growthFigures"))->text();
        QVERIFY2(figures.contains(QStringLiteral("77,760 of 100,000 (77.8%)")), qPrintable(figures));
        QVERIFY2(figures.contains(QStringLiteral("a recorded count")), qPrintable(figures));
        // 9,464 more in the 22 days from 30 September: 430 a day; 22,240 still needed in 70 days: 318 a day.
        QVERIFY2(figures.contains(QStringLiteral("Needs 318 a day; the current pace is 430 a day.")), qPrintable(figures));
        QVERIFY2(figures.contains(QStringLiteral("reached on 13 December 2023")), qPrintable(figures));

        const ChartSpec members = page.findChild<ChartView *>(QStringLiteral("membersChart"))->spec();
        QCOMPARE(members.categories.size(), 26); // Nov 2021 … Dec 2023, through the target's due month
        QCOMPARE(members.categories.last(), QStringLiteral("Dec 2023"));
        QStringList names;
        for (const ChartSeries &s : members.series)
            names.append(s.name);
        QCOMPARE(names, QStringList({QStringLiteral("Recorded counts"), QStringLiteral("Target"), QStringLiteral("At the current pace")}));
        QCOMPARE(*members.series.at(0).values.at(23), 77760.0); // October 2023
    }

    void numbersExportAsXlsxAndCsv()
    {
        TestDatabase t(QStringLiteral("numbers"));
        QVERIFY(t.ok());
        seedNumbers(t.db());
        GrowthPage page(t.db());
        page.findChild<DateEdit *>(QStringLiteral("growthUntil"))->setDate(QDate(2023, 10, 31));
        page.activated();
        QTemporaryDir dir;
        QVERIFY(page.exportNumbersTo(dir.filePath(QStringLiteral("members.xlsx"))));
        QVERIFY(page.exportNumbersTo(dir.filePath(QStringLiteral("members.csv"))));
        QFile csv(dir.filePath(QStringLiteral("members.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        // Newest first, raw numbers and ISO dates, the source in words.
        QVERIFY2(text.contains(QStringLiteral("\r\n22/10/2023,77760,Recorded count\r\n30/09/2023,68296,Recorded count\r\n")), qPrintable(text));
        QFile xlsx(dir.filePath(QStringLiteral("members.xlsx")));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.read(2) == "PK");
    }

    void countsImportThroughTheDialog()
    {
        TestDatabase t(QStringLiteral("import"));
        QVERIFY(t.ok());
        seedNumbers(t.db()); // 22 October 2023 is already recorded
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("counts.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF" "วันที่,จังหวัด,จำนวนสมาชิก\r\n"
                   "31/08/2566,,60000\r\n"
                   "22/10/2566,,77800\r\n"
                   "31/08/2566,เชียงราย,1200\r\n");
        file.close();
        GrowthPage page(t.db());
        page.show();
        QString before;
        QString after;
        whenDialog(this, [&](QDialog *dialog) {
            auto *summary = dialog->findChild<QLabel *>(QStringLiteral("importSummary"));
            before = summary->text() + dialog->findChild<QPlainTextEdit *>(QStringLiteral("importErrors"))->toPlainText();
            dialog->findChild<QCheckBox *>(QStringLiteral("replaceCounts"))->setChecked(true);
            after = summary->text();
            whenDialog<QMessageBox>(this, [](QMessageBox *box) { box->accept(); });
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        });
        QCOMPARE(page.importCountsFrom(path), 3);
        QVERIFY2(before.contains(QStringLiteral("2 row(s) will be imported")), qPrintable(before));
        QVERIFY2(before.contains(QStringLiteral("Row 3, column Date: A count for this place and date is already recorded.")), qPrintable(before));
        QVERIFY2(after.contains(QStringLiteral("3 row(s) will be imported (1 replacing a recorded count)")), qPrintable(after));
        GrowthStore store(t.db());
        QCOMPARE(store.counts({}).size(), 3);
        QCOMPARE(store.counts({}).last().count, qint64(77800));
        QCOMPARE(store.counts({Scope::Kind::Province, QStringLiteral("TH-57")}).size(), 1);

        // One undo step takes the file back: the replaced count returns, the new ones go.
        QCOMPARE(page.undoStack()->count(), 1);
        page.undoStack()->undo();
        QCOMPARE(store.counts({}).size(), 2);
        QCOMPARE(store.counts({}).last().count, qint64(77760));
        QCOMPARE(store.counts({}).first().count, qint64(68296));
        QVERIFY(store.counts({Scope::Kind::Province, QStringLiteral("TH-57")}).isEmpty());
        page.undoStack()->redo();
        QCOMPARE(store.counts({}).size(), 3);
        QCOMPARE(store.counts({}).last().count, qint64(77800));
        QCOMPARE(store.counts({Scope::Kind::Province, QStringLiteral("TH-57")}).first().count, qint64(1200));
    }

    // Offices that plan by the Thai fiscal year see their year on the Dashboard.
    void dashboardCountsTheChosenPeriod_data()
    {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("firstMonth");
        QTest::addColumn<int>("months");
        QTest::newRow("last 12 months") << "last12" << "Last 12 months" << "Jan 2026" << 12;
        QTest::newRow("calendar year") << "year" << "Year 2026" << "Jan 2026" << 12;
        QTest::newRow("fiscal year") << "fiscal" << "Fiscal year 2027" << "Oct 2026" << 3;
        QTest::newRow("last fiscal year") << "lastFiscal" << "Fiscal year 2026" << "Oct 2025" << 12;
    }
    void dashboardCountsTheChosenPeriod()
    {
        QFETCH(QString, period);
        QFETCH(QString, label);
        QFETCH(QString, firstMonth);
        QFETCH(int, months);
        TestDatabase t(QStringLiteral("dashboardPeriod"));
        QVERIFY(t.ok());
        GrowthStore store(t.db());
        MemberCount october{0, 0, {}, QDate(2025, 10, 31), 900, QString()};
        MemberCount november{0, 0, {}, QDate(2026, 11, 30), 1200, QString()};
        QVERIFY(store.saveCount(october).ok());
        QVERIFY(store.saveCount(november).ok());
        DashboardPage page(t.db());
        page.setToday(QDate(2026, 12, 2));
        page.activated();
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("dashboardPeriod"));
        combo->setCurrentIndex(combo->findData(period));
        QCOMPARE(combo->currentText(), label);
        const ChartSpec chart = page.findChild<ChartView *>(QStringLiteral("dashboardMembersChart"))->spec();
        QCOMPARE(chart.categories.size(), months);
        QCOMPARE(chart.categories.first(), firstMonth);
        // The period is kept for the next start.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("khana.conf")), QSettings::IniFormat);
        page.saveState(settings);
        DashboardPage again(t.db());
        again.restoreState(settings);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("dashboardPeriod"))->currentData().toString(), period);
    }

    void dashboardShowsTheChosenPlace()
    {
        TestDatabase t(QStringLiteral("dashboard"));
        QVERIFY(t.ok());
        seedNumbers(t.db());
        GrowthStore store(t.db());
        const QDate lastMonth = QDate::currentDate().addMonths(-1);
        MemberCount chiangRai{0, 0, {Scope::Kind::Province, QStringLiteral("TH-57")}, lastMonth, 5120, QString()};
        QVERIFY(store.saveCount(chiangRai).ok());
        DashboardPage page(t.db());
        page.activated();
        // The seed's counts are older than the twelve months shown; its target is still measured.
        const QString country = page.findChild<QLabel *>(QStringLiteral("dashboardGrowth"))->text();
        // Measured by the count of its own time, and said so.
        QVERIFY2(country.contains(QStringLiteral("77,760 of 100,000 (77.8%), as counted on 22 October 2023. Not reached by its due date.")),
                 qPrintable(country));
        // Nothing of the target's in the months shown: neither its line nor a projection from it.
        const ChartSpec countryChart = page.findChild<ChartView *>(QStringLiteral("dashboardMembersChart"))->spec();
        for (const ChartSeries &series : countryChart.series)
            QVERIFY2(series.name != QStringLiteral("At the current pace") && series.name != QStringLiteral("Target"), qPrintable(series.name));
        auto *scope = page.findChild<QComboBox *>(QStringLiteral("dashboardScope"));
        scope->setCurrentIndex(scope->findData(QStringLiteral("TH-57")));
        const QString province = page.findChild<QLabel *>(QStringLiteral("dashboardGrowth"))->text();
        QVERIFY2(province.contains(QStringLiteral("<b>5,120</b> members")), qPrintable(province));
        const ChartSpec chart = page.findChild<ChartView *>(QStringLiteral("dashboardMembersChart"))->spec();
        QCOMPARE(chart.categories.size(), 12);
        QCOMPARE(*chart.series.first().values.at(10), 5120.0);
    }

    void breakdownAndCoverage()
    {
        TestDatabase t(QStringLiteral("breakdown"));
        QVERIFY(t.ok());
        QVERIFY(t.clearDistricts()); // three districts, so coverage is countable by hand
        AreaStore areas(t.db());
        QVERIFY(areas.upsertDistricts({{QStringLiteral("5701"), QStringLiteral("TH-57"), QStringLiteral("เมืองเชียงราย"), QStringLiteral("Mueang Chiang Rai")},
                                       {QStringLiteral("5702"), QStringLiteral("TH-57"), QStringLiteral("เวียงชัย"), QStringLiteral("Wiang Chai")},
                                       {QStringLiteral("5601"), QStringLiteral("TH-56"), QStringLiteral("เมืองพะเยา"), QStringLiteral("Mueang Phayao")}})
                    .ok());
        GrowthStore store(t.db());
        const QDate day = QDate::currentDate().addDays(-10);
        MemberCount chiangRai{0, 0, {Scope::Kind::Province, QStringLiteral("TH-57")}, day, 5120, QString()};
        MemberCount phayao{0, 0, {Scope::Kind::Province, QStringLiteral("TH-56")}, day, 2300, QString()};
        QVERIFY(store.saveCount(chiangRai).ok());
        QVERIFY(store.saveCount(phayao).ok());
        PersonStore people(t.db());
        Person rep;
        rep.nameTh = QStringLiteral("ตัวแทน");
        QVERIFY(people.save(rep).ok());
        RepresentativeElection e;
        e.districtCode = QStringLiteral("5702");
        e.heldOn = day;
        e.electedPersonId = rep.id;
        QVERIFY(store.saveElection(e).ok());

        GrowthPage page(t.db());
        page.activated();
        const ChartSpec byArea = page.findChild<ChartView *>(QStringLiteral("breakdownChart"))->spec();
        QCOMPARE(byArea.categories, QStringList({QStringLiteral("Chiang Rai"), QStringLiteral("Phayao")}));
        QCOMPARE(*byArea.series.first().values.at(0), 5120.0);
        const ChartSpec covered = page.findChild<ChartView *>(QStringLiteral("coverageChart"))->spec();
        QCOMPARE(covered.categories, QStringList({QStringLiteral("Chiang Rai")}));
        QCOMPARE(*covered.series.at(0).values.at(0), 2.0); // districts
        QCOMPARE(*covered.series.at(1).values.at(0), 1.0); // with a representative
        auto *without = page.findChild<QListView *>(QStringLiteral("withoutRepresentative"));
        QCOMPARE(without->model()->rowCount(), 2);
        QCOMPARE(without->model()->index(0, 0).data().toString(), QStringLiteral("Mueang Phayao, Phayao"));
        if (!qEnvironmentVariableIsEmpty("KHANA_KEEP_EXPORTS")) {
            QString error;
            const QString folder = qEnvironmentVariable("KHANA_KEEP_EXPORTS");
            QVERIFY(page.findChild<ChartView *>(QStringLiteral("breakdownChart"))->exportPng(folder + QStringLiteral("/by-area.png"), &error));
            QVERIFY(page.findChild<ChartView *>(QStringLiteral("coverageChart"))->exportPng(folder + QStringLiteral("/coverage.png"), &error));
        }
    }

    void electionThroughTheDialog()
    {
        TestDatabase t(QStringLiteral("election"));
        QVERIFY(t.ok());
        PersonStore people(t.db());
        Person somchai;
        somchai.nameTh = QStringLiteral("สมชาย ใจดี");
        somchai.provinceCode = QStringLiteral("TH-57");
        somchai.districtCode = QStringLiteral("5701");
        QVERIFY(people.save(somchai).ok());
        GrowthPage page(t.db());
        page.show();
        QString refused;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            // The country's 929 shipped districts are on offer; the people are those of the one chosen.
            auto *district = dialog->findChild<QComboBox *>(QStringLiteral("electionDistrict"));
            QCOMPARE(district->count(), 929);
            district->setCurrentIndex(district->findData(QStringLiteral("5701")));
            auto *elected = dialog->findChild<QComboBox *>(QStringLiteral("electedPerson"));
            elected->setCurrentIndex(elected->findData(somchai.id));
            dialog->findChild<DateEdit *>(QStringLiteral("electionDate"))->setDate(QDate(2023, 10, 22));
            dialog->findChild<DateEdit *>(QStringLiteral("termEnd"))->setDate(QDate(2023, 1, 1));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                if (label->isVisible())
                    refused += label->text();
            dialog->findChild<DateEdit *>(QStringLiteral("termEnd"))->setDate(QDate(2025, 10, 21));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        page.findChild<QPushButton *>(QStringLiteral("recordElection"))->click();
        QVERIFY2(refused.contains(QStringLiteral("The term ends before it starts.")), qPrintable(refused));
        const QList<ElectionListing> elections = GrowthStore(t.db()).elections();
        QCOMPARE(elections.size(), 1);
        const RepresentativeElection recorded = elections.first().election;
        QCOMPARE(recorded.districtCode, QStringLiteral("5701"));
        QCOMPARE(recorded.electedPersonId, somchai.id);
        QCOMPARE(recorded.termStart, QDate(2023, 10, 22));
        QCOMPARE(GrowthStore(t.db()).coverage(QStringLiteral("TH-57"), QDate(2024, 1, 1)).withRepresentative, 1);

        // The Representatives tab lists it; it can be edited, removed, and both undone.
        auto *table = page.findChild<QTableView *>(QStringLiteral("elections"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ElectionsModel::Elected).data().toString(), QStringLiteral("สมชาย ใจดี"));
        table->setCurrentIndex(table->model()->index(0, 0));
        QTimer::singleShot(0, this, [] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            // The dialog opens on the stored values, the term included.
            QCOMPARE(dialog->findChild<DateEdit *>(QStringLiteral("termEnd"))->date(), QDate(2025, 10, 21));
            dialog->findChild<QSpinBox *>(QStringLiteral("electionVotes"))->setValue(41);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        page.findChild<QPushButton *>(QStringLiteral("editElection"))->click();
        GrowthStore store(t.db());
        QCOMPARE(store.findElection(recorded.id)->votesCast, std::optional<int>(41));
        QCOMPARE(store.findElection(recorded.id)->termEnd, QDate(2025, 10, 21));
        QCOMPARE(table->model()->index(0, ElectionsModel::VotesCast).data().toString(), QStringLiteral("41"));
        page.undoStack()->undo();
        QCOMPARE(store.findElection(recorded.id)->votesCast, std::nullopt);

        table->setCurrentIndex(table->model()->index(0, 0));
        page.findChild<QPushButton *>(QStringLiteral("removeElection"))->click();
        QVERIFY(!store.findElection(recorded.id));
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(store.coverage(QStringLiteral("TH-57"), QDate(2024, 1, 1)).withRepresentative, 0);
        page.undoStack()->undo();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(store.findElection(recorded.id)->electedPersonId, somchai.id);
        // Undo past the recording (the undone edit was dropped when the removal came), then
        // redo both: the same election with the same id, then removed again.
        QCOMPARE(page.undoStack()->count(), 2);
        page.undoStack()->undo();
        QVERIFY(!store.findElection(recorded.id));
        page.undoStack()->redo();
        QCOMPARE(store.findElection(recorded.id)->electedPersonId, somchai.id);
        QCOMPARE(table->model()->rowCount(), 1);
        page.undoStack()->redo();
        QVERIFY(!store.findElection(recorded.id));
    }

    void countsAndTargetsUndo()
    {
        TestDatabase t(QStringLiteral("undo"));
        QVERIFY(t.ok());
        seedNumbers(t.db());
        GrowthPage page(t.db());
        page.show();
        page.findChild<DateEdit *>(QStringLiteral("growthUntil"))->setDate(QDate(2023, 10, 31));
        GrowthStore store(t.db());

        // Replacing 22 October's count, then undoing, puts the first count back.
        whenDialogOpens(
            [](QWidget *dialog) {
                dialog->findChild<DateEdit *>(QStringLiteral("countDate"))->setDate(QDate(2023, 10, 22));
                dialog->findChild<QSpinBox *>(QStringLiteral("countValue"))->setValue(77800);
                QTimer::singleShot(0, [] {
                    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                        box->button(QMessageBox::Yes)->click();
                });
            },
            QDialogButtonBox::Save);
        page.findChild<QPushButton *>(QStringLiteral("recordCount"))->click();
        QCOMPARE(store.counts({}).last().count, qint64(77800));
        page.undoStack()->undo();
        QCOMPARE(store.counts({}).last().count, qint64(77760));
        QCOMPARE(store.counts({}).last().source, QStringLiteral("ข่าวพรรค"));
        page.undoStack()->redo();
        QCOMPARE(store.counts({}).last().count, qint64(77800));

        // Removing the target with Delete, then undoing.
        auto *tabs = page.findChild<QTabWidget *>();
        auto *targets = page.findChild<QTableView *>(QStringLiteral("growthTargets"));
        tabs->setCurrentWidget(targets);
        QCOMPARE(targets->model()->rowCount(), 1);
        targets->setCurrentIndex(targets->model()->index(0, 0));
        QCOMPARE(targets->actions().first()->shortcut(), QKeySequence(QKeySequence::Delete));
        page.removeSelected();
        QCOMPARE(store.targets().size(), 0);
        QCOMPARE(targets->model()->rowCount(), 0);
        page.undoStack()->undo();
        QCOMPARE(store.targets().size(), 1);
        QCOMPARE(store.targets().first().value, qint64(100000));
        QCOMPARE(targets->model()->rowCount(), 1);

        // Changing the target through its dialog, then undoing the change.
        whenDialogOpens([](QWidget *dialog) { dialog->findChild<QSpinBox *>(QStringLiteral("targetValue"))->setValue(120000); },
                        QDialogButtonBox::Save);
        page.editTarget(targets->model()->index(0, 1));
        QCOMPARE(store.targets().size(), 1);
        QCOMPARE(store.targets().first().value, qint64(120000));
        page.undoStack()->undo();
        QCOMPARE(store.targets().first().value, qint64(100000));
        QCOMPARE(store.targets().first().dueOn, QDate(2023, 12, 31));

        // A recorded count removed from the Numbers tab; roster months cannot be.
        auto *numbers = page.findChild<QTableView *>(QStringLiteral("growthNumbers"));
        tabs->setCurrentWidget(numbers);
        // Every date shown whole.
        for (int r = 0; r < numbers->model()->rowCount(); ++r) {
            const QString date = numbers->model()->index(r, 0).data().toString();
            QVERIFY2(numbers->fontMetrics().horizontalAdvance(date) <= numbers->horizontalHeader()->sectionSize(0), qPrintable(date));
        }
        numbers->setCurrentIndex(numbers->model()->index(0, 0)); // newest first: 22 October
        page.removeSelected();
        QCOMPARE(store.counts({}).size(), 1);
        page.undoStack()->undo();
        QCOMPARE(store.counts({}).size(), 2);
    }

    void thaiAxesUseBuddhistYears()
    {
        const DisplayConventions english = DisplayConventions::current();
        DisplayConventions::setCurrent(DisplayConventions(QLocale(QLocale::Thai, QLocale::Thailand), Era::Buddhist));
        const QStringList labels = GrowthCharts::monthLabels(QDate(2023, 9, 1), QDate(2023, 10, 31));
        DisplayConventions::setCurrent(english);
        QCOMPARE(labels, QStringList({QStringLiteral("ก.ย. 2566"), QStringLiteral("ต.ค. 2566")}));
    }

    void secondCountOnTheSameDayAsksBeforeReplacing()
    {
        TestDatabase t(QStringLiteral("replace"));
        QVERIFY(t.ok());
        seedNumbers(t.db());
        GrowthPage page(t.db());
        page.show();
        auto fill = [](QWidget *dialog) {
            dialog->findChild<DateEdit *>(QStringLiteral("countDate"))->setDate(QDate(2023, 10, 22));
            dialog->findChild<QSpinBox *>(QStringLiteral("countValue"))->setValue(77800);
            dialog->findChild<QLineEdit *>(QStringLiteral("countSource"))->setText(QStringLiteral("corrected"));
            // The question to replace comes from inside the Save click: say No, then Cancel.
            QTimer::singleShot(0, [] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                box->button(QMessageBox::No)->click();
            });
        };
        whenDialogOpens(fill, QDialogButtonBox::Save);
        QTimer::singleShot(200, [] {
            if (auto *dialog = QApplication::activeModalWidget())
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
        page.findChild<QPushButton *>(QStringLiteral("recordCount"))->click();
        QCOMPARE(GrowthStore(t.db()).counts({}).last().count, qint64(77760)); // kept

        auto fillAndReplace = [](QWidget *dialog) {
            dialog->findChild<DateEdit *>(QStringLiteral("countDate"))->setDate(QDate(2023, 10, 22));
            dialog->findChild<QSpinBox *>(QStringLiteral("countValue"))->setValue(77800);
            QTimer::singleShot(0, [] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                box->button(QMessageBox::Yes)->click();
            });
        };
        whenDialogOpens(fillAndReplace, QDialogButtonBox::Save);
        page.findChild<QPushButton *>(QStringLiteral("recordCount"))->click();
        const QList<MemberCount> counts = GrowthStore(t.db()).counts({});
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.last().count, qint64(77800));
    }

    void negativeCountIsRefusedAtTheField()
    {
        TestDatabase t(QStringLiteral("negative"));
        QVERIFY(t.ok());
        GrowthPage page(t.db());
        page.show();
        QString shown;
        QTimer::singleShot(0, [&shown] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QSpinBox *>(QStringLiteral("countValue"))->setValue(-1);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                if (label->isVisible())
                    shown += label->text();
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
        page.findChild<QPushButton *>(QStringLiteral("recordCount"))->click();
        QVERIFY2(shown.contains(QStringLiteral("A count cannot be negative.")), qPrintable(shown));
        QVERIFY(GrowthStore(t.db()).counts({}).isEmpty());
    }

    void chartExportsAsPngAndPdf()
    {
        TestDatabase t(QStringLiteral("export"));
        QVERIFY(t.ok());
        seedNumbers(t.db());
        GrowthPage page(t.db());
        page.findChild<DateEdit *>(QStringLiteral("growthUntil"))->setDate(QDate(2023, 10, 31));
        page.activated();
        ChartView *chart = page.findChild<ChartView *>(QStringLiteral("membersChart"));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("members.png"));
        const QString pdf = dir.filePath(QStringLiteral("members.pdf"));
        QString error;
        QVERIFY2(chart->exportPng(png, &error), qPrintable(error));
        QVERIFY2(chart->exportPdf(pdf, &error), qPrintable(error));
        if (!qEnvironmentVariableIsEmpty("KHANA_KEEP_EXPORTS")) {
            QFile::copy(png, qEnvironmentVariable("KHANA_KEEP_EXPORTS") + QStringLiteral("/members.png"));
            QFile::copy(pdf, qEnvironmentVariable("KHANA_KEEP_EXPORTS") + QStringLiteral("/members.pdf"));
        }

        const QImage image(png);
        QCOMPARE(image.size(), QSize(2400, 1350));
        int dark = 0;
        for (int y = 0; y < image.height(); y += 8)
            for (int x = 0; x < image.width(); x += 8)
                dark += qGray(image.pixel(x, y)) < 128;
        QVERIFY2(dark > 100, "the exported chart has hardly anything drawn on it");

        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        if (!text.waitForFinished(30000) || text.exitCode() != 0)
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(QStringLiteral("Members by month")), qPrintable(words));
        QVERIFY2(words.contains(QStringLiteral("100,000")), qPrintable(words)); // the value axis, as text

        // Bars share the month axis with lines.
        ChartView bars;
        bars.setSpec(GrowthCharts::newMembers({{QDate(2023, 9, 30), 120, GrowthPoint::Source::Roster}, {QDate(2023, 10, 31), 340, GrowthPoint::Source::Roster}},
                                              QDate(2023, 5, 1), QDate(2023, 12, 31)));
        QVERIFY2(bars.exportPng(dir.filePath(QStringLiteral("new.png")), &error), qPrintable(error));
        if (!qEnvironmentVariableIsEmpty("KHANA_KEEP_EXPORTS"))
            QFile::copy(dir.filePath(QStringLiteral("new.png")), qEnvironmentVariable("KHANA_KEEP_EXPORTS") + QStringLiteral("/new.png"));

        // A folder that does not exist gets a message, not a crash.
        QVERIFY(!chart->exportPng(dir.filePath(QStringLiteral("missing/folder/x.png")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestGrowthPage)
#include "tst_growthpage.moc"
