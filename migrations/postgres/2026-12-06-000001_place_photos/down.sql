DROP TABLE place_photos;
DELETE FROM media WHERE purpose = 'place_photo';
ALTER TABLE media DROP CONSTRAINT media_purpose_check;
ALTER TABLE media ADD CONSTRAINT media_purpose_check
    CHECK (purpose IN ('diary_photo', 'exercise_picture'));
