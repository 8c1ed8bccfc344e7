//! What a participant records on their phone, typed: an exercise done, a flag on an exercise
//! (it hurt, it was hard), an everyday activity, a home measurement, or the retraction of an
//! earlier record. The phone sends each as `kind` + `data` (JSON); it is read here once,
//! checked (each bad item refused alone, with a sentence the person can act on), stored as the
//! same JSON payload as always, and read back from the stored row into the same enum.
//!
//! The wire shape is fixed by phones already in the field: `tests/fixtures/records.json` has
//! one valid record of each kind, parsed here and held to the PWA's outbox type in
//! `pwa/test/records.test.ts`.

use chrono::{Days, NaiveDate, NaiveDateTime};
use serde::Deserialize;
use serde_json::{json, Value};

use super::ids::MediaId;
use super::values::{in_range, BloodPressure, ClientId, RecordedAt};

/// The kinds of record, as the `kind` the phone sends and the events table keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    ExerciseDone,
    ExerciseFlag,
    Activity,
    Measurement,
    Retraction,
}

crate::text_enum!(Kind, "record kind", {
    ExerciseDone => "exercise_done",
    ExerciseFlag => "exercise_flag",
    Activity => "activity",
    Measurement => "measurement",
    Retraction => "retraction",
});

/// Where a record came from: the person's own phone, a paper log sheet staff entered for
/// them (代行入力), or a family member's phone recording on their behalf (ご家族が記録).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    Phone,
    Paper,
    Family,
}

crate::text_enum!(Source, "record source", {
    Phone => "phone",
    Paper => "paper",
    Family => "family",
});

/// A mark on an exercise: it hurt, or it was hard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Flag {
    Pain,
    Hard,
}

crate::text_enum!(Flag, "exercise flag", {
    Pain => "pain",
    Hard => "hard",
});

/// An everyday activity the person did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Activity {
    Walk,
    Shopping,
    Cooking,
    Housework,
    MetPeople,
    /// A 通いの場 (a community gathering place).
    Kayoi,
    Other,
}

crate::text_enum!(Activity, "activity", {
    Walk => "walk",
    Shopping => "shopping",
    Cooking => "cooking",
    Housework => "housework",
    MetPeople => "met_people",
    Kayoi => "kayoi",
    Other => "other",
});

/// One thing the person recorded, checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Record {
    /// An exercise of the plan done; `amount` in the exercise's unit, when given.
    ExerciseDone {
        exercise: String,
        amount: Option<u32>,
    },
    ExerciseFlag {
        exercise: String,
        flag: Flag,
    },
    Activity {
        activity: Activity,
        minutes: Option<u32>,
        /// Trimmed; empty when there is none.
        note: String,
        photo_id: Option<MediaId>,
    },
    /// At least one value is given.
    Measurement {
        systolic: Option<f64>,
        diastolic: Option<f64>,
        pulse: Option<f64>,
        weight_kg: Option<f64>,
    },
    /// Takes back an earlier record (a correction is a retraction, never an edit).
    Retraction {
        target: ClientId,
    },
}

/// Ranges of what a phone may send.
pub const AMOUNT: (f64, f64) = (0.0, 1000.0);
pub const MINUTES: (f64, f64) = (0.0, 600.0);
pub const PULSE: (f64, f64) = (30.0, 220.0);
pub const WEIGHT_KG: (f64, f64) = (20.0, 200.0);
pub const NOTE_CHARS: usize = 200;

/// How far from today (in Japan) a phone's calendar day may be.
pub const DAYS_AHEAD: u64 = 1;
pub const DAYS_BACK: u64 = 366;

/// What the checks need to know of the world.
pub struct Known<'a> {
    /// An exercise key of the person's library (built-in or their municipality's).
    pub exercise: &'a dyn Fn(&str) -> bool,
    /// A photo the person uploaded.
    pub own_photo: &'a dyn Fn(&str) -> bool,
    /// Today in Japan.
    pub today: NaiveDate,
    /// When the batch arrived.
    pub received: NaiveDateTime,
}

/// A record checked, with when the phone says it was made.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub recorded_at: RecordedAt,
    pub record: Record,
}

/// The exercise key an item names, as sent (to know whether local exercises are needed).
pub fn exercise_named(data: &Value) -> Option<&str> {
    data.get("exercise").and_then(Value::as_str)
}

/// The photo an item names, as sent (whatever its kind, it must be the person's own).
pub fn photo_named(data: &Value) -> Option<&str> {
    data.get("photo_id").and_then(Value::as_str)
}

/// Checks one item as the phone sends it (its client id already checked). The first problem
/// found is the answer, in this order: the time stamp, the day, the data, the photo.
pub fn check(
    kind: &str,
    local_date: NaiveDate,
    recorded_at: Option<NaiveDateTime>,
    data: &Value,
    known: &Known,
) -> Result<Checked, String> {
    let recorded_at = RecordedAt::new(recorded_at.unwrap_or(known.received), known.received)?;
    if local_date > known.today + Days::new(DAYS_AHEAD) {
        return Err("未来の日付の記録は受け付けられません。".into());
    }
    if local_date < known.today - Days::new(DAYS_BACK) {
        return Err("1年以上前の日付の記録は受け付けられません。".into());
    }
    let record = Record::from_wire(kind, data, known.exercise)?;
    if let Some(photo) = photo_named(data) {
        if !(known.own_photo)(photo) {
            return Err("写真が見つかりません。".into());
        }
    }
    Ok(Checked {
        recorded_at,
        record,
    })
}

/// A number field: absent or null is none; anything else must be a finite number.
fn number(data: &Value, field: &str) -> Result<Option<f64>, String> {
    match data.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_f64()
            .filter(|f| f.is_finite())
            .map(Some)
            .ok_or_else(|| format!("{field} は数で送ってください。")),
    }
}

/// A whole number inside `range` (or absent), rounded.
fn whole(data: &Value, field: &str, range: (f64, f64), what: &str) -> Result<Option<u32>, String> {
    let n = number(data, field)?;
    in_range(n, range, what)?;
    Ok(n.map(|n| n.round() as u32))
}

impl Record {
    pub fn kind(&self) -> Kind {
        match self {
            Record::ExerciseDone { .. } => Kind::ExerciseDone,
            Record::ExerciseFlag { .. } => Kind::ExerciseFlag,
            Record::Activity { .. } => Kind::Activity,
            Record::Measurement { .. } => Kind::Measurement,
            Record::Retraction { .. } => Kind::Retraction,
        }
    }

    /// The record in `data` as the phone sends it, checked by the domain's rules.
    pub fn from_wire(
        kind: &str,
        data: &Value,
        known_exercise: &dyn Fn(&str) -> bool,
    ) -> Result<Record, String> {
        if !data.is_object() {
            return Err("data はオブジェクトで送ってください。".into());
        }
        let text = |field: &str| data.get(field).and_then(Value::as_str);
        let exercise = || {
            text("exercise")
                .filter(|k| known_exercise(k))
                .map(str::to_owned)
                .ok_or_else(|| "体操が見つかりません。".to_owned())
        };
        let kind = Kind::from_text(kind).map_err(|_| "記録の種類が分かりません。".to_owned())?;
        Ok(match kind {
            Kind::ExerciseDone => Record::ExerciseDone {
                exercise: exercise()?,
                amount: whole(data, "amount", AMOUNT, "回数")?,
            },
            Kind::ExerciseFlag => Record::ExerciseFlag {
                exercise: exercise()?,
                flag: text("flag")
                    .and_then(|f| Flag::from_text(f).ok())
                    .ok_or("しるしは pain か hard です。")?,
            },
            Kind::Activity => {
                let activity = text("activity")
                    .and_then(|a| Activity::from_text(a).ok())
                    .ok_or("活動の種類が分かりません。")?;
                let minutes = whole(data, "minutes", MINUTES, "時間（分）")?;
                let note = text("note").unwrap_or_default();
                if note.chars().count() > NOTE_CHARS {
                    return Err(format!("ひとことは{NOTE_CHARS}文字までです。"));
                }
                Record::Activity {
                    activity,
                    minutes,
                    note: note.trim().to_owned(),
                    photo_id: text("photo_id").map(MediaId::from),
                }
            }
            Kind::Measurement => {
                let (systolic, diastolic, pulse, weight_kg) = (
                    number(data, "systolic")?,
                    number(data, "diastolic")?,
                    number(data, "pulse")?,
                    number(data, "weight_kg")?,
                );
                if [systolic, diastolic, pulse, weight_kg]
                    .iter()
                    .all(Option::is_none)
                {
                    return Err("測った値を1つ以上入れてください。".into());
                }
                BloodPressure::new(systolic, diastolic)?;
                in_range(pulse, PULSE, "脈拍")?;
                in_range(weight_kg, WEIGHT_KG, "体重")?;
                Record::Measurement {
                    systolic,
                    diastolic,
                    pulse,
                    weight_kg,
                }
            }
            Kind::Retraction => Record::Retraction {
                target: text("target")
                    .and_then(|t| ClientId::parse(t).ok())
                    .ok_or("取り消す記録が分かりません。")?,
            },
        })
    }

    /// The payload as stored (the same JSON as ever, so every stored row reads back).
    pub fn payload(&self) -> String {
        let value = match self {
            Record::ExerciseDone { exercise, amount } => {
                json!({"exercise": exercise, "amount": amount})
            }
            Record::ExerciseFlag { exercise, flag } => {
                json!({"exercise": exercise, "flag": flag.as_str()})
            }
            Record::Activity {
                activity,
                minutes,
                note,
                photo_id,
            } => json!({"activity": activity.as_str(), "minutes": minutes, "note": note,
                "photo_id": photo_id}),
            Record::Measurement {
                systolic,
                diastolic,
                pulse,
                weight_kg,
            } => json!({"systolic": systolic, "diastolic": diastolic, "pulse": pulse,
                "weight_kg": weight_kg}),
            Record::Retraction { target } => json!({"target": target.as_str()}),
        };
        value.to_string()
    }

    /// The record a retraction takes back (kept in its own column, to find retractions fast).
    pub fn retracts(&self) -> Option<&ClientId> {
        match self {
            Record::Retraction { target } => Some(target),
            _ => None,
        }
    }

    /// A stored row read back. Stored rows were checked when they came in, so only their
    /// shape is read; an unknown kind, flag or activity is an error, never a default.
    pub fn from_stored(kind: &str, payload: &str) -> Result<Record, String> {
        let kind = Kind::from_text(kind).map_err(|e| e.to_string())?;
        let bad = |e: serde_json::Error| format!("{} payload: {e}", kind.as_str());
        Ok(match kind {
            Kind::ExerciseDone => {
                #[derive(Deserialize)]
                struct P {
                    exercise: String,
                    amount: Option<u32>,
                }
                let p: P = serde_json::from_str(payload).map_err(bad)?;
                Record::ExerciseDone {
                    exercise: p.exercise,
                    amount: p.amount,
                }
            }
            Kind::ExerciseFlag => {
                #[derive(Deserialize)]
                struct P {
                    exercise: String,
                    flag: String,
                }
                let p: P = serde_json::from_str(payload).map_err(bad)?;
                Record::ExerciseFlag {
                    exercise: p.exercise,
                    flag: Flag::from_text(&p.flag).map_err(|e| e.to_string())?,
                }
            }
            Kind::Activity => {
                #[derive(Deserialize)]
                struct P {
                    activity: String,
                    minutes: Option<u32>,
                    #[serde(default)]
                    note: String,
                    photo_id: Option<MediaId>,
                }
                let p: P = serde_json::from_str(payload).map_err(bad)?;
                Record::Activity {
                    activity: Activity::from_text(&p.activity).map_err(|e| e.to_string())?,
                    minutes: p.minutes,
                    note: p.note,
                    photo_id: p.photo_id,
                }
            }
            Kind::Measurement => {
                #[derive(Deserialize)]
                struct P {
                    systolic: Option<f64>,
                    diastolic: Option<f64>,
                    pulse: Option<f64>,
                    weight_kg: Option<f64>,
                }
                let p: P = serde_json::from_str(payload).map_err(bad)?;
                Record::Measurement {
                    systolic: p.systolic,
                    diastolic: p.diastolic,
                    pulse: p.pulse,
                    weight_kg: p.weight_kg,
                }
            }
            Kind::Retraction => {
                #[derive(Deserialize)]
                struct P {
                    target: String,
                }
                let p: P = serde_json::from_str(payload).map_err(bad)?;
                Record::Retraction {
                    target: ClientId::parse(&p.target)
                        .map_err(|_| format!("retraction target {:?}", p.target))?,
                }
            }
        })
    }
}

/// A stored record: its id, the day on the phone's calendar, and what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub client_id: String,
    pub date: NaiveDate,
    pub record: Record,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::text::TextEnum;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn known_exercise(k: &str) -> bool {
        ["heel_raise", "sit_to_stand"].contains(&k)
    }

    fn own_photo(p: &str) -> bool {
        ["photo-1", "0193a1b2-7c4d-7e8f-9a0b-1c2d3e4f5aff"].contains(&p)
    }

    fn world() -> (NaiveDate, NaiveDateTime) {
        let today = day(2026, 9, 10);
        (today, today.and_hms_opt(3, 0, 0).unwrap())
    }

    fn checked(kind: &str, data: Value) -> Result<Record, String> {
        let (today, received) = world();
        let known = Known {
            exercise: &known_exercise,
            own_photo: &own_photo,
            today,
            received,
        };
        check(kind, today, None, &data, &known).map(|c| c.record)
    }

    /// One item of `POST /api/v1/me/events`, as the phone sends it.
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct WireItem {
        client_id: String,
        kind: String,
        local_date: NaiveDate,
        recorded_at: String,
        data: Value,
    }

    /// The shared fixture: one valid record of each kind as phones send them, and the words
    /// of the text enums (the PWA offers the same).
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(crate) struct Fixture {
        records: Vec<WireItem>,
        activities: Vec<String>,
        flags: Vec<String>,
    }

    fn shared() -> Fixture {
        let text = include_str!("../../../tests/fixtures/records.json");
        serde_json::from_str(text).expect("valid fixture")
    }

    fn fixture() -> Vec<WireItem> {
        shared().records
    }

    /// The fixture's records as they are stored (for the projection's tests).
    pub(crate) fn stored_fixture() -> Vec<Event> {
        let (today, received) = world();
        let known = Known {
            exercise: &known_exercise,
            own_photo: &own_photo,
            today,
            received,
        };
        fixture()
            .into_iter()
            .map(|item| {
                let record = check(&item.kind, item.local_date, None, &item.data, &known)
                    .expect("valid record")
                    .record;
                Event {
                    client_id: ClientId::parse(&item.client_id).unwrap().into_string(),
                    date: item.local_date,
                    record,
                }
            })
            .collect()
    }

    #[test]
    fn the_shared_fixture_names_every_activity_and_flag() {
        let fixture = shared();
        let activities: Vec<&str> = Activity::ALL.iter().map(|a| a.as_str()).collect();
        let flags: Vec<&str> = Flag::ALL.iter().map(|f| f.as_str()).collect();
        assert_eq!(fixture.activities, activities);
        assert_eq!(fixture.flags, flags);
    }

    #[test]
    fn the_shared_fixture_has_one_valid_record_of_every_kind() {
        let (today, received) = world();
        let known = Known {
            exercise: &known_exercise,
            own_photo: &own_photo,
            today,
            received,
        };
        let records: Vec<Record> = fixture()
            .into_iter()
            .map(|item| {
                ClientId::parse(&item.client_id).expect("a UUID");
                let at = chrono::DateTime::parse_from_rfc3339(&item.recorded_at)
                    .expect("RFC 3339")
                    .naive_utc();
                let c = check(&item.kind, item.local_date, Some(at), &item.data, &known);
                c.expect("valid record").record
            })
            .collect();
        let kinds: Vec<Kind> = records.iter().map(Record::kind).collect();
        assert_eq!(kinds, Kind::ALL);
    }

    #[test]
    fn a_stored_record_reads_back_as_itself() {
        for item in fixture() {
            let record = checked(&item.kind, item.data).unwrap();
            let back = Record::from_stored(record.kind().as_str(), &record.payload()).unwrap();
            assert_eq!(back, record);
        }
    }

    #[test]
    fn the_stored_payload_is_the_json_it_always_was() {
        let payload = |kind, data| checked(kind, data).unwrap().payload();
        assert_eq!(
            payload(
                "exercise_done",
                json!({"exercise": "heel_raise", "amount": 11.6})
            ),
            r#"{"amount":12,"exercise":"heel_raise"}"#
        );
        assert_eq!(
            payload("exercise_done", json!({"exercise": "heel_raise"})),
            r#"{"amount":null,"exercise":"heel_raise"}"#
        );
        assert_eq!(
            payload(
                "exercise_flag",
                json!({"exercise": "sit_to_stand", "flag": "pain"})
            ),
            r#"{"exercise":"sit_to_stand","flag":"pain"}"#
        );
        assert_eq!(
            payload(
                "activity",
                json!({"activity": "walk", "minutes": 20, "note": " 川沿い ", "photo_id": "photo-1"})
            ),
            r#"{"activity":"walk","minutes":20,"note":"川沿い","photo_id":"photo-1"}"#
        );
        assert_eq!(
            payload("measurement", json!({"systolic": 132, "pulse": 70})),
            r#"{"diastolic":null,"pulse":70.0,"systolic":132.0,"weight_kg":null}"#
        );
        assert_eq!(
            payload(
                "retraction",
                json!({"target": "550E8400-E29B-41D4-A716-446655440000"})
            ),
            r#"{"target":"550e8400-e29b-41d4-a716-446655440000"}"#
        );
    }

    #[test]
    fn rows_stored_before_read_back_too() {
        // As the demo and earlier versions wrote them: no photo_id, whole amounts.
        assert_eq!(
            Record::from_stored(
                "activity",
                r#"{"activity":"kayoi","minutes":60,"note":"公民館"}"#
            ),
            Ok(Record::Activity {
                activity: Activity::Kayoi,
                minutes: Some(60),
                note: "公民館".into(),
                photo_id: None,
            })
        );
        assert_eq!(
            Record::from_stored("measurement", r#"{"systolic":132,"weight_kg":null}"#),
            Ok(Record::Measurement {
                systolic: Some(132.0),
                diastolic: None,
                pulse: None,
                weight_kg: None,
            })
        );
    }

    #[test]
    fn an_unknown_stored_value_is_an_error_not_a_default() {
        assert!(Record::from_stored("dance_party", "{}").is_err());
        assert!(
            Record::from_stored("exercise_flag", r#"{"exercise":"x","flag":"itchy"}"#).is_err()
        );
        assert!(Record::from_stored("activity", r#"{"activity":"golf"}"#).is_err());
        assert!(Record::from_stored("exercise_done", r#"{"amount":3}"#).is_err());
        assert!(Record::from_stored("retraction", r#"{"target":"42"}"#).is_err());
        assert!(Record::from_stored("measurement", "not json").is_err());
    }

    #[test]
    fn text_enums_parse_only_their_own_words() {
        for f in Flag::ALL {
            assert_eq!(Flag::from_text(f.as_str()), Ok(*f));
        }
        for a in Activity::ALL {
            assert_eq!(Activity::from_text(a.as_str()), Ok(*a));
        }
        for k in Kind::ALL {
            assert_eq!(Kind::from_text(k.as_str()), Ok(*k));
        }
        assert_eq!(
            Flag::from_text("Pain").unwrap_err().to_string(),
            r#"unknown exercise flag "Pain""#
        );
        assert!(Activity::from_text("").is_err());
    }

    #[test]
    fn each_bad_item_is_told_what_is_wrong() {
        let says = |kind: &str, data: Value, words: &str| {
            let message = checked(kind, data).unwrap_err();
            assert!(message.contains(words), "{kind}: {message}");
        };
        says("dance_party", json!({}), "記録の種類が分かりません");
        says("exercise_done", json!([1]), "data はオブジェクト");
        says(
            "exercise_done",
            json!({"exercise": "nope"}),
            "体操が見つかりません",
        );
        says(
            "exercise_done",
            json!({"exercise": "nope", "amount": "x"}),
            "体操が見つかりません",
        );
        says(
            "exercise_done",
            json!({"exercise": "heel_raise", "amount": "12"}),
            "amount は数で",
        );
        says(
            "exercise_done",
            json!({"exercise": "heel_raise", "amount": 1001}),
            "回数",
        );
        says(
            "exercise_flag",
            json!({"exercise": "heel_raise", "flag": "itchy"}),
            "しるしは pain か hard",
        );
        says("activity", json!({"activity": "golf"}), "活動の種類");
        says(
            "activity",
            json!({"activity": "walk", "minutes": 601}),
            "時間（分）",
        );
        says(
            "activity",
            json!({"activity": "walk", "note": "あ".repeat(201)}),
            "200文字",
        );
        says(
            "activity",
            json!({"activity": "walk", "photo_id": "someone-elses"}),
            "写真が見つかりません",
        );
        says(
            "exercise_done",
            json!({"exercise": "heel_raise", "photo_id": "someone-elses"}),
            "写真が見つかりません",
        );
        says("measurement", json!({}), "1つ以上");
        says("measurement", json!({"systolic": 900}), "最高血圧");
        says(
            "measurement",
            json!({"systolic": 80, "diastolic": 120}),
            "入れ替わって",
        );
        says("measurement", json!({"pulse": 10}), "脈拍");
        says("measurement", json!({"weight_kg": 300}), "体重");
        says(
            "measurement",
            json!({"weight_kg": "60"}),
            "weight_kg は数で",
        );
        says("retraction", json!({"target": "42"}), "取り消す記録");
        says("retraction", json!({}), "取り消す記録");
    }

    #[test]
    fn the_day_and_the_time_stamp_are_checked_first() {
        let (today, received) = world();
        let known = Known {
            exercise: &known_exercise,
            own_photo: &own_photo,
            today,
            received,
        };
        let data = json!({"exercise": "heel_raise"});
        let on = |date: NaiveDate, at: Option<NaiveDateTime>| {
            check("exercise_done", date, at, &data, &known)
        };
        assert!(on(today + Days::new(1), None).is_ok());
        assert!(on(today + Days::new(2), None).unwrap_err().contains("未来"));
        assert!(on(today - Days::new(366), None).is_ok());
        assert!(on(today - Days::new(367), None)
            .unwrap_err()
            .contains("1年以上前"));
        let ahead = received + chrono::Duration::days(2);
        assert!(on(today, Some(ahead)).unwrap_err().contains("時計"));
        // The time stamp is looked at before the kind.
        assert!(check("dance_party", today, Some(ahead), &data, &known)
            .unwrap_err()
            .contains("時計"));
        assert_eq!(on(today, None).unwrap().recorded_at.get(), received);
    }
}
