#include "PackCommands.h"

#include "Startup.h"
#include "database/Database.h"
#include "pack/PackMerge.h"
#include "pack/PackWriter.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <cstdio>

namespace khana {

namespace {

void printTo(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

int make(const PackCommandOptions &options, const QSqlDatabase &db)
{
    const PackWriter::Result r = PackWriter(db).write(options.workshopId, options.file, options.label);
    if (!r.ok()) {
        printTo(stderr, QStringLiteral("khana pack make: %1").arg(r.error));
        return 1;
    }
    printTo(stdout, QCoreApplication::translate("PackCommands", "Wrote %1: “%2” with %3 registrations and %4 people (no national ids, no notes).")
                        .arg(options.file, r.info.workshopTitle)
                        .arg(r.registrations)
                        .arg(r.people));
    return 0;
}

int merge(const PackCommandOptions &options, const QSqlDatabase &db)
{
    PackMerge merge(db);
    QString error;
    if (!merge.open(options.file, &error)) {
        printTo(stderr, QStringLiteral("khana pack merge: %1").arg(error));
        return 1;
    }
    PackMerge::Decisions decisions;
    if (options.newWalkIns)
        for (const PackMerge::WalkIn &w : merge.walkInsToDecide())
            decisions.walkIns.insert(w.changeUid, 0);
    if (!options.outcomes.isEmpty())
        for (const PackMerge::OutcomeConflict &c : merge.conflicts())
            decisions.keepPackOutcome.insert(c.outcomeUid, options.outcomes == QLatin1String("pack"));
    const PackMerge::Report r = merge.merge(decisions);
    if (!r.ok()) {
        printTo(stderr, QStringLiteral("khana pack merge: %1").arg(r.error));
        return 1;
    }
    printTo(stdout, r.summary());
    for (const PackMerge::Report::Line &line : r.lines) {
        const QString kind = line.kind == PackMerge::Report::Kind::Skipped   ? QCoreApplication::translate("PackCommands", "not merged")
                             : line.kind == PackMerge::Report::Kind::Waiting ? QCoreApplication::translate("PackCommands", "waiting")
                                                                             : QCoreApplication::translate("PackCommands", "note");
        printTo(line.kind == PackMerge::Report::Kind::Note ? stdout : stderr, QStringLiteral("%1 — %2: %3").arg(line.what, kind, line.why));
    }
    return r.count(PackMerge::Report::Kind::Waiting) > 0 ? 3 : 0;
}

} // namespace

int runPackCommand(QCoreApplication &app, const PackCommandOptions &options)
{
    applyDisplaySettings(app, options.language);
    const bool making = options.what == QLatin1String("make");
    if ((!making && options.what != QLatin1String("merge")) || options.file.isEmpty() || (making && options.workshopId <= 0)
        || (!options.outcomes.isEmpty() && options.outcomes != QLatin1String("pack") && options.outcomes != QLatin1String("office"))) {
        printTo(stderr, QCoreApplication::translate("PackCommands", "Usage: khana pack make --workshop ID --output FILE [--label NAME] | khana pack merge FILE [--new-walk-ins] "
                           "[--outcomes pack|office], with --database PATH or --server NAME"));
        return 2;
    }
    if (!options.database.open(making ? "pack make" : "pack merge"))
        return 1;
    const QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
    const int exit = making ? make(options, db) : merge(options, db);
    Database::close();
    return exit;
}

} // namespace khana
