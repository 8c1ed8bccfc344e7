//! Phones for load, enrolled through the real API by the demo therapist: `count` phones over
//! the demo's enrolled people in turn, or one phone for each of a list of people. Shared by the
//! crash test and the benchmarks.

use serde_json::{json, Value};

pub struct Phones {
    /// The demo's enrolled people (the benchmarks' raw inserts use them; the crash test not).
    #[allow(dead_code)]
    pub people: Vec<String>,
    /// Per phone: the person it belongs to and its access token.
    pub phones: Vec<(String, String)>,
}

/// One phone for each of `people` (whom the demo therapist sees), through the real API; their
/// access tokens in the same order.
#[allow(dead_code)]
pub async fn enroll_phones_for(
    client: &reqwest::Client,
    url: &str,
    people: &[String],
) -> Vec<String> {
    let therapist = therapist_token(client, url).await;
    let mut tokens = Vec::with_capacity(people.len());
    for (i, person) in people.iter().enumerate() {
        tokens.push(enroll_one(client, url, &therapist, person, i).await);
    }
    tokens
}

async fn call(req: reqwest::RequestBuilder) -> Value {
    req.send()
        .await
        .expect("the server answers")
        .json::<Value>()
        .await
        .expect("a JSON answer")
}

async fn therapist_token(client: &reqwest::Client, url: &str) -> String {
    let login = call(client.post(format!("{url}/api/v1/auth/login")).json(
        &json!({"email": "therapist@hidamari.example", "password": dekita::db::demo::PASSWORD}),
    ))
    .await;
    login["access_token"]
        .as_str()
        .expect("signed in")
        .to_owned()
}

async fn enroll_one(
    client: &reqwest::Client,
    url: &str,
    therapist: &str,
    person: &str,
    i: usize,
) -> String {
    let code = call(
        client
            .post(format!(
                "{url}/api/v1/participants/{person}/enrollment-codes"
            ))
            .bearer_auth(therapist)
            .json(&json!({})),
    )
    .await;
    let session = call(
        client
            .post(format!("{url}/api/v1/enroll"))
            .json(&json!({"code": code["code"], "device_label": format!("端末{i}")})),
    )
    .await;
    session["access_token"]
        .as_str()
        .expect("enrolled")
        .to_owned()
}

pub async fn enroll_demo_phones(client: &reqwest::Client, url: &str, count: usize) -> Phones {
    let therapist = therapist_token(client, url).await;
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
        let token = enroll_one(client, url, &therapist, person, i).await;
        phones.push((person.clone(), token));
    }
    Phones { people, phones }
}
