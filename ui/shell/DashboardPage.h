#pragma once

#include "Page.h"

#include <QDate>
#include <QSqlDatabase>

class QComboBox;
class QLabel;

namespace khana {

class ChartView;
class ScopeComboBox;

// Key figures from the open database, and member growth for the chosen place and period: the
// latest number, targets with their pace, and the charts of the last twelve months, the
// calendar year or the Thai fiscal year.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(const QSqlDatabase &db, QWidget *parent = nullptr);
    void activated() override;
    void colleaguesChanged(const QSet<QString> &tables) override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    // The day the figures and charts count up to: today unless set (tests and benchmarks).
    void setToday(const QDate &today) { m_today = today; }

private:
    void refresh();

    QSqlDatabase m_db;
    QDate m_today;
    ScopeComboBox *m_scope;
    QComboBox *m_period;
    QLabel *m_figures;
    QLabel *m_growth;
    ChartView *m_membersChart;
    ChartView *m_newMembersChart;
};

} // namespace khana
