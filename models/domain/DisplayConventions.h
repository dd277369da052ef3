#pragma once

#include "ThaiDate.h"

#include <QLocale>
#include <QString>

namespace khana {

// How values are shown to the user: the language of names and labels, the era of dates, and the
// locale for numbers. Set once when Khana starts (from Settings) and read by models and views.
class DisplayConventions
{
public:
    DisplayConventions() = default;
    DisplayConventions(const QLocale &locale, Era era);

    static const DisplayConventions &current();
    static void setCurrent(const DisplayConventions &conventions);

    bool prefersThaiNames() const;
    const DateFormatter &dates() const { return m_dates; }
    const QLocale &locale() const { return m_locale; }

    // Picks the Thai or English name of an area or person, falling back to the one that exists.
    QString pick(const QString &thai, const QString &english) const;

private:
    QLocale m_locale{QLocale::Thai, QLocale::Thailand};
    DateFormatter m_dates{m_locale, Era::Buddhist};
};

} // namespace khana
