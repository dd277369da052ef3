-- Khana schema step 4: workshops and forums — days, budget, agenda, participant categories
-- with quotas, registrations with check-in, breakout groups and their outcomes.
-- Times are 'HH:MM', dates ISO, money integer satang.

CREATE TABLE workshop (
    id ${ID},
    title TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'workshop' CHECK (kind IN ('workshop', 'forum', 'election_meeting', 'member_activity', 'other')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'announced', 'held', 'cancelled')),
    venue_name TEXT NOT NULL DEFAULT '',
    venue_address TEXT NOT NULL DEFAULT '',
    venue_map_url TEXT NOT NULL DEFAULT '',
    organiser TEXT NOT NULL DEFAULT '',
    objectives TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    approved_by TEXT NOT NULL DEFAULT '',
    approved_on TEXT,
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE workshop_day (
    id ${ID},
    workshop_id ${REF_ID} NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    starts TEXT NOT NULL,
    ends TEXT NOT NULL,
    CHECK (ends > starts),
    UNIQUE (workshop_id, day)
);

CREATE TABLE budget_line (
    id ${ID},
    workshop_id ${REF_ID} NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    item TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
    funding_source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX budget_line_by_workshop ON budget_line (workshop_id, position);

CREATE TABLE agenda_item (
    id ${ID},
    workshop_id ${REF_ID} NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    starts TEXT NOT NULL,
    title TEXT NOT NULL,
    speaker TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_item_by_workshop ON agenda_item (workshop_id, day, starts);

CREATE TABLE participant_category (
    id ${ID},
    workshop_id ${REF_ID} NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    quota_kind TEXT NOT NULL DEFAULT 'flat' CHECK (quota_kind IN ('flat', 'per_province')),
    quota INTEGER NOT NULL CHECK (quota >= 0),
    UNIQUE (workshop_id, name)
);

CREATE TABLE registration (
    id ${ID},
    workshop_id ${REF_ID} NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    person_id ${REF_ID} NOT NULL REFERENCES person (id),
    category_id ${REF_ID} NOT NULL REFERENCES participant_category (id),
    province_code TEXT REFERENCES province (code),
    status TEXT NOT NULL DEFAULT 'registered'
        CHECK (status IN ('invited', 'registered', 'confirmed', 'attended', 'no_show', 'cancelled')),
    badge_code TEXT NOT NULL UNIQUE,
    checked_in_at TEXT,
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (workshop_id, person_id)
);
CREATE INDEX registration_by_category ON registration (category_id, status);
CREATE INDEX registration_by_person ON registration (person_id);

CREATE TABLE breakout_group (
    id ${ID},
    workshop_id ${REF_ID} NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    UNIQUE (workshop_id, number)
);

CREATE TABLE group_member (
    group_id ${REF_ID} NOT NULL REFERENCES breakout_group (id) ON DELETE CASCADE,
    registration_id ${REF_ID} NOT NULL UNIQUE REFERENCES registration (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, registration_id)
);

CREATE TABLE outcome (
    id ${ID},
    uid TEXT NOT NULL UNIQUE,
    group_id ${REF_ID} NOT NULL REFERENCES breakout_group (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('finding', 'proposal', 'decision')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX outcome_by_group ON outcome (group_id, position);
