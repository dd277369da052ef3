#include "CalendarPopup.h"

#include "domain/DisplayConventions.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace khana {

CalendarPopup::CalendarPopup(const QDate &date, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_calendar(new QCalendarWidget(this))
    , m_heading(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    m_calendar->setNavigationBarVisible(false);
    m_calendar->setLocale(DisplayConventions::current().locale());
    m_calendar->setSelectedDate(date);
    m_calendar->setGridVisible(true);

    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month"));
    m_heading->setAlignment(Qt::AlignCenter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(previous);
    bar->addWidget(m_heading, 1);
    bar->addWidget(next);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_calendar);

    connect(previous, &QToolButton::clicked, m_calendar, &QCalendarWidget::showPreviousMonth);
    connect(next, &QToolButton::clicked, m_calendar, &QCalendarWidget::showNextMonth);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &CalendarPopup::updateHeading);
    connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &d) {
        Q_EMIT picked(d);
        close();
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate &d) {
        Q_EMIT picked(d);
        close();
    });
    updateHeading();
    m_calendar->setFocus();
}

void CalendarPopup::updateHeading()
{
    const DisplayConventions &conventions = DisplayConventions::current();
    m_heading->setText(QStringLiteral("%1 %2")
                           .arg(conventions.locale().standaloneMonthName(m_calendar->monthShown()))
                           .arg(conventions.dates().displayYear(m_calendar->yearShown())));
}

} // namespace khana
