-- The municipality's choices for the outcome figures: the headline indicator for
-- 改善・維持・悪化 and the margin that counts as a change on each measure.
CREATE TABLE evaluation_settings (
    municipality_id    TEXT PRIMARY KEY NOT NULL REFERENCES municipalities(id),
    indicator          TEXT NOT NULL CHECK (indicator IN ('checklist', 'tests', 'rating', 'goals')),
    checklist_k        INTEGER NOT NULL CHECK (checklist_k BETWEEN 1 AND 25),
    rating_m           INTEGER NOT NULL CHECK (rating_m BETWEEN 1 AND 9),
    margin_cs30        DOUBLE PRECISION NOT NULL,
    margin_tug_s       DOUBLE PRECISION NOT NULL,
    margin_five_sts_s  DOUBLE PRECISION NOT NULL,
    margin_one_leg_s   DOUBLE PRECISION NOT NULL,
    margin_gait_mps    DOUBLE PRECISION NOT NULL,
    updated_by         TEXT NOT NULL REFERENCES staff(id),
    updated_at         TIMESTAMP NOT NULL
);

-- 費用対効果 (planned): the municipality's assumptions for one fiscal year. Shares are in
-- basis points (10000 = 100 %); money in yen.
CREATE TABLE cost_plans (
    municipality_id    TEXT NOT NULL REFERENCES municipalities(id),
    fiscal_year        INTEGER NOT NULL,
    users              INTEGER NOT NULL,
    finish_bp          INTEGER NOT NULL,
    improve_bp         INTEGER NOT NULL,
    graduation_bp      INTEGER NOT NULL,
    cost_yen           BIGINT NOT NULL,
    effect_mode        TEXT NOT NULL CHECK (effect_mode IN ('per_graduate', 'monthly')),
    per_graduate_yen   BIGINT NOT NULL,
    retention_bp       TEXT NOT NULL,
    basis              TEXT NOT NULL CHECK (basis IN ('cost', 'public')),
    user_share_bp      INTEGER NOT NULL,
    share_day1_bp      INTEGER NOT NULL,
    share_day2_bp      INTEGER NOT NULL,
    share_home1_bp     INTEGER NOT NULL,
    share_home2_bp     INTEGER NOT NULL,
    updated_by         TEXT NOT NULL REFERENCES staff(id),
    updated_at         TIMESTAMP NOT NULL,
    PRIMARY KEY (municipality_id, fiscal_year)
);

-- The monthly unit price of each avoided service, per municipality and fiscal year (without
-- a row, the Kochi document's figures are the documented default).
CREATE TABLE unit_prices (
    municipality_id    TEXT NOT NULL REFERENCES municipalities(id),
    fiscal_year        INTEGER NOT NULL,
    service            TEXT NOT NULL CHECK (service IN ('day_support1', 'day_support2', 'home_weekly1', 'home_weekly2')),
    price_yen          BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, fiscal_year, service)
);
