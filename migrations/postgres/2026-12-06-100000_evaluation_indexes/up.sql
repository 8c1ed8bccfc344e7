-- The outcome figures read a fiscal year's enrollments and their people's follow-ups: without
-- these, a municipality's year (10,000 people) scanned every follow-up once per person asked
-- for (seconds at 100,000 enrollments on PostgreSQL's generic plan) and every enrollment of
-- every year.
CREATE INDEX follow_ups_participant ON follow_ups (participant_id, months);
CREATE INDEX enrollments_started_on ON enrollments (started_on);
CREATE INDEX enrollments_created_at ON enrollments (created_at);
