DROP TABLE unit_prices;
DROP TABLE cost_plans;
DROP TABLE evaluation_settings;
