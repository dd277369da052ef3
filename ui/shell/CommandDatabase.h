#pragma once

#include <QString>

namespace khana {

// Which database a headless command (print-plan, import, export) works on, from its options:
// a file, the demo, or an office server named with --server.
struct CommandDatabase
{
    QString path;         // empty: the default database
    bool demo = false;
    bool create = false;  // make the file when there is none
    QString server;       // a server from File › Connect to server… (ServerList)
    bool passwordStdin = false;

    // Opens it on the default connection, or writes why not to standard error after
    // "khana COMMAND: ". The server's password comes from the system keychain, else
    // standard input (--password-stdin), else libpq's own ~/.pgpass, else a terminal prompt.
    bool open(const char *command) const;
    // What the messages call it: the file's path or the server's name.
    QString shownName() const;
};

} // namespace khana
