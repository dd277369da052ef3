-- Khana schema step 21: retention review. The office sets how long it keeps people who are
-- not members and people whose membership ended (khana_meta `retention_contacts_months` and
-- `retention_former_members_months`; none set, none reviewed). Khana then lists those past it
-- for someone to decide; nothing is deleted on its own. A decision to keep a person for longer
-- is kept here, so that they leave the list until then.

CREATE TABLE retention_review (
    person_id ${REF_ID} PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    kept_until TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL DEFAULT ${NOW}
);
