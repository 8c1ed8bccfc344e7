UPDATE evaluation_settings SET indicator = 'checklist' WHERE indicator IN ('interest', 'certification');
CREATE TABLE evaluation_settings_new (
    municipality_id    TEXT PRIMARY KEY NOT NULL REFERENCES municipalities(id),
    indicator          TEXT NOT NULL CHECK (indicator IN ('checklist', 'tests', 'rating', 'goals')),
    checklist_k        INTEGER NOT NULL CHECK (checklist_k BETWEEN 1 AND 25),
    rating_m           INTEGER NOT NULL CHECK (rating_m BETWEEN 1 AND 9),
    margin_cs30        DOUBLE NOT NULL,
    margin_tug_s       DOUBLE NOT NULL,
    margin_five_sts_s  DOUBLE NOT NULL,
    margin_one_leg_s   DOUBLE NOT NULL,
    margin_gait_mps    DOUBLE NOT NULL,
    updated_by         TEXT NOT NULL REFERENCES staff(id),
    updated_at         TIMESTAMP NOT NULL
);
INSERT INTO evaluation_settings_new (municipality_id, indicator, checklist_k, rating_m, margin_cs30, margin_tug_s, margin_five_sts_s, margin_one_leg_s, margin_gait_mps, updated_by, updated_at)
    SELECT municipality_id, indicator, checklist_k, rating_m, margin_cs30, margin_tug_s, margin_five_sts_s, margin_one_leg_s, margin_gait_mps, updated_by, updated_at FROM evaluation_settings;
DROP TABLE evaluation_settings;
ALTER TABLE evaluation_settings_new RENAME TO evaluation_settings;
