DROP TABLE family_codes;
ALTER TABLE devices DROP COLUMN kind;
