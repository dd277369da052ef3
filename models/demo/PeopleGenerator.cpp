#include "PeopleGenerator.h"

#include "database/Database.h"
#include "io/CsvReader.h"
#include "io/DistrictImporter.h"
#include "stores/PersonStore.h"

#include <array>

namespace khana {

namespace {

struct Name
{
    const char *thai;
    const char *latin;
};

constexpr std::array kGivenNames = {
    Name{"สมชาย", "Somchai"},     Name{"สมศรี", "Somsri"},       Name{"ประเสริฐ", "Prasert"},
    Name{"วิไลวรรณ", "Wilaiwan"},  Name{"อนุชา", "Anucha"},       Name{"กาญจนา", "Kanchana"},
    Name{"ธนากร", "Thanakorn"},    Name{"ศิริพร", "Siriporn"},     Name{"ณัฐพล", "Nattaphon"},
    Name{"พิมพ์ชนก", "Phimchanok"}, Name{"สุรเชษฐ์", "Surachet"},   Name{"อรทัย", "Orathai"},
    Name{"บุญมี", "Bunmi"},        Name{"จันทร์เพ็ญ", "Chanphen"}, Name{"เกียรติศักดิ์", "Kiattisak"},
    Name{"นงลักษณ์", "Nongluck"},  Name{"วีระพงษ์", "Weeraphong"}, Name{"รัตนา", "Rattana"},
    Name{"ชัยวัฒน์", "Chaiwat"},    Name{"ปราณี", "Pranee"},       Name{"เอกชัย", "Ekkachai"},
    Name{"สุดารัตน์", "Sudarat"},    Name{"ไพโรจน์", "Pairoj"},     Name{"แสงเดือน", "Saengduean"},
};

constexpr std::array kFamilyNames = {
    Name{"แก้วมณี", "Kaewmanee"},     Name{"ศรีสุข", "Srisuk"},         Name{"ใจดี", "Jaidee"},
    Name{"คำแสน", "Khamsaen"},       Name{"ปัญญาวงศ์", "Panyawong"},   Name{"อินทร์แก้ว", "Inkaew"},
    Name{"สุวรรณรัตน์", "Suwannarat"}, Name{"ทองดี", "Thongdee"},       Name{"วงศ์ใหญ่", "Wongyai"},
    Name{"เรือนคำ", "Rueankham"},    Name{"ไชยวงศ์", "Chaiyawong"},    Name{"ธรรมวงศ์", "Thammawong"},
    Name{"จันทร์ตา", "Chanta"},       Name{"บุญเรือง", "Bunrueang"},    Name{"ศรีวิชัย", "Sriwichai"},
    Name{"มหาวงศ์", "Mahawong"},     Name{"ปินตา", "Pinta"},           Name{"กันทะวงศ์", "Kanthawong"},
    Name{"อุ่นเรือน", "Unruean"},     Name{"สิทธิชัย", "Sitthichai"},
};

constexpr std::array kNicknames = {"ต้น", "นก", "แดง", "ปุ้ย", "เอ", "บี", "หนุ่ม", "แอน", "เล็ก", "ก้อง", "ฝน", "ใหม่"};

} // namespace

PeopleGenerator::PeopleGenerator(const QList<District> &districts, quint32 seed)
    : m_districts(districts)
    , m_random(seed)
{
}

Person PeopleGenerator::next()
{
    ++m_serial;
    Person p;
    const Name &given = kGivenNames.at(m_random.bounded(int(kGivenNames.size())));
    const Name &family = kFamilyNames.at(m_random.bounded(int(kFamilyNames.size())));
    p.nameTh = QString::fromUtf8(given.thai) + QLatin1Char(' ') + QString::fromUtf8(family.thai);
    p.nameEn = QString::fromLatin1(given.latin) + QLatin1Char(' ') + QString::fromLatin1(family.latin);
    if (m_random.bounded(3) == 0)
        p.nickname = QString::fromUtf8(kNicknames.at(m_random.bounded(int(kNicknames.size()))));
    static const char *const prefixes[] = {"08", "09", "06"};
    p.phone = QString::fromLatin1(prefixes[m_random.bounded(3)])
        + QStringLiteral("%1").arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'));
    if (!m_districts.isEmpty()) {
        const District &d = m_districts.at(m_random.bounded(int(m_districts.size())));
        p.provinceCode = d.provinceCode;
        p.districtCode = d.code;
    }
    const int kind = m_random.bounded(10);
    if (kind < 8) {
        p.membershipType = kind < 6 ? MembershipType::Annual : MembershipType::Lifetime;
        p.joinDate = QDate(2020, 1, 1).addDays(m_random.bounded(365 * 4 + 300));
        p.memberNumber = QStringLiteral("%1").arg(m_serial, 7, 10, QLatin1Char('0'));
        if (p.membershipType == MembershipType::Annual && m_random.bounded(8) == 0) {
            p.endDate = p.joinDate.addYears(1);
            p.status = PersonStatus::Lapsed;
        }
    }
    const int role = m_random.bounded(40);
    if (role == 0)
        p.tags = {QStringLiteral("staff")};
    else if (role < 4)
        p.tags = {QStringLiteral("volunteer")};
    else if (role == 4)
        p.tags = {QStringLiteral("district_rep")};
    return p;
}

bool DemoData::populate(const QSqlDatabase &db, QString *error)
{
    AreaStore areas(db);
    DistrictImporter importer(areas.provinces());
    const auto parsed = importer.parse(CsvReader::readFile(QStringLiteral(":/demo/districts.csv")));
    if (!parsed.fileError.isEmpty() || !parsed.errors.isEmpty()) {
        *error = parsed.fileError.isEmpty() ? parsed.errors.first().message : parsed.fileError;
        return false;
    }
    const auto written = areas.upsertDistricts(parsed.districts);
    if (!written.ok()) {
        *error = written.error;
        return false;
    }
    PeopleGenerator generator(parsed.districts, 2567);
    QList<Person> people;
    for (int i = 0; i < kDemoPeople; ++i) {
        Person p = generator.next();
        cleanAndValidate(p);
        people.append(p);
    }
    PersonStore store(db);
    if (!store.insertBulk(people, error))
        return false;
    return Database::setMetaValue(db, QStringLiteral("demo"), QStringLiteral("1"));
}

} // namespace khana
