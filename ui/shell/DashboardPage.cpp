#include "DashboardPage.h"

#include "charts/ChartView.h"
#include "domain/DisplayConventions.h"
#include "domain/ReportingPeriod.h"
#include "growth/GrowthCharts.h"
#include "growth/GrowthFigures.h"
#include "growth/ScopeComboBox.h"
#include "stores/AreaStore.h"
#include "stores/GrowthOverview.h"
#include "stores/PersonStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace khana {

DashboardPage::DashboardPage(const QSqlDatabase &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_scope(new ScopeComboBox(db, this))
    , m_period(new QComboBox(this))
    , m_figures(new QLabel(this))
    , m_growth(new QLabel(this))
    , m_membersChart(new ChartView(this))
    , m_newMembersChart(new ChartView(this))
{
    m_scope->setObjectName(QStringLiteral("dashboardScope"));
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    // Labels name the year, so they are made for today when the page is shown.
    for (ReportingPeriod::Kind kind : ReportingPeriod::kinds())
        m_period->addItem(QString(), ReportingPeriod::code(kind));
    m_figures->setObjectName(QStringLiteral("dashboardFigures"));
    m_growth->setObjectName(QStringLiteral("dashboardGrowth"));
    m_membersChart->setObjectName(QStringLiteral("dashboardMembersChart"));
    m_newMembersChart->setObjectName(QStringLiteral("dashboardNewMembersChart"));
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_growth->setWordWrap(true);
    m_growth->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);

    auto *title = new QHBoxLayout;
    title->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Dashboard").toHtmlEscaped()), this));
    title->addStretch();
    auto *scopeLabel = new QLabel(tr("&Place:"), this);
    scopeLabel->setBuddy(m_scope);
    title->addWidget(scopeLabel);
    title->addWidget(m_scope);
    auto *periodLabel = new QLabel(tr("P&eriod:"), this);
    periodLabel->setBuddy(m_period);
    title->addWidget(periodLabel);
    title->addWidget(m_period);

    auto *figures = new QHBoxLayout;
    figures->addWidget(m_figures);
    figures->addWidget(m_growth, 1);

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_membersChart);
    charts->addWidget(m_newMembersChart);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(title);
    layout->addLayout(figures);
    layout->addLayout(charts, 1);
    // Figures are read when the page is shown, not while the window is being built.
}

void DashboardPage::activated()
{
    refresh();
}

void DashboardPage::colleaguesChanged(const QSet<QString> &tables)
{
    // Every table counts somewhere here; a hidden page reads afresh when it is shown.
    Q_UNUSED(tables)
    if (isVisible())
        refresh();
}

void DashboardPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("dashboard/scope"), m_scope->currentData());
    settings.setValue(QStringLiteral("dashboard/period"), m_period->currentData());
}

void DashboardPage::restoreState(const QSettings &settings)
{
    m_scope->restoreCode(settings.value(QStringLiteral("dashboard/scope")).toString());
    const int period = m_period->findData(settings.value(QStringLiteral("dashboard/period")).toString());
    if (period >= 0)
        m_period->setCurrentIndex(period);
}

void DashboardPage::refresh()
{
    const QLocale &locale = DisplayConventions::current().locale();
    AreaStore areas(m_db);
    const qint64 people = PersonStore(m_db).count();
    const int districts = areas.districtCount();
    QString html = QStringLiteral("<table cellspacing='8'>");
    auto row = [&](const QString &label, qint64 value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>").arg(label.toHtmlEscaped(), locale.toString(value));
    };
    row(tr("People"), people);
    row(tr("Provinces"), areas.provinces().size());
    row(tr("Districts in the database"), districts);
    html += QStringLiteral("</table>");
    if (districts == 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("No districts yet: import the district list in Settings.").toHtmlEscaped());
    m_figures->setText(html);

    const Scope scope = m_scope->scope();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    for (int i = 0; i < m_period->count(); ++i)
        m_period->setItemText(i, ReportingPeriod::of(ReportingPeriod::fromCode(m_period->itemData(i).toString()), today).label());
    const ReportingPeriod period = ReportingPeriod::of(ReportingPeriod::fromCode(m_period->currentData().toString()), today);
    const GrowthOverview overview = GrowthOverview::build(m_db, scope, period.first, period.last, today);
    m_growth->setText(GrowthFigures::html(overview));
    m_membersChart->setSpec(GrowthCharts::members(overview));
    m_newMembersChart->setSpec(GrowthCharts::newMembers(overview.newMembers, period.first, period.last));
}

} // namespace khana
