DROP TABLE places;
DROP TABLE end_explanations;
DROP TABLE graduation_reviews;
DROP TABLE handoff_events;
DROP TABLE handoffs;
DROP TABLE consents;
DROP TABLE exit_settings;
DROP TABLE coordinator_teams;
CREATE TABLE enrollments_exit (
    id                   TEXT PRIMARY KEY NOT NULL,
    participant_id       TEXT NOT NULL UNIQUE REFERENCES participants(id),
    cohort_id            TEXT NOT NULL REFERENCES cohorts(id),
    status               TEXT NOT NULL CHECK (status IN ('referred', 'enrolled', 'graduated', 'discontinued')),
    started_on           DATE,
    ended_on             DATE,
    created_at           TIMESTAMP NOT NULL,
    discontinued_reason  TEXT,
    discontinued_note    TEXT,
    completion_note      TEXT
);
INSERT INTO enrollments_exit
    SELECT id, participant_id, cohort_id,
           CASE status WHEN 'completed' THEN 'graduated' ELSE status END,
           started_on, ended_on, created_at, discontinued_reason, discontinued_note, completion_note
    FROM enrollments;
DROP TABLE enrollments;
ALTER TABLE enrollments_exit RENAME TO enrollments;
