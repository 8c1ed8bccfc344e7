DROP TABLE self_checks;
DROP TABLE notebook_contacts;
DROP TABLE provider_contacts;
DROP TABLE municipality_contacts;
DROP TABLE safety_thresholds;
