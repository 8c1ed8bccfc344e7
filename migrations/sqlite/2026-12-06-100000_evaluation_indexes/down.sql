DROP INDEX enrollments_created_at;
DROP INDEX enrollments_started_on;
DROP INDEX follow_ups_participant;
