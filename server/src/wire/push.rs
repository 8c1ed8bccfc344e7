//! Reminder settings and words of recognition on the wire (`http::push`, `db::push`).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// When the participant wants to be reminded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Reminder {
    /// "HH:MM", Japan time, for a daily reminder to do the exercises; null for none.
    #[schema(example = "09:30")]
    pub daily_time: Option<String>,
    /// A reminder in the morning (8:00) of each session day.
    pub session_days: bool,
}

impl Default for Reminder {
    fn default() -> Self {
        Reminder {
            daily_time: None,
            session_days: true,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct NewRecognition {
    /// A few words for the participant (at most 200 characters).
    #[schema(example = "毎日の記録、拝見しています。続けていらっしゃること、すばらしいです。")]
    pub message: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Recognition {
    pub id: String,
    /// What the participant's phones will show.
    pub title: String,
    pub body: String,
}
