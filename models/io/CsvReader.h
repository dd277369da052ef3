#pragma once

#include "domain/WorkProgress.h"

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
// doubled quotes and line breaks. What it cannot read honestly it refuses, naming the line:
// a quote never closed, a quoted cell that swallows the rows after it, bytes invalid in the
// file's encoding, a binary file (NUL bytes; Excel, ZIP, PDF and image signatures), a line
// longer than kMaxRecordBytes, a file larger than kMaxFileBytes.
class CsvReader
{
public:
    // 256 MiB: a national roster of 1,000,000 members with name, phone, national id, member
    // number, province, district and dates is about 150 MB as CSV; reading it takes about
    // three times its size in memory.
    static constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;
    // 1 MiB for one row: far more than any row of names and numbers, little enough that a file
    // without line breaks is refused before it costs a gigabyte of memory.
    static constexpr qsizetype kMaxRecordBytes = 1024 * 1024;

    struct Table
    {
        QString encoding;
        QStringList header;
        QList<CsvRecord> records;
        QString error;
        bool cancelled = false; // the user stopped the reading (error says so)
        bool ok() const { return error.isEmpty(); }
        // Index of the first header matching one of `names` (case-insensitive), or -1.
        int column(const QStringList &names) const;
    };

    // `progress` is told of the characters parsed, and may cancel.
    static Table readFile(const QString &path, const WorkProgress &progress = {});
    static Table read(const QByteArray &bytes, const WorkProgress &progress = {});

    // The text of `bytes`; empty with `error` set when the bytes are not valid in any encoding
    // Khana reads (the line of the first bad byte is named).
    static QString decode(const QByteArray &bytes, QString *encoding, QString *error = nullptr);
    // Records of `text`; `error` names the line of a quote never closed or a record too long.
    static QList<CsvRecord> parse(const QString &text, QChar separator = QLatin1Char(','), QString *error = nullptr,
                                  const WorkProgress &progress = {});
    // Why `bytes` is not a text file at all ("an Excel workbook", "a PNG image"…), or empty.
    static QString binaryKind(const QByteArray &bytes);
};

} // namespace khana
