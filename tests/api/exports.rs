//! The FHIR R4 export through real HTTP on a real database: the municipality's administrator
//! gets a `collection` Bundle whose references all resolve inside it, one Patient per person
//! of the cohort, audited per person; a therapist is refused and another municipality's
//! administrator gets nothing.

use std::collections::{HashMap, HashSet};

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::*;

struct Export {
    status: StatusCode,
    content_type: String,
    people: Option<i64>,
    body: String,
}

async fn export(app: &TestApp, query: &str, token: &str) -> Export {
    let res = app
        .client
        .get(format!("{}/api/v1/exports/fhir?{query}", app.url))
        .bearer_auth(token)
        .send()
        .await
        .expect("the server answers");
    let header = |name: &str| {
        res.headers()
            .get(name)
            .map(|v| v.to_str().unwrap().to_owned())
    };
    let content_type = header("content-type").unwrap_or_default();
    let people = header("x-export-people").map(|v| v.parse().unwrap());
    let status = res.status();
    Export {
        status,
        content_type,
        people,
        body: res.text().await.expect("a body"),
    }
}

/// Every `reference` anywhere in a value.
fn references(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "reference" {
                    if let Some(r) = v.as_str() {
                        out.push(r.to_owned());
                    }
                }
                references(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| references(i, out)),
        _ => {}
    }
}

/// Parses the Bundle and checks what holds for every export: collection, unique fullUrls,
/// every reference resolving inside it. Answers the count of each resource type.
fn check_bundle(body: &str) -> (Value, HashMap<String, usize>) {
    let bundle: Value = serde_json::from_str(body).expect("the Bundle is JSON");
    assert_eq!(bundle["resourceType"], "Bundle");
    assert_eq!(bundle["type"], "collection");
    let entries = bundle["entry"].as_array().expect("entries");
    let urls: HashSet<&str> = entries
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    assert_eq!(urls.len(), entries.len(), "every fullUrl once (bdl-7)");
    let mut counts = HashMap::new();
    for e in entries {
        let url = e["fullUrl"].as_str().unwrap();
        assert!(url.starts_with("urn:uuid:"), "{url}");
        assert_eq!(
            url.trim_start_matches("urn:uuid:"),
            e["resource"]["id"].as_str().unwrap()
        );
        assert!(e.get("request").is_none(), "bdl-3");
        let mut refs = Vec::new();
        references(&e["resource"], &mut refs);
        for r in refs {
            assert!(
                urls.contains(r.as_str()),
                "dangling {r} in {}",
                e["resource"]
            );
        }
        *counts
            .entry(e["resource"]["resourceType"].as_str().unwrap().to_owned())
            .or_insert(0) += 1;
    }
    (bundle, counts)
}

#[actix_web::test]
async fn the_administrator_exports_a_cohort_as_a_bundle_whose_references_all_resolve() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let (_, cohorts) = app.get("/api/v1/cohorts", &admin).await;
    let mut total_people = 0;
    let mut seen = HashMap::<String, usize>::new();
    for cohort in cohorts.as_array().unwrap() {
        let id = cohort["id"].as_str().unwrap();
        let out = export(&app, &format!("cohort={id}"), &admin).await;
        assert_eq!(out.status, StatusCode::OK, "{}", out.body);
        assert!(
            out.content_type.starts_with("application/fhir+json"),
            "{}",
            out.content_type
        );
        let (_, counts) = check_bundle(&out.body);
        let people = out.people.expect("X-Export-People");
        assert_eq!(counts.get("Patient").copied().unwrap_or(0) as i64, people);
        assert_eq!(counts["Questionnaire"], 2);
        assert!(counts["Organization"] >= 1);
        total_people += people;
        for (k, v) in counts {
            *seen.entry(k).or_default() += v;
        }
    }
    assert!(total_people > 0, "the demo's cohorts have people");
    // The demo shows every kind of resource the export makes.
    for kind in [
        "Patient",
        "Organization",
        "Practitioner",
        "PractitionerRole",
        "EpisodeOfCare",
        "Encounter",
        "Goal",
        "Observation",
        "QuestionnaireResponse",
        "Consent",
        "ServiceRequest",
        "Task",
    ] {
        assert!(
            seen.get(kind).copied().unwrap_or(0) > 0,
            "no {kind} in {seen:?}"
        );
    }

    // Every person of every cohort was recorded as exported.
    let (status, audit) = app
        .get("/api/v1/audit?action=fhir.export&limit=1000", &admin)
        .await;
    assert_eq!(status, StatusCode::OK, "{audit}");
    let people: Vec<&Value> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "fhir.export")
        .collect();
    assert!(people.len() as i64 >= total_people, "{audit}");
    assert!(people.iter().all(|e| e["participant_id"].is_string()));
    assert!(audit
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "fhir.export_cohort"));
}

#[actix_web::test]
async fn one_person_is_exported_with_their_names_in_kanji_and_kana() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let therapist = app.token(THERAPIST).await;
    let person = app.a_participant(&therapist).await;
    let id = person["id"].as_str().unwrap();
    let out = export(&app, &format!("participant={id}"), &admin).await;
    assert_eq!(out.status, StatusCode::OK, "{}", out.body);
    assert_eq!(out.people, Some(1));
    let (bundle, counts) = check_bundle(&out.body);
    assert_eq!(counts["Patient"], 1);
    let patient = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == "Patient")
        .unwrap();
    assert_eq!(patient["identifier"][0]["value"], id);
    assert_eq!(patient["name"][0]["family"], person["family_name"]);
    assert_eq!(patient["name"][1]["family"], person["family_name_kana"]);
    assert_eq!(
        patient["name"][1]["extension"][0]["valueCode"], "SYL",
        "kana"
    );
    // One entry per line: the browser counts them as they arrive.
    let lines = out
        .body
        .lines()
        .filter(|l| l.starts_with("{\"fullUrl\""))
        .count();
    assert_eq!(lines, bundle["entry"].as_array().unwrap().len());
    let (_, audit) = app
        .get(&format!("/api/v1/audit?participant_id={id}"), &admin)
        .await;
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "fhir.export"),
        "{audit}"
    );
}

#[actix_web::test]
async fn a_therapist_is_refused_and_another_municipality_gets_nothing() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let therapist = app.token(THERAPIST).await;
    let person = app.a_participant(&therapist).await;
    let id = person["id"].as_str().unwrap().to_owned();
    let (_, cohorts) = app.get("/api/v1/cohorts", &admin).await;
    let cohort = cohorts[0]["id"].as_str().unwrap().to_owned();

    for query in [format!("participant={id}"), format!("cohort={cohort}")] {
        let out = export(&app, &query, &therapist).await;
        assert_eq!(out.status, StatusCode::FORBIDDEN, "{}", out.body);
        assert!(!out.body.contains(&id));
    }

    // となり町's administrator (its therapist made one, behind the API).
    {
        use dekita::db::schema::staff;
        use diesel::prelude::*;
        let db = app.database();
        let mut conn = db.conn().unwrap();
        let changed = diesel::update(staff::table.filter(staff::email.eq(OTHER_TOWN)))
            .set(staff::role.eq("municipality_admin"))
            .execute(&mut *conn)
            .unwrap();
        assert_eq!(changed, 1);
    }
    let other = app.token(OTHER_TOWN).await;
    let (_, me) = app.get("/api/v1/me", &other).await;
    assert!(me.to_string().contains("\"export_fhir\""), "{me}");
    for query in [format!("participant={id}"), format!("cohort={cohort}")] {
        let out = export(&app, &query, &other).await;
        assert_eq!(out.status, StatusCode::NOT_FOUND, "{}", out.body);
        assert!(!out.body.contains(&id));
        assert!(!out.body.contains("Patient"));
    }

    // One of the two, and only one.
    for query in [String::new(), format!("participant={id}&cohort={cohort}")] {
        let out = export(&app, &query, &admin).await;
        assert_eq!(out.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", out.body);
    }
}
