DROP TABLE jobs;
DROP TABLE reminder_settings;
DROP TABLE push_subscriptions;
