-- The participant's daily loop: the municipality's own exercises, prescriptions (each change a
-- new version, so history stays), the append-only record of what the person did (one row per
-- client id: replays are no-ops; corrections are retractions), the small successes found in
-- it, words of recognition from staff, and processed photos.

CREATE TABLE media (
    id               TEXT PRIMARY KEY NOT NULL,
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    participant_id   TEXT REFERENCES participants(id),
    purpose          TEXT NOT NULL CHECK (purpose IN ('diary_photo', 'exercise_picture')),
    width            INTEGER NOT NULL,
    height           INTEGER NOT NULL,
    created_at       TIMESTAMP NOT NULL
);

CREATE TABLE local_exercises (
    id               TEXT PRIMARY KEY NOT NULL,
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    key              TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    area             TEXT NOT NULL,
    level            INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    unit             TEXT NOT NULL CHECK (unit IN ('reps', 'seconds', 'minutes')),
    steps            TEXT NOT NULL,
    safety           TEXT NOT NULL,
    picture_id       TEXT REFERENCES media(id),
    created_by       TEXT NOT NULL REFERENCES staff(id),
    created_at       TIMESTAMP NOT NULL
);

CREATE TABLE prescriptions (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    starts_on       DATE NOT NULL,
    items           TEXT NOT NULL,
    note            TEXT NOT NULL,
    created_by      TEXT NOT NULL REFERENCES staff(id),
    created_at      TIMESTAMP NOT NULL
);
CREATE INDEX prescriptions_participant ON prescriptions (participant_id, starts_on);

CREATE TABLE events (
    seq             BIGSERIAL PRIMARY KEY,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    client_id       TEXT NOT NULL,
    device_id       TEXT NOT NULL REFERENCES devices(id),
    kind            TEXT NOT NULL,
    local_date      DATE NOT NULL,
    payload         TEXT NOT NULL,
    retracts        TEXT,
    recorded_at     TIMESTAMP NOT NULL,
    received_at     TIMESTAMP NOT NULL,
    UNIQUE (participant_id, client_id)
);
CREATE INDEX events_participant_date ON events (participant_id, local_date);

CREATE TABLE successes (
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    key             TEXT NOT NULL,
    kind            TEXT NOT NULL,
    date            DATE NOT NULL,
    text            TEXT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (participant_id, key)
);

CREATE TABLE messages (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    staff_id        TEXT NOT NULL REFERENCES staff(id),
    text            TEXT NOT NULL,
    created_at      TIMESTAMP NOT NULL
);
CREATE INDEX messages_participant ON messages (participant_id, created_at);
