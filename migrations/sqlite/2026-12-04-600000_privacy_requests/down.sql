DROP TABLE use_stops;
DROP TABLE correction_requests;
