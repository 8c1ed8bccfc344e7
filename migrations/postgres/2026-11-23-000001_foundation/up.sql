-- Foundation: tenancy, staff, participants, sign-in, screening, audit.
-- Ids are UUID v7 strings (time-ordered), timestamps are UTC.

CREATE TABLE municipalities (
    id          TEXT PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL
);

CREATE TABLE providers (
    id               TEXT PRIMARY KEY NOT NULL,
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    name             TEXT NOT NULL,
    created_at       TIMESTAMP NOT NULL
);

CREATE TABLE cohorts (
    id               TEXT PRIMARY KEY NOT NULL,
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    provider_id      TEXT NOT NULL REFERENCES providers(id),
    name             TEXT NOT NULL,
    starts_on        DATE NOT NULL,
    ends_on          DATE NOT NULL,
    capacity         INTEGER NOT NULL CHECK (capacity > 0),
    room_area_m2     DOUBLE PRECISION NOT NULL CHECK (room_area_m2 > 0),
    created_at       TIMESTAMP NOT NULL
);

CREATE TABLE staff (
    id                   TEXT PRIMARY KEY NOT NULL,
    municipality_id      TEXT NOT NULL REFERENCES municipalities(id),
    provider_id          TEXT REFERENCES providers(id),
    role                 TEXT NOT NULL CHECK (role IN ('therapist', 'nurse', 'care_manager', 'coordinator', 'municipality_admin')),
    name                 TEXT NOT NULL,
    email                TEXT NOT NULL UNIQUE,
    password_hash        TEXT NOT NULL,
    active               BOOLEAN NOT NULL DEFAULT TRUE,
    created_at           TIMESTAMP NOT NULL,
    password_changed_at  TIMESTAMP NOT NULL
);

CREATE TABLE participants (
    id                    TEXT PRIMARY KEY NOT NULL,
    municipality_id       TEXT NOT NULL REFERENCES municipalities(id),
    provider_id           TEXT NOT NULL REFERENCES providers(id),
    family_name           TEXT NOT NULL,
    given_name            TEXT NOT NULL,
    family_name_kana      TEXT NOT NULL,
    given_name_kana       TEXT NOT NULL,
    birth_date            DATE NOT NULL,
    sex                   TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other', 'unspecified')),
    referral_source       TEXT,
    referred_by_staff_id  TEXT REFERENCES staff(id),
    created_by_staff_id   TEXT NOT NULL REFERENCES staff(id),
    created_at            TIMESTAMP NOT NULL
);
CREATE INDEX participants_scope ON participants (municipality_id, provider_id);

CREATE TABLE enrollments (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL UNIQUE REFERENCES participants(id),
    cohort_id       TEXT NOT NULL REFERENCES cohorts(id),
    status          TEXT NOT NULL CHECK (status IN ('referred', 'enrolled', 'graduated', 'discontinued')),
    started_on      DATE,
    ended_on        DATE,
    created_at      TIMESTAMP NOT NULL
);

CREATE TABLE enrollment_codes (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    code_hash       TEXT NOT NULL UNIQUE,
    created_by      TEXT NOT NULL REFERENCES staff(id),
    created_at      TIMESTAMP NOT NULL,
    expires_at      TIMESTAMP NOT NULL,
    used_at         TIMESTAMP,
    voided_at       TIMESTAMP
);

CREATE TABLE devices (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    label           TEXT NOT NULL,
    enrolled_at     TIMESTAMP NOT NULL,
    last_seen_at    TIMESTAMP,
    revoked_at      TIMESTAMP,
    revoked_by      TEXT REFERENCES staff(id)
);
CREATE INDEX devices_participant ON devices (participant_id);

-- Refresh tokens are stored only as SHA-256 hashes. A family is one sign-in; rotation keeps
-- the family, and revoking the family ends the sign-in everywhere it was copied.
CREATE TABLE refresh_tokens (
    id          TEXT PRIMARY KEY NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    family_id   TEXT NOT NULL,
    staff_id    TEXT REFERENCES staff(id),
    device_id   TEXT REFERENCES devices(id),
    created_at  TIMESTAMP NOT NULL,
    expires_at  TIMESTAMP NOT NULL,
    rotated_at  TIMESTAMP,
    revoked_at  TIMESTAMP,
    CHECK ((staff_id IS NULL) <> (device_id IS NULL))
);
CREATE INDEX refresh_tokens_family ON refresh_tokens (family_id);

CREATE TABLE screenings (
    id              TEXT PRIMARY KEY NOT NULL,
    participant_id  TEXT NOT NULL REFERENCES participants(id),
    answers         TEXT NOT NULL,
    height_cm       DOUBLE PRECISION,
    weight_kg       DOUBLE PRECISION,
    certification   TEXT NOT NULL,
    exclusions      TEXT NOT NULL,
    age_years       INTEGER NOT NULL,
    eligible        BOOLEAN NOT NULL,
    screened_by     TEXT NOT NULL REFERENCES staff(id),
    screened_at     TIMESTAMP NOT NULL
);
CREATE INDEX screenings_participant ON screenings (participant_id, screened_at);

-- Append-only: who read or changed which participant's record, when.
CREATE TABLE audit_log (
    id               TEXT PRIMARY KEY NOT NULL,
    at               TIMESTAMP NOT NULL,
    staff_id         TEXT NOT NULL REFERENCES staff(id),
    role             TEXT NOT NULL,
    municipality_id  TEXT NOT NULL,
    action           TEXT NOT NULL,
    participant_id   TEXT,
    detail           TEXT
);
CREATE INDEX audit_log_scope ON audit_log (municipality_id, at);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Secrets shared by every app server (JWT signing key), made on first start.
CREATE TABLE server_keys (
    name        TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
