#include "RegistrationImporter.h"

#include "database/StorageHealth.h"
#include "database/Transaction.h"

#include "ImportFields.h"
#include "domain/Person.h"
#include "domain/Registration.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace khana {

struct RegistrationImporter::Prepared
{
    int line = 0;
    Person person;       // id set when the person is already in People
    qint64 categoryId = 0;
    QString provinceCode;
};

using ImportFields::folded;

RegistrationImporter::RegistrationImporter(const QSqlDatabase &db, qint64 workshopId)
    : m_db(db)
    , m_workshopId(workshopId)
    , m_places(db)
{
    if (const auto w = WorkshopStore(db).find(workshopId))
        m_categories = w->categories;
}

QString RegistrationImporter::fieldLabel(Field field)
{
    switch (field) {
    case NameTh: return QCoreApplication::translate("RegistrationImporter", "Name (Thai)");
    case NameEn: return QCoreApplication::translate("RegistrationImporter", "Name in English");
    case Nickname: return QCoreApplication::translate("RegistrationImporter", "Nickname");
    case Phone: return QCoreApplication::translate("RegistrationImporter", "Phone");
    case NationalId: return QCoreApplication::translate("RegistrationImporter", "National ID");
    case Province: return QCoreApplication::translate("RegistrationImporter", "Province");
    case Category: return QCoreApplication::translate("RegistrationImporter", "Participant category");
    case MemberNumber: return QCoreApplication::translate("RegistrationImporter", "Member no.");
    case FieldCount: break;
    }
    return {};
}

RegistrationImporter::Mapping RegistrationImporter::guessMapping(const QStringList &header)
{
    const QList<int> columns = ImportFields::guessColumns(
        header,
        {{QStringLiteral("name_th"), QStringLiteral("ชื่อ-สกุล"), QStringLiteral("ชื่อ-นามสกุล"), QStringLiteral("ชื่อสกุล"),
          QStringLiteral("ชื่อ"), QStringLiteral("name"), QStringLiteral("full name")},
         {QStringLiteral("name_en"), QStringLiteral("english name"), QStringLiteral("ชื่อภาษาอังกฤษ")},
         {QStringLiteral("nickname"), QStringLiteral("ชื่อเล่น")},
         {QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("tel"), QStringLiteral("โทรศัพท์"),
          QStringLiteral("เบอร์โทร"), QStringLiteral("เบอร์โทรศัพท์"), QStringLiteral("มือถือ")},
         {QStringLiteral("national_id"), QStringLiteral("national id"), QStringLiteral("เลขประจำตัวประชาชน"),
          QStringLiteral("เลขบัตรประชาชน")},
         {QStringLiteral("province"), QStringLiteral("province_code"), QStringLiteral("จังหวัด")},
         {QStringLiteral("category"), QStringLiteral("ประเภท"), QStringLiteral("ประเภทผู้เข้าร่วม"), QStringLiteral("กลุ่ม")},
         {QStringLiteral("member_no"), QStringLiteral("member number"), QStringLiteral("เลขสมาชิก")}});
    Mapping mapping;
    for (int f = 0; f < FieldCount; ++f)
        mapping.insert(Field(f), columns.at(f));
    return mapping;
}

RegistrationImporter::Result RegistrationImporter::prepare(const CsvReader::Table &table, const Mapping &mapping, QList<Prepared> *rows) const
{
    Result result;
    if (!table.ok()) {
        result.fileError = table.error;
        return result;
    }
    if (mapping.value(NameTh, -1) < 0) {
        result.fileError = QCoreApplication::translate("RegistrationImporter", "Choose the column that holds the names.");
        return result;
    }
    if (mapping.value(Category, -1) < 0 && m_defaultCategory == 0) {
        result.fileError = QCoreApplication::translate("RegistrationImporter", "Choose the category column, or a category for everyone.");
        return result;
    }
    // People already in Khana, found by phone or national id; and who is registered already.
    QHash<QString, qint64> byPhone;
    QHash<QString, qint64> byNationalId;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (StorageHealth::exec(q, QStringLiteral("SELECT id, phone, COALESCE(national_id, '') FROM person WHERE phone <> '' OR national_id IS NOT NULL"))) {
        while (q.next()) {
            if (!q.value(1).toString().isEmpty())
                byPhone.insert(q.value(1).toString(), q.value(0).toLongLong());
            if (!q.value(2).toString().isEmpty())
                byNationalId.insert(q.value(2).toString(), q.value(0).toLongLong());
        }
    }
    QSet<qint64> registered;
    q.prepare(QStringLiteral("SELECT person_id FROM registration WHERE workshop_id = ?"));
    q.addBindValue(m_workshopId);
    if (StorageHealth::exec(q))
        while (q.next())
            registered.insert(q.value(0).toLongLong());

    QHash<QString, qint64> categoryByName;
    for (const ParticipantCategory &c : m_categories)
        categoryByName.insert(folded(c.name), c.id);

    QSet<QString> seenInFile;
    for (const CsvRecord &record : table.records) {
        auto value = [&](Field f) { return record.fields.value(mapping.value(f, -1)).trimmed(); };
        auto column = [&](Field f) { return table.header.value(mapping.value(f, -1)); };
        QList<RowError> rowErrors;
        auto fail = [&](Field f, const QString &message) { rowErrors.append({record.line, column(f), message}); };

        Prepared row;
        row.line = record.line;
        Person &p = row.person;
        p.nameTh = value(NameTh);
        p.nameEn = value(NameEn);
        p.nickname = value(Nickname);
        p.phone = value(Phone);
        p.nationalId = value(NationalId);
        p.memberNumber = value(MemberNumber);

        const QString provinceText = value(Province);
        if (!provinceText.isEmpty()) {
            row.provinceCode = m_places.provinceCode(provinceText);
            if (row.provinceCode.isEmpty())
                fail(Province, QCoreApplication::translate("RegistrationImporter", "Unknown province \"%1\".").arg(provinceText));
        }
        p.provinceCode = row.provinceCode;
        const QString categoryText = value(Category);
        row.categoryId = categoryText.isEmpty() ? m_defaultCategory : categoryByName.value(folded(categoryText));
        if (row.categoryId == 0)
            fail(Category, categoryText.isEmpty()
                               ? QCoreApplication::translate("RegistrationImporter", "No category.")
                               : QCoreApplication::translate("RegistrationImporter", "Unknown category \"%1\" for this workshop.").arg(categoryText));

        const FieldErrors personErrors = cleanAndValidate(p);
        for (const FieldError &e : personErrors) {
            const Field f = e.field == PersonField::Phone ? Phone : e.field == PersonField::NationalId ? NationalId : NameTh;
            fail(f, e.message);
        }
        if (rowErrors.isEmpty()) {
            if (!p.nationalId.isEmpty() && byNationalId.contains(p.nationalId))
                p.id = byNationalId.value(p.nationalId);
            else if (!p.phone.isEmpty() && byPhone.contains(p.phone))
                p.id = byPhone.value(p.phone);
            const QString key = p.id ? QString::number(p.id) : p.nameTh + QLatin1Char('|') + p.phone;
            if (p.id && registered.contains(p.id))
                fail(NameTh, QCoreApplication::translate("RegistrationImporter", "Already registered for this workshop."));
            else if (seenInFile.contains(key))
                fail(NameTh, QCoreApplication::translate("RegistrationImporter", "The same person appears twice in the file."));
            seenInFile.insert(key);
        }
        if (!rowErrors.isEmpty()) {
            result.errors.append(rowErrors);
            continue;
        }
        QString categoryName;
        for (const ParticipantCategory &c : m_categories)
            if (c.id == row.categoryId)
                categoryName = c.name;
        result.good.append({record.line, p.nameTh, categoryName, provinceText, p.id != 0});
        rows->append(row);
    }
    return result;
}

RegistrationImporter::Result RegistrationImporter::check(const CsvReader::Table &table, const Mapping &mapping) const
{
    QList<Prepared> rows;
    return prepare(table, mapping, &rows);
}

RegistrationImporter::Result RegistrationImporter::import(const CsvReader::Table &table, const Mapping &mapping)
{
    QList<Prepared> rows;
    Result result = prepare(table, mapping, &rows);
    if (!result.fileError.isEmpty() || rows.isEmpty())
        return result;
    QList<Person> newPeople;
    for (const Prepared &r : std::as_const(rows))
        if (r.person.id == 0)
            newPeople.append(r.person);
    Transaction t(m_db);
    PersonStore people(m_db);
    RegistrationStore registrations(m_db);
    people.insertBulk(t, newPeople);
    QList<Registration> toAdd;
    qsizetype next = 0;
    for (const Prepared &r : std::as_const(rows)) {
        Registration reg;
        reg.workshopId = m_workshopId;
        reg.personId = r.person.id ? r.person.id : newPeople.value(next++).id;
        reg.categoryId = r.categoryId;
        reg.provinceCode = r.provinceCode;
        toAdd.append(reg);
    }
    if (!t.ok() || !registrations.addBulk(t, toAdd) || !t.commit()) {
        result.fileError = QCoreApplication::translate("RegistrationImporter", "Nothing was imported: %1").arg(t.errorText());
        return result;
    }
    result.imported = int(toAdd.size());
    return result;
}

} // namespace khana
