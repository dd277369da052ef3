-- Khana schema step 6: member growth — recorded counts for when only totals are known,
-- targets, and district-representative elections.

CREATE TABLE member_count (
    id ${ID},
    scope_kind TEXT NOT NULL CHECK (scope_kind IN ('country', 'province', 'district')),
    scope_code TEXT NOT NULL DEFAULT '',
    counted_on TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    source TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (scope_kind, scope_code, counted_on)
);

CREATE TABLE growth_target (
    id ${ID},
    metric TEXT NOT NULL CHECK (metric IN ('members', 'new_members', 'districts_with_representative')),
    scope_kind TEXT NOT NULL CHECK (scope_kind IN ('country', 'province', 'district')),
    scope_code TEXT NOT NULL DEFAULT '',
    value INTEGER NOT NULL CHECK (value > 0),
    starts_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (due_on > starts_on)
);

CREATE TABLE representative_election (
    id ${ID},
    district_code TEXT NOT NULL REFERENCES district (code),
    held_on TEXT NOT NULL,
    workshop_id ${REF_ID} REFERENCES workshop (id),
    candidates INTEGER CHECK (candidates IS NULL OR candidates >= 0),
    votes_cast INTEGER CHECK (votes_cast IS NULL OR votes_cast >= 0),
    elected_person_id ${REF_ID} REFERENCES person (id),
    term_start TEXT,
    term_end TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (term_end IS NULL OR term_start IS NULL OR term_end > term_start)
);
CREATE INDEX representative_election_by_district ON representative_election (district_code, held_on);

CREATE INDEX person_by_province_joined ON person (province_code, join_date);
