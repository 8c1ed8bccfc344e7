-- A make-up (振替) of the twelfth session keeps how often it was made up and the day missed;
-- a program the therapist declared complete keeps the reason.
ALTER TABLE program_sessions ADD COLUMN makeups INTEGER NOT NULL DEFAULT 0;
ALTER TABLE program_sessions ADD COLUMN missed_on DATE;
ALTER TABLE enrollments ADD COLUMN completion_note TEXT;
