-- Khana schema step 10: a plan counts in the calendar year or in the Thai fiscal year
-- (1 October – 30 September), chosen per plan; its quarters and reviews follow it.
-- Reviews of fiscal quarters are stored as 'FY2025-Q1' (Quarter::code).

ALTER TABLE plan ADD COLUMN year_basis TEXT NOT NULL DEFAULT 'calendar' CHECK (year_basis IN ('calendar', 'fiscal'));
