-- Khana schema step 3: the audit trail. It names the record and the action, never the
-- personal data itself.

CREATE TABLE audit_entry (
    id ${ID},
    at TEXT NOT NULL DEFAULT ${NOW},
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'import')),
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL
);
CREATE INDEX audit_by_entity ON audit_entry (entity, entity_id);
