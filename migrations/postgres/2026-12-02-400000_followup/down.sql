DROP TABLE follow_ups;
DELETE FROM jobs WHERE kind = 'followups';
ALTER TABLE jobs DROP CONSTRAINT jobs_kind_check;
ALTER TABLE jobs ADD CONSTRAINT jobs_kind_check CHECK (kind IN ('notify', 'push'));
