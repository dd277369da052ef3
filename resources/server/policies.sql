-- What each role may do on an office server, enforced by PostgreSQL itself: privileges per
-- table (and per column for national ids), row-level security on people and registrations,
-- and an audit trail the server writes. Applied by `khana server init` and again whenever an
-- administrator brings the schema up to date; every statement can run again safely.
--
-- Group roles (made by `khana server init`; logins are members of one):
--   khana_admin        everything, and may bring the schema up to date (member of khana_owner)
--   khana_coordinator  people, workshops and registrations of their provinces; the plans
--   khana_staff        people, workshops and registrations of their provinces; reads plans
--   khana_facilitator  the workshops they are assigned to: check-in, walk-ins, groups and
--                      outcomes; no national ids, no plan changes
--   khana_viewer       reads everything but national ids
-- Who may see which province or workshop: khana_staff_scope, which only admins change.
-- Policies test session_user (the login), which a client cannot change.

CREATE TABLE IF NOT EXISTS khana_staff_scope (login TEXT NOT NULL, province_code TEXT, workshop_id BIGINT, CHECK ((province_code IS NULL) <> (workshop_id IS NULL)));
CREATE UNIQUE INDEX IF NOT EXISTS khana_staff_scope_unique ON khana_staff_scope (login, coalesce(province_code, ''), coalesce(workshop_id, 0));

CREATE OR REPLACE FUNCTION khana_is(role_name text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog RETURN EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = role_name AND pg_has_role(session_user, r.oid, 'MEMBER'));
CREATE OR REPLACE FUNCTION khana_sees_province(code text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog RETURN khana_is('khana_admin') OR khana_is('khana_viewer') OR EXISTS (SELECT 1 FROM khana_staff_scope s WHERE s.login = session_user AND (s.province_code = '*' OR s.province_code = code));
CREATE OR REPLACE FUNCTION khana_writes_province(code text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog RETURN khana_is('khana_admin') OR ((khana_is('khana_staff') OR khana_is('khana_coordinator')) AND EXISTS (SELECT 1 FROM khana_staff_scope s WHERE s.login = session_user AND (s.province_code = '*' OR s.province_code = code)));
CREATE OR REPLACE FUNCTION khana_facilitates(workshop bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog RETURN khana_is('khana_facilitator') AND EXISTS (SELECT 1 FROM khana_staff_scope s WHERE s.login = session_user AND s.workshop_id = workshop);
CREATE OR REPLACE FUNCTION khana_facilitates_person(person bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog RETURN EXISTS (SELECT 1 FROM registration r WHERE r.person_id = person AND khana_facilitates(r.workshop_id));

-- Privileges: nothing by default, then what each role needs.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, khana_admin, khana_coordinator, khana_staff, khana_facilitator, khana_viewer;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO khana_admin, khana_coordinator, khana_staff, khana_facilitator, khana_viewer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO khana_admin, khana_coordinator, khana_staff, khana_facilitator;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO khana_admin;
REVOKE UPDATE, DELETE ON audit_entry FROM khana_admin;
GRANT SELECT ON khana_meta, province, district, workshop, workshop_day, budget_line, agenda_item, participant_category, registration, breakout_group, group_member, outcome, plan, plan_reference, plan_item, plan_review, review_entry, member_count, member_month, growth_target, representative_election, person_tag TO khana_coordinator, khana_staff, khana_facilitator, khana_viewer;
GRANT SELECT ON person TO khana_coordinator, khana_staff;
GRANT SELECT (id, row_version, name_th, sort_key, name_en, nickname, phone, province_code, district_code, member_no, membership_type, join_date, end_date, status, notes, created_at, updated_at, created_by, search_text) ON person TO khana_facilitator, khana_viewer;
GRANT INSERT, UPDATE, DELETE ON person, person_tag, workshop, workshop_day, budget_line, agenda_item, participant_category, registration, breakout_group, group_member, outcome, member_count, growth_target, representative_election TO khana_coordinator, khana_staff;
GRANT INSERT, UPDATE, DELETE ON plan, plan_reference, plan_item, plan_review, review_entry TO khana_coordinator;
GRANT INSERT ON person, person_tag TO khana_facilitator;
GRANT INSERT, UPDATE ON registration TO khana_facilitator;
GRANT INSERT, UPDATE, DELETE ON breakout_group, group_member, outcome TO khana_facilitator;
GRANT SELECT ON audit_entry TO khana_admin;
-- Workshop packs: whoever may check people in may take a workshop offline and bring it back.
GRANT SELECT, INSERT ON workshop_pack, pack_change_merged TO khana_coordinator, khana_staff, khana_facilitator;
GRANT UPDATE (merged_by, merged_at) ON workshop_pack TO khana_coordinator, khana_staff, khana_facilitator;
GRANT SELECT ON workshop_pack TO khana_viewer;
-- Consent: the office's purposes are an administrator's to define; whoever may change a person
-- records their consent, and everyone who may see the person sees it (a facilitator needs to
-- know who agreed to photos). A decision once recorded stays in the history.
GRANT SELECT ON consent_purpose, consent_statement, person_consent, person_consent_history TO khana_coordinator, khana_staff, khana_facilitator, khana_viewer;
GRANT INSERT, UPDATE, DELETE ON person_consent TO khana_coordinator, khana_staff;
GRANT INSERT ON person_consent_history TO khana_coordinator, khana_staff;
-- Retention: whoever may change a person decides to keep them past the office's period.
GRANT SELECT ON retention_review TO khana_coordinator, khana_staff, khana_viewer;
GRANT INSERT, UPDATE ON retention_review TO khana_coordinator, khana_staff;
GRANT SELECT ON khana_staff_scope TO khana_coordinator, khana_staff, khana_facilitator, khana_viewer;

-- Rows: people and registrations of the login's provinces (or workshops).
ALTER TABLE person ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS person_read ON person;
CREATE POLICY person_read ON person FOR SELECT USING (khana_sees_province(province_code) OR khana_facilitates_person(id) OR (khana_is('khana_facilitator') AND created_by = session_user));
DROP POLICY IF EXISTS person_add ON person;
CREATE POLICY person_add ON person FOR INSERT WITH CHECK (khana_writes_province(province_code) OR khana_is('khana_facilitator'));
DROP POLICY IF EXISTS person_change ON person;
CREATE POLICY person_change ON person FOR UPDATE USING (khana_writes_province(province_code)) WITH CHECK (khana_writes_province(province_code));
DROP POLICY IF EXISTS person_remove ON person;
CREATE POLICY person_remove ON person FOR DELETE USING (khana_writes_province(province_code));

-- The monthly member summary counts no one by name, but it shows a login the members of the
-- provinces it may see, as counting the roster itself would; its triggers (as the owner) keep it.
ALTER TABLE member_month ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS member_month_read ON member_month;
CREATE POLICY member_month_read ON member_month FOR SELECT USING (khana_sees_province(province_code));

ALTER TABLE registration ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS registration_read ON registration;
CREATE POLICY registration_read ON registration FOR SELECT USING (khana_sees_province(province_code) OR khana_facilitates(workshop_id));
DROP POLICY IF EXISTS registration_add ON registration;
CREATE POLICY registration_add ON registration FOR INSERT WITH CHECK (khana_writes_province(province_code) OR khana_facilitates(workshop_id));
DROP POLICY IF EXISTS registration_change ON registration;
CREATE POLICY registration_change ON registration FOR UPDATE USING (khana_writes_province(province_code) OR khana_facilitates(workshop_id)) WITH CHECK (khana_writes_province(province_code) OR khana_facilitates(workshop_id));
DROP POLICY IF EXISTS registration_remove ON registration;
CREATE POLICY registration_remove ON registration FOR DELETE USING (khana_writes_province(province_code));

-- The audit trail: the server names who and when, whatever a client sends; nobody but the
-- owner changes or removes an entry.
CREATE OR REPLACE FUNCTION khana_audit_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$ BEGIN NEW.actor := session_user; NEW.at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'); RETURN NEW; END $$;
DROP TRIGGER IF EXISTS khana_audit_stamp ON audit_entry;
CREATE TRIGGER khana_audit_stamp BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION khana_audit_stamp();
CREATE OR REPLACE FUNCTION khana_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF current_user <> 'khana_owner' THEN RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = '42501'; END IF; RETURN OLD; END $$;
DROP TRIGGER IF EXISTS khana_audit_append_only ON audit_entry;
CREATE TRIGGER khana_audit_append_only BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION khana_audit_append_only();
CREATE OR REPLACE FUNCTION khana_writes_person(person bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog RETURN khana_writes_province((SELECT p.province_code FROM person p WHERE p.id = person));
ALTER TABLE person_consent ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS person_consent_read ON person_consent;
CREATE POLICY person_consent_read ON person_consent FOR SELECT USING (EXISTS (SELECT 1 FROM person p WHERE p.id = person_id));
DROP POLICY IF EXISTS person_consent_add ON person_consent;
CREATE POLICY person_consent_add ON person_consent FOR INSERT WITH CHECK (khana_writes_person(person_id));
DROP POLICY IF EXISTS person_consent_change ON person_consent;
CREATE POLICY person_consent_change ON person_consent FOR UPDATE USING (khana_writes_person(person_id)) WITH CHECK (khana_writes_person(person_id));
DROP POLICY IF EXISTS person_consent_remove ON person_consent;
CREATE POLICY person_consent_remove ON person_consent FOR DELETE USING (khana_writes_person(person_id));
ALTER TABLE person_consent_history ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS person_consent_history_read ON person_consent_history;
CREATE POLICY person_consent_history_read ON person_consent_history FOR SELECT USING (EXISTS (SELECT 1 FROM person p WHERE p.id = person_id));
DROP POLICY IF EXISTS person_consent_history_add ON person_consent_history;
CREATE POLICY person_consent_history_add ON person_consent_history FOR INSERT WITH CHECK (khana_writes_person(person_id));
ALTER TABLE retention_review ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS retention_review_read ON retention_review;
CREATE POLICY retention_review_read ON retention_review FOR SELECT USING (EXISTS (SELECT 1 FROM person p WHERE p.id = person_id));
DROP POLICY IF EXISTS retention_review_add ON retention_review;
CREATE POLICY retention_review_add ON retention_review FOR INSERT WITH CHECK (khana_writes_person(person_id));
DROP POLICY IF EXISTS retention_review_change ON retention_review;
CREATE POLICY retention_review_change ON retention_review FOR UPDATE USING (khana_writes_person(person_id)) WITH CHECK (khana_writes_person(person_id));

CREATE OR REPLACE FUNCTION khana_audit_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$ DECLARE row_id text := coalesce(to_jsonb(NEW) ->> 'id', to_jsonb(OLD) ->> 'id', to_jsonb(NEW) ->> 'person_id', to_jsonb(OLD) ->> 'person_id', to_jsonb(NEW) ->> 'uid', to_jsonb(OLD) ->> 'uid', ''); BEGIN INSERT INTO audit_entry (actor, action, entity, entity_id) VALUES (session_user, CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END, TG_TABLE_NAME, row_id); RETURN NULL; END $$;
CREATE OR REPLACE FUNCTION khana_person_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created_by := session_user; RETURN NEW; END $$;
DROP TRIGGER IF EXISTS khana_person_stamp ON person;
CREATE TRIGGER khana_person_stamp BEFORE INSERT ON person FOR EACH ROW EXECUTE FUNCTION khana_person_stamp();
-- Who recorded a consent, and when, as the server knows them.
CREATE OR REPLACE FUNCTION khana_consent_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.recorded_by := session_user; NEW.recorded_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'); RETURN NEW; END $$;
DROP TRIGGER IF EXISTS khana_consent_stamp ON person_consent;
CREATE TRIGGER khana_consent_stamp BEFORE INSERT OR UPDATE ON person_consent FOR EACH ROW EXECUTE FUNCTION khana_consent_stamp();
DROP TRIGGER IF EXISTS khana_consent_stamp ON person_consent_history;
CREATE TRIGGER khana_consent_stamp BEFORE INSERT ON person_consent_history FOR EACH ROW EXECUTE FUNCTION khana_consent_stamp();
-- Who took a workshop offline, and when, as the server knows them.
CREATE OR REPLACE FUNCTION khana_pack_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.made_by := session_user; NEW.made_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'); RETURN NEW; END $$;
DROP TRIGGER IF EXISTS khana_pack_stamp ON workshop_pack;
CREATE TRIGGER khana_pack_stamp BEFORE INSERT ON workshop_pack FOR EACH ROW EXECUTE FUNCTION khana_pack_stamp();

-- Exports, prints and imports (what the server cannot see for itself) are recorded through
-- this function; no login may insert into the trail, so none can write an entry of its own
-- choosing, only say what it disclosed, and the server stamps who and when.
-- An erasure is recorded the same way, and only an administrator's: the transaction that
-- erases a person records it, so for anyone else the server refuses the erasure as a whole.
CREATE OR REPLACE FUNCTION khana_disclosed(p_action text, p_entity text, p_entity_id text, p_detail text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_catalog AS $$ BEGIN IF p_action NOT IN ('export', 'print', 'import', 'erase') THEN RAISE EXCEPTION 'only exports, prints, imports and erasures are recorded this way' USING ERRCODE = '42501'; END IF; IF p_action = 'erase' AND NOT khana_is('khana_admin') THEN RAISE EXCEPTION 'only an administrator may erase a person' USING ERRCODE = '42501'; END IF; INSERT INTO audit_entry (actor, action, entity, entity_id, detail) VALUES (session_user, p_action, p_entity, p_entity_id, coalesce(p_detail, '')); END $$;
REVOKE ALL ON FUNCTION khana_disclosed(text, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION khana_disclosed(text, text, text, text) TO khana_admin, khana_coordinator, khana_staff, khana_facilitator, khana_viewer;
