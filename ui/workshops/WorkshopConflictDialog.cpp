#include "WorkshopConflictDialog.h"

#include "domain/DisplayConventions.h"
#include "domain/Money.h"

namespace khana {

ConflictDialog::Fields WorkshopConflictDialog::fieldsOf(const Workshop &w)
{
    const DisplayConventions &c = DisplayConventions::current();
    const auto date = [&c](const QDate &d) { return d.isValid() ? c.dates().longDate(d) : QString(); };
    const auto time = [&c](const QTime &t) { return t.isValid() ? c.locale().toString(t, QStringLiteral("HH:mm")) : QString(); };
    QStringList days;
    for (const WorkshopDay &d : w.days)
        days.append(QStringLiteral("%1 %2–%3").arg(date(d.day), time(d.starts), time(d.ends)));
    QStringList budget;
    for (const BudgetLine &b : w.budget)
        budget.append(tr("%1: %2 × %3 baht (%4)").arg(b.item, c.locale().toString(b.quantity), Money::format(b.unitCost, c.locale()), b.fundingSource));
    QStringList agenda;
    for (const AgendaItem &a : w.agenda)
        agenda.append(QStringLiteral("%1 %2 %3 %4").arg(date(a.day), time(a.starts), a.title, a.speaker).simplified());
    QStringList categories;
    for (const ParticipantCategory &p : w.categories)
        categories.append(tr("%1: %2 (%3)").arg(p.name, c.locale().toString(p.quota), WorkshopCodes::quotaKindLabel(p.quotaKind)));
    const QString lines = QStringLiteral("\n");
    return {
        {tr("Title"), w.title},
        {tr("Kind"), WorkshopCodes::kindLabel(w.kind)},
        {tr("Status"), WorkshopCodes::statusLabel(w.status)},
        {tr("Venue"), w.venueName},
        {tr("Address"), w.venueAddress},
        {tr("Map link"), w.venueMapUrl},
        {tr("Organiser"), w.organiser},
        {tr("Objectives"), w.objectives},
        {tr("Description"), w.description},
        {tr("Approved by"), w.approvedBy},
        {tr("Approved on"), date(w.approvedOn)},
        {tr("Days"), days.join(lines)},
        {tr("Budget"), budget.join(lines)},
        {tr("Agenda"), agenda.join(lines)},
        {tr("Participants"), categories.join(lines)},
    };
}

namespace {

ConflictDialog::Texts workshopTexts()
{
    return {WorkshopConflictDialog::tr("Someone else changed this workshop"),
            WorkshopConflictDialog::tr("%1 was deleted by someone else while you edited (or is no longer yours to see). Nothing was "
                                       "saved. Copy your details to enter the workshop again if it should stay.")};
}

} // namespace

WorkshopConflictDialog::WorkshopConflictDialog(const Workshop &mine, const std::optional<Workshop> &theirs, QWidget *parent)
    : ConflictDialog(workshopTexts(), mine.title, fieldsOf(mine), theirs ? std::optional<Fields>(fieldsOf(*theirs)) : std::nullopt, parent)
{
    setObjectName(QStringLiteral("workshopConflict"));
}

} // namespace khana
