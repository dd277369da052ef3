-- Khana schema step 20: consent per purpose (PDPA section 26: explicit consent for sensitive
-- data, section 19: withdrawal as easy as giving). The office defines its purposes, each with
-- the statement people agree to; changing a statement makes a new version and keeps the old
-- one, since a consent is to the words a person saw. Per person and purpose `person_consent`
-- holds where things stand now (for filters and exports), and `person_consent_history` every
-- decision as recorded, oldest first: given or withdrawn, on which day, how, by whom, to which
-- version. Both go with the person when the person is erased.

CREATE TABLE consent_purpose (
    id ${ID},
    name TEXT NOT NULL,
    statement TEXT NOT NULL DEFAULT '',
    statement_version INTEGER NOT NULL DEFAULT 1,
    -- Exports of people warn about everyone in them without this consent.
    checked_on_export INTEGER NOT NULL DEFAULT 0 CHECK (checked_on_export IN (0, 1)),
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX consent_purpose_name ON consent_purpose (name);

CREATE TABLE consent_statement (
    purpose_id ${REF_ID} NOT NULL REFERENCES consent_purpose (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    statement TEXT NOT NULL,
    since TEXT NOT NULL DEFAULT ${NOW},
    PRIMARY KEY (purpose_id, version)
);

CREATE TABLE person_consent (
    person_id ${REF_ID} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    purpose_id ${REF_ID} NOT NULL REFERENCES consent_purpose (id),
    given INTEGER NOT NULL CHECK (given IN (0, 1)),
    statement_version INTEGER NOT NULL,
    method TEXT NOT NULL CHECK (method IN ('paper', 'online', 'in_person', 'phone')),
    decided_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (person_id, purpose_id)
);
CREATE INDEX person_consent_by_purpose ON person_consent (purpose_id, given, person_id);

CREATE TABLE person_consent_history (
    id ${ID},
    person_id ${REF_ID} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    purpose_id ${REF_ID} NOT NULL REFERENCES consent_purpose (id),
    given INTEGER NOT NULL CHECK (given IN (0, 1)),
    statement_version INTEGER NOT NULL,
    method TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL DEFAULT ${NOW}
);
CREATE INDEX person_consent_history_by_person ON person_consent_history (person_id, purpose_id, id);

${ON_POSTGRES} DROP TRIGGER IF EXISTS khana_notice ON consent_purpose;
${ON_POSTGRES} CREATE TRIGGER khana_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON consent_purpose FOR EACH STATEMENT EXECUTE FUNCTION khana_notice();
${ON_POSTGRES} DROP TRIGGER IF EXISTS khana_notice ON person_consent;
${ON_POSTGRES} CREATE TRIGGER khana_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person_consent FOR EACH STATEMENT EXECUTE FUNCTION khana_notice();
