#include "PlanDocumentConflictDialog.h"

#include "domain/DisplayConventions.h"

namespace khana {

ConflictDialog::Fields PlanDocumentConflictDialog::fieldsOf(const Plan &plan)
{
    const DisplayConventions &c = DisplayConventions::current();
    const auto date = [&c](const QDate &d) { return d.isValid() ? c.dates().longDate(d) : QString(); };
    QStringList references;
    for (const PlanReference &r : plan.references)
        references.append(QStringLiteral("%1 %2 %3 %4").arg(PlanCodes::referenceKindLabel(r.kind), r.number, date(r.dated), r.title).simplified());
    return {
        {tr("Title"), plan.title},
        {tr("Number"), plan.number},
        {tr("Dated"), date(plan.issuedOn)},
        {tr("Issued by"), plan.issuer},
        {tr("Period"), QStringLiteral("%1 – %2").arg(date(plan.periodStart), date(plan.periodEnd))},
        {tr("Year counted in"), PlanCodes::yearLabel(plan.year)},
        {tr("Vision"), plan.vision},
        {tr("Status"), PlanCodes::statusLabel(plan.status)},
        {tr("Implements"), references.join(QLatin1Char('\n'))},
    };
}

namespace {

ConflictDialog::Texts planTexts()
{
    return {PlanDocumentConflictDialog::tr("Someone else changed this plan"),
            PlanDocumentConflictDialog::tr("%1 was deleted by someone else while you edited. Nothing was saved. Copy your details "
                                           "to write the plan again if it should stay.")};
}

} // namespace

PlanDocumentConflictDialog::PlanDocumentConflictDialog(const Plan &mine, const std::optional<Plan> &theirs, QWidget *parent)
    : ConflictDialog(planTexts(), mine.title, fieldsOf(mine), theirs ? std::optional<Fields>(fieldsOf(*theirs)) : std::nullopt, parent)
{
    setObjectName(QStringLiteral("planDocumentConflict"));
}

} // namespace khana
