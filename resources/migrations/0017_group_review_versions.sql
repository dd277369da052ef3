-- Khana schema step 17: breakout groups and quarterly review lines get row versions, as every
-- other record edited in a form has, so that a save from a version someone else has changed
-- since is refused and shown side by side instead of overwriting theirs.

ALTER TABLE breakout_group ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE review_entry ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
