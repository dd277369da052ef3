#include "ImportFields.h"

#include "domain/DisplayConventions.h"
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

namespace {

// "22/10/2566", "22-10-2023" or "2023-10-22" read without the general parser: rosters hold a
// date on every row.
std::optional<QDate> numericDate(const QString &text, bool buddhistFirst)
{
    int parts[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int part = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            parts[part] = parts[part] * 10 + (u - u'0');
            if (++digits[part] > 4)
                return std::nullopt;
        } else if ((u == u'/' || u == u'-' || u == u'.') && part < 2 && digits[part] > 0) {
            ++part;
        } else {
            return std::nullopt;
        }
    }
    if (part != 2 || digits[2] == 0)
        return std::nullopt;
    if (digits[0] == 4) // ISO: C.E. year first
        return QDate(parts[0], parts[1], parts[2]);
    if (digits[2] != 4)
        return std::nullopt;
    int year = parts[2];
    if (buddhistFirst && year - DateFormatter::kBuddhistOffset >= 1900)
        year -= DateFormatter::kBuddhistOffset;
    return QDate(year, parts[1], parts[0]);
}

} // namespace

DateReading readDate(const QString &text)
{
    // The common case of a million-row roster, without regular expressions.
    if (const std::optional<QDate> quick = numericDate(text.trimmed(), true); quick && quick->isValid())
        return {*quick, {}};
    return DisplayConventions::current().dates().read(text);
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
        for (const QString &name : {p.code, p.code.mid(3), p.nameTh, p.nameEn}) {
            m_provinceByName.insert(ImportFields::folded(name), p.code);
            m_provinceExactly.insert(name, p.code);
        }
        m_provinceExactly.insert(QStringLiteral("จังหวัด") + p.nameTh, p.code);
    }
    for (const District &d : areas.districts()) {
        m_districtProvince.insert(d.code, d.provinceCode);
        for (const QString &name : {d.nameTh, d.nameEn}) {
            if (name.isEmpty())
                continue;
            m_districtByName.insert(d.provinceCode + ImportFields::folded(name), d.code);
            m_districtExactly.insert(d.provinceCode + name, d.code);
        }
        m_districtExactly.insert(d.provinceCode + d.formalNameTh(), d.code);
    }
}

QString PlaceNames::provinceCode(const QString &text) const
{
    if (const auto it = m_provinceExactly.constFind(text); it != m_provinceExactly.cend())
        return it.value();
    return m_provinceByName.value(withoutPrefix(text, provincePrefix()));
}

QString PlaceNames::districtCode(const QString &text, const QString &provinceCode) const
{
    const QString trimmed = text.trimmed();
    if (m_districtProvince.contains(trimmed))
        return trimmed;
    if (provinceCode.isEmpty())
        return {};
    if (const auto it = m_districtExactly.constFind(provinceCode + trimmed); it != m_districtExactly.cend())
        return it.value();
    return m_districtByName.value(provinceCode + withoutPrefix(trimmed, districtPrefix()));
}

} // namespace khana
