//! Follow-up after the program (フォローアップ): how a person is doing 3, 6 and 12 months after
//! the program ended (the handbook: 「3ヶ月後、半年後や1年後にどうなっているか」).
//!
//! The rules here are pure: when each follow-up is due and its window, who it falls to, the
//! words a follow-up is recorded in, and one derived status per follow-up for the figures —
//! chosen in a fixed priority so that 「地域につながった」 never mixes with "improved, activity
//! unknown" (the mistake in the Honjo figures, where both made one 28.2 %).

use chrono::{Datelike, Days, Months, NaiveDate};

use super::consent::{self, Facts, Purpose, Standing};
use super::ids::StaffId;

/// The follow-ups after the program, in months after its end.
pub const POINTS: [u32; 3] = [3, 6, 12];

/// Days either side of the due date in which a follow-up is on time.
pub const WINDOW_DAYS: u64 = 14;

/// Days past the window after which the municipality is shown an overdue follow-up.
pub const ESCALATE_AFTER_DAYS: u64 = 30;

/// The day a follow-up is due: `months` after the program's end, on the same day of the month
/// or the month's last day (31 January + 3 months is 30 April).
pub fn due_on(ended_on: NaiveDate, months: u32) -> NaiveDate {
    ended_on
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// The days in which a follow-up is on time: 14 days either side of its due date.
pub fn window(due: NaiveDate) -> (NaiveDate, NaiveDate) {
    (due - Days::new(WINDOW_DAYS), due + Days::new(WINDOW_DAYS))
}

/// Where a follow-up task stands on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TaskState {
    /// Its window has not opened.
    Upcoming,
    /// Inside its window: to do now.
    Due,
    /// Past its window and not done.
    Overdue,
    /// Overdue for more than 30 days: the municipality sees it.
    Escalated,
    Done,
}

crate::text_enum!(TaskState, "follow-up state", {
    Upcoming => "upcoming",
    Due => "due",
    Overdue => "overdue",
    Escalated => "escalated",
    Done => "done",
});

pub fn state_on(today: NaiveDate, due: NaiveDate, done_on: Option<NaiveDate>) -> TaskState {
    if done_on.is_some() {
        return TaskState::Done;
    }
    let (opens, closes) = window(due);
    if today < opens {
        TaskState::Upcoming
    } else if today <= closes {
        TaskState::Due
    } else if today <= closes + Days::new(ESCALATE_AFTER_DAYS) {
        TaskState::Overdue
    } else {
        TaskState::Escalated
    }
}

/// Who a follow-up falls to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Assignee {
    /// The 生活支援コーディネーター holding a live consent for the handoff.
    Coordinator(StaffId),
    /// The 地域包括支援センター staff member who referred the person.
    CareManager(StaffId),
    /// The municipality itself.
    Municipality,
}

/// The coordinator with a live consent, else the referring 包括, else the municipality.
pub fn assignee(
    coordinator_with_consent: Option<StaffId>,
    referring_care_manager: Option<StaffId>,
) -> Assignee {
    match (coordinator_with_consent, referring_care_manager) {
        (Some(c), _) => Assignee::Coordinator(c),
        (None, Some(m)) => Assignee::CareManager(m),
        (None, None) => Assignee::Municipality,
    }
}

/// Whether a consent carries a follow-up task on `today`: a handoff consent (`sc_handoff`)
/// naming a coordinator, live today and still live on the day the task's window opens (or
/// today, once it has opened). A consent that starts next month carries nothing until then;
/// one that ends before the window opens does not carry that task.
pub fn consent_carries(c: &Facts, today: NaiveDate, due: NaiveDate) -> bool {
    let work_from = today.max(window(due).0);
    c.purpose == Purpose::ScHandoff
        && c.recipient_staff_id.is_some()
        && consent::standing(c, today) == Standing::Live
        && consent::standing(c, work_from) == Standing::Live
}

/// Who holds an open task on `today`, decided afresh each time the task is read (there is no
/// daily sweep): the coordinator of the consent it rests on while that consent carries it,
/// else the coordinator of another consent that carries it (the latest to begin, then by id,
/// so every server answers alike), else — when it rested on a consent that no longer carries
/// it — the referring 包括, else the municipality. A task with the referring 包括 (or the
/// municipality, when no 包括 referred) goes to a coordinator as soon as a consent carries it;
/// one the municipality gave to someone else on purpose stays with them.
/// Returns the holder and the consent it rests on.
pub fn holder(
    stored: &Assignee,
    stored_consent: Option<&str>,
    consents: &[(String, Facts)],
    referring_care_manager: Option<StaffId>,
    today: NaiveDate,
    due: NaiveDate,
) -> (Assignee, Option<String>) {
    let carrying = |(_, c): &&(String, Facts)| consent_carries(c, today, due);
    let default = assignee(None, referring_care_manager.clone());
    if !matches!(stored, Assignee::Coordinator(_)) && *stored != default {
        // The municipality gave it to someone on purpose: it stays with them.
        return (stored.clone(), None);
    }
    if let (Assignee::Coordinator(_), Some(id)) = (stored, stored_consent) {
        if consents.iter().filter(carrying).any(|(cid, _)| cid == id) {
            return (stored.clone(), Some(id.to_owned()));
        }
    }
    let best = consents
        .iter()
        .filter(carrying)
        .max_by(|(a_id, a), (b_id, b)| a.valid_from.cmp(&b.valid_from).then(b_id.cmp(a_id)));
    if let Some((id, c)) = best {
        if let Some(sc) = &c.recipient_staff_id {
            return (
                Assignee::Coordinator(StaffId::from(sc.clone())),
                Some(id.clone()),
            );
        }
    }
    match stored {
        Assignee::Coordinator(_) => (assignee(None, referring_care_manager), None),
        other => (other.clone(), None),
    }
}

/// How the follow-up was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Phone,
    Visit,
    AtPlace,
    SelfReport,
    ClaimsData,
    FromCareManager,
}

crate::text_enum!(Method, "follow-up method", {
    Phone => "phone",
    Visit => "visit",
    AtPlace => "at_place",
    SelfReport => "self_report",
    ClaimsData => "claims_data",
    FromCareManager => "from_care_manager",
});

impl Method {
    pub fn label_ja(self) -> &'static str {
        match self {
            Method::Phone => "電話",
            Method::Visit => "訪問",
            Method::AtPlace => "通いの場で面会",
            Method::SelfReport => "本人の自己申告（アプリ）",
            Method::ClaimsData => "給付データ",
            Method::FromCareManager => "包括からの情報",
        }
    }
}

/// Formal services in use at the follow-up (several may apply).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Service {
    /// 一般介護予防事業 (not a formal service for the status).
    GeneralPrevention,
    /// 総合事業B (住民主体) — support the municipality may count as graduation.
    TypeB,
    /// 総合事業D (移動支援).
    TypeD,
    TypeA,
    EquivalentDay,
    EquivalentHome,
    PreventiveBenefit,
    CareBenefit,
    CAgain,
    MedicalRehab,
    InHospital,
}

crate::text_enum!(Service, "service", {
    GeneralPrevention => "general_prevention",
    TypeB => "type_b",
    TypeD => "type_d",
    TypeA => "type_a",
    EquivalentDay => "equivalent_day",
    EquivalentHome => "equivalent_home",
    PreventiveBenefit => "preventive_benefit",
    CareBenefit => "care_benefit",
    CAgain => "c_again",
    MedicalRehab => "medical_rehab",
    InHospital => "in_hospital",
});

impl Service {
    pub fn label_ja(self) -> &'static str {
        match self {
            Service::GeneralPrevention => "一般介護予防事業",
            Service::TypeB => "総合事業B（住民主体）",
            Service::TypeD => "総合事業D（移動支援）",
            Service::TypeA => "総合事業A（緩和した基準）",
            Service::EquivalentDay => "従前相当（通所）",
            Service::EquivalentHome => "従前相当（訪問）",
            Service::PreventiveBenefit => "予防給付（通所リハなど）",
            Service::CareBenefit => "介護給付",
            Service::CAgain => "短期集中Cの再利用",
            Service::MedicalRehab => "外来リハ（医療）",
            Service::InHospital => "入院中",
        }
    }

    /// A care service for the status: 従前相当, A, 予防給付, 介護給付 or C again.
    fn is_care(self) -> bool {
        matches!(
            self,
            Service::TypeA
                | Service::EquivalentDay
                | Service::EquivalentHome
                | Service::PreventiveBenefit
                | Service::CareBenefit
                | Service::CAgain
        )
    }
}

/// A life event since the last contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LifeEvent {
    Moved,
    Institution,
    Died,
    Unreachable,
}

crate::text_enum!(LifeEvent, "life event", {
    Moved => "moved",
    Institution => "institution",
    Died => "died",
    Unreachable => "unreachable",
});

/// What the follow-up found, as far as the status needs it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Findings {
    pub services: Vec<Service>,
    /// Any participation in the community (通いの場, 趣味の会, 就労, ボランティア, 地域活動, 家庭での役割).
    pub participates: bool,
    pub events: Vec<LifeEvent>,
    /// Living on independently (contact made, no service, no participation).
    pub living_independently: bool,
}

/// One status per follow-up, for the figures; the first that applies, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    Died,
    Moved,
    Institution,
    Hospital,
    CareService,
    MedicalRehab,
    Community,
    SelfOnly,
    Unknown,
}

crate::text_enum!(Status, "follow-up status", {
    Died => "died",
    Moved => "moved",
    Institution => "institution",
    Hospital => "hospital",
    CareService => "care_service",
    MedicalRehab => "medical_rehab",
    Community => "community",
    SelfOnly => "self_only",
    Unknown => "unknown",
});

impl Status {
    pub fn label_ja(self) -> &'static str {
        match self {
            Status::Died => "死亡",
            Status::Moved => "転居",
            Status::Institution => "施設入所",
            Status::Hospital => "入院中",
            Status::CareService => "介護サービスを利用",
            Status::MedicalRehab => "医療のリハビリを利用",
            Status::Community => "地域につながった",
            Status::SelfOnly => "自分で暮らしている（参加の場はなし）",
            Status::Unknown => "不明",
        }
    }

    /// The headline the figures group by: 地域につながった, 介護・医療へ移行, or neither.
    pub fn headline(self) -> Option<&'static str> {
        match self {
            Status::Community => Some("地域につながった"),
            Status::CareService | Status::MedicalRehab => Some("介護・医療へ移行"),
            _ => None,
        }
    }
}

/// The derived status: died > moved > institution > hospital > care service > medical rehab
/// > community > self only > unknown.
pub fn status(f: &Findings) -> Status {
    let event = |e: LifeEvent| f.events.contains(&e);
    let service = |s: Service| f.services.contains(&s);
    if event(LifeEvent::Died) {
        Status::Died
    } else if event(LifeEvent::Moved) {
        Status::Moved
    } else if event(LifeEvent::Institution) {
        Status::Institution
    } else if service(Service::InHospital) {
        Status::Hospital
    } else if f.services.iter().any(|s| s.is_care()) {
        Status::CareService
    } else if service(Service::MedicalRehab) {
        Status::MedicalRehab
    } else if event(LifeEvent::Unreachable) {
        Status::Unknown
    } else if f.participates {
        Status::Community
    } else if f.living_independently {
        Status::SelfOnly
    } else {
        Status::Unknown
    }
}

/// Whether a graduate recorded as connected to a place, whose last attendance there was
/// `last_seen`, has stopped coming: four weeks without attending a place they went to weekly
/// (or `expected_gap_days` × 2 for another rhythm) becomes a task for the coordinator.
pub fn stopped_attending(today: NaiveDate, last_seen: NaiveDate, expected_gap_days: u64) -> bool {
    let allowed = (expected_gap_days.max(7) * 2).max(28);
    today > last_seen + Days::new(allowed)
}

/// Why a connected graduate's place became a task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stopped {
    /// The coordinator recorded that they no longer come (on that day).
    Recorded(NaiveDate),
    /// Recorded as coming, but not seen there for four weeks (since that day).
    NotSeen(NaiveDate),
}

/// Whether the latest attendance check of a graduate connected to a place makes a task on
/// `today`: recorded as no longer coming, or last seen too long ago (`stopped_attending`,
/// weekly rhythm). A later check that says they come again ends it.
pub fn stopped_task(
    attending: bool,
    last_seen: Option<NaiveDate>,
    checked_on: NaiveDate,
    today: NaiveDate,
) -> Option<Stopped> {
    if !attending {
        return Some(Stopped::Recorded(checked_on));
    }
    last_seen
        .filter(|seen| stopped_attending(today, *seen, 7))
        .map(Stopped::NotSeen)
}

/// Who holds a stopped-attending task, in words for its note.
pub fn holder_note(who: &Assignee, name: Option<&str>) -> String {
    let name = name.map(|n| format!("（{n}）")).unwrap_or_default();
    match who {
        Assignee::Coordinator(_) => {
            format!("同意のある生活支援コーディネーター{name}が担当します。")
        }
        Assignee::CareManager(_) => format!(
            "生活支援コーディネーターへの同意が今は有効でないため、紹介元の地域包括支援センター{name}が担当します。"
        ),
        Assignee::Municipality => "生活支援コーディネーターへの同意も紹介元の包括もないため、市町村が担当します。".to_owned(),
    }
}

/// How often the person goes out, in their own words on the phone (the self-report).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Outings {
    /// ほぼ毎日
    MostDays,
    /// 週に2〜3回
    FewAWeek,
    /// 週に1回くらい
    OnceAWeek,
    /// あまり出かけない
    Rarely,
}

crate::text_enum!(Outings, "outings", {
    MostDays => "most_days",
    FewAWeek => "few_a_week",
    OnceAWeek => "once_a_week",
    Rarely => "rarely",
});

/// Where the person goes (several may apply), in their own words.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum OutingPlace {
    /// 通いの場・サロン
    Salon,
    /// 趣味の集まり
    Hobby,
    /// 買い物
    Shopping,
    /// 散歩
    Walk,
    /// 仕事・ボランティア
    Work,
    /// 家族や友人の家
    Family,
    /// 病院
    Clinic,
    /// そのほか
    Other,
}

/// Whether the home exercise goes on, in the person's words.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Keeping {
    /// ほぼ毎日つづけている
    MostDays,
    /// ときどき
    Sometimes,
    /// やめてしまった
    Stopped,
}

crate::text_enum!(Keeping, "exercise keeping", {
    MostDays => "most_days",
    Sometimes => "sometimes",
    Stopped => "stopped",
});

/// Whether the person may answer the self-report of a follow-up on their phone today: from the
/// day its window opens until a staff member has recorded the follow-up.
pub fn self_report_open(today: NaiveDate, due: NaiveDate, done_on: Option<NaiveDate>) -> bool {
    done_on.is_none() && today >= window(due).0
}

/// The outing places a person goes to that count as taking part in the community (for the
/// staff's record: a hint, never the status by itself).
pub fn community_places(places: &[OutingPlace]) -> bool {
    places.iter().any(|p| {
        matches!(
            p,
            OutingPlace::Salon | OutingPlace::Hobby | OutingPlace::Work
        )
    })
}

/// The follow-up's due dates for a program that ended on `ended_on`.
pub fn schedule(ended_on: NaiveDate) -> Vec<(u32, NaiveDate)> {
    POINTS.iter().map(|m| (*m, due_on(ended_on, *m))).collect()
}

/// 3か月後, 6か月後, 1年後.
pub fn months_ja(months: u32) -> String {
    if months == 12 {
        "1年後".to_owned()
    } else {
        format!("{months}か月後")
    }
}

/// 〇年〇月〇日 for a due date in a task list.
pub fn date_ja(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn due_dates_are_three_six_and_twelve_months_after_the_end() {
        assert_eq!(
            schedule(d(2026, 11, 25)),
            vec![
                (3, d(2027, 2, 25)),
                (6, d(2027, 5, 25)),
                (12, d(2027, 11, 25))
            ]
        );
        // The end of a longer month lands on the last day of a shorter one.
        assert_eq!(due_on(d(2026, 11, 30), 3), d(2027, 2, 28));
        assert_eq!(due_on(d(2027, 8, 31), 6), d(2028, 2, 29), "leap year");
    }

    #[test]
    fn a_task_is_due_fourteen_days_either_side_and_escalates_thirty_days_after_its_window() {
        let due = d(2027, 2, 25);
        assert_eq!(window(due), (d(2027, 2, 11), d(2027, 3, 11)));
        assert_eq!(state_on(d(2027, 2, 10), due, None), TaskState::Upcoming);
        assert_eq!(state_on(d(2027, 2, 11), due, None), TaskState::Due);
        assert_eq!(state_on(d(2027, 3, 11), due, None), TaskState::Due);
        assert_eq!(state_on(d(2027, 3, 12), due, None), TaskState::Overdue);
        assert_eq!(state_on(d(2027, 4, 10), due, None), TaskState::Overdue);
        assert_eq!(state_on(d(2027, 4, 11), due, None), TaskState::Escalated);
        assert_eq!(
            state_on(d(2027, 4, 11), due, Some(d(2027, 4, 1))),
            TaskState::Done
        );
    }

    #[test]
    fn the_task_goes_to_the_coordinator_with_consent_else_the_referrer_else_the_municipality() {
        let sc = StaffId::from_stored("sc");
        let cm = StaffId::from_stored("cm");
        assert_eq!(
            assignee(Some(sc.clone()), Some(cm.clone())),
            Assignee::Coordinator(sc)
        );
        assert_eq!(assignee(None, Some(cm.clone())), Assignee::CareManager(cm));
        assert_eq!(assignee(None, None), Assignee::Municipality);
    }

    fn handoff(sc: &str, from: NaiveDate, until: NaiveDate) -> Facts {
        Facts {
            purpose: Purpose::ScHandoff,
            state: consent::State::Given,
            recipient_staff_id: Some(sc.to_owned()),
            recipient_team: None,
            parts: Vec::new(),
            valid_from: from,
            valid_until: until,
        }
    }

    #[test]
    fn a_consent_from_next_month_carries_the_task_only_from_then_with_no_sweep() {
        let cm = StaffId::from_stored("cm");
        let sc = StaffId::from_stored("sc");
        let due = d(2027, 2, 28);
        let consents = vec![(
            "c1".to_owned(),
            handoff("sc", d(2027, 1, 1), d(2028, 3, 31)),
        )];
        let made = assignee(None, Some(cm.clone()));
        // Before the consent begins, the 包括 holds the task.
        assert_eq!(
            holder(
                &made,
                None,
                &consents,
                Some(cm.clone()),
                d(2026, 12, 31),
                due
            ),
            (Assignee::CareManager(cm.clone()), None)
        );
        // From its first day, read again: the coordinator holds it, through that consent.
        assert_eq!(
            holder(&made, None, &consents, Some(cm.clone()), d(2027, 1, 1), due),
            (Assignee::Coordinator(sc.clone()), Some("c1".to_owned()))
        );
        // After it ends, back to the 包括 (and to the municipality without one).
        let held = Assignee::Coordinator(sc.clone());
        assert_eq!(
            holder(
                &held,
                Some("c1"),
                &consents,
                Some(cm.clone()),
                d(2028, 4, 1),
                due
            ),
            (Assignee::CareManager(cm), None)
        );
        assert_eq!(
            holder(&held, Some("c1"), &consents, None, d(2028, 4, 1), due),
            (Assignee::Municipality, None)
        );
    }

    #[test]
    fn a_consent_that_ends_before_the_window_does_not_carry_that_task() {
        let short = handoff("sc", d(2026, 12, 1), d(2027, 3, 31));
        // Live today; the 3-month window opens 14 February: carried.
        assert!(consent_carries(&short, d(2026, 12, 10), d(2027, 2, 28)));
        // The 6-month window opens 16 May, after the end: not carried.
        assert!(!consent_carries(&short, d(2026, 12, 10), d(2027, 5, 30)));
        // Withdrawn, or for another purpose: never.
        let mut gone = short.clone();
        gone.state = consent::State::Withdrawn;
        assert!(!consent_carries(&gone, d(2026, 12, 10), d(2027, 2, 28)));
        let mut other = short;
        other.purpose = Purpose::ReferrerFeedback;
        assert!(!consent_carries(&other, d(2026, 12, 10), d(2027, 2, 28)));
    }

    #[test]
    fn the_holder_keeps_its_consent_else_takes_the_latest_then_the_lowest_id() {
        let due = d(2027, 2, 28);
        let today = d(2027, 1, 10);
        let consents = vec![
            (
                "b".to_owned(),
                handoff("sc2", d(2026, 12, 1), d(2028, 1, 1)),
            ),
            (
                "a".to_owned(),
                handoff("sc3", d(2026, 12, 1), d(2028, 1, 1)),
            ),
            (
                "z".to_owned(),
                handoff("sc1", d(2026, 11, 1), d(2028, 1, 1)),
            ),
        ];
        let kept = Assignee::Coordinator(StaffId::from_stored("sc1"));
        assert_eq!(
            holder(&kept, Some("z"), &consents, None, today, due).1,
            Some("z".to_owned()),
            "a task stays with the consent it rests on while that carries it"
        );
        let (who, via) = holder(&Assignee::Municipality, None, &consents, None, today, due);
        assert_eq!(who, Assignee::Coordinator(StaffId::from_stored("sc3")));
        assert_eq!(via, Some("a".to_owned()));
        // Given on purpose to the municipality (a 包括 referred): it stays there.
        let cm = StaffId::from_stored("cm");
        assert_eq!(
            holder(
                &Assignee::Municipality,
                None,
                &consents,
                Some(cm.clone()),
                today,
                due
            ),
            (Assignee::Municipality, None)
        );
        let other = Assignee::CareManager(StaffId::from_stored("cm2"));
        assert_eq!(
            holder(&other, None, &consents, Some(cm), today, due).0,
            other
        );
        // The order the consents come in does not matter.
        let mut reversed = consents.clone();
        reversed.reverse();
        assert_eq!(
            holder(&Assignee::Municipality, None, &reversed, None, today, due).1,
            Some("a".to_owned())
        );
    }

    #[test]
    fn the_status_follows_the_priority_for_every_category() {
        let all_events = vec![
            LifeEvent::Died,
            LifeEvent::Moved,
            LifeEvent::Institution,
            LifeEvent::Unreachable,
        ];
        let mut f = Findings {
            services: vec![
                Service::InHospital,
                Service::CareBenefit,
                Service::MedicalRehab,
            ],
            participates: true,
            events: all_events,
            living_independently: true,
        };
        let mut seen = Vec::new();
        // Remove the deciding fact each time: the next category in the order decides.
        seen.push(status(&f));
        f.events.retain(|e| *e != LifeEvent::Died);
        seen.push(status(&f));
        f.events.retain(|e| *e != LifeEvent::Moved);
        seen.push(status(&f));
        f.events.retain(|e| *e != LifeEvent::Institution);
        seen.push(status(&f));
        f.services.retain(|s| *s != Service::InHospital);
        seen.push(status(&f));
        f.services.retain(|s| *s != Service::CareBenefit);
        seen.push(status(&f));
        f.services.clear();
        f.events.clear();
        seen.push(status(&f));
        f.participates = false;
        seen.push(status(&f));
        f.living_independently = false;
        seen.push(status(&f));
        assert_eq!(
            seen,
            vec![
                Status::Died,
                Status::Moved,
                Status::Institution,
                Status::Hospital,
                Status::CareService,
                Status::MedicalRehab,
                Status::Community,
                Status::SelfOnly,
                Status::Unknown
            ]
        );
    }

    #[test]
    fn b_d_and_general_prevention_are_not_care_services_and_unreachable_is_unknown() {
        let f = Findings {
            services: vec![Service::TypeB, Service::TypeD, Service::GeneralPrevention],
            participates: true,
            ..Findings::default()
        };
        assert_eq!(status(&f), Status::Community);
        assert_eq!(status(&f).headline(), Some("地域につながった"));
        let gone = Findings {
            events: vec![LifeEvent::Unreachable],
            participates: true,
            ..Findings::default()
        };
        assert_eq!(
            status(&gone),
            Status::Unknown,
            "not reached: not counted as community"
        );
        let a = Findings {
            services: vec![Service::TypeA],
            participates: true,
            ..Findings::default()
        };
        assert_eq!(status(&a).headline(), Some("介護・医療へ移行"));
        assert_eq!(
            Status::SelfOnly.headline(),
            None,
            "kept apart from community"
        );
    }

    #[test]
    fn stopping_at_a_place_is_noticed_after_four_weeks_or_two_gaps() {
        let seen = d(2027, 1, 6);
        assert!(!stopped_attending(d(2027, 2, 3), seen, 7));
        assert!(stopped_attending(d(2027, 2, 4), seen, 7));
        // A monthly place: two months.
        assert!(!stopped_attending(d(2027, 3, 1), seen, 30));
        assert!(stopped_attending(d(2027, 3, 8), seen, 30));
    }

    #[test]
    fn a_recorded_stop_or_four_weeks_unseen_is_a_task_and_coming_again_ends_it() {
        let checked = d(2027, 1, 10);
        assert_eq!(
            stopped_task(false, Some(d(2027, 1, 2)), checked, checked),
            Some(Stopped::Recorded(checked))
        );
        assert_eq!(
            stopped_task(true, Some(d(2027, 1, 6)), checked, d(2027, 2, 3)),
            None
        );
        assert_eq!(
            stopped_task(true, Some(d(2027, 1, 6)), checked, d(2027, 2, 4)),
            Some(Stopped::NotSeen(d(2027, 1, 6)))
        );
        assert_eq!(stopped_task(true, None, checked, d(2027, 6, 1)), None);
        let sc = Assignee::Coordinator(StaffId::from_stored("sc"));
        assert!(holder_note(&sc, Some("小林")).contains("生活支援コーディネーター（小林）が担当"));
        let cm = Assignee::CareManager(StaffId::from_stored("cm"));
        assert!(holder_note(&cm, Some("中村")).contains("紹介元の地域包括支援センター（中村）"));
        assert!(holder_note(&Assignee::Municipality, None).contains("市町村が担当"));
    }

    #[test]
    fn the_self_report_opens_with_the_window_and_closes_when_staff_record() {
        let due = d(2027, 5, 30);
        assert!(!self_report_open(d(2027, 5, 15), due, None));
        assert!(self_report_open(d(2027, 5, 16), due, None));
        assert!(
            self_report_open(d(2027, 8, 1), due, None),
            "late is still welcome"
        );
        assert!(!self_report_open(d(2027, 5, 20), due, Some(d(2027, 5, 20))));
        assert!(community_places(&[
            OutingPlace::Shopping,
            OutingPlace::Salon
        ]));
        assert!(!community_places(&[
            OutingPlace::Shopping,
            OutingPlace::Walk
        ]));
        assert_eq!(Keeping::from_text("stopped"), Ok(Keeping::Stopped));
        assert!(Outings::from_text("never").is_err());
    }

    #[test]
    fn every_stored_word_reads_back() {
        use crate::domain::text::TextEnum;
        for s in Status::ALL {
            assert_eq!(Status::from_text(s.as_str()), Ok(*s));
        }
        for s in Service::ALL {
            assert!(!s.label_ja().is_empty());
        }
        assert_eq!(Method::from_text("phone").unwrap().label_ja(), "電話");
        assert!(Method::from_text("fax").is_err());
        assert_eq!(date_ja(d(2027, 2, 5)), "2027年2月5日");
    }
}
