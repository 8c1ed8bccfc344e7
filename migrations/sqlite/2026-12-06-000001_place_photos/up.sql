-- Photos of the places in the directory (通いの場・地域資源), through the same pipeline as the
-- diary photos: a third purpose of `media`, and which place each photo shows, in what order,
-- with the words a screen reader says for it.
--
-- SQLite cannot change a CHECK, so `media` is rebuilt. It runs in the migration's transaction
-- with foreign keys on: dropping `media` while `local_exercises.picture_id` refers to it would
-- fail (or lose the pictures), so the one table that refers to it is rebuilt beside it, made to
-- refer to the new table, and the old pair dropped child first; renaming the new `media` then
-- carries the reference over to the new name.
CREATE TABLE media_new (
    id               TEXT PRIMARY KEY NOT NULL,
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    participant_id   TEXT REFERENCES participants(id),
    purpose          TEXT NOT NULL CHECK (purpose IN ('diary_photo', 'exercise_picture', 'place_photo')),
    width            INTEGER NOT NULL,
    height           INTEGER NOT NULL,
    created_at       TIMESTAMP NOT NULL
);
INSERT INTO media_new (id, municipality_id, participant_id, purpose, width, height, created_at)
    SELECT id, municipality_id, participant_id, purpose, width, height, created_at FROM media;

CREATE TABLE local_exercises_new (
    id               TEXT PRIMARY KEY NOT NULL,
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    key              TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    area             TEXT NOT NULL,
    level            INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    unit             TEXT NOT NULL CHECK (unit IN ('reps', 'seconds', 'minutes')),
    steps            TEXT NOT NULL,
    safety           TEXT NOT NULL,
    picture_id       TEXT REFERENCES media_new(id),
    created_by       TEXT NOT NULL REFERENCES staff(id),
    created_at       TIMESTAMP NOT NULL
);
INSERT INTO local_exercises_new (id, municipality_id, key, title, area, level, unit, steps, safety,
        picture_id, created_by, created_at)
    SELECT id, municipality_id, key, title, area, level, unit, steps, safety, picture_id,
        created_by, created_at FROM local_exercises;

DROP TABLE local_exercises;
DROP TABLE media;
ALTER TABLE media_new RENAME TO media;
ALTER TABLE local_exercises_new RENAME TO local_exercises;

-- A place's photos: at most six (the server says so), shown in `position` order.
CREATE TABLE place_photos (
    media_id   TEXT PRIMARY KEY NOT NULL REFERENCES media(id),
    place_id   TEXT NOT NULL REFERENCES places(id),
    position   INTEGER NOT NULL,
    caption    TEXT NOT NULL CHECK (length(caption) > 0),
    added_by   TEXT NOT NULL REFERENCES staff(id),
    added_at   TIMESTAMP NOT NULL
);
CREATE INDEX place_photos_place ON place_photos (place_id, position);
