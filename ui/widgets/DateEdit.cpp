#include "DateEdit.h"

#include "CalendarPopup.h"
#include "domain/DisplayConventions.h"

#include <QAction>
#include <QKeyEvent>
#include <QStyle>

namespace khana {

DateEdit::DateEdit(QWidget *parent)
    : QLineEdit(parent)
{
    const DateFormatter &dates = DisplayConventions::current().dates();
    setPlaceholderText(dates.inputHint());
    setClearButtonEnabled(true);
    QAction *calendar = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Choose from a calendar (Alt+Down)"));
    connect(calendar, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateEdit::reformat);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QDate parsed = DisplayConventions::current().dates().parse(text);
        if (text.trimmed().isEmpty() || parsed.isValid()) {
            m_date = parsed;
            Q_EMIT dateChanged(m_date);
        }
    });
}

QDate DateEdit::date() const
{
    if (text().trimmed().isEmpty())
        return {};
    return DisplayConventions::current().dates().parse(text());
}

void DateEdit::setDate(const QDate &date)
{
    m_date = date;
    setText(DisplayConventions::current().dates().longDate(date));
    Q_EMIT dateChanged(m_date);
}

bool DateEdit::hasValidDate() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

QString DateEdit::problem() const
{
    if (text().trimmed().isEmpty())
        return {};
    return DisplayConventions::current().dates().read(text()).problem;
}

void DateEdit::reformat()
{
    const QDate parsed = date();
    if (parsed.isValid())
        setText(DisplayConventions::current().dates().longDate(parsed));
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    const int step = event->key() == Qt::Key_Up ? 1 : event->key() == Qt::Key_Down ? -1 : 0;
    if (step != 0 && event->modifiers() == Qt::AltModifier && step < 0) {
        showCalendar();
        return;
    }
    if (step != 0 && event->modifiers() == Qt::NoModifier) {
        const QDate current = date();
        setDate((current.isValid() ? current : QDate::currentDate()).addDays(current.isValid() ? step : 0));
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
    reformat();
    QLineEdit::focusOutEvent(event);
}

void DateEdit::showCalendar()
{
    // A read-only date (editing locked) is not changed from the calendar either.
    if (isReadOnly())
        return;
    auto *popup = new CalendarPopup(date().isValid() ? date() : QDate::currentDate(), this);
    connect(popup, &CalendarPopup::picked, this, [this](const QDate &picked) {
        setDate(picked);
        setFocus();
    });
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
}

} // namespace khana
