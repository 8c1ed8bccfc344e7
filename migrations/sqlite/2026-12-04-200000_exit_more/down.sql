DROP TABLE place_attendance_checks;
DROP TABLE follow_up_self_reports;
