//! The municipality's outcome figures through real HTTP on a real database: one person moved
//! through the funnel changes exactly the counts and rates the rules say, the CSV says the same
//! for Excel, and the answer names nobody.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;

async fn figures(app: &TestApp, token: &str, year: i32) -> Value {
    let (status, report) = app
        .get(&format!("/api/v1/evaluation?fiscal_year={year}"), token)
        .await;
    assert_eq!(status, StatusCode::OK, "{report}");
    report
}

fn figure<'a>(report: &'a Value, key: &str) -> &'a Value {
    report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == key)
        .unwrap_or_else(|| panic!("no figure {key} in {report}"))
}

fn n(v: &Value) -> i64 {
    v.as_i64().unwrap()
}

fn reason_count(report: &Value, reason: &str) -> i64 {
    report["discontinued_by_reason"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["reason"] == reason)
        .map_or(0, |r| n(&r["count"]))
}

/// The fiscal year (April–March) of a `YYYY-MM-DD` day.
fn fiscal_year(day: &str) -> i32 {
    let year: i32 = day[0..4].parse().unwrap();
    let month: u32 = day[5..7].parse().unwrap();
    if month >= 4 {
        year
    } else {
        year - 1
    }
}

#[actix_web::test]
async fn one_person_through_the_funnel_moves_exactly_the_counts_and_rates() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let therapist = app.token(THERAPIST).await;
    let person = app.a_new_participant("評価一").await;
    let p = person["id"].as_str().unwrap().to_owned();
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let first = cohorts[0]["starts_on"].as_str().unwrap().to_owned();
    let year = fiscal_year(&first);

    // Scheduled but not yet attended: referred, not started.
    let (status, program) = app
        .post(
            &format!("/api/v1/participants/{p}/sessions"),
            Some(&therapist),
            json!({"first_date": first}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{program}");
    let before = figures(&app, &admin, year).await;

    // Session 1 attended: the person has started and the program runs.
    let (status, _) = app
        .request(
            Method::PATCH,
            &format!("/api/v1/participants/{p}/sessions/1"),
            Some(&therapist),
            Some(json!({"attendance": "attended"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let started = figures(&app, &admin, year).await;
    let f = |r: &Value, k: &str| n(&r["funnel"][k]);
    assert_eq!(f(&started, "referred"), f(&before, "referred"));
    assert_eq!(f(&started, "started"), f(&before, "started") + 1);
    assert_eq!(f(&started, "ongoing"), f(&before, "ongoing") + 1);
    assert_eq!(
        f(&started, "not_yet_started"),
        f(&before, "not_yet_started") - 1
    );
    assert_eq!(f(&started, "closed"), f(&before, "closed"));

    // Stopped after the start (moved away): one more discontinuation, closed, with its reason.
    let (status, body) = app
        .post(
            &format!("/api/v1/participants/{p}/discontinuation"),
            Some(&therapist),
            json!({"reason": "moved", "note": ""}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let after = figures(&app, &admin, year).await;
    assert_eq!(f(&after, "ongoing"), f(&started, "ongoing") - 1);
    assert_eq!(f(&after, "discontinued"), f(&started, "discontinued") + 1);
    assert_eq!(f(&after, "closed"), f(&started, "closed") + 1);
    let (was, now) = (
        figure(&started, "discontinued_rate"),
        figure(&after, "discontinued_rate"),
    );
    assert_eq!(n(&now["numerator"]), n(&was["numerator"]) + 1);
    assert_eq!(n(&now["denominator"]), n(&was["denominator"]) + 1);
    assert_eq!(
        n(&now["numerator"]) + n(&figure(&after, "completed_rate")["numerator"]),
        n(&now["denominator"]),
        "中断 + 修了 = 利用終了"
    );
    assert!(now["rule"].as_str().unwrap().contains("中断率"));
    assert_eq!(
        reason_count(&after, "転居"),
        reason_count(&started, "転居") + 1
    );
    // The three shares of an indicator add up to its denominator.
    for indicator in after["indicators"].as_array().unwrap() {
        let parts: i64 = ["improved", "maintained", "worsened"]
            .iter()
            .map(|k| n(&indicator[k]["numerator"]))
            .sum();
        assert_eq!(
            parts,
            n(&indicator["improved"]["denominator"]),
            "{indicator}"
        );
    }

    // Where people went, at 3, 6 and 12 months: each headline over the recorded follow-ups.
    let months: Vec<i64> = after["destinations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| n(&d["months"]))
        .collect();
    assert_eq!(months, vec![3, 6, 12]);
    for d in after["destinations"].as_array().unwrap() {
        let listed: i64 = d["statuses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| n(&s["count"]))
            .sum();
        assert_eq!(listed, n(&d["done"]), "{d}");
        assert_eq!(n(&d["community"]["denominator"]), n(&d["done"]));
        assert!(
            n(&d["community"]["numerator"]) + n(&d["care_or_medical"]["numerator"])
                <= n(&d["done"])
        );
    }

    // The settings shown beside the figures are the municipality's own (B/D counted by default).
    assert!(after["settings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s.as_str().unwrap().contains("卒業に数えます")));

    // Counts only: nobody is named.
    assert!(!after.to_string().contains("評価一"));
    assert!(!after.to_string().contains(&p));

    // The CSV says the same for Excel.
    let res = app
        .client
        .get(format!(
            "{}/api/v1/evaluation/csv?fiscal_year={year}",
            app.url
        ))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let bytes = res.bytes().await.unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "UTF-8 with BOM");
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("\"中断率\""))
        .expect("a line for 中断率");
    assert!(
        line.contains(&format!(",{},{},", now["numerator"], now["denominator"])),
        "{line}"
    );
}

#[actix_web::test]
async fn a_year_out_of_range_and_another_towns_cohort_are_refused() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let (status, _) = app.get("/api/v1/evaluation?fiscal_year=1800", &admin).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let other = app.token(OTHER_TOWN).await;
    let (_, cohorts) = app.get("/api/v1/cohorts", &other).await;
    let theirs = cohorts[0]["id"].as_str().unwrap();
    let (status, _) = app
        .get(&format!("/api/v1/evaluation?cohort_id={theirs}"), &admin)
        .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "another town's cohort is not ours"
    );
    // The therapist may not read the municipality's figures.
    let therapist = app.token(THERAPIST).await;
    let (status, _) = app.get("/api/v1/evaluation", &therapist).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
