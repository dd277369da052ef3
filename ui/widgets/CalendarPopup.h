#pragma once

#include <QDate>
#include <QFrame>

class QCalendarWidget;
class QLabel;

namespace khana {

// A month calendar whose heading names the month and year in the user's era (Qt's own
// calendar heading always shows the Common Era).
class CalendarPopup : public QFrame
{
    Q_OBJECT

public:
    CalendarPopup(const QDate &date, QWidget *parent);

Q_SIGNALS:
    void picked(const QDate &date);

private:
    void updateHeading();

    QCalendarWidget *m_calendar;
    QLabel *m_heading;
};

} // namespace khana
