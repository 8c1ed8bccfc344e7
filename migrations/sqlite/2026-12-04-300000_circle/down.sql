DROP TABLE referrer_feedback;
DROP TABLE referrers;
DROP TABLE volunteer_activities;
DROP TABLE volunteers;
