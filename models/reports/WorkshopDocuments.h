#pragma once

#include "domain/BreakoutGroup.h"
#include "domain/QuotaMatrix.h"
#include "domain/Workshop.h"
#include "stores/RegistrationStore.h"

#include <QHash>
#include <QString>

class QPagedPaintDevice;

namespace khana::WorkshopDocuments {

enum class Grouping { Category, Province };

// Sign-in sheet: number, name, category, province and a signature column, grouped by
// category or province, with the table heading repeated on every page.
QString signInSheetHtml(const Workshop &workshop, QList<CheckInEntry> entries, Grouping grouping);

// Workshop report: the record, attendance by category (and by province where the quota is
// per province), the budget with totals by source, and every breakout group's outcomes.
QString reportHtml(const Workshop &workshop, const QuotaMatrix &matrix, const QHash<QString, QString> &provinceNames,
                   const QList<BreakoutGroup> &groups = {});

// Name badges, eight to an A4 page: name, category, province, and a QR code of the badge
// code (printed below it too). Returns the number of pages.
int printBadges(const Workshop &workshop, QList<CheckInEntry> entries, QPagedPaintDevice *device);

// Prints rich text on A4 with page numbers (see PrintStyle::printPaged).
int printHtml(const QString &html, QPagedPaintDevice *device, bool landscape = false);

// Writes a PDF through QPdfWriter with `print`; returns the page count, or 0 on failure.
int writePdf(const QString &path, const QString &title, bool landscape, const std::function<int(QPagedPaintDevice *)> &print);

} // namespace khana::WorkshopDocuments
