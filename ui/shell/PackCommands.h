#pragma once

#include "CommandDatabase.h"

#include <QString>

class QCoreApplication;

namespace khana {

// Workshop packs from the command line, for a desk laptop made ready by script and for a
// pack brought back by an office's scheduled job:
//   khana pack make --workshop ID --output FILE.khanapack [--label "Desk 2"]
//   khana pack merge FILE.khanapack [--new-walk-ins] [--outcomes pack|office]
// both with [--database PATH | --server NAME [--password-stdin]] [--passphrase-stdin]
// [--lang th|en]. --passphrase-stdin seals the pack made with the passphrase read from standard
// input (the line after the server's password, when that is read there too) and opens a sealed
// pack to merge with it; a sealed pack's passphrase is otherwise asked at a terminal. A merge
// leaves what needs a decision (walk-ins alike to someone at the office, outcomes changed on
// both sides) waiting unless told: --new-walk-ins takes such walk-ins as new people, and
// --outcomes says whose version of such an outcome to keep.
struct PackCommandOptions
{
    QString what; // make, merge
    QString file;
    QString label;
    qint64 workshopId = 0;
    bool newWalkIns = false;
    bool passphraseStdin = false;
    QString outcomes; // empty, "pack" or "office"
    CommandDatabase database;
    QString language;
};

// Exit codes: 0 done, 1 nothing done, 2 usage, 3 merged with some waiting for a decision.
int runPackCommand(QCoreApplication &app, const PackCommandOptions &options);

} // namespace khana
