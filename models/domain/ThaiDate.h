#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace khana {

// Which year numbering dates are shown and typed in. The database always stores ISO (C.E.).
enum class Era { Buddhist, Common };

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

    // Parses what a user typed: "3/5/2567", "03-05-2567", "3 พ.ค. 2567", "3 พฤษภาคม 2567",
    // "3 May 2024" (in the display era) or an ISO date "2024-05-03". Invalid on failure.
    QDate parse(const QString &text) const;

    // The input pattern shown as a placeholder, e.g. "วว/ดด/ปปปป".
    QString inputHint() const;

    Era era() const { return m_era; }
    const QLocale &locale() const { return m_locale; }

private:
    QLocale m_locale{QLocale::Thai, QLocale::Thailand};
    Era m_era = Era::Buddhist;
};

} // namespace khana
