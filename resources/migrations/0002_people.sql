-- Khana schema step 2: people (members, representatives, contacts) and their tags.
-- Text columns that lists sort on are NOT NULL so that keyset paging can compare them;
-- sort_name holds ThaiText::sortKey(name_th).

CREATE TABLE person (
    id ${ID},
    name_th TEXT NOT NULL,
    sort_name TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    nickname TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    national_id TEXT UNIQUE,
    province_code TEXT REFERENCES province (code),
    district_code TEXT REFERENCES district (code),
    member_no TEXT NOT NULL DEFAULT '',
    membership_type TEXT NOT NULL DEFAULT 'none' CHECK (membership_type IN ('none', 'annual', 'lifetime')),
    join_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'lapsed', 'resigned', 'deceased')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT ${NOW},
    updated_at TEXT NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (end_date IS NULL OR join_date IS NULL OR end_date >= join_date)
);

CREATE UNIQUE INDEX person_member_no_unique ON person (member_no) WHERE member_no <> '';
CREATE INDEX person_by_sort_name ON person (sort_name, id);
CREATE INDEX person_by_name_en ON person (name_en, id);
CREATE INDEX person_by_phone ON person (phone, id);
CREATE INDEX person_by_member_no ON person (member_no, id);
CREATE INDEX person_by_province ON person ((COALESCE(province_code, '')), id);
CREATE INDEX person_by_district ON person (district_code);
CREATE INDEX person_by_join_date ON person ((COALESCE(join_date, '')), id);
CREATE INDEX person_by_status ON person (status, id);

CREATE SEARCH INDEX person_search ON person (name_th, name_en, nickname, phone, member_no);

CREATE TABLE person_tag (
    person_id ${REF_ID} NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (person_id, tag)
);
CREATE INDEX person_tag_by_tag ON person_tag (tag);
