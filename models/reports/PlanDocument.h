#pragma once

#include "TablePrinter.h"
#include "domain/Plan.h"
#include "stores/ReviewStore.h"

#include <QString>

class QPagedPaintDevice;

namespace khana::PlanDocument {

struct Options
{
    bool thaiDigits = false; // ๐–๙ in every number, as formal Thai documents often use
};

// The plan as an official Thai document: heading with the plan's number, date and the
// resolutions it implements, then the framework as one table whose heading row repeats on
// every page (print it A4 landscape).
PrintTable plan(const Plan &plan, const QList<PlanItem> &itemsInOrder, const Options &options = {});

// The quarterly review report: every reviewed activity with status, actual against target,
// cause of delay, remedy and next direction, then the summary.
PrintTable review(const Plan &plan, const QList<PlanItem> &itemsInOrder, const Review &review, const ReviewSummary &summary,
                  const Options &options = {});

// Prints either document on the device (set it to landscape) with "page x of y"; `progress`
// as TablePrinter::print.
int print(const PrintTable &document, QPagedPaintDevice *device, const Options &options = {}, const WorkProgress &progress = {});

} // namespace khana::PlanDocument
