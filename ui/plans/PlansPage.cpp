#include "PlansPage.h"

#include "PlanDocumentConflictDialog.h"
#include "PlanItemConflictDialog.h"

#include "PlanDocumentForm.h"
#include "PlanItemDelegate.h"
#include "PlanItemForm.h"
#include "ReviewPanel.h"
#include "TimelineView.h"
#include "domain/DisplayConventions.h"
#include "io/DataExport.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/PlanFilterModel.h"
#include "itemmodels/PlanTreeModel.h"
#include "reports/PlanDocument.h"
#include "reports/PrintStyle.h"
#include "reports/WorkshopDocuments.h"
#include "stores/GroupStore.h"
#include "stores/PlanEditor.h"
#include "stores/WorkshopStore.h"
#include "widgets/BackgroundWork.h"
#include "widgets/SpreadsheetExport.h"
#include "widgets/ViewPlace.h"
#include "widgets/WriteLock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace khana {

PlansPage::PlansPage(const QSqlDatabase &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_undo(new QUndoStack(this))
    , m_filter(new PlanFilterModel(this))
    , m_delegate(new PlanItemDelegate(this))
    , m_plans(new QListWidget(this))
    , m_splitter(new QSplitter(this))
    , m_tabs(new QTabWidget(this))
    , m_document(new PlanDocumentForm(this))
    , m_tree(new QTreeView(this))
    , m_form(new PlanItemForm(db, this))
    , m_review(new ReviewPanel(db, this))
    , m_timeline(new TimelineView(this))
    , m_unitFilter(new QComboBox(this))
    , m_statusFilter(new QComboBox(this))
    , m_quarterFilter(new QComboBox(this))
    , m_thaiDigits(new QCheckBox(tr("Thai digits in print"), this))
    , m_heading(new QLabel(this))
{
    setObjectName(QStringLiteral("plansPage"));
    m_plans->setObjectName(QStringLiteral("planList"));
    m_plans->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("planTree"));

    // Left: the plans.
    auto *newPlanButton = new QPushButton(tr("New plan"), this);
    auto *versionButton = new QPushButton(tr("New version"), this);
    versionButton->setToolTip(tr("A draft copy of the plan and its framework, to revise while the approved one stays as it is."));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newPlanButton);
    leftButtons->addWidget(versionButton);
    leftLayout->addLayout(leftButtons);
    leftLayout->addWidget(m_plans, 1);

    // The document tab.
    auto *documentTab = new QWidget(this);
    auto *saveDocument = new QPushButton(tr("&Save plan"), this);
    saveDocument->setObjectName(QStringLiteral("savePlan"));
    saveDocument->setShortcut(QKeySequence::Save);
    auto *documentLayout = new QVBoxLayout(documentTab);
    documentLayout->addWidget(m_document, 1);
    documentLayout->addWidget(saveDocument, 0, Qt::AlignRight);

    // The framework tab: tool bar, filters, tree and detail panel.
    auto *frameworkTab = new QWidget(this);
    auto *addIssue = new QPushButton(tr("Add &issue"), this);
    addIssue->setObjectName(QStringLiteral("addIssue"));
    auto *addChild = new QPushButton(tr("Add &below"), this);
    addChild->setObjectName(QStringLiteral("addBelow"));
    addChild->setToolTip(tr("Adds an objective under an issue, a project or activity under an objective, an activity under a project (Ins)"));
    addChild->setShortcut(QKeySequence(Qt::Key_Insert));
    auto *fromOutcome = new QPushButton(tr("From workshop outcome…"), this);
    fromOutcome->setToolTip(tr("Adds an activity made from what a workshop group concluded."));
    auto *remove = new QPushButton(tr("&Delete"), this);
    auto *printButton = new QToolButton(this);
    printButton->setText(tr("&Print"));
    printButton->setPopupMode(QToolButton::InstantPopup);
    auto *printMenu = new QMenu(printButton);
    printMenu->addAction(tr("The plan…"), this, [this] { print(false); });
    printMenu->addAction(tr("This quarter's review…"), this, [this] { print(true); });
    printMenu->addSeparator();
    printMenu->addAction(tr("Export the plan to Excel or CSV…"), this, [this] {
        const auto plan = PlanStore(m_db).findPlan(m_planId);
        if (!plan)
            return;
        const QString path = SpreadsheetExport::askSavePath(this, tr("Export the plan"), plan->title, tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
        if (!path.isEmpty() && exportTo(path))
            Q_EMIT message(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    });
    for (bool review : {false, true})
        printMenu->addAction(review ? tr("Save this quarter's review as PDF…") : tr("Save the plan as PDF…"), this, [this, review] {
            const auto plan = PlanStore(m_db).findPlan(m_planId);
            if (!plan)
                return;
            const QString path = QFileDialog::getSaveFileName(this, review ? tr("Save the review as PDF") : tr("Save the plan as PDF"),
                                                              plan->title + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
            if (!path.isEmpty())
                savePdf(review, path);
        });
    printButton->setMenu(printMenu);
    auto *tools = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(addIssue), static_cast<QWidget *>(addChild), static_cast<QWidget *>(fromOutcome),
                       static_cast<QWidget *>(remove)})
        tools->addWidget(w);
    tools->addStretch(1);
    tools->addWidget(m_thaiDigits);
    tools->addWidget(printButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_unitFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_quarterFilter);
    filters->addStretch(1);
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_quarterFilter->setObjectName(QStringLiteral("quarterFilter"));

    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(m_delegate);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    fitTreeColumns();
    auto *frameworkSplitter = new QSplitter(this);
    frameworkSplitter->setObjectName(QStringLiteral("frameworkSplitter"));
    frameworkSplitter->addWidget(m_tree);
    frameworkSplitter->addWidget(m_form);
    frameworkSplitter->setStretchFactor(0, 3);
    frameworkSplitter->setStretchFactor(1, 1);
    frameworkSplitter->setSizes({700, 320});
    auto *frameworkLayout = new QVBoxLayout(frameworkTab);
    frameworkLayout->addLayout(tools);
    frameworkLayout->addLayout(filters);
    frameworkLayout->addWidget(frameworkSplitter, 1);

    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(frameworkTab, tr("Framework"));
    m_tabs->addTab(documentTab, tr("Plan document"));
    m_tabs->addTab(m_review, tr("Quarterly review"));
    m_timeline->setModel(m_filter);
    m_tabs->addTab(m_timeline, tr("Timeline"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    m_colleagueBar = new QFrame(this);
    m_colleagueBar->setObjectName(QStringLiteral("planColleagueBar"));
    m_colleagueBar->setStyleSheet(QStringLiteral("QFrame#planColleagueBar { background: #fff3cd; } QFrame#planColleagueBar QLabel { color: black; }"));
    auto *barRow = new QHBoxLayout(m_colleagueBar);
    auto *barText = new QLabel(tr("Someone else has changed this plan. Your work here is kept until you choose to read the plan again "
                                  "(its undo history is then cleared)."),
                               m_colleagueBar);
    barText->setWordWrap(true);
    barRow->addWidget(barText, 1);
    auto *showTheirs = new QPushButton(tr("Show &their changes"), m_colleagueBar);
    showTheirs->setObjectName(QStringLiteral("showColleaguesChanges"));
    barRow->addWidget(showTheirs);
    connect(showTheirs, &QPushButton::clicked, this, &PlansPage::showColleaguesChanges);
    m_colleagueBar->hide();
    rightLayout->addWidget(m_colleagueBar);
    rightLayout->addWidget(m_tabs, 1);
    m_splitter->setObjectName(QStringLiteral("plansSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    m_statusFilter->addItem(tr("every status"), -1);
    for (ActivityStatus s : PlanCodes::activityStatuses())
        m_statusFilter->addItem(PlanCodes::activityStatusLabel(s), int(s));

    connect(newPlanButton, &QPushButton::clicked, this, &PlansPage::newPlan);
    connect(versionButton, &QPushButton::clicked, this, &PlansPage::newVersion);
    connect(saveDocument, &QPushButton::clicked, this, &PlansPage::savePlanDocument);
    connect(addIssue, &QPushButton::clicked, this, [this] { addItem(false); });
    connect(addChild, &QPushButton::clicked, this, [this] { addItem(true); });
    connect(fromOutcome, &QPushButton::clicked, this, &PlansPage::createFromOutcome);
    connect(remove, &QPushButton::clicked, this, &PlansPage::deleteSelected);
    for (QWidget *control : {newPlanButton, versionButton, saveDocument, addIssue, addChild, fromOutcome, remove})
        writeLock()->add(control);
    // The tree edits titles in place and reorders by dragging.
    writeLock()->addForm(m_tree);
    writeLock()->addForm(m_document);
    writeLock()->addForm(m_form);
    m_review->addWriteControlsTo(*writeLock());
    connect(m_plans, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            openPlan(m_plans->item(row)->data(Qt::UserRole).toLongLong());
    });
    for (QComboBox *box : {m_unitFilter, m_statusFilter, m_quarterFilter})
        connect(box, &QComboBox::activated, this, &PlansPage::applyFilters);
    connect(m_form, &PlanItemForm::applyRequested, this, [this](const PlanItem &item) {
        auto result = m_editor->update(item);
        if (result.conflict) {
            // Someone else saved (or removed) the item since the form showed it: both
            // versions side by side, and nothing written over theirs without a choice.
            const std::optional<PlanItem> theirs = m_editor->store().findItem(item.id);
            PlanItemConflictDialog ask(m_db, item, theirs, this);
            ask.exec();
            if (ask.choice() == ConflictDialog::Choice::TakeTheirs) {
                if (m_model)
                    m_model->reload();
                showSelection();
                return;
            }
            if (ask.choice() != ConflictDialog::Choice::KeepMine || !theirs)
                return; // the form keeps what was typed
            PlanItem mine = item;
            mine.rowVersion = theirs->rowVersion;
            result = m_editor->update(mine);
        }
        if (!result.fieldErrors.isEmpty())
            m_form->showErrors(result.fieldErrors);
        else if (!result.error.isEmpty())
            report(result.error);
        else
            Q_EMIT message(tr("Saved %1.").arg(item.title));
    });
    connect(m_delegate, &PlanItemDelegate::invalidInput, this, &PlansPage::report);
    connect(m_document, &PlanDocumentForm::edited, this, [this] { m_documentEdited = true; });
    connect(m_review, &ReviewPanel::saved, this, [this] {
        if (m_model)
            m_model->reload();
        m_tree->expandAll();
    });

    reloadList();
    if (m_plans->count() > 0)
        m_plans->setCurrentRow(0);
    else
        openPlan(0);
}

void PlansPage::activated()
{
    m_tree->setFocus();
}

void PlansPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("plans/splitter"), m_splitter->saveState());
}

void PlansPage::fitTreeColumns()
{
    // Every column in view at any window size: the framework's titles take what the others,
    // sized to what they hold (a unit, a date, an amount, a status), leave; long titles elide.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (header->count() > PlanTreeModel::Title) // no columns before a plan is open
        header->setSectionResizeMode(PlanTreeModel::Title, QHeaderView::Stretch);
}

void PlansPage::restoreState(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("plans/splitter")).toByteArray());
}

void PlansPage::reloadList()
{
    const QSignalBlocker block(m_plans);
    m_plans->clear();
    const DateFormatter &dates = DisplayConventions::current().dates();
    for (const Plan &p : PlanStore(m_db).plans()) {
        QString text = p.title;
        QStringList facts;
        if (!p.number.isEmpty())
            facts.append(tr("No. %1").arg(p.number));
        if (p.issuedOn.isValid())
            facts.append(dates.longDate(p.issuedOn));
        facts.append(PlanCodes::statusLabel(p.status));
        auto *item = new QListWidgetItem(text + QLatin1Char('\n') + facts.join(QStringLiteral(" · ")), m_plans);
        item->setData(Qt::UserRole, p.id);
        if (p.id == m_planId)
            m_plans->setCurrentItem(item);
    }
}

void PlansPage::openPlan(qint64 planId)
{
    m_planId = planId;
    m_undo->clear();
    delete m_model;
    delete m_editor;
    m_editor = new PlanEditor(m_db, planId, this, m_undo);
    m_model = new PlanTreeModel(m_editor, this);
    m_filter->setSourceModel(m_model);
    connect(m_model, &PlanTreeModel::editRefused, this, &PlansPage::report);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlansPage::showSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlansPage::showSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlansPage::refreshFilters); // new units
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first) {
        m_tree->expand(m_filter->mapFromSource(parent));
        const QModelIndex added = m_filter->mapFromSource(m_model->index(first, 0, parent));
        if (added.isValid())
            m_tree->setCurrentIndex(added);
        refreshFilters();
    });
    m_tree->expandAll();
    // A new source model resets the columns' sizing.
    fitTreeColumns();
    const auto plan = PlanStore(m_db).findPlan(planId);
    m_document->load(plan ? *plan : Plan{});
    m_documentEdited = false;
    m_colleagueBar->hide();
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg((plan ? plan->title : tr("No plan yet: make one with New plan.")).toHtmlEscaped()));
    m_tabs->setEnabled(plan.has_value());
    m_review->setPlan(planId);
    m_timeline->setFiscalYear(plan && plan->year == PlanYear::Fiscal);
    refreshFilters();
    showSelection();
}

void PlansPage::colleaguesChanged(const QSet<QString> &tables)
{
    static const QSet<QString> planTables{QStringLiteral("plan"), QStringLiteral("plan_reference"), QStringLiteral("plan_item"),
                                          QStringLiteral("plan_review"), QStringLiteral("review_entry")};
    if (!tables.intersects(planTables))
        return;
    const int scrolled = m_plans->verticalScrollBar()->value();
    reloadList();
    m_plans->verticalScrollBar()->setValue(scrolled);
    if (m_planId == 0)
        return;
    // The plan is held in memory with its undo history; reading it again would drop both, so
    // while the user has work here the bar asks first.
    if (m_undo->count() > 0 || m_form->hasUnappliedEdits() || m_documentEdited || m_review->hasUnsavedEdits()) {
        m_colleagueBar->show();
        return;
    }
    showColleaguesChanges();
}

void PlansPage::showColleaguesChanges()
{
    const ViewPlace place = ViewPlace::of(m_tree);
    const int tab = m_tabs->currentIndex();
    openPlan(m_planId); // the review panel keeps its quarter
    place.restoreTo(m_tree);
    m_tabs->setCurrentIndex(tab);
}

void PlansPage::refreshFilters()
{
    const QString unit = m_unitFilter->currentData().toString();
    QStringList units;
    for (const PlanItem &i : m_model->itemsInOrder())
        if (!i.responsibleUnit.isEmpty() && !units.contains(i.responsibleUnit))
            units.append(i.responsibleUnit);
    m_delegate->setUnits(units);
    m_unitFilter->clear();
    m_unitFilter->addItem(tr("every unit"), QString());
    for (const QString &u : std::as_const(units))
        m_unitFilter->addItem(u, u);
    m_unitFilter->setCurrentIndex(qMax(0, m_unitFilter->findData(unit)));

    const QString quarter = m_quarterFilter->currentData().toString();
    m_quarterFilter->clear();
    m_quarterFilter->addItem(tr("any time"), QString());
    const auto plan = PlanStore(m_db).findPlan(m_planId);
    QDate from = plan && plan->periodStart.isValid() ? plan->periodStart : QDate::currentDate().addYears(-1);
    const QDate to = plan && plan->periodEnd.isValid() ? plan->periodEnd : QDate::currentDate().addYears(1);
    const PlanYear year = plan ? plan->year : PlanYear::Calendar;
    for (Quarter q = Quarter::of(from, year); q.first() <= to; q = q.next())
        m_quarterFilter->addItem(q.label(), q.code());
    m_quarterFilter->setCurrentIndex(qMax(0, m_quarterFilter->findData(quarter)));
}

void PlansPage::applyFilters()
{
    m_filter->setUnit(m_unitFilter->currentData().toString());
    const int status = m_statusFilter->currentData().toInt();
    m_filter->setStatus(status < 0 ? std::nullopt : std::optional<ActivityStatus>(ActivityStatus(status)));
    const Quarter q = Quarter::fromCode(m_quarterFilter->currentData().toString());
    m_filter->setPeriod(q.isValid() ? q.first() : QDate(), q.isValid() ? q.last() : QDate());
    m_tree->expandAll();
}

qint64 PlansPage::selectedItemId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(ItemRole::Id).toLongLong() : 0;
}

void PlansPage::showSelection()
{
    m_form->load(m_model ? m_model->itemById(selectedItemId()) : nullptr);
}

void PlansPage::report(const QString &problem)
{
    QMessageBox::warning(this, tr("Action plans"), problem);
}

void PlansPage::newPlan()
{
    Plan p;
    p.title = tr("New action plan");
    p.issuedOn = QDate::currentDate();
    const auto result = PlanStore(m_db).savePlan(p);
    if (!result.ok()) {
        report(result.error);
        return;
    }
    m_planId = p.id;
    reloadList();
    openPlan(p.id);
    m_tabs->setCurrentIndex(1);
    m_document->findChild<QWidget *>(QStringLiteral("planTitle"))->setFocus();
}

bool PlansPage::savePlanDocument()
{
    FieldErrors problems;
    Plan p = m_document->collect(&problems);
    if (!problems.isEmpty()) {
        m_document->showErrors(problems);
        return false;
    }
    auto result = PlanStore(m_db).savePlan(p);
    if (result.conflict) {
        // Someone else saved the plan since the form showed it: both versions side by side.
        const std::optional<Plan> theirs = PlanStore(m_db).findPlan(p.id);
        PlanDocumentConflictDialog ask(p, theirs, this);
        ask.exec();
        if (ask.choice() == ConflictDialog::Choice::TakeTheirs && theirs) {
            showPlanDocument(*theirs);
            return true;
        }
        if (ask.choice() != ConflictDialog::Choice::KeepMine || !theirs)
            return false; // the form keeps what was typed
        p.rowVersion = theirs->rowVersion;
        result = PlanStore(m_db).savePlan(p);
    }
    if (!result.fieldErrors.isEmpty()) {
        m_document->showErrors(result.fieldErrors);
        return false;
    }
    if (!result.error.isEmpty()) {
        report(result.error);
        return false;
    }
    showPlanDocument(p);
    Q_EMIT message(tr("Saved %1.").arg(p.title));
    return true;
}

void PlansPage::showPlanDocument(const Plan &p)
{
    m_document->load(p);
    m_documentEdited = false;
    reloadList();
    m_heading->setText(QStringLiteral("<h2>%1</h2>").arg(p.title.toHtmlEscaped()));
    // The year counted in may have changed: quarters everywhere follow it.
    m_review->setPlan(p.id);
    m_timeline->setFiscalYear(p.year == PlanYear::Fiscal);
    refreshFilters();
}

void PlansPage::newVersion()
{
    if (m_planId == 0)
        return;
    qint64 copy = 0;
    const auto result = PlanStore(m_db).copyAsNewVersion(m_planId, &copy);
    if (!result.ok()) {
        report(result.error);
        return;
    }
    m_planId = copy;
    reloadList();
    openPlan(copy);
    Q_EMIT message(tr("A new draft version was made."));
}

void PlansPage::addItem(bool asChild)
{
    if (!m_editor || m_planId == 0)
        return;
    const PlanItem *selected = asChild ? m_model->itemById(selectedItemId()) : nullptr;
    PlanItem item;
    if (!selected) {
        item.level = PlanLevel::Issue;
        item.title = tr("New strategic issue");
    } else {
        switch (selected->level) {
        case PlanLevel::Issue: item.level = PlanLevel::Objective; item.title = tr("New objective"); break;
        case PlanLevel::Objective: item.level = PlanLevel::Project; item.title = tr("New project"); break;
        case PlanLevel::Project: item.level = PlanLevel::Activity; item.title = tr("New activity"); break;
        case PlanLevel::Activity:
            report(tr("An activity holds nothing below it: choose its project or objective."));
            return;
        }
        item.parentId = selected->id;
    }
    const auto result = m_editor->insert(item);
    if (!result.ok()) {
        report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
        return;
    }
    // Ready to type the title.
    m_tree->edit(m_tree->currentIndex());
}

void PlansPage::deleteSelected()
{
    const PlanItem *item = m_model ? m_model->itemById(selectedItemId()) : nullptr;
    if (!item)
        return;
    const auto result = m_editor->remove(item->id);
    if (!result.ok())
        report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
    else
        Q_EMIT message(tr("Deleted; Ctrl+Z brings it back."));
}

void PlansPage::createFromOutcome()
{
    const PlanItem *parent = m_model ? m_model->itemById(selectedItemId()) : nullptr;
    if (!parent || (parent->level != PlanLevel::Objective && parent->level != PlanLevel::Project)) {
        report(tr("Choose the objective or project the new activity belongs to."));
        return;
    }
    // Every outcome of every workshop, newest workshop first.
    QStringList labels;
    QList<Outcome> outcomes;
    for (const WorkshopSummary &w : WorkshopStore(m_db).list())
        for (const BreakoutGroup &g : GroupStore(m_db).groups(w.id))
            for (const Outcome &o : g.outcomes) {
                labels.append(tr("%1 · group %2 · %3: %4").arg(w.title).arg(g.number).arg(OutcomeCodes::kindLabel(o.kind), o.text));
                outcomes.append(o);
            }
    if (outcomes.isEmpty()) {
        report(tr("No workshop has recorded outcomes yet."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("From workshop outcome"), tr("Outcome:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const Outcome &o = outcomes.at(labels.indexOf(chosen));
    PlanItem item;
    item.level = PlanLevel::Activity;
    item.parentId = parent->id;
    item.title = o.text.section(QLatin1Char('\n'), 0, 0).left(200);
    item.description = o.text;
    item.sourceOutcomeUid = o.uid;
    const auto result = m_editor->insert(item);
    if (!result.ok())
        report(result.error.isEmpty() ? result.fieldErrors.value(0).message : result.error);
}

std::optional<PrintTable> PlansPage::printable(bool review)
{
    const auto plan = PlanStore(m_db).findPlan(m_planId);
    if (!plan)
        return std::nullopt;
    const PlanDocument::Options options{m_thaiDigits->isChecked()};
    if (!review)
        return PlanDocument::plan(*plan, m_model->itemsInOrder(), options);
    const auto r = ReviewStore(m_db).find(m_planId, m_review->currentQuarter());
    if (!r) {
        report(tr("Open this quarter's review first (Quarterly review tab)."));
        return std::nullopt;
    }
    return PlanDocument::review(*plan, m_model->itemsInOrder(), *r, ReviewStore(m_db).summarise(*r), options);
}

bool PlansPage::savePdf(bool review, const QString &path)
{
    const auto document = printable(review);
    if (!document)
        return false;
    const PlanDocument::Options options{m_thaiDigits->isChecked()};
    const QString title = PlanStore(m_db).findPlan(m_planId)->title;
    int pages = 0;
    // The table holds everything read for it: the pages are laid out and written beside the window.
    BackgroundWork::run(this, tr("Writing %1…").arg(title), [&](const WorkProgress &progress, const std::atomic<bool> &) {
        pages = WorkshopDocuments::writePdf(path, title, true, [&](QPagedPaintDevice *device) {
            return PlanDocument::print(*document, device, options, progress);
        });
    });
    if (pages == PrintStyle::kCancelled)
        return false;
    if (pages <= 0) {
        report(tr("The PDF could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    Q_EMIT message(tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
    return true;
}

bool PlansPage::exportTo(const QString &path)
{
    const qint64 planId = m_planId;
    return planId != 0
        && SpreadsheetExport::writeTo(this, m_db, path, tr("Export the plan"),
                                      [planId](const QSqlDatabase &db, QString *error) { return DataExport::plan(db, planId, error); });
}

void PlansPage::print(bool review)
{
    const auto plan = PlanStore(m_db).findPlan(m_planId);
    const auto printed = printable(review);
    if (!plan || !printed)
        return;
    const PrintTable document = *printed;
    const PlanDocument::Options options{m_thaiDigits->isChecked()};
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    printer.setDocName(plan->title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(plan->title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) { PlanDocument::print(document, p, options); });
    dialog.exec();
}

} // namespace khana
