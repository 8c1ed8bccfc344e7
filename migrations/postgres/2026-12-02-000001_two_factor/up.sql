-- Two-factor sign-in for staff (TOTP, RFC 6238).

-- A municipality may require a second factor of all its staff.
ALTER TABLE municipalities ADD COLUMN two_factor_required BOOLEAN NOT NULL DEFAULT FALSE;

-- One authenticator per staff member. The secret (base32) must stay readable to check codes;
-- it is never sent out again once confirmed. `confirmed_at` is empty while enrolling.
-- `last_used_step` is the TOTP time step of the last accepted code: a code of that step or an
-- earlier one is refused, so each code works once.
CREATE TABLE staff_two_factor (
    staff_id        TEXT PRIMARY KEY NOT NULL REFERENCES staff(id),
    secret          TEXT NOT NULL,
    created_at      TIMESTAMP NOT NULL,
    confirmed_at    TIMESTAMP,
    last_used_step  BIGINT
);

-- Ten one-time recovery codes per confirmed authenticator, kept only as SHA-256 hashes.
CREATE TABLE staff_recovery_codes (
    id          TEXT PRIMARY KEY NOT NULL,
    staff_id    TEXT NOT NULL REFERENCES staff(id),
    code_hash   TEXT NOT NULL UNIQUE,
    created_at  TIMESTAMP NOT NULL,
    used_at     TIMESTAMP
);
CREATE INDEX staff_recovery_codes_staff ON staff_recovery_codes (staff_id);
