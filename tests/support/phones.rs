//! Phones for load: the demo therapist enrolls `count` phones over the demo's enrolled
//! people, in turn, through the real API. Shared by the crash test and the benchmarks.

use serde_json::{json, Value};

pub struct Phones {
    /// The demo's enrolled people (the benchmarks' raw inserts use them; the crash test not).
    #[allow(dead_code)]
    pub people: Vec<String>,
    /// Per phone: the person it belongs to and its access token.
    pub phones: Vec<(String, String)>,
}

pub async fn enroll_demo_phones(client: &reqwest::Client, url: &str, count: usize) -> Phones {
    let call = |req: reqwest::RequestBuilder| async move {
        req.send()
            .await
            .expect("the server answers")
            .json::<Value>()
            .await
            .expect("a JSON answer")
    };
    let login = call(client.post(format!("{url}/api/v1/auth/login")).json(
        &json!({"email": "therapist@hidamari.example", "password": dekita::db::demo::PASSWORD}),
    ))
    .await;
    let therapist = login["access_token"]
        .as_str()
        .expect("signed in")
        .to_owned();
    let listed = call(
        client
            .get(format!("{url}/api/v1/participants"))
            .bearer_auth(&therapist),
    )
    .await;
    let people: Vec<String> = listed
        .as_array()
        .expect("a list")
        .iter()
        .filter(|p| p["status"] == "enrolled")
        .map(|p| p["id"].as_str().expect("an id").to_owned())
        .collect();
    let mut phones = Vec::with_capacity(count);
    for i in 0..count {
        let person = &people[i % people.len()];
        let code = call(
            client
                .post(format!(
                    "{url}/api/v1/participants/{person}/enrollment-codes"
                ))
                .bearer_auth(&therapist)
                .json(&json!({})),
        )
        .await;
        let session = call(
            client
                .post(format!("{url}/api/v1/enroll"))
                .json(&json!({"code": code["code"], "device_label": format!("端末{i}")})),
        )
        .await;
        let token = session["access_token"]
            .as_str()
            .expect("enrolled")
            .to_owned();
        phones.push((person.clone(), token));
    }
    Phones { people, phones }
}
