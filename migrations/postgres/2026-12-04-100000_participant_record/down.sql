DROP TABLE participant_records;
