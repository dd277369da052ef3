// Thai text must render with a Thai font and wrap between words (Thai has no spaces: the line
// breaks come from libthai's dictionary).

#include <QFontDatabase>
#include <QGuiApplication>
#include <QTest>
#include <QTextBoundaryFinder>
#include <QTextLayout>

class TestThaiRendering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aThaiFontIsInstalled()
    {
        const QStringList families = QFontDatabase::families(QFontDatabase::Thai);
        QVERIFY2(!families.isEmpty(), "no font with Thai glyphs: install fonts-thai-tlwg");
    }

    void thaiLinesBreakBetweenWords()
    {
        // "we will hold a workshop in Chiang Rai province", written without spaces.
        const QString text = QStringLiteral("เราจะจัดประชุมเชิงปฏิบัติการที่จังหวัดเชียงราย");
        QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
        QList<qsizetype> breaks;
        for (qsizetype pos = finder.toNextBoundary(); pos > 0 && pos < text.size(); pos = finder.toNextBoundary())
            breaks.append(pos);
        QVERIFY2(breaks.size() >= 4, "Thai words are not found: is libthai installed?");
        // Every break falls between words: เรา|จะ|จัด|ประชุม|เชิง|ปฏิบัติ|การ|ที่|จังหวัด|เชียง|ราย
        const QList<qsizetype> wordEnds = {3, 5, 8, 14, 18, 25, 28, 31, 38, 43};
        for (qsizetype b : breaks)
            QVERIFY2(wordEnds.contains(b), qPrintable(QStringLiteral("break inside a word at %1: %2|%3").arg(b).arg(text.left(b), text.mid(b))));
    }

    void aNarrowLayoutWrapsIntoSeveralLines()
    {
        QTextLayout layout(QStringLiteral("คณะทำงานพรรคจังหวัดเชียงรายประชุมจัดทำแผนปฏิบัติงาน"));
        layout.beginLayout();
        int lines = 0;
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(120);
            ++lines;
        }
        layout.endLayout();
        QVERIFY(lines >= 2);
    }
};

QTEST_MAIN(TestThaiRendering)
#include "tst_thairendering.moc"
