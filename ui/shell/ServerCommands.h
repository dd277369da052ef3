#pragma once

class QCoreApplication;

namespace khana {

// Setting up an office server, without a window (run by whoever looks after the server):
//   khana server init [--host H] [--port P] [--user SUPERUSER] [--database khana]
//   khana server add-user LOGIN --role admin|coordinator|staff|facilitator|viewer
//        [--province TH-57 …] [--workshop ID …] [--host H] [--port P] [--user ADMIN]
//        [--database khana] [--password-stdin]
// Connects as a PostgreSQL superuser (init) or a Khana admin (add-user); by default through
// the local socket as the operating-system user (sudo -u postgres khana server init). A
// password the server asks for comes from PGPASSWORD or is asked on the terminal; the new
// login's password is asked twice on the terminal, or read as one line from standard input
// with --password-stdin. Exit 0 when done, 1 when the server refused, 2 for a usage error.
int serverCommand(QCoreApplication &app, int argc, char *argv[]);

} // namespace khana
