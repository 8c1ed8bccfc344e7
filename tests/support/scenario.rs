//! Tests that read like the program: scenario builders on `TestApp` ("a person three weeks
//! into the program, with a plan and a phone") and a small typed client that reads answers
//! into the server's own wire types, with every address written once, here.

use chrono::{Days, NaiveDate, NaiveDateTime};
use dekita::domain::ids::ParticipantId;
use dekita::wire::daily::{Changes, PlanItem, Prescription};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use crate::helpers::{TestApp, THERAPIST};

/// The addresses of the API, built in one place.
pub mod paths {
    use dekita::domain::ids::ParticipantId;

    pub fn participant(id: &ParticipantId) -> String {
        format!("/api/v1/participants/{id}")
    }
    pub fn sessions(id: &ParticipantId) -> String {
        format!("{}/sessions", participant(id))
    }
    pub fn prescriptions(id: &ParticipantId) -> String {
        format!("{}/prescriptions", participant(id))
    }
    pub fn recognitions(id: &ParticipantId) -> String {
        format!("{}/recognitions", participant(id))
    }
    pub const MY_EVENTS: &str = "/api/v1/me/events";
    pub const MY_CHANGES: &str = "/api/v1/me/changes";
}

/// A plan item, as a therapist prescribes it.
pub fn plan_item(exercise: &str, amount: u32, sets: u32, days_per_week: u32) -> PlanItem {
    PlanItem {
        exercise: exercise.to_owned(),
        amount,
        sets,
        days_per_week,
    }
}

/// Someone signed in (a staff member or a phone), asking through the typed client.
pub struct Client<'a> {
    app: &'a TestApp,
    pub token: String,
}

impl TestApp {
    /// The server's today (Japan), from its clock (see `TestApp::builder().today(…)`).
    pub fn today(&self) -> NaiveDate {
        self.state.clock.today()
    }

    /// A new person in the demo cohort, registered by the care manager; say what else they
    /// have, then `create()`.
    pub fn participant(&self) -> PersonBuilder<'_> {
        PersonBuilder {
            app: self,
            family_name: "日課".to_owned(),
            weeks_ago: None,
            plan: Vec::new(),
            phone: false,
        }
    }

    /// The typed client of whoever holds `token`.
    pub fn as_user(&self, token: &str) -> Client<'_> {
        Client {
            app: self,
            token: token.to_owned(),
        }
    }

    /// The demo therapist, signed in.
    pub async fn therapist(&self) -> Client<'_> {
        let token = self.token(THERAPIST).await;
        self.as_user(&token)
    }
}

pub struct PersonBuilder<'a> {
    app: &'a TestApp,
    family_name: String,
    weeks_ago: Option<u64>,
    plan: Vec<PlanItem>,
    phone: bool,
}

/// A person the scenario made, with the therapist who looks after them and, when asked for,
/// their phone.
pub struct Person<'a> {
    pub id: ParticipantId,
    pub therapist: Client<'a>,
    pub phone: Option<Client<'a>>,
}

impl Person<'_> {
    /// The person's phone (the scenario must have said `with_phone()`).
    pub fn phone(&self) -> &Client<'_> {
        self.phone.as_ref().expect("a person made with_phone()")
    }
}

impl<'a> PersonBuilder<'a> {
    pub fn named(mut self, family_name: &str) -> Self {
        self.family_name = family_name.to_owned();
        self
    }

    /// Enrolled: the twelve sessions scheduled from this many weeks before the server's today.
    pub fn enrolled_weeks_ago(mut self, weeks: u64) -> Self {
        self.weeks_ago = Some(weeks);
        self
    }

    /// A prescription starting the day they were enrolled (or today).
    pub fn with_plan(mut self, items: Vec<PlanItem>) -> Self {
        self.plan = items;
        self
    }

    /// A phone bound with a one-time code.
    pub fn with_phone(mut self) -> Self {
        self.phone = true;
        self
    }

    pub async fn create(self) -> Person<'a> {
        let app = self.app;
        let person = app.a_new_participant(&self.family_name).await;
        let id = ParticipantId::from(person["id"].as_str().expect("an id"));
        let therapist = app.therapist().await;
        let first = self.weeks_ago.map(|w| app.today() - Days::new(7 * w));
        if let Some(first) = first {
            let _: Value = therapist
                .post(&paths::sessions(&id), &json!({ "first_date": first }))
                .await;
        }
        if !self.plan.is_empty() {
            therapist
                .prescribe(&id, first.unwrap_or(app.today()), self.plan, "")
                .await;
        }
        let phone = if self.phone {
            let session = app.enroll_phone(&therapist.token, id.as_str()).await;
            Some(app.as_user(session["access_token"].as_str().expect("a token")))
        } else {
            None
        };
        Person {
            id,
            therapist,
            phone,
        }
    }
}

impl Client<'_> {
    /// Any request: the status and the body as JSON (for what a test expects to be refused).
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        self.app
            .request(method, path, Some(&self.token), body)
            .await
    }

    /// A GET that must succeed, read into the server's own type.
    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> T {
        let (status, body) = self.send(Method::GET, path, None).await;
        assert!(status.is_success(), "GET {path}: {status} {body}");
        serde_json::from_value(body).expect("the answer reads into the server's type")
    }

    /// A POST that must succeed, read into the server's own type.
    pub async fn post<T: DeserializeOwned>(&self, path: &str, body: &impl serde::Serialize) -> T {
        let body = serde_json::to_value(body).expect("a JSON body");
        let (status, answer) = self.send(Method::POST, path, Some(body)).await;
        assert!(status.is_success(), "POST {path}: {status} {answer}");
        serde_json::from_value(answer).expect("the answer reads into the server's type")
    }

    // --- the therapist ---

    pub async fn prescribe(
        &self,
        id: &ParticipantId,
        starts_on: NaiveDate,
        items: Vec<PlanItem>,
        note: &str,
    ) -> Prescription {
        self.post(
            &paths::prescriptions(id),
            &json!({ "starts_on": starts_on, "items": items, "note": note }),
        )
        .await
    }

    pub async fn prescriptions(&self, id: &ParticipantId) -> Vec<Prescription> {
        self.get(&paths::prescriptions(id)).await
    }

    pub async fn recognize(&self, id: &ParticipantId, message: &str) {
        let _: Value = self
            .post(&paths::recognitions(id), &json!({ "message": message }))
            .await;
    }

    // --- the phone ---

    /// Records exercises done on these days, as the phone sends them.
    pub async fn record_exercise_done(&self, exercise: &str, days: &[NaiveDate]) {
        let events: Vec<Value> = days
            .iter()
            .map(|day| {
                json!({"client_id": uuid::Uuid::now_v7().to_string(), "kind": "exercise_done",
                    "local_date": day, "data": {"exercise": exercise, "amount": 10}})
            })
            .collect();
        let _: Value = self
            .post(paths::MY_EVENTS, &json!({ "events": events }))
            .await;
    }

    /// What the phone pulls, since a cursor it was given (or everything).
    pub async fn changes(&self, since: Option<NaiveDateTime>) -> Changes {
        match since {
            None => self.get(paths::MY_CHANGES).await,
            Some(t) => {
                let cursor = dekita::utc::format(&t);
                self.get(&format!("{}?since={cursor}", paths::MY_CHANGES))
                    .await
            }
        }
    }
}

// --- the exit: demo people, coordinators and their handoffs ---

/// The exit's addresses.
pub mod exit_paths {
    use dekita::domain::ids::{HandoffId, ParticipantId, PlaceId};

    use super::paths::participant;

    pub const COORDINATORS: &str = "/api/v1/coordinators";
    pub const INBOX: &str = "/api/v1/handoffs";
    pub const PLACES: &str = "/api/v1/places";

    pub fn graduation(id: &ParticipantId) -> String {
        format!("{}/graduation", participant(id))
    }
    pub fn consents(id: &ParticipantId) -> String {
        format!("{}/consents", participant(id))
    }
    pub fn handoffs(id: &ParticipantId) -> String {
        format!("{}/handoffs", participant(id))
    }
    pub fn handoff(id: &HandoffId) -> String {
        format!("{INBOX}/{id}")
    }
    pub fn handoff_state(id: &HandoffId) -> String {
        format!("{}/state", handoff(id))
    }
    pub fn suggestions(id: &HandoffId) -> String {
        format!("{}/suggestions", handoff(id))
    }
    pub fn place(id: &PlaceId) -> String {
        format!("{PLACES}/{id}")
    }
}

impl TestApp {
    /// A person of the demo, found by family name (as the demo therapist sees them).
    pub async fn demo_person(&self, family_name: &str) -> ParticipantId {
        let list: Vec<Value> = self.therapist().await.get("/api/v1/participants").await;
        list.iter()
            .find(|p| p["family_name"] == family_name)
            .and_then(|p| p["id"].as_str())
            .map(ParticipantId::from)
            .unwrap_or_else(|| panic!("the demo has {family_name}"))
    }

    /// The demo's 生活支援コーディネーター, signed in.
    pub async fn coordinator(&self) -> Client<'_> {
        let token = self.token(crate::helpers::COORDINATOR).await;
        self.as_user(&token)
    }

    /// Another coordinator of the demo municipality (optionally in a team), signed in.
    pub async fn another_coordinator(&self, email: &str, team: Option<&str>) -> Client<'_> {
        let role = dekita::domain::role::Role::Coordinator;
        self.another_staff(email, role, "別の コーディネーター", team)
            .await
    }

    /// Another 地域包括支援センター user of the demo municipality, signed in.
    pub async fn another_houkatsu_user(&self, email: &str) -> Client<'_> {
        let role = dekita::domain::role::Role::CareManager;
        self.another_staff(email, role, "別の 包括職員", None).await
    }

    /// Another staff member of the demo municipality (a coordinator optionally in a team).
    async fn another_staff(
        &self,
        email: &str,
        role: dekita::domain::role::Role,
        name: &str,
        team: Option<&str>,
    ) -> Client<'_> {
        use dekita::db::schema::{coordinator_teams, staff};
        use diesel::prelude::*;
        let db = self.database();
        let mut conn = db.conn().expect("a connection");
        let (municipality, hash): (dekita::domain::ids::MunicipalityId, String) = staff::table
            .filter(staff::email.eq(crate::helpers::COORDINATOR))
            .select((staff::municipality_id, staff::password_hash))
            .first(&mut *conn)
            .expect("the demo coordinator");
        let new_id = dekita::db::staff::insert(
            &mut conn,
            &dekita::db::staff::NewStaff {
                municipality_id: &municipality,
                provider_id: None,
                role,
                name,
                email,
                password_hash: &hash,
            },
        )
        .expect("a new staff member");
        if let Some(team) = team {
            diesel::insert_into(coordinator_teams::table)
                .values((
                    coordinator_teams::staff_id.eq(&new_id),
                    coordinator_teams::team.eq(team),
                ))
                .execute(&mut *conn)
                .expect("their team");
        }
        let token = self.token(email).await;
        self.as_user(&token)
    }
}

impl Client<'_> {
    /// The first coordinator a staff member may name as a recipient.
    pub async fn first_coordinator(&self) -> dekita::domain::ids::StaffId {
        let list: Vec<Value> = self.get(exit_paths::COORDINATORS).await;
        dekita::domain::ids::StaffId::from(list[0]["staff_id"].as_str().expect("a coordinator"))
    }

    /// The coordinator's inbox, as JSON (tombstones and all).
    pub async fn inbox(&self) -> Value {
        self.get(exit_paths::INBOX).await
    }

    /// The first handoff of the coordinator's inbox that still reads (no tombstone) and is
    /// not yet connected.
    pub async fn open_handoff(&self) -> dekita::domain::ids::HandoffId {
        let inbox = self.inbox().await;
        inbox
            .as_array()
            .expect("a list")
            .iter()
            .find(|i| i["tombstone"].is_null() && i["state"] != "connected")
            .and_then(|i| i["id"].as_str())
            .map(dekita::domain::ids::HandoffId::from)
            .expect("an open handoff in the inbox")
    }
}
