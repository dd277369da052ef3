#pragma once

#include <QDate>

namespace khana {

// Moves the seed documents' dates to the day the demo is built, so that every page shows a
// present that makes sense: the Chiang Rai workshop held some twenty weeks ago with its
// attendance, its action plan in its second or third quarter with a review of the last one,
// the Election Commission's forum a few weeks ahead, and the latest member count from the past
// month with its target still ahead.
class DemoCalendar
{
public:
    explicit DemoCalendar(const QDate &today);
    // The seeds' own dates, unmoved (tests that check the documents as written).
    static DemoCalendar asWritten();

    const QDate &today() const { return m_today; }

    // Seed 000's workshop day and what was decided around it, moved by whole weeks so that
    // weekdays stay as the seed had them (the workshop is a Friday).
    QDate workshop(const QDate &seed) const { return seed.addDays(m_workshopWeeks * 7); }
    // Seed 002's forum, a few weeks ahead, by whole weeks.
    QDate forum(const QDate &seed) const { return seed.addDays(m_forumWeeks * 7); }
    // The plan of seed 000, by whole months: activities keep their month boundaries.
    QDate plan(const QDate &seed) const { return byMonths(seed, m_planMonths); }
    // Seed 001's member counts and target, and members' join dates, by whole months.
    QDate growth(const QDate &seed) const { return byMonths(seed, m_growthMonths); }

    // The seed dates the moves are measured from.
    static QDate seedWorkshopDay() { return {2024, 5, 3}; }
    static QDate seedForumDay() { return {2022, 8, 24}; }
    static QDate seedLatestCount() { return {2023, 10, 22}; }

private:
    // A month's last day stays its last day (30 June → 31 July), other days keep their number.
    static QDate byMonths(const QDate &seed, int months);

    QDate m_today;
    qint64 m_workshopWeeks = 0;
    qint64 m_forumWeeks = 0;
    int m_planMonths = 0;
    int m_growthMonths = 0;
};

} // namespace khana
