DROP TABLE places;
DROP TABLE end_explanations;
DROP TABLE graduation_reviews;
DROP TABLE handoff_events;
DROP TABLE handoffs;
DROP TABLE consents;
DROP TABLE exit_settings;
DROP TABLE coordinator_teams;
ALTER TABLE enrollments DROP CONSTRAINT enrollments_status_check;
UPDATE enrollments SET status = 'graduated' WHERE status = 'completed';
ALTER TABLE enrollments ADD CONSTRAINT enrollments_status_check
    CHECK (status IN ('referred', 'enrolled', 'graduated', 'discontinued'));
