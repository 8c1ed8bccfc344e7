ALTER TABLE enrollments DROP COLUMN completion_note;
ALTER TABLE program_sessions DROP COLUMN missed_on;
ALTER TABLE program_sessions DROP COLUMN makeups;
