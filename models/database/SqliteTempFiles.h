#pragma once

class QSqlDatabase;

namespace khana::SqliteTempFiles {

// SQLite writes temporary files of its own: the runs a large sort spills (building an index,
// an ORDER BY), temporary tables, statement journals. They hold rows of the database, so of
// people, and must never reach the disk. keepInMemory() makes them live in this process's
// memory for every SQLite connection opened after it: it puts a file system in front of the
// system's own that opens every nameless file (SQLite's temporary ones) in memory and passes
// every named one (databases, their journals and WAL) through unchanged. With that in place
// SQLite may use its external merge sort, which sorts runs on worker threads, where keeping
// temporary data in memory otherwise (temp_store = MEMORY) confines every sort to one
// thread. Safe to call from any thread, any number of times.
void keepInMemory();

// Whether the SQLite connection `db` keeps its temporary files in memory this way (false for
// a connection opened before keepInMemory(), or by an SQLite library other than Khana's).
bool inMemory(const QSqlDatabase &db);

} // namespace khana::SqliteTempFiles
