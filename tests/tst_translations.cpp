// Thai is Khana's first language: every string must be translated, the catalogue must be
// embedded, and Qt's own buttons must speak Thai too.

#include "shell/Localization.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thaiCatalogueIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("khana_th.ts") << QStringLiteral(KHANA_SOURCE_DIR "/translations/khana_th.ts");
        QTest::newRow("qtbase_th.ts") << QStringLiteral(KHANA_SOURCE_DIR "/translations/qtbase_th.ts");
    }
    void thaiCatalogueIsComplete()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("obsolete") || text.trimmed().isEmpty())
                    unfinished.append(source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished, e.g. \"%2\"").arg(unfinished.size()).arg(unfinished.value(0))));
    }

    void catalogueIsEmbeddedAndUsed()
    {
        QVERIFY(khana::installTranslations(*qApp, QLocale(QLocale::Thai, QLocale::Thailand)));
        QCOMPARE(QCoreApplication::translate("khana::MainWindow", "People"), QStringLiteral("บุคคล"));
        QCOMPARE(QCoreApplication::translate("Person", "Lifetime member"), QStringLiteral("สมาชิกตลอดชีพ"));
        // A workshop day's columns are times of day, not dates.
        QCOMPARE(QCoreApplication::translate("khana::WorkshopEditor", "Ends"), QStringLiteral("เวลาเลิก"));
        QCOMPARE(QCoreApplication::translate("khana::WorkshopEditor", "Starts"), QStringLiteral("เวลาเริ่ม"));
    }

    void qtStandardButtonsSpeakThai()
    {
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("ยกเลิก"));
        QCOMPARE(box.button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')), QStringLiteral("บันทึก"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
