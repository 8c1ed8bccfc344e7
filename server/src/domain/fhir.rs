//! HL7 FHIR R4 (4.0.1) export: dekita's records as FHIR resources, and the `collection`
//! Bundle written entry by entry. Pure: the data layer hands in plain rows, this module answers
//! JSON values and writes them to any `Write`.
//!
//! Profiles and codes follow the project's interoperability notes: JP Core for Patient,
//! Organization, Practitioner and vital signs; LOINC where a code exists (30秒椅子立ち上がり
//! 66247-8, TUG 89423-8, GAS 107332-9 / 107333-7, body measurements, blood pressure), a local
//! CodeSystem under [`LOCAL`] otherwise; UCUM units. The 基本チェックリスト and the
//! 興味関心チェックシート are QuestionnaireResponses against dekita's own Questionnaires, which
//! the Bundle carries. Every reference is the `urn:uuid:` fullUrl of another entry, derived from
//! the record's kind and id, so the same record always gets the same fullUrl.

use std::io::{self, Write};

use chrono::{NaiveDate, NaiveDateTime};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use super::ids::ParticipantId;
use super::interest::{Mark, OtherMark};

/// The base of dekita's own CodeSystems, NamingSystems and Questionnaires (a placeholder the
/// municipality or vendor replaces with a URL it controls before production).
pub const LOCAL: &str = "https://dekita.example.jp/fhir";
pub const LOINC: &str = "http://loinc.org";
pub const UCUM: &str = "http://unitsofmeasure.org";
const JP_CORE: &str = "http://jpfhir.jp/fhir/core/StructureDefinition";
const NAME_REPRESENTATION: &str =
    "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";
const GAS_EXTENSION: &str =
    "http://hl7.org/fhir/us/pco/StructureDefinition/pco-goal-attainment-scaling";
const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const JP_OBSERVATION_CATEGORY: &str =
    "http://jpfhir.jp/fhir/core/CodeSystem/JP_SimpleObservationCategory_CS";
pub const KIHON_CHECKLIST: &str = "https://dekita.example.jp/fhir/Questionnaire/kihon-checklist";
pub const INTEREST_CHECKLIST: &str =
    "https://dekita.example.jp/fhir/Questionnaire/interest-checklist";
pub const QUESTIONNAIRE_VERSION: &str = "1.0.0";

/// The 25 questions of the 基本チェックリスト, worded as on the form.
pub const KIHON_QUESTIONS: [&str; 25] = [
    "バスや電車で1人で外出していますか",
    "日用品の買物をしていますか",
    "預貯金の出し入れをしていますか",
    "友人の家を訪ねていますか",
    "家族や友人の相談にのっていますか",
    "階段を手すりや壁をつたわずに昇っていますか",
    "椅子に座った状態から何もつかまらずに立ち上がっていますか",
    "15分位続けて歩いていますか",
    "この1年間に転んだことがありますか",
    "転倒に対する不安は大きいですか",
    "6ヵ月間で2〜3kg以上の体重減少がありましたか",
    "BMI（体重kg÷身長m÷身長m）が18.5未満ですか",
    "半年前に比べて固いものが食べにくくなりましたか",
    "お茶や汁物等でむせることがありますか",
    "口の渇きが気になりますか",
    "週に1回以上は外出していますか",
    "昨年と比べて外出の回数が減っていますか",
    "周りの人から「いつも同じ事を聞く」などの物忘れがあると言われますか",
    "自分で電話番号を調べて、電話をかけることをしていますか",
    "今日が何月何日かわからない時がありますか",
    "（ここ2週間）毎日の生活に充実感がない",
    "（ここ2週間）これまで楽しんでやれていたことが楽しめなくなった",
    "（ここ2週間）以前は楽にできていたことが今ではおっくうに感じられる",
    "（ここ2週間）自分が役に立つ人間だと思えない",
    "（ここ2週間）わけもなく疲れたような感じがする",
];

/// The `urn:uuid:` of a record: a name-based UUID (RFC 9562 version 8 layout) from the
/// record's kind and id, so an export names the same record the same way every time.
pub fn urn(kind: &str, key: &str) -> String {
    let digest = Sha256::new()
        .chain_update(b"dekita-fhir\0")
        .chain_update(kind.as_bytes())
        .chain_update(b"\0")
        .chain_update(key.as_bytes())
        .finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    format!("urn:uuid:{}", uuid::Uuid::from_bytes(bytes).hyphenated())
}

/// One entry of the Bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub full_url: String,
    pub resource: Value,
}

impl Entry {
    /// The entry of a resource of `kind` for the record `key`; the resource's `id` is the
    /// UUID of its fullUrl.
    fn new(kind: &str, key: &str, resource: Value) -> Entry {
        let full_url = urn(kind, key);
        let mut resource = resource;
        if let Value::Object(map) = &mut resource {
            let mut ordered = Map::new();
            ordered.insert("resourceType".into(), Value::String(kind.into()));
            ordered.insert(
                "id".into(),
                Value::String(full_url.trim_start_matches("urn:uuid:").into()),
            );
            for (k, v) in std::mem::take(map) {
                ordered.insert(k, v);
            }
            *map = ordered;
        }
        Entry { full_url, resource }
    }

    pub fn resource_type(&self) -> &str {
        self.resource["resourceType"].as_str().unwrap_or_default()
    }
}

fn reference(kind: &str, key: &str) -> Value {
    json!({ "reference": urn(kind, key) })
}

fn coding(system: &str, code: &str, display: &str) -> Value {
    json!({ "system": system, "code": code, "display": display })
}

fn concept(system: &str, code: &str, display: &str) -> Value {
    json!({ "coding": [coding(system, code, display)], "text": display })
}

fn local(system: &str) -> String {
    format!("{LOCAL}/CodeSystem/{system}")
}

fn quantity(value: f64, unit: &str, code: &str) -> Value {
    json!({ "value": value, "unit": unit, "system": UCUM, "code": code })
}

/// A stored UTC instant as an R4 dateTime in Japan time.
pub fn instant(at: NaiveDateTime) -> String {
    (at + chrono::Duration::hours(9))
        .format("%Y-%m-%dT%H:%M:%S+09:00")
        .to_string()
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn period(start: Option<NaiveDate>, end: Option<NaiveDate>) -> Value {
    let mut p = Map::new();
    if let Some(s) = start {
        p.insert("start".into(), day(s).into());
    }
    if let Some(e) = end {
        p.insert("end".into(), day(e).into());
    }
    Value::Object(p)
}

// ---------------------------------------------------------------------------------------
// The records the data layer hands in.

pub struct Municipality<'a> {
    pub id: &'a str,
    pub code: &'a str,
    pub name: &'a str,
}

pub struct Provider<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub address: &'a str,
    pub phone: &'a str,
    pub municipality_id: &'a str,
}

pub struct StaffMember<'a> {
    pub id: &'a str,
    pub name: &'a str,
    /// The stored role (`therapist`, `coordinator`, …).
    pub role: &'a str,
    pub provider_id: Option<&'a str>,
    pub municipality_id: &'a str,
}

pub struct Person<'a> {
    pub id: &'a str,
    pub family_name: &'a str,
    pub given_name: &'a str,
    pub family_name_kana: &'a str,
    pub given_name_kana: &'a str,
    pub birth_date: NaiveDate,
    /// `female`, `male`, `other` or `unspecified`.
    pub sex: &'a str,
    pub municipality_id: &'a str,
}

pub struct Course<'a> {
    pub id: &'a str,
    pub participant_id: &'a ParticipantId,
    pub cohort_name: &'a str,
    pub provider_id: &'a str,
    /// `referred`, `enrolled`, `completed` or `discontinued`.
    pub status: &'a str,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
    pub discontinued_reason: Option<&'a str>,
}

pub struct Session<'a> {
    pub participant_id: &'a ParticipantId,
    pub enrollment_id: &'a str,
    pub provider_id: &'a str,
    pub number: i32,
    pub date: NaiveDate,
    /// `center` or `home`.
    pub kind: &'a str,
    /// `planned`, `attended` or `absent`.
    pub attendance: &'a str,
}

pub struct GoalRecord<'a> {
    pub id: &'a str,
    pub participant_id: &'a ParticipantId,
    /// `active` or `raised` (carried on by a higher goal).
    pub status: &'a str,
    pub text: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub updated_by: &'a str,
    pub gas: Option<i32>,
    pub performance_start: Option<i32>,
    pub satisfaction_start: Option<i32>,
    pub performance_end: Option<i32>,
    pub satisfaction_end: Option<i32>,
    /// The program is over for this person.
    pub course_over: bool,
}

pub struct Tests<'a> {
    pub participant_id: &'a ParticipantId,
    pub session_number: i32,
    /// The session's day, when the session is known.
    pub date: Option<NaiveDate>,
    pub recorded_at: NaiveDateTime,
    pub recorded_by: &'a str,
    pub chair_stand_30s: Option<i32>,
    pub tug_s: Option<f64>,
    pub one_leg_left_s: Option<f64>,
    pub one_leg_right_s: Option<f64>,
    pub five_sts_s: Option<f64>,
    pub gait_distance_m: Option<f64>,
    pub gait_time_s: Option<f64>,
    pub gait_speed_mps: Option<f64>,
}

pub struct Vitals<'a> {
    pub participant_id: &'a ParticipantId,
    pub session_number: i32,
    pub date: Option<NaiveDate>,
    pub recorded_at: NaiveDateTime,
    pub recorded_by: &'a str,
    pub systolic: Option<i32>,
    pub diastolic: Option<i32>,
    pub pulse: Option<i32>,
}

pub struct Screening<'a> {
    pub id: &'a str,
    pub participant_id: &'a ParticipantId,
    /// Item i+1: `Some(true)` for 「はい」.
    pub answers: Vec<Option<bool>>,
    pub height_cm: Option<f64>,
    pub weight_kg: Option<f64>,
    pub screened_at: NaiveDateTime,
    pub screened_by: &'a str,
}

pub struct InterestSheet<'a> {
    pub participant_id: &'a ParticipantId,
    /// `assessment` (導入時) or `graduation` (卒業時).
    pub phase: &'a str,
    pub filled_on: Option<NaiveDate>,
    pub updated_at: NaiveDateTime,
    pub updated_by: &'a str,
    pub items: Vec<Mark>,
    pub others: Vec<OtherMark>,
}

pub struct ConsentRecord<'a> {
    pub id: &'a str,
    pub participant_id: &'a ParticipantId,
    pub municipality_id: &'a str,
    pub purpose: &'a str,
    pub recipient_staff_id: Option<&'a str>,
    pub recipient_team: Option<&'a str>,
    pub parts: Vec<&'a str>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    /// `device`, `paper` or `proxy`.
    pub method: &'a str,
    /// `asked`, `given` or `withdrawn`.
    pub state: &'a str,
    pub wording_version: &'a str,
    pub created_at: NaiveDateTime,
    pub given_at: Option<NaiveDateTime>,
    pub withdrawn_at: Option<NaiveDateTime>,
}

pub struct Handoff<'a> {
    pub id: &'a str,
    pub participant_id: &'a ParticipantId,
    pub coordinator_id: &'a str,
    pub consent_id: &'a str,
    pub state: &'a str,
    pub reason: Option<&'a str>,
    pub note: &'a str,
    pub sent_on: NaiveDate,
    pub created_by: &'a str,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

pub struct FollowUp<'a> {
    pub id: &'a str,
    pub enrollment_id: &'a str,
    pub participant_id: &'a ParticipantId,
    pub months: i32,
    pub due_on: NaiveDate,
    pub assigned_staff_id: Option<&'a str>,
    pub done_on: Option<NaiveDate>,
    /// The derived status at the follow-up (`community`, `care_service`, …).
    pub status: Option<&'a str>,
    pub created_at: NaiveDateTime,
}

// ---------------------------------------------------------------------------------------
// Organizations and staff.

pub fn municipality(m: &Municipality) -> Entry {
    Entry::new(
        "Organization",
        m.id,
        json!({
            "meta": { "profile": [format!("{JP_CORE}/JP_Organization")] },
            "identifier": [
                { "system": format!("{LOCAL}/NamingSystem/municipality-code"), "value": m.code }
            ],
            "active": true,
            "type": [{ "coding": [coding(
                "http://terminology.hl7.org/CodeSystem/organization-type", "govt", "Government")] }],
            "name": m.name,
        }),
    )
}

pub fn provider(p: &Provider) -> Entry {
    let mut telecom = Vec::new();
    if !p.phone.is_empty() {
        telecom.push(json!({ "system": "phone", "value": p.phone }));
    }
    let mut r = json!({
        "meta": { "profile": [format!("{JP_CORE}/JP_Organization")] },
        "identifier": [{ "system": format!("{LOCAL}/NamingSystem/provider-id"), "value": p.id }],
        "active": true,
        "type": [{ "coding": [coding(
            "http://terminology.hl7.org/CodeSystem/organization-type", "prov",
            "Healthcare Provider")] }],
        "name": p.name,
        "partOf": reference("Organization", p.municipality_id),
    });
    if !telecom.is_empty() {
        r["telecom"] = Value::Array(telecom);
    }
    if !p.address.is_empty() {
        r["address"] = json!([{ "text": p.address }]);
    }
    Entry::new("Organization", p.id, r)
}

fn staff_role_display(role: &str) -> &'static str {
    match role {
        "therapist" => "リハビリテーション専門職",
        "nurse" => "看護職",
        "care_manager" => "地域包括支援センター職員",
        "coordinator" => "生活支援コーディネーター",
        "municipality_admin" => "市町村担当者",
        _ => "職員",
    }
}

/// A staff member as a Practitioner and their role at the provider (or the municipality).
pub fn staff(s: &StaffMember) -> [Entry; 2] {
    let practitioner = Entry::new(
        "Practitioner",
        s.id,
        json!({
            "meta": { "profile": [format!("{JP_CORE}/JP_Practitioner")] },
            "identifier": [{ "system": format!("{LOCAL}/NamingSystem/staff-id"), "value": s.id }],
            "name": [{
                "extension": [{ "url": NAME_REPRESENTATION, "valueCode": "IDE" }],
                "use": "official",
                "text": s.name,
            }],
        }),
    );
    let organization = match s.provider_id {
        Some(p) => reference("Organization", p),
        None => reference("Organization", s.municipality_id),
    };
    let role = Entry::new(
        "PractitionerRole",
        s.id,
        json!({
            "active": true,
            "practitioner": reference("Practitioner", s.id),
            "organization": organization,
            "code": [concept(&local("staff-role"), s.role, staff_role_display(s.role))],
        }),
    );
    [practitioner, role]
}

// ---------------------------------------------------------------------------------------
// The person and their course.

fn name(family: &str, given: &str, representation: &str) -> Value {
    json!({
        "extension": [{ "url": NAME_REPRESENTATION, "valueCode": representation }],
        "use": "official",
        "text": format!("{family} {given}"),
        "family": family,
        "given": [given],
    })
}

pub fn patient(p: &Person) -> Entry {
    let gender = match p.sex {
        "female" => "female",
        "male" => "male",
        "other" => "other",
        _ => "unknown",
    };
    Entry::new(
        "Patient",
        p.id,
        json!({
            "meta": { "profile": [format!("{JP_CORE}/JP_Patient")] },
            "identifier": [
                { "system": format!("{LOCAL}/NamingSystem/participant-id"), "value": p.id }
            ],
            "name": [
                name(p.family_name, p.given_name, "IDE"),
                name(p.family_name_kana, p.given_name_kana, "SYL"),
            ],
            "gender": gender,
            "birthDate": day(p.birth_date),
            "managingOrganization": reference("Organization", p.municipality_id),
        }),
    )
}

/// The enrollment (one run through the program) as an EpisodeOfCare.
pub fn episode(c: &Course) -> Entry {
    let status = match c.status {
        "referred" => "planned",
        "enrolled" => "active",
        "completed" => "finished",
        _ => "cancelled",
    };
    let mut r = json!({
        "identifier": [{ "system": format!("{LOCAL}/NamingSystem/enrollment-id"), "value": c.id }],
        "status": status,
        "type": [{
            "coding": [coding(&local("program"), "tsusho-c",
                "通所型サービスC（短期集中予防サービス）")],
            "text": c.cohort_name,
        }],
        "patient": reference("Patient", c.participant_id.as_str()),
        "managingOrganization": reference("Organization", c.provider_id),
    });
    if c.started_on.is_some() || c.ended_on.is_some() {
        r["period"] = period(c.started_on, c.ended_on);
    }
    if let (Some(reason), "cancelled") = (c.discontinued_reason, status) {
        r["extension"] = json!([{
            "url": format!("{LOCAL}/StructureDefinition/discontinued-reason"),
            "valueCoding": { "system": local("discontinued-reason"), "code": reason },
        }]);
    }
    Entry::new("EpisodeOfCare", c.id, r)
}

fn session_key(participant_id: &ParticipantId, number: i32) -> String {
    format!("{participant_id}/{number}")
}

/// A session (教室 or 訪問) as an Encounter of the course.
pub fn encounter(s: &Session) -> Entry {
    let status = match s.attendance {
        "attended" => "finished",
        "absent" => "cancelled",
        _ => "planned",
    };
    let (class, class_display, type_code, type_display) = match s.kind {
        "home" => ("HH", "home health", "home-visit", "通所C 訪問"),
        _ => ("AMB", "ambulatory", "group-session", "通所C 教室"),
    };
    Entry::new(
        "Encounter",
        &session_key(s.participant_id, s.number),
        json!({
            "meta": { "profile": [format!("{JP_CORE}/JP_Encounter")] },
            "identifier": [{
                "system": format!("{LOCAL}/NamingSystem/session-number"),
                "value": s.number.to_string(),
            }],
            "status": status,
            "class": coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", class, class_display),
            "type": [concept(&local("session-type"), type_code, type_display)],
            "subject": reference("Patient", s.participant_id.as_str()),
            "episodeOfCare": [reference("EpisodeOfCare", s.enrollment_id)],
            "serviceProvider": reference("Organization", s.provider_id),
            "period": { "start": day(s.date), "end": day(s.date) },
        }),
    )
}

// ---------------------------------------------------------------------------------------
// Goals and GAS.

/// The LOINC answer (LL6900-6) of a GAS level −2 … +2.
pub fn gas_answer(level: i32) -> Option<(&'static str, &'static str)> {
    Some(match level {
        2 => ("LA34479-8", "Much better than expected"),
        1 => ("LA34480-6", "Better than expected"),
        0 => ("LA34481-4", "Expected outcome"),
        -1 => ("LA34483-0", "Less than expected"),
        -2 => ("LA34484-8", "Much less than expected"),
        _ => return None,
    })
}

/// A goal, with its GAS score and its self-ratings (実行度・満足度, 1–10) as Observations.
pub fn goal(g: &GoalRecord) -> Vec<Entry> {
    let lifecycle = if g.status == "raised" || g.course_over {
        "completed"
    } else {
        "active"
    };
    let achievement = match g.gas {
        Some(level) if level >= 0 => Some(("achieved", "Achieved")),
        Some(-1) => Some(("not-achieved", "Not Achieved")),
        Some(_) => Some(("no-progress", "No Progress")),
        None if lifecycle == "active" => Some(("in-progress", "In Progress")),
        None => None,
    };
    let mut r = json!({
        "extension": [{
            "url": GAS_EXTENSION,
            "extension": [
                { "url": "level", "valueCoding": coding(LOINC, "LA34481-4", "Expected outcome") },
                { "url": "progressText", "valueString": g.text },
            ],
        }],
        "lifecycleStatus": lifecycle,
        "description": { "text": g.text },
        "subject": reference("Patient", g.participant_id.as_str()),
        "startDate": day(g.created_at.date()),
        "expressedBy": reference("Patient", g.participant_id.as_str()),
        "target": [{
            "measure": { "coding": [coding(LOINC, "107332-9", "Goal attainment scale - Reported")] },
        }],
    });
    if let Some((code, display)) = achievement {
        r["achievementStatus"] = json!({ "coding": [coding(
            "http://terminology.hl7.org/CodeSystem/goal-achievement", code, display)] });
    }
    let mut out = vec![Entry::new("Goal", g.id, r)];
    if let Some((code, display)) = g.gas.and_then(gas_answer) {
        out.push(Entry::new(
            "Observation",
            &format!("{}/gas", g.id),
            json!({
                "status": "final",
                "category": [{ "coding": [coding(OBSERVATION_CATEGORY, "survey", "Survey")] }],
                "code": concept(LOINC, "107333-7",
                    "Practitioner follow-up goal attainment scaling score"),
                "subject": reference("Patient", g.participant_id.as_str()),
                "focus": [reference("Goal", g.id)],
                "effectiveDateTime": instant(g.updated_at),
                "performer": [reference("PractitionerRole", g.updated_by)],
                "valueCodeableConcept": {
                    "coding": [coding(LOINC, code, display)],
                    "text": g.gas.unwrap_or_default().to_string(),
                },
            }),
        ));
    }
    let ratings = [
        (
            "performance",
            "start",
            "目標の実行度（開始時）",
            g.performance_start,
        ),
        (
            "satisfaction",
            "start",
            "目標の満足度（開始時）",
            g.satisfaction_start,
        ),
        (
            "performance",
            "end",
            "目標の実行度（終了時）",
            g.performance_end,
        ),
        (
            "satisfaction",
            "end",
            "目標の満足度（終了時）",
            g.satisfaction_end,
        ),
    ];
    for (what, when, display, value) in ratings {
        let Some(value) = value else { continue };
        out.push(Entry::new(
            "Observation",
            &format!("{}/{what}-{when}", g.id),
            json!({
                "status": "final",
                "category": [{ "coding": [coding(OBSERVATION_CATEGORY, "survey", "Survey")] }],
                "code": concept(&local("goal-rating"), &format!("{what}-{when}"), display),
                "subject": reference("Patient", g.participant_id.as_str()),
                "focus": [reference("Goal", g.id)],
                "effectiveDateTime": instant(if when == "start" { g.created_at } else { g.updated_at }),
                "valueInteger": value,
            }),
        ));
    }
    out
}

// ---------------------------------------------------------------------------------------
// Performance tests and vital signs.

struct Measure {
    key: &'static str,
    system: String,
    code: &'static str,
    display: &'static str,
    value: f64,
    unit: &'static str,
    ucum: &'static str,
    body_site: Option<&'static str>,
}

fn exam(
    participant_id: &ParticipantId,
    session_number: i32,
    effective: &str,
    performer: &str,
    m: Measure,
) -> Entry {
    let mut r = json!({
        "status": "final",
        "category": [{ "coding": [coding(OBSERVATION_CATEGORY, "exam", "Exam")] }],
        "code": concept(&m.system, m.code, m.display),
        "subject": reference("Patient", participant_id.as_str()),
        "encounter": reference("Encounter", &session_key(participant_id, session_number)),
        "effectiveDateTime": effective,
        "performer": [reference("PractitionerRole", performer)],
        "valueQuantity": quantity(m.value, m.unit, m.ucum),
    });
    if let Some(site) = m.body_site {
        r["bodySite"] = json!({ "text": site });
    }
    Entry::new(
        "Observation",
        &format!("{participant_id}/{session_number}/{}", m.key),
        r,
    )
}

/// The performance tests (体力測定) of a session, one Observation per test done.
pub fn tests(t: &Tests) -> Vec<Entry> {
    let effective = t.date.map(day).unwrap_or_else(|| instant(t.recorded_at));
    let performance = local("performance-test");
    let mut measures = Vec::new();
    if let Some(v) = t.chair_stand_30s {
        measures.push(Measure {
            key: "chair-stand-30s",
            system: LOINC.into(),
            code: "66247-8",
            display: "Sit to stand frequency in 30 seconds",
            value: f64::from(v),
            unit: "回/30秒",
            ucum: "{#}/(30.s)",
            body_site: None,
        });
    }
    if let Some(v) = t.tug_s {
        measures.push(Measure {
            key: "tug",
            system: LOINC.into(),
            code: "89423-8",
            display: "Time to rise from chair, walk 10 feet and back, and return to sitting [TUG]",
            value: v,
            unit: "秒",
            ucum: "s",
            body_site: None,
        });
    }
    for (key, v, site) in [
        ("one-leg-left", t.one_leg_left_s, "左脚"),
        ("one-leg-right", t.one_leg_right_s, "右脚"),
    ] {
        if let Some(v) = v {
            measures.push(Measure {
                key,
                system: performance.clone(),
                code: "one-leg-stance-eo",
                display: "開眼片脚立位時間",
                value: v,
                unit: "秒",
                ucum: "s",
                body_site: Some(site),
            });
        }
    }
    if let Some(v) = t.five_sts_s {
        measures.push(Measure {
            key: "five-sts",
            system: performance.clone(),
            code: "five-times-sit-to-stand",
            display: "5回椅子立ち上がり時間",
            value: v,
            unit: "秒",
            ucum: "s",
            body_site: None,
        });
    }
    let mut out: Vec<Entry> = measures
        .into_iter()
        .map(|m| {
            exam(
                t.participant_id,
                t.session_number,
                &effective,
                t.recorded_by,
                m,
            )
        })
        .collect();
    let speed = t
        .gait_speed_mps
        .or(match (t.gait_distance_m, t.gait_time_s) {
            (Some(d), Some(s)) if s > 0.0 => Some(d / s),
            _ => None,
        });
    if let Some(speed) = speed {
        let mut gait = exam(
            t.participant_id,
            t.session_number,
            &effective,
            t.recorded_by,
            Measure {
                key: "gait-speed",
                system: performance.clone(),
                code: "gait-speed",
                display: "歩行速度",
                value: (speed * 100.0).round() / 100.0,
                unit: "m/秒",
                ucum: "m/s",
                body_site: None,
            },
        );
        let mut components = Vec::new();
        if let Some(d) = t.gait_distance_m {
            components.push(json!({
                "code": concept(&performance, "gait-distance", "歩行距離"),
                "valueQuantity": quantity(d, "m", "m"),
            }));
        }
        if let Some(s) = t.gait_time_s {
            components.push(json!({
                "code": concept(&performance, "gait-time", "歩行時間"),
                "valueQuantity": quantity(s, "秒", "s"),
            }));
        }
        if !components.is_empty() {
            gait.resource["component"] = Value::Array(components);
        }
        out.push(gait);
    }
    out
}

fn vital_categories() -> Value {
    json!([
        { "coding": [coding(OBSERVATION_CATEGORY, "vital-signs", "Vital Signs")] },
        { "coding": [{ "system": JP_OBSERVATION_CATEGORY, "code": "vital-signs" }] },
    ])
}

/// The check before exercise (血圧・脈拍) of a session.
pub fn vitals(v: &Vitals) -> Vec<Entry> {
    let effective = v.date.map(day).unwrap_or_else(|| instant(v.recorded_at));
    let encounter = reference(
        "Encounter",
        &session_key(v.participant_id, v.session_number),
    );
    let mut out = Vec::new();
    if let (Some(sys), Some(dia)) = (v.systolic, v.diastolic) {
        out.push(Entry::new(
            "Observation",
            &format!("{}/{}/bp", v.participant_id, v.session_number),
            json!({
                "meta": { "profile": [
                    format!("{JP_CORE}/JP_Observation_VitalSigns"),
                    "http://hl7.org/fhir/StructureDefinition/bp",
                ] },
                "status": "final",
                "category": vital_categories(),
                "code": concept(LOINC, "85354-9", "Blood pressure panel with all children optional"),
                "subject": reference("Patient", v.participant_id.as_str()),
                "encounter": encounter.clone(),
                "effectiveDateTime": effective.clone(),
                "performer": [reference("PractitionerRole", v.recorded_by)],
                "component": [
                    {
                        "code": concept(LOINC, "8480-6", "Systolic blood pressure"),
                        "valueQuantity": quantity(f64::from(sys), "mmHg", "mm[Hg]"),
                    },
                    {
                        "code": concept(LOINC, "8462-4", "Diastolic blood pressure"),
                        "valueQuantity": quantity(f64::from(dia), "mmHg", "mm[Hg]"),
                    },
                ],
            }),
        ));
    }
    if let Some(pulse) = v.pulse {
        out.push(Entry::new(
            "Observation",
            &format!("{}/{}/pulse", v.participant_id, v.session_number),
            json!({
                "meta": { "profile": [
                    format!("{JP_CORE}/JP_Observation_VitalSigns"),
                    "http://hl7.org/fhir/StructureDefinition/heartrate",
                ] },
                "status": "final",
                "category": vital_categories(),
                "code": concept(LOINC, "8867-4", "Heart rate"),
                "subject": reference("Patient", v.participant_id.as_str()),
                "encounter": encounter,
                "effectiveDateTime": effective,
                "performer": [reference("PractitionerRole", v.recorded_by)],
                "valueQuantity": quantity(f64::from(pulse), "回/分", "/min"),
            }),
        ));
    }
    out
}

// ---------------------------------------------------------------------------------------
// The two checklists.

fn answer_coding(system: &str, code: &str, display: &str) -> Value {
    json!({ "valueCoding": coding(system, code, display) })
}

/// dekita's Questionnaire for the 基本チェックリスト (carried in every export).
pub fn kihon_questionnaire() -> Entry {
    let answers = local("kihon-checklist-answer");
    let options = json!([
        { "valueCoding": coding(&answers, "yes", "はい") },
        { "valueCoding": coding(&answers, "no", "いいえ") },
    ]);
    let items: Vec<Value> = KIHON_QUESTIONS
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let mut item = json!({
                "linkId": (i + 1).to_string(),
                "text": text,
                "type": "choice",
                "answerOption": options.clone(),
            });
            if i == 11 {
                item["item"] = json!([
                    { "linkId": "12.height", "text": "身長（cm）", "type": "quantity" },
                    { "linkId": "12.weight", "text": "体重（kg）", "type": "quantity" },
                ]);
            }
            item
        })
        .collect();
    Entry::new(
        "Questionnaire",
        "kihon-checklist",
        json!({
            "url": KIHON_CHECKLIST,
            "version": QUESTIONNAIRE_VERSION,
            "name": "KihonChecklist",
            "title": "基本チェックリスト",
            "status": "active",
            "subjectType": ["Patient"],
            "item": items,
        }),
    )
}

/// dekita's Questionnaire for the 興味関心チェックシート (carried in every export).
pub fn interest_questionnaire() -> Entry {
    let marks = local("interest-mark");
    let options = json!([
        { "valueCoding": coding(&marks, "doing", "している") },
        { "valueCoding": coding(&marks, "want", "してみたい") },
        { "valueCoding": coding(&marks, "interested", "興味がある") },
    ]);
    let mut items: Vec<Value> = super::interest::ITEMS
        .iter()
        .enumerate()
        .map(|(i, text)| {
            json!({
                "linkId": (i + 1).to_string(),
                "text": text,
                "type": "choice",
                "repeats": true,
                "answerOption": options.clone(),
            })
        })
        .collect();
    items.push(json!({
        "linkId": "other",
        "text": "その他",
        "type": "group",
        "repeats": true,
        "item": [
            { "linkId": "other.label", "text": "活動", "type": "string" },
            { "linkId": "other.mark", "text": "印", "type": "choice", "repeats": true,
              "answerOption": options },
        ],
    }));
    Entry::new(
        "Questionnaire",
        "interest-checklist",
        json!({
            "url": INTEREST_CHECKLIST,
            "version": QUESTIONNAIRE_VERSION,
            "name": "InterestChecklist",
            "title": "興味・関心チェックシート",
            "publisher": "dekita",
            "status": "active",
            "subjectType": ["Patient"],
            "item": items,
        }),
    )
}

/// A 基本チェックリスト screening as a QuestionnaireResponse, with the height, weight and BMI
/// it carries as body-measurement Observations derived from it.
pub fn screening(s: &Screening) -> Vec<Entry> {
    let answers = local("kihon-checklist-answer");
    let items: Vec<Value> = (0..KIHON_QUESTIONS.len())
        .map(|i| {
            let mut item = json!({ "linkId": (i + 1).to_string(), "text": KIHON_QUESTIONS[i] });
            match s.answers.get(i).copied().flatten() {
                Some(true) => item["answer"] = json!([answer_coding(&answers, "yes", "はい")]),
                Some(false) => item["answer"] = json!([answer_coding(&answers, "no", "いいえ")]),
                None => {}
            }
            if i == 11 {
                let mut nested = Vec::new();
                if let Some(h) = s.height_cm {
                    nested.push(json!({ "linkId": "12.height",
                        "answer": [{ "valueQuantity": quantity(h, "cm", "cm") }] }));
                }
                if let Some(w) = s.weight_kg {
                    nested.push(json!({ "linkId": "12.weight",
                        "answer": [{ "valueQuantity": quantity(w, "kg", "kg") }] }));
                }
                if !nested.is_empty() {
                    item["item"] = Value::Array(nested);
                }
            }
            item
        })
        .collect();
    let authored = instant(s.screened_at);
    let qr = Entry::new(
        "QuestionnaireResponse",
        s.id,
        json!({
            "questionnaire": format!("{KIHON_CHECKLIST}|{QUESTIONNAIRE_VERSION}"),
            "status": "completed",
            "subject": reference("Patient", s.participant_id.as_str()),
            "authored": authored,
            "author": reference("PractitionerRole", s.screened_by),
            "source": reference("Patient", s.participant_id.as_str()),
            "item": items,
        }),
    );
    let mut out = Vec::new();
    let body = |key: &str, code: &str, display: &str, value: Value| {
        Entry::new(
            "Observation",
            &format!("{}/{key}", s.id),
            json!({
                "meta": { "profile": [format!("{JP_CORE}/JP_Observation_BodyMeasurement")] },
                "status": "final",
                "category": [
                    { "coding": [coding(OBSERVATION_CATEGORY, "vital-signs", "Vital Signs")] },
                    { "coding": [{ "system": JP_OBSERVATION_CATEGORY, "code": "body-measurement" }] },
                ],
                "code": concept(LOINC, code, display),
                "subject": reference("Patient", s.participant_id.as_str()),
                "effectiveDateTime": authored,
                "valueQuantity": value,
                "derivedFrom": [{ "reference": qr.full_url }],
            }),
        )
    };
    if let Some(h) = s.height_cm {
        out.push(body(
            "height",
            "8302-2",
            "Body height",
            quantity(h, "cm", "cm"),
        ));
    }
    if let Some(w) = s.weight_kg {
        out.push(body(
            "weight",
            "29463-7",
            "Body weight",
            quantity(w, "kg", "kg"),
        ));
    }
    if let (Some(h), Some(w)) = (s.height_cm, s.weight_kg) {
        if h > 0.0 {
            let bmi = (w / (h / 100.0).powi(2) * 10.0).round() / 10.0;
            out.push(body(
                "bmi",
                "39156-5",
                "Body mass index (BMI) [Ratio]",
                quantity(bmi, "kg/m2", "kg/m2"),
            ));
        }
    }
    out.insert(0, qr);
    out
}

fn mark_answers(marks: &str, doing: bool, want: bool, interested: bool) -> Vec<Value> {
    let mut out = Vec::new();
    if doing {
        out.push(answer_coding(marks, "doing", "している"));
    }
    if want {
        out.push(answer_coding(marks, "want", "してみたい"));
    }
    if interested {
        out.push(answer_coding(marks, "interested", "興味がある"));
    }
    out
}

/// A 興味関心チェックシート (導入時 or 卒業時) as a QuestionnaireResponse.
pub fn interest_sheet(s: &InterestSheet) -> Entry {
    let marks = local("interest-mark");
    let mut items: Vec<Value> = s
        .items
        .iter()
        .filter_map(|m| {
            let text = super::interest::label(m.item)?;
            let answers = mark_answers(&marks, m.doing, m.want, m.interested);
            (!answers.is_empty())
                .then(|| json!({ "linkId": m.item.to_string(), "text": text, "answer": answers }))
        })
        .collect();
    for o in &s.others {
        let mut nested = vec![json!({ "linkId": "other.label",
            "answer": [{ "valueString": o.label }] })];
        let answers = mark_answers(&marks, o.doing, o.want, o.interested);
        if !answers.is_empty() {
            nested.push(json!({ "linkId": "other.mark", "answer": answers }));
        }
        items.push(json!({ "linkId": "other", "text": "その他", "item": nested }));
    }
    let mut r = json!({
        "identifier": { "system": format!("{LOCAL}/NamingSystem/interest-checklist-phase"),
            "value": s.phase },
        "questionnaire": format!("{INTEREST_CHECKLIST}|{QUESTIONNAIRE_VERSION}"),
        "status": "completed",
        "subject": reference("Patient", s.participant_id.as_str()),
        "authored": s.filled_on.map(day).unwrap_or_else(|| instant(s.updated_at)),
        "author": reference("PractitionerRole", s.updated_by),
        "source": reference("Patient", s.participant_id.as_str()),
    });
    if !items.is_empty() {
        r["item"] = Value::Array(items);
    }
    Entry::new(
        "QuestionnaireResponse",
        &format!("{}/interest/{}", s.participant_id, s.phase),
        r,
    )
}

// ---------------------------------------------------------------------------------------
// Consent, the handoff and the follow-ups.

fn purpose_display(purpose: &str) -> &'static str {
    match purpose {
        "sc_handoff" => "生活支援コーディネーターへのつなぎ",
        "referrer_feedback" => "紹介元への報告",
        "volunteer_registry" => "担い手（ボランティア）名簿",
        "case_story" => "事例としての紹介",
        _ => "その他",
    }
}

pub fn consent(c: &ConsentRecord) -> Entry {
    let status = match c.state {
        "given" => "active",
        "withdrawn" => "inactive",
        _ => "proposed",
    };
    let end = c
        .withdrawn_at
        .map(|w| (w + chrono::Duration::hours(9)).date())
        .map_or(c.valid_until, |w| w.min(c.valid_until))
        .max(c.valid_from);
    let mut purposes = vec![coding(
        &local("consent-purpose"),
        c.purpose,
        purpose_display(c.purpose),
    )];
    if matches!(c.purpose, "sc_handoff" | "referrer_feedback") {
        purposes.insert(
            0,
            coding(
                "http://terminology.hl7.org/CodeSystem/v3-ActReason",
                "COC",
                "coordination of care",
            ),
        );
    }
    let mut provision = json!({
        "type": "permit",
        "period": period(Some(c.valid_from), Some(end)),
        "action": [{ "coding": [coding(
            "http://terminology.hl7.org/CodeSystem/consentaction", "disclose", "Disclose")] }],
        "purpose": purposes,
        "code": c.parts.iter().map(|p| json!({ "coding": [{
            "system": local("consent-part"), "code": p }] })).collect::<Vec<_>>(),
    });
    if let Some(staff) = c.recipient_staff_id {
        provision["actor"] = json!([{
            "role": { "coding": [coding(
                "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                "IRCP", "information recipient")] },
            "reference": reference("PractitionerRole", staff),
        }]);
    }
    let mut r = json!({
        "identifier": [{ "system": format!("{LOCAL}/NamingSystem/consent-id"), "value": c.id }],
        "status": status,
        "scope": { "coding": [coding(
            "http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy",
            "Privacy Consent")] },
        "category": [
            { "coding": [coding(LOINC, "59284-0", "Patient Consent")] },
            { "coding": [coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "IDSCL",
                "information disclosure")] },
        ],
        "patient": reference("Patient", c.participant_id.as_str()),
        "dateTime": instant(c.given_at.unwrap_or(c.created_at)),
        "organization": [reference("Organization", c.municipality_id)],
        "policy": [{ "uri": format!("{LOCAL}/consent-wording/{}", c.wording_version) }],
        "provision": provision,
    });
    if let Some(team) = c.recipient_team {
        r["extension"] = json!([{
            "url": format!("{LOCAL}/StructureDefinition/recipient-team"),
            "valueString": team,
        }]);
    }
    if c.given_at.is_some() {
        r["verification"] = json!([{
            "verified": true,
            "verificationDate": instant(c.given_at.unwrap_or(c.created_at)),
            "extension": [{
                "url": format!("{LOCAL}/StructureDefinition/consent-method"),
                "valueCode": c.method,
            }],
        }]);
    }
    Entry::new("Consent", c.id, r)
}

/// The Task status and business status of a handoff state (the Gravity subset and the
/// coordinator inbox's sub-states).
pub fn handoff_task_status(state: &str) -> (&'static str, &'static str, &'static str) {
    match state {
        "sent" => ("requested", "new", "新着"),
        "acknowledged" => ("accepted", "accepted", "受理"),
        "contacted" => ("in-progress", "first-contact-done", "初回連絡済"),
        "proposed" => ("in-progress", "proposed", "地域資源を提案済"),
        "trial" => ("in-progress", "trial", "お試し参加中"),
        "connected" => ("completed", "linked", "地域資源につながった"),
        "not_connected" => ("failed", "not-connected", "つながらなかった"),
        "withdrawn" => ("cancelled", "withdrawn", "本人辞退・同意撤回"),
        _ => ("entered-in-error", "unknown", "不明"),
    }
}

/// A handoff to a 生活支援コーディネーター: the ServiceRequest (what) and its Task (where it is).
pub fn handoff(h: &Handoff) -> [Entry; 2] {
    let (status, business, business_display) = handoff_task_status(h.state);
    let request_status = match status {
        "completed" => "completed",
        "failed" | "cancelled" => "revoked",
        _ => "active",
    };
    let mut request = json!({
        "status": request_status,
        "intent": "order",
        "category": [concept(&local("referral-category"), "community-link", "地域資源へのつなぎ")],
        "code": concept(&local("referral-type"), "seikatsu-shien-coordinator",
            "生活支援コーディネーターへの紹介"),
        "subject": reference("Patient", h.participant_id.as_str()),
        "authoredOn": day(h.sent_on),
        "requester": reference("PractitionerRole", h.created_by),
        "performer": [reference("PractitionerRole", h.coordinator_id)],
        "supportingInfo": [reference("Consent", h.consent_id)],
    });
    if !h.note.is_empty() {
        request["note"] = json!([{ "text": h.note }]);
    }
    let request = Entry::new("ServiceRequest", h.id, request);
    let mut task = json!({
        "status": status,
        "businessStatus": concept(&local("referral-business-status"), business, business_display),
        "intent": "order",
        "code": { "coding": [{ "system": "http://hl7.org/fhir/CodeSystem/task-code",
            "code": "fulfill" }] },
        "focus": { "reference": request.full_url },
        "for": reference("Patient", h.participant_id.as_str()),
        "authoredOn": instant(h.created_at),
        "lastModified": instant(h.updated_at),
        "requester": reference("PractitionerRole", h.created_by),
        "owner": reference("PractitionerRole", h.coordinator_id),
    });
    if matches!(status, "failed" | "cancelled" | "rejected" | "on-hold") {
        task["statusReason"] = json!({
            "coding": h.reason.map(|r| vec![json!({ "system": local("handoff-reason"), "code": r })])
                .unwrap_or_default(),
            "text": h.reason.map_or(business_display, handoff_reason_display),
        });
    }
    [request, Entry::new("Task", h.id, task)]
}

fn handoff_reason_display(reason: &str) -> &'static str {
    match reason {
        "own_wish" => "本人の希望",
        "no_transport" => "移動手段がない",
        "no_place" => "合う場所がない",
        "health" => "体調",
        "unreachable" => "連絡がつかない",
        _ => "その他",
    }
}

/// A 3/6/12-month follow-up as a planned Task on the course, due in a window around its day
/// (14 days before to 28 days after).
pub fn follow_up(f: &FollowUp) -> Entry {
    let mut r = json!({
        "identifier": [{ "system": format!("{LOCAL}/NamingSystem/follow-up-id"), "value": f.id }],
        "status": if f.done_on.is_some() { "completed" } else { "requested" },
        "intent": "plan",
        "code": concept(&local("followup"), &format!("followup-{}m", f.months),
            &format!("卒業後{}か月フォローアップ", f.months)),
        "focus": reference("EpisodeOfCare", f.enrollment_id),
        "for": reference("Patient", f.participant_id.as_str()),
        "authoredOn": instant(f.created_at),
        "restriction": { "period": period(
            Some(f.due_on - chrono::Duration::days(14)),
            Some(f.due_on + chrono::Duration::days(28))) },
    });
    if let Some(staff) = f.assigned_staff_id {
        r["owner"] = reference("PractitionerRole", staff);
    }
    if let Some(done) = f.done_on {
        r["executionPeriod"] = json!({ "start": day(done), "end": day(done) });
    }
    if let Some(status) = f.status {
        r["output"] = json!([{
            "type": concept(&local("followup-output"), "status", "フォローアップ時の状況"),
            "valueCodeableConcept": { "coding": [{ "system": local("followup-status"),
                "code": status }] },
        }]);
    }
    Entry::new("Task", f.id, r)
}

// ---------------------------------------------------------------------------------------
// The Bundle, written entry by entry.

/// Writes a `collection` Bundle one entry at a time: memory holds one entry, never the Bundle.
/// Each entry is on its own line (the browser counts them as they arrive).
pub struct BundleWriter<W: Write> {
    out: W,
    first: bool,
    pub entries: u64,
}

impl<W: Write> BundleWriter<W> {
    /// Starts the Bundle `id` made at `timestamp`.
    pub fn begin(mut out: W, id: &str, timestamp: NaiveDateTime) -> io::Result<Self> {
        write!(
            out,
            "{{\"resourceType\":\"Bundle\",\"id\":{},\"meta\":{{\"lastUpdated\":{}}},\
             \"type\":\"collection\",\"timestamp\":{},\"entry\":[",
            Value::String(id.into()),
            Value::String(instant(timestamp)),
            Value::String(instant(timestamp)),
        )?;
        Ok(BundleWriter {
            out,
            first: true,
            entries: 0,
        })
    }

    pub fn push(&mut self, entry: &Entry) -> io::Result<()> {
        if !self.first {
            self.out.write_all(b",")?;
        }
        self.first = false;
        self.out.write_all(b"\n{\"fullUrl\":")?;
        serde_json::to_writer(&mut self.out, &entry.full_url)?;
        self.out.write_all(b",\"resource\":")?;
        serde_json::to_writer(&mut self.out, &entry.resource)?;
        self.out.write_all(b"}")?;
        self.entries += 1;
        Ok(())
    }

    /// Closes the Bundle and hands back the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn at(d: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(d, "%Y-%m-%d %H:%M").unwrap()
    }

    fn date(d: &str) -> NaiveDate {
        NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn the_same_record_gets_the_same_uuid_and_different_records_do_not() {
        let a = urn("Patient", "p-1");
        assert_eq!(a, urn("Patient", "p-1"));
        assert_ne!(a, urn("Patient", "p-2"));
        assert_ne!(a, urn("Encounter", "p-1"));
        let uuid = a.strip_prefix("urn:uuid:").unwrap();
        let parsed = uuid::Uuid::parse_str(uuid).unwrap();
        assert_eq!(parsed.get_version_num(), 8);
        assert_eq!(uuid, uuid.to_lowercase());
    }

    #[test]
    fn a_patient_carries_the_jp_core_profile_and_kanji_and_kana_names() {
        let p = patient(&Person {
            id: "p-1",
            family_name: "日向",
            given_name: "花子",
            family_name_kana: "ヒナタ",
            given_name_kana: "ハナコ",
            birth_date: date("1948-05-02"),
            sex: "female",
            municipality_id: "m-1",
        });
        let r = &p.resource;
        assert_eq!(r["resourceType"], "Patient");
        assert_eq!(
            p.full_url,
            format!("urn:uuid:{}", r["id"].as_str().unwrap())
        );
        assert_eq!(r["meta"]["profile"][0], format!("{JP_CORE}/JP_Patient"));
        assert_eq!(r["name"][0]["extension"][0]["url"], NAME_REPRESENTATION);
        assert_eq!(r["name"][0]["extension"][0]["valueCode"], "IDE");
        assert_eq!(r["name"][0]["family"], "日向");
        assert_eq!(r["name"][1]["extension"][0]["valueCode"], "SYL");
        assert_eq!(r["name"][1]["text"], "ヒナタ ハナコ");
        assert_eq!(r["gender"], "female");
        assert_eq!(r["birthDate"], "1948-05-02");
        assert_eq!(r["identifier"][0]["value"], "p-1");
    }

    #[test]
    fn tests_use_loinc_where_a_code_exists_and_local_codes_otherwise() {
        let t = Tests {
            participant_id: &ParticipantId::from("p-1"),
            session_number: 1,
            date: Some(date("2026-04-08")),
            recorded_at: at("2026-04-08 01:30"),
            recorded_by: "s-1",
            chair_stand_30s: Some(12),
            tug_s: Some(8.4),
            one_leg_left_s: Some(5.0),
            one_leg_right_s: None,
            five_sts_s: Some(11.2),
            gait_distance_m: Some(5.0),
            gait_time_s: Some(4.0),
            gait_speed_mps: None,
        };
        let out = tests(&t);
        let codes: Vec<(&str, &str)> = out
            .iter()
            .map(|e| {
                (
                    e.resource["code"]["coding"][0]["system"].as_str().unwrap(),
                    e.resource["code"]["coding"][0]["code"].as_str().unwrap(),
                )
            })
            .collect();
        assert!(codes.contains(&(LOINC, "66247-8")));
        assert!(codes.contains(&(LOINC, "89423-8")));
        let perf = local("performance-test");
        assert!(codes.contains(&(perf.as_str(), "one-leg-stance-eo")));
        assert!(codes.contains(&(perf.as_str(), "five-times-sit-to-stand")));
        let gait = out
            .iter()
            .find(|e| e.resource["code"]["coding"][0]["code"] == "gait-speed")
            .unwrap();
        assert_eq!(gait.resource["valueQuantity"]["value"], 1.25);
        assert_eq!(gait.resource["valueQuantity"]["code"], "m/s");
        assert_eq!(out.len(), 5);
        for e in &out {
            assert_eq!(e.resource["valueQuantity"]["system"], UCUM);
            assert_eq!(
                e.resource["encounter"]["reference"],
                urn("Encounter", "p-1/1")
            );
            assert!(e.resource.get("dataAbsentReason").is_none());
        }
        let ids: HashSet<_> = out.iter().map(|e| e.full_url.clone()).collect();
        assert_eq!(ids.len(), out.len());
    }

    #[test]
    fn a_goal_with_gas_has_its_measure_and_a_score_observation_on_it() {
        let g = GoalRecord {
            id: "g-1",
            participant_id: &ParticipantId::from("p-1"),
            status: "active",
            text: "一人で買い物に行く",
            created_at: at("2026-04-08 01:00"),
            updated_at: at("2026-06-30 01:00"),
            updated_by: "s-1",
            gas: Some(1),
            performance_start: Some(3),
            satisfaction_start: None,
            performance_end: Some(8),
            satisfaction_end: None,
            course_over: true,
        };
        let out = goal(&g);
        let goal = &out[0].resource;
        assert_eq!(goal["lifecycleStatus"], "completed");
        assert_eq!(goal["achievementStatus"]["coding"][0]["code"], "achieved");
        // gol-1: every target with a detail has a measure (this one has no detail).
        for t in goal["target"].as_array().unwrap() {
            assert!(t.get("detailQuantity").is_none() || t.get("measure").is_some());
        }
        assert_eq!(
            goal["target"][0]["measure"]["coding"][0]["code"],
            "107332-9"
        );
        let score = &out[1].resource;
        assert_eq!(score["code"]["coding"][0]["code"], "107333-7");
        assert_eq!(
            score["valueCodeableConcept"]["coding"][0]["code"],
            "LA34480-6"
        );
        assert_eq!(score["valueCodeableConcept"]["text"], "1");
        assert_eq!(score["focus"][0]["reference"], out[0].full_url);
        assert_eq!(out.len(), 4, "goal, GAS score and two ratings");
    }

    #[test]
    fn every_gas_level_has_its_answer_and_nothing_else_does() {
        for level in -2..=2 {
            assert!(gas_answer(level).is_some());
        }
        assert!(gas_answer(3).is_none());
        assert!(gas_answer(-3).is_none());
    }

    #[test]
    fn handoff_states_map_onto_the_referral_task_states() {
        let allowed = [
            "draft",
            "requested",
            "accepted",
            "rejected",
            "cancelled",
            "in-progress",
            "on-hold",
            "failed",
            "completed",
            "entered-in-error",
        ];
        for state in [
            "sent",
            "acknowledged",
            "contacted",
            "proposed",
            "trial",
            "connected",
            "not_connected",
            "withdrawn",
        ] {
            let (status, _, _) = handoff_task_status(state);
            assert!(allowed.contains(&status), "{state} → {status}");
            assert_ne!(status, "entered-in-error", "{state}");
        }
        let h = Handoff {
            id: "h-1",
            participant_id: &ParticipantId::from("p-1"),
            coordinator_id: "s-9",
            consent_id: "c-1",
            state: "not_connected",
            reason: Some("no_transport"),
            note: "",
            sent_on: date("2026-07-01"),
            created_by: "s-1",
            created_at: at("2026-07-01 01:00"),
            updated_at: at("2026-07-20 01:00"),
        };
        let [request, task] = handoff(&h);
        assert_eq!(task.resource["status"], "failed");
        assert_eq!(task.resource["statusReason"]["text"], "移動手段がない");
        assert_eq!(task.resource["focus"]["reference"], request.full_url);
        assert_eq!(task.resource["intent"], "order");
        assert_eq!(task.resource["code"]["coding"][0]["code"], "fulfill");
        assert_eq!(request.resource["status"], "revoked");
        assert_eq!(
            request.resource["supportingInfo"][0]["reference"],
            urn("Consent", "c-1")
        );
    }

    #[test]
    fn a_withdrawn_consent_is_inactive_and_ends_on_the_withdrawal() {
        let c = ConsentRecord {
            id: "c-1",
            participant_id: &ParticipantId::from("p-1"),
            municipality_id: "m-1",
            purpose: "sc_handoff",
            recipient_staff_id: Some("s-9"),
            recipient_team: None,
            parts: vec!["contact", "interests"],
            valid_from: date("2026-06-30"),
            valid_until: date("2027-06-30"),
            method: "paper",
            state: "withdrawn",
            wording_version: "v1",
            created_at: at("2026-06-30 01:00"),
            given_at: Some(at("2026-06-30 01:00")),
            withdrawn_at: Some(at("2026-08-01 02:00")),
        };
        let r = consent(&c).resource;
        assert_eq!(r["status"], "inactive");
        assert_eq!(r["provision"]["period"]["end"], "2026-08-01");
        assert_eq!(r["provision"]["purpose"][0]["code"], "COC");
        assert_eq!(
            r["provision"]["actor"][0]["role"]["coding"][0]["code"],
            "IRCP"
        );
        assert!(r["policy"][0]["uri"].is_string(), "ppc-1");
        assert_eq!(r["patient"]["reference"], urn("Patient", "p-1"), "ppc-2");
    }

    #[test]
    fn a_screening_answers_the_questionnaire_and_derives_the_bmi() {
        let mut answers = vec![Some(false); 25];
        answers[0] = Some(true);
        answers[11] = None;
        let out = screening(&Screening {
            id: "sc-1",
            participant_id: &ParticipantId::from("p-1"),
            answers,
            height_cm: Some(150.0),
            weight_kg: Some(45.0),
            screened_at: at("2026-03-01 01:00"),
            screened_by: "s-1",
        });
        let qr = &out[0].resource;
        assert_eq!(
            qr["questionnaire"],
            "https://dekita.example.jp/fhir/Questionnaire/kihon-checklist|1.0.0"
        );
        assert_eq!(qr["item"].as_array().unwrap().len(), 25);
        assert_eq!(qr["item"][0]["answer"][0]["valueCoding"]["code"], "yes");
        assert!(qr["item"][11].get("answer").is_none());
        assert_eq!(qr["item"][11]["item"][0]["linkId"], "12.height");
        let bmi = out
            .iter()
            .find(|e| e.resource["code"]["coding"][0]["code"] == "39156-5")
            .unwrap();
        assert_eq!(bmi.resource["valueQuantity"]["value"], 20.0);
        assert_eq!(bmi.resource["derivedFrom"][0]["reference"], out[0].full_url);
        // Every linkId answered is one the Questionnaire asks.
        let q = kihon_questionnaire().resource;
        let asked: HashSet<&str> = q["item"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["linkId"].as_str().unwrap())
            .collect();
        for item in qr["item"].as_array().unwrap() {
            assert!(asked.contains(item["linkId"].as_str().unwrap()));
        }
    }

    #[test]
    fn the_bundle_is_valid_json_with_one_entry_per_line() {
        let mut w = BundleWriter::begin(Vec::new(), "b-1", at("2026-12-01 00:00")).unwrap();
        let entries = [kihon_questionnaire(), interest_questionnaire()];
        for e in &entries {
            w.push(e).unwrap();
        }
        assert_eq!(w.entries, 2);
        let bytes = w.finish().unwrap();
        let text = String::from_utf8(bytes).unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["resourceType"], "Bundle");
        assert_eq!(v["type"], "collection");
        assert_eq!(v["timestamp"], "2026-12-01T09:00:00+09:00");
        assert_eq!(v["entry"].as_array().unwrap().len(), 2);
        assert_eq!(v["entry"][0]["fullUrl"], entries[0].full_url);
        assert_eq!(
            text.lines()
                .filter(|l| l.starts_with("{\"fullUrl\""))
                .count(),
            2
        );
        assert!(v["entry"][0].get("request").is_none(), "bdl-3");
    }
}
