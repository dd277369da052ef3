-- Khana schema step 23: the monthly member summary. Per month, province and district: how many
-- members joined and how many of them ended, as the roster says (people whose membership type
-- is not 'none' and who have a join date; '' where the province or district is unknown).
-- Growth series, the Dashboard and the breakdown by area read it instead of counting the
-- roster, so they cost the same at a million members as at a thousand. The database keeps it:
-- triggers on person change it in the same transaction as every insert, change and delete of a
-- person, whichever way it comes (a form, an import, an undo, an erasure, a merged pack). Built
-- here from the people already stored.

CREATE TABLE member_month (
    month TEXT NOT NULL,
    province_code TEXT NOT NULL,
    district_code TEXT NOT NULL,
    joined INTEGER NOT NULL DEFAULT 0,
    ended INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, province_code, district_code)
);
CREATE INDEX member_month_by_province ON member_month (province_code, month);
CREATE INDEX member_month_by_district ON member_month (district_code, month);

INSERT INTO member_month (month, province_code, district_code, joined, ended)
SELECT month, province_code, district_code, sum(joined), sum(ended) FROM (
    SELECT substr(join_date, 1, 7) AS month, COALESCE(province_code, '') AS province_code, COALESCE(district_code, '') AS district_code, 1 AS joined, 0 AS ended
        FROM person WHERE membership_type <> 'none' AND join_date IS NOT NULL
    UNION ALL
    SELECT substr(end_date, 1, 7), COALESCE(province_code, ''), COALESCE(district_code, ''), 0, 1
        FROM person WHERE membership_type <> 'none' AND join_date IS NOT NULL AND end_date IS NOT NULL
) moves GROUP BY month, province_code, district_code;

-- SQLite: a trigger per row.
${ON_SQLITE} CREATE TRIGGER member_month_added AFTER INSERT ON person WHEN NEW.membership_type <> 'none' AND NEW.join_date IS NOT NULL BEGIN INSERT INTO member_month (month, province_code, district_code, joined, ended) VALUES (substr(NEW.join_date, 1, 7), COALESCE(NEW.province_code, ''), COALESCE(NEW.district_code, ''), 1, 0) ON CONFLICT (month, province_code, district_code) DO UPDATE SET joined = joined + 1; INSERT INTO member_month (month, province_code, district_code, joined, ended) SELECT substr(NEW.end_date, 1, 7), COALESCE(NEW.province_code, ''), COALESCE(NEW.district_code, ''), 0, 1 WHERE NEW.end_date IS NOT NULL ON CONFLICT (month, province_code, district_code) DO UPDATE SET ended = ended + 1; END;
${ON_SQLITE} CREATE TRIGGER member_month_removed AFTER DELETE ON person WHEN OLD.membership_type <> 'none' AND OLD.join_date IS NOT NULL BEGIN UPDATE member_month SET joined = joined - 1 WHERE month = substr(OLD.join_date, 1, 7) AND province_code = COALESCE(OLD.province_code, '') AND district_code = COALESCE(OLD.district_code, ''); UPDATE member_month SET ended = ended - 1 WHERE OLD.end_date IS NOT NULL AND month = substr(OLD.end_date, 1, 7) AND province_code = COALESCE(OLD.province_code, '') AND district_code = COALESCE(OLD.district_code, ''); END;
${ON_SQLITE} CREATE TRIGGER member_month_changed AFTER UPDATE OF membership_type, join_date, end_date, province_code, district_code ON person BEGIN UPDATE member_month SET joined = joined - 1 WHERE OLD.membership_type <> 'none' AND OLD.join_date IS NOT NULL AND month = substr(OLD.join_date, 1, 7) AND province_code = COALESCE(OLD.province_code, '') AND district_code = COALESCE(OLD.district_code, ''); UPDATE member_month SET ended = ended - 1 WHERE OLD.membership_type <> 'none' AND OLD.join_date IS NOT NULL AND OLD.end_date IS NOT NULL AND month = substr(OLD.end_date, 1, 7) AND province_code = COALESCE(OLD.province_code, '') AND district_code = COALESCE(OLD.district_code, ''); INSERT INTO member_month (month, province_code, district_code, joined, ended) SELECT substr(NEW.join_date, 1, 7), COALESCE(NEW.province_code, ''), COALESCE(NEW.district_code, ''), 1, 0 WHERE NEW.membership_type <> 'none' AND NEW.join_date IS NOT NULL ON CONFLICT (month, province_code, district_code) DO UPDATE SET joined = joined + 1; INSERT INTO member_month (month, province_code, district_code, joined, ended) SELECT substr(NEW.end_date, 1, 7), COALESCE(NEW.province_code, ''), COALESCE(NEW.district_code, ''), 0, 1 WHERE NEW.membership_type <> 'none' AND NEW.join_date IS NOT NULL AND NEW.end_date IS NOT NULL ON CONFLICT (month, province_code, district_code) DO UPDATE SET ended = ended + 1; END;

-- PostgreSQL: a trigger per statement over the rows it changed (an import's COPY of a million
-- rows is summed once), as the table's owner, whoever changed the people.
${ON_POSTGRES} CREATE OR REPLACE FUNCTION khana_member_month() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$ BEGIN IF TG_OP IN ('UPDATE', 'DELETE') THEN INSERT INTO member_month AS s (month, province_code, district_code, joined, ended) SELECT month, province_code, district_code, -sum(joined), -sum(ended) FROM (SELECT substr(join_date, 1, 7) AS month, coalesce(province_code, '') AS province_code, coalesce(district_code, '') AS district_code, 1 AS joined, 0 AS ended FROM old_rows WHERE membership_type <> 'none' AND join_date IS NOT NULL UNION ALL SELECT substr(end_date, 1, 7), coalesce(province_code, ''), coalesce(district_code, ''), 0, 1 FROM old_rows WHERE membership_type <> 'none' AND join_date IS NOT NULL AND end_date IS NOT NULL) moves GROUP BY 1, 2, 3 ON CONFLICT (month, province_code, district_code) DO UPDATE SET joined = s.joined + excluded.joined, ended = s.ended + excluded.ended; END IF; IF TG_OP IN ('UPDATE', 'INSERT') THEN INSERT INTO member_month AS s (month, province_code, district_code, joined, ended) SELECT month, province_code, district_code, sum(joined), sum(ended) FROM (SELECT substr(join_date, 1, 7) AS month, coalesce(province_code, '') AS province_code, coalesce(district_code, '') AS district_code, 1 AS joined, 0 AS ended FROM new_rows WHERE membership_type <> 'none' AND join_date IS NOT NULL UNION ALL SELECT substr(end_date, 1, 7), coalesce(province_code, ''), coalesce(district_code, ''), 0, 1 FROM new_rows WHERE membership_type <> 'none' AND join_date IS NOT NULL AND end_date IS NOT NULL) moves GROUP BY 1, 2, 3 ON CONFLICT (month, province_code, district_code) DO UPDATE SET joined = s.joined + excluded.joined, ended = s.ended + excluded.ended; END IF; RETURN NULL; END $$;
${ON_POSTGRES} CREATE TRIGGER member_month_added AFTER INSERT ON person REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION khana_member_month();
${ON_POSTGRES} CREATE TRIGGER member_month_changed AFTER UPDATE ON person REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION khana_member_month();
${ON_POSTGRES} CREATE TRIGGER member_month_removed AFTER DELETE ON person REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION khana_member_month();
