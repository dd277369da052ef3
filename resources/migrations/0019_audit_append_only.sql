-- Khana schema step 19: the audit trail cannot be rewritten. On an office server its own
-- triggers refuse (resources/server/policies.sql); in this computer's file SQLite's triggers
-- refuse every UPDATE and DELETE of an entry, whoever asks. (Whoever holds the file can still
-- replace it whole: the README says what a local file cannot prove.)

${ON_SQLITE} CREATE TRIGGER audit_entry_kept BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'khana-audit: append-only'); END;
${ON_SQLITE} CREATE TRIGGER audit_entry_not_removed BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'khana-audit: append-only'); END;
