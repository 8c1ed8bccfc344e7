-- Follow-up after the program (フォローアップ): one task per enrollment at 3, 6 and 12 months
-- after its end, created once by the job runner (the unique key makes two servers agree), and
-- the record with the status derived from it, stored beside it.
CREATE TABLE follow_ups (
    id                 TEXT PRIMARY KEY NOT NULL,
    enrollment_id      TEXT NOT NULL REFERENCES enrollments(id),
    participant_id     TEXT NOT NULL REFERENCES participants(id),
    municipality_id    TEXT NOT NULL REFERENCES municipalities(id),
    months             INTEGER NOT NULL CHECK (months IN (3, 6, 12)),
    due_on             DATE NOT NULL,
    assignee_kind      TEXT NOT NULL CHECK (assignee_kind IN ('coordinator', 'care_manager', 'municipality')),
    assigned_staff_id  TEXT REFERENCES staff(id),
    consent_id         TEXT REFERENCES consents(id),
    done_on            DATE,
    record             TEXT,
    status             TEXT CHECK (status IN ('died', 'moved', 'institution', 'hospital', 'care_service', 'medical_rehab', 'community', 'self_only', 'unknown')),
    recorded_by        TEXT REFERENCES staff(id),
    created_at         TIMESTAMP NOT NULL,
    updated_at         TIMESTAMP NOT NULL,
    UNIQUE (enrollment_id, months)
);
CREATE INDEX follow_ups_municipality ON follow_ups (municipality_id, due_on);
CREATE INDEX follow_ups_assigned ON follow_ups (assigned_staff_id);
CREATE INDEX follow_ups_consent ON follow_ups (consent_id);

-- A third kind of job: making the follow-up tasks of a program that ended. SQLite cannot
-- change a CHECK, so the jobs table is rebuilt (no table refers to it).
CREATE TABLE jobs_followup (
    id              TEXT PRIMARY KEY NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('notify', 'push', 'followups')),
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
INSERT INTO jobs_followup SELECT id, kind, participant_id, payload, dedupe_key, run_at, attempts,
    lease_owner, lease_until, done_at, last_error, created_at FROM jobs;
DROP TABLE jobs;
ALTER TABLE jobs_followup RENAME TO jobs;
CREATE INDEX jobs_due ON jobs (run_at) WHERE done_at IS NULL;
CREATE INDEX jobs_done ON jobs (done_at) WHERE done_at IS NOT NULL;
