-- The program's exit (出口). Completing the twelve sessions (修了) is stored as `completed`;
-- 卒業 is an outcome recorded at the graduation review. SQLite cannot change a CHECK, so the
-- enrollments table is rebuilt (no table refers to it).
CREATE TABLE enrollments_exit (
    id                   TEXT PRIMARY KEY NOT NULL,
    participant_id       TEXT NOT NULL UNIQUE REFERENCES participants(id),
    cohort_id            TEXT NOT NULL REFERENCES cohorts(id),
    status               TEXT NOT NULL CHECK (status IN ('referred', 'enrolled', 'completed', 'discontinued')),
    started_on           DATE,
    ended_on             DATE,
    created_at           TIMESTAMP NOT NULL,
    discontinued_reason  TEXT,
    discontinued_note    TEXT,
    completion_note      TEXT
);
INSERT INTO enrollments_exit
    SELECT id, participant_id, cohort_id,
           CASE status WHEN 'graduated' THEN 'completed' ELSE status END,
           started_on, ended_on, created_at, discontinued_reason, discontinued_note, completion_note
    FROM enrollments;
DROP TABLE enrollments;
ALTER TABLE enrollments_exit RENAME TO enrollments;

-- A coordinator's team (第2層の圏域): a consent may name the team, so a colleague can cover.
CREATE TABLE coordinator_teams (
    staff_id  TEXT PRIMARY KEY NOT NULL REFERENCES staff(id),
    team      TEXT NOT NULL
);

-- Whether support the municipality counts (住民主体 B, 移動支援 D) counts as 卒業.
CREATE TABLE exit_settings (
    municipality_id              TEXT PRIMARY KEY NOT NULL REFERENCES municipalities(id),
    support_counts_as_graduation BOOLEAN NOT NULL
);

-- One consent per purpose and recipient: who receives what, for how long, and how it was given.
CREATE TABLE consents (
    id                   TEXT PRIMARY KEY NOT NULL,
    participant_id       TEXT NOT NULL REFERENCES participants(id),
    municipality_id      TEXT NOT NULL REFERENCES municipalities(id),
    purpose              TEXT NOT NULL CHECK (purpose IN ('sc_handoff', 'referrer_feedback', 'volunteer_registry', 'case_story')),
    recipient_staff_id   TEXT REFERENCES staff(id),
    recipient_team       TEXT,
    parts                TEXT NOT NULL,
    valid_from           DATE NOT NULL,
    valid_until          DATE NOT NULL,
    method               TEXT NOT NULL CHECK (method IN ('device', 'paper', 'proxy')),
    state                TEXT NOT NULL CHECK (state IN ('asked', 'given', 'withdrawn')),
    wording_version      TEXT NOT NULL,
    paper_kept_at        TEXT,
    proxy_name           TEXT,
    proxy_relationship   TEXT,
    created_by           TEXT NOT NULL REFERENCES staff(id),
    created_at           TIMESTAMP NOT NULL,
    given_at             TIMESTAMP,
    given_device_id      TEXT,
    recorded_by          TEXT REFERENCES staff(id),
    withdrawn_at         TIMESTAMP,
    withdrawn_via        TEXT CHECK (withdrawn_via IN ('device', 'staff')),
    withdrawn_by         TEXT REFERENCES staff(id)
);
CREATE INDEX consents_participant ON consents (participant_id);
CREATE INDEX consents_recipient ON consents (recipient_staff_id);

-- A handoff to a 生活支援コーディネーター (one per person and coordinator), with its history.
CREATE TABLE handoffs (
    id                TEXT PRIMARY KEY NOT NULL,
    participant_id    TEXT NOT NULL REFERENCES participants(id),
    municipality_id   TEXT NOT NULL REFERENCES municipalities(id),
    coordinator_id    TEXT NOT NULL REFERENCES staff(id),
    consent_id        TEXT NOT NULL REFERENCES consents(id),
    state             TEXT NOT NULL CHECK (state IN ('sent', 'acknowledged', 'contacted', 'proposed', 'trial', 'connected', 'not_connected', 'withdrawn')),
    reason            TEXT,
    note              TEXT NOT NULL,
    sent_on           DATE NOT NULL,
    created_by        TEXT NOT NULL REFERENCES staff(id),
    created_at        TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP NOT NULL,
    UNIQUE (participant_id, coordinator_id)
);
CREATE INDEX handoffs_coordinator ON handoffs (coordinator_id);

CREATE TABLE handoff_events (
    id          TEXT PRIMARY KEY NOT NULL,
    handoff_id  TEXT NOT NULL REFERENCES handoffs(id),
    state       TEXT NOT NULL,
    reason      TEXT,
    note        TEXT NOT NULL,
    on_date     DATE NOT NULL,
    by_staff    TEXT REFERENCES staff(id),
    by_person   BOOLEAN NOT NULL,
    at          TIMESTAMP NOT NULL,
    place_id    TEXT
);
CREATE INDEX handoff_events_handoff ON handoff_events (handoff_id);

-- The graduation review and summary: a versioned staff document, one per person.
CREATE TABLE graduation_reviews (
    participant_id  TEXT PRIMARY KEY NOT NULL REFERENCES participants(id),
    version         INTEGER NOT NULL,
    reviewed_on     DATE,
    outcome         TEXT CHECK (outcome IN ('graduated', 'graduated_with_support', 'not_graduated')),
    body            TEXT NOT NULL,
    updated_by      TEXT NOT NULL REFERENCES staff(id),
    updated_at      TIMESTAMP NOT NULL
);

-- At 導入: the end was explained (when, by whom, to whom, how) and the person's wish for after.
CREATE TABLE end_explanations (
    participant_id   TEXT PRIMARY KEY NOT NULL REFERENCES participants(id),
    version          INTEGER NOT NULL,
    explained_on     DATE,
    explained_by     TEXT REFERENCES staff(id),
    to_whom          TEXT CHECK (to_whom IN ('person', 'family', 'both')),
    medium           TEXT CHECK (medium IN ('spoken', 'leaflet', 'app')),
    wording_version  TEXT NOT NULL,
    wish             TEXT NOT NULL,
    wish_items       TEXT NOT NULL,
    updated_by       TEXT NOT NULL REFERENCES staff(id),
    updated_at       TIMESTAMP NOT NULL
);

-- The places directory (通いの場・地域資源), kept by the coordinators; seen by the
-- municipality's staff. Tags are items of the 興味関心チェックシート (the match key).
CREATE TABLE places (
    id                TEXT PRIMARY KEY NOT NULL,
    municipality_id   TEXT NOT NULL REFERENCES municipalities(id),
    version           INTEGER NOT NULL,
    name              TEXT NOT NULL,
    kind              TEXT NOT NULL,
    tags              TEXT NOT NULL,
    free_tags         TEXT NOT NULL,
    area              TEXT,
    address           TEXT NOT NULL,
    schedule          TEXT NOT NULL,
    cost              TEXT NOT NULL,
    transport         TEXT NOT NULL,
    accessibility     TEXT NOT NULL,
    description       TEXT NOT NULL,
    contact           TEXT NOT NULL,
    volunteer_roles   TEXT NOT NULL,
    last_verified_on  DATE,
    active            BOOLEAN NOT NULL,
    updated_by        TEXT NOT NULL REFERENCES staff(id),
    updated_at        TIMESTAMP NOT NULL
);
CREATE INDEX places_municipality ON places (municipality_id);
