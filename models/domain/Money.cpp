#include "Money.h"

#include "ThaiText.h"

#include <QRegularExpression>

namespace khana::Money {

QString format(qint64 satang, const QLocale &locale)
{
    const bool negative = satang < 0;
    const qint64 absolute = negative ? -satang : satang;
    const QString baht = locale.toString(absolute / 100);
    const QString text = QStringLiteral("%1%2%3").arg(baht, locale.decimalPoint()).arg(absolute % 100, 2, 10, QLatin1Char('0'));
    return negative ? locale.negativeSign() + text : text;
}

std::optional<qint64> parse(const QString &input)
{
    QString text = ThaiText::toArabicDigits(input).trimmed();
    text.remove(QLatin1Char(','));
    text.remove(QLatin1Char(' '));
    text.remove(QStringLiteral("฿"));
    static const QRegularExpression pattern(QStringLiteral("^(-?)(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 value = m.captured(2).toLongLong() * 100;
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty())
        value += fraction.size() == 1 ? fraction.toLongLong() * 10 : fraction.toLongLong();
    return m.captured(1).isEmpty() ? value : -value;
}

} // namespace khana::Money
