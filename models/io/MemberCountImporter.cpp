#include "MemberCountImporter.h"

#include "ImportFields.h"
#include "domain/ThaiText.h"
#include "stores/GrowthStore.h"

#include <QCoreApplication>
#include <QSet>

namespace khana {


MemberCountImporter::MemberCountImporter(const QSqlDatabase &db)
    : m_db(db)
    , m_places(db)
{
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
    const QList<int> columns = ImportFields::guessColumns(
        header, {{QStringLiteral("date"), QStringLiteral("counted_on"), QStringLiteral("วันที่")},
                 {QStringLiteral("place"), QStringLiteral("province"), QStringLiteral("district"), QStringLiteral("scope"),
                  QStringLiteral("จังหวัด"), QStringLiteral("อำเภอ"), QStringLiteral("พื้นที่")},
                 {QStringLiteral("count"), QStringLiteral("members"), QStringLiteral("จำนวน"), QStringLiteral("จำนวนสมาชิก"),
                  QStringLiteral("สมาชิก")},
                 {QStringLiteral("source"), QStringLiteral("note"), QStringLiteral("ที่มา"), QStringLiteral("หมายเหตุ")}});
    Mapping mapping;
    for (int f = 0; f < FieldCount; ++f)
        mapping.insert(Field(f), columns.at(f));
    return mapping;
}

std::optional<Scope> MemberCountImporter::place(const QString &raw) const
{
    const QString text = ThaiText::normalise(raw);
    if (text.isEmpty() || text == QLatin1String("ทั้งประเทศ") || text.compare(QLatin1String("country"), Qt::CaseInsensitive) == 0)
        return Scope{};
    if (const QString district = m_places.districtCode(text); !district.isEmpty())
        return Scope{Scope::Kind::District, district};
    if (const QString province = m_places.provinceCode(text); !province.isEmpty())
        return Scope{Scope::Kind::Province, province};
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
        const DateReading reading = ImportFields::readDate(cell(record, Date));
        count.countedOn = reading.date;
        if (!count.countedOn.isValid())
            result.errors.append({record.line, fieldLabel(Date), QCoreApplication::translate("MemberCountImporter", "\"%1\": %2").arg(cell(record, Date), reading.problem)});
        const std::optional<qint64> number = ImportFields::wholeNumber(cell(record, Count));
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
    GrowthStore store(m_db);
    QList<MemberCount> replaced;
    for (const MemberCount &c : std::as_const(result.good))
        if (c.id != 0)
            for (const MemberCount &old : store.counts(c.scope))
                if (old.id == c.id)
                    replaced.append(old);
    const GrowthStore::SaveResult saved = store.saveCounts(result.good);
    if (!saved.ok()) {
        result.fileError = saved.error;
        return result;
    }
    result.replaced = replaced;
    result.imported = int(result.good.size());
    return result;
}

} // namespace khana
