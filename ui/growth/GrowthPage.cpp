#include "GrowthPage.h"

#include "CountImportDialog.h"
#include "ElectionsPanel.h"
#include "GrowthCommands.h"
#include "GrowthCharts.h"
#include "GrowthFigures.h"
#include "ScopeComboBox.h"
#include "GrowthEntryDialogs.h"
#include "charts/ChartView.h"
#include "domain/DisplayConventions.h"
#include "io/TableExport.h"
#include "itemmodels/ItemRoles.h"
#include "stores/AreaStore.h"
#include "stores/GrowthOverview.h"
#include "widgets/BackgroundWork.h"
#include "widgets/DateEdit.h"
#include "widgets/SpreadsheetExport.h"
#include "widgets/ViewPlace.h"
#include "widgets/WriteLock.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace khana {


GrowthPage::GrowthPage(const QSqlDatabase &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_scope(new ScopeComboBox(db, this))
    , m_months(new QComboBox(this))
    , m_until(new DateEdit(this))
    , m_figures(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_membersChart(new ChartView(this))
    , m_newMembersChart(new ChartView(this))
    , m_breakdownChart(new ChartView(this))
    , m_coverageChart(new ChartView(this))
    , m_withoutRepresentative(new QStringListModel(this))
    , m_withoutTitle(new QLabel(this))
    , m_numbers(new QStandardItemModel(this))
    , m_targets(new QStandardItemModel(this))
    , m_numbersView(new QTableView(this))
    , m_targetsView(new QTableView(this))
    , m_undo(new QUndoStack(this))
{
    m_elections = new ElectionsPanel(db, m_undo, this);
    m_elections->setRecordButtonVisible(false);
    setObjectName(QStringLiteral("growthPage"));
    m_scope->setObjectName(QStringLiteral("growthScope"));
    m_months->setObjectName(QStringLiteral("growthMonths"));
    m_until->setObjectName(QStringLiteral("growthUntil"));
    m_figures->setObjectName(QStringLiteral("growthFigures"));
    m_membersChart->setObjectName(QStringLiteral("membersChart"));
    m_newMembersChart->setObjectName(QStringLiteral("newMembersChart"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (int months : {12, 24, 36, 60})
        m_months->addItem(tr("%n month(s)", nullptr, months), months);
    m_months->setCurrentIndex(1);
    m_until->setDate(QDate::currentDate());
    // Room for the longest date in either language ("30 กันยายน 2569", "30 September 2026").
    m_until->setMinimumWidth(m_until->fontMetrics().horizontalAdvance(QStringLiteral("30 September 2026")) + 60);

    auto *record = new QPushButton(tr("&Record count…"), this);
    auto *importCounts = new QPushButton(tr("&Import counts…"), this);
    importCounts->setObjectName(QStringLiteral("importCounts"));
    auto *election = new QPushButton(tr("Record &election…"), this);
    election->setObjectName(QStringLiteral("recordElection"));
    auto *target = new QPushButton(tr("Set &target…"), this);
    auto *exportButton = new QPushButton(tr("E&xport chart…"), this);
    auto *exportTable = new QPushButton(tr("Export &numbers…"), this);
    exportTable->setObjectName(QStringLiteral("exportNumbers"));
    record->setObjectName(QStringLiteral("recordCount"));
    target->setObjectName(QStringLiteral("setTarget"));
    exportButton->setObjectName(QStringLiteral("exportChart"));

    auto *scopeLabel = new QLabel(tr("&Place:"), this);
    scopeLabel->setBuddy(m_scope);
    auto *monthsLabel = new QLabel(tr("&Show:"), this);
    monthsLabel->setBuddy(m_months);
    auto *untilLabel = new QLabel(tr("&until:"), this);
    untilLabel->setBuddy(m_until);
    auto *bar = new QHBoxLayout;
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope, 1);
    bar->addWidget(monthsLabel);
    bar->addWidget(m_months);
    bar->addWidget(untilLabel);
    bar->addWidget(m_until);
    bar->addStretch();
    // The actions get a row of their own so the page fits a 1024-pixel-wide screen.
    auto *actions = new QHBoxLayout;
    actions->addWidget(record);
    actions->addWidget(importCounts);
    actions->addWidget(election);
    actions->addWidget(target);
    actions->addWidget(exportButton);
    actions->addWidget(exportTable);
    actions->addStretch();

    m_numbersView->setObjectName(QStringLiteral("growthNumbers"));
    m_numbersView->setModel(m_numbers);
    m_targetsView->setObjectName(QStringLiteral("growthTargets"));
    m_targetsView->setModel(m_targets);
    for (QTableView *table : {m_numbersView, m_targetsView}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        // Dates ("30 พฤศจิกายน 2569") and places shown whole; the last column takes the rest.
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        auto *remove = new QAction(tr("&Remove"), table);
        remove->setShortcut(QKeySequence::Delete);
        remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        table->addAction(remove);
        table->setContextMenuPolicy(Qt::ActionsContextMenu);
        connect(remove, &QAction::triggered, this, &GrowthPage::removeSelected);
    }
    connect(m_undo, &QUndoStack::indexChanged, this, &GrowthPage::refresh);
    connect(m_targetsView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!writeLock()->isLocked())
            editTarget(index);
    });
    for (QWidget *control : {record, importCounts, election, target})
        writeLock()->add(control);
    for (QTableView *table : {m_numbersView, m_targetsView})
        for (QAction *action : table->actions())
            writeLock()->add(action);
    m_elections->addWriteControlsTo(*writeLock());

    m_tabs->addTab(m_membersChart, tr("Members"));
    m_tabs->addTab(m_newMembersChart, tr("New members"));
    m_breakdownChart->setObjectName(QStringLiteral("breakdownChart"));
    m_coverageChart->setObjectName(QStringLiteral("coverageChart"));
    m_tabs->addTab(m_breakdownChart, tr("By area"));
    auto *representatives = new QWidget(this);
    auto *without = new QListView(representatives);
    without->setObjectName(QStringLiteral("withoutRepresentative"));
    without->setModel(m_withoutRepresentative);
    without->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_withoutTitle->setBuddy(without);
    auto *withoutColumn = new QVBoxLayout;
    withoutColumn->addWidget(m_withoutTitle);
    withoutColumn->addWidget(without, 1);
    auto *coverageRow = new QHBoxLayout;
    coverageRow->addWidget(m_coverageChart, 3);
    coverageRow->addLayout(withoutColumn, 1);
    auto *representativesLayout = new QVBoxLayout(representatives);
    representativesLayout->addLayout(coverageRow, 3);
    representativesLayout->addWidget(m_elections, 2);
    m_tabs->addTab(representatives, tr("Representatives"));
    m_tabs->addTab(m_targetsView, tr("Targets"));
    m_tabs->addTab(m_numbersView, tr("Numbers"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(actions);
    layout->addWidget(m_figures);
    layout->addWidget(m_tabs, 1);

    const DisplayConventions &conventions = DisplayConventions::current();
    const AreaStore areas(m_db);
    for (const Province &p : areas.provinces())
        m_areaNames.insert(p.code, conventions.pick(p.nameTh, p.nameEn));
    for (const District &d : areas.districts())
        m_areaNames.insert(d.code, conventions.pick(d.nameTh, d.nameEn));

    connect(m_scope, &QComboBox::currentIndexChanged, this, &GrowthPage::refresh);
    connect(m_months, &QComboBox::currentIndexChanged, this, &GrowthPage::refresh);
    connect(m_until, &DateEdit::dateChanged, this, &GrowthPage::refresh);
    connect(record, &QPushButton::clicked, this, &GrowthPage::recordCount);
    connect(importCounts, &QPushButton::clicked, this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(this, tr("Import member counts"),
                                                          settings.value(QStringLiteral("growth/importFolder"),
                                                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString(),
                                                          tr("CSV files (*.csv *.txt)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("growth/importFolder"), QFileInfo(path).absolutePath());
        importCountsFrom(path);
    });
    connect(election, &QPushButton::clicked, m_elections, &ElectionsPanel::recordElection);
    connect(target, &QPushButton::clicked, this, &GrowthPage::setTarget);
    connect(exportButton, &QPushButton::clicked, this, &GrowthPage::exportChart);
    connect(exportTable, &QPushButton::clicked, this, &GrowthPage::exportNumbers);
}

GrowthPage::~GrowthPage()
{
    // The undo stack says its index changed while it is cleared on destruction; the page is
    // half gone by then.
    m_undo->disconnect(this);
}

void GrowthPage::activated()
{
    refresh();
}

void GrowthPage::colleaguesChanged(const QSet<QString> &tables)
{
    static const QSet<QString> shown{QStringLiteral("member_count"), QStringLiteral("growth_target"), QStringLiteral("representative_election"),
                                     QStringLiteral("person"), QStringLiteral("district")};
    if (!isVisible() || !tables.intersects(shown))
        return;
    const ViewPlace numbers = ViewPlace::of(m_numbersView);
    const ViewPlace targets = ViewPlace::of(m_targetsView);
    refresh();
    numbers.restoreTo(m_numbersView);
    targets.restoreTo(m_targetsView);
}

void GrowthPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("growth/scope"), m_scope->currentData());
    settings.setValue(QStringLiteral("growth/months"), m_months->currentData());
}

void GrowthPage::restoreState(const QSettings &settings)
{
    // Quietly: the page reads its figures when it is shown.
    m_scope->restoreCode(settings.value(QStringLiteral("growth/scope")).toString());
    const int months = m_months->findData(settings.value(QStringLiteral("growth/months"), 24).toInt());
    const QSignalBlocker quiet(m_months);
    if (months >= 0)
        m_months->setCurrentIndex(months);
}

ChartView *GrowthPage::currentChart() const
{
    // The Representatives tab holds its chart beside a list.
    QWidget *tab = m_tabs->currentWidget();
    if (auto *chart = qobject_cast<ChartView *>(tab))
        return chart;
    return tab ? tab->findChild<ChartView *>() : nullptr;
}

Scope GrowthPage::scope() const
{
    return m_scope->scope();
}

QString GrowthPage::scopeName() const
{
    return m_scope->currentText();
}

void GrowthPage::refresh()
{
    const QDate until = m_until->hasValidDate() ? m_until->date() : QDate::currentDate();
    const QDate from = QDate(until.year(), until.month(), 1).addMonths(1 - m_months->currentData().toInt());
    const GrowthOverview overview = GrowthOverview::build(m_db, scope(), from, until, QDate::currentDate());
    const QList<GrowthPoint> &series = overview.series;
    const QLocale locale = DisplayConventions::current().locale();
    const DateFormatter &dates = DisplayConventions::current().dates();
    m_figures->setText(GrowthFigures::html(overview));
    fillTargets(overview.targets);
    m_membersChart->setSpec(GrowthCharts::members(overview));
    m_newMembersChart->setSpec(GrowthCharts::newMembers(overview.newMembers, from, until));
    const GrowthStore store(m_db);
    const QDate asOf = qMin(until, QDate::currentDate());
    m_breakdownChart->setSpec(GrowthCharts::breakdown(store.breakdown(overview.scope, asOf), m_areaNames,
                                                      overview.scope.kind == Scope::Kind::Province));
    m_coverageChart->setSpec(GrowthCharts::coverage(store.coverageByProvince(asOf), m_areaNames));
    QStringList without;
    for (const QString &code : store.districtsWithoutRepresentative(overview.scope.code, asOf)) {
        const QString district = m_areaNames.value(code, code);
        without.append(overview.scope.code.isEmpty() ? tr("%1, %2").arg(district, m_areaNames.value(District::provinceCodeOf(code))) : district);
    }
    m_withoutRepresentative->setStringList(without);
    const Scope &shown = overview.scope;
    m_elections->setFilter({shown.kind == Scope::Kind::Province ? shown.code
                            : shown.kind == Scope::Kind::District ? District::provinceCodeOf(shown.code)
                                                                   : QString(),
                            0});
    m_withoutTitle->setText(tr("%n district(s) without a representative:", nullptr, int(without.size())));

    m_numbers->clear();
    m_numbers->setHorizontalHeaderLabels({tr("Date"), tr("Members"), tr("From")});
    QHash<QDate, qint64> recordedIds;
    for (const MemberCount &c : GrowthStore(m_db).counts(overview.scope))
        recordedIds.insert(c.countedOn, c.id);
    for (auto it = series.crbegin(); it != series.crend(); ++it) {
        auto *date = new QStandardItem(dates.longDate(it->date));
        date->setData(it->date, ItemRole::Raw);
        auto *count = new QStandardItem(locale.toString(it->value));
        count->setData(it->value, ItemRole::Raw);
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (it->source == GrowthPoint::Source::Recorded)
            date->setData(recordedIds.value(it->date), ItemRole::Id);
        m_numbers->appendRow({date, count,
                              new QStandardItem(it->source == GrowthPoint::Source::Roster ? tr("Roster at the month's end") : tr("Recorded count"))});
    }
}

void GrowthPage::recordCount()
{
    RecordCountDialog dialog(m_db, scope(), scopeName(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_undo->push(new CountChangeCommand(m_db, dialog.replaced(), dialog.saved(), true));
}

int GrowthPage::importCountsFrom(const QString &path)
{
    const CsvReader::Table table = ImportDialog::readFile(this, path);
    if (table.cancelled)
        return 0;
    CountImportDialog dialog(m_db, table, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    if (!dialog.written().isEmpty()) {
        // One undo step for the whole file: each count put back as it was, or removed.
        auto *import = new QUndoCommand(tr("Import %n count(s)", nullptr, int(dialog.written().size())));
        for (const MemberCount &after : dialog.written()) {
            std::optional<MemberCount> before;
            for (const MemberCount &old : dialog.replaced())
                if (old.scope == after.scope && old.countedOn == after.countedOn)
                    before = old;
            new CountChangeCommand(m_db, before, after, true, import);
        }
        m_undo->push(import);
    }
    refresh();
    QMessageBox::information(this, tr("Import member counts"), tr("%n count(s) imported.", nullptr, dialog.imported()));
    return dialog.imported();
}

void GrowthPage::setTarget()
{
    TargetDialog dialog(m_db, scope(), scopeName(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_undo->push(new TargetChangeCommand(m_db, std::nullopt, dialog.saved(), true));
}

void GrowthPage::editTarget(const QModelIndex &index)
{
    const qint64 id = index.siblingAtColumn(0).data(ItemRole::Id).toLongLong();
    for (const GrowthTarget &t : GrowthStore(m_db).targets()) {
        if (t.id != id)
            continue;
        TargetDialog dialog(m_db, t.scope, scopeName(), this);
        dialog.edit(t);
        if (dialog.exec() == QDialog::Accepted)
            m_undo->push(new TargetChangeCommand(m_db, t, dialog.saved(), true));
        return;
    }
}

void GrowthPage::fillTargets(const QList<TargetStanding> &targets)
{
    const QLocale locale = DisplayConventions::current().locale();
    const DateFormatter &dates = DisplayConventions::current().dates();
    m_targets->clear();
    m_targets->setHorizontalHeaderLabels({tr("Counts"), tr("Target"), tr("From"), tr("Due by"), tr("Progress")});
    for (const TargetStanding &s : targets) {
        auto *metric = new QStandardItem(metricLabel(s.target.metric));
        metric->setData(s.target.id, ItemRole::Id);
        auto *value = new QStandardItem(locale.toString(s.target.value));
        value->setData(s.target.value, ItemRole::Raw);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *starts = new QStandardItem(dates.longDate(s.target.startsOn));
        starts->setData(s.target.startsOn, ItemRole::Raw);
        auto *due = new QStandardItem(dates.longDate(s.target.dueOn));
        due->setData(s.target.dueOn, ItemRole::Raw);
        m_targets->appendRow({metric, value, starts, due, new QStandardItem(s.progress.describe(locale))});
    }
}

void GrowthPage::removeSelected()
{
    const bool targets = m_tabs->currentWidget() == m_targetsView;
    QTableView *view = targets ? m_targetsView : m_numbersView;
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.siblingAtColumn(0).data(ItemRole::Id).toLongLong();
    if (id == 0)
        return; // a roster month: it changes with People, not here
    const GrowthStore store(m_db);
    if (targets) {
        for (const GrowthTarget &t : store.targets())
            if (t.id == id)
                m_undo->push(new TargetChangeCommand(m_db, t, std::nullopt, false));
        return;
    }
    for (const MemberCount &c : store.counts(scope()))
        if (c.id == id)
            m_undo->push(new CountChangeCommand(m_db, c, std::nullopt, false));
}

void GrowthPage::exportChart()
{
    ChartView *chart = currentChart();
    if (!chart)
        chart = m_membersChart;
    const QString path = SpreadsheetExport::askSavePath(this, tr("Export chart"), chart->spec().title, tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0 ? chart->exportPdf(path, &error)
                                                                                                     : chart->exportPng(path, &error);
    if (!ok)
        QMessageBox::warning(this, tr("Export chart"), error);
}

void GrowthPage::exportNumbers()
{
    const QString path = SpreadsheetExport::askSavePath(this, tr("Export numbers"), tr("Members — %1").arg(scopeName()),
                                     tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (!path.isEmpty())
        exportNumbersTo(path);
}

bool GrowthPage::exportNumbersTo(const QString &path)
{
    // The numbers are taken from the model here; the file is written beside the window.
    const TableExport::Table table = TableExport::fromModel(*m_numbers, scopeName());
    QString error;
    bool ok = false;
    BackgroundWork::run(this, tr("Writing %1…").arg(QDir::toNativeSeparators(path)), [&](const WorkProgress &, const std::atomic<bool> &) {
        ok = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? TableExport::writeCsv(table, path, &error)
                                                                       : TableExport::writeXlsx(table, path, &error);
    });
    if (!ok)
        QMessageBox::warning(this, tr("Export numbers"), error);
    return ok;
}

} // namespace khana
