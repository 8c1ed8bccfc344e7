-- The participant's own short answer when a follow-up is due (how often they go out, where,
-- whether they keep exercising): one per follow-up, shown to staff as its self-report part.
CREATE TABLE follow_up_self_reports (
    follow_up_id     TEXT PRIMARY KEY NOT NULL REFERENCES follow_ups(id),
    participant_id   TEXT NOT NULL REFERENCES participants(id),
    outings          TEXT NOT NULL CHECK (outings IN ('most_days', 'few_a_week', 'once_a_week', 'rarely')),
    places           TEXT NOT NULL,
    exercise         TEXT NOT NULL CHECK (exercise IN ('most_days', 'sometimes', 'stopped')),
    answered_on      DATE NOT NULL,
    answered_at      TIMESTAMP NOT NULL,
    device_id        TEXT
);
CREATE INDEX follow_up_self_reports_participant ON follow_up_self_reports (participant_id);

-- A coordinator's check that a connected graduate still attends their place (or no longer
-- does): the latest check of a handoff decides the "stopped attending" attention item.
CREATE TABLE place_attendance_checks (
    id               TEXT PRIMARY KEY NOT NULL,
    handoff_id       TEXT NOT NULL REFERENCES handoffs(id),
    participant_id   TEXT NOT NULL REFERENCES participants(id),
    municipality_id  TEXT NOT NULL REFERENCES municipalities(id),
    place_id         TEXT NOT NULL REFERENCES places(id),
    attending        BOOLEAN NOT NULL,
    last_seen_on     DATE,
    checked_on       DATE NOT NULL,
    note             TEXT NOT NULL,
    by_staff         TEXT NOT NULL REFERENCES staff(id),
    at               TIMESTAMP NOT NULL
);
CREATE INDEX place_attendance_checks_handoff ON place_attendance_checks (handoff_id, at);
