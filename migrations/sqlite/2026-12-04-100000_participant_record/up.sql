-- What staff need to know about a participant beyond the referral: their main conditions
-- and medication as free text (health information: never logged, exported only for a
-- purpose), and how they get to the sessions. The emergency contacts and かかりつけ医 are the
-- notebook's (notebook_contacts), read and edited by staff through the same record.
CREATE TABLE participant_records (
    participant_id  TEXT PRIMARY KEY NOT NULL REFERENCES participants(id),
    conditions      TEXT NOT NULL,
    medication      TEXT NOT NULL,
    transport       TEXT NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    updated_by      TEXT NOT NULL REFERENCES staff(id)
);
