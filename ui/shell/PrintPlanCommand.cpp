#include "PrintPlanCommand.h"

#include "Startup.h"
#include "database/Database.h"
#include "reports/PlanDocument.h"
#include "reports/WorkshopDocuments.h"
#include "stores/PlanStore.h"
#include "stores/ReviewStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>

#include <cstdio>

namespace khana {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "khana print-plan: %s\n", message.toLocal8Bit().constData());
    return 1;
}

} // namespace

int runPrintPlan(QCoreApplication &app, const PrintPlanOptions &options)
{
    applyDisplaySettings(app, options.language);
    if (options.output.isEmpty())
        return fail(QCoreApplication::translate("PrintPlanCommand", "Say where to write the PDF with --output FILE."));
    if (!options.database.open("print-plan"))
        return 1;
    int code = 0;
    {
        const QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
        PlanStore plans(db);
        const auto plan = plans.findPlan(options.planId);
        if (!plan) {
            // Say which plans there are, so the next try can name one.
            QStringList known;
            for (const Plan &p : plans.plans())
                known.append(QStringLiteral("  %1  %2").arg(p.id).arg(p.title));
            const QString which = options.planId == 0
                ? QCoreApplication::translate("PrintPlanCommand", "Say which plan to print with --plan ID.")
                : QCoreApplication::translate("PrintPlanCommand", "There is no plan %1 in %2.").arg(options.planId).arg(options.database.shownName());
            code = fail(known.isEmpty() ? which + QLatin1Char(' ') + QCoreApplication::translate("PrintPlanCommand", "The database has no plan yet.")
                                        : which + QLatin1Char('\n') + QCoreApplication::translate("PrintPlanCommand", "Plans:") + QLatin1Char('\n')
                                              + known.join(QLatin1Char('\n')));
        } else {
            const QList<PlanItem> items = plans.items(plan->id);
            const PlanDocument::Options docOptions{options.thaiDigits};
            PrintTable document;
            if (options.review.isEmpty()) {
                document = PlanDocument::plan(*plan, items, docOptions);
            } else {
                // "2568-Q1" is a quarter of the plan's own year: fiscal for a fiscal-year plan.
                const Quarter quarter = Quarter::fromCode(options.review, plan->year == PlanYear::Fiscal);
                ReviewStore reviews(db);
                const auto review = quarter.isValid() ? reviews.find(plan->id, quarter) : std::nullopt;
                if (!review)
                    code = fail(QCoreApplication::translate("PrintPlanCommand", "The plan has no review of quarter %1.").arg(options.review));
                else
                    document = PlanDocument::review(*plan, items, *review, reviews.summarise(*review), docOptions);
            }
            if (code == 0) {
                const int pages = WorkshopDocuments::writePdf(options.output, plan->title, true, [&](QPagedPaintDevice *device) {
                    return PlanDocument::print(document, device, docOptions);
                });
                if (pages <= 0)
                    code = fail(QCoreApplication::translate("PrintPlanCommand", "Could not write %1.").arg(options.output));
            }
        }
    }
    Database::close();
    return code;
}

} // namespace khana
