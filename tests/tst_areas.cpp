#include "TestDatabase.h"
#include "domain/ThaiText.h"
#include "io/DistrictImporter.h"
#include "stores/AreaStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace khana;

namespace {

const QString kThaiAdmin = QStringLiteral(KHANA_SHARED_DIR "/data/thai-admin");

} // namespace

class TestAreas : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seventySevenProvincesInSixRegions()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        const QList<Province> provinces = AreaStore(t.db()).provinces();
        QCOMPARE(provinces.size(), 77);
        QHash<QString, int> regions;
        for (const Province &p : provinces)
            ++regions[p.region];
        QCOMPARE(regions.value(QStringLiteral("north")), 9);
        QCOMPARE(regions.value(QStringLiteral("northeast")), 20);
        QCOMPARE(regions.value(QStringLiteral("central")), 22);
        QCOMPARE(regions.value(QStringLiteral("east")), 7);
        QCOMPARE(regions.value(QStringLiteral("west")), 5);
        QCOMPARE(regions.value(QStringLiteral("south")), 14);
    }

    void provincesMatchIsoCodes()
    {
        QFile json(QStringLiteral("/usr/share/iso-codes/json/iso_3166-2.json"));
        if (!json.open(QIODevice::ReadOnly))
            QSKIP("Debian's iso-codes package is not installed (iso_3166-2.json missing)");
        const QJsonArray all = QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("3166-2")).toArray();
        QHash<QString, QString> iso;
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            const QString code = o.value(QStringLiteral("code")).toString();
            // Pattaya (TH-S) is a special administrative city, not a province.
            if (code.startsWith(QLatin1String("TH-")) && code != QLatin1String("TH-S"))
                iso.insert(code, o.value(QStringLiteral("name")).toString());
        }
        QCOMPARE(iso.size(), 77);

        TestDatabase t;
        QVERIFY(t.ok());
        for (const Province &p : AreaStore(t.db()).provinces()) {
            QVERIFY2(iso.contains(p.code), qPrintable(p.code));
            QCOMPARE(p.nameEn, iso.value(p.code));
        }
    }

    void provincesMatchTheRealList()
    {
        if (!QFile::exists(kThaiAdmin + QStringLiteral("/provinces.csv")))
            QSKIP("../shared/data/thai-admin is not beside the repository: real province list not checked");
        TestDatabase t;
        QVERIFY(t.ok());
        DistrictImporter importer(AreaStore(t.db()).provinces());
        QString error;
        // Every province in the real list is matched to a shipped one by its Thai name.
        QVERIFY2(importer.loadProvinceFile(kThaiAdmin + QStringLiteral("/provinces.csv"), &error), qPrintable(error));
    }

    // A new database holds Thailand's districts, as Khana ships them.
    void shipsTheDistricts()
    {
        TestDatabase t;
        QVERIFY2(t.ok(), qPrintable(t.error()));
        AreaStore store(t.db());
        const QList<District> all = store.districts();
        QCOMPARE(all.size(), 929);
        QCOMPARE(store.districtCount(), 929);

        QSet<QString> codes;
        QSet<QString> provincesWithDistricts;
        const QRegularExpression fourDigits(QStringLiteral("^[0-9]{4}$"));
        for (const District &d : all) {
            QVERIFY2(!codes.contains(d.code), qPrintable(d.code));
            codes.insert(d.code);
            QVERIFY2(fourDigits.match(d.code).hasMatch(), qPrintable(d.code));
            // The geocode's first two digits are its province's ISO 3166-2 number.
            QCOMPARE(d.provinceCode, District::provinceCodeOf(d.code));
            provincesWithDistricts.insert(d.provinceCode);
            // Thai names intact: Thai letters and marks, spaces and the hyphen of สุไหงโก-ลก only
            // (no mojibake, no stray bytes), already normalised, without the อำเภอ (or in Bangkok
            // เขต) prefix.
            QVERIFY2(!d.nameTh.isEmpty(), qPrintable(d.code));
            for (const QChar c : d.nameTh)
                QVERIFY2((c >= QChar(0x0E01) && c <= QChar(0x0E5B)) || c == QLatin1Char(' ') || c == QLatin1Char('-'),
                         qPrintable(d.code + QLatin1Char(' ') + d.nameTh));
            QCOMPARE(ThaiText::normalise(d.nameTh), d.nameTh);
            QVERIFY2(!d.nameTh.startsWith(QStringLiteral("อำเภอ")), qPrintable(d.nameTh));
            QCOMPARE(d.khet, d.provinceCode == QLatin1String("TH-10"));
            if (d.khet)
                QVERIFY2(!d.nameTh.startsWith(QStringLiteral("เขต")), qPrintable(d.nameTh));
            QVERIFY2(!d.nameEn.isEmpty() && !d.nameEn.startsWith(QStringLiteral("Amphoe ")) && !d.nameEn.startsWith(QStringLiteral("Khet ")),
                     qPrintable(d.code + QLatin1Char(' ') + d.nameEn));
        }
        // Every province has its districts.
        QCOMPARE(provincesWithDistricts.size(), 77);
        QCOMPARE(store.districts(QStringLiteral("TH-57")).size(), 18);
        QCOMPARE(store.districts(QStringLiteral("TH-56")).size(), 9);
        QCOMPARE(store.districts(QStringLiteral("TH-10")).size(), 50);
        const QList<District> chiangRai = store.districts(QStringLiteral("TH-57"));
        const auto mueang = std::find_if(chiangRai.begin(), chiangRai.end(), [](const District &d) { return d.code == QLatin1String("5701"); });
        QVERIFY(mueang != chiangRai.end());
        QCOMPARE(mueang->nameTh, QStringLiteral("เมืองเชียงราย"));
        QCOMPARE(mueang->formalNameTh(), QStringLiteral("อำเภอเมืองเชียงราย"));
        QCOMPARE(mueang->nameEn, QStringLiteral("Mueang Chiang Rai"));
    }

    // The shipped districts are the real list beside the repository, row for row.
    void shippedDistrictsAreTheRealList()
    {
        if (!QFile::exists(kThaiAdmin + QStringLiteral("/districts.csv")))
            QSKIP("../shared/data/thai-admin is not beside the repository: shipped districts not compared with it");
        TestDatabase t;
        QVERIFY(t.ok());
        AreaStore store(t.db());
        DistrictImporter importer(store.provinces());
        QString error;
        QVERIFY2(importer.loadProvinceFile(kThaiAdmin + QStringLiteral("/provinces.csv"), &error), qPrintable(error));
        const auto parsed = importer.parse(CsvReader::readFile(kThaiAdmin + QStringLiteral("/districts.csv")));
        QVERIFY(parsed.fileError.isEmpty() && parsed.errors.isEmpty());
        QHash<QString, District> shipped;
        for (const District &d : store.districts())
            shipped.insert(d.code, d);
        QCOMPARE(shipped.size(), parsed.districts.size());
        for (const District &real : parsed.districts) {
            QVERIFY2(shipped.contains(real.code), qPrintable(real.code));
            const District &d = shipped.value(real.code);
            QCOMPARE(d.provinceCode, real.provinceCode);
            QCOMPARE(d.nameTh, real.nameTh);
            QCOMPARE(d.nameEn, real.nameEn);
            QCOMPARE(d.khet, real.khet);
        }
        // Importing the real list over them finds nothing to change.
        const auto again = store.upsertDistricts(parsed.districts);
        QVERIFY(again.ok());
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
    }

    void importsTheRealDistrictList()
    {
        if (!QFile::exists(kThaiAdmin + QStringLiteral("/districts.csv")))
            QSKIP("../shared/data/thai-admin is not beside the repository: real district import not tested");
        TestDatabase t;
        QVERIFY(t.ok());
        QVERIFY(t.clearDistricts()); // as an office that removed nothing would never see: all 929 new
        AreaStore store(t.db());
        DistrictImporter importer(store.provinces());
        QString error;
        QVERIFY2(importer.loadProvinceFile(kThaiAdmin + QStringLiteral("/provinces.csv"), &error), qPrintable(error));
        const CsvReader::Table table = CsvReader::readFile(kThaiAdmin + QStringLiteral("/districts.csv"));
        QVERIFY(table.ok());
        const auto parsed = importer.parse(table);
        QVERIFY(parsed.fileError.isEmpty());
        QVERIFY2(parsed.errors.isEmpty(), parsed.errors.isEmpty() ? "" : qPrintable(parsed.errors.first().message));
        QCOMPARE(parsed.districts.size(), 929);

        const auto written = store.upsertDistricts(parsed.districts);
        QVERIFY2(written.ok(), qPrintable(written.error));
        QCOMPARE(written.inserted, 929);
        QCOMPARE(store.districtCount(), 929);

        const QList<District> chiangRai = store.districts(QStringLiteral("TH-57"));
        QCOMPARE(chiangRai.size(), 18);
        QCOMPARE(store.districts(QStringLiteral("TH-56")).size(), 9);
        QCOMPARE(store.districts(QStringLiteral("TH-10")).size(), 50);
        bool foundMueang = false;
        for (const District &d : chiangRai) {
            QVERIFY(!d.khet);
            if (d.code == QLatin1String("5701")) {
                foundMueang = true;
                QCOMPARE(d.nameTh, QStringLiteral("เมืองเชียงราย"));
                QCOMPARE(d.formalNameTh(), QStringLiteral("อำเภอเมืองเชียงราย"));
                QCOMPARE(d.nameEn, QStringLiteral("Mueang Chiang Rai"));
            }
        }
        QVERIFY(foundMueang);
        for (const District &d : store.districts(QStringLiteral("TH-10"))) {
            QVERIFY(d.khet);
            QVERIFY2(!d.nameTh.startsWith(QStringLiteral("เขต")), qPrintable(d.nameTh));
            QVERIFY2(!d.nameEn.startsWith(QStringLiteral("Khet ")), qPrintable(d.nameEn));
        }

        // Importing the same list again changes nothing.
        const auto again = store.upsertDistricts(parsed.districts);
        QVERIFY(again.ok());
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.updated, 0);
    }

    void prefixes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("bangkok");
        QTest::addColumn<QString>("bare");
        QTest::newRow("amphoe prefix") << QStringLiteral("อำเภอเมืองเชียงราย") << false << QStringLiteral("เมืองเชียงราย");
        QTest::newRow("no prefix") << QStringLiteral("แม่สาย") << false << QStringLiteral("แม่สาย");
        QTest::newRow("short prefix") << QStringLiteral("อ.พาน") << false << QStringLiteral("พาน");
        QTest::newRow("minor district") << QStringLiteral("กิ่งอำเภอดอยหลวง") << false << QStringLiteral("ดอยหลวง");
        QTest::newRow("khet in bangkok") << QStringLiteral("เขตพระนคร") << true << QStringLiteral("พระนคร");
        QTest::newRow("khet kept outside bangkok") << QStringLiteral("เขตทดลอง") << false << QStringLiteral("เขตทดลอง");
        QTest::newRow("zero-width space") << QStringLiteral("อำเภอ\u200Bเทิง") << false << QStringLiteral("เทิง");
    }
    void prefixes()
    {
        QFETCH(QString, name);
        QFETCH(bool, bangkok);
        QFETCH(QString, bare);
        QCOMPARE(DistrictImporter::bareThaiName(name, bangkok), bare);
    }

    void badRowsAreReportedAndGoodRowsKept()
    {
        TestDatabase t;
        QVERIFY(t.ok());
        QVERIFY(t.clearDistricts());
        AreaStore store(t.db());
        DistrictImporter importer(store.provinces());
        const QByteArray csv = "\xEF\xBB\xBF" "code,name_th,name_en,province_code\r\n"
                               "5701,อำเภอเมืองเชียงราย,Mueang Chiang Rai,TH-57\r\n"
                               "9901,อำเภอไม่มีจริง,Nowhere,TH-99\r\n"
                               "5702,,Wiang Chai,TH-57\r\n"
                               "5701,อำเภอเมืองเชียงราย,Duplicate,TH-57\r\n"
                               "1001,เขตพระนคร,Khet Phra Nakhon,10\r\n";
        const auto parsed = importer.parse(CsvReader::read(csv));
        QCOMPARE(parsed.districts.size(), 2);
        QCOMPARE(parsed.errors.size(), 3);
        QCOMPARE(parsed.errors.at(0).line, 3);
        QCOMPARE(parsed.errors.at(0).column, QStringLiteral("province_code"));
        QCOMPARE(parsed.errors.at(1).line, 4);
        QCOMPARE(parsed.errors.at(1).column, QStringLiteral("name_th"));
        QCOMPARE(parsed.errors.at(2).line, 5);
        QCOMPARE(parsed.errors.at(2).column, QStringLiteral("code"));
        const auto written = store.upsertDistricts(parsed.districts);
        QVERIFY(written.ok());
        QCOMPARE(store.districtCount(), 2);
        QCOMPARE(store.districts(QStringLiteral("TH-10")).value(0).nameTh, QStringLiteral("พระนคร"));
    }
};

QTEST_GUILESS_MAIN(TestAreas)
#include "tst_areas.moc"
