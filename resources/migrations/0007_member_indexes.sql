-- Khana schema step 7: indexes that let growth series read only the index. A monthly series
-- counts the members who joined (or left) before the period and in each month of it; with
-- membership in the index condition and dates in the key, no person row is read.

DROP INDEX person_by_province_joined;
CREATE INDEX member_joined ON person (province_code, join_date) WHERE membership_type <> 'none' AND join_date IS NOT NULL;
CREATE INDEX member_ended ON person (province_code, end_date) WHERE membership_type <> 'none' AND end_date IS NOT NULL;
