#include "DashboardPage.h"

#include "domain/DisplayConventions.h"
#include "stores/AreaStore.h"
#include "stores/PersonStore.h"

#include <QLabel>
#include <QVBoxLayout>

namespace khana {

DashboardPage::DashboardPage(const QSqlDatabase &db, QWidget *parent)
    : Page(parent)
    , m_db(db)
    , m_figures(new QLabel(this))
{
    m_figures->setObjectName(QStringLiteral("dashboardFigures"));
    m_figures->setWordWrap(true);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *note = new QLabel(tr("Member growth charts and targets are not available yet in this version."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: gray;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Dashboard").toHtmlEscaped()), this));
    layout->addWidget(m_figures);
    layout->addWidget(note);
    layout->addStretch(1);
    refresh();
}

void DashboardPage::activated()
{
    refresh();
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
}

} // namespace khana
