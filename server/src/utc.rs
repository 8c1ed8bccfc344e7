//! Timestamps on the wire. The database keeps UTC as `NaiveDateTime`; the API sends it as
//! RFC 3339 with `Z` (`2026-04-01T01:23:45.678901Z`), as its `date-time` schema says.
//!
//! Use on a field: `#[serde(with = "crate::utc")]`, or `#[serde(default, with =
//! "crate::utc::option")]` for an optional one. Reading accepts RFC 3339 with any offset
//! (turned into UTC) and, for what phones queued or kept before the API said `Z`, a time
//! without an offset, read as UTC.

use chrono::{DateTime, NaiveDateTime, SecondsFormat};
use serde::{Deserialize, Deserializer, Serializer};

/// `2026-04-01T01:23:45.678901Z`: every digit kept (a cursor sent back must compare equal).
pub fn format(t: &NaiveDateTime) -> String {
    t.and_utc().to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// RFC 3339 with an offset, or the same without one (taken as UTC).
pub fn parse(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.naive_utc());
    }
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f").ok()
}

pub fn serialize<S: Serializer>(t: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format(t))
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
    let text = String::deserialize(d)?;
    parse(&text).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "「{text}」は日時（RFC 3339、例 2026-04-01T09:30:00Z）ではありません"
        ))
    })
}

/// The same for `Option<NaiveDateTime>` (`null` or absent is `None`).
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(t: &Option<NaiveDateTime>, s: S) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDateTime>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => parse(&text).map(Some).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "「{text}」は日時（RFC 3339、例 2026-04-01T09:30:00Z）ではありません"
                ))
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S%.f").unwrap()
    }

    #[test]
    fn sends_rfc3339_with_z_and_every_digit() {
        assert_eq!(format(&at("2026-04-01 01:23:45")), "2026-04-01T01:23:45Z");
        assert_eq!(
            format(&at("2026-04-01 01:23:45.000120")),
            "2026-04-01T01:23:45.000120Z"
        );
        let t = at("2026-04-01 01:23:45.678901");
        assert_eq!(parse(&format(&t)), Some(t));
    }

    #[test]
    fn reads_offsets_as_utc_and_offsetless_times_as_utc() {
        let t = at("2026-04-01 01:23:45");
        assert_eq!(parse("2026-04-01T10:23:45+09:00"), Some(t));
        assert_eq!(parse("2026-04-01T01:23:45Z"), Some(t));
        assert_eq!(parse("2026-04-01t01:23:45z"), Some(t));
        assert_eq!(parse("2026-04-01T01:23:45"), Some(t));
        assert_eq!(parse("2026-04-01"), None);
        assert_eq!(parse("yesterday"), None);
    }

    #[test]
    fn serde_round_trip() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct W {
            #[serde(with = "crate::utc")]
            a: NaiveDateTime,
            #[serde(default, with = "crate::utc::option")]
            b: Option<NaiveDateTime>,
        }
        let w = W {
            a: at("2026-04-01 01:23:45.5"),
            b: None,
        };
        let text = serde_json::to_string(&w).unwrap();
        assert_eq!(text, r#"{"a":"2026-04-01T01:23:45.500Z","b":null}"#);
        assert_eq!(serde_json::from_str::<W>(&text).unwrap(), w);
        assert_eq!(
            serde_json::from_str::<W>(r#"{"a":"2026-04-01T01:23:45.5Z"}"#).unwrap(),
            w
        );
        assert!(serde_json::from_str::<W>(r#"{"a":"1 April"}"#).is_err());
    }
}
