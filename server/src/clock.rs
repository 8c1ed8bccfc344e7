//! The server's clock, kept in the application state and handed down as each caller's
//! `today` (in Japan): the data layer never reads the machine's time for the program's days,
//! so a test can run a server "three weeks ago" and another today on the same database.

use chrono::{Duration, NaiveDate, NaiveDateTime, Utc};

use crate::domain::program::japan_date_of;

#[derive(Debug, Clone, Copy, Default)]
pub struct Clock {
    /// How far this clock runs from the machine's (zero in production).
    shift: Duration,
}

impl Clock {
    /// The machine's time.
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock whose today is `today` (the time of day follows the machine's): for tests.
    pub fn on(today: NaiveDate) -> Clock {
        let real = japan_date_of(Utc::now().naive_utc());
        Clock {
            shift: today.signed_duration_since(real),
        }
    }

    /// Now, in UTC.
    pub fn now(&self) -> NaiveDateTime {
        Utc::now().naive_utc() + self.shift
    }

    /// Today in Japan.
    pub fn today(&self) -> NaiveDate {
        japan_date_of(self.now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_set_to_a_day_says_that_day_and_the_system_clock_says_today() {
        let day = NaiveDate::from_ymd_opt(2026, 9, 1).unwrap();
        assert_eq!(Clock::on(day).today(), day);
        assert_eq!(
            Clock::system().today(),
            japan_date_of(Utc::now().naive_utc())
        );
    }
}
