//! The person-level file behind the outcome figures, pseudonymised, for the municipality's own
//! analysis: one line per enrollment the figures counted, exactly as they counted it — no
//! name, kana, birth date, address, phone or dekita id; a 仮ID instead, the same for a person
//! in every year's file from this server (so years can be joined) and meaningless elsewhere
//! (a keyed hash of the id with a secret kept in the database); the age as a five-year band.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::audit::{self, csv_cell, Audited};
use super::evaluation::{compute, reason_label, Counted, Filter};
use super::schema::{cohorts, follow_ups, participants, providers};
use super::{DbConn, StaffScope};
use crate::domain::evaluation::{Change, Standing};
use crate::domain::followup::{Status, POINTS};
use crate::domain::graduation::Outcome;
use crate::error::AppError;
use crate::wire::participants::Sex;

/// The name of the secret the 仮ID is keyed with (see `keys`).
pub const PSEUDONYM_KEY: &str = "evaluation_pseudonym";

/// Ids per query: far below SQLite's and PostgreSQL's limits on bound values.
const CHUNK: usize = 1_000;

/// The 仮ID of a person: 16 hex digits of SHA-256 over the secret, the municipality and the id.
pub fn pseudonym(key: &[u8], municipality: &str, participant: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(key);
    hash.update([0]);
    hash.update(municipality.as_bytes());
    hash.update([0]);
    hash.update(participant.as_bytes());
    hash.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A five-year band of the age on `day` (「75〜79歳」), so a birth date never leaves.
pub fn age_band(born: NaiveDate, day: NaiveDate) -> String {
    let mut age = day.year() - born.year();
    if (day.month(), day.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    match age {
        a if a < 65 => "65歳未満".to_owned(),
        a if a >= 95 => "95歳以上".to_owned(),
        a => {
            let low = a / 5 * 5;
            format!("{low}〜{}歳", low + 4)
        }
    }
}

fn standing_label(s: Standing) -> &'static str {
    match s {
        Standing::DeclinedBeforeStart => "開始前に辞退",
        Standing::NotYetStarted => "開始前",
        Standing::Ongoing => "利用中",
        Standing::Completed => "修了",
        Standing::Discontinued => "中断",
    }
}

fn change_label(c: Option<Change>) -> &'static str {
    match c {
        Some(Change::Improved) => "改善",
        Some(Change::Maintained) => "維持",
        Some(Change::Worsened) => "悪化",
        None => "",
    }
}

fn outcome_label(o: Option<Outcome>, standing: Standing) -> &'static str {
    match (o, standing) {
        (Some(Outcome::Graduated), _) => "卒業",
        (Some(Outcome::GraduatedWithSupport), _) => "卒業（B・Dの支援あり）",
        (Some(Outcome::NotGraduated), _) => "卒業ではない",
        (None, Standing::Completed) => "未記入",
        (None, _) => "",
    }
}

fn sex_label(stored: &str) -> Result<&'static str, AppError> {
    Ok(match Sex::from_text(stored)? {
        Sex::Female => "女性",
        Sex::Male => "男性",
        Sex::Other => "その他",
        Sex::Unspecified => "",
    })
}

/// The file: UTF-8 with BOM, CRLF, every cell quoted (and formula-safe, as every CSV of
/// dekita). Audited as one export of the year's figures (no one named).
pub fn people_csv(
    conn: &mut DbConn,
    spare: Option<&mut DbConn>,
    scope: &StaffScope,
    filter: &Filter,
    key: &[u8],
) -> Result<Audited<String>, AppError> {
    let (_, detail) = compute(conn, spare, scope, filter)?;
    let people: Vec<Counted> = detail.people;
    let ids: Vec<&String> = people.iter().map(|p| &p.participant_id).collect();

    let mut about: HashMap<String, (NaiveDate, String)> = HashMap::new();
    let mut followed: HashMap<(String, i32), String> = HashMap::new();
    for chunk in ids.chunks(CHUNK) {
        for (id, born, sex) in participants::table
            .filter(participants::municipality_id.eq(&scope.municipality_id))
            .filter(participants::id.eq_any(chunk.iter().map(|s| s.as_str())))
            .select((
                participants::id,
                participants::birth_date,
                participants::sex,
            ))
            .load::<(String, NaiveDate, String)>(conn)?
        {
            about.insert(id, (born, sex));
        }
        for (id, months, status) in follow_ups::table
            .filter(follow_ups::participant_id.eq_any(chunk.iter().map(|s| s.as_str())))
            .filter(follow_ups::done_on.is_not_null())
            .select((
                follow_ups::participant_id,
                follow_ups::months,
                follow_ups::status,
            ))
            .load::<(String, i32, Option<String>)>(conn)?
        {
            if let Some(text) = status {
                followed.insert(
                    (id, months),
                    Status::from_text(&text)?.label_ja().to_owned(),
                );
            }
        }
    }
    let names: HashMap<String, (String, String)> = cohorts::table
        .inner_join(providers::table)
        .filter(providers::municipality_id.eq(&scope.municipality_id))
        .select((cohorts::id, cohorts::name, providers::name))
        .load::<(String, String, String)>(conn)?
        .into_iter()
        .map(|(id, cohort, provider)| (id, (cohort, provider)))
        .collect();

    let mut header = vec![
        "仮ID".to_owned(),
        "年度".to_owned(),
        "事業所".to_owned(),
        "実施期間".to_owned(),
        "開始時の年齢".to_owned(),
        "性別".to_owned(),
        "開始時の区分".to_owned(),
        "状況".to_owned(),
        "中断の理由".to_owned(),
        "卒業の判定".to_owned(),
        "基本チェックリスト該当数（開始）".to_owned(),
        "基本チェックリスト該当数（終了）".to_owned(),
        "基本チェックリストの変化".to_owned(),
        "体力測定の変化".to_owned(),
        "自己評価の変化".to_owned(),
        "目標の変化".to_owned(),
    ];
    header.extend(POINTS.iter().map(|m| format!("{m}か月後の状況")));
    let mut lines = vec![header
        .iter()
        .map(|c| csv_cell(c))
        .collect::<Vec<_>>()
        .join(",")];
    let mut body: Vec<(String, Vec<String>)> = Vec::with_capacity(people.len());
    for p in &people {
        let (born, sex) = about
            .get(&p.participant_id)
            .ok_or_else(|| AppError::Internal("an enrollment without its person".into()))?;
        let (cohort, provider) = names.get(&p.cohort_id).cloned().unwrap_or_default();
        let e = &p.enrollment;
        let id = pseudonym(key, scope.municipality_id.as_str(), &p.participant_id);
        let mut cells = vec![
            id.clone(),
            filter.fiscal_year.to_string(),
            provider,
            cohort,
            age_band(*born, p.entered_on),
            sex_label(sex)?.to_owned(),
            p.profile.clone(),
            standing_label(e.standing).to_owned(),
            e.discontinue_reason
                .as_deref()
                .map(reason_label)
                .unwrap_or_default(),
            outcome_label(e.graduation, e.standing).to_owned(),
            p.checklist.map(|c| c.0.to_string()).unwrap_or_default(),
            p.checklist
                .and_then(|c| c.1)
                .map(|n| n.to_string())
                .unwrap_or_default(),
            change_label(e.change).to_owned(),
            change_label(p.tests).to_owned(),
            change_label(p.rating).to_owned(),
            change_label(p.goals).to_owned(),
        ];
        cells.extend(POINTS.iter().map(|m| {
            followed
                .get(&(p.participant_id.clone(), *m as i32))
                .cloned()
                .unwrap_or_default()
        }));
        body.push((id, cells));
    }
    // In 仮ID order: the order of the file says nothing about who came first.
    body.sort_by(|a, b| a.0.cmp(&b.0));
    lines.extend(body.into_iter().map(|(_, cells)| {
        cells
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(",")
    }));
    let csv = format!("\u{feff}{}\r\n", lines.join("\r\n"));
    let seen = audit::Entry::new(scope, "evaluation.export_people", None);
    Ok(Audited::new(csv, seen))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_age_is_a_five_year_band_turning_on_the_birthday() {
        assert_eq!(age_band(day(1946, 6, 10), day(2026, 6, 9)), "75〜79歳");
        assert_eq!(age_band(day(1946, 6, 10), day(2026, 6, 10)), "80〜84歳");
        assert_eq!(age_band(day(1970, 1, 1), day(2026, 6, 1)), "65歳未満");
        assert_eq!(age_band(day(1930, 1, 1), day(2026, 6, 1)), "95歳以上");
        assert_eq!(age_band(day(1961, 6, 1), day(2026, 6, 1)), "65〜69歳");
    }

    #[test]
    fn the_pseudonym_is_stable_keyed_and_per_municipality() {
        let a = pseudonym(b"key one", "town", "p1");
        assert_eq!(a, pseudonym(b"key one", "town", "p1"));
        assert_eq!(a.len(), 16);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(a, pseudonym(b"key two", "town", "p1"));
        assert_ne!(a, pseudonym(b"key one", "city", "p1"));
        assert_ne!(a, pseudonym(b"key one", "town", "p2"));
        assert!(!a.contains("p1"));
    }
}
