-- Khana schema step 18: workshop packs. A facilitator takes a workshop offline as a pack (a
-- Khana database of its own holding that workshop alone); the office records who took which
-- pack when, and, as a pack is brought back, each of its changes that was merged (or skipped
-- for a reason the report gave), so that merging a pack twice changes nothing the second
-- time. `server_id` is the office's row a pack's new row became (a walk-in's person and
-- registration, a group made at the workshop). The office's own id tells a pack made here
-- from one made from another office's database.

CREATE TABLE workshop_pack (
    uid TEXT PRIMARY KEY,
    workshop_id ${REF_ID} NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT '',
    made_by TEXT NOT NULL,
    made_at TEXT NOT NULL DEFAULT ${NOW},
    registrations INTEGER NOT NULL DEFAULT 0,
    merged_by TEXT,
    merged_at TEXT
);
CREATE INDEX workshop_pack_by_workshop ON workshop_pack (workshop_id);

CREATE TABLE pack_change_merged (
    change_uid TEXT PRIMARY KEY,
    pack_uid TEXT NOT NULL REFERENCES workshop_pack (uid) ON DELETE CASCADE,
    result TEXT NOT NULL CHECK (result IN ('applied', 'skipped')),
    server_id ${REF_ID},
    merged_at TEXT NOT NULL DEFAULT ${NOW}
);
CREATE INDEX pack_change_merged_by_pack ON pack_change_merged (pack_uid);

${ON_SQLITE} INSERT INTO khana_meta (key, value) VALUES ('office_id', lower(hex(randomblob(16))));
${ON_POSTGRES} INSERT INTO khana_meta (key, value) VALUES ('office_id', replace(gen_random_uuid()::text, '-', ''));
