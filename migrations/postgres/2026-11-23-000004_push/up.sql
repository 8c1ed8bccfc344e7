-- Web push: each participant's phones subscribe (one row per push endpoint), the reminder
-- settings they chose, and the durable job table every notification is sent through.
-- Jobs are claimed with a lease, so a restart loses nothing and two app servers on one
-- database never send the same notification twice.

CREATE TABLE push_subscriptions (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    device_id       TEXT NOT NULL REFERENCES devices(id),
    endpoint        TEXT NOT NULL UNIQUE,
    p256dh          TEXT NOT NULL,
    auth            TEXT NOT NULL,
    created_at      TIMESTAMP NOT NULL
);
CREATE INDEX push_subscriptions_participant ON push_subscriptions (participant_id);

-- daily_time: "HH:MM" in Japan time, or no daily reminder.
CREATE TABLE reminder_settings (
    participant_id  TEXT PRIMARY KEY NOT NULL REFERENCES participants(id),
    daily_time      TEXT CHECK (daily_time IS NULL OR length(daily_time) = 5),
    session_days    BOOLEAN NOT NULL,
    updated_at      TIMESTAMP NOT NULL
);

-- kind: 'notify' (to all of a participant's phones) or 'push' (to one subscription).
-- A job is due when run_at has come, it is not done, and nobody holds a live lease on it.
CREATE TABLE jobs (
    id              TEXT PRIMARY KEY NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('notify', 'push')),
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    payload         TEXT NOT NULL,
    dedupe_key      TEXT NOT NULL UNIQUE,
    run_at          TIMESTAMP NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    lease_owner     TEXT,
    lease_until     TIMESTAMP,
    done_at         TIMESTAMP,
    last_error      TEXT,
    created_at      TIMESTAMP NOT NULL
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE done_at IS NULL;
CREATE INDEX jobs_done ON jobs (done_at) WHERE done_at IS NOT NULL;
