//! The demo's exit (出口): the end explained at 導入 for everyone who has started but one (so the
//! attention list shows it), two graduates with a review — one handed off to the demo
//! coordinator under a live consent, one whose consent was withdrawn (the coordinator's inbox
//! shows its tombstone) — and the coordinator's team. Every name is invented.

use chrono::{Days, NaiveDate};
use diesel::prelude::*;
use serde_json::json;

use super::schema::{
    consents, coordinator_teams, end_explanations, exit_settings, graduation_reviews,
    handoff_events, handoffs, interest_checklists,
};
use super::{new_id, now, DbConn};
use crate::domain::consent::WORDING_VERSION;
use crate::domain::graduation::EXPLANATION_VERSION;
use crate::domain::ids::{MunicipalityId, ParticipantId, StaffId};
use crate::error::AppError;

/// The people of the demo cohort by family name, with their start and end.
pub struct DemoPerson<'a> {
    pub id: &'a ParticipantId,
    pub family: &'a str,
    pub started_on: Option<NaiveDate>,
    pub ended_on: Option<NaiveDate>,
}

pub struct DemoStaff<'a> {
    pub municipality: &'a MunicipalityId,
    pub therapist: &'a StaffId,
    pub coordinator: &'a StaffId,
}

const WISHES: [(&str, &str, &[i32]); 10] = [
    (
        "佐野",
        "また公民館の書道の会に戻って、みんなと筆を持ちたい。",
        &[27],
    ),
    (
        "杉本",
        "畑をもう一度やって、孫に野菜を送りたい。",
        &[44, 15],
    ),
    ("石田", "将棋会所に歩いて通いたい。", &[35]),
    ("遠藤", "近所のサロンでおしゃべりしたい。", &[17]),
    ("岡本", "バスに乗って買い物に行きたい。", &[10, 14]),
    ("加藤", "孫の運動会を見に行きたい。", &[15]),
    ("木下", "友だちとカラオケに行きたい。", &[33]),
    ("久保", "お寺の掃除当番に戻りたい。", &[22, 23]),
    ("小松", "ひとりで旅行に行けるようになりたい。", &[46]),
    ("関口", "近所の体操に通いたい。", &[36]),
];

fn explain(
    conn: &mut DbConn,
    p: &DemoPerson,
    therapist: &StaffId,
    wish: &str,
    items: &[i32],
) -> Result<(), AppError> {
    let on = p.started_on.map(|d| d - Days::new(7));
    diesel::insert_into(end_explanations::table)
        .values((
            end_explanations::participant_id.eq(p.id),
            end_explanations::version.eq(1),
            end_explanations::explained_on.eq(on),
            end_explanations::explained_by.eq(Some(therapist)),
            end_explanations::to_whom.eq(Some("both")),
            end_explanations::medium.eq(Some("leaflet")),
            end_explanations::wording_version.eq(EXPLANATION_VERSION),
            end_explanations::wish.eq(wish),
            end_explanations::wish_items.eq(serde_json::to_string(items).unwrap_or_default()),
            end_explanations::updated_by.eq(therapist),
            end_explanations::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

fn checklist(
    conn: &mut DbConn,
    id: &ParticipantId,
    therapist: &StaffId,
    (phase, on): (&str, NaiveDate),
    marks: serde_json::Value,
) -> Result<(), AppError> {
    diesel::insert_into(interest_checklists::table)
        .values((
            interest_checklists::participant_id.eq(id),
            interest_checklists::phase.eq(phase),
            interest_checklists::version.eq(1),
            interest_checklists::filled_on.eq(Some(on)),
            interest_checklists::items.eq(marks.to_string()),
            interest_checklists::others.eq("[]"),
            interest_checklists::updated_by.eq(therapist),
            interest_checklists::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

fn review(
    conn: &mut DbConn,
    id: &ParticipantId,
    therapist: &StaffId,
    on: NaiveDate,
    outcome: &str,
    body: serde_json::Value,
) -> Result<(), AppError> {
    diesel::insert_into(graduation_reviews::table)
        .values((
            graduation_reviews::participant_id.eq(id),
            graduation_reviews::version.eq(1),
            graduation_reviews::reviewed_on.eq(Some(on)),
            graduation_reviews::outcome.eq(Some(outcome)),
            graduation_reviews::body.eq(body.to_string()),
            graduation_reviews::updated_by.eq(therapist),
            graduation_reviews::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub(super) fn event(
    conn: &mut DbConn,
    handoff: &str,
    state: &str,
    note: &str,
    on: NaiveDate,
    by: Option<&StaffId>,
) -> Result<(), AppError> {
    diesel::insert_into(handoff_events::table)
        .values((
            handoff_events::id.eq(new_id()),
            handoff_events::handoff_id.eq(handoff),
            handoff_events::state.eq(state),
            handoff_events::reason.eq(None::<String>),
            handoff_events::note.eq(note),
            handoff_events::on_date.eq(on),
            handoff_events::by_staff.eq(by),
            handoff_events::by_person.eq(by.is_none()),
            handoff_events::at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

pub fn load(
    conn: &mut DbConn,
    people: &[DemoPerson],
    staff: &DemoStaff,
    today: NaiveDate,
) -> Result<(), AppError> {
    diesel::insert_into(exit_settings::table)
        .values((
            exit_settings::municipality_id.eq(staff.municipality),
            exit_settings::support_counts_as_graduation.eq(true),
        ))
        .execute(conn)?;
    diesel::insert_into(coordinator_teams::table)
        .values((
            coordinator_teams::staff_id.eq(staff.coordinator),
            coordinator_teams::team.eq("北圏域"),
        ))
        .execute(conn)?;
    places(conn, staff, today)?;
    // 上野 started last week and nobody has recorded the explanation yet: an attention item.
    for (family, wish, items) in WISHES {
        if let Some(p) = people
            .iter()
            .find(|p| p.family == family && p.started_on.is_some())
        {
            explain(conn, p, staff.therapist, wish, items)?;
        }
    }
    let find = |family: &str| people.iter().find(|p| p.family == family);
    let (Some(sano), Some(sugimoto)) = (find("佐野"), find("杉本")) else {
        return Ok(());
    };
    let sano_end = sano.ended_on.unwrap_or(today);
    let sugimoto_end = sugimoto.ended_on.unwrap_or(today);
    // Their sheets at the start: 佐野 wanted to walk (散歩) and now does; 杉本 played 将棋
    // and, at the end, no longer does (the figures' 興味関心 indicator: one better, one worse).
    checklist(
        conn,
        sano.id,
        staff.therapist,
        ("assessment", sano.started_on.unwrap_or(sano_end)),
        json!([
            {"item": 17, "doing": true, "want": false, "interested": true},
            {"item": 27, "doing": false, "want": true, "interested": true},
            {"item": 37, "doing": false, "want": true, "interested": true}
        ]),
    )?;
    checklist(
        conn,
        sugimoto.id,
        staff.therapist,
        ("assessment", sugimoto.started_on.unwrap_or(sugimoto_end)),
        json!([
            {"item": 44, "doing": false, "want": true, "interested": true},
            {"item": 35, "doing": true, "want": false, "interested": true}
        ]),
    )?;
    checklist(
        conn,
        sano.id,
        staff.therapist,
        ("graduation", sano_end),
        json!([
            {"item": 17, "doing": true, "want": false, "interested": true},
            {"item": 27, "doing": false, "want": true, "interested": true},
            {"item": 32, "doing": false, "want": false, "interested": true},
            {"item": 37, "doing": true, "want": false, "interested": false}
        ]),
    )?;
    checklist(
        conn,
        sugimoto.id,
        staff.therapist,
        ("graduation", sugimoto_end),
        json!([
            {"item": 44, "doing": false, "want": true, "interested": true},
            {"item": 35, "doing": false, "want": false, "interested": true}
        ]),
    )?;
    review(
        conn,
        sano.id,
        staff.therapist,
        sano_end,
        "graduated",
        json!({
            "abilities": [
                "公民館まで休まずに歩けるようになりました（片道15分）。",
                "お風呂をひとりで入れるようになりました。",
                "バスの乗り降りが楽になりました。"
            ],
            "participation_wishes": "平日の午前中。書道の会に、友だちと一緒に。",
            "transport": ["walk", "bus"],
            "cautions": "長い階段は手すりを使います。右ひざが痛むときは無理をしません。",
            "own_words": "できることが増えて、外に出るのが楽しみになりました。",
            "exercise_plan": "かかと上げ 10回×2セット　週5日／いすからの立ち上がり 10回　毎日",
            "contact": "平日の午前中に、ご自宅の電話へ。",
            "area": "北圏域"
        }),
    )?;
    review(
        conn,
        sugimoto.id,
        staff.therapist,
        sugimoto_end,
        "graduated_with_support",
        json!({
            "support": ["d"],
            "abilities": ["畑まで歩いて行けるようになりました。", "しゃがんで草取りが10分できます。"],
            "participation_wishes": "週1回、近所の農園ボランティアに。",
            "transport": ["needs_pickup"],
            "cautions": "暑い日は水分をこまめにとります。",
            "own_words": "また土をさわれるのがうれしい。",
            "exercise_plan": "スクワット 10回×2セット　週4日",
            "contact": "夕方にご自宅へ。"
        }),
    )?;
    // 佐野: consent on her phone, handed off, acknowledged and contacted.
    let sano_consent = new_id();
    let given = sano_end - Days::new(7);
    let until = given
        .checked_add_months(chrono::Months::new(13))
        .unwrap_or(given);
    insert_consent(
        conn,
        &sano_consent,
        sano.id,
        staff,
        "device",
        json!([
            "contact",
            "interests",
            "summary_goals",
            "summary_abilities",
            "participation_wishes",
            "exercise_plan"
        ]),
        given,
        until,
        false,
    )?;
    let handoff = new_id();
    insert_handoff(
        conn,
        &handoff,
        sano.id,
        &sano_consent,
        staff,
        "contacted",
        given,
    )?;
    event(
        conn,
        &handoff,
        "sent",
        "書道の会に戻りたいとのことです。",
        given,
        Some(staff.therapist),
    )?;
    event(
        conn,
        &handoff,
        "acknowledged",
        "",
        given + Days::new(2),
        Some(staff.coordinator),
    )?;
    event(
        conn,
        &handoff,
        "contacted",
        "お電話で、来週公民館を一緒に見に行く約束をしました。",
        given + Days::new(5),
        Some(staff.coordinator),
    )?;
    // 杉本: consent on paper, handed off, then withdrawn by phone call to the provider.
    let sugimoto_consent = new_id();
    let given = sugimoto_end - Days::new(3);
    let until = given
        .checked_add_months(chrono::Months::new(13))
        .unwrap_or(given);
    insert_consent(
        conn,
        &sugimoto_consent,
        sugimoto.id,
        staff,
        "paper",
        json!(["contact", "interests", "participation_wishes", "care_notes"]),
        given,
        until,
        true,
    )?;
    let handoff = new_id();
    insert_handoff(
        conn,
        &handoff,
        sugimoto.id,
        &sugimoto_consent,
        staff,
        "withdrawn",
        given,
    )?;
    event(conn, &handoff, "sent", "", given, Some(staff.therapist))?;
    event(
        conn,
        &handoff,
        "acknowledged",
        "",
        given + Days::new(1),
        Some(staff.coordinator),
    )?;
    event(
        conn,
        &handoff,
        "withdrawn",
        "",
        given + Days::new(4),
        Some(staff.therapist),
    )?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
pub(super) fn insert_consent(
    conn: &mut DbConn,
    id: &str,
    participant: &ParticipantId,
    staff: &DemoStaff,
    method: &str,
    parts: serde_json::Value,
    given: NaiveDate,
    until: NaiveDate,
    withdrawn: bool,
) -> Result<(), AppError> {
    let given_at = given.and_hms_opt(2, 0, 0).unwrap_or_default();
    let on_paper = method == "paper";
    diesel::insert_into(consents::table)
        .values((
            consents::id.eq(id),
            consents::participant_id.eq(participant),
            consents::municipality_id.eq(staff.municipality),
            consents::purpose.eq("sc_handoff"),
            consents::recipient_staff_id.eq(Some(staff.coordinator)),
            consents::recipient_team.eq(Some("北圏域")),
            consents::parts.eq(parts.to_string()),
            consents::valid_from.eq(given),
            consents::valid_until.eq(until),
            consents::method.eq(method),
            consents::state.eq(if withdrawn { "withdrawn" } else { "given" }),
            consents::wording_version.eq(if on_paper {
                format!("paper:{WORDING_VERSION}")
            } else {
                WORDING_VERSION.to_owned()
            }),
            consents::paper_kept_at.eq(on_paper.then_some("事業所の鍵付き書庫（同意書ファイル）")),
            consents::created_by.eq(staff.therapist),
            consents::created_at.eq(given_at),
            consents::given_at.eq(Some(given_at)),
            consents::recorded_by.eq(on_paper.then_some(staff.therapist)),
            consents::withdrawn_at.eq(withdrawn.then(|| given_at + chrono::Duration::days(4))),
            consents::withdrawn_via.eq(withdrawn.then_some("staff")),
            consents::withdrawn_by.eq(withdrawn.then_some(staff.therapist)),
        ))
        .execute(conn)?;
    Ok(())
}

pub(super) fn insert_handoff(
    conn: &mut DbConn,
    id: &str,
    participant: &ParticipantId,
    consent: &str,
    staff: &DemoStaff,
    state: &str,
    sent_on: NaiveDate,
) -> Result<(), AppError> {
    let at = now();
    diesel::insert_into(handoffs::table)
        .values((
            handoffs::id.eq(id),
            handoffs::participant_id.eq(participant),
            handoffs::municipality_id.eq(staff.municipality),
            handoffs::coordinator_id.eq(staff.coordinator),
            handoffs::consent_id.eq(consent),
            handoffs::state.eq(state),
            handoffs::note.eq(""),
            handoffs::sent_on.eq(sent_on),
            handoffs::created_by.eq(staff.therapist),
            handoffs::created_at.eq(at),
            handoffs::updated_at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

type DemoPlace<'a> = (
    &'a str,
    crate::domain::places::PlaceKind,
    &'a [i32],
    &'a str,
    &'a str,
    &'a [crate::domain::graduation::Transport],
    &'a str,
    NaiveDate,
);

/// The places directory: a few places of ひだまり市, one not verified for over a year.
fn places(conn: &mut DbConn, staff: &DemoStaff, today: NaiveDate) -> Result<(), AppError> {
    use crate::domain::graduation::Transport::*;
    use crate::domain::places::PlaceKind;
    let recent = today - Days::new(60);
    let list: [DemoPlace; 6] = [
        (
            "公民館 書道の会",
            PlaceKind::Hobby,
            &[27, 24],
            "北圏域",
            "毎週火曜 10:00〜12:00",
            &[Walk, Bus],
            "ゆっくり筆を持つ会。道具は貸し出しがあります。",
            recent,
        ),
        (
            "ふれあいサロン ひだまり",
            PlaceKind::Salon,
            &[17, 18, 32],
            "北圏域",
            "毎週木曜 13:30〜15:00",
            &[Walk],
            "お茶を飲みながらおしゃべり。季節の行事もあります。",
            recent,
        ),
        (
            "いきいき百歳体操 北町会場",
            PlaceKind::Exercise,
            &[36, 37],
            "北圏域",
            "毎週月・金 10:00〜11:00",
            &[Walk],
            "おもりを使った体操を、みんなで30分。",
            recent,
        ),
        (
            "将棋クラブ 南",
            PlaceKind::Hobby,
            &[35],
            "南圏域",
            "毎週土曜 13:00〜16:00",
            &[Bus, SharedTaxi],
            "初心者も歓迎。見学だけでもどうぞ。",
            recent,
        ),
        (
            "みんなの農園ボランティア",
            PlaceKind::Volunteering,
            &[44, 11, 21],
            "南圏域",
            "第1・第3水曜 9:00〜11:00",
            &[NeedsPickup, SharedTaxi],
            "花壇と畑の手入れ。送迎の相談ができます。",
            recent,
        ),
        (
            "旅行サークル ひだまり",
            PlaceKind::Hobby,
            &[46, 14],
            "北圏域",
            "月1回（日帰り）",
            &[Walk, Bus],
            "日帰り旅行を計画する会。",
            today - Days::new(420),
        ),
    ];
    for (name, kind, tags, area, schedule, transport, description, verified) in list {
        super::places::insert_demo(
            conn,
            staff.municipality,
            staff.coordinator,
            name,
            kind,
            tags,
            area,
            schedule,
            transport,
            description,
            verified,
        )?;
    }
    Ok(())
}
