-- Khana schema step 13: who checked a person in, and at which computer ("fah · REG-DESK-2"),
-- so that a second desk told "already checked in" also hears where it happened.

ALTER TABLE registration ADD COLUMN checked_in_by TEXT;
