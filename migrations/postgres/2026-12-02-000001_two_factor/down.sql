DROP TABLE staff_recovery_codes;
DROP TABLE staff_two_factor;
ALTER TABLE municipalities DROP COLUMN two_factor_required;
