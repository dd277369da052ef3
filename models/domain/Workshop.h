#pragma once

#include "Person.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace khana {

enum class WorkshopKind { Workshop, Forum, ElectionMeeting, MemberActivity, Other };
enum class WorkshopStatus { Draft, Announced, Held, Cancelled };
enum class QuotaKind { Flat, PerProvince };

struct WorkshopDay
{
    QDate day;
    QTime starts;
    QTime ends;
};

struct BudgetLine
{
    QString item;
    qint64 quantity = 0;
    qint64 unitCost = 0; // satang
    QString fundingSource;

    qint64 total() const { return quantity * unitCost; }
};

struct AgendaItem
{
    QDate day;
    QTime starts;
    QString title;
    QString speaker;
};

// Who takes part and how many of them: a flat number, or a number for each of the 77
// provinces (4 representatives per province).
struct ParticipantCategory
{
    qint64 id = 0; // kept across edits: registrations refer to it
    QString name;
    QuotaKind quotaKind = QuotaKind::Flat;
    int quota = 0;

    int planned(int provinceCount) const { return quotaKind == QuotaKind::PerProvince ? quota * provinceCount : quota; }
};

// A workshop, forum, election meeting or member activity with everything planned for it.
struct Workshop
{
    qint64 id = 0;
    int rowVersion = 0;
    QString title;
    WorkshopKind kind = WorkshopKind::Workshop;
    WorkshopStatus status = WorkshopStatus::Draft;
    QString venueName;
    QString venueAddress;
    QString venueMapUrl;
    QString organiser;
    QString objectives;
    QString description;
    QString approvedBy; // the decision that approved it, e.g. the team meeting's resolution
    QDate approvedOn;
    QList<WorkshopDay> days;
    QList<BudgetLine> budget;
    QList<AgendaItem> agenda;
    QList<ParticipantCategory> categories;

    int plannedParticipants(int provinceCount) const;
    // Budget totals by funding source, in the order sources first appear.
    QList<std::pair<QString, qint64>> budgetBySource() const;
    qint64 budgetTotal() const;
};

namespace WorkshopField {
inline const QString Title = QStringLiteral("title");
inline const QString VenueMapUrl = QStringLiteral("venueMapUrl");
inline const QString ApprovedOn = QStringLiteral("approvedOn");
// Fields of list rows are named "days/2/ends", "budget/0/quantity", "categories/1/quota".
QString row(const QString &list, int index, const QString &field);
} // namespace WorkshopField

namespace WorkshopCodes {
QString kindCode(WorkshopKind kind);
WorkshopKind kindFromCode(const QString &code);
QString kindLabel(WorkshopKind kind);
QList<WorkshopKind> kinds();

QString statusCode(WorkshopStatus status);
WorkshopStatus statusFromCode(const QString &code);
QString statusLabel(WorkshopStatus status);
QList<WorkshopStatus> statuses();

QString quotaKindCode(QuotaKind kind);
QuotaKind quotaKindFromCode(const QString &code);
QString quotaKindLabel(QuotaKind kind);
} // namespace WorkshopCodes

// Normalises the text and checks every rule of the record (not those that need the database,
// such as quotas against registrations). An empty list means it is ready to store.
FieldErrors cleanAndValidate(Workshop &workshop);

} // namespace khana
