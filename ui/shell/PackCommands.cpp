#include "PackCommands.h"

#include "Startup.h"
#include "database/Database.h"
#include "pack/PackMerge.h"
#include "pack/PackWriter.h"
#include "server/TerminalPassword.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSysInfo>

#include <cstdio>

namespace khana {

namespace {

void printTo(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
}

// The pack's passphrase: from standard input when asked to (after the server's password, when
// that is read there too), else typed at a terminal; empty when neither.
QString passphraseOf(const PackCommandOptions &options, const QString &prompt)
{
    if (options.passphraseStdin || standardInputIsTerminal())
        return readSecretLine(options.passphraseStdin ? QString() : prompt);
    return {};
}

int make(const PackCommandOptions &options, const QSqlDatabase &db)
{
    PackSealing sealing;
    if (options.passphraseStdin) {
        sealing.passphrase = passphraseOf(options, QString());
        if (sealing.passphrase.trimmed().size() < PackSeal::kMinimumLength) {
            printTo(stderr, QStringLiteral("khana pack make: %1")
                                .arg(QCoreApplication::translate("PackCommands", "The passphrase needs at least %1 characters.").arg(PackSeal::kMinimumLength)));
            return 1;
        }
    }
    // Unnamed, the pack is this computer's, as Take offline… names it.
    const QString label = options.label.trimmed().isEmpty() ? QSysInfo::machineHostName() : options.label;
    const PackWriter::Result r = PackWriter(db).write(options.workshopId, options.file, label, {}, sealing);
    if (!r.ok()) {
        printTo(stderr, QStringLiteral("khana pack make: %1").arg(r.error));
        return 1;
    }
    printTo(stdout, QCoreApplication::translate("PackCommands", "Wrote %1: “%2” with %3 registrations and %4 people (no national ids, no notes).")
                        .arg(options.file, r.info.workshopTitle)
                        .arg(r.registrations)
                        .arg(r.people));
    if (!sealing.sealed())
        printTo(stdout, QCoreApplication::translate("PackCommands", "The pack is not sealed with a passphrase (give one with --passphrase-stdin): "
                                                                    "anyone who can read the file can read its people."));
    return 0;
}

int merge(const PackCommandOptions &options, const QSqlDatabase &db)
{
    PackMerge merge(db);
    QString error;
    bool opened = merge.open(options.file, &error);
    if (!opened && merge.passphraseRefused()) {
        const QString passphrase = passphraseOf(options, QCoreApplication::translate("PackCommands", "Passphrase of %1: ").arg(options.file));
        opened = !passphrase.isEmpty() && merge.open(options.file, passphrase, &error);
    }
    if (!opened) {
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
                           "[--outcomes pack|office], with --database PATH or --server NAME, and --passphrase-stdin to seal or open a pack with a passphrase"));
        return 2;
    }
    if (!options.database.open(making ? "pack make" : "pack merge"))
        return 1;
    int exit = 0;
    {
        const QSqlDatabase db = QSqlDatabase::database(Database::defaultConnectionName());
        exit = making ? make(options, db) : merge(options, db);
    }
    Database::close();
    return exit;
}

} // namespace khana
