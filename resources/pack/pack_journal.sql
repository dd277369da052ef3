-- A workshop pack's journal (SQLite only): every check-in, undo, status change, walk-in, group
-- and outcome written in the pack is recorded in pack_change in the same transaction, and what
-- a pack cannot bring back (the workshop's details, people's other records) is refused, with
-- the words StorageError names "office only". Each statement is one line.

-- Each change's id: a random (version 4) UUID from SQLite's own generator.
CREATE TRIGGER pack_change_uid AFTER INSERT ON pack_change WHEN NEW.uid IS NULL BEGIN UPDATE pack_change SET uid = (SELECT lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)) FROM (SELECT hex(randomblob(16)) AS h)) WHERE seq = NEW.seq; END;

-- Registrations: a walk-in's, and each change of status or arrival (a check-in happened when
-- the person arrived, which is its time).
CREATE TRIGGER pack_registration_added AFTER INSERT ON registration BEGIN INSERT INTO pack_change (entity, row_id, action, at, after) VALUES ('registration', NEW.id, 'insert', COALESCE(NEW.checked_in_at, strftime('%Y-%m-%dT%H:%M:%fZ','now')), json_object('person_id', NEW.person_id, 'category_id', NEW.category_id, 'province_code', NEW.province_code, 'status', NEW.status, 'badge_code', NEW.badge_code, 'checked_in_at', NEW.checked_in_at, 'checked_in_by', NEW.checked_in_by)); END;
CREATE TRIGGER pack_registration_changed AFTER UPDATE OF status, checked_in_at ON registration WHEN OLD.status IS NOT NEW.status OR OLD.checked_in_at IS NOT NEW.checked_in_at BEGIN INSERT INTO pack_change (entity, row_id, action, at, before, after) VALUES ('registration', NEW.id, 'update', CASE WHEN OLD.checked_in_at IS NULL AND NEW.checked_in_at IS NOT NULL THEN NEW.checked_in_at ELSE strftime('%Y-%m-%dT%H:%M:%fZ','now') END, json_object('status', OLD.status, 'checked_in_at', OLD.checked_in_at, 'checked_in_by', OLD.checked_in_by), json_object('status', NEW.status, 'checked_in_at', NEW.checked_in_at, 'checked_in_by', NEW.checked_in_by)); END;
CREATE TRIGGER pack_registration_office_only BEFORE UPDATE OF workshop_id, person_id, category_id, province_code, badge_code ON registration BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_registration_kept BEFORE DELETE ON registration BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;

-- People: walk-ins are added (and may be corrected); the office's people are changed there.
CREATE TRIGGER pack_person_added AFTER INSERT ON person BEGIN INSERT INTO pack_change (entity, row_id, action, after) VALUES ('person', NEW.id, 'insert', json_object('name_th', NEW.name_th, 'name_en', NEW.name_en, 'nickname', NEW.nickname, 'phone', NEW.phone, 'province_code', NEW.province_code, 'district_code', NEW.district_code)); END;
CREATE TRIGGER pack_person_office_only BEFORE UPDATE OF name_th, name_en, nickname, phone, province_code, district_code, national_id, member_no, membership_type, join_date, end_date, status, notes ON person WHEN NOT EXISTS (SELECT 1 FROM pack_change WHERE entity = 'person' AND row_id = OLD.id AND action = 'insert') BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_person_changed AFTER UPDATE OF name_th, name_en, nickname, phone, province_code, district_code ON person BEGIN INSERT INTO pack_change (entity, row_id, action, before, after) VALUES ('person', NEW.id, 'update', json_object('name_th', OLD.name_th, 'name_en', OLD.name_en, 'nickname', OLD.nickname, 'phone', OLD.phone, 'province_code', OLD.province_code, 'district_code', OLD.district_code), json_object('name_th', NEW.name_th, 'name_en', NEW.name_en, 'nickname', NEW.nickname, 'phone', NEW.phone, 'province_code', NEW.province_code, 'district_code', NEW.district_code)); END;
CREATE TRIGGER pack_person_kept BEFORE DELETE ON person BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;

-- Breakout groups, who is in which, and their outcomes (an outcome is known by its uid).
CREATE TRIGGER pack_group_added AFTER INSERT ON breakout_group BEGIN INSERT INTO pack_change (entity, row_id, action, after) VALUES ('breakout_group', NEW.id, 'insert', json_object('number', NEW.number, 'topic', NEW.topic, 'facilitator', NEW.facilitator)); END;
CREATE TRIGGER pack_group_changed AFTER UPDATE OF number, topic, facilitator ON breakout_group BEGIN INSERT INTO pack_change (entity, row_id, action, before, after) VALUES ('breakout_group', NEW.id, 'update', json_object('number', OLD.number, 'topic', OLD.topic, 'facilitator', OLD.facilitator), json_object('number', NEW.number, 'topic', NEW.topic, 'facilitator', NEW.facilitator)); END;
CREATE TRIGGER pack_group_removed AFTER DELETE ON breakout_group BEGIN INSERT INTO pack_change (entity, row_id, action, before) VALUES ('breakout_group', OLD.id, 'delete', json_object('number', OLD.number, 'topic', OLD.topic, 'facilitator', OLD.facilitator)); END;
CREATE TRIGGER pack_member_added AFTER INSERT ON group_member BEGIN INSERT INTO pack_change (entity, row_id, action, after) VALUES ('group_member', NEW.registration_id, 'insert', json_object('group_id', NEW.group_id)); END;
CREATE TRIGGER pack_member_removed AFTER DELETE ON group_member BEGIN INSERT INTO pack_change (entity, row_id, action, before) VALUES ('group_member', OLD.registration_id, 'delete', json_object('group_id', OLD.group_id)); END;
CREATE TRIGGER pack_outcome_added AFTER INSERT ON outcome BEGIN INSERT INTO pack_change (entity, row_id, action, after) VALUES ('outcome', NEW.id, 'insert', json_object('uid', NEW.uid, 'group_id', NEW.group_id, 'kind', NEW.kind, 'position', NEW.position, 'text', NEW.text)); END;
CREATE TRIGGER pack_outcome_changed AFTER UPDATE OF group_id, kind, position, text ON outcome BEGIN INSERT INTO pack_change (entity, row_id, action, before, after) VALUES ('outcome', NEW.id, 'update', json_object('uid', OLD.uid, 'group_id', OLD.group_id, 'kind', OLD.kind, 'position', OLD.position, 'text', OLD.text), json_object('uid', NEW.uid, 'group_id', NEW.group_id, 'kind', NEW.kind, 'position', NEW.position, 'text', NEW.text)); END;
CREATE TRIGGER pack_outcome_removed AFTER DELETE ON outcome BEGIN INSERT INTO pack_change (entity, row_id, action, before) VALUES ('outcome', OLD.id, 'delete', json_object('uid', OLD.uid, 'group_id', OLD.group_id, 'kind', OLD.kind, 'position', OLD.position, 'text', OLD.text)); END;

-- The workshop itself, its days, categories, budget and agenda are the office's.
CREATE TRIGGER pack_workshop_office_only BEFORE UPDATE ON workshop BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_workshop_kept BEFORE DELETE ON workshop BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_workshop_one BEFORE INSERT ON workshop BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_day_office_only BEFORE INSERT ON workshop_day BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_day_kept BEFORE DELETE ON workshop_day BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_day_changed BEFORE UPDATE ON workshop_day BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_category_office_only BEFORE INSERT ON participant_category BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_category_changed BEFORE UPDATE ON participant_category BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_category_kept BEFORE DELETE ON participant_category BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_budget_added BEFORE INSERT ON budget_line BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_budget_changed BEFORE UPDATE ON budget_line BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_budget_kept BEFORE DELETE ON budget_line BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_agenda_added BEFORE INSERT ON agenda_item BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_agenda_changed BEFORE UPDATE ON agenda_item BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_agenda_kept BEFORE DELETE ON agenda_item BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;

-- Consent: where each person's consents stand travels with the pack, to be read at the
-- workshop (who agreed to photos); a decision is recorded at the office, where its history is.
CREATE TRIGGER pack_consent_added BEFORE INSERT ON person_consent BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_consent_changed BEFORE UPDATE ON person_consent BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_consent_history_added BEFORE INSERT ON person_consent_history BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_purpose_added BEFORE INSERT ON consent_purpose BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_purpose_changed BEFORE UPDATE ON consent_purpose BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
CREATE TRIGGER pack_purpose_removed BEFORE DELETE ON consent_purpose BEGIN SELECT RAISE(ABORT, 'khana-pack: office only'); END;
