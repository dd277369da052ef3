#include "RosterImporter.h"

#include "BoundedQueue.h"
#include "database/Transaction.h"

#include "stores/PersonStore.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>

#include <array>
#include <atomic>
#include <thread>
#include <utility>

namespace khana {

using ImportFields::folded;

namespace {

// The words rosters use for a membership type and a status, in Thai and English.
const QHash<QString, MembershipType> &membershipWords()
{
    static const QHash<QString, MembershipType> words = [] {
        QHash<QString, MembershipType> w;
        for (const char *s : {"annual", "yearly", "รายปี", "สมาชิกรายปี"})
            w.insert(folded(QString::fromUtf8(s)), MembershipType::Annual);
        for (const char *s : {"lifetime", "life", "ตลอดชีพ", "สมาชิกตลอดชีพ"})
            w.insert(folded(QString::fromUtf8(s)), MembershipType::Lifetime);
        for (const char *s : {"none", "not a member", "ไม่เป็นสมาชิก", "ไม่ได้เป็นสมาชิก"})
            w.insert(folded(QString::fromUtf8(s)), MembershipType::None);
        return w;
    }();
    return words;
}

const QHash<QString, PersonStatus> &statusWords()
{
    static const QHash<QString, PersonStatus> words = [] {
        QHash<QString, PersonStatus> w;
        for (const char *s : {"active", "ปกติ", "คงสภาพ", "ยังเป็นสมาชิก"})
            w.insert(folded(QString::fromUtf8(s)), PersonStatus::Active);
        for (const char *s : {"lapsed", "expired", "ขาดต่ออายุ", "หมดอายุ", "สิ้นสภาพ"})
            w.insert(folded(QString::fromUtf8(s)), PersonStatus::Lapsed);
        for (const char *s : {"resigned", "ลาออก"})
            w.insert(folded(QString::fromUtf8(s)), PersonStatus::Resigned);
        for (const char *s : {"deceased", "died", "เสียชีวิต", "ถึงแก่กรรม"})
            w.insert(folded(QString::fromUtf8(s)), PersonStatus::Deceased);
        return w;
    }();
    return words;
}

// The word as written, else folded.
template<typename T>
std::optional<T> lookUp(const QHash<QString, T> &words, const QString &text)
{
    auto it = words.constFind(text);
    if (it == words.cend())
        it = words.constFind(folded(text));
    return it == words.cend() ? std::nullopt : std::optional<T>(it.value());
}

RosterImporter::Field fieldOf(const QString &personField)
{
    using F = RosterImporter::Field;
    static const QHash<QString, F> fields{
        {PersonField::NameTh, F::NameTh},         {PersonField::NameEn, F::NameEn},
        {PersonField::Phone, F::Phone},           {PersonField::NationalId, F::NationalId},
        {PersonField::MemberNumber, F::MemberNumber}, {PersonField::Province, F::Province},
        {PersonField::District, F::District},     {PersonField::JoinDate, F::JoinDate},
        {PersonField::EndDate, F::EndDate},       {PersonField::MembershipType, F::Membership},
        {PersonField::Status, F::Status},
    };
    return fields.value(personField, F::NameTh);
}

} // namespace

RosterImporter::RosterImporter(const QSqlDatabase &db)
    : m_db(db)
    , m_places(db)
{
}

QString RosterImporter::fieldLabel(Field field)
{
    switch (field) {
    case NameTh: return QCoreApplication::translate("RosterImporter", "Name (Thai)");
    case NameEn: return QCoreApplication::translate("RosterImporter", "Name in English");
    case Phone: return QCoreApplication::translate("RosterImporter", "Phone");
    case NationalId: return QCoreApplication::translate("RosterImporter", "National ID");
    case MemberNumber: return QCoreApplication::translate("RosterImporter", "Member no.");
    case Province: return QCoreApplication::translate("RosterImporter", "Province");
    case District: return QCoreApplication::translate("RosterImporter", "District");
    case JoinDate: return QCoreApplication::translate("RosterImporter", "Joined");
    case EndDate: return QCoreApplication::translate("RosterImporter", "Membership ended");
    case Membership: return QCoreApplication::translate("RosterImporter", "Membership");
    case Status: return QCoreApplication::translate("RosterImporter", "Status");
    case FieldCount: break;
    }
    return {};
}

RosterImporter::Mapping RosterImporter::guessMapping(const QStringList &header)
{
    const QList<int> columns = ImportFields::guessColumns(
        header,
        {{QStringLiteral("name_th"), QStringLiteral("ชื่อ-สกุล"), QStringLiteral("ชื่อ-นามสกุล"), QStringLiteral("ชื่อสกุล"),
          QStringLiteral("ชื่อ"), QStringLiteral("name"), QStringLiteral("full name")},
         {QStringLiteral("name_en"), QStringLiteral("english name"), QStringLiteral("ชื่อภาษาอังกฤษ")},
         {QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("tel"), QStringLiteral("โทรศัพท์"),
          QStringLiteral("เบอร์โทร"), QStringLiteral("เบอร์โทรศัพท์"), QStringLiteral("มือถือ")},
         {QStringLiteral("national_id"), QStringLiteral("national id"), QStringLiteral("เลขประจำตัวประชาชน"),
          QStringLiteral("เลขบัตรประชาชน")},
         {QStringLiteral("member_no"), QStringLiteral("member number"), QStringLiteral("member no"), QStringLiteral("เลขสมาชิก"),
          QStringLiteral("เลขที่สมาชิก"), QStringLiteral("หมายเลขสมาชิก")},
         {QStringLiteral("province"), QStringLiteral("province_code"), QStringLiteral("จังหวัด")},
         {QStringLiteral("district"), QStringLiteral("district_code"), QStringLiteral("amphoe"), QStringLiteral("อำเภอ"),
          QStringLiteral("อำเภอ/เขต"), QStringLiteral("เขต")},
         {QStringLiteral("join_date"), QStringLiteral("joined"), QStringLiteral("date joined"), QStringLiteral("วันที่สมัคร"),
          QStringLiteral("วันสมัคร"), QStringLiteral("วันที่เป็นสมาชิก")},
         {QStringLiteral("end_date"), QStringLiteral("ended"), QStringLiteral("expires"), QStringLiteral("วันหมดอายุ"),
          QStringLiteral("วันที่สิ้นสุด"), QStringLiteral("วันสิ้นสุดสมาชิกภาพ")},
         {QStringLiteral("membership"), QStringLiteral("membership_type"), QStringLiteral("type"), QStringLiteral("ประเภทสมาชิก"),
          QStringLiteral("ประเภท")},
         {QStringLiteral("status"), QStringLiteral("สถานะ"), QStringLiteral("สถานภาพ")}});
    Mapping mapping;
    for (int f = 0; f < FieldCount; ++f)
        mapping.insert(Field(f), columns.at(f));
    return mapping;
}

RosterImporter::Result RosterImporter::prepare(const CsvReader::Table &table, const Mapping &mapping, const PersonStore::Known &known,
                                               const std::function<bool(const Person &)> &addNew, QList<Person> *matched,
                                               const WorkProgress &progress) const
{
    Result result;
    if (!table.ok()) {
        result.fileError = table.error;
        return result;
    }
    if (mapping.value(NameTh, -1) < 0) {
        result.fileError = QCoreApplication::translate("RosterImporter", "Choose the column that holds the names.");
        return result;
    }
    std::array<int, FieldCount> column{};
    for (int f = 0; f < FieldCount; ++f)
        column[f] = mapping.value(Field(f), -1);
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    // Rows already taken, so that a person is in the file once.
    QHash<QString, int> lineOfNationalId;
    QHash<QString, int> lineOfMemberNumber;
    QHash<QString, int> lineOfPhoneAndName;
    for (QHash<QString, int> *lines : {&lineOfNationalId, &lineOfMemberNumber, &lineOfPhoneAndName})
        lines->reserve(table.records.size());
    QSet<qint64> matchedIds;

    const qsizetype rows = table.records.size();
    for (qsizetype row = 0; row < rows; ++row) {
        if ((row & 0xFFF) == 0 && !keepGoing(progress, row, rows)) {
            result.cancelled = true;
            result.fileError = QCoreApplication::translate("RosterImporter", "The import was cancelled; nothing was imported.");
            return result;
        }
        const CsvRecord &record = table.records.at(row);
        auto value = [&](Field f) { return column[f] < 0 ? QString() : record.fields.value(column[f]).trimmed(); };
        const int errorsBefore = int(result.errors.size());
        auto fail = [&](Field f, const QString &message) {
            result.errors.append({record.line, column[f] < 0 ? fieldLabel(f) : table.header.value(column[f]), message});
        };

        Person p;
        p.nameTh = value(NameTh);
        p.nameEn = value(NameEn);
        p.phone = value(Phone);
        p.nationalId = value(NationalId);
        p.memberNumber = value(MemberNumber);

        const QString provinceText = value(Province);
        const QString districtText = value(District);
        if (!provinceText.isEmpty()) {
            p.provinceCode = m_places.provinceCode(provinceText);
            if (p.provinceCode.isEmpty())
                fail(Province, QCoreApplication::translate("RosterImporter", "Unknown province \"%1\".").arg(provinceText));
        }
        if (!districtText.isEmpty() && errorsBefore == result.errors.size()) {
            p.districtCode = m_places.districtCode(districtText, p.provinceCode);
            const QString districtProvince = m_places.provinceOfDistrict(p.districtCode);
            if (p.districtCode.isEmpty())
                fail(District, p.provinceCode.isEmpty() ? QCoreApplication::translate("RosterImporter", "Unknown district \"%1\": give its code, or its province too.").arg(districtText)
                                                        : QCoreApplication::translate("RosterImporter", "No district \"%1\" in this province.").arg(districtText));
            else if (!p.provinceCode.isEmpty() && districtProvince != p.provinceCode)
                fail(District, QCoreApplication::translate("RosterImporter", "District %1 is not in this province.").arg(districtText));
            else
                p.provinceCode = districtProvince;
        }

        const QString membershipText = value(Membership);
        if (membershipText.isEmpty()) {
            p.membershipType = m_defaultMembership;
        } else if (const auto type = lookUp(membershipWords(), membershipText)) {
            p.membershipType = *type;
        } else {
            fail(Membership, QCoreApplication::translate("RosterImporter", "\"%1\" is not a membership type (annual or lifetime).").arg(membershipText));
        }
        for (const Field f : {JoinDate, EndDate}) {
            const QString text = value(f);
            if (text.isEmpty())
                continue;
            const DateReading reading = ImportFields::readDate(text);
            const QDate date = reading.date;
            if (!date.isValid())
                fail(f, QCoreApplication::translate("RosterImporter", "\"%1\": %2").arg(text, reading.problem));
            else if (date > today)
                fail(f, QCoreApplication::translate("RosterImporter", "%1 is in the future.").arg(text));
            (f == JoinDate ? p.joinDate : p.endDate) = date;
        }
        const QString statusText = value(Status);
        if (statusText.isEmpty()) {
            // A roster without a status column still says who has left: an ended membership.
            p.status = p.endDate.isValid() ? PersonStatus::Lapsed : PersonStatus::Active;
        } else if (const auto status = lookUp(statusWords(), statusText)) {
            p.status = *status;
        } else {
            fail(Status, QCoreApplication::translate("RosterImporter", "\"%1\" is not a status (active, lapsed, resigned or deceased).").arg(statusText));
        }

        // A rule on a field already refused (a join date that is not a date) says no more.
        QSet<Field> refused;
        for (qsizetype i = errorsBefore; i < result.errors.size(); ++i)
            for (int f = 0; f < FieldCount; ++f)
                if (result.errors.at(i).column == (column[f] < 0 ? fieldLabel(Field(f)) : table.header.value(column[f])))
                    refused.insert(Field(f));
        for (const FieldError &e : cleanAndValidate(p))
            if (!refused.contains(fieldOf(e.field)))
                fail(fieldOf(e.field), e.message);
        if (result.errors.size() > errorsBefore)
            continue;

        // Who this is: national id first, then member number, then phone with the same name.
        const qint64 byId = p.nationalId.isEmpty() ? 0 : known.byNationalId.value(p.nationalId);
        const qint64 byNumber = p.memberNumber.isEmpty() ? 0 : known.byMemberNumber.value(p.memberNumber);
        qint64 byPhone = 0;
        // Names are stored normalised, as cleanAndValidate() left this one.
        const QString name = p.nameTh.toCaseFolded();
        if (!p.phone.isEmpty())
            for (auto it = known.byPhone.constFind(p.phone); it != known.byPhone.cend() && it.key() == p.phone; ++it)
                if (known.nameOf.value(it.value()).toCaseFolded() == name)
                    byPhone = it.value();
        p.id = byId ? byId : byNumber ? byNumber : byPhone;
        if (byId && byNumber && byId != byNumber)
            fail(MemberNumber, QCoreApplication::translate("RosterImporter", "Member no. %1 belongs to someone else in People.").arg(p.memberNumber));
        else if (p.id && !p.memberNumber.isEmpty() && !known.memberNumberOf.value(p.id, p.memberNumber).isEmpty()
                 && known.memberNumberOf.value(p.id, p.memberNumber) != p.memberNumber)
            fail(MemberNumber, QCoreApplication::translate("RosterImporter", "This person's member no. in People is %1.").arg(known.memberNumberOf.value(p.id)));
        else if (p.id && !p.nationalId.isEmpty() && !known.nationalIdOf.value(p.id, p.nationalId).isEmpty()
                 && known.nationalIdOf.value(p.id, p.nationalId) != p.nationalId)
            fail(NationalId, QCoreApplication::translate("RosterImporter", "This member no. belongs to a person with another national ID."));
        else if (p.id && matchedIds.contains(p.id))
            fail(NameTh, QCoreApplication::translate("RosterImporter", "This person is already on an earlier row."));

        // The same person twice in the file.
        const QString phoneKey = p.phone.isEmpty() ? QString() : p.phone + QLatin1Char('|') + name;
        for (const auto &[key, lines, f] : {std::tuple{p.nationalId, &lineOfNationalId, NationalId},
                                            std::tuple{p.memberNumber, &lineOfMemberNumber, MemberNumber},
                                            std::tuple{phoneKey, &lineOfPhoneAndName, Phone}}) {
            if (key.isEmpty())
                continue;
            if (const int earlier = lines->value(key); earlier > 0 && result.errors.size() == errorsBefore)
                fail(f, QCoreApplication::translate("RosterImporter", "Also on row %1.").arg(earlier));
        }
        if (result.errors.size() > errorsBefore)
            continue;
        for (const auto &[key, lines] : {std::pair{p.nationalId, &lineOfNationalId}, std::pair{p.memberNumber, &lineOfMemberNumber},
                                         std::pair{phoneKey, &lineOfPhoneAndName}})
            if (!key.isEmpty())
                lines->insert(key, record.line);
        if (p.id) {
            matchedIds.insert(p.id);
            ++result.matchedPeople;
            if (matched)
                matched->append(p);
        } else {
            ++result.newPeople;
            if (addNew && !addNew(p))
                return result;
        }
    }
    return result;
}

RosterImporter::Result RosterImporter::check(const CsvReader::Table &table, const Mapping &mapping, const WorkProgress &progress) const
{
    return prepare(table, mapping, PersonStore(m_db).known(), {}, nullptr, progress);
}

namespace {

// New people go from the checking thread to the writing one this many at a time, at most
// kBatchesAhead batches ahead of the writer besides the rows it indexes at each pause.
constexpr qsizetype kBatchRows = 2048;
constexpr qsizetype kBatchesAhead = 8;
// How often the writing thread reports progress and looks for Cancel while it waits.
constexpr std::chrono::milliseconds kReportEvery{50};

} // namespace

RosterImporter::Result RosterImporter::import(const CsvReader::Table &table, const Mapping &mapping, const WorkProgress &progress)
{
    const qint64 rows = table.records.size();
    const qint64 total = 2 * rows;
    // Everything from reading who is known to the last row is one transaction, so nobody
    // changes People between the checks and the writes.
    Transaction t(m_db);
    Result result;
    if (!t.ok()) {
        result.fileError = QCoreApplication::translate("RosterImporter", "Nothing was imported: %1").arg(t.errorText());
        return result;
    }
    PersonStore people(m_db);
    const PersonStore::Known known = people.known();
    PersonStore::Adding adding(people, rows);

    // Two cores: this thread (the connection's) writes while another checks the next rows,
    // which touches no database.
    using Batch = QList<PersonStore::Adding::Row>;
    BoundedQueue<Batch> checked(kBatchesAhead + adding.rowsPerPause() / kBatchRows);
    std::atomic<qint64> rowsChecked{0};
    std::atomic<bool> stop{false};
    QList<Person> matched;
    std::thread checker([&] {
        Batch batch;
        batch.reserve(kBatchRows);
        result = prepare(
            table, mapping, known,
            [&](const Person &p) {
                batch.append(adding.rowOf(p));
                if (batch.size() < kBatchRows)
                    return true;
                return checked.push(std::exchange(batch, {}));
            },
            &matched,
            [&](qint64 done, qint64) {
                rowsChecked = done;
                return !stop;
            });
        if (!batch.isEmpty())
            checked.push(std::move(batch));
        checked.close();
    });
    bool stopped = false;
    bool writeFailed = false;
    for (Batch batch;;) {
        const auto popped = checked.pop(&batch, kReportEvery);
        if (popped == BoundedQueue<Batch>::Popped::Finished)
            break;
        if (!keepGoing(progress, rowsChecked, total)) {
            stopped = true;
            break;
        }
        if (popped != BoundedQueue<Batch>::Popped::Item)
            continue;
        for (PersonStore::Adding::Row &row : batch)
            if (!adding.add(std::move(row))) {
                writeFailed = true;
                break;
            }
        if (writeFailed)
            break;
    }
    stop = true;
    checked.close();
    checker.join();

    const auto failed = [&](bool cancelled) {
        result.replaced.clear();
        result.addedIds.clear();
        result.cancelled = cancelled || t.errorText().isEmpty() || t.errorKind() == StorageError::Kind::Cancelled;
        result.fileError = result.cancelled ? QCoreApplication::translate("RosterImporter", "The import was cancelled; nothing was imported.")
                                            : QCoreApplication::translate("RosterImporter", "Nothing was imported: %1").arg(t.errorText());
        return result;
    };
    if (writeFailed) {
        t.failWithDriverText(adding.error());
        return failed(false);
    }
    if (stopped || result.cancelled)
        return failed(true);
    if (!result.fileError.isEmpty() || result.goodRows() == 0)
        return result; // nothing is written: the transaction is rolled back
    const qsizetype steps = adding.finishingSteps();
    const WorkProgress finishing = [&](qint64 done, qint64) {
        stopped = !keepGoing(progress, rows + (steps ? rows * done / steps : rows), total);
        return !stopped;
    };
    if (!adding.finish(finishing)) {
        if (!stopped)
            t.failWithDriverText(adding.error());
        return failed(stopped);
    }
    QList<qint64> matchedIds;
    matchedIds.reserve(matched.size());
    for (const Person &p : std::as_const(matched))
        matchedIds.append(p.id);
    // Read inside the transaction, so nobody changes them between reading and writing.
    result.replaced = people.membershipSnapshots(matchedIds);
    if (result.replaced.size() != matched.size())
        t.fail(QCoreApplication::translate("RosterImporter", "Some of the people to update were deleted meanwhile."));
    if (!t.ok() || !people.updateMemberships(t, matched) || !keepGoing(progress, total, total) || !t.commit())
        return failed(false);
    result.imported = result.goodRows();
    result.addedIds = adding.ids();
    return result;
}

} // namespace khana
