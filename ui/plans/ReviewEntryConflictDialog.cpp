#include "ReviewEntryConflictDialog.h"

#include "domain/DisplayConventions.h"

namespace khana {

ConflictDialog::Fields ReviewEntryConflictDialog::fieldsOf(const ReviewEntry &entry)
{
    const QLocale &locale = DisplayConventions::current().locale();
    return {
        {tr("Status"), PlanCodes::activityStatusLabel(entry.status)},
        {tr("Actual"), entry.actualValue ? locale.toString(*entry.actualValue) : QString()},
        {tr("Cause of delay"), entry.delayCause},
        {tr("Remedy"), entry.remedy},
        {tr("Next quarter"), entry.nextDirection},
    };
}

namespace {

ConflictDialog::Texts reviewTexts()
{
    return {ReviewEntryConflictDialog::tr("Someone else changed this review line"),
            ReviewEntryConflictDialog::tr("The review of %1 was removed by someone else while you edited. Nothing was saved. "
                                          "Copy your details to keep them.")};
}

} // namespace

ReviewEntryConflictDialog::ReviewEntryConflictDialog(const QString &activity, const ReviewEntry &mine,
                                                     const std::optional<ReviewEntry> &theirs, QWidget *parent)
    : ConflictDialog(reviewTexts(), activity, fieldsOf(mine), theirs ? std::optional<Fields>(fieldsOf(*theirs)) : std::nullopt, parent)
{
    setObjectName(QStringLiteral("reviewEntryConflict"));
}

} // namespace khana
