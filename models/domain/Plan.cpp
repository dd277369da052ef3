#include "Plan.h"

#include "DisplayConventions.h"
#include "ThaiText.h"

#include <QCoreApplication>

namespace khana {

namespace PlanCodes {

QString statusCode(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Draft: return QStringLiteral("draft");
    case PlanStatus::Approved: return QStringLiteral("approved");
    case PlanStatus::Superseded: return QStringLiteral("superseded");
    }
    return QStringLiteral("draft");
}

PlanStatus statusFromCode(const QString &code)
{
    for (PlanStatus s : statuses())
        if (statusCode(s) == code)
            return s;
    return PlanStatus::Draft;
}

QString statusLabel(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Draft: return QCoreApplication::translate("Plan", "Draft");
    case PlanStatus::Approved: return QCoreApplication::translate("Plan", "Approved");
    case PlanStatus::Superseded: return QCoreApplication::translate("Plan", "Superseded");
    }
    return {};
}

QList<PlanStatus> statuses()
{
    return {PlanStatus::Draft, PlanStatus::Approved, PlanStatus::Superseded};
}

QString yearCode(PlanYear y)
{
    return y == PlanYear::Fiscal ? QStringLiteral("fiscal") : QStringLiteral("calendar");
}

PlanYear yearFromCode(const QString &code)
{
    return code == QLatin1String("fiscal") ? PlanYear::Fiscal : PlanYear::Calendar;
}

QString yearLabel(PlanYear y)
{
    return y == PlanYear::Fiscal ? QCoreApplication::translate("PlanCodes", "Thai fiscal year (October to September)")
                                 : QCoreApplication::translate("PlanCodes", "Calendar year (January to December)");
}

QString levelCode(PlanLevel l)
{
    switch (l) {
    case PlanLevel::Issue: return QStringLiteral("issue");
    case PlanLevel::Objective: return QStringLiteral("objective");
    case PlanLevel::Project: return QStringLiteral("project");
    case PlanLevel::Activity: return QStringLiteral("activity");
    }
    return QStringLiteral("issue");
}

PlanLevel levelFromCode(const QString &code)
{
    for (PlanLevel l : levels())
        if (levelCode(l) == code)
            return l;
    return PlanLevel::Issue;
}

QString levelLabel(PlanLevel l)
{
    switch (l) {
    case PlanLevel::Issue: return QCoreApplication::translate("Plan", "Strategic issue");
    case PlanLevel::Objective: return QCoreApplication::translate("Plan", "Objective or work area");
    case PlanLevel::Project: return QCoreApplication::translate("Plan", "Project");
    case PlanLevel::Activity: return QCoreApplication::translate("Plan", "Activity");
    }
    return {};
}

QList<PlanLevel> levels()
{
    return {PlanLevel::Issue, PlanLevel::Objective, PlanLevel::Project, PlanLevel::Activity};
}

QString activityStatusCode(ActivityStatus s)
{
    switch (s) {
    case ActivityStatus::NotStarted: return QStringLiteral("not_started");
    case ActivityStatus::OnTrack: return QStringLiteral("on_track");
    case ActivityStatus::Delayed: return QStringLiteral("delayed");
    case ActivityStatus::Done: return QStringLiteral("done");
    case ActivityStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("not_started");
}

ActivityStatus activityStatusFromCode(const QString &code)
{
    for (ActivityStatus s : activityStatuses())
        if (activityStatusCode(s) == code)
            return s;
    return ActivityStatus::NotStarted;
}

QString activityStatusLabel(ActivityStatus s)
{
    switch (s) {
    case ActivityStatus::NotStarted: return QCoreApplication::translate("Plan", "Not started");
    case ActivityStatus::OnTrack: return QCoreApplication::translate("Plan", "On track");
    case ActivityStatus::Delayed: return QCoreApplication::translate("Plan", "Delayed");
    case ActivityStatus::Done: return QCoreApplication::translate("Plan", "Done");
    case ActivityStatus::Cancelled: return QCoreApplication::translate("Plan", "Cancelled");
    }
    return {};
}

QList<ActivityStatus> activityStatuses()
{
    return {ActivityStatus::NotStarted, ActivityStatus::OnTrack, ActivityStatus::Delayed, ActivityStatus::Done,
            ActivityStatus::Cancelled};
}

bool isFinished(ActivityStatus s)
{
    return s == ActivityStatus::Done || s == ActivityStatus::Cancelled;
}

QString referenceKindCode(ReferenceKind k)
{
    switch (k) {
    case ReferenceKind::Resolution: return QStringLiteral("resolution");
    case ReferenceKind::Decision: return QStringLiteral("decision");
    case ReferenceKind::Plan: return QStringLiteral("plan");
    case ReferenceKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

ReferenceKind referenceKindFromCode(const QString &code)
{
    for (ReferenceKind k : {ReferenceKind::Resolution, ReferenceKind::Decision, ReferenceKind::Plan, ReferenceKind::Other})
        if (referenceKindCode(k) == code)
            return k;
    return ReferenceKind::Other;
}

QString referenceKindLabel(ReferenceKind k)
{
    switch (k) {
    case ReferenceKind::Resolution: return QCoreApplication::translate("Plan", "Resolution");
    case ReferenceKind::Decision: return QCoreApplication::translate("Plan", "Decision");
    case ReferenceKind::Plan: return QCoreApplication::translate("Plan", "Plan");
    case ReferenceKind::Other: return QCoreApplication::translate("Plan", "Document");
    }
    return {};
}

bool canContain(std::optional<PlanLevel> parent, PlanLevel child)
{
    if (!parent)
        return child == PlanLevel::Issue;
    switch (*parent) {
    case PlanLevel::Issue: return child == PlanLevel::Objective;
    case PlanLevel::Objective: return child == PlanLevel::Project || child == PlanLevel::Activity;
    case PlanLevel::Project: return child == PlanLevel::Activity;
    case PlanLevel::Activity: return false;
    }
    return false;
}

} // namespace PlanCodes

QString describeReference(const PlanReference &r)
{
    const QString kind = PlanCodes::referenceKindLabel(r.kind);
    const QString date = DisplayConventions::current().dates().longDate(r.dated);
    QString text = r.number.isEmpty() ? kind : QCoreApplication::translate("Plan", "%1 No. %2").arg(kind, r.number);
    if (!date.isEmpty())
        text = QCoreApplication::translate("Plan", "%1 dated %2").arg(text, date);
    if (!r.title.isEmpty())
        text += QStringLiteral(": ") + r.title;
    return text;
}

QHash<qint64, QString> outlineNumbers(const QList<PlanItem> &items)
{
    QHash<qint64, QString> numbers;
    QHash<qint64, int> childrenSeen;
    for (const PlanItem &i : items) {
        const int n = ++childrenSeen[i.parentId];
        numbers.insert(i.id, i.parentId ? numbers.value(i.parentId) + QLatin1Char('.') + QString::number(n) : QString::number(n));
    }
    return numbers;
}

FieldErrors cleanAndValidate(Plan &p)
{
    FieldErrors errors;
    p.title = ThaiText::normalise(p.title);
    p.number = ThaiText::toArabicDigits(ThaiText::normalise(p.number));
    p.issuer = ThaiText::normalise(p.issuer);
    p.vision = p.vision.normalized(QString::NormalizationForm_C).trimmed();
    if (p.title.isEmpty())
        errors.append({PlanField::Title, QCoreApplication::translate("Plan", "Enter the plan's title.")});
    if (p.periodStart.isValid() && p.periodEnd.isValid() && p.periodEnd < p.periodStart)
        errors.append({PlanField::Period, QCoreApplication::translate("Plan", "The period ends before it starts.")});
    for (PlanReference &r : p.references) {
        r.number = ThaiText::toArabicDigits(ThaiText::normalise(r.number));
        r.title = ThaiText::normalise(r.title);
    }
    return errors;
}

FieldErrors cleanAndValidate(PlanItem &i)
{
    FieldErrors errors;
    auto fail = [&errors](const QString &field, const QString &message) { errors.append({field, message}); };
    for (QString *s : {&i.title, &i.partners, &i.mou, &i.beneficiaryUnit, &i.responsibleUnit, &i.fundingSource, &i.indicator,
                       &i.targetUnit})
        *s = ThaiText::normalise(*s);
    i.description = i.description.normalized(QString::NormalizationForm_C).trimmed();
    if (i.title.isEmpty())
        fail(PlanField::Title, QCoreApplication::translate("Plan", "Enter a title."));
    if (i.startsOn.isValid() && i.endsOn.isValid() && i.endsOn < i.startsOn)
        fail(PlanField::Dates, QCoreApplication::translate("Plan", "The end date is before the start date."));
    if (i.budget && *i.budget < 0)
        fail(PlanField::Budget, QCoreApplication::translate("Plan", "The budget cannot be negative."));
    if (i.progress < 0 || i.progress > 100)
        fail(PlanField::Progress, QCoreApplication::translate("Plan", "Progress is a percentage from 0 to 100."));
    if (i.targetValue && *i.targetValue < 0)
        fail(PlanField::Target, QCoreApplication::translate("Plan", "The target cannot be negative."));
    if (i.beneficiaryTarget && *i.beneficiaryTarget < 0)
        fail(PlanField::Beneficiaries, QCoreApplication::translate("Plan", "The number of beneficiaries cannot be negative."));
    return errors;
}

} // namespace khana
