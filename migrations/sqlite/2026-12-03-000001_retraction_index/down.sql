DROP INDEX events_retractions;
