#include "PeopleGenerator.h"

#include "SeedConsent.h"
#include "SeedPlans.h"
#include "SeedWorkshops.h"

#include "database/Database.h"
#include "domain/ThaiDate.h"
#include "stores/AreaStore.h"
#include "stores/GrowthStore.h"
#include "stores/PlanStore.h"
#include "stores/ReviewStore.h"
#include "stores/PersonStore.h"
#include "stores/RegistrationStore.h"
#include "stores/WorkshopStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
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
    Name{"สุดารัตน์", "Sudarat"},
    Name{"ไพโรจน์", "Pairoj"},     Name{"แสงเดือน", "Saengduean"},
    Name{"กิตติพงษ์", "Kittiphong"}, Name{"จิราพร", "Chiraphon"},  Name{"ทศพล", "Thotsaphon"},
    Name{"นภาพร", "Naphaphon"},    Name{"พงศกร", "Phongsakon"},  Name{"มาลี", "Mali"},
    Name{"วรวุฒิ", "Worawut"},      Name{"ศุภชัย", "Supachai"},    Name{"สุนันทา", "Sunantha"},
    Name{"อภิชาติ", "Aphichat"},    Name{"อัมพร", "Amphon"},       Name{"บุญเรือน", "Bunruean"},
    Name{"ชนิดา", "Chanida"},      Name{"ธีรวัฒน์", "Thirawat"},   Name{"ปิยะนุช", "Piyanut"},
    Name{"ยุทธนา", "Yutthana"},    Name{"รุ่งนภา", "Rungnapha"},   Name{"วัชระ", "Watchara"},
    Name{"สายสุนีย์", "Saisuni"},   Name{"อำนาจ", "Amnat"},        Name{"ณัฐวุฒิ", "Natthawut"},
    Name{"พรทิพย์", "Phonthip"},   Name{"ดวงใจ", "Duangchai"},    Name{"จักรพันธ์", "Chakkraphan"},
    Name{"ลำดวน", "Lamduan"},      Name{"คำปัน", "Khampan"},      Name{"บัวผัน", "Buaphan"},
    Name{"ทองใบ", "Thongbai"},     Name{"อุไรวรรณ", "Uraiwan"},    Name{"ศิริชัย", "Sirichai"},
    Name{"ปวีณา", "Pawina"},       Name{"ธนพร", "Thanaphon"},     Name{"กมล", "Kamon"},
    Name{"เพ็ญศรี", "Phensi"},      Name{"สุทธิพงษ์", "Sutthiphong"}, Name{"วนิดา", "Wanida"},
    Name{"ชาญชัย", "Chanchai"},    Name{"นิตยา", "Nittaya"},      Name{"มานพ", "Manop"},
};

// Thai family names are unique to a family by law and are compounds of a few Pali/Sanskrit
// and Thai morphemes (ศรี + สุข + วงศ์): combining them gives the diversity of real lists.
constexpr std::array kFamilyParts = {
    Name{"ศรี", "Si"},       Name{"สุข", "suk"},     Name{"วงศ์", "wong"},    Name{"ทอง", "thong"},
    Name{"แก้ว", "kaeo"},     Name{"มณี", "mani"},     Name{"ชัย", "chai"},     Name{"กุล", "kun"},
    Name{"พงษ์", "phong"},    Name{"รัตน์", "rat"},     Name{"สมบูรณ์", "sombun"}, Name{"เจริญ", "charoen"},
    Name{"บุญ", "bun"},       Name{"ธรรม", "tham"},    Name{"ศักดิ์", "sak"},    Name{"สวัสดิ์", "sawat"},
    Name{"พันธ์", "phan"},     Name{"ไพบูลย์", "phaibun"}, Name{"จันทร์", "chan"}, Name{"เพชร", "phet"},
    Name{"อินทร์", "in"},     Name{"นาค", "nak"},      Name{"คำ", "kham"},      Name{"ปัญญา", "panya"},
    Name{"สิทธิ์", "sit"},     Name{"เกียรติ", "kiat"},   Name{"ทวี", "thawi"},    Name{"เรือง", "rueang"},
    Name{"แสง", "saeng"},     Name{"ดี", "di"},        Name{"ใจ", "chai"},      Name{"มหา", "maha"},
    Name{"อุดม", "udom"},     Name{"วิเศษ", "wiset"},   Name{"ประเสริฐ", "prasoet"}, Name{"นิล", "nin"},
    Name{"เงิน", "ngoen"},     Name{"สาย", "sai"},      Name{"ฟ้า", "fa"},       Name{"ดอย", "doi"},
    Name{"เมือง", "mueang"},   Name{"ปิ่น", "pin"},     Name{"ตา", "ta"},        Name{"ยศ", "yot"},
    Name{"วัฒน์", "wat"},      Name{"ภักดี", "phakdi"},  Name{"นนท์", "non"},      Name{"หล้า", "la"},
};

constexpr std::array kNicknames = {"ต้น", "นก", "แดง", "ปุ้ย", "เอ", "บี", "หนุ่ม", "แอน", "เล็ก", "ก้อง", "ฝน", "ใหม่"};

} // namespace

PeopleGenerator::PeopleGenerator(const QList<District> &districts, quint32 seed, const QDate &lastJoin)
    : m_districts(districts)
    , m_random(seed)
    , m_lastJoin(lastJoin)
{
}

Person PeopleGenerator::next()
{
    ++m_serial;
    Person p;
    const Name &given = kGivenNames.at(m_random.bounded(int(kGivenNames.size())));
    QString familyTh;
    QString familyEn;
    const int parts = 2 + m_random.bounded(2);
    for (int i = 0; i < parts; ++i) {
        const Name &part = kFamilyParts.at(m_random.bounded(int(kFamilyParts.size())));
        familyTh += QString::fromUtf8(part.thai);
        familyEn += QString::fromLatin1(part.latin);
    }
    familyEn[0] = familyEn.at(0).toUpper();
    p.nameTh = QString::fromUtf8(given.thai) + QLatin1Char(' ') + familyTh;
    p.nameEn = QString::fromLatin1(given.latin) + QLatin1Char(' ') + familyEn;
    if (m_random.bounded(3) == 0)
        p.nickname = QString::fromUtf8(kNicknames.at(m_random.bounded(int(kNicknames.size()))));
    static const char *const prefixes[] = {"08", "09", "06"};
    p.phone = QString::fromLatin1(prefixes[m_random.bounded(3)])
        + QStringLiteral("%1").arg(m_random.bounded(100000000), 8, 10, QLatin1Char('0'));
    // 067 and 069 are not (yet) mobile ranges: a form would refuse such a number on saving.
    if (p.phone.startsWith(QLatin1String("067")) || p.phone.startsWith(QLatin1String("069")))
        p.phone[2] = p.phone.at(2) == QLatin1Char('7') ? QLatin1Char('5') : QLatin1Char('8');
    if (!m_districts.isEmpty()) {
        const District &d = m_districts.at(m_random.bounded(int(m_districts.size())));
        p.provinceCode = d.provinceCode;
        p.districtCode = d.code;
    }
    const int kind = m_random.bounded(10);
    if (kind < 8) {
        p.membershipType = kind < 6 ? MembershipType::Annual : MembershipType::Lifetime;
        p.joinDate = m_lastJoin.addDays(-m_random.bounded(365 * 4 + 300));
        p.memberNumber = QStringLiteral("%1").arg(m_serial, 7, 10, QLatin1Char('0'));
        // One annual member in eight let the membership lapse after its first year.
        if (p.membershipType == MembershipType::Annual && m_random.bounded(8) == 0 && p.joinDate.addYears(1) < m_lastJoin) {
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

bool DemoData::addSeedWorkshops(const QSqlDatabase &db, const DemoCalendar &when, QString *error)
{
    WorkshopStore workshops(db);
    Workshop chiangRai = SeedWorkshops::chiangRai(when);
    chiangRai.status = WorkshopStatus::Held;
    auto saved = workshops.save(chiangRai);
    // The forum is weeks ahead, announced with its quotas: no one has registered yet.
    Workshop forum = SeedWorkshops::forum427(when);
    forum.status = WorkshopStatus::Announced;
    if (saved.ok())
        saved = workshops.save(forum);
    if (!saved.ok()) {
        *error = saved.error.isEmpty() ? saved.fieldErrors.value(0).message : saved.error;
        return false;
    }
    // Thirty-two Chiang Rai members registered; the first twenty came.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM person WHERE province_code = 'TH-57' ORDER BY id LIMIT 32"));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QList<Registration> registrations;
    // From 08:20 Bangkok time (UTC+7), one every minute and a half.
    const QDateTime morning(chiangRai.days.first().day, QTime(1, 20), Qt::UTC);
    for (int i = 0; q.next(); ++i) {
        Registration r;
        r.workshopId = chiangRai.id;
        r.personId = q.value(0).toLongLong();
        r.categoryId = chiangRai.categories.at(i < 12 ? 0 : i < 20 ? 1 : 2).id;
        r.provinceCode = QStringLiteral("TH-57");
        r.status = i < 20 ? RegistrationStatus::Attended : RegistrationStatus::Confirmed;
        if (i < 20)
            r.checkedInAt = morning.addSecs(i * 97);
        registrations.append(r);
    }
    return RegistrationStore(db).addBulk(registrations, error);
}

bool DemoData::addSeedGrowth(const QSqlDatabase &db, const DemoCalendar &when, QString *error)
{
    // Seed 001: the party's members grew from 68,296 at the end of September 2023 to 77,760
    // on 22 October 2023, against 100,000 by the end of the year. The notes are the office's
    // own words, in Thai whatever the user's language.
    const DateFormatter thai(QLocale(QLocale::Thai, QLocale::Thailand), Era::Buddhist);
    const QDate monthEnd = when.growth(QDate(2023, 9, 30));
    const QDate latest = when.growth(DemoCalendar::seedLatestCount());
    const QDate due = when.growth(QDate(2023, 12, 31));
    const QString report = QStringLiteral("รายงานการขยายฐานสมาชิก ");
    GrowthStore store(db);
    QList<MemberCount> counts{
        {0, 0, {}, monthEnd, 68296, report + thai.longDate(monthEnd)},
        {0, 0, {}, latest, 77760, report + thai.longDate(latest)},
    };
    GrowthTarget members{0, 0, TargetMetric::Members, {}, 100000, when.growth(QDate(2023, 9, 1)), due,
                         QStringLiteral("สมาชิก 100,000 คน ภายใน ") + thai.longDate(due)};
    GrowthStore::SaveResult saved = store.saveCounts(counts);
    if (saved.ok())
        saved = store.saveTarget(members);
    if (!saved.ok())
        *error = saved.error.isEmpty() && !saved.fieldErrors.isEmpty() ? saved.fieldErrors.first().message : saved.error;
    return saved.ok();
}

Database::OpenResult DemoData::open(QString *path)
{
    *path = Database::demoPath();
    const bool fresh = !QFileInfo::exists(*path);
    Database::OpenResult result = Database::openSqlite(*path);
    if (!result.ok() || !fresh)
        return result;
    QString error;
    if (!populate(QSqlDatabase::database(Database::defaultConnectionName()), &error)) {
        Database::close();
        QFile::remove(*path);
        result.status = Database::Status::MigrationFailed;
        result.message = QCoreApplication::translate("Startup", "The demo database could not be built: %1").arg(error);
    }
    return result;
}

bool DemoData::addPlanProgress(const QSqlDatabase &db, qint64 planId, const DemoCalendar &when, QString *error)
{
    const QDate today = when.today();
    PlanStore plans(db);
    const auto storedError = [error](const PersonStore::SaveResult &r) {
        *error = r.error.isEmpty() ? r.fieldErrors.value(0).message : r.error;
        return false;
    };
    // The review of the last quarter that has ended, as the office wrote it at the time: every
    // activity finished in it was done but one, which ran late (the hearings if they were in
    // the quarter, else the last to end); the rest on track.
    qint64 late = 0;
    const std::optional<Plan> plan = plans.findPlan(planId);
    const Quarter reviewed = Quarter::of(today, plan ? plan->year : PlanYear::Calendar).previous();
    if (plan && reviewed.last() >= plan->periodStart) {
        ReviewStore reviews(db);
        const std::optional<Review> review = reviews.open(planId, reviewed, error);
        if (!review)
            return false;
        QHash<qint64, PlanItem> items;
        for (const ReviewEntry &entry : review->entries) {
            if (const std::optional<PlanItem> a = plans.findItem(entry.itemId)) {
                items.insert(a->id, *a);
                if (a->endsOn <= reviewed.last() || !late)
                    late = a->id;
            }
        }
        // The hearings on land and forest fires, when they were in the quarter, as in the seed.
        for (const PlanItem &a : std::as_const(items))
            if (a.title.startsWith(QStringLiteral("เวทีรับฟังปัญหา")))
                late = a.id;
        for (ReviewEntry entry : review->entries) {
            const PlanItem a = items.value(entry.itemId);
            if (a.id == late) {
                entry.status = ActivityStatus::Delayed;
                entry.delayCause = QStringLiteral("ฝนตกหนัก น้ำป่าไหลหลาก เดินทางเข้าพื้นที่ไม่ได้");
                entry.remedy = QStringLiteral("เลื่อนไปจัดในไตรมาสถัดไป ร่วมกับองค์การบริหารส่วนตำบล");
            } else if (a.endsOn <= reviewed.last()) {
                entry.status = ActivityStatus::Done;
                if (a.targetValue)
                    entry.actualValue = *a.targetValue;
            } else {
                entry.status = ActivityStatus::OnTrack;
            }
            const auto saved = reviews.saveEntry(review->id, entry);
            if (!saved.ok())
                return storedError(saved);
        }
    }
    // Where each activity stands today: the late one half done, those ended since done, those
    // running as far along as their time.
    for (PlanItem a : plans.items(planId)) {
        if (a.level != PlanLevel::Activity || !a.startsOn.isValid() || !a.endsOn.isValid() || a.startsOn > today)
            continue;
        if (a.id == late) {
            a.status = ActivityStatus::Delayed;
            a.progress = 50;
        } else if (a.endsOn < today) {
            a.status = ActivityStatus::Done;
            a.progress = 100;
        } else {
            a.status = ActivityStatus::OnTrack;
            const qint64 length = a.startsOn.daysTo(a.endsOn) + 1;
            a.progress = int(a.startsOn.daysTo(today) * 10 / length) * 10;
        }
        const auto saved = plans.updateItem(a);
        if (!saved.ok())
            return storedError(saved);
    }
    return true;
}

bool DemoData::populate(const QSqlDatabase &db, QString *error, const QDate &today)
{
    const DemoCalendar when(today);
    // The demo team works in Chiang Rai and Phayao, whose districts Khana ships.
    AreaStore areas(db);
    // Each province in code order, as the demo has always drawn them: the same demo people on
    // every machine.
    QList<District> districts;
    for (const QString &province : {QStringLiteral("TH-57"), QStringLiteral("TH-56")}) {
        QList<District> inProvince = areas.districts(province);
        std::sort(inProvince.begin(), inProvince.end(), [](const District &a, const District &b) { return a.code < b.code; });
        districts += inProvince;
    }
    if (districts.isEmpty()) {
        *error = QCoreApplication::translate("DemoData", "The database has no districts of Chiang Rai and Phayao.");
        return false;
    }
    // The latest members joined last week.
    PeopleGenerator generator(districts, 2567, today.addDays(-7));
    QList<Person> people;
    for (int i = 0; i < kDemoPeople; ++i) {
        Person p = generator.next();
        cleanAndValidate(p);
        people.append(p);
    }
    PersonStore store(db);
    if (!store.insertBulk(people, error))
        return false;
    if (!addSeedWorkshops(db, when, error))
        return false;
    const qint64 plan = SeedPlans::addChiangRaiPlan(db, error, when);
    if (!plan || !addPlanProgress(db, plan, when, error) || !SeedPlans::addPhayaoPlan(db, error))
        return false;
    if (!addSeedGrowth(db, when, error))
        return false;
    if (!SeedConsent::add(db, people, today, error))
        return false;
    return Database::setMetaValue(db, QStringLiteral("demo"), QStringLiteral("1"));
}

} // namespace khana
