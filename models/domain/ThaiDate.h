#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace khana {

// Which year numbering dates are shown and typed in. The database always stores ISO (C.E.).
enum class Era { Buddhist, Common };

// A date read as Thai people write it, or why it cannot be one:
//   3/5/2567, 03/05/67, 03-05-2567, 3.5.67         day, month, year
//   3 พ.ค. 67, 3 พค 2567, 3 พฤษภาคม พ.ศ. 2567      Thai month names, short or full
//   วันศุกร์ที่ 3 พฤษภาคม พ.ศ. 2567, ศ. 3 พ.ค. 67    with the weekday (checked)
//   3 May 2024, Friday, May 3, 2024, 3 May 67        English month names
//   2024-05-03, 3/5/2567 0:00, 2024-05-03 00:00:00  ISO, and what spreadsheets add
// Thai digits are read as digits.
//
// Years: "พ.ศ."/"B.E." and "ค.ศ."/"A.D."/"C.E." say the era. A four-digit year without one is
// told by its size: from 2400 it is a Buddhist year (1857 C.E. on), up to 2200 a Common-Era one.
// A two-digit year is in the era the user works in, and in the century that puts it closest to
// today among the 89 years before and the 10 years after (in 2567: 78–99 are 2478–2499, 00–77
// are 2500–2577): a member born in 2498 is written 98, a plan for 2570 is written 70.
struct DateReading
{
    QDate date;
    // Why the text is not a date, in the user's language; empty when it is one (or empty).
    QString problem;
    bool ok() const { return date.isValid(); }
};

// Formats and parses dates for display in the user's language and era:
// Thai + Buddhist Era gives "3 พฤษภาคม 2567" and "03/05/2567".
class DateFormatter
{
public:
    DateFormatter() = default;
    DateFormatter(const QLocale &locale, Era era);

    static constexpr int kBuddhistOffset = 543;

    QString longDate(const QDate &date) const;
    QString shortDate(const QDate &date) const;
    // The year as shown to the user (2567 for 2024 in the Buddhist Era).
    int displayYear(int commonYear) const;
    int commonYear(int displayedYear) const;

    // Reads what a user typed or a file holds (see DateReading); two-digit years in this era.
    DateReading read(const QString &text, const QDate &today = QDate::currentDate()) const;
    // The date alone: invalid when read() finds a problem.
    QDate parse(const QString &text) const { return read(text).date; }

    // The input pattern shown as a placeholder, e.g. "วว/ดด/ปปปป".
    QString inputHint() const;

    Era era() const { return m_era; }
    const QLocale &locale() const { return m_locale; }

private:
    QLocale m_locale{QLocale::Thai, QLocale::Thailand};
    Era m_era = Era::Buddhist;
};

} // namespace khana
