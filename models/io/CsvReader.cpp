#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

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

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

// The 1-based line of byte `offset`.
int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(std::count(bytes.constBegin(), bytes.constBegin() + offset, '\n')) + 1;
}

// Walks UTF-8: the offset of the first invalid byte (-1 if none) and how many multi-byte
// characters were valid (Thai letters are three bytes each).
struct Utf8Scan
{
    qsizetype firstInvalid = -1;
    qsizetype invalid = 0;
    qsizetype multiByte = 0;
};

Utf8Scan scanUtf8(const QByteArray &bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool ok = length > 0 && i + length <= n && !(c == 0xC0 || c == 0xC1 || c > 0xF4);
        for (int k = 1; ok && k < length; ++k)
            ok = (p[i + k] & 0xC0) == 0x80;
        if (!ok) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++scan.invalid;
            ++i;
            continue;
        }
        if (length > 1)
            ++scan.multiByte;
        i += length;
    }
    return scan;
}

} // namespace

QString CsvReader::binaryKind(const QByteArray &bytes)
{
    struct Signature
    {
        QByteArray magic;
        const char *kind;
    };
    const Signature signatures[] = {
        {QByteArray("PK\x03\x04", 4), QT_TRANSLATE_NOOP("CsvReader", "an Excel workbook or another ZIP archive")},
        {QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), QT_TRANSLATE_NOOP("CsvReader", "an old Excel (.xls) workbook or another Office file")},
        {QByteArray("%PDF"), QT_TRANSLATE_NOOP("CsvReader", "a PDF document")},
        {QByteArray("\x89PNG"), QT_TRANSLATE_NOOP("CsvReader", "a PNG image")},
        {QByteArray("\xFF\xD8\xFF"), QT_TRANSLATE_NOOP("CsvReader", "a JPEG image")},
        {QByteArray("GIF8"), QT_TRANSLATE_NOOP("CsvReader", "a GIF image")},
        {QByteArray("SQLite format 3"), QT_TRANSLATE_NOOP("CsvReader", "a database file")},
    };
    for (const Signature &s : signatures)
        if (bytes.startsWith(s.magic))
            return translated(s.kind);
    // UTF-16 text has NULs in every other byte; it announces itself with a byte order mark.
    const bool utf16 = bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    if (!utf16 && bytes.contains('\0'))
        return QCoreApplication::translate("CsvReader", "a binary file (it holds NUL bytes)");
    return {};
}

CsvReader::Table CsvReader::readFile(const QString &path, const WorkProgress &progress)
{
    QFile file(path);
    Table t;
    if (!file.open(QIODevice::ReadOnly)) {
        t.error = QCoreApplication::translate("CsvReader", "Cannot read %1: %2").arg(path, file.errorString());
        return t;
    }
    if (file.size() > kMaxFileBytes) {
        t.error = QCoreApplication::translate("CsvReader", "The file is %1 MB; Khana reads lists of up to %2 MB (a roster of a million members is about 150 MB). "
                                                           "Split it into parts and import them one after another.")
                      .arg(file.size() / (1024 * 1024))
                      .arg(kMaxFileBytes / (1024 * 1024));
        return t;
    }
    return read(file.readAll(), progress);
}

CsvReader::Table CsvReader::read(const QByteArray &bytes, const WorkProgress &progress)
{
    Table t;
    if (const QString kind = binaryKind(bytes); !kind.isEmpty()) {
        t.error = QCoreApplication::translate("CsvReader", "This is not a text file but %1. Save the list as CSV (in Excel: Save As › CSV UTF-8) and import that.")
                      .arg(kind);
        return t;
    }
    const QString text = decode(bytes, &t.encoding, &t.error);
    if (!t.ok())
        return t;
    const WorkProgress tracked = [&](qint64 done, qint64 total) {
        t.cancelled = !keepGoing(progress, done, total);
        return !t.cancelled;
    };
    QList<CsvRecord> records = parse(text, QLatin1Char(','), &t.error, tracked);
    if (!t.ok())
        return t;
    if (records.isEmpty()) {
        t.error = QCoreApplication::translate("CsvReader", "The file is empty.");
        return t;
    }
    t.header = records.takeFirst().fields;
    for (QString &h : t.header)
        h = h.trimmed();
    // A record with more cells than the header whose quoted cell spans lines is the mark of a
    // missing or stray quote: rows after it were swallowed into one cell.
    // So is a multi-line cell one of whose lines holds a whole row's worth of separators.
    const qsizetype separatorsPerRow = t.header.size() - 1;
    auto swallowsRows = [&](const CsvRecord &r, const QString &field) {
        if (!field.contains(QLatin1Char('\n')))
            return false;
        if (r.fields.size() > t.header.size())
            return true;
        if (separatorsPerRow < 1)
            return false;
        for (const QStringView line : QStringView(field).split(QLatin1Char('\n')))
            if (line.count(QLatin1Char(',')) >= separatorsPerRow)
                return true;
        return false;
    };
    for (const CsvRecord &r : std::as_const(records)) {
        for (const QString &field : r.fields) {
            if (swallowsRows(r, field)) {
                t.error = QCoreApplication::translate("CsvReader", "Line %1: a quoted cell runs on over %2 lines and holds what look like whole rows. "
                                                                   "A quote is probably missing or extra there; nothing was read.")
                              .arg(r.line)
                              .arg(field.count(QLatin1Char('\n')) + 1);
                return t;
            }
        }
    }
    t.records = records;
    return t;
}

QString CsvReader::decode(const QByteArray &bytes, QString *encoding, QString *error)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        const QByteArray body = bytes.mid(3);
        const Utf8Scan scan = scanUtf8(body);
        if (scan.firstInvalid >= 0 && error) {
            *error = QCoreApplication::translate("CsvReader", "Line %1 is not valid UTF-8, although the file says it is: a byte there is broken. "
                                                              "Nothing was read.").arg(lineAt(body, scan.firstInvalid));
            return {};
        }
        return QString::fromUtf8(body);
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *encoding = QStringLiteral("UTF-16");
        QStringDecoder utf16(QStringDecoder::Utf16, QStringDecoder::Flag::ConvertInitialBom);
        QString text = utf16.decode(bytes);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        if (utf16.hasError() && error)
            *error = QCoreApplication::translate("CsvReader", "The file is not valid UTF-16 text. Nothing was read.");
        return utf16.hasError() ? QString() : text;
    }
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.invalid == 0) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes);
    }
    // Mostly good UTF-8 with a few broken bytes is a damaged UTF-8 file, not Thai Windows text:
    // reading it as Windows-874 would turn every Thai letter into nonsense.
    if (scan.multiByte > 0 && scan.invalid * 4 <= scan.multiByte) {
        *encoding = QStringLiteral("UTF-8");
        if (error)
            *error = QCoreApplication::translate("CsvReader", "Line %1 is not valid UTF-8 (the rest of the file is): a byte there is broken. "
                                                              "Nothing was read.").arg(lineAt(bytes, scan.firstInvalid));
        return {};
    }
    // Thai Excel saves "CSV" in the Windows code page 874, a superset of TIS-620. Its decoder
    // maps every byte to something: bytes the code page leaves undefined come out as C1
    // control or private-use characters, which no Thai text holds.
    QStringDecoder thai("windows-874");
    if (thai.isValid()) {
        const QString decoded = thai.decode(bytes);
        *encoding = QStringLiteral("windows-874");
        int line = 1;
        for (const QChar c : decoded) {
            if (c == u'\n')
                ++line;
            const bool undefined = (c.unicode() >= 0x80 && c.unicode() <= 0x9F) || c.category() == QChar::Other_PrivateUse
                || c == QChar::ReplacementCharacter;
            if (undefined && !thai.hasError()) {
                if (error)
                    *error = QCoreApplication::translate("CsvReader", "The file is neither UTF-8 nor Thai Windows text (Windows-874): line %1 has a byte neither knows. "
                                                                      "Nothing was read.").arg(line);
                return {};
            }
        }
        if (!thai.hasError())
            return decoded;
    }
    *encoding = QStringLiteral("UTF-8");
    if (error)
        *error = QCoreApplication::translate("CsvReader", "Line %1 is not valid UTF-8. Nothing was read.").arg(lineAt(bytes, scan.firstInvalid));
    return {};
}

QList<CsvRecord> CsvReader::parse(const QString &text, QChar separator, QString *error, const WorkProgress &progress)
{
    // Runs of plain characters are found first and copied as one: a character at a time, the
    // parse was most of the time it takes to read a roster.
    QList<CsvRecord> records;
    CsvRecord current;
    current.line = 1;
    qsizetype fieldsPerRecord = 0;
    QString field;
    bool fieldStarted = false;
    int line = 1;
    qsizetype recordStart = 0;
    const QChar *const chars = text.constData();
    const qsizetype n = text.size();
    const auto isPlain = [separator](QChar c) { return c != separator && c != QLatin1Char('\r') && c != QLatin1Char('\n'); };

    // UTF-16 units: a Thai letter is one, so this bounds the row's memory, not its bytes.
    const auto tooLong = [&](qsizetype at) {
        if (std::min(at, n - 1) - recordStart <= kMaxRecordBytes)
            return false;
        if (error)
            *error = QCoreApplication::translate("CsvReader", "Line %1 is longer than %2 characters: this is not a list of rows. Nothing was read.")
                         .arg(current.line)
                         .arg(kMaxRecordBytes);
        return true;
    };
    const auto take = [&](qsizetype from, qsizetype to) {
        if (to == from)
            return;
        if (field.isEmpty())
            field = QString(chars + from, to - from);
        else
            field.append(chars + from, to - from);
    };
    const auto endField = [&] {
        current.fields.append(std::exchange(field, QString()));
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank) {
            fieldsPerRecord = current.fields.size();
            records.append(std::move(current));
        }
        current = CsvRecord{};
        current.line = line;
        current.fields.reserve(fieldsPerRecord);
    };
    // The quoted cell opening at `i`, up to its closing quote: doubled quotes stand for one,
    // line breaks are kept (a spreadsheet's CRLF as one LF). Where the cell ends, or -1.
    const auto quoted = [&](qsizetype i) -> qsizetype {
        const int quoteLine = line;
        qsizetype from = i + 1;
        for (qsizetype j = from;; ++j) {
            while (j < n && chars[j] != QLatin1Char('"') && chars[j] != QLatin1Char('\r') && chars[j] != QLatin1Char('\n'))
                ++j;
            if (tooLong(j))
                return -1;
            if (j == n) {
                if (error)
                    *error = QCoreApplication::translate("CsvReader", "Line %1: a quote opens a cell there and is never closed, so every line after it would be read as "
                                                                      "one cell. Remove the quote or close it; nothing was read.")
                                 .arg(quoteLine);
                return -1;
            }
            const bool pair = j + 1 < n && chars[j + 1] == chars[j];
            if (chars[j] == QLatin1Char('\n')) {
                ++line;
            } else if (chars[j] == QLatin1Char('\r')) {
                if (j + 1 < n && chars[j + 1] == QLatin1Char('\n')) {
                    take(from, j);
                    from = j + 1;
                }
            } else if (pair) {
                take(from, j + 1);
                from = ++j + 1;
            } else {
                take(from, j);
                return j + 1;
            }
        }
    };

    for (qsizetype i = 0; i < n;) {
        if (tooLong(i))
            return {};
        const QChar c = chars[i];
        if (c == QLatin1Char('"') && !fieldStarted) {
            fieldStarted = true;
            i = quoted(i);
            if (i < 0)
                return {};
        } else if (c == separator) {
            endField();
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && chars[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
            recordStart = ++i;
            // Often enough for a smooth bar, rarely enough to cost nothing.
            if ((line & 0xFFF) == 0 && !keepGoing(progress, i - 1, n)) {
                if (error)
                    *error = QCoreApplication::translate("CsvReader", "Reading the file was cancelled.");
                return {};
            }
        } else {
            // Plain characters up to the next separator or line break, quotes among them kept.
            qsizetype j = i + 1;
            while (j < n && isPlain(chars[j]))
                ++j;
            if (tooLong(j))
                return {};
            take(i, j);
            fieldStarted = true;
            i = j;
        }
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace khana
