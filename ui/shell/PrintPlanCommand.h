#pragma once

#include "CommandDatabase.h"

#include <QString>

class QCoreApplication;

namespace khana {

// `khana print-plan --plan ID [--review 2567-Q1] [--thai-digits] [--demo] --output plan.pdf`: prints the
// plan (or one quarter's review) to PDF without a window, through the same stores and report
// builders as the Action plans page.
struct PrintPlanOptions
{
    CommandDatabase database;
    qint64 planId = 0;
    QString review;       // "2567-Q1" (B.E.) or "2024-Q1"; empty: the plan itself
    QString output;
    bool thaiDigits = false;
    QString language;
};

// Returns the process exit code; problems are written to standard error.
int runPrintPlan(QCoreApplication &app, const PrintPlanOptions &options);

} // namespace khana
