-- Photos of the places in the directory (通いの場・地域資源), through the same pipeline as the
-- diary photos: a third purpose of `media`, and which place each photo shows, in what order,
-- with the words a screen reader says for it.
ALTER TABLE media DROP CONSTRAINT media_purpose_check;
ALTER TABLE media ADD CONSTRAINT media_purpose_check
    CHECK (purpose IN ('diary_photo', 'exercise_picture', 'place_photo'));

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
