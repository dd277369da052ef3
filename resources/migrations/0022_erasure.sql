-- Khana schema step 22: erasure on request (PDPA section 33). An erased person's registrations
-- stay, without the person (person_id NULL, a badge code no badge carries), so that a
-- workshop's attendance and quota figures do not change; elections keep their votes and plan
-- activities their other details, without the person elected or leading. `erased_person` lists
-- the ids erased, nothing else about them, so that backups made before can be cleaned and a
-- restore from an older copy erases them again; `files_cleaned` stays 0 until this computer's
-- search index and backups no longer hold them. The audit trail gains the action `erase`.
-- (SQLite's registration loses its NOT NULL in the data step that follows this script: a
-- rebuilt table would lose a workshop pack's journal triggers.)

${ON_POSTGRES} ALTER TABLE registration ALTER COLUMN person_id DROP NOT NULL;

CREATE TABLE erased_person (
    person_id ${REF_ID} PRIMARY KEY,
    erased_at TEXT NOT NULL DEFAULT ${NOW},
    erased_by TEXT NOT NULL,
    files_cleaned INTEGER NOT NULL DEFAULT 0 CHECK (files_cleaned IN (0, 1))
);

${ON_POSTGRES} ALTER TABLE audit_entry DROP CONSTRAINT IF EXISTS audit_entry_action_check;
${ON_POSTGRES} ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check CHECK (action IN ('create', 'update', 'delete', 'import', 'export', 'print', 'erase'));

${ON_SQLITE} CREATE TABLE audit_entry_22 (id ${ID}, at TEXT NOT NULL DEFAULT ${NOW}, actor TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'export', 'print', 'erase')), entity TEXT NOT NULL, entity_id TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
${ON_SQLITE} INSERT INTO audit_entry_22 (id, at, actor, action, entity, entity_id, detail) SELECT id, at, actor, action, entity, entity_id, detail FROM audit_entry ORDER BY id;
${ON_SQLITE} DROP TABLE audit_entry;
${ON_SQLITE} ALTER TABLE audit_entry_22 RENAME TO audit_entry;
${ON_SQLITE} CREATE INDEX audit_by_entity ON audit_entry (entity, entity_id);
${ON_SQLITE} CREATE TRIGGER audit_entry_kept BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'khana-audit: append-only'); END;
${ON_SQLITE} CREATE TRIGGER audit_entry_not_removed BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'khana-audit: append-only'); END;
