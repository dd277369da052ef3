#include "GroupConflictDialog.h"

#include "domain/DisplayConventions.h"

namespace khana {

ConflictDialog::Fields GroupConflictDialog::fieldsOf(const BreakoutGroup &group)
{
    return {
        {tr("Number"), DisplayConventions::current().locale().toString(group.number)},
        {tr("Topic"), group.topic},
        {tr("Facilitator"), group.facilitator},
    };
}

ConflictDialog::Fields GroupConflictDialog::fieldsOf(const Outcome &outcome)
{
    return {
        {tr("Kind"), OutcomeCodes::kindLabel(outcome.kind)},
        {tr("What the group concluded"), outcome.text},
    };
}

namespace {

ConflictDialog::Texts groupTexts()
{
    return {GroupConflictDialog::tr("Someone else changed this group"),
            GroupConflictDialog::tr("%1 was removed by someone else while you edited, with its outcomes. Nothing was saved. Copy "
                                    "your details to add the group again if it should stay.")};
}

ConflictDialog::Texts outcomeTexts()
{
    return {GroupConflictDialog::tr("Someone else changed this outcome"),
            GroupConflictDialog::tr("The outcome “%1” was removed by someone else while you edited. Nothing was saved. Copy your "
                                    "text to add it again if it should stay.")};
}

QString groupName(const BreakoutGroup &g)
{
    const QString number = GroupConflictDialog::tr("Group %1").arg(g.number);
    return g.topic.isEmpty() ? number : QStringLiteral("%1 — %2").arg(number, g.topic);
}

QString outcomeName(const Outcome &o)
{
    constexpr int kShown = 60;
    return o.text.size() > kShown ? o.text.left(kShown) + QStringLiteral("…") : o.text;
}

} // namespace

GroupConflictDialog::GroupConflictDialog(const BreakoutGroup &mine, const std::optional<BreakoutGroup> &theirs, QWidget *parent)
    : ConflictDialog(groupTexts(), groupName(mine), fieldsOf(mine), theirs ? std::optional<Fields>(fieldsOf(*theirs)) : std::nullopt, parent)
{
    setObjectName(QStringLiteral("groupConflict"));
}

GroupConflictDialog::GroupConflictDialog(const Outcome &mine, const std::optional<Outcome> &theirs, QWidget *parent)
    : ConflictDialog(outcomeTexts(), outcomeName(mine), fieldsOf(mine), theirs ? std::optional<Fields>(fieldsOf(*theirs)) : std::nullopt,
                     parent)
{
    setObjectName(QStringLiteral("outcomeConflict"));
}

} // namespace khana
