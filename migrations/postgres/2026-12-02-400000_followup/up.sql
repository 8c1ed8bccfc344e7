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

-- A third kind of job: making the follow-up tasks of a program that ended.
ALTER TABLE jobs DROP CONSTRAINT jobs_kind_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_kind_check CHECK (kind IN ('notify', 'push', 'followups'));
