#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace khana {

// One record of a CSV file, with the line it starts on (1-based, counting the header) so that
// problems can be reported where a user will find them in a spreadsheet.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A problem with one row of an imported file.
struct RowError
{
    int line = 0;
    QString column;
    QString message;
};

// Reads CSV as spreadsheets write it: UTF-8 with or without BOM, UTF-16 with BOM, or Thai
// TIS-620 / Windows-874 when the bytes are not UTF-8; CRLF or LF; quoted fields with commas,
// doubled quotes and line breaks.
class CsvReader
{
public:
    struct Table
    {
        QString encoding;
        QStringList header;
        QList<CsvRecord> records;
        QString error;
        bool ok() const { return error.isEmpty(); }
        // Index of the first header matching one of `names` (case-insensitive), or -1.
        int column(const QStringList &names) const;
    };

    static Table readFile(const QString &path);
    static Table read(const QByteArray &bytes);

    static QString decode(const QByteArray &bytes, QString *encoding);
    static QList<CsvRecord> parse(const QString &text, QChar separator = QLatin1Char(','));
};

} // namespace khana
