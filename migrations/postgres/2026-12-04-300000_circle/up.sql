-- The circle (循環型): graduates who give back as volunteers (担い手), the structured referrer
-- of each person, and the feedback sent to that referrer.

-- Volunteers: a graduate's registration, under its own consent (volunteer_registry). One per
-- person; the consent that lets the registry be shared is looked up live, never copied here.
CREATE TABLE volunteers (
    id               TEXT PRIMARY KEY NOT NULL,
    participant_id   TEXT NOT NULL UNIQUE REFERENCES participants(id),
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    status           TEXT NOT NULL CHECK (status IN ('interested', 'trained', 'active', 'paused')),
    roles            TEXT NOT NULL,
    skills           TEXT NOT NULL,
    availability     TEXT NOT NULL,
    area             TEXT,
    trainings        TEXT NOT NULL,
    offered_at       TEXT NOT NULL CHECK (offered_at IN ('graduation', 'follow_up', 'phone', 'other')),
    status_on        DATE NOT NULL,
    created_by       TEXT REFERENCES staff(id),
    created_at       TIMESTAMP NOT NULL,
    updated_at       TIMESTAMP NOT NULL
);
CREATE INDEX volunteers_municipality ON volunteers (municipality_id, status);

-- What a volunteer did: date, place, role, time (feeds ボランティアポイント).
CREATE TABLE volunteer_activities (
    id            TEXT PRIMARY KEY NOT NULL,
    volunteer_id  TEXT NOT NULL REFERENCES volunteers(id),
    on_date       DATE NOT NULL,
    place_id      TEXT REFERENCES places(id),
    place_name    TEXT NOT NULL,
    role          TEXT NOT NULL,
    minutes       INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 720),
    recorded_by   TEXT NOT NULL REFERENCES staff(id),
    created_at    TIMESTAMP NOT NULL
);
CREATE INDEX volunteer_activities_by ON volunteer_activities (volunteer_id, on_date);

-- Who referred a person, structured (the free-text referral_source stays as its label).
CREATE TABLE referrers (
    participant_id   TEXT PRIMARY KEY NOT NULL REFERENCES participants(id),
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    kind             TEXT NOT NULL CHECK (kind IN ('houkatsu', 'care_manager', 'minsei', 'medical', 'community', 'graduate_volunteer', 'city_desk', 'self_family', 'other')),
    organisation     TEXT NOT NULL,
    person           TEXT NOT NULL,
    contact          TEXT NOT NULL,
    staff_id         TEXT REFERENCES staff(id),
    volunteer_id     TEXT REFERENCES volunteers(id),
    updated_by       TEXT REFERENCES staff(id),
    updated_at       TIMESTAMP NOT NULL
);
CREATE INDEX referrers_kind ON referrers (municipality_id, kind);
CREATE INDEX referrers_volunteer ON referrers (volunteer_id);

-- Existing people: the referrer from the free text and the referring 包括 (the same reading as
-- domain::referrer::infer_kind).
INSERT INTO referrers (participant_id, municipality_id, kind, organisation, person, contact,
    staff_id, volunteer_id, updated_by, updated_at)
SELECT id, municipality_id,
    CASE
        WHEN referred_by_staff_id IS NOT NULL OR referral_source LIKE '%包括%' THEN 'houkatsu'
        WHEN referral_source LIKE '%居宅%' OR referral_source LIKE '%ケアマネ%' THEN 'care_manager'
        WHEN referral_source LIKE '%民生%' THEN 'minsei'
        WHEN referral_source LIKE '%病院%' OR referral_source LIKE '%医院%' OR referral_source LIKE '%クリニック%' OR referral_source LIKE '%診療所%' THEN 'medical'
        WHEN referral_source LIKE '%ボランティア%' THEN 'graduate_volunteer'
        WHEN referral_source LIKE '%通いの場%' OR referral_source LIKE '%サロン%' OR referral_source LIKE '%住民%' OR referral_source LIKE '%近所%' THEN 'community'
        WHEN referral_source LIKE '%窓口%' OR referral_source LIKE '%市役所%' OR referral_source LIKE '%役場%' THEN 'city_desk'
        WHEN referral_source LIKE '%本人%' OR referral_source LIKE '%家族%' THEN 'self_family'
        ELSE 'other'
    END,
    COALESCE(referral_source, ''), '', '', referred_by_staff_id, NULL, NULL, created_at
FROM participants
WHERE referral_source IS NOT NULL OR referred_by_staff_id IS NOT NULL;

-- Feedback to the referrer, once staff confirmed it (drafts are made on read from the record).
CREATE TABLE referrer_feedback (
    id                  TEXT PRIMARY KEY NOT NULL,
    participant_id      TEXT NOT NULL REFERENCES participants(id),
    municipality_id     TEXT NOT NULL REFERENCES municipalities(id),
    event               TEXT NOT NULL CHECK (event IN ('started', 'discontinued', 'completed', 'connected')),
    event_key           TEXT NOT NULL,
    event_on            DATE NOT NULL,
    body                TEXT NOT NULL,
    delivery            TEXT NOT NULL CHECK (delivery IN ('in_app', 'letter')),
    addressee           TEXT NOT NULL,
    recipient_staff_id  TEXT REFERENCES staff(id),
    consent_id          TEXT REFERENCES consents(id),
    sent_by             TEXT NOT NULL REFERENCES staff(id),
    sent_at             TIMESTAMP NOT NULL,
    read_at             TIMESTAMP,
    UNIQUE (participant_id, event, event_key)
);
CREATE INDEX referrer_feedback_recipient ON referrer_feedback (recipient_staff_id, sent_at);
