#include "MemberCountImporter.h"

#include "domain/ThaiDate.h"
#include "domain/ThaiText.h"
#include "stores/GrowthStore.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace khana {

namespace {

// Offices write B.E. years ("22/10/2566") and spreadsheets C.E. ones: a four-digit year read
// as B.E. that lands before 1900 was written in C.E.
QDate parseDate(const QString &text)
{
    static const DateFormatter buddhist(QLocale(QLocale::Thai, QLocale::Thailand), Era::Buddhist);
    static const DateFormatter common(QLocale(QLocale::English), Era::Common);
    const QDate asBuddhist = buddhist.parse(text);
    if (asBuddhist.isValid() && asBuddhist.year() >= 1900)
        return asBuddhist;
    return common.parse(text);
}

std::optional<qint64> parseCount(const QString &text)
{
    QString digits = ThaiText::toArabicDigits(text.trimmed());
    digits.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    static const QRegularExpression whole(QStringLiteral("^-?\\d{1,12}$"));
    if (!whole.match(digits).hasMatch())
        return std::nullopt;
    return digits.toLongLong();
}

} // namespace

MemberCountImporter::MemberCountImporter(const QSqlDatabase &db)
    : m_db(db)
{
    const AreaStore areas(db);
    m_provinces = areas.provinces();
    for (const District &d : areas.districts())
        m_districtCodes.insert(d.code, d.provinceCode);
}

QString MemberCountImporter::fieldLabel(Field field)
{
    switch (field) {
    case Date: return QCoreApplication::translate("MemberCountImporter", "Date");
    case Place: return QCoreApplication::translate("MemberCountImporter", "Province or district");
    case Count: return QCoreApplication::translate("MemberCountImporter", "Members");
    case Source: return QCoreApplication::translate("MemberCountImporter", "Source");
    case FieldCount: break;
    }
    return {};
}

MemberCountImporter::Mapping MemberCountImporter::guessMapping(const QStringList &header)
{
    const QHash<Field, QStringList> names{
        {Date, {QStringLiteral("date"), QStringLiteral("counted_on"), QStringLiteral("วันที่")}},
        {Place, {QStringLiteral("place"), QStringLiteral("province"), QStringLiteral("district"), QStringLiteral("scope"),
                 QStringLiteral("จังหวัด"), QStringLiteral("อำเภอ"), QStringLiteral("พื้นที่")}},
        {Count, {QStringLiteral("count"), QStringLiteral("members"), QStringLiteral("จำนวน"), QStringLiteral("จำนวนสมาชิก"), QStringLiteral("สมาชิก")}},
        {Source, {QStringLiteral("source"), QStringLiteral("note"), QStringLiteral("ที่มา"), QStringLiteral("หมายเหตุ")}},
    };
    Mapping mapping;
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        int found = -1;
        for (int c = 0; c < header.size() && found < 0; ++c)
            if (it.value().contains(ThaiText::normalise(header.at(c)).toCaseFolded()))
                found = c;
        mapping.insert(it.key(), found);
    }
    return mapping;
}

std::optional<Scope> MemberCountImporter::place(const QString &raw) const
{
    const QString text = ThaiText::normalise(raw);
    if (text.isEmpty() || text == QLatin1String("ทั้งประเทศ") || text.compare(QLatin1String("country"), Qt::CaseInsensitive) == 0)
        return Scope{};
    if (m_districtCodes.contains(text))
        return Scope{Scope::Kind::District, text};
    QString name = text;
    name.remove(QRegularExpression(QStringLiteral("^(จังหวัด|จ\\.)\\s*")));
    for (const Province &p : m_provinces) {
        if (p.code.compare(text, Qt::CaseInsensitive) == 0 || p.code.mid(3) == text || p.nameTh == name
            || p.nameEn.compare(name, Qt::CaseInsensitive) == 0)
            return Scope{Scope::Kind::Province, p.code};
    }
    return std::nullopt;
}

MemberCountImporter::Result MemberCountImporter::check(const CsvReader::Table &table, const Mapping &mapping) const
{
    Result result;
    if (!table.ok()) {
        result.fileError = table.error;
        return result;
    }
    for (int f = 0; f < FieldCount; ++f) {
        if (isRequired(Field(f)) && mapping.value(Field(f), -1) < 0) {
            result.fileError = QCoreApplication::translate("MemberCountImporter", "Choose the column that holds: %1.").arg(fieldLabel(Field(f)));
            return result;
        }
    }
    auto cell = [&mapping](const CsvRecord &r, Field f) {
        const int c = mapping.value(f, -1);
        return c < 0 ? QString() : r.fields.value(c).trimmed();
    };
    const GrowthStore store(m_db);
    const QDate today = QDate::currentDate();
    QSet<QString> seen;
    for (const CsvRecord &record : table.records) {
        const int errorsBefore = int(result.errors.size());
        MemberCount count;
        count.countedOn = parseDate(cell(record, Date));
        if (!count.countedOn.isValid())
            result.errors.append({record.line, fieldLabel(Date), QCoreApplication::translate("MemberCountImporter", "\"%1\" is not a date.").arg(cell(record, Date))});
        const std::optional<qint64> number = parseCount(cell(record, Count));
        if (!number)
            result.errors.append({record.line, fieldLabel(Count), QCoreApplication::translate("MemberCountImporter", "\"%1\" is not a whole number.").arg(cell(record, Count))});
        else
            count.count = *number;
        const std::optional<Scope> scope = place(cell(record, Place));
        if (!scope)
            result.errors.append({record.line, fieldLabel(Place), QCoreApplication::translate("MemberCountImporter", "\"%1\" is not a known province or district.").arg(cell(record, Place))});
        else
            count.scope = *scope;
        count.source = cell(record, Source);
        if (int(result.errors.size()) > errorsBefore)
            continue;
        const FieldErrors problems = validate(count, today);
        for (const FieldError &e : problems)
            result.errors.append({record.line, e.field == GrowthField::Count ? fieldLabel(Count) : fieldLabel(Date), e.message});
        if (!problems.isEmpty())
            continue;
        const QString key = Scope::kindCode(count.scope.kind) + count.scope.code + count.countedOn.toString(Qt::ISODate);
        if (seen.contains(key)) {
            result.errors.append({record.line, fieldLabel(Date), QCoreApplication::translate("MemberCountImporter", "This place and date are already on an earlier row.")});
            continue;
        }
        seen.insert(key);
        if (const auto existing = store.findCount(count.scope, count.countedOn)) {
            if (!m_replace) {
                result.errors.append({record.line, fieldLabel(Date), QCoreApplication::translate("MemberCountImporter", "A count for this place and date is already recorded.")});
                continue;
            }
            count.id = existing->first;
            count.rowVersion = existing->second;
            ++result.replacing;
        }
        result.good.append(count);
    }
    return result;
}

MemberCountImporter::Result MemberCountImporter::import(const CsvReader::Table &table, const Mapping &mapping)
{
    Result result = check(table, mapping);
    if (!result.fileError.isEmpty() || result.good.isEmpty())
        return result;
    const GrowthStore::SaveResult saved = GrowthStore(m_db).saveCounts(result.good);
    if (!saved.ok()) {
        result.fileError = saved.error;
        return result;
    }
    result.imported = int(result.good.size());
    return result;
}

} // namespace khana
