-- A workshop pack's own tables, beside Khana's schema (SQLite only). pack_info holds what the
-- pack is (its id, the office and workshop it came from, who made it when); pack_change is the
-- journal of every change made in the pack, each with a stable id and the time it happened,
-- filled by the triggers of pack_journal.sql so that no store needs to know it writes a pack.
-- `before` and `after` are JSON objects of the fields the change concerns.

CREATE TABLE pack_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE pack_change (seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT UNIQUE, at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), entity TEXT NOT NULL, row_id INTEGER NOT NULL, action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')), before TEXT, after TEXT);
CREATE INDEX pack_change_by_row ON pack_change (entity, row_id, action);
