-- Two more indicators a municipality may choose for 改善・維持・悪化: 興味関心 (items moved from
-- してみたい to している) and the change of 認定区分 at the latest follow-up.
ALTER TABLE evaluation_settings DROP CONSTRAINT evaluation_settings_indicator_check;
ALTER TABLE evaluation_settings ADD CONSTRAINT evaluation_settings_indicator_check
    CHECK (indicator IN ('checklist', 'tests', 'rating', 'goals', 'interest', 'certification'));
