#include "ThaiDate.h"

#include "ThaiText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace khana {

DateFormatter::DateFormatter(const QLocale &locale, Era era)
    : m_locale(locale)
    , m_era(era)
{
}

int DateFormatter::displayYear(int year) const
{
    return m_era == Era::Buddhist ? year + kBuddhistOffset : year;
}

int DateFormatter::commonYear(int displayedYear) const
{
    return m_era == Era::Buddhist ? displayedYear - kBuddhistOffset : displayedYear;
}

QString DateFormatter::longDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    // Day and month from the locale, the year in the chosen era: QLocale knows no Buddhist calendar.
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(m_locale.monthName(date.month(), QLocale::LongFormat))
        .arg(displayYear(date.year()));
}

QString DateFormatter::shortDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1/%2/%3")
        .arg(date.day(), 2, 10, QLatin1Char('0'))
        .arg(date.month(), 2, 10, QLatin1Char('0'))
        .arg(displayYear(date.year()));
}

QDate DateFormatter::parse(const QString &input) const
{
    const QString text = ThaiText::toArabicDigits(ThaiText::normalise(input));
    if (text.isEmpty())
        return {};

    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());

    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    if (const auto m = numeric.match(text); m.hasMatch())
        return QDate(commonYear(m.captured(3).toInt()), m.captured(2).toInt(), m.captured(1).toInt());

    static const QRegularExpression named(QStringLiteral("^(\\d{1,2})\\s*([^\\d\\s]+(?:\\s[^\\d\\s]+)?)\\s*(\\d{4})$"));
    if (const auto m = named.match(text); m.hasMatch()) {
        const QString month = m.captured(2).remove(QLatin1Char(' ')).toCaseFolded();
        const QLocale english(QLocale::English);
        for (int i = 1; i <= 12; ++i) {
            for (const QLocale &loc : {m_locale, english}) {
                for (auto fmt : {QLocale::LongFormat, QLocale::ShortFormat, QLocale::NarrowFormat}) {
                    QString name = loc.monthName(i, fmt).remove(QLatin1Char(' ')).toCaseFolded();
                    if (name.endsWith(QLatin1Char('.')) && !month.endsWith(QLatin1Char('.')))
                        name.chop(1);
                    if (fmt == QLocale::NarrowFormat && name.size() < 2)
                        continue;
                    if (name == month)
                        return QDate(commonYear(m.captured(3).toInt()), i, m.captured(1).toInt());
                }
            }
        }
    }
    return {};
}

QString DateFormatter::inputHint() const
{
    return QCoreApplication::translate("DateFormatter", "dd/mm/yyyy");
}

} // namespace khana
