#pragma once

#include "reports/TablePrinter.h"
#include "shell/Page.h"

#include <optional>

#include <QSqlDatabase>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QSplitter;
class QTabWidget;
class QTreeView;
class QUndoStack;

namespace khana {

struct Plan;
class PlanDocumentForm;
class PlanEditor;
class PlanFilterModel;
class PlanItemDelegate;
class PlanItemForm;
class PlanTreeModel;
class ReviewPanel;
class TimelineView;

// The Action plans page: the plans, the chosen plan's document fields, its framework tree with
// a detail panel, filters and drag and drop (every edit undoable), its quarterly reviews, and
// printing as an official document.
class PlansPage : public Page
{
    Q_OBJECT

public:
    explicit PlansPage(const QSqlDatabase &db, QWidget *parent = nullptr);

    QUndoStack *undoStack() const override { return m_undo; }
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    void activated() override;
    void colleaguesChanged(const QSet<QString> &tables) override;
    // Reads the open plan again after a colleague's change, keeping the place in the tree.
    void showColleaguesChanges();

    void openPlan(qint64 planId);
    qint64 currentPlanId() const { return m_planId; }
    PlanTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    PlanItemForm *itemForm() const { return m_form; }
    ReviewPanel *reviewPanel() const { return m_review; }

    void newPlan();
    bool savePlanDocument();
    // A saved (or colleague's) version of the document everywhere the page shows it.
    void showPlanDocument(const Plan &plan);
    void newVersion();
    // Adds an item of the right level under the selected one (an issue at the top).
    void addItem(bool asChild);
    void deleteSelected();
    void createFromOutcome();
    void print(bool review);
    // Writes the plan (or this quarter's review) to a PDF on a thread of its own, with
    // progress and Cancel; false when it was not written (said in the window, unless cancelled).
    bool savePdf(bool review, const QString &path);
    // Writes the plan's framework as indented rows with every column to a workbook or CSV.
    bool exportTo(const QString &path);

Q_SIGNALS:
    void message(const QString &text);

private:
    qint64 selectedItemId() const;
    void reloadList();
    void refreshFilters();
    void applyFilters();
    void showSelection();
    void report(const QString &problem);
    // The plan or this quarter's review as a printable table; none (and said why) when there
    // is nothing to print.
    std::optional<PrintTable> printable(bool review);
    void fitTreeColumns();

    QSqlDatabase m_db;
    QUndoStack *m_undo;
    qint64 m_planId = 0;
    PlanEditor *m_editor = nullptr;
    PlanTreeModel *m_model = nullptr;
    PlanFilterModel *m_filter;
    PlanItemDelegate *m_delegate;
    QListWidget *m_plans;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    PlanDocumentForm *m_document;
    QTreeView *m_tree;
    PlanItemForm *m_form;
    ReviewPanel *m_review;
    TimelineView *m_timeline;
    QComboBox *m_unitFilter;
    QComboBox *m_statusFilter;
    QComboBox *m_quarterFilter;
    QCheckBox *m_thaiDigits;
    QLabel *m_heading;
    QWidget *m_colleagueBar;     // "someone else changed this plan", while the user has work here
    bool m_documentEdited = false; // the plan document form, since it was loaded
};

} // namespace khana
