//! Personal-data requests (個人情報保護法): the disclosure of everything dekita holds about one
//! person (開示), correction requests (訂正の請求) and the stop of use (利用停止). The
//! administrator's alone (the policy table); every step is audited.
//!
//! While use is stopped, `participants::visible` shows the person to no one but the
//! municipality's administrator, so every staff query of the record gets the stop; the
//! coordinator's consent views (`consents`) leave the person out too.

use chrono::NaiveDate;
use diesel::prelude::*;
use diesel::sql_types::Text;

use super::audit::{self, Audited};
use super::participants::{ensure_visible, staff_name};
use super::schema::{
    correction_requests, devices, enrollment_codes, family_codes, municipalities, participants,
    use_stops,
};
use super::tokens::{self, Subject};
use super::{now, DbConn, StaffScope};
use crate::domain::ids::{CorrectionRequestId, DeviceId, ParticipantId, StaffId};
use crate::domain::names;
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::privacy::{
    CorrectionInput, CorrectionRequest, Disclosure, DisclosureSection, PrivacyRequests, UseStop,
    UseStopInput,
};

/// Where the person's rows are: the table, its heading, and the condition that picks the
/// person's rows (`{}` is the person's id).
pub const SOURCES: &[(&str, &str, &str)] = &[
    ("participants", "ご本人の基本情報", "id = {}"),
    (
        "participant_records",
        "職員の記録（連絡先・かかりつけ医・病気・お薬・通い方）",
        "participant_id = {}",
    ),
    (
        "notebook_contacts",
        "連絡先（緊急連絡先・かかりつけ医）",
        "participant_id = {}",
    ),
    (
        "enrollments",
        "参加（実施期間・状態）",
        "participant_id = {}",
    ),
    ("screenings", "基本チェックリスト", "participant_id = {}"),
    (
        "self_checks",
        "ご自分でつけたチェックリスト",
        "participant_id = {}",
    ),
    ("assessments", "アセスメント訪問", "participant_id = {}"),
    (
        "interest_checklists",
        "興味・関心チェックシート",
        "participant_id = {}",
    ),
    ("goals", "目標", "participant_id = {}"),
    (
        "goal_steps",
        "目標の小さな一歩",
        "goal_id IN (SELECT id FROM goals WHERE participant_id = {})",
    ),
    (
        "program_sessions",
        "教室の回（日程・出欠）",
        "participant_id = {}",
    ),
    (
        "session_checks",
        "運動前の確認（血圧・脈拍・体調）",
        "participant_id = {}",
    ),
    ("interviews", "面談の記録", "participant_id = {}"),
    ("performance_tests", "体力測定", "participant_id = {}"),
    (
        "prescriptions",
        "おうちでの運動（処方）",
        "participant_id = {}",
    ),
    ("events", "毎日の記録", "participant_id = {}"),
    ("successes", "できたこと", "participant_id = {}"),
    ("messages", "職員からのことば", "participant_id = {}"),
    (
        "media",
        "写真（一覧のみ・画像そのものは含みません）",
        "participant_id = {}",
    ),
    ("reminder_settings", "お知らせの設定", "participant_id = {}"),
    (
        "push_subscriptions",
        "お知らせの送り先（鍵は含みません）",
        "participant_id = {}",
    ),
    ("devices", "つないだスマートフォン", "participant_id = {}"),
    (
        "enrollment_codes",
        "スマートフォンをつなぐコード（コードそのものは含みません）",
        "participant_id = {}",
    ),
    (
        "family_codes",
        "ご家族の電話への同意とつなぐコード（コードそのものは含みません）",
        "participant_id = {}",
    ),
    ("consents", "同意", "participant_id = {}"),
    (
        "handoffs",
        "生活支援コーディネーターへの引き継ぎ",
        "participant_id = {}",
    ),
    (
        "handoff_events",
        "引き継ぎの経過",
        "handoff_id IN (SELECT id FROM handoffs WHERE participant_id = {})",
    ),
    (
        "place_attendance_checks",
        "通いの場への参加の確認",
        "participant_id = {}",
    ),
    (
        "follow_up_self_reports",
        "追跡調査へのご本人の回答",
        "participant_id = {}",
    ),
    (
        "success_state",
        "小さな成功を見つけるための集計",
        "participant_id = {}",
    ),
    (
        "graduation_reviews",
        "修了のふりかえり",
        "participant_id = {}",
    ),
    (
        "end_explanations",
        "終わりについての説明",
        "participant_id = {}",
    ),
    (
        "follow_ups",
        "修了後のフォローアップ",
        "participant_id = {}",
    ),
    (
        "volunteers",
        "担い手（ボランティア）の登録",
        "participant_id = {}",
    ),
    (
        "volunteer_activities",
        "担い手としての活動",
        "volunteer_id IN (SELECT id FROM volunteers WHERE participant_id = {})",
    ),
    ("referrers", "紹介元", "participant_id = {}"),
    (
        "referrer_feedback",
        "紹介元へのお知らせ",
        "participant_id = {}",
    ),
    (
        "jobs",
        "予定された処理（お知らせなど）",
        "participant_id = {}",
    ),
    ("correction_requests", "訂正の請求", "participant_id = {}"),
    ("use_stops", "利用停止", "participant_id = {}"),
    (
        "audit_log",
        "記録を見た・変えた職員の記録（監査ログ）",
        "participant_id = {}",
    ),
];

/// Columns that only prove a phone or reach it; never disclosed (they say nothing about the
/// person, and would let anyone holding the file act as their phone).
const WITHHELD: &[&str] = &["code_hash", "token_hash", "p256dh", "auth", "endpoint"];

#[derive(QueryableByName)]
struct JsonRow {
    #[diesel(sql_type = Text)]
    row: String,
}

#[derive(QueryableByName)]
struct ColumnName {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    #[diesel(column_name = type_)]
    type_: String,
}

/// The rows of one source, each as a JSON object of its stored columns.
fn rows_of(
    conn: &mut DbConn,
    table: &str,
    condition: &str,
    id: &ParticipantId,
) -> Result<Vec<serde_json::Value>, AppError> {
    let raw: Vec<JsonRow> = match conn {
        DbConn::Sqlite(c) => {
            let columns: Vec<ColumnName> = diesel::sql_query(format!(
                "SELECT name, type AS type_ FROM pragma_table_info('{table}')"
            ))
            .load(c)?;
            let pairs = columns
                .iter()
                .filter(|c| !c.type_.eq_ignore_ascii_case("blob"))
                .map(|c| format!("'{0}', \"{0}\"", c.name))
                .collect::<Vec<_>>()
                .join(", ");
            diesel::sql_query(format!(
                "SELECT json_object({pairs}) AS row FROM {table} WHERE {}",
                condition.replace("{}", "?")
            ))
            .bind::<Text, _>(id.as_str())
            .load(c)?
        }
        DbConn::Postgres(c) => diesel::sql_query(format!(
            "SELECT row_to_json(t)::text AS row FROM {table} t WHERE {}",
            condition.replace("{}", "$1")
        ))
        .bind::<Text, _>(id.as_str())
        .load(c)?,
    };
    raw.into_iter()
        .map(|r| {
            let mut value: serde_json::Value = serde_json::from_str(&r.row)
                .map_err(|e| AppError::Internal(format!("disclosure row of {table}: {e}")))?;
            if let Some(object) = value.as_object_mut() {
                for key in WITHHELD {
                    object.remove(*key);
                }
            }
            Ok(value)
        })
        .collect()
}

/// Everything dekita holds about one person (開示). The administrator's; audited.
pub fn disclose(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
) -> Result<Audited<Disclosure>, AppError> {
    ensure_visible(conn, scope, id)?;
    scope.may(Action::DisclosePersonalData)?;
    let seen = audit::Entry::new(scope, "participant.disclose", Some(id));
    let (family, given): (String, String) = participants::table
        .filter(participants::id.eq(id))
        .select((participants::family_name, participants::given_name))
        .first(conn)?;
    let municipality_name: String = municipalities::table
        .filter(municipalities::id.eq(&scope.municipality_id))
        .select(municipalities::name)
        .first(conn)?;
    let mut sections = Vec::with_capacity(SOURCES.len());
    for (table, title, condition) in SOURCES {
        sections.push(DisclosureSection {
            table: (*table).to_owned(),
            title: (*title).to_owned(),
            rows: rows_of(conn, table, condition, id)?,
        });
    }
    Ok(Audited::new(
        Disclosure {
            format: "dekita-disclosure-1".into(),
            participant_id: id.clone(),
            display_name: format!("{family} {given}"),
            municipality_name,
            produced_at: now(),
            produced_by: staff_name(conn, &scope.staff_id)?,
            sections,
        },
        seen,
    ))
}

/// The person's correction requests and whether use is stopped, without checks.
fn load(conn: &mut DbConn, id: &ParticipantId) -> Result<PrivacyRequests, AppError> {
    type Row = (
        CorrectionRequestId,
        String,
        NaiveDate,
        String,
        Option<NaiveDate>,
        StaffId,
        chrono::NaiveDateTime,
    );
    let rows: Vec<Row> = correction_requests::table
        .filter(correction_requests::participant_id.eq(id))
        .order((
            correction_requests::received_on.desc(),
            correction_requests::recorded_at.desc(),
        ))
        .select((
            correction_requests::id,
            correction_requests::requested,
            correction_requests::received_on,
            correction_requests::handling,
            correction_requests::handled_on,
            correction_requests::recorded_by,
            correction_requests::recorded_at,
        ))
        .load(conn)?;
    let mut corrections = Vec::with_capacity(rows.len());
    for (cid, requested, received_on, handling, handled_on, by, recorded_at) in rows {
        corrections.push(CorrectionRequest {
            id: cid,
            requested,
            received_on,
            handling,
            handled_on,
            recorded_by: staff_name(conn, &by)?,
            recorded_at,
        });
    }
    let live: Option<(String, chrono::NaiveDateTime, StaffId)> = use_stops::table
        .filter(use_stops::participant_id.eq(id))
        .filter(use_stops::lifted_at.is_null())
        .select((
            use_stops::reason,
            use_stops::stopped_at,
            use_stops::stopped_by,
        ))
        .first(conn)
        .optional()?;
    let use_stop = match live {
        Some((reason, stopped_at, by)) => Some(UseStop {
            reason,
            stopped_at,
            stopped_by: staff_name(conn, &by)?,
        }),
        None => None,
    };
    Ok(PrivacyRequests {
        participant_id: id.clone(),
        use_stop,
        corrections,
    })
}

/// The person's personal-data requests. The administrator's; audited.
pub fn requests(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
) -> Result<Audited<PrivacyRequests>, AppError> {
    ensure_visible(conn, scope, id)?;
    scope.may(Action::ReadPrivacyRequests)?;
    let seen = audit::Entry::new(scope, "privacy_requests.read", Some(id));
    Ok(Audited::new(load(conn, id)?, seen))
}

/// Records a correction request (訂正の請求) and, when known, how it was handled.
pub fn record_correction(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
    input: &CorrectionInput,
) -> Result<PrivacyRequests, AppError> {
    ensure_visible(conn, scope, id)?;
    scope.may(Action::RecordCorrectionRequest)?;
    let requested = names::required_text(&input.requested, "訂正を求められた内容", 2000)?;
    let handling = names::optional_text(&input.handling, "対応", 2000)?;
    if input.received_on > scope.today {
        return Err(AppError::validation("受け付けた日が未来になっています。"));
    }
    if let Some(handled) = input.handled_on {
        if handled < input.received_on || handled > scope.today {
            return Err(AppError::validation(
                "対応した日は、受け付けた日から今日までの日にしてください。",
            ));
        }
        if handling.is_empty() {
            return Err(AppError::validation("どう対応したかを書いてください。"));
        }
    }
    diesel::insert_into(correction_requests::table)
        .values((
            correction_requests::id.eq(CorrectionRequestId::generate()),
            correction_requests::participant_id.eq(id),
            correction_requests::requested.eq(requested),
            correction_requests::received_on.eq(input.received_on),
            correction_requests::handling.eq(handling),
            correction_requests::handled_on.eq(input.handled_on),
            correction_requests::recorded_by.eq(&scope.staff_id),
            correction_requests::recorded_at.eq(now()),
        ))
        .execute(conn)?;
    audit::record(conn, scope, "participant.correction_request", Some(id))?;
    load(conn, id)
}

/// Stops use of the person's data (利用停止): from now on only the administrator reads the
/// record; the person's phones are unbound (devices revoked, their refresh tokens revoked, any
/// unused code voided).
pub fn stop_use(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
    input: &UseStopInput,
) -> Result<PrivacyRequests, AppError> {
    ensure_visible(conn, scope, id)?;
    scope.may(Action::StopUse)?;
    let reason = names::required_text(&input.reason, "理由", 500)?;
    if is_stopped(conn, id)? {
        return Err(AppError::Conflict(
            "この方の情報の利用はすでに停止しています。".into(),
        ));
    }
    let at = now();
    diesel::insert_into(use_stops::table)
        .values((
            use_stops::id.eq(super::new_id()),
            use_stops::participant_id.eq(id),
            use_stops::reason.eq(reason),
            use_stops::stopped_at.eq(at),
            use_stops::stopped_by.eq(&scope.staff_id),
        ))
        .execute(conn)?;
    let phones: Vec<DeviceId> = devices::table
        .filter(devices::participant_id.eq(id))
        .filter(devices::revoked_at.is_null())
        .select(devices::id)
        .load(conn)?;
    diesel::update(devices::table.filter(devices::id.eq_any(&phones)))
        .set((
            devices::revoked_at.eq(Some(at)),
            devices::revoked_by.eq(Some(&scope.staff_id)),
        ))
        .execute(conn)?;
    for phone in phones {
        tokens::revoke_subject(conn, &Subject::Device(phone))?;
    }
    diesel::update(
        enrollment_codes::table
            .filter(enrollment_codes::participant_id.eq(id))
            .filter(enrollment_codes::used_at.is_null())
            .filter(enrollment_codes::voided_at.is_null()),
    )
    .set(enrollment_codes::voided_at.eq(Some(at)))
    .execute(conn)?;
    diesel::update(
        family_codes::table
            .filter(family_codes::participant_id.eq(id))
            .filter(family_codes::used_at.is_null())
            .filter(family_codes::voided_at.is_null()),
    )
    .set(family_codes::voided_at.eq(Some(at)))
    .execute(conn)?;
    audit::record(conn, scope, "participant.use_stop", Some(id))?;
    load(conn, id)
}

/// Lifts the stop of use: staff read the record again (the phones stay unbound; a new code
/// binds one).
pub fn lift_use_stop(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
) -> Result<PrivacyRequests, AppError> {
    ensure_visible(conn, scope, id)?;
    scope.may(Action::LiftUseStop)?;
    let lifted = diesel::update(
        use_stops::table
            .filter(use_stops::participant_id.eq(id))
            .filter(use_stops::lifted_at.is_null()),
    )
    .set((
        use_stops::lifted_at.eq(Some(now())),
        use_stops::lifted_by.eq(Some(&scope.staff_id)),
    ))
    .execute(conn)?;
    if lifted == 0 {
        return Err(AppError::Conflict(
            "この方の情報の利用は停止されていません。".into(),
        ));
    }
    audit::record(conn, scope, "participant.use_stop_lift", Some(id))?;
    load(conn, id)
}

/// Whether use of the person's data is stopped now.
pub fn is_stopped(conn: &mut DbConn, id: &ParticipantId) -> Result<bool, AppError> {
    let live: i64 = use_stops::table
        .filter(use_stops::participant_id.eq(id))
        .filter(use_stops::lifted_at.is_null())
        .count()
        .get_result(conn)?;
    Ok(live > 0)
}

/// The demo: one correction request, handled (the person's phone number was written wrong).
pub(super) fn load_demo(
    conn: &mut DbConn,
    participant: &ParticipantId,
    admin: &StaffId,
    today: NaiveDate,
) -> Result<(), AppError> {
    diesel::insert_into(correction_requests::table)
        .values((
            correction_requests::id.eq(CorrectionRequestId::generate()),
            correction_requests::participant_id.eq(participant),
            correction_requests::requested
                .eq("自宅の電話番号の下4桁が違っている（窓口で本人から）"),
            correction_requests::received_on.eq(today - chrono::Duration::days(20)),
            correction_requests::handling
                .eq("登録を正しい番号に直し、本人に電話で伝えた。事業所にも連絡。"),
            correction_requests::handled_on.eq(Some(today - chrono::Duration::days(17))),
            correction_requests::recorded_by.eq(admin),
            correction_requests::recorded_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::SOURCES;

    /// Every table of the schema that holds a person's id is disclosed: a new table with a
    /// `participant_id` column fails here until it is added to `SOURCES`.
    #[test]
    fn every_table_with_a_participant_id_is_disclosed() {
        let schema = include_str!("schema.rs");
        let mut holding = Vec::new();
        for block in schema.split("diesel::table! {").skip(1) {
            let name = block
                .trim_start()
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap();
            let body = block.split("\n}\n").next().unwrap();
            if body.contains("participant_id ->") {
                holding.push(name.to_owned());
            }
        }
        assert!(holding.len() > 20, "the schema was read: {holding:?}");
        assert!(holding.iter().any(|t| t == "participant_records"));
        for table in &holding {
            assert!(
                SOURCES.iter().any(|(t, _, _)| t == table),
                "`{table}` holds a participant_id but the disclosure (開示) leaves it out"
            );
        }
        for (table, _, condition) in SOURCES {
            assert!(condition.contains("{}"), "{table}");
            assert!(
                schema.contains(&format!("    {table} (")),
                "{table} is in the schema"
            );
        }
    }
}
