//! The pseudonymised person-level file behind the outcome figures, through real HTTP on the
//! demo: one line per enrollment the figures counted, agreeing with the figures line by line;
//! no name, kana, birth date or dekita id in it; the same 仮ID for a person on every download;
//! for the municipality only, and audited.

use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::helpers::*;

async fn csv(app: &TestApp, token: &str, year: i32) -> (StatusCode, String) {
    let (status, body) = app
        .request(
            Method::GET,
            &format!("/api/v1/evaluation/people.csv?fiscal_year={year}"),
            Some(token),
            None,
        )
        .await;
    (
        status,
        body.as_str()
            .map(str::to_owned)
            .unwrap_or_else(|| body.to_string()),
    )
}

/// The file's lines as cells (every cell is quoted; none of these holds a comma or a quote).
fn rows(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(text.starts_with('\u{feff}'), "UTF-8 with BOM");
    assert!(text.ends_with("\r\n"));
    let mut lines = text
        .trim_start_matches('\u{feff}')
        .trim_end_matches("\r\n")
        .split("\r\n")
        .map(|l| {
            l.split(',')
                .map(|c| c.trim_matches('"').to_owned())
                .collect::<Vec<_>>()
        });
    let header = lines.next().unwrap();
    (header, lines.collect())
}

fn num(v: &Value) -> usize {
    n(v) as usize
}

#[actix_web::test]
async fn the_person_level_file_agrees_with_the_figures_and_names_nobody() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let (_, cohorts) = app.get("/api/v1/cohorts", &admin).await;
    let years: std::collections::BTreeSet<i32> = cohorts
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let d = c["starts_on"].as_str().unwrap();
            let (y, m): (i32, u32) = (d[0..4].parse().unwrap(), d[5..7].parse().unwrap());
            if m >= 4 {
                y
            } else {
                y - 1
            }
        })
        .collect();
    let (_, people) = app.get("/api/v1/participants", &admin).await;
    let people = people.as_array().unwrap().clone();
    assert!(people.len() > 5);
    let mut lines_seen = 0;
    for year in years {
        let (status, report) = app
            .get(&format!("/api/v1/evaluation?fiscal_year={year}"), &admin)
            .await;
        assert_eq!(status, StatusCode::OK);
        let (status, text) = csv(&app, &admin, year).await;
        assert_eq!(status, StatusCode::OK, "{text}");
        let (header, lines) = rows(&text);
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let count =
            |name: &str, value: &str| lines.iter().filter(|l| l[col(name)] == value).count();
        let funnel = &report["funnel"];
        assert_eq!(
            lines.len(),
            num(&funnel["referred"]),
            "one line per enrollment counted in {year}"
        );
        assert_eq!(count("状況", "修了"), num(&funnel["completed"]));
        assert_eq!(count("状況", "中断"), num(&funnel["discontinued"]));
        assert_eq!(
            count("状況", "開始前に辞退"),
            num(&funnel["declined_before_start"])
        );
        assert_eq!(count("状況", "利用中"), num(&funnel["ongoing"]));
        assert!(lines.iter().all(|l| l[col("年度")] == year.to_string()));
        let reasons: usize = report["discontinued_by_reason"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                // Each reason's 中断 lines are exactly the figure's count for it.
                let reason = r["reason"].as_str().unwrap();
                let lines_with = lines
                    .iter()
                    .filter(|l| l[col("状況")] == "中断" && l[col("中断の理由")] == reason)
                    .count();
                assert_eq!(lines_with, num(&r["count"]), "{reason}");
                num(&r["count"])
            })
            .sum();
        assert_eq!(reasons, num(&funnel["discontinued"]));
        // The 修了 lines with a recorded outcome are the graduation rate's counted finishers.
        let rate = figure(&report, "graduation_rate");
        let reviewed = lines
            .iter()
            .filter(|l| l[col("状況")] == "修了" && l[col("卒業の判定")] != "未記入")
            .count();
        assert_eq!(reviewed, num(&rate["denominator"]), "{rate}");
        assert_eq!(
            count("状況", "修了") - reviewed,
            num(&rate["missing"]),
            "finishers without a review are the missing ones"
        );
        // Nobody is named: no name, kana or id of anyone in the municipality.
        for p in &people {
            for key in [
                "family_name",
                "given_name",
                "family_name_kana",
                "given_name_kana",
                "id",
            ] {
                let v = p[key]
                    .as_str()
                    .unwrap_or_else(|| panic!("the list gives {key}: {p}"));
                assert!(!text.contains(v), "{key} of a person appears in the file");
            }
        }
        // No day at all (a birth date, a start date) is in it.
        assert!(lines
            .iter()
            .flatten()
            .all(|c| chrono::NaiveDate::parse_from_str(c, "%Y-%m-%d").is_err()));
        // 仮IDs: one per line, and the same on the next download.
        let ids: std::collections::BTreeSet<&String> =
            lines.iter().map(|l| &l[col("仮ID")]).collect();
        assert_eq!(ids.len(), lines.len());
        let (_, again) = csv(&app, &admin, year).await;
        let (_, again) = rows(&again);
        let again: std::collections::BTreeSet<&String> = again
            .iter()
            .map(|l| &l[col("仮ID")])
            .collect::<Vec<_>>()
            .into_iter()
            .collect();
        assert_eq!(
            ids.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            again.iter().map(|s| s.as_str()).collect::<Vec<_>>()
        );
        assert!(lines.iter().all(|l| l[col("開始時の年齢")].ends_with('歳')));
        lines_seen += lines.len();
    }
    assert!(lines_seen > 5, "the demo's years hold people: {lines_seen}");

    // The municipality's only; audited.
    let therapist = app.token(THERAPIST).await;
    let (status, _) = csv(&app, &therapist, 2026).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, audit) = app
        .get("/api/v1/audit?action=evaluation.export_people", &admin)
        .await;
    assert!(!audit.as_array().unwrap().is_empty(), "{audit}");
}
