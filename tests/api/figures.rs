//! The outcome figures checked by a second, independent computation: a generated cohort with
//! known outcomes (a seeded draw of 48 people: only referred, declined before the start,
//! stopped for a reason, still coming, completed; 基本チェックリスト at the start and the end,
//! graduation reviews, follow-ups at 3, 6 and 12 months with their statuses, volunteers) is
//! made through the API where the API makes it (people, schedules, attendance, 中断, 修了,
//! screenings, reviews, the follow-up tasks) and, where recording needs a later clock, in the
//! rows (the follow-ups' results, the screenings' dates, the volunteer records). The figures the
//! API reports are then compared, every numerator and denominator, with plain SQL written here
//! over the same rows (no dekita code), and both with the generator's own tally.

use chrono::NaiveDate;
use diesel::{Connection, RunQueryDsl};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

/// The day the figures are read: every follow-up is due by then.
fn later() -> NaiveDate {
    NaiveDate::from_ymd_opt(2028, 1, 31).unwrap()
}

/// A small seeded generator (64-bit LCG), so the cohort is the same on every run.
struct Draw(u64);

impl Draw {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Lot {
    Referred,
    Scheduled,
    Declined,
    Stopped,
    Ongoing,
    Completed,
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

#[derive(diesel::QueryableByName)]
struct Keyed {
    #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
    k: Option<String>,
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

fn on_db<T>(
    app: &TestApp,
    pg: impl FnOnce(&mut diesel::PgConnection) -> T,
    lite: impl FnOnce(&mut diesel::SqliteConnection) -> T,
) -> T {
    match &app.database_url {
        Some(url) if url.starts_with("postgres") => {
            pg(&mut diesel::PgConnection::establish(url).unwrap())
        }
        _ => {
            let path = app.data_dir.path().join("dekita.sqlite3");
            let mut c = diesel::SqliteConnection::establish(&path.to_string_lossy()).unwrap();
            // The server writes too: wait for its lock.
            diesel::sql_query("PRAGMA busy_timeout = 10000")
                .execute(&mut c)
                .unwrap();
            lite(&mut c)
        }
    }
}

/// `SELECT COUNT(*) AS n …` (or any one whole number named n).
fn count(app: &TestApp, sql: &str) -> i64 {
    on_db(
        app,
        |c| diesel::sql_query(sql).get_result::<Count>(c),
        |c| diesel::sql_query(sql).get_result::<Count>(c),
    )
    .unwrap_or_else(|e| panic!("{e}: {sql}"))
    .n
}

fn keyed(app: &TestApp, sql: &str) -> Vec<(Option<String>, i64)> {
    on_db(
        app,
        |c| diesel::sql_query(sql).load::<Keyed>(c),
        |c| diesel::sql_query(sql).load::<Keyed>(c),
    )
    .unwrap_or_else(|e| panic!("{e}: {sql}"))
    .into_iter()
    .map(|r| (r.k, r.n))
    .collect()
}

fn exec(app: &TestApp, sql: &str) {
    on_db(
        app,
        |c| diesel::sql_query(sql).execute(c),
        |c| diesel::sql_query(sql).execute(c),
    )
    .unwrap_or_else(|e| panic!("{e}: {sql}"));
}

/// Answers to the 25 items with exactly `risks` of them counting (the first ones): items 1–8,
/// 16 and 19 count when answered 「いいえ」, the others when 「はい」.
fn answers(risks: usize) -> Vec<bool> {
    (1..=25)
        .map(|i| (i <= risks) != matches!(i, 1..=8 | 16 | 19))
        .collect()
}

/// The risks of a stored answer string (`Y`/`N` per item), in SQL.
fn risks_sql(column: &str) -> String {
    (1..=25)
        .map(|i| {
            let counts = if matches!(i, 1..=8 | 16 | 19) {
                'N'
            } else {
                'Y'
            };
            format!("(CASE WHEN substr({column}, {i}, 1) = '{counts}' THEN 1 ELSE 0 END)")
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// Numerator, denominator and missing of a figure.
fn parts(f: &Value) -> (i64, i64, i64) {
    (n(&f["numerator"]), n(&f["denominator"]), n(&f["missing"]))
}

const REASONS: [(&str, &str); 8] = [
    ("illness", "病気の悪化"),
    ("hospitalized", "入院"),
    ("injury", "けが・転倒"),
    ("family", "家族の事情"),
    ("moved", "転居"),
    ("own_wish", "本人の希望"),
    ("care_service", "介護サービスの利用開始"),
    ("other", "その他"),
];
const STATUSES: [&str; 9] = [
    "died",
    "moved",
    "institution",
    "hospital",
    "care_service",
    "medical_rehab",
    "community",
    "self_only",
    "unknown",
];
const OUTCOMES: [Option<&str>; 4] = [
    Some("graduated"),
    Some("graduated_with_support"),
    Some("not_graduated"),
    None,
];

/// What the generator made, counted as it made it.
#[derive(Default, Debug)]
struct Tally {
    referred: i64,
    not_yet_started: i64,
    declined: i64,
    stopped: i64,
    ongoing: i64,
    completed: i64,
    reasons: std::collections::BTreeMap<String, i64>,
    improved: i64,
    maintained: i64,
    worsened: i64,
    pairs: i64,
    reviewed: i64,
    graduated: i64,
    volunteers: i64,
    /// Per follow-up point: done, missing, community, care, graduates' (num, den, missing).
    follow_ups: std::collections::BTreeMap<i32, [i64; 7]>,
}

#[actix_web::test]
async fn a_generated_cohort_has_the_figures_plain_sql_counts_on_the_same_rows() {
    let app = TestApp::builder().today(today()).spawn().await;
    let admin = app.token(ADMIN).await;
    let therapist = app.token(THERAPIST).await;
    let care_manager = app.token(CARE_MANAGER).await;
    // 卒業 is 卒業 only (support B/D not counted), said here rather than assumed.
    let (status, rule) = app
        .request(
            Method::PUT,
            "/api/v1/municipality/graduation-rule",
            Some(&admin),
            Some(json!({"support_counts_as_graduation": false})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{rule}");

    // A cohort of its own at the demo provider, so the figures can be read for it alone.
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let provider = cohorts[0]["provider_id"].as_str().unwrap().to_owned();
    let first_day = NaiveDate::from_ymd_opt(2026, 11, 9).unwrap();
    let (status, cohort) = app
        .post(
            "/api/v1/cohorts",
            Some(&admin),
            json!({"provider_id": provider, "name": "検証コース", "starts_on": first_day,
                "ends_on": "2027-02-05", "capacity": 60, "room_area_m2": 60.0, "weekday": 1,
                "starts_at": "10:00", "ends_at": "12:00", "venue": "公民館"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{cohort}");
    let cohort_id = cohort["id"].as_str().unwrap().to_owned();

    let mut draw = Draw(0x5EED_2026);
    let mut tally = Tally::default();
    let mut completed_people: Vec<(String, Option<&str>)> = Vec::new();
    for i in 0..48 {
        let lot = match draw.below(100) {
            0..=5 => Lot::Referred,
            6..=9 => Lot::Scheduled,
            10..=17 => Lot::Declined,
            18..=35 => Lot::Stopped,
            36..=43 => Lot::Ongoing,
            _ => Lot::Completed,
        };
        let (status, created) = app
            .post(
                "/api/v1/participants",
                Some(&care_manager),
                json!({"family_name": format!("検証{i}"), "given_name": "花子",
                    "family_name_kana": "けんしょう", "given_name_kana": "はなこ",
                    "birth_date": "1944-05-05", "sex": "female", "cohort_id": cohort_id}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let p = created["id"].as_str().unwrap().to_owned();
        let base = format!("/api/v1/participants/{p}");
        tally.referred += 1;
        if lot == Lot::Referred {
            tally.not_yet_started += 1;
            continue;
        }
        // The checklist at the start, dated before session 1.
        let start_risks = 5 + draw.below(10) as usize;
        let certification = ["none", "support_1", "support_2"][draw.below(3) as usize];
        let (status, body) = app
            .post(
                &format!("{base}/screenings"),
                Some(&therapist),
                json!({"answers": answers(start_risks), "height_cm": null, "weight_kg": null,
                    "certification": certification}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        exec(
            &app,
            &format!(
                "UPDATE screenings SET screened_at = '2026-11-02 10:00:00' WHERE participant_id = '{p}'"
            ),
        );
        let (status, body) = app
            .post(
                &format!("{base}/sessions"),
                Some(&therapist),
                json!({"first_date": first_day}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
        if lot == Lot::Scheduled {
            tally.not_yet_started += 1;
            continue;
        }
        let attendance = if lot == Lot::Declined {
            "absent"
        } else {
            "attended"
        };
        let (status, body) = app
            .request(
                Method::PATCH,
                &format!("{base}/sessions/1"),
                Some(&therapist),
                Some(json!({ "attendance": attendance })),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{body}");
        match lot {
            Lot::Declined | Lot::Stopped => {
                let (code, label) = REASONS[draw.below(REASONS.len() as u64) as usize];
                let (status, body) = app
                    .post(
                        &format!("{base}/discontinuation"),
                        Some(&therapist),
                        json!({"reason": code, "note": "検証のための中断"}),
                    )
                    .await;
                assert_eq!(status, StatusCode::OK, "{body}");
                if lot == Lot::Declined {
                    tally.declined += 1;
                } else {
                    tally.stopped += 1;
                    *tally.reasons.entry(label.to_owned()).or_default() += 1;
                }
            }
            Lot::Ongoing => tally.ongoing += 1,
            Lot::Completed => {
                tally.completed += 1;
                // The checklist at the end (most of them): 3 fewer risks to 3 more.
                if draw.below(10) < 8 {
                    let delta = draw.below(7) as i64 - 3;
                    let end = (start_risks as i64 + delta) as usize;
                    let (status, body) = app
                        .post(
                            &format!("{base}/screenings"),
                            Some(&therapist),
                            json!({"answers": answers(end), "height_cm": null,
                                "weight_kg": null, "certification": "none"}),
                        )
                        .await;
                    assert_eq!(status, StatusCode::CREATED, "{body}");
                    tally.pairs += 1;
                    // The municipality's margin is the default, one item.
                    match delta {
                        ..=-1 => tally.improved += 1,
                        0 => tally.maintained += 1,
                        _ => tally.worsened += 1,
                    }
                }
                let (status, body) = app
                    .post(
                        &format!("{base}/completion"),
                        Some(&therapist),
                        json!({"reason": "12回を終えて修了"}),
                    )
                    .await;
                assert_eq!(status, StatusCode::OK, "{body}");
                let outcome = OUTCOMES[draw.below(4) as usize];
                if let Some(outcome) = outcome {
                    let (status, body) = app
                        .put_versioned(
                            &format!("{base}/graduation"),
                            &therapist,
                            0,
                            json!({"reviewed_on": null, "outcome": outcome,
                                "support": if outcome == "graduated_with_support" {
                                    json!(["b"])
                                } else {
                                    json!([])
                                },
                                "destination": (outcome == "not_graduated").then_some("service_a")}),
                        )
                        .await;
                    assert_eq!(status, StatusCode::OK, "{body}");
                    tally.reviewed += 1;
                    if outcome == "graduated" {
                        tally.graduated += 1;
                    }
                }
                completed_people.push((p.clone(), outcome));
            }
            Lot::Referred | Lot::Scheduled => unreachable!(),
        }
    }
    let ended = tally.completed + tally.stopped + tally.declined;
    assert!(
        tally.completed >= 10 && tally.stopped >= 4 && tally.declined >= 2 && tally.ongoing >= 2,
        "the draw gives every kind of ending: {tally:?}"
    );

    // The follow-up tasks come from a job: three for every ended program.
    let of_cohort =
        format!("SELECT participant_id FROM enrollments WHERE cohort_id = '{cohort_id}'");
    let tasks =
        format!("SELECT COUNT(*) AS n FROM follow_ups WHERE participant_id IN ({of_cohort})");
    for _ in 0..200 {
        if count(&app, &tasks) >= 3 * ended {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(
        count(&app, &tasks),
        3 * ended,
        "three tasks per ended program"
    );

    // Their results, as recorded later: most done, each with a status.
    let graduates: std::collections::HashSet<&str> = completed_people
        .iter()
        .filter(|(_, o)| *o == Some("graduated"))
        .map(|(p, _)| p.as_str())
        .collect();
    let follow_ups: Vec<(Option<String>, i64)> = keyed(
        &app,
        &format!(
            "SELECT id || '|' || participant_id AS k, CAST(months AS BIGINT) AS n FROM follow_ups
             WHERE participant_id IN ({of_cohort}) ORDER BY participant_id, months"
        ),
    );
    for (key, months) in follow_ups {
        let key = key.unwrap();
        let (id, who) = key.split_once('|').unwrap();
        let t = tally.follow_ups.entry(months as i32).or_default();
        let graduate = graduates.contains(who);
        if draw.below(10) < 7 {
            let status = STATUSES[draw.below(STATUSES.len() as u64) as usize];
            exec(
                &app,
                &format!(
                    "UPDATE follow_ups SET done_on = due_on, status = '{status}' WHERE id = '{id}'"
                ),
            );
            t[0] += 1;
            t[2] += i64::from(status == "community");
            t[3] += i64::from(matches!(status, "care_service" | "medical_rehab"));
            if graduate {
                match status {
                    "community" | "self_only" => {
                        t[4] += 1;
                        t[5] += 1;
                    }
                    "died" | "moved" | "unknown" => t[6] += 1,
                    _ => t[5] += 1,
                }
            }
        } else {
            t[1] += 1;
            if graduate {
                t[6] += 1;
            }
        }
    }
    // A few graduates went on to help; one only showed interest.
    for (i, p) in graduates.iter().enumerate() {
        let status = if i % 3 == 0 { "interested" } else { "trained" };
        if i % 2 == 0 {
            continue;
        }
        exec(
            &app,
            &format!(
                "INSERT INTO volunteers (id, participant_id, municipality_id, status, roles, skills,
                     availability, trainings, offered_at, status_on, created_at, updated_at)
                 SELECT 'volunteer-{i}', id, municipality_id, '{status}', '', '', '', '',
                     'graduation', '2027-01-10', '2027-01-10 10:00:00', '2027-01-10 10:00:00'
                 FROM participants WHERE id = '{p}'"
            ),
        );
        tally.volunteers += i64::from(status != "interested");
    }

    // The figures, read when every follow-up is due.
    let reader = TestApp::builder()
        .same_database_as(&app)
        .today(later())
        .spawn()
        .await;
    let (status, report) = reader
        .get(
            &format!("/api/v1/evaluation?fiscal_year=2026&cohort_id={cohort_id}"),
            &reader.token(ADMIN).await,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{report}");

    // --- The second computation: plain SQL over the same rows. ---
    let e = format!("FROM enrollments e WHERE e.cohort_id = '{cohort_id}'");
    let started =
        "EXISTS (SELECT 1 FROM program_sessions s WHERE s.participant_id = e.participant_id
                   AND s.number = 1 AND s.attendance = 'attended')";
    let c = |cond: &str| count(&app, &format!("SELECT COUNT(*) AS n {e} AND ({cond})"));
    let referred = count(&app, &format!("SELECT COUNT(*) AS n {e}"));
    let sql_started = c(started);
    let ongoing = c(&format!("e.status = 'enrolled' AND {started}"));
    let not_yet = c(&format!(
        "e.status IN ('referred', 'enrolled') AND NOT {started}"
    ));
    let declined = c(&format!("e.status = 'discontinued' AND NOT {started}"));
    let discontinued = c(&format!("e.status = 'discontinued' AND {started}"));
    let completed = c("e.status = 'completed'");
    let closed = c(&format!(
        "e.status = 'completed' OR (e.status = 'discontinued' AND {started})"
    ));
    let funnel = &report["funnel"];
    for (key, sql, generated) in [
        ("referred", referred, tally.referred),
        (
            "started",
            sql_started,
            tally.stopped + tally.ongoing + tally.completed,
        ),
        ("ongoing", ongoing, tally.ongoing),
        ("not_yet_started", not_yet, tally.not_yet_started),
        ("declined_before_start", declined, tally.declined),
        ("discontinued", discontinued, tally.stopped),
        ("completed", completed, tally.completed),
        ("closed", closed, tally.stopped + tally.completed),
    ] {
        assert_eq!(n(&funnel[key]), sql, "funnel {key}: API against SQL");
        assert_eq!(sql, generated, "funnel {key}: SQL against the generator");
    }
    let rates = [
        ("declined_rate", (declined, referred - not_yet, 0)),
        ("discontinued_rate", (discontinued, closed, 0)),
        ("completed_rate", (completed, closed, 0)),
    ];
    for (key, sql) in rates {
        assert_eq!(parts(figure(&report, key)), sql, "{key}");
    }

    // 中断 by reason (the form's words), of those who had started.
    let by_reason = keyed(
        &app,
        &format!(
            "SELECT e.discontinued_reason AS k, COUNT(*) AS n {e}
             AND e.status = 'discontinued' AND {started} GROUP BY e.discontinued_reason"
        ),
    );
    let sql_reasons: std::collections::BTreeMap<String, i64> = by_reason
        .into_iter()
        .map(|(code, count)| {
            let code = code.expect("a reason was given");
            let label = REASONS.iter().find(|(c, _)| *c == code).unwrap().1;
            (label.to_owned(), count)
        })
        .collect();
    let api_reasons: std::collections::BTreeMap<String, i64> = report["discontinued_by_reason"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["reason"].as_str().unwrap().to_owned(), n(&r["count"])))
        .collect();
    assert_eq!(api_reasons, sql_reasons, "中断 by reason: API against SQL");
    assert_eq!(
        sql_reasons, tally.reasons,
        "中断 by reason: SQL against the generator"
    );

    // 改善・維持・悪化 on the checklist (the default headline): the first and the last
    // checklist of each finisher who has two, the change against the municipality's margin.
    let k = count(
        &app,
        "SELECT CAST(COALESCE(MAX(checklist_k), 1) AS BIGINT) AS n FROM evaluation_settings
         WHERE municipality_id = (SELECT municipality_id FROM staff
                                  WHERE email = 'admin@hidamari.example')",
    );
    let delta = format!(
        "(SELECT {} FROM screenings s WHERE s.participant_id = e.participant_id
            AND s.screened_at = (SELECT MAX(screened_at) FROM screenings x
                                 WHERE x.participant_id = e.participant_id))
         - (SELECT {} FROM screenings s WHERE s.participant_id = e.participant_id
            AND s.screened_at = (SELECT MIN(screened_at) FROM screenings x
                                 WHERE x.participant_id = e.participant_id))",
        risks_sql("s.answers"),
        risks_sql("s.answers")
    );
    let paired = "e.status = 'completed' AND (SELECT COUNT(*) FROM screenings x
                  WHERE x.participant_id = e.participant_id) >= 2";
    let pairs = c(paired);
    let improved = c(&format!("{paired} AND {delta} <= -{k}"));
    let worsened = c(&format!("{paired} AND {delta} >= {k}"));
    let maintained = pairs - improved - worsened;
    let checklist = report["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["key"] == "checklist")
        .expect("the checklist indicator");
    for (key, sql, generated) in [
        ("improved", improved, tally.improved),
        ("maintained", maintained, tally.maintained),
        ("worsened", worsened, tally.worsened),
    ] {
        assert_eq!(
            parts(&checklist[key]),
            (sql, pairs, completed - pairs),
            "checklist {key}: API against SQL"
        );
        assert_eq!(sql, generated, "checklist {key}: SQL against the generator");
    }
    assert_eq!(pairs, tally.pairs);

    // By the criteria of 事業対象者 met at the start: the generator's first r items are the
    // risks, so 生活機能全般 (10 of No.1–20) needs r ≥ 10, 運動器 (3 of No.6–10) r ≥ 8, 栄養
    // (No.11 and 12) r ≥ 12, 口腔 (2 of No.13–15) r ≥ 14; the others need items past 15.
    let start_risks = format!(
        "(SELECT {} FROM screenings s WHERE s.participant_id = e.participant_id
            AND s.screened_at = (SELECT MIN(screened_at) FROM screenings x
                                 WHERE x.participant_id = e.participant_id))",
        risks_sql("s.answers")
    );
    let profiles = report["by_profile"].as_array().unwrap();
    let mut criteria_rows = 0;
    for (prefix, at_least) in [
        ("生活機能全般", Some(10)),
        ("運動器", Some(8)),
        ("栄養", Some(12)),
        ("口腔", Some(14)),
        ("閉じこもり", None),
        ("認知機能", None),
        ("うつ", None),
    ] {
        let row = profiles.iter().find(|p| {
            p["profile"]
                .as_str()
                .unwrap()
                .starts_with(&format!("該当した基準：{prefix}"))
        });
        let Some(r) = at_least else {
            assert!(
                row.is_none(),
                "{prefix}: nobody's first r items reach it: {row:?}"
            );
            continue;
        };
        let (sql_started, sql_completed) = (
            c(&format!("{started} AND {start_risks} >= {r}")),
            c(&format!("e.status = 'completed' AND {start_risks} >= {r}")),
        );
        match row {
            Some(row) => {
                criteria_rows += 1;
                assert_eq!(
                    (n(&row["started"]), n(&row["completed"])),
                    (sql_started, sql_completed),
                    "{prefix}: API against SQL"
                );
            }
            None => assert_eq!(
                (sql_started, sql_completed),
                (0, 0),
                "{prefix}: no line, so nobody"
            ),
        }
    }
    assert!(criteria_rows >= 2, "the cohort meets several criteria");

    // 卒業率: reviewed finishers; 卒業 only (the rule set above).
    let review =
        "EXISTS (SELECT 1 FROM graduation_reviews r WHERE r.participant_id = e.participant_id
                  AND r.outcome IS NOT NULL";
    let reviewed = c(&format!("e.status = 'completed' AND {review})"));
    let graduated = c(&format!(
        "e.status = 'completed' AND {review} AND r.outcome = 'graduated')"
    ));
    assert_eq!((reviewed, graduated), (tally.reviewed, tally.graduated));
    assert_eq!(
        parts(figure(&report, "graduation_rate")),
        (graduated, reviewed, completed - reviewed),
        "卒業率（修了者あたり）"
    );
    assert_eq!(
        parts(figure(&report, "graduation_rate_of_starters")),
        (graduated, closed, completed - reviewed),
        "卒業率（開始者あたり）"
    );
    let helping = c(&format!(
        "e.status = 'completed' AND {review} AND r.outcome = 'graduated')
         AND EXISTS (SELECT 1 FROM volunteers v WHERE v.participant_id = e.participant_id
                     AND v.status <> 'interested')"
    ));
    assert_eq!(helping, tally.volunteers);
    assert_eq!(
        parts(figure(&report, "volunteer_share")),
        (helping, graduated, completed - reviewed),
        "ボランティアになった卒業生"
    );

    // Where people went, at 3, 6 and 12 months.
    let destinations = report["destinations"].as_array().unwrap();
    assert_eq!(destinations.len(), 3);
    let graduate = format!(
        "f.participant_id IN (SELECT e.participant_id {e} AND e.status = 'completed'
             AND {review} AND r.outcome = 'graduated'))"
    );
    for d in destinations {
        let months = n(&d["months"]);
        let f = |cond: &str| {
            count(
                &app,
                &format!(
                    "SELECT COUNT(*) AS n FROM follow_ups f
                     WHERE f.participant_id IN ({of_cohort}) AND f.months = {months} AND ({cond})"
                ),
            )
        };
        let done = f("f.done_on IS NOT NULL AND f.status IS NOT NULL");
        let missing = f(&format!("f.done_on IS NULL AND f.due_on <= '{}'", later()));
        let community = f("f.done_on IS NOT NULL AND f.status = 'community'");
        let care = f("f.done_on IS NOT NULL AND f.status IN ('care_service', 'medical_rehab')");
        let still = f(&format!(
            "{graduate} AND f.done_on IS NOT NULL AND f.status IN ('community', 'self_only')"
        ));
        let known = f(&format!(
            "{graduate} AND f.done_on IS NOT NULL AND f.status IN ('community', 'self_only',
             'institution', 'hospital', 'care_service', 'medical_rehab')"
        ));
        let unknown = f(&format!(
            "{graduate} AND (f.done_on IS NULL OR f.status IN ('died', 'moved', 'unknown'))"
        ));
        assert_eq!(n(&d["done"]), done, "{months} months: done");
        assert_eq!(n(&d["missing"]), missing, "{months} months: missing");
        assert_eq!(parts(&d["community"]), (community, done, missing));
        assert_eq!(parts(&d["care_or_medical"]), (care, done, missing));
        assert_eq!(
            parts(&d["graduates_still_without"]),
            (still, known, unknown),
            "{months} months: 卒業継続率"
        );
        let t = tally.follow_ups[&(months as i32)];
        assert_eq!(
            [done, missing, community, care, still, known, unknown],
            t,
            "{months} months: SQL against the generator"
        );
        let statuses: i64 = d["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| n(&s["count"]))
            .sum();
        assert_eq!(
            statuses, done,
            "{months} months: the statuses add up to the done"
        );
    }

    // 稼働率: the days of those who started, from session 1 to the day it ended (or, still in
    // it, the cohort's last day), over the places × the cohort's days.
    let held = |span: &str| {
        format!(
            "SELECT CAST(COALESCE(SUM({span}), 0) AS BIGINT) AS n FROM enrollments e
             JOIN cohorts c ON c.id = e.cohort_id
             JOIN program_sessions s ON s.participant_id = e.participant_id
                 AND s.number = 1 AND s.attendance = 'attended'
             WHERE e.cohort_id = '{cohort_id}'"
        )
    };
    let places = |days: &str| {
        format!("SELECT ({days}) * c.capacity AS n FROM cohorts c WHERE c.id = '{cohort_id}'")
    };
    let (pg_held, lite_held) = (
        held("GREATEST(COALESCE(e.ended_on, c.ends_on) - s.date + 1, 0)::bigint"),
        held("MAX(CAST(julianday(COALESCE(e.ended_on, c.ends_on)) - julianday(s.date) AS INTEGER) + 1, 0)"),
    );
    let (pg_places, lite_places) = (
        places("(c.ends_on - c.starts_on + 1)::bigint"),
        places("CAST(julianday(c.ends_on) - julianday(c.starts_on) AS INTEGER) + 1"),
    );
    let enrolled_days = on_db(
        &app,
        |c| diesel::sql_query(&pg_held).get_result::<Count>(c),
        |c| diesel::sql_query(&lite_held).get_result::<Count>(c),
    )
    .unwrap()
    .n;
    let place_days = on_db(
        &app,
        |c| diesel::sql_query(&pg_places).get_result::<Count>(c),
        |c| diesel::sql_query(&lite_places).get_result::<Count>(c),
    )
    .unwrap()
    .n;
    // Every one who started held a place for at least a day; nobody more than the cohort.
    let starters = tally.stopped + tally.ongoing + tally.completed;
    assert!(
        enrolled_days >= starters,
        "{enrolled_days} days for {starters}"
    );
    assert_eq!(
        place_days,
        60 * 89,
        "60 places from 9 November to 5 February"
    );
    assert_eq!(
        parts(&report["occupancy"]),
        (enrolled_days, place_days, 0),
        "稼働率"
    );
}
