-- Khana schema step 15: the audit trail also records who exported or printed personal data
-- (a list of people, a workshop's registrations, badges and sign-in sheets), with what was
-- disclosed in `detail` ("120 rows · xlsx"), never the data itself. SQLite cannot change a
-- CHECK in place, so its table is rebuilt with every entry kept.

${ON_POSTGRES} ALTER TABLE audit_entry DROP CONSTRAINT IF EXISTS audit_entry_action_check;
${ON_POSTGRES} ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check CHECK (action IN ('create', 'update', 'delete', 'import', 'export', 'print'));
${ON_POSTGRES} ALTER TABLE audit_entry ADD COLUMN IF NOT EXISTS detail TEXT NOT NULL DEFAULT '';

${ON_SQLITE} CREATE TABLE audit_entry_15 (id ${ID}, at TEXT NOT NULL DEFAULT ${NOW}, actor TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import', 'export', 'print')), entity TEXT NOT NULL, entity_id TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '');
${ON_SQLITE} INSERT INTO audit_entry_15 (id, at, actor, action, entity, entity_id) SELECT id, at, actor, action, entity, entity_id FROM audit_entry ORDER BY id;
${ON_SQLITE} DROP TABLE audit_entry;
${ON_SQLITE} ALTER TABLE audit_entry_15 RENAME TO audit_entry;
${ON_SQLITE} CREATE INDEX audit_by_entity ON audit_entry (entity, entity_id);
