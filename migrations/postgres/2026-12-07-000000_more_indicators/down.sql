UPDATE evaluation_settings SET indicator = 'checklist' WHERE indicator IN ('interest', 'certification');
ALTER TABLE evaluation_settings DROP CONSTRAINT evaluation_settings_indicator_check;
ALTER TABLE evaluation_settings ADD CONSTRAINT evaluation_settings_indicator_check
    CHECK (indicator IN ('checklist', 'tests', 'rating', 'goals'));
