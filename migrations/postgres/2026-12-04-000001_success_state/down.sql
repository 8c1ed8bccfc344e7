DROP INDEX events_participant_seq;
DROP TABLE success_state;
