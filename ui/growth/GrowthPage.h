#pragma once

#include "shell/Page.h"

#include "domain/Growth.h"
#include "stores/GrowthOverview.h"

#include <QHash>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QTabWidget;
class QStandardItemModel;
class QTableView;
class QUndoStack;
class QStringListModel;

namespace khana {

class ElectionsPanel;

class ChartView;
class ScopeComboBox;
class DateEdit;

// Members & growth: members over time for the whole country or a province, against targets,
// from the roster and from recorded counts; new members per month; representative coverage.
class GrowthPage : public Page
{
    Q_OBJECT

public:
    explicit GrowthPage(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~GrowthPage() override;
    void activated() override;
    void colleaguesChanged(const QSet<QString> &tables) override;
    QUndoStack *undoStack() const override { return m_undo; }
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    ChartView *currentChart() const;
    // Writes the Numbers tab as .xlsx, or as .csv when the name ends so.
    bool exportNumbersTo(const QString &path);
    // Opens the import dialog on a CSV file of counts; the number imported.
    int importCountsFrom(const QString &path);
    // Removes the recorded count or target selected in the tab shown (undoable); Delete.
    void removeSelected();
    // Opens the target in a dialog to change it (undoable); Enter or double-click on the list.
    void editTarget(const QModelIndex &index);

private:
    Scope scope() const;
    QString scopeName() const;
    void refresh();
    void recordCount();
    void setTarget();
    void exportChart();
    void exportNumbers();
    void fillTargets(const QList<TargetStanding> &targets);

    QSqlDatabase m_db;
    ScopeComboBox *m_scope;
    QComboBox *m_months;
    DateEdit *m_until;
    QLabel *m_figures;
    QTabWidget *m_tabs;
    ChartView *m_membersChart;
    ChartView *m_newMembersChart;
    ChartView *m_breakdownChart;
    ChartView *m_coverageChart;
    QStringListModel *m_withoutRepresentative;
    QLabel *m_withoutTitle;
    ElectionsPanel *m_elections;
    QHash<QString, QString> m_areaNames; // province and district codes → names shown
    QStandardItemModel *m_numbers;
    QStandardItemModel *m_targets;
    QTableView *m_numbersView;
    QTableView *m_targetsView;
    QUndoStack *m_undo;
};

} // namespace khana
