DROP TABLE messages;
DROP TABLE successes;
DROP TABLE events;
DROP TABLE prescriptions;
DROP TABLE local_exercises;
DROP TABLE media;
