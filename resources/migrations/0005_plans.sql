-- Khana schema step 5: action plans — the numbered plan document with the resolutions it
-- implements, the framework tree (strategic issue → objective or work area → project →
-- activity), and quarterly reviews kept as history.

CREATE TABLE plan (
    id ${ID},
    title TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    issuer TEXT NOT NULL DEFAULT '',
    period_start TEXT,
    period_end TEXT,
    vision TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'superseded')),
    previous_version_id ${REF_ID} REFERENCES plan (id),
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start)
);

CREATE TABLE plan_reference (
    id ${ID},
    plan_id ${REF_ID} NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL DEFAULT 'resolution' CHECK (kind IN ('resolution', 'decision', 'plan', 'other')),
    number TEXT NOT NULL DEFAULT '',
    dated TEXT,
    title TEXT NOT NULL DEFAULT ''
);

CREATE TABLE plan_item (
    id ${ID},
    plan_id ${REF_ID} NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    parent_id ${REF_ID} REFERENCES plan_item (id),
    position INTEGER NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('issue', 'objective', 'project', 'activity')),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '',
    mou TEXT NOT NULL DEFAULT '',
    beneficiary_target INTEGER CHECK (beneficiary_target IS NULL OR beneficiary_target >= 0),
    beneficiary_unit TEXT NOT NULL DEFAULT '',
    responsible_unit TEXT NOT NULL DEFAULT '',
    lead_person_id ${REF_ID} REFERENCES person (id),
    starts_on TEXT,
    ends_on TEXT,
    budget INTEGER CHECK (budget IS NULL OR budget >= 0),
    funding_source TEXT NOT NULL DEFAULT '',
    indicator TEXT NOT NULL DEFAULT '',
    target_value INTEGER CHECK (target_value IS NULL OR target_value >= 0),
    target_unit TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'on_track', 'delayed', 'done', 'cancelled')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    milestone INTEGER NOT NULL DEFAULT 0,
    source_outcome_uid TEXT REFERENCES outcome (uid),
    event_workshop_id ${REF_ID} REFERENCES workshop (id),
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX plan_item_by_parent ON plan_item (plan_id, parent_id, position);
CREATE INDEX plan_item_by_outcome ON plan_item (source_outcome_uid);

CREATE TABLE plan_review (
    id ${ID},
    plan_id ${REF_ID} NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    quarter TEXT NOT NULL,
    opened_at TEXT NOT NULL DEFAULT ${NOW},
    UNIQUE (plan_id, quarter)
);

CREATE TABLE review_entry (
    id ${ID},
    review_id ${REF_ID} NOT NULL REFERENCES plan_review (id) ON DELETE CASCADE,
    item_id ${REF_ID} NOT NULL REFERENCES plan_item (id),
    status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'on_track', 'delayed', 'done', 'cancelled')),
    actual_value INTEGER CHECK (actual_value IS NULL OR actual_value >= 0),
    delay_cause TEXT NOT NULL DEFAULT '',
    remedy TEXT NOT NULL DEFAULT '',
    next_direction TEXT NOT NULL DEFAULT '',
    carried_forward INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    UNIQUE (review_id, item_id)
);
CREATE INDEX review_entry_by_item ON review_entry (item_id);
