#include "ImportFields.h"

#include "domain/ThaiDate.h"
#include "domain/ThaiText.h"

#include <QLocale>
#include <QRegularExpression>

namespace khana {

namespace ImportFields {

QString folded(const QString &text)
{
    return ThaiText::normalise(text).toCaseFolded().remove(QLatin1Char(' '));
}

QList<int> guessColumns(const QStringList &header, const QList<QStringList> &namesPerField)
{
    QStringList foldedHeader;
    for (const QString &h : header)
        foldedHeader.append(folded(h));
    QList<int> columns;
    for (const QStringList &names : namesPerField) {
        int found = -1;
        for (const QString &name : names) {
            const QString wanted = folded(name);
            for (int c = 0; c < foldedHeader.size() && found < 0; ++c)
                if (foldedHeader.at(c) == wanted && !columns.contains(c))
                    found = c;
            if (found >= 0)
                break;
        }
        columns.append(found);
    }
    return columns;
}

QDate date(const QString &text)
{
    // A four-digit year read as B.E. that lands before 1900 was written in C.E.
    static const DateFormatter buddhist(QLocale(QLocale::Thai, QLocale::Thailand), Era::Buddhist);
    static const DateFormatter common(QLocale(QLocale::English), Era::Common);
    const QDate asBuddhist = buddhist.parse(text);
    if (asBuddhist.isValid() && asBuddhist.year() >= 1900)
        return asBuddhist;
    return common.parse(text);
}

std::optional<qint64> wholeNumber(const QString &text)
{
    QString digits = ThaiText::toArabicDigits(text.trimmed());
    digits.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    static const QRegularExpression whole(QStringLiteral("^-?\\d{1,12}$"));
    if (!whole.match(digits).hasMatch())
        return std::nullopt;
    return digits.toLongLong();
}

} // namespace ImportFields

namespace {

QString withoutPrefix(const QString &text, const QRegularExpression &prefix)
{
    QString s = ThaiText::normalise(text);
    s.remove(prefix);
    return ImportFields::folded(s);
}

const QRegularExpression &provincePrefix()
{
    static const QRegularExpression re(QStringLiteral("^(จังหวัด|จ\\.)\\s*"));
    return re;
}

const QRegularExpression &districtPrefix()
{
    static const QRegularExpression re(QStringLiteral("^(อำเภอ|อ\\.|เขต|khet\\s|amphoe\\s)\\s*"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

PlaceNames::PlaceNames(const QSqlDatabase &db)
{
    const AreaStore areas(db);
    m_provinces = areas.provinces();
    for (const Province &p : std::as_const(m_provinces)) {
        for (const QString &name : {p.code, p.code.mid(3), p.nameTh, p.nameEn})
            m_provinceByName.insert(ImportFields::folded(name), p.code);
    }
    for (const District &d : areas.districts()) {
        m_districtProvince.insert(d.code, d.provinceCode);
        m_districtByName.insert(d.provinceCode + ImportFields::folded(d.nameTh), d.code);
        if (!d.nameEn.isEmpty())
            m_districtByName.insert(d.provinceCode + ImportFields::folded(d.nameEn), d.code);
    }
}

QString PlaceNames::provinceCode(const QString &text) const
{
    return m_provinceByName.value(withoutPrefix(text, provincePrefix()));
}

QString PlaceNames::districtCode(const QString &text, const QString &provinceCode) const
{
    const QString trimmed = text.trimmed();
    if (m_districtProvince.contains(trimmed))
        return trimmed;
    if (provinceCode.isEmpty())
        return {};
    return m_districtByName.value(provinceCode + withoutPrefix(trimmed, districtPrefix()));
}

} // namespace khana
