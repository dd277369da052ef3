#include "DemoCalendar.h"

namespace khana {

namespace {

int monthsBetween(const QDate &from, const QDate &to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

} // namespace

DemoCalendar::DemoCalendar(const QDate &today)
    : m_today(today)
{
    // Twenty weeks ago puts the workshop, and the plan it wrote, four to five months back.
    m_workshopWeeks = seedWorkshopDay().daysTo(today.addDays(-20 * 7)) / 7;
    m_forumWeeks = seedForumDay().daysTo(today.addDays(6 * 7)) / 7;
    m_planMonths = monthsBetween(seedWorkshopDay(), workshop(seedWorkshopDay()));
    // The latest count taken within the past month, never after today.
    m_growthMonths = monthsBetween(seedLatestCount(), today);
    if (byMonths(seedLatestCount(), m_growthMonths) > today)
        --m_growthMonths;
}

DemoCalendar DemoCalendar::asWritten()
{
    DemoCalendar c(seedWorkshopDay().addDays(20 * 7));
    c.m_workshopWeeks = c.m_forumWeeks = 0;
    c.m_planMonths = c.m_growthMonths = 0;
    return c;
}

QDate DemoCalendar::byMonths(const QDate &seed, int months)
{
    const QDate moved = seed.addMonths(months);
    if (seed.day() == seed.daysInMonth())
        return QDate(moved.year(), moved.month(), moved.daysInMonth());
    return moved;
}

} // namespace khana
