#include "PlanItemConflictDialog.h"

#include "domain/DisplayConventions.h"
#include "domain/Money.h"
#include "stores/PersonStore.h"

namespace khana {

ConflictDialog::Fields PlanItemConflictDialog::fieldsOf(const QSqlDatabase &db, const PlanItem &item)
{
    const DisplayConventions &c = DisplayConventions::current();
    const auto date = [&c](const QDate &d) { return d.isValid() ? c.dates().longDate(d) : QString(); };
    const auto number = [&c](const std::optional<qint64> &n) { return n ? c.locale().toString(*n) : QString(); };
    QString lead;
    if (item.leadPersonId)
        if (const auto person = PersonStore(db).find(item.leadPersonId))
            lead = person->nameTh;
    return {
        {tr("Title"), item.title},
        {tr("Description"), item.description},
        {tr("Partners"), item.partners},
        {tr("MOU"), item.mou},
        {tr("Beneficiaries"), QStringLiteral("%1 %2").arg(number(item.beneficiaryTarget), item.beneficiaryUnit).trimmed()},
        {tr("Responsible unit"), item.responsibleUnit},
        {tr("Lead person"), lead},
        {tr("Starts"), date(item.startsOn)},
        {tr("Ends"), date(item.endsOn)},
        {tr("Budget (baht)"), item.budget ? Money::format(*item.budget, c.locale()) : QString()},
        {tr("Funding source"), item.fundingSource},
        {tr("Indicator"), item.indicator},
        {tr("Target"), QStringLiteral("%1 %2").arg(number(item.targetValue), item.targetUnit).trimmed()},
        {tr("Status"), item.level == PlanLevel::Activity ? PlanCodes::activityStatusLabel(item.status) : QString()},
        {tr("Progress"), item.level == PlanLevel::Activity ? QStringLiteral("%1%").arg(item.progress) : QString()},
    };
}

namespace {

ConflictDialog::Texts planItemTexts()
{
    return {PlanItemConflictDialog::tr("Someone else changed this item"),
            PlanItemConflictDialog::tr("%1 was removed from the plan by someone else while you edited. Nothing was saved. Copy your "
                                       "details to add the item again if it should stay.")};
}

} // namespace

PlanItemConflictDialog::PlanItemConflictDialog(const QSqlDatabase &db, const PlanItem &mine, const std::optional<PlanItem> &theirs,
                                               QWidget *parent)
    : ConflictDialog(planItemTexts(), mine.title, fieldsOf(db, mine), theirs ? std::optional<Fields>(fieldsOf(db, *theirs)) : std::nullopt,
                     parent)
{
    setObjectName(QStringLiteral("planItemConflict"));
}

} // namespace khana
