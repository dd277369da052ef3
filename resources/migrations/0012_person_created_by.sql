-- Khana schema step 12: who added a person (the operating-system user on a laptop; on an office
-- server the server login, set by the server itself). A facilitator on a server may see the
-- walk-ins they added before they are registered.

ALTER TABLE person ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
