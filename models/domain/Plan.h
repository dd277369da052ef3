#pragma once

#include "Person.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace khana {

enum class PlanStatus { Draft, Approved, Superseded };
// The year a plan counts in: the calendar year, or the Thai fiscal year (ปีงบประมาณ,
// 1 October – 30 September, named by the year it ends in) that government partners use.
enum class PlanYear { Calendar, Fiscal };
enum class PlanLevel { Issue, Objective, Project, Activity };
enum class ActivityStatus { NotStarted, OnTrack, Delayed, Done, Cancelled };
enum class ReferenceKind { Resolution, Decision, Plan, Other };

// A resolution or decision the plan implements: "Resolution No. 39 of 18 July 2023".
struct PlanReference
{
    ReferenceKind kind = ReferenceKind::Resolution;
    QString number;
    QDate dated;
    QString title;
};

// The plan document: "Action plan No. 68 dated 12 Nov 2023".
struct Plan
{
    qint64 id = 0;
    int rowVersion = 0;
    QString title;
    QString number;
    QDate issuedOn;
    QString issuer;
    QDate periodStart;
    QDate periodEnd;
    QString vision;
    PlanStatus status = PlanStatus::Draft;
    PlanYear year = PlanYear::Calendar;
    qint64 previousVersionId = 0;
    QList<PlanReference> references;
};

// One node of the framework: a strategic issue, an objective or work area, a project, or an
// activity. Project and activity fields are empty on the levels that do not use them.
struct PlanItem
{
    qint64 id = 0;
    int rowVersion = 0;
    qint64 planId = 0;
    qint64 parentId = 0;
    int position = 0;
    PlanLevel level = PlanLevel::Issue;
    QString title;
    QString description;
    // Projects
    QString partners;
    QString mou;
    std::optional<qint64> beneficiaryTarget;
    QString beneficiaryUnit;
    // Activities
    QString responsibleUnit;
    qint64 leadPersonId = 0;
    QDate startsOn;
    QDate endsOn;
    std::optional<qint64> budget; // satang
    QString fundingSource;
    QString indicator;
    std::optional<qint64> targetValue;
    QString targetUnit;
    ActivityStatus status = ActivityStatus::NotStarted;
    int progress = 0; // percent
    bool milestone = false;
    QString sourceOutcomeUid; // the workshop outcome it was made from
    qint64 eventWorkshopId = 0; // the workshop held as this activity

    bool operator==(const PlanItem &) const = default;
};

namespace PlanField {
inline const QString Title = QStringLiteral("title");
inline const QString Number = QStringLiteral("number");
inline const QString Period = QStringLiteral("period");
inline const QString Level = QStringLiteral("level");
inline const QString Dates = QStringLiteral("dates");
inline const QString Budget = QStringLiteral("budget");
inline const QString Progress = QStringLiteral("progress");
inline const QString Target = QStringLiteral("target");
inline const QString Beneficiaries = QStringLiteral("beneficiaries");
inline const QString Parent = QStringLiteral("parent");
} // namespace PlanField

namespace PlanCodes {
QString statusCode(PlanStatus s);
PlanStatus statusFromCode(const QString &code);
QString statusLabel(PlanStatus s);
QList<PlanStatus> statuses();

QString yearCode(PlanYear y);
PlanYear yearFromCode(const QString &code);
QString yearLabel(PlanYear y);

QString levelCode(PlanLevel l);
PlanLevel levelFromCode(const QString &code);
QString levelLabel(PlanLevel l);
QList<PlanLevel> levels();

QString activityStatusCode(ActivityStatus s);
ActivityStatus activityStatusFromCode(const QString &code);
QString activityStatusLabel(ActivityStatus s);
QList<ActivityStatus> activityStatuses();
bool isFinished(ActivityStatus s);

QString referenceKindCode(ReferenceKind k);
ReferenceKind referenceKindFromCode(const QString &code);
QString referenceKindLabel(ReferenceKind k);

// The levels an item may hold: issue → objective; objective → project or activity;
// project → activity. Only strategic issues stand at the top.
bool canContain(std::optional<PlanLevel> parent, PlanLevel child);
} // namespace PlanCodes

// "Resolution No. 39 of 18 July 2566" in the user's language and era.
QString describeReference(const PlanReference &reference);

// Outline numbers (1, 1.2, 1.2.3) for items listed parents first, siblings in order.
QHash<qint64, QString> outlineNumbers(const QList<PlanItem> &itemsInOrder);

FieldErrors cleanAndValidate(Plan &plan);
FieldErrors cleanAndValidate(PlanItem &item);

} // namespace khana
