ALTER TABLE events DROP COLUMN entered_by;
ALTER TABLE events DROP COLUMN source;
