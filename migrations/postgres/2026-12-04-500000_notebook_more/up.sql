-- Where a record came from: the person's own phone, or a paper log sheet that staff entered
-- for them (代行入力), and which staff member entered it. Records stay append-only.
ALTER TABLE events ADD COLUMN source TEXT NOT NULL DEFAULT 'phone';
ALTER TABLE events ADD COLUMN entered_by TEXT REFERENCES staff(id);
