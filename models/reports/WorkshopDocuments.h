#pragma once

#include "domain/BreakoutGroup.h"
#include "domain/QuotaMatrix.h"
#include "domain/WorkProgress.h"
#include "domain/Workshop.h"
#include "stores/RegistrationStore.h"

#include <QHash>
#include <QString>

class QPagedPaintDevice;

namespace khana::WorkshopDocuments {

enum class Grouping { Category, Province };

// Sign-in sheet: number, name, category, province and a signature column, grouped by
// category or province, with the table heading repeated on every page. `withPhones`: a
// column of phone numbers, only when the user chose the sheet that has it (a sheet lies on a
// table at the door for anyone to read).
QString signInSheetHtml(const Workshop &workshop, QList<CheckInEntry> entries, Grouping grouping, bool withPhones = false);

// Workshop report: the record, attendance by category (and by province where the quota is
// per province), the budget with totals by source, and every breakout group's outcomes.
QString reportHtml(const Workshop &workshop, const QuotaMatrix &matrix, const QHash<QString, QString> &provinceNames,
                   const QList<BreakoutGroup> &groups = {});

// Name badges, eight to an A4 page: name, category, province, and a QR code of the badge
// code (printed below it too). Returns the number of pages, or PrintStyle::kCancelled when
// `progress` (told page by page) said stop.
int printBadges(const Workshop &workshop, QList<CheckInEntry> entries, QPagedPaintDevice *device, const WorkProgress &progress = {});

// Prints rich text on A4 with page numbers (see PrintStyle::printPaged).
int printHtml(const QString &html, QPagedPaintDevice *device, bool landscape = false, const WorkProgress &progress = {});

// Writes a PDF through QPdfWriter with `print` and returns what `print` returned: the page
// count, 0 on failure, PrintStyle::kCancelled. The file appears only when every page was
// printed (written beside it and renamed); an existing file is replaced only then.
int writePdf(const QString &path, const QString &title, bool landscape, const std::function<int(QPagedPaintDevice *)> &print);

} // namespace khana::WorkshopDocuments
