-- A family member's phone (家族): bound with the person's consent, it reads the notebook and
-- records on the person's behalf. `kind` is `own` (the person's phone, and the paper device)
-- or `family`.
ALTER TABLE devices ADD COLUMN kind TEXT NOT NULL DEFAULT 'own';

-- The one-time code for a family phone, and the consent it rests on: asked on the person's
-- own phone (`device`, with the wording's version) or recorded by staff from paper (`paper`,
-- where the signed form is kept). The device it bound is kept beside it.
CREATE TABLE family_codes (
    id                TEXT PRIMARY KEY NOT NULL,
    participant_id    TEXT NOT NULL REFERENCES participants(id),
    code_hash         TEXT NOT NULL UNIQUE,
    consent_method    TEXT NOT NULL,
    wording_version   TEXT NOT NULL,
    paper_kept_at     TEXT,
    asked_by_device   TEXT REFERENCES devices(id),
    asked_by_staff    TEXT REFERENCES staff(id),
    created_at        TIMESTAMP NOT NULL,
    expires_at        TIMESTAMP NOT NULL,
    used_at           TIMESTAMP,
    voided_at         TIMESTAMP,
    device_id         TEXT REFERENCES devices(id)
);
CREATE INDEX family_codes_participant ON family_codes (participant_id);
