#include "Money.h"

#include "ThaiText.h"

#include <QRegularExpression>

#include <unicode/unum.h>

#include <memory>

namespace khana::Money {

namespace {

struct FormatCloser
{
    void operator()(UNumberFormat *format) const { unum_close(format); }
};

// ICU's Thai spell-out, with its words apart: ICU puts a zero-width space between them.
QStringList spelledOut(qint64 number)
{
    thread_local std::unique_ptr<UNumberFormat, FormatCloser> format = [] {
        UErrorCode status = U_ZERO_ERROR;
        return std::unique_ptr<UNumberFormat, FormatCloser>(unum_open(UNUM_SPELLOUT, nullptr, 0, "th", nullptr, &status));
    }();
    QString text(64, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = unum_formatInt64(format.get(), number, reinterpret_cast<UChar *>(text.data()), int32_t(text.size()), nullptr, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        text.resize(length);
        status = U_ZERO_ERROR;
        length = unum_formatInt64(format.get(), number, reinterpret_cast<UChar *>(text.data()), int32_t(text.size()), nullptr, &status);
    }
    text.resize(U_SUCCESS(status) ? length : 0);
    return text.split(QChar(0x200B), Qt::SkipEmptyParts);
}

// ICU reads a final one after hundreds or thousands as หนึ่ง (หนึ่งร้อยหนึ่ง); money is
// written with เอ็ด there, as after tens (หนึ่งร้อยเอ็ด, as ICU already writes สิบเอ็ด). A one
// that starts its group of millions stays หนึ่ง (หนึ่งล้านหนึ่ง).
QString moneyWords(qint64 number)
{
    QStringList words = spelledOut(number);
    const QString one = QStringLiteral("หนึ่ง");
    const QString million = QStringLiteral("ล้าน");
    for (qsizetype i = 1; i < words.size(); ++i) {
        const bool endsGroup = i + 1 == words.size() || words.at(i + 1) == million;
        if (words.at(i) == one && endsGroup && words.at(i - 1) != million)
            words[i] = QStringLiteral("เอ็ด");
    }
    return words.join(QString());
}

} // namespace

QString inThaiWords(qint64 satang)
{
    const bool negative = satang < 0;
    const qint64 absolute = negative ? -satang : satang;
    const qint64 baht = absolute / 100;
    const qint64 fraction = absolute % 100;
    QString words = negative ? QStringLiteral("ลบ") : QString();
    if (fraction == 0)
        return words + moneyWords(baht) + QStringLiteral("บาทถ้วน");
    if (baht > 0)
        words += moneyWords(baht) + QStringLiteral("บาท");
    return words + moneyWords(fraction) + QStringLiteral("สตางค์");
}

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
