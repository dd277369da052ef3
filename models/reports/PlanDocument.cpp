#include "PlanDocument.h"

#include "PrintStyle.h"
#include "domain/DisplayConventions.h"
#include "domain/Money.h"
#include "domain/ThaiText.h"
#include "itemmodels/PlanFilterModel.h"

#include <QCoreApplication>
#include <QColor>

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
    // Text for a table cell (no markup): digits as chosen.
    QString plain(const QString &s) const { return m_options.thaiDigits ? ThaiText::toThaiDigits(s) : s; }
    QString shortDate(const QDate &d) const { return plain(m_conventions.dates().shortDate(d)); }
    QString money(qint64 satang) const { return plain(Money::format(satang, m_conventions.locale())); }
    QString number(qint64 n) const { return plain(m_conventions.locale().toString(n)); }

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

// What each item's budget comes to: its own when it has one (a project's approved envelope,
// with its activities as the breakdown), else what the items below it come to.
QHash<qint64, qint64> budgetTotals(const QList<PlanItem> &items)
{
    QHash<qint64, QList<qint64>> children;
    QHash<qint64, const PlanItem *> byId;
    for (const PlanItem &i : items) {
        children[i.parentId].append(i.id);
        byId.insert(i.id, &i);
    }
    QHash<qint64, qint64> totals;
    // Items come parents first: adding up from the end sees every child before its parent.
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        qint64 total = 0;
        if (it->budget) {
            total = *it->budget;
        } else {
            for (qint64 child : children.value(it->id))
                total += totals.value(child);
        }
        totals.insert(it->id, total);
    }
    return totals;
}

} // namespace

PrintTable plan(const Plan &p, const QList<PlanItem> &items, const Options &options)
{
    const Writer w(options);
    const QHash<qint64, QString> numbers = outlineNumbers(items);
    const QLocale &locale = DisplayConventions::current().locale();
    PrintTable table;
    table.headingHtml = w.heading(p, QCoreApplication::translate("PlanDocument", "Action plan"));
    table.columns = {{QCoreApplication::translate("PlanDocument", "No."), 7},
                     {QCoreApplication::translate("PlanDocument", "Issue / objective / project / activity"), 33},
                     {QCoreApplication::translate("PlanDocument", "Responsible unit"), 13},
                     {QCoreApplication::translate("PlanDocument", "Period"), 14},
                     {QCoreApplication::translate("PlanDocument", "Budget (baht)"), 12, Qt::AlignRight},
                     {QCoreApplication::translate("PlanDocument", "Indicator and target"), 13},
                     {QCoreApplication::translate("PlanDocument", "Status"), 8}};
    for (PrintTable::Column &c : table.columns)
        c.header = w.plain(c.header);
    const QHash<qint64, qint64> totals = budgetTotals(items);
    qint64 overall = 0;
    for (const PlanItem &i : items) {
        if (i.parentId == 0)
            overall += totals.value(i.id);
        const bool activity = i.level == PlanLevel::Activity;
        // Issues and projects are named as such; objectives and activities speak for themselves.
        QString title = i.title;
        if (i.level == PlanLevel::Issue || i.level == PlanLevel::Project)
            title = PlanCodes::levelLabel(i.level) + QLatin1Char(' ') + title;
        if (i.level == PlanLevel::Project) {
            if (!i.partners.isEmpty())
                title += QLatin1Char('\n') + QCoreApplication::translate("PlanDocument", "Partners: %1").arg(i.partners);
            if (i.beneficiaryTarget)
                title += QLatin1Char('\n') + QCoreApplication::translate("PlanDocument", "Beneficiaries: %1 %2")
                                                 .arg(locale.toString(*i.beneficiaryTarget), i.beneficiaryUnit);
        }
        QString period;
        if (i.startsOn.isValid() || i.endsOn.isValid())
            period = w.shortDate(i.startsOn) + QStringLiteral(" –\n") + w.shortDate(i.endsOn);
        QString budget;
        if (i.budget) {
            budget = w.money(*i.budget);
            if (!i.fundingSource.isEmpty())
                budget += QStringLiteral("\n(%1)").arg(i.fundingSource);
        } else if (totals.value(i.id) > 0) {
            budget = QCoreApplication::translate("PlanDocument", "Total %1").arg(w.money(totals.value(i.id)));
        }
        QString indicator = i.indicator;
        if (i.targetValue)
            indicator += (indicator.isEmpty() ? QString() : QStringLiteral("\n")) + w.number(*i.targetValue) + QLatin1Char(' ') + i.targetUnit;
        const bool heading = i.level == PlanLevel::Issue;
        PrintTable::Row row;
        row.cells = {{w.plain(numbers.value(i.id)), heading}, {w.plain(title), heading}, {w.plain(i.responsibleUnit)}, {period},
                     {w.plain(budget)}, {w.plain(indicator)}, {activity ? w.plain(PlanCodes::activityStatusLabel(i.status)) : QString()}};
        if (heading)
            row.background = QColor(0xe8, 0xe8, 0xe8);
        table.rows.append(row);
    }
    // Official Thai documents write a total in figures and in words.
    table.afterHtml = QStringLiteral("<p><b>%1</b></p>")
                          .arg(w.text(QCoreApplication::translate("PlanDocument", "Total budget: %1 baht (%2)")
                                          .arg(w.money(overall), Money::inThaiWords(overall))));
    return table;
}

PrintTable review(const Plan &p, const QList<PlanItem> &items, const Review &review, const ReviewSummary &summary, const Options &options)
{
    const Writer w(options);
    const QHash<qint64, QString> numbers = outlineNumbers(items);
    QHash<qint64, PlanItem> byId;
    for (const PlanItem &i : items)
        byId.insert(i.id, i);
    PrintTable table;
    table.headingHtml = w.heading(p, QCoreApplication::translate("PlanDocument", "Quarterly review: %1").arg(review.quarter.label()));
    table.columns = {{QCoreApplication::translate("PlanDocument", "No."), 6},
                     {QCoreApplication::translate("PlanDocument", "Activity"), 22},
                     {QCoreApplication::translate("PlanDocument", "Responsible unit"), 13},
                     {QCoreApplication::translate("PlanDocument", "Status"), 9},
                     {QCoreApplication::translate("PlanDocument", "Actual / target"), 11},
                     {QCoreApplication::translate("PlanDocument", "Cause of delay"), 13},
                     {QCoreApplication::translate("PlanDocument", "Remedy"), 13},
                     {QCoreApplication::translate("PlanDocument", "Next quarter"), 13}};
    for (PrintTable::Column &c : table.columns)
        c.header = w.plain(c.header);
    for (const ReviewEntry &e : review.entries) {
        const PlanItem i = byId.value(e.itemId);
        QString progress;
        if (e.actualValue || i.targetValue)
            progress = (e.actualValue ? w.number(*e.actualValue) : QStringLiteral("–")) + QStringLiteral(" / ")
                + (i.targetValue ? w.number(*i.targetValue) : QStringLiteral("–")) + QLatin1Char(' ') + i.targetUnit;
        QString title = i.title;
        if (e.carriedForward)
            title += QLatin1Char('\n') + QCoreApplication::translate("PlanDocument", "(carried forward)");
        PrintTable::Row row;
        row.cells = {{w.plain(numbers.value(i.id))}, {w.plain(title)}, {w.plain(i.responsibleUnit)},
                     {w.plain(PlanCodes::activityStatusLabel(e.status))}, {w.plain(progress)}, {w.plain(e.delayCause)},
                     {w.plain(e.remedy)}, {w.plain(e.nextDirection)}};
        if (e.status == ActivityStatus::Delayed)
            row.background = QColor(0xfd, 0xec, 0xea);
        table.rows.append(row);
    }
    QString after = QStringLiteral("<h3>%1</h3><p>%2<br>%3</p>")
                        .arg(w.text(QCoreApplication::translate("PlanDocument", "Summary")),
                             w.text(QCoreApplication::translate("PlanDocument", "Activities reviewed: %1; done: %2; delayed: %3.")
                                        .arg(summary.activities)
                                        .arg(summary.done)
                                        .arg(summary.delayed)),
                             w.text(QCoreApplication::translate("PlanDocument", "Targets met: %1 of %2.").arg(summary.targetMet).arg(summary.withTarget)));
    auto list = [&](const QString &heading, const QList<std::pair<QString, int>> &counts) {
        if (counts.isEmpty())
            return;
        after += QStringLiteral("<p><b>%1</b></p><ul>").arg(w.text(heading));
        for (const auto &[name, n] : counts)
            after += QStringLiteral("<li>%1: %2</li>").arg(w.text(name), w.number(n));
        after += QStringLiteral("</ul>");
    };
    list(QCoreApplication::translate("PlanDocument", "Delays by cause"), summary.delaysByCause);
    list(QCoreApplication::translate("PlanDocument", "Delays by unit"), summary.delaysByUnit);
    table.afterHtml = after;
    return table;
}

int print(const PrintTable &document, QPagedPaintDevice *device, const Options &options, const WorkProgress &progress)
{
    return TablePrinter::print(document, device, 13, options.thaiDigits, progress);
}

} // namespace khana::PlanDocument
