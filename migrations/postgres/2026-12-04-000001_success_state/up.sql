-- What the success rules remember of a person's records (domain::successes::Progress), so a
-- sync judges its new records without reading the whole history: the records up to
-- `seen_seq` are in `progress` (JSON). Written in the same transaction as the records.
CREATE TABLE success_state (
    participant_id TEXT PRIMARY KEY NOT NULL REFERENCES participants(id),
    seen_seq       BIGINT NOT NULL,
    progress       TEXT NOT NULL
);
-- A person's records past `seen_seq`, found without reading the rest.
CREATE INDEX events_participant_seq ON events (participant_id, seq);
