#include "Growth.h"

#include <QCoreApplication>

#include <cmath>

namespace khana {

QString Scope::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Country: return QStringLiteral("country");
    case Kind::Province: return QStringLiteral("province");
    case Kind::District: return QStringLiteral("district");
    }
    return QStringLiteral("country");
}

Scope::Kind Scope::kindFromCode(const QString &code)
{
    if (code == QLatin1String("province"))
        return Kind::Province;
    if (code == QLatin1String("district"))
        return Kind::District;
    return Kind::Country;
}

QString TargetProgress::describe(const QLocale &locale) const
{
    // Counted in tenths of a percent from the integers, rounding halves up as people do by
    // hand: 29 of 400 is 7.3%, where printf's round-half-even on 7.25 would say 7.2%.
    const qint64 tenths = target > 0 ? (current * 2000 + target) / (2 * target) : 0;
    return QCoreApplication::translate("Growth", "%1 of %2 (%3%)")
        .arg(locale.toString(current), locale.toString(target), locale.toString(tenths / 10.0, 'f', 1));
}

TargetProgress measure(const GrowthTarget &target, const QList<GrowthPoint> &series)
{
    TargetProgress p;
    p.target = target.value;
    if (series.isEmpty())
        return p;
    const GrowthPoint &last = series.last();
    p.current = last.value;
    p.asOf = last.date;
    p.share = target.value > 0 ? double(p.current) / double(target.value) : 0;
    p.reached = p.current >= target.value;
    const qint64 daysLeft = p.asOf.daysTo(target.dueOn);
    const qint64 remaining = target.value - p.current;
    p.neededPerDay = remaining <= 0 ? 0 : daysLeft > 0 ? double(remaining) / double(daysLeft) : double(remaining);

    // The current pace: from the first point since the target started (or, when there is only
    // one, the point before it) to the latest.
    const GrowthPoint *from = nullptr;
    for (const GrowthPoint &point : series) {
        if (point.date >= target.startsOn && point.date < last.date) {
            from = &point;
            break;
        }
    }
    if (!from && series.size() >= 2)
        from = &series.at(series.size() - 2);
    if (from && from->date < last.date)
        p.currentPerDay = double(last.value - from->value) / double(from->date.daysTo(last.date));
    if (p.reached) {
        p.projected = p.asOf;
    } else if (p.currentPerDay > 0) {
        p.projected = p.asOf.addDays(qint64(std::ceil(double(remaining) / p.currentPerDay)));
    }
    p.onPace = p.reached || (p.projected && *p.projected <= target.dueOn);
    return p;
}

FieldErrors validate(const MemberCount &c, const QDate &today)
{
    FieldErrors errors;
    if (c.count < 0)
        errors.append({GrowthField::Count, QCoreApplication::translate("Growth", "A count cannot be negative.")});
    if (!c.countedOn.isValid())
        errors.append({GrowthField::Date, QCoreApplication::translate("Growth", "Enter the date of the count.")});
    else if (c.countedOn > today)
        errors.append({GrowthField::Date, QCoreApplication::translate("Growth", "The count is dated in the future.")});
    if (c.scope.kind != Scope::Kind::Country && c.scope.code.isEmpty())
        errors.append({GrowthField::Scope, QCoreApplication::translate("Growth", "Choose the province or district.")});
    return errors;
}

FieldErrors validate(const GrowthTarget &t)
{
    FieldErrors errors;
    if (t.value <= 0)
        errors.append({GrowthField::Value, QCoreApplication::translate("Growth", "A target is a number above zero.")});
    if (!t.startsOn.isValid() || !t.dueOn.isValid())
        errors.append({GrowthField::DueOn, QCoreApplication::translate("Growth", "Enter when the target starts and when it is due.")});
    else if (t.dueOn <= t.startsOn)
        errors.append({GrowthField::DueOn, QCoreApplication::translate("Growth", "The target is due before it starts.")});
    if (t.scope.kind != Scope::Kind::Country && t.scope.code.isEmpty())
        errors.append({GrowthField::Scope, QCoreApplication::translate("Growth", "Choose the province or district.")});
    return errors;
}

QString metricCode(TargetMetric metric)
{
    switch (metric) {
    case TargetMetric::Members: return QStringLiteral("members");
    case TargetMetric::NewMembers: return QStringLiteral("new_members");
    case TargetMetric::DistrictsWithRepresentative: return QStringLiteral("districts_with_representative");
    }
    return QStringLiteral("members");
}

TargetMetric metricFromCode(const QString &code)
{
    if (code == QLatin1String("new_members"))
        return TargetMetric::NewMembers;
    if (code == QLatin1String("districts_with_representative"))
        return TargetMetric::DistrictsWithRepresentative;
    return TargetMetric::Members;
}

QString metricLabel(TargetMetric metric)
{
    switch (metric) {
    case TargetMetric::Members: return QCoreApplication::translate("Growth", "Members");
    case TargetMetric::NewMembers: return QCoreApplication::translate("Growth", "New members");
    case TargetMetric::DistrictsWithRepresentative: return QCoreApplication::translate("Growth", "Districts with a representative");
    }
    return {};
}

} // namespace khana
