DROP TABLE follow_ups;
DELETE FROM jobs WHERE kind = 'followups';
CREATE TABLE jobs_back (
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
INSERT INTO jobs_back SELECT * FROM jobs;
DROP TABLE jobs;
ALTER TABLE jobs_back RENAME TO jobs;
CREATE INDEX jobs_due ON jobs (run_at) WHERE done_at IS NULL;
CREATE INDEX jobs_done ON jobs (done_at) WHERE done_at IS NOT NULL;
