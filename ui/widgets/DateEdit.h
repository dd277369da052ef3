#pragma once

#include <QDate>
#include <QLineEdit>

namespace khana {

// A date field that shows and takes dates in the user's era: in Thai with the Buddhist Era
// "3 พฤษภาคม 2567", typed as 3/5/2567 or 3 พ.ค. 2567. Up and Down change the day; the calendar
// button (or Alt+Down) opens a month view whose heading also shows the era's year. An empty
// field means no date.
class DateEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    QDate date() const;
    void setDate(const QDate &date);

    // False when the text is neither empty nor a date.
    bool hasValidDate() const;
    // Why the text is not a date ("February 2567 has 29 days."); empty when it is one or empty.
    QString problem() const;

Q_SIGNALS:
    void dateChanged(const QDate &date);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void reformat();
    void showCalendar();

    QDate m_date;
};

} // namespace khana
