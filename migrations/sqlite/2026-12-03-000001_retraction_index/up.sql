-- The records a retraction hides, found without reading a person's whole history.
CREATE INDEX events_retractions ON events (participant_id, retracts) WHERE retracts IS NOT NULL;
