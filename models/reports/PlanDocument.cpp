#include "PlanDocument.h"

#include "PrintStyle.h"
#include "domain/DisplayConventions.h"
#include "domain/Money.h"
#include "domain/ThaiText.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace khana::PlanDocument {

namespace {


class Writer
{
public:
    explicit Writer(const Options &options)
        : m_options(options)
        , m_conventions(DisplayConventions::current())
    {
    }
    // Text for the page: escaped, digits as chosen.
    QString text(const QString &s) const
    {
        const QString escaped = s.toHtmlEscaped();
        return m_options.thaiDigits ? ThaiText::toThaiDigits(escaped) : escaped;
    }
    QString date(const QDate &d) const { return text(m_conventions.dates().longDate(d)); }
    QString shortDate(const QDate &d) const { return text(m_conventions.dates().shortDate(d)); }
    QString money(qint64 satang) const { return text(Money::format(satang, m_conventions.locale())); }
    QString number(qint64 n) const { return text(m_conventions.locale().toString(n)); }

    QString heading(const Plan &p, const QString &documentTitle) const
    {
        QString html = QStringLiteral("<p align='center' style='font-size: 18pt'><b>%1</b></p>").arg(text(documentTitle));
        QString identity = p.title;
        if (!p.number.isEmpty())
            identity = QCoreApplication::translate("PlanDocument", "%1 No. %2").arg(identity, p.number);
        if (p.issuedOn.isValid())
            identity = QCoreApplication::translate("PlanDocument", "%1 dated %2").arg(identity, m_conventions.dates().longDate(p.issuedOn));
        html += QStringLiteral("<p align='center'><b>%1</b>").arg(text(identity));
        for (const PlanReference &r : p.references)
            html += QStringLiteral("<br>%1").arg(text(QCoreApplication::translate("PlanDocument", "implementing %1").arg(describeReference(r))));
        if (!p.issuer.isEmpty())
            html += QStringLiteral("<br>%1").arg(text(p.issuer));
        if (p.periodStart.isValid() && p.periodEnd.isValid())
            html += QStringLiteral("<br>%1").arg(text(QCoreApplication::translate("PlanDocument", "Period: %1 to %2")
                                                          .arg(m_conventions.dates().longDate(p.periodStart), m_conventions.dates().longDate(p.periodEnd))));
        html += QStringLiteral("</p>");
        if (!p.vision.isEmpty())
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(text(QCoreApplication::translate("PlanDocument", "Vision:")), text(p.vision));
        return html;
    }

private:
    Options m_options;
    const DisplayConventions &m_conventions;
};

const QString kTable = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%' style='border-collapse: collapse;'>");

} // namespace

QString planHtml(const Plan &p, const QList<PlanItem> &items, const Options &options)
{
    const Writer w(options);
    const QHash<qint64, QString> numbers = outlineNumbers(items);
    QString html = w.heading(p, QCoreApplication::translate("PlanDocument", "Action plan"));
    html += kTable;
    html += QStringLiteral("<thead><tr><th width='7%'>%1</th><th width='33%'>%2</th><th width='13%'>%3</th><th width='14%'>%4</th>"
                           "<th width='12%'>%5</th><th width='13%'>%6</th><th width='8%'>%7</th></tr></thead>")
                .arg(w.text(QCoreApplication::translate("PlanDocument", "No.")),
                     w.text(QCoreApplication::translate("PlanDocument", "Issue / objective / project / activity")),
                     w.text(QCoreApplication::translate("PlanDocument", "Responsible unit")),
                     w.text(QCoreApplication::translate("PlanDocument", "Period")),
                     w.text(QCoreApplication::translate("PlanDocument", "Budget (baht)")),
                     w.text(QCoreApplication::translate("PlanDocument", "Indicator and target")),
                     w.text(QCoreApplication::translate("PlanDocument", "Status")));
    for (const PlanItem &i : items) {
        const bool activity = i.level == PlanLevel::Activity;
        // Issues and projects are named as such; objectives and activities speak for themselves.
        QString title = w.text(i.title);
        if (i.level == PlanLevel::Issue || i.level == PlanLevel::Project)
            title = QStringLiteral("<b>%1</b> %2").arg(w.text(PlanCodes::levelLabel(i.level)), title);
        if (i.level == PlanLevel::Project) {
            if (!i.partners.isEmpty())
                title += QStringLiteral("<br>%1").arg(w.text(QCoreApplication::translate("PlanDocument", "Partners: %1").arg(i.partners)));
            if (i.beneficiaryTarget)
                title += QStringLiteral("<br>%1").arg(w.text(QCoreApplication::translate("PlanDocument", "Beneficiaries: %1 %2")
                                                                 .arg(DisplayConventions::current().locale().toString(*i.beneficiaryTarget), i.beneficiaryUnit)));
        }
        QString period;
        if (i.startsOn.isValid() || i.endsOn.isValid())
            period = w.shortDate(i.startsOn) + QStringLiteral(" –<br>") + w.shortDate(i.endsOn);
        QString budget;
        if (i.budget) {
            budget = w.money(*i.budget);
            if (!i.fundingSource.isEmpty())
                budget += QStringLiteral("<br>(%1)").arg(w.text(i.fundingSource));
        }
        QString indicator = w.text(i.indicator);
        if (i.targetValue)
            indicator += (indicator.isEmpty() ? QString() : QStringLiteral("<br>")) + w.number(*i.targetValue) + QLatin1Char(' ') + w.text(i.targetUnit);
        const QString shade = i.level == PlanLevel::Issue ? QStringLiteral(" bgcolor='#e8e8e8'") : QString();
        html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td align='right'>%6</td><td>%7</td><td>%8</td></tr>")
                    .arg(shade, w.text(numbers.value(i.id)), title, w.text(i.responsibleUnit), period, budget, indicator,
                         activity ? w.text(PlanCodes::activityStatusLabel(i.status)) : QString());
    }
    html += QStringLiteral("</table>");
    return html;
}

QString reviewHtml(const Plan &p, const QList<PlanItem> &items, const Review &review, const ReviewSummary &summary, const Options &options)
{
    const Writer w(options);
    const QHash<qint64, QString> numbers = outlineNumbers(items);
    QHash<qint64, PlanItem> byId;
    for (const PlanItem &i : items)
        byId.insert(i.id, i);
    const int beYear = DisplayConventions::current().dates().displayYear(review.quarter.year);
    QString html = w.heading(p, QCoreApplication::translate("PlanDocument", "Quarterly review, quarter %1/%2").arg(review.quarter.number).arg(beYear));
    html += kTable;
    html += QStringLiteral("<thead><tr><th width='6%'>%1</th><th width='22%'>%2</th><th width='13%'>%3</th><th width='9%'>%4</th>"
                           "<th width='11%'>%5</th><th width='13%'>%6</th><th width='13%'>%7</th><th width='13%'>%8</th></tr></thead>")
                .arg(w.text(QCoreApplication::translate("PlanDocument", "No.")), w.text(QCoreApplication::translate("PlanDocument", "Activity")),
                     w.text(QCoreApplication::translate("PlanDocument", "Responsible unit")), w.text(QCoreApplication::translate("PlanDocument", "Status")),
                     w.text(QCoreApplication::translate("PlanDocument", "Actual / target")),
                     w.text(QCoreApplication::translate("PlanDocument", "Cause of delay")), w.text(QCoreApplication::translate("PlanDocument", "Remedy")),
                     w.text(QCoreApplication::translate("PlanDocument", "Next quarter")));
    for (const ReviewEntry &e : review.entries) {
        const PlanItem i = byId.value(e.itemId);
        QString progress;
        if (e.actualValue || i.targetValue)
            progress = (e.actualValue ? w.number(*e.actualValue) : QStringLiteral("–")) + QStringLiteral(" / ")
                + (i.targetValue ? w.number(*i.targetValue) : QStringLiteral("–")) + QLatin1Char(' ') + w.text(i.targetUnit);
        QString title = w.text(i.title);
        if (e.carriedForward)
            title += QStringLiteral("<br><i>%1</i>").arg(w.text(QCoreApplication::translate("PlanDocument", "(carried forward)")));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>")
                    .arg(w.text(numbers.value(i.id)), title, w.text(i.responsibleUnit), w.text(PlanCodes::activityStatusLabel(e.status)), progress,
                         w.text(e.delayCause), w.text(e.remedy), w.text(e.nextDirection));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>")
                .arg(w.text(QCoreApplication::translate("PlanDocument", "Summary")),
                     w.text(QCoreApplication::translate("PlanDocument", "Activities reviewed: %1; done: %2; delayed: %3.")
                                .arg(summary.activities)
                                .arg(summary.done)
                                .arg(summary.delayed)),
                     w.text(QCoreApplication::translate("PlanDocument", "Targets met: %1 of %2.").arg(summary.targetMet).arg(summary.withTarget)));
    auto list = [&](const QString &heading, const QList<std::pair<QString, int>> &counts) {
        if (counts.isEmpty())
            return;
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(w.text(heading));
        for (const auto &[name, n] : counts)
            html += QStringLiteral("<li>%1: %2</li>").arg(w.text(name), w.number(n));
        html += QStringLiteral("</ul>");
    };
    list(QCoreApplication::translate("PlanDocument", "Delays by cause"), summary.delaysByCause);
    list(QCoreApplication::translate("PlanDocument", "Delays by unit"), summary.delaysByUnit);
    return html;
}

int print(const QString &html, QPagedPaintDevice *device, const Options &options)
{
    QTextDocument document;
    document.setDefaultFont(PrintStyle::documentFont(14));
    document.setDocumentMargin(0);
    document.setHtml(html);
    return PrintStyle::printPaged(document, device, {}, options.thaiDigits);
}

} // namespace khana::PlanDocument
