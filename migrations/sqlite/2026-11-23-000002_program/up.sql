-- The therapist's program: assessment, 興味関心チェックシート, goals with steps, the twelve
-- sessions with interviews and performance tests, staffing of a cohort, calendar feeds.
-- Staff documents carry a version: a save names the version it started from (If-Match), so
-- two people never overwrite each other silently.

ALTER TABLE cohorts ADD COLUMN therapists INTEGER NOT NULL DEFAULT 1 CHECK (therapists >= 0);
ALTER TABLE cohorts ADD COLUMN nurses INTEGER NOT NULL DEFAULT 1 CHECK (nurses >= 0);
ALTER TABLE cohorts ADD COLUMN aides INTEGER NOT NULL DEFAULT 0 CHECK (aides >= 0);

ALTER TABLE enrollments ADD COLUMN discontinued_reason TEXT;
ALTER TABLE enrollments ADD COLUMN discontinued_note TEXT;

CREATE TABLE assessments (
    participant_id     TEXT PRIMARY KEY NOT NULL REFERENCES participants(id),
    version            INTEGER NOT NULL CHECK (version > 0),
    visited_on         DATE,
    difficulties       TEXT NOT NULL,
    difficulties_note  TEXT NOT NULL,
    home_environment   TEXT NOT NULL,
    wishes             TEXT NOT NULL,
    referred_by        TEXT NOT NULL,
    updated_by         TEXT NOT NULL REFERENCES staff(id),
    updated_at         TIMESTAMP NOT NULL
);

CREATE TABLE interest_checklists (
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    phase           TEXT NOT NULL CHECK (phase IN ('assessment', 'graduation')),
    version         INTEGER NOT NULL CHECK (version > 0),
    filled_on       DATE,
    items           TEXT NOT NULL,
    others          TEXT NOT NULL,
    updated_by      TEXT NOT NULL REFERENCES staff(id),
    updated_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (participant_id, phase)
);

CREATE TABLE goals (
    id                  TEXT PRIMARY KEY NOT NULL,
    participant_id      TEXT NOT NULL REFERENCES participants(id),
    version             INTEGER NOT NULL CHECK (version > 0),
    status              TEXT NOT NULL CHECK (status IN ('active', 'raised')),
    text                TEXT NOT NULL,
    source_item         INTEGER CHECK (source_item BETWEEN 1 AND 46),
    source_other        TEXT,
    performance_start   INTEGER CHECK (performance_start BETWEEN 1 AND 10),
    satisfaction_start  INTEGER CHECK (satisfaction_start BETWEEN 1 AND 10),
    performance_end     INTEGER CHECK (performance_end BETWEEN 1 AND 10),
    satisfaction_end    INTEGER CHECK (satisfaction_end BETWEEN 1 AND 10),
    gas                 INTEGER CHECK (gas BETWEEN -2 AND 2),
    previous_goal_id    TEXT REFERENCES goals(id),
    created_by          TEXT NOT NULL REFERENCES staff(id),
    created_at          TIMESTAMP NOT NULL,
    updated_by          TEXT NOT NULL REFERENCES staff(id),
    updated_at          TIMESTAMP NOT NULL
);
CREATE INDEX goals_participant ON goals (participant_id, created_at);

CREATE TABLE goal_steps (
    id               TEXT PRIMARY KEY NOT NULL,
    goal_id          TEXT NOT NULL REFERENCES goals(id),
    position         INTEGER NOT NULL,
    text             TEXT NOT NULL,
    target_session   INTEGER NOT NULL CHECK (target_session BETWEEN 1 AND 12),
    reached_session  INTEGER CHECK (reached_session BETWEEN 1 AND 12),
    reached_on       DATE
);
CREATE INDEX goal_steps_goal ON goal_steps (goal_id, position);

CREATE TABLE program_sessions (
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    number          INTEGER NOT NULL CHECK (number BETWEEN 1 AND 12),
    date            DATE NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('center', 'home')),
    attendance      TEXT NOT NULL CHECK (attendance IN ('planned', 'attended', 'absent')),
    updated_by      TEXT NOT NULL REFERENCES staff(id),
    updated_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (participant_id, number)
);
CREATE INDEX program_sessions_date ON program_sessions (date);

CREATE TABLE interviews (
    participant_id    TEXT NOT NULL,
    session_number    INTEGER NOT NULL,
    version           INTEGER NOT NULL CHECK (version > 0),
    went_well         TEXT NOT NULL,
    difficulties      TEXT NOT NULL,
    goal_progress     TEXT NOT NULL,
    next_step         TEXT NOT NULL,
    quote             TEXT NOT NULL,
    notes             TEXT NOT NULL,
    duration_seconds  INTEGER CHECK (duration_seconds >= 0),
    updated_by        TEXT NOT NULL REFERENCES staff(id),
    updated_at        TIMESTAMP NOT NULL,
    PRIMARY KEY (participant_id, session_number),
    FOREIGN KEY (participant_id, session_number) REFERENCES program_sessions(participant_id, number)
);

CREATE TABLE performance_tests (
    participant_id    TEXT NOT NULL,
    session_number    INTEGER NOT NULL,
    chair_stand_30s   INTEGER,
    tug_s             DOUBLE,
    one_leg_left_s    DOUBLE,
    one_leg_right_s   DOUBLE,
    five_sts_s        DOUBLE,
    gait_distance_m   DOUBLE,
    gait_time_s       DOUBLE,
    gait_speed_mps    DOUBLE,
    recorded_by       TEXT NOT NULL REFERENCES staff(id),
    recorded_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (participant_id, session_number),
    FOREIGN KEY (participant_id, session_number) REFERENCES program_sessions(participant_id, number)
);

-- A staff member's session schedule as an iCalendar feed. The URL's token is the key: kept
-- only as a hash, revocable.
CREATE TABLE calendar_feeds (
    id          TEXT PRIMARY KEY NOT NULL,
    staff_id    TEXT NOT NULL REFERENCES staff(id),
    token_hash  TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMP NOT NULL,
    revoked_at  TIMESTAMP
);
CREATE INDEX calendar_feeds_staff ON calendar_feeds (staff_id);
