-- Khana schema step 9: names sort in ICU's Thai collation. sort_key holds
-- Collation::sortKey(name_th), ICU's sort key, compared byte by byte (BLOB, bytea); the
-- step's data part fills it and records the collation in khana_meta ('name_collation').
-- It replaces sort_name, a hand-made key that put every word with a tone mark after those
-- without one.

DROP INDEX person_by_sort_name;
ALTER TABLE person DROP COLUMN sort_name;
ALTER TABLE person ADD COLUMN sort_key ${BYTES};
CREATE INDEX person_by_sort_key ON person (sort_key, id);
