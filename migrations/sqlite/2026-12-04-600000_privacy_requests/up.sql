-- Personal-data requests (個人情報保護法). A correction request (訂正の請求) as the
-- administrator records it: what the person asked to correct, when it came, how it was
-- handled and when.
CREATE TABLE correction_requests (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    requested       TEXT NOT NULL,
    received_on     DATE NOT NULL,
    handling        TEXT NOT NULL,
    handled_on      DATE,
    recorded_by     TEXT NOT NULL REFERENCES staff(id),
    recorded_at     TIMESTAMP NOT NULL
);
CREATE INDEX correction_requests_participant ON correction_requests (participant_id);

-- 利用停止: while a row has no lifted_at, no staff member but the municipality's
-- administrator reads the person's record. Lifted rows stay as the history.
CREATE TABLE use_stops (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    reason          TEXT NOT NULL,
    stopped_at      TIMESTAMP NOT NULL,
    stopped_by      TEXT NOT NULL REFERENCES staff(id),
    lifted_at       TIMESTAMP,
    lifted_by       TEXT REFERENCES staff(id)
);
CREATE UNIQUE INDEX use_stops_live ON use_stops (participant_id) WHERE lifted_at IS NULL;
