-- Administration: a municipality set up from nothing (its settings), its providers (事業所) and
-- cohorts (実施期間) with the time and place of the sessions, staff invited by a one-time link,
-- and the pre-exercise check of a session day.

-- The municipality's own settings. closed_days: the days it does not hold sessions, as
-- comma-separated "MM-DD/MM-DD" ranges (年末年始 by default); national holidays come on top.
ALTER TABLE municipalities ADD COLUMN program_end_text TEXT NOT NULL DEFAULT '';
ALTER TABLE municipalities ADD COLUMN staffing_rule TEXT NOT NULL DEFAULT 'model' CHECK (staffing_rule IN ('model', 'kusatsu'));
ALTER TABLE municipalities ADD COLUMN push_contact TEXT NOT NULL DEFAULT '';
ALTER TABLE municipalities ADD COLUMN closed_days TEXT NOT NULL DEFAULT '12-29/01-03';

-- A provider is deactivated, never deleted while it has history.
ALTER TABLE providers ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE providers ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE providers ADD COLUMN kind TEXT NOT NULL DEFAULT 'center' CHECK (kind IN ('center', 'home', 'both'));
ALTER TABLE providers ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

-- When and where the sessions are. weekday: 1 (Monday) … 7 (Sunday); times "HH:MM" in Japan;
-- home_visits: the session numbers held at home by default, comma-separated.
ALTER TABLE cohorts ADD COLUMN weekday INTEGER CHECK (weekday BETWEEN 1 AND 7);
ALTER TABLE cohorts ADD COLUMN starts_at TEXT CHECK (starts_at IS NULL OR length(starts_at) = 5);
ALTER TABLE cohorts ADD COLUMN ends_at TEXT CHECK (ends_at IS NULL OR length(ends_at) = 5);
ALTER TABLE cohorts ADD COLUMN venue TEXT NOT NULL DEFAULT '';
ALTER TABLE cohorts ADD COLUMN transport BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE cohorts ADD COLUMN meeting_point TEXT NOT NULL DEFAULT '';
ALTER TABLE cohorts ADD COLUMN home_visits TEXT NOT NULL DEFAULT '';

-- One-time links: the first administrator's set-up (made by `dekita init`), an invitation,
-- a password reset. Only a hash of the token is kept; a link works once, until it expires.
CREATE TABLE staff_links (
    id          TEXT PRIMARY KEY NOT NULL,
    staff_id    TEXT NOT NULL REFERENCES staff(id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('setup', 'invitation', 'reset')),
    token_hash  TEXT NOT NULL UNIQUE,
    created_by  TEXT REFERENCES staff(id),
    created_at  TIMESTAMP NOT NULL,
    expires_at  TIMESTAMP NOT NULL,
    used_at     TIMESTAMP,
    voided_at   TIMESTAMP
);
CREATE INDEX staff_links_staff ON staff_links (staff_id);

-- The check before exercise on a session day: blood pressure, pulse, how the person feels.
CREATE TABLE session_checks (
    participant_id  TEXT NOT NULL,
    session_number  INTEGER NOT NULL,
    systolic        INTEGER CHECK (systolic BETWEEN 50 AND 300),
    diastolic       INTEGER CHECK (diastolic BETWEEN 20 AND 200),
    pulse           INTEGER CHECK (pulse BETWEEN 20 AND 250),
    feeling         TEXT NOT NULL CHECK (feeling IN ('usual', 'unwell', 'chest_pain')),
    recorded_by     TEXT NOT NULL REFERENCES staff(id),
    recorded_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (participant_id, session_number),
    FOREIGN KEY (participant_id, session_number) REFERENCES program_sessions(participant_id, number)
);
