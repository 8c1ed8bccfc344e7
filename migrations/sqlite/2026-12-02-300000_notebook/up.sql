-- The participant's notebook (介護予防手帳) and safety before exercise.

-- A municipality's limits for exercising today (domain/safety.rs). No row: the defaults of
-- the Japanese Association of Rehabilitation Medicine's safety guideline (2006):
-- systolic ≥ 200 or ≤ 70, diastolic ≥ 120, pulse ≥ 120 or ≤ 40 mmHg / per minute.
CREATE TABLE safety_thresholds (
    municipality_id TEXT PRIMARY KEY NOT NULL REFERENCES municipalities(id),
    systolic_high   INTEGER NOT NULL,
    systolic_low    INTEGER NOT NULL,
    diastolic_high  INTEGER NOT NULL,
    pulse_high      INTEGER NOT NULL,
    pulse_low       INTEGER NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);

-- Numbers a participant may call, kept by the municipality: its 地域包括支援センター
-- (kind community_center) and its own desk (kind municipality), in the order shown.
CREATE TABLE municipality_contacts (
    id              TEXT PRIMARY KEY NOT NULL,
    municipality_id TEXT NOT NULL REFERENCES municipalities(id),
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    phone           TEXT NOT NULL,
    position        INTEGER NOT NULL
);
CREATE INDEX municipality_contacts_municipality ON municipality_contacts (municipality_id, position);

-- A provider's phone, where its sessions are held and at what time (for 予定 and for whom to
-- call when a reading is out of range).
CREATE TABLE provider_contacts (
    provider_id     TEXT PRIMARY KEY NOT NULL REFERENCES providers(id),
    phone           TEXT NOT NULL,
    venue           TEXT NOT NULL,
    session_time    TEXT NOT NULL
);

-- The person's own contacts on わたしのこと: emergency contacts (kind emergency) and the
-- family doctor (kind doctor).
CREATE TABLE notebook_contacts (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    kind            TEXT NOT NULL,
    name            TEXT NOT NULL,
    relation        TEXT NOT NULL,
    phone           TEXT NOT NULL,
    position        INTEGER NOT NULL
);
CREATE INDEX notebook_contacts_participant ON notebook_contacts (participant_id, position);

-- The 基本チェックリスト taken by the person as a self-check: the 25 answers as a string of
-- '1' (はい) and '0' (いいえ), item 1 first.
CREATE TABLE self_checks (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    taken_on        DATE NOT NULL,
    answers         TEXT NOT NULL,
    created_at      TIMESTAMP NOT NULL
);
CREATE INDEX self_checks_participant ON self_checks (participant_id, taken_on);
