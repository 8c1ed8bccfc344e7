-- Place photos go with their table; the pictures stay in the store unreferenced.
DROP TABLE place_photos;
DELETE FROM media WHERE purpose = 'place_photo';
CREATE TABLE media_old (
    id               TEXT PRIMARY KEY NOT NULL,
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    participant_id   TEXT REFERENCES participants(id),
    purpose          TEXT NOT NULL CHECK (purpose IN ('diary_photo', 'exercise_picture')),
    width            INTEGER NOT NULL,
    height           INTEGER NOT NULL,
    created_at       TIMESTAMP NOT NULL
);
INSERT INTO media_old (id, municipality_id, participant_id, purpose, width, height, created_at)
    SELECT id, municipality_id, participant_id, purpose, width, height, created_at FROM media;
CREATE TABLE local_exercises_old (
    id               TEXT PRIMARY KEY NOT NULL,
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    key              TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    area             TEXT NOT NULL,
    level            INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    unit             TEXT NOT NULL CHECK (unit IN ('reps', 'seconds', 'minutes')),
    steps            TEXT NOT NULL,
    safety           TEXT NOT NULL,
    picture_id       TEXT REFERENCES media_old(id),
    created_by       TEXT NOT NULL REFERENCES staff(id),
    created_at       TIMESTAMP NOT NULL
);
INSERT INTO local_exercises_old (id, municipality_id, key, title, area, level, unit, steps, safety,
        picture_id, created_by, created_at)
    SELECT id, municipality_id, key, title, area, level, unit, steps, safety, picture_id,
        created_by, created_at FROM local_exercises;
DROP TABLE local_exercises;
DROP TABLE media;
ALTER TABLE media_old RENAME TO media;
ALTER TABLE local_exercises_old RENAME TO local_exercises;
