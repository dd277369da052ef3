#include "Workshop.h"

#include "ThaiText.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

namespace khana {

int Workshop::plannedParticipants(int provinceCount) const
{
    int total = 0;
    for (const ParticipantCategory &c : categories)
        total += c.planned(provinceCount);
    return total;
}

QList<std::pair<QString, qint64>> Workshop::budgetBySource() const
{
    QList<std::pair<QString, qint64>> totals;
    for (const BudgetLine &line : budget) {
        auto it = std::find_if(totals.begin(), totals.end(), [&](const auto &t) { return t.first == line.fundingSource; });
        if (it == totals.end())
            totals.append({line.fundingSource, line.total()});
        else
            it->second += line.total();
    }
    return totals;
}

qint64 Workshop::budgetTotal() const
{
    qint64 total = 0;
    for (const BudgetLine &line : budget)
        total += line.total();
    return total;
}

QString WorkshopField::row(const QString &list, int index, const QString &field)
{
    return QStringLiteral("%1/%2/%3").arg(list).arg(index).arg(field);
}

namespace WorkshopCodes {

QString kindCode(WorkshopKind kind)
{
    switch (kind) {
    case WorkshopKind::Workshop: return QStringLiteral("workshop");
    case WorkshopKind::Forum: return QStringLiteral("forum");
    case WorkshopKind::ElectionMeeting: return QStringLiteral("election_meeting");
    case WorkshopKind::MemberActivity: return QStringLiteral("member_activity");
    case WorkshopKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

WorkshopKind kindFromCode(const QString &code)
{
    for (WorkshopKind k : kinds())
        if (kindCode(k) == code)
            return k;
    return WorkshopKind::Other;
}

QString kindLabel(WorkshopKind kind)
{
    switch (kind) {
    case WorkshopKind::Workshop: return QCoreApplication::translate("Workshop", "Workshop");
    case WorkshopKind::Forum: return QCoreApplication::translate("Workshop", "Forum");
    case WorkshopKind::ElectionMeeting: return QCoreApplication::translate("Workshop", "Election meeting");
    case WorkshopKind::MemberActivity: return QCoreApplication::translate("Workshop", "Member activity");
    case WorkshopKind::Other: return QCoreApplication::translate("Workshop", "Other");
    }
    return {};
}

QList<WorkshopKind> kinds()
{
    return {WorkshopKind::Workshop, WorkshopKind::Forum, WorkshopKind::ElectionMeeting, WorkshopKind::MemberActivity,
            WorkshopKind::Other};
}

QString statusCode(WorkshopStatus status)
{
    switch (status) {
    case WorkshopStatus::Draft: return QStringLiteral("draft");
    case WorkshopStatus::Announced: return QStringLiteral("announced");
    case WorkshopStatus::Held: return QStringLiteral("held");
    case WorkshopStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("draft");
}

WorkshopStatus statusFromCode(const QString &code)
{
    for (WorkshopStatus s : statuses())
        if (statusCode(s) == code)
            return s;
    return WorkshopStatus::Draft;
}

QString statusLabel(WorkshopStatus status)
{
    switch (status) {
    case WorkshopStatus::Draft: return QCoreApplication::translate("Workshop", "Draft");
    case WorkshopStatus::Announced: return QCoreApplication::translate("Workshop", "Announced");
    case WorkshopStatus::Held: return QCoreApplication::translate("Workshop", "Held");
    case WorkshopStatus::Cancelled: return QCoreApplication::translate("Workshop", "Cancelled");
    }
    return {};
}

QList<WorkshopStatus> statuses()
{
    return {WorkshopStatus::Draft, WorkshopStatus::Announced, WorkshopStatus::Held, WorkshopStatus::Cancelled};
}

QString quotaKindCode(QuotaKind kind)
{
    return kind == QuotaKind::PerProvince ? QStringLiteral("per_province") : QStringLiteral("flat");
}

QuotaKind quotaKindFromCode(const QString &code)
{
    return code == QLatin1String("per_province") ? QuotaKind::PerProvince : QuotaKind::Flat;
}

QString quotaKindLabel(QuotaKind kind)
{
    return kind == QuotaKind::PerProvince ? QCoreApplication::translate("Workshop", "per province")
                                          : QCoreApplication::translate("Workshop", "in all");
}

} // namespace WorkshopCodes

FieldErrors cleanAndValidate(Workshop &w)
{
    FieldErrors errors;
    auto fail = [&errors](const QString &field, const QString &message) { errors.append({field, message}); };
    auto tidy = [](QString &s) { s = ThaiText::normalise(s); };

    tidy(w.title);
    tidy(w.venueName);
    tidy(w.venueAddress);
    w.venueMapUrl = w.venueMapUrl.trimmed();
    tidy(w.organiser);
    tidy(w.approvedBy);
    w.objectives = w.objectives.normalized(QString::NormalizationForm_C).trimmed();
    w.description = w.description.normalized(QString::NormalizationForm_C).trimmed();

    if (w.title.isEmpty())
        fail(WorkshopField::Title, QCoreApplication::translate("Workshop", "Enter the title."));
    if (!w.venueMapUrl.isEmpty()) {
        const QUrl url(w.venueMapUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) || url.host().isEmpty())
            fail(WorkshopField::VenueMapUrl, QCoreApplication::translate("Workshop", "Enter the map link as a web address starting with https://."));
    }

    QSet<QDate> seenDays;
    for (int i = 0; i < w.days.size(); ++i) {
        const WorkshopDay &d = w.days.at(i);
        if (!d.day.isValid())
            fail(WorkshopField::row(QStringLiteral("days"), i, QStringLiteral("day")), QCoreApplication::translate("Workshop", "Enter the date."));
        else if (seenDays.contains(d.day))
            fail(WorkshopField::row(QStringLiteral("days"), i, QStringLiteral("day")), QCoreApplication::translate("Workshop", "This day is listed twice."));
        seenDays.insert(d.day);
        if (!d.starts.isValid() || !d.ends.isValid())
            fail(WorkshopField::row(QStringLiteral("days"), i, QStringLiteral("starts")), QCoreApplication::translate("Workshop", "Enter the start and end times."));
        else if (d.ends <= d.starts)
            fail(WorkshopField::row(QStringLiteral("days"), i, QStringLiteral("ends")), QCoreApplication::translate("Workshop", "The end time is not after the start time."));
    }

    for (int i = 0; i < w.budget.size(); ++i) {
        BudgetLine &b = w.budget[i];
        tidy(b.item);
        tidy(b.fundingSource);
        if (b.item.isEmpty())
            fail(WorkshopField::row(QStringLiteral("budget"), i, QStringLiteral("item")), QCoreApplication::translate("Workshop", "Enter what the money is for."));
        if (b.quantity < 0)
            fail(WorkshopField::row(QStringLiteral("budget"), i, QStringLiteral("quantity")), QCoreApplication::translate("Workshop", "The quantity cannot be negative."));
        if (b.unitCost < 0)
            fail(WorkshopField::row(QStringLiteral("budget"), i, QStringLiteral("unitCost")), QCoreApplication::translate("Workshop", "The unit cost cannot be negative."));
    }

    for (int i = 0; i < w.agenda.size(); ++i) {
        AgendaItem &a = w.agenda[i];
        tidy(a.title);
        tidy(a.speaker);
        if (a.title.isEmpty())
            fail(WorkshopField::row(QStringLiteral("agenda"), i, QStringLiteral("title")), QCoreApplication::translate("Workshop", "Enter the agenda item."));
        if (!w.days.isEmpty() && !seenDays.contains(a.day))
            fail(WorkshopField::row(QStringLiteral("agenda"), i, QStringLiteral("day")), QCoreApplication::translate("Workshop", "This date is not one of the workshop's days."));
        if (!a.starts.isValid())
            fail(WorkshopField::row(QStringLiteral("agenda"), i, QStringLiteral("starts")), QCoreApplication::translate("Workshop", "Enter the time."));
    }

    QSet<QString> names;
    for (int i = 0; i < w.categories.size(); ++i) {
        ParticipantCategory &c = w.categories[i];
        tidy(c.name);
        if (c.name.isEmpty())
            fail(WorkshopField::row(QStringLiteral("categories"), i, QStringLiteral("name")), QCoreApplication::translate("Workshop", "Enter the name of the category."));
        else if (names.contains(c.name))
            fail(WorkshopField::row(QStringLiteral("categories"), i, QStringLiteral("name")), QCoreApplication::translate("Workshop", "Two categories have this name."));
        names.insert(c.name);
        if (c.quota < 0)
            fail(WorkshopField::row(QStringLiteral("categories"), i, QStringLiteral("quota")), QCoreApplication::translate("Workshop", "The quota cannot be negative."));
    }
    return errors;
}

} // namespace khana
