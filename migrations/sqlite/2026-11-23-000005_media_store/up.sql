-- Processed pictures kept in the database itself (--media-store database), so several app
-- servers on one database all see every picture.
CREATE TABLE media_blobs (
    media_id  TEXT NOT NULL,
    size      TEXT NOT NULL CHECK (size IN ('display', 'thumb')),
    bytes     BLOB NOT NULL,
    PRIMARY KEY (media_id, size)
);
