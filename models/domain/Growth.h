#pragma once

#include "Person.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace khana {

// Where a number counts: the whole country, a province (ISO code) or a district (geocode).
struct Scope
{
    enum class Kind { Country, Province, District };
    Kind kind = Kind::Country;
    QString code;

    bool operator==(const Scope &other) const { return kind == other.kind && code == other.code; }
    static QString kindCode(Kind kind);
    static Kind kindFromCode(const QString &code);
};

// A total recorded on a date, for when only totals are known ("77,760 members on 22 Oct").
struct MemberCount
{
    qint64 id = 0;
    int rowVersion = 0;
    Scope scope;
    QDate countedOn;
    qint64 count = 0;
    QString source;
};

enum class TargetMetric { Members, NewMembers, DistrictsWithRepresentative };

struct GrowthTarget
{
    qint64 id = 0;
    int rowVersion = 0;
    TargetMetric metric = TargetMetric::Members;
    Scope scope;
    qint64 value = 0;
    QDate startsOn;
    QDate dueOn;
    QString note;
};

// One point of a growth series, saying where the number comes from.
struct GrowthPoint
{
    enum class Source { Recorded, Roster };
    QDate date;
    qint64 value = 0;
    Source source = Source::Roster;
};

// How far a target is, at what pace, and when it will be reached at the current pace.
struct TargetProgress
{
    qint64 current = 0;
    qint64 target = 0;
    QDate asOf;
    double share = 0;          // current / target
    double neededPerDay = 0;   // to reach the target by its due date from asOf
    double currentPerDay = 0;  // over the period the series covers since the target started
    std::optional<QDate> projected; // when the target is reached at the current pace
    bool reached = false;
    bool onPace = false;

    // "77,760 of 100,000 (77.8%)"
    QString describe(const QLocale &locale) const;
};

// Measures a target against a growth series (points in date order; the last is "now").
TargetProgress measure(const GrowthTarget &target, const QList<GrowthPoint> &series);

namespace GrowthField {
inline const QString Count = QStringLiteral("count");
inline const QString Date = QStringLiteral("date");
inline const QString Value = QStringLiteral("value");
inline const QString DueOn = QStringLiteral("dueOn");
inline const QString Scope = QStringLiteral("scope");
} // namespace GrowthField

FieldErrors validate(const MemberCount &count, const QDate &today);
FieldErrors validate(const GrowthTarget &target);

QString metricCode(TargetMetric metric);
TargetMetric metricFromCode(const QString &code);
QString metricLabel(TargetMetric metric);

} // namespace khana
