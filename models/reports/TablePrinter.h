#pragma once

#include "domain/WorkProgress.h"

#include <QColor>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace khana {

// A long table for print: a rich-text heading on the first page, then rows that are never
// split across pages, the heading row repeated at the top of every page, and "page x of y".
// Laid out once in one pass (QTextDocument walks a whole table for every page it prints,
// which a plan of a thousand activities makes slow).
struct PrintTable
{
    struct Column
    {
        QString header;
        qreal width = 1;           // share of the page width
        Qt::Alignment alignment = Qt::AlignLeft;
    };
    struct Cell
    {
        QString text; // plain text; line breaks allowed
        bool bold = false;
    };
    struct Row
    {
        QList<Cell> cells;
        QColor background;
    };

    QString headingHtml;
    QList<Column> columns;
    QList<Row> rows;
    QString afterHtml; // printed after the table (a summary)

    // The same as HTML (for export and comparison with other tools).
    QString toHtml() const;
};

class TablePrinter
{
public:
    // Prints at `points` on the device's page; returns the number of pages (0 on failure,
    // PrintStyle::kCancelled when `progress`, told page by page, said stop).
    static int print(const PrintTable &table, QPagedPaintDevice *device, qreal points = 13, bool thaiDigits = false,
                     const WorkProgress &progress = {});
};

} // namespace khana
