#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace khana {

int CsvReader::Table::column(const QStringList &names) const
{
    for (const QString &name : names) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return int(i);
        }
    }
    return -1;
}

CsvReader::Table CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Table t;
        t.error = QCoreApplication::translate("CsvReader", "Cannot read %1: %2").arg(path, file.errorString());
        return t;
    }
    return read(file.readAll());
}

CsvReader::Table CsvReader::read(const QByteArray &bytes)
{
    Table t;
    const QString text = decode(bytes, &t.encoding);
    QList<CsvRecord> records = parse(text);
    if (records.isEmpty()) {
        t.error = QCoreApplication::translate("CsvReader", "The file is empty.");
        return t;
    }
    t.header = records.takeFirst().fields;
    for (QString &h : t.header)
        h = h.trimmed();
    t.records = records;
    return t;
}

QString CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder utf16(QStringDecoder::Utf16, QStringDecoder::Flag::ConvertInitialBom);
        QString text = utf16.decode(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return text;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    // Thai Excel saves "CSV" in the Windows code page 874, a superset of TIS-620.
    for (const char *name : {"windows-874", "TIS-620"}) {
        QStringDecoder thai(name);
        if (thai.isValid()) {
            const QString decoded = thai.decode(bytes);
            if (!thai.hasError()) {
                *encoding = QString::fromLatin1(name);
                return decoded;
            }
        }
    }
    *encoding = QStringLiteral("UTF-8");
    return text;
}

QList<CsvRecord> CsvReader::parse(const QString &text, QChar separator)
{
    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;

    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank)
            records.append(current);
        current = CsvRecord{};
        current.line = line;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                // Spreadsheet line breaks inside a cell arrive as CRLF: keep one LF.
                if (!(c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace khana
