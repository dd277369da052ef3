// Thai is Khana's first language: every string must be translated, the catalogue must be
// embedded, and Qt's own buttons must speak Thai too.

#include "database/ServerDatabase.h"
#include "shell/Localization.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
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

    // A text translated at run time under a context lupdate filed it under otherwise stays
    // English on screen though the catalogue is complete: every context the code names must be
    // one of the catalogue's.
    void everyContextTheCodeNamesIsInTheCatalogue()
    {
        QFile ts(QStringLiteral(KHANA_SOURCE_DIR "/translations/khana_th.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QSet<QString> catalogued;
        QXmlStreamReader xml(&ts);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("name"))
                catalogued.insert(xml.readElementText());
        }
        // Plain string literals with the macro's name split: moc reads this file too.
        const QRegularExpression named(QStringLiteral("translate\\(\\s*\"([^\"]+)\"|Q_DECLARE_TR") + QStringLiteral("_FUNCTIONS\\((\\w+)\\)"));
        QStringList missing;
        int seen = 0;
        for (const char *folder : {"/app", "/ui", "/models"}) {
            QDirIterator files(QStringLiteral(KHANA_SOURCE_DIR) + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile f(files.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString code = QString::fromUtf8(f.readAll());
                for (const QRegularExpressionMatch &m : named.globalMatch(code)) {
                    const QString context = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
                    ++seen;
                    if (!catalogued.contains(context))
                        missing.append(QStringLiteral("%1 in %2").arg(context, QFileInfo(f.fileName()).fileName()));
                }
            }
        }
        QVERIFY(seen > 50);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    }

    // The same, seen from the outside: texts from free functions come out in Thai.
    void freeFunctionsSpeakThai()
    {
        QVERIFY(khana::installTranslations(*qApp, QLocale(QLocale::Thai, QLocale::Thailand)));
        khana::ServerAddress office;
        office.host = QStringLiteral("khana.example.org");
        office.user = QStringLiteral("anna");
        const QString refused = khana::ServerDatabase::classifyConnectionError(office, QStringLiteral("FATAL: password authentication failed")).message;
        QVERIFY2(refused.contains(QStringLiteral("รหัสผ่าน")), qPrintable(refused));
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
