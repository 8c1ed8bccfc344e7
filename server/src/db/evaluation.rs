//! The municipality's outcome figures: every enrollment of the municipality (or of one provider
//! or cohort) in one fiscal year, reduced by the rules in `domain/evaluation.rs`. A handful of
//! queries whatever the size; the answer holds counts only, never a person.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use diesel::prelude::*;
use diesel::sql_types::{Nullable, Text};
use diesel::IntoSql;

use super::audit::{self, Audited};
use super::schema::{
    cohorts, enrollments, goals, performance_tests, program_sessions, providers, screenings,
};
use super::{DbConn, StaffScope};
use crate::domain::eligibility::{Certification, ChecklistAnswers};
use crate::domain::enrollment::EnrollmentStatus;
use crate::domain::evaluation::{
    self as rules, Better, Change, Enrollment, Figure, Indicator, Margins, Standing, TestPair,
};
use crate::domain::ids::{CohortId, ProviderId};
use crate::domain::policy::Action;
use crate::domain::sessions::Attendance;
use crate::error::AppError;
use crate::wire::evaluation::{
    DestinationView, Evaluation, FigureView, Funnel, IndicatorView, ProfileView, ReasonCount,
};

/// Which enrollments to count.
#[derive(Debug, Clone)]
pub struct Filter {
    /// The fiscal year (April to March) by its first year: 2026 is 2026-04-01 … 2027-03-31.
    pub fiscal_year: i32,
    pub provider_id: Option<ProviderId>,
    pub cohort_id: Option<CohortId>,
}

/// The fiscal year (年度) a day belongs to.
pub fn fiscal_year_of(day: NaiveDate) -> i32 {
    if day.month() >= 4 {
        day.year()
    } else {
        day.year() - 1
    }
}

/// The first day of a fiscal year and the first day of the next (`fiscal_year_of` is the
/// year for exactly the days in between).
fn fiscal_year_span(year: i32) -> Result<(NaiveDate, NaiveDate), AppError> {
    let april = |y| NaiveDate::from_ymd_opt(y, 4, 1);
    match (april(year), april(year + 1)) {
        (Some(first), Some(next)) => Ok((first, next)),
        _ => Err(AppError::validation("年度をご確認ください。")),
    }
}

/// The enrollments the figures count: those in the municipality's cohorts (or one provider's
/// or cohort's), of the fiscal year they started in (or, not started, were made in: between
/// `from` and `until`). The database narrows, so the same query gives the rows and, as a
/// subquery, their people: never a list of ids, which stops past the databases' parameter
/// limits in a large municipality.
///
/// Scoped by the cohorts' municipality: an enrollment is only ever made in a cohort of the
/// participant's own municipality (`participants::create`), and the cohorts are a few
/// thousand rows to hash where the participants would be one probe per person.
///
/// A filter not asked for is `NULL IS NULL OR …`, which PostgreSQL drops when it plans the
/// statement with its values, as it does on the read connections (`force_custom_plan`, see
/// `db::POSTGRES_READ_ONLY`). Written as `provider_id = coalesce(NULL, provider_id)` instead,
/// it stayed in the plan and made PostgreSQL expect one enrollment in place of ten thousand.
#[diesel::dsl::auto_type]
fn counted_in(
    municipality: String,
    provider: Option<String>,
    cohort: Option<String>,
    first: NaiveDate,
    next: NaiveDate,
    from: NaiveDateTime,
    until: NaiveDateTime,
) -> _ {
    let provider_wanted: diesel::dsl::AsExprOf<Option<String>, Nullable<Text>> =
        provider.clone().into_sql::<Nullable<Text>>();
    let provider_given: diesel::dsl::AsExprOf<Option<String>, Nullable<Text>> =
        provider.into_sql::<Nullable<Text>>();
    let cohort_wanted: diesel::dsl::AsExprOf<Option<String>, Nullable<Text>> =
        cohort.clone().into_sql::<Nullable<Text>>();
    let cohort_given: diesel::dsl::AsExprOf<Option<String>, Nullable<Text>> =
        cohort.into_sql::<Nullable<Text>>();
    enrollments::table
        .filter(
            enrollments::cohort_id.eq_any(
                cohorts::table
                    .filter(cohorts::municipality_id.eq(municipality))
                    .filter(
                        provider_wanted
                            .is_null()
                            .or(cohorts::provider_id.nullable().eq(provider_given)),
                    )
                    .filter(
                        cohort_wanted
                            .is_null()
                            .or(cohorts::id.nullable().eq(cohort_given)),
                    )
                    .select(cohorts::id),
            ),
        )
        .filter(
            enrollments::started_on
                .ge(first)
                .and(enrollments::started_on.lt(next))
                .or(enrollments::started_on
                    .is_null()
                    .and(enrollments::created_at.ge(from))
                    .and(enrollments::created_at.lt(until))),
        )
}

fn counted(scope: &StaffScope, filter: &Filter) -> Result<counted_in, AppError> {
    let (first, next) = fiscal_year_span(filter.fiscal_year)?;
    let midnight = |day: NaiveDate| day.and_time(NaiveTime::MIN);
    Ok(counted_in(
        scope.municipality_id.as_str().to_owned(),
        filter.provider_id.as_ref().map(|p| p.as_str().to_owned()),
        filter.cohort_id.as_ref().map(|c| c.as_str().to_owned()),
        first,
        next,
        midnight(first),
        midnight(next),
    ))
}

/// The people of the counted enrollments, as a subquery.
pub(super) type CountedIds = diesel::dsl::Select<counted_in, enrollments::participant_id>;

/// The people of the counted enrollments, as a subquery (a fresh one for each use).
fn counted_ids(scope: &StaffScope, filter: &Filter) -> Result<CountedIds, AppError> {
    Ok(counted(scope, filter)?.select(enrollments::participant_id))
}

fn view(key: &str, label: &str, f: &Figure) -> FigureView {
    FigureView {
        key: key.to_owned(),
        label: label.to_owned(),
        numerator: f.numerator,
        denominator: f.denominator,
        missing: f.missing,
        per_mille: f.per_mille(),
        percent: f.percent_text(),
        rule: f.rule.to_owned(),
    }
}

/// Participant, months, due, done, derived status, the record (JSON).
type FollowUpRow = (
    String,
    i32,
    NaiveDate,
    Option<NaiveDate>,
    Option<String>,
    Option<String>,
);
type EnrollmentRow = (
    String,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<String>,
);
/// Participant, answers, height, weight, certification.
type ScreeningRow = (String, String, Option<f64>, Option<f64>, String);
/// Participant, performance at the start and the end, GAS.
type GoalRow = (String, Option<i32>, Option<i32>, Option<i32>);
/// Performance at the start and the end, GAS.
type GoalValues = (Option<i32>, Option<i32>, Option<i32>);

struct Row {
    participant_id: String,
    cohort_id: String,
    status: EnrollmentStatus,
    created_at: NaiveDateTime,
    started_on: Option<NaiveDate>,
    ended_on: Option<NaiveDate>,
    discontinued_reason: Option<String>,
}

/// The figures for the municipality's enrollments of one fiscal year. Audited as one read of
/// aggregates (no participant named).
pub fn evaluation(
    conn: &mut DbConn,
    spare: Option<&mut DbConn>,
    scope: &StaffScope,
    filter: &Filter,
) -> Result<Audited<Evaluation>, AppError> {
    let (report, _) = compute(conn, spare, scope, filter)?;
    let seen = audit::Entry::new(scope, "evaluation.read", None);
    Ok(Audited::new(report, seen))
}

/// What the actual cost-effectiveness takes from the outcome figures: the finish and
/// graduation rates, and each graduate of the year with their level at entry (as the
/// 基本チェックリスト recorded it).
pub(super) struct ForCost {
    pub completed_rate: Figure,
    pub graduation_rate: Figure,
    pub graduates: Vec<(String, String)>,
    /// Every enrollment counted, as the figures counted it (for the pseudonymised file).
    pub people: Vec<Counted>,
}

/// One enrollment of the year as the figures counted it.
pub(super) struct Counted {
    pub participant_id: String,
    pub cohort_id: String,
    /// The day it belongs to the year by: the start, or (not started) the referral.
    pub entered_on: NaiveDate,
    /// Standing, discontinuation reason, graduation outcome, change on the checklist.
    pub enrollment: Enrollment,
    /// 基本チェックリスト risk counts at the start and (when re-checked) the end.
    pub checklist: Option<(u32, Option<u32>)>,
    pub tests: Option<Change>,
    pub rating: Option<Change>,
    pub goals: Option<Change>,
    /// 事業対象者, 要支援1, 要支援2, 要介護 or 記録なし.
    pub profile: String,
}

/// The figures and, for the actual cost-effectiveness, the year's graduates (not audited:
/// the callers audit).
pub(super) fn compute(
    conn: &mut DbConn,
    spare: Option<&mut DbConn>,
    scope: &StaffScope,
    filter: &Filter,
) -> Result<(Evaluation, ForCost), AppError> {
    scope.may(Action::ReadEvaluation)?;
    if !(2000..=2100).contains(&filter.fiscal_year) {
        return Err(AppError::validation(
            "年度は 2000〜2100 の西暦で指定してください（例：2026）。",
        ));
    }
    let counted_what = what_is_counted(conn, scope, filter)?;
    let margins = super::evaluation_settings::margins(conn, &scope.municipality_id)?;
    let ids = || counted_ids(scope, filter);
    // The reads of the people's records are independent of one another: with a second
    // connection free, session 1, the checklists, the tests and the interest sheets are read
    // on it while this one reads the rest (about half the work each).
    let read_side = |c: &mut DbConn| {
        Ok::<_, AppError>((
            first_sessions(c, ids()?)?,
            checklist_pairs(c, ids()?)?,
            test_pairs(c, ids()?, &margins)?,
            interest_changes(c, ids()?)?,
        ))
    };
    let (
        (firsts, checklists, tests, interests),
        loaded,
        ratings,
        trained_volunteers,
        follow_ups,
        outcomes,
    ) = std::thread::scope(|threads| {
        let side = spare.map(|c| threads.spawn(move || read_side(c)));
        let loaded: Vec<EnrollmentRow> = counted(scope, filter)?
            .select((
                enrollments::participant_id,
                enrollments::cohort_id,
                enrollments::status,
                enrollments::created_at,
                enrollments::started_on,
                enrollments::ended_on,
                enrollments::discontinued_reason,
            ))
            .load(conn)?;
        let ratings = rating_pairs(conn, ids()?, margins.rating_m)?;
        // The circle: graduates who registered as volunteers and took the training.
        let trained_volunteers: std::collections::HashSet<String> =
            super::schema::volunteers::table
                .filter(super::schema::volunteers::participant_id.eq_any(ids()?))
                .filter(super::schema::volunteers::status.ne("interested"))
                .select(super::schema::volunteers::participant_id)
                .load::<String>(conn)?
                .into_iter()
                .collect();
        let follow_ups = follow_up_rows(conn, ids()?)?;
        let outcomes = super::graduation::outcomes_of(conn, ids()?)?;
        let side = match side {
            Some(thread) => thread
                .join()
                .map_err(|_| AppError::Internal("a read of the figures failed".into()))??,
            None => read_side(conn)?,
        };
        Ok::<_, AppError>((
            side,
            loaded,
            ratings,
            trained_volunteers,
            follow_ups,
            outcomes,
        ))
    })?;
    let mut rows = Vec::with_capacity(loaded.len());
    for (
        participant_id,
        cohort_id,
        status,
        created_at,
        started_on,
        ended_on,
        discontinued_reason,
    ) in loaded
    {
        let row = Row {
            participant_id,
            cohort_id,
            status: EnrollmentStatus::from_text(&status)?,
            created_at,
            started_on,
            ended_on,
            discontinued_reason,
        };
        // An enrollment belongs to the year it started in (or, not started, was made in):
        // `counted` asked the database for exactly these.
        debug_assert_eq!(
            fiscal_year_of(row.started_on.unwrap_or(row.created_at.date())),
            filter.fiscal_year
        );
        rows.push(row);
    }

    let mut enrollments_out = Vec::with_capacity(rows.len());
    let mut test_changes = Vec::new();
    let mut rating_changes = Vec::new();
    let mut goal_changes = Vec::new();
    let mut interest_changes_out = Vec::new();
    let mut certification_changes = Vec::new();
    let certifications = latest_certification_changes(&follow_ups);
    let mut profiles: Vec<String> = Vec::new();
    for r in &rows {
        let started = firsts.get(&r.participant_id).is_some_and(|s| s.attended);
        let standing = match r.status {
            EnrollmentStatus::Completed => Standing::Completed,
            EnrollmentStatus::Discontinued if started => Standing::Discontinued,
            EnrollmentStatus::Discontinued => Standing::DeclinedBeforeStart,
            EnrollmentStatus::Enrolled if started => Standing::Ongoing,
            EnrollmentStatus::Enrolled | EnrollmentStatus::Referred => Standing::NotYetStarted,
        };
        let checklist = checklists.get(&r.participant_id);
        let change = checklist.and_then(|c| {
            c.end
                .map(|end| rules::checklist_change(c.start, end, margins.checklist_k))
        });
        let e = Enrollment {
            standing,
            discontinue_reason: r.discontinued_reason.clone(),
            // The outcome recorded at the graduation review; without a review, a finisher
            // counts as not yet reviewed (missing).
            graduation: outcomes.get(&r.participant_id).copied(),
            change,
        };
        let other = |c: Option<Change>| Enrollment {
            change: c,
            ..e.clone()
        };
        test_changes.push(other(
            tests
                .get(&r.participant_id)
                .and_then(|pairs| rules::tests_change(pairs)),
        ));
        let (rating, goal) = ratings
            .get(&r.participant_id)
            .map(|g| (g.rating, g.goal))
            .unwrap_or((None, None));
        rating_changes.push(other(rating));
        goal_changes.push(other(goal));
        interest_changes_out.push(other(interests.get(&r.participant_id).copied()));
        certification_changes.push(other(
            certifications.get(r.participant_id.as_str()).copied(),
        ));
        let profile = checklist
            .map(|c| c.certification.clone())
            .unwrap_or_else(|| "記録なし".to_owned());
        profiles.push(profile);
        enrollments_out.push(e);
    }

    let settings = rules::Rules {
        support_counts_as_graduation: super::graduation::support_counts(
            conn,
            &scope.municipality_id,
        )?,
    };
    let o = rules::outcomes(&enrollments_out, settings);
    let indicator = |i: Indicator, rule: String, es: &[Enrollment]| {
        let x = rules::outcomes(es, settings);
        IndicatorView {
            key: i.as_str().to_owned(),
            label: i.label_ja().to_owned(),
            headline: i == margins.indicator,
            rule,
            improved: view("improved_rate", "改善率", &x.improved_rate),
            maintained: view("maintained_rate", "維持率", &x.maintained_rate),
            worsened: view("worsened_rate", "悪化率", &x.worsened_rate),
        }
    };
    let changes_of = |i: Indicator| match i {
        Indicator::Checklist => &enrollments_out,
        Indicator::Tests => &test_changes,
        Indicator::Rating => &rating_changes,
        Indicator::Goals => &goal_changes,
        Indicator::Interest => &interest_changes_out,
        Indicator::Certification => &certification_changes,
    };
    // The municipality's headline indicator first, then the others in the documented order.
    let mut order = vec![margins.indicator];
    order.extend(
        Indicator::ALL
            .into_iter()
            .filter(|i| *i != margins.indicator),
    );
    let indicators: Vec<IndicatorView> = order
        .into_iter()
        .map(|i| indicator(i, margins.rule_text(i), changes_of(i)))
        .collect();
    let headline = changes_of(margins.indicator);

    // By entry profile: the level at the start, then each criterion of 事業対象者 the first
    // checklist met (a person who met several is in each of them).
    let mut by_profile: Vec<ProfileView> = Vec::new();
    let mut profile = |label: String, es: Vec<Enrollment>| {
        if es.is_empty() {
            return;
        }
        let x = rules::outcomes(&es, settings);
        by_profile.push(ProfileView {
            profile: label,
            started: x.started,
            completed: x.completed,
            improved: view("improved_rate", "改善率", &x.improved_rate),
        });
    };
    for name in ["事業対象者", "要支援1", "要支援2", "要介護", "記録なし"] {
        let es: Vec<Enrollment> = profiles
            .iter()
            .zip(headline.iter())
            .filter(|(p, _)| *p == name)
            .map(|(_, e)| e.clone())
            .collect();
        profile(name.to_owned(), es);
    }
    for label in crate::domain::eligibility::criterion_labels() {
        let es: Vec<Enrollment> = rows
            .iter()
            .zip(headline.iter())
            .filter(|(r, _)| {
                checklists
                    .get(&r.participant_id)
                    .is_some_and(|c| c.criteria.contains(&label))
            })
            .map(|(_, e)| e.clone())
            .collect();
        profile(format!("該当した基準：{label}"), es);
    }

    let finishers: Vec<(Option<crate::domain::graduation::Outcome>, bool)> = rows
        .iter()
        .zip(&enrollments_out)
        .filter(|(_, e)| e.standing == Standing::Completed)
        .map(|(r, e)| (e.graduation, trained_volunteers.contains(&r.participant_id)))
        .collect();
    let volunteer_share = rules::volunteer_share(&finishers, settings);
    let occupancy = occupancy(conn, scope, &rows, &enrollments_out, &firsts)?;
    // The graduates (under the municipality's rule), for 卒業継続率.
    let graduates: std::collections::HashSet<String> = rows
        .iter()
        .zip(enrollments_out.iter())
        .filter(|(_, e)| e.standing == Standing::Completed)
        .filter(|(r, _)| {
            outcomes.get(&r.participant_id).is_some_and(|o| {
                crate::domain::graduation::counts_as_graduation(
                    *o,
                    settings.support_counts_as_graduation,
                )
            })
        })
        .map(|(r, _)| r.participant_id.clone())
        .collect();
    let destinations = destinations(&follow_ups, &graduates, scope.today)?;
    let people = rows
        .iter()
        .enumerate()
        .map(|(i, r)| Counted {
            participant_id: r.participant_id.clone(),
            cohort_id: r.cohort_id.clone(),
            entered_on: r.started_on.unwrap_or(r.created_at.date()),
            enrollment: enrollments_out[i].clone(),
            checklist: checklists.get(&r.participant_id).map(|c| (c.start, c.end)),
            tests: test_changes[i].change,
            rating: rating_changes[i].change,
            goals: goal_changes[i].change,
            profile: profiles[i].clone(),
        })
        .collect();
    let for_cost = ForCost {
        people,
        completed_rate: o.completed_rate.clone(),
        graduation_rate: o.graduation_rate.clone(),
        graduates: rows
            .iter()
            .zip(&profiles)
            .filter(|(r, _)| graduates.contains(&r.participant_id))
            .map(|(r, p)| (r.participant_id.clone(), p.clone()))
            .collect(),
    };
    let report = Evaluation {
        fiscal_year: filter.fiscal_year,
        counted: counted_what,
        year_rule: format!(
            "{}年度（{}年4月1日〜{}年3月31日）に利用を始めた人（まだ始まっていない人は案内した日）を数えています。",
            filter.fiscal_year,
            filter.fiscal_year,
            filter.fiscal_year + 1
        ),
        funnel: Funnel {
            referred: o.referred,
            declined_before_start: o.declined_before_start,
            not_yet_started: o.not_yet_started,
            started: o.started,
            ongoing: o.ongoing,
            closed: o.closed,
            completed: o.completed,
            discontinued: o.discontinued,
        },
        figures: vec![
            view("declined_rate", "開始前辞退率", &o.declined_rate),
            view("discontinued_rate", "中断率", &o.discontinued_rate),
            view("completed_rate", "修了率", &o.completed_rate),
            view("graduation_rate", "卒業率（修了者あたり）", &o.graduation_rate),
            view(
                "graduation_rate_of_starters",
                "卒業率（開始者あたり）",
                &o.graduation_rate_of_starters,
            ),
            view(
                "volunteer_share",
                "ボランティアになった卒業生の割合",
                &volunteer_share,
            ),
        ],
        discontinued_by_reason: o
            .discontinued_by_reason
            .iter()
            .map(|(reason, count)| ReasonCount {
                reason: reason_label(reason),
                count: *count,
            })
            .collect(),
        indicators,
        by_profile,
        destinations,
        occupancy,
        settings: vec![
            if settings.support_counts_as_graduation {
                "住民主体の支援（Ｂ）・移動支援（Ｄ）を使いながら暮らす人も卒業に数えます。"
            } else {
                "住民主体の支援（Ｂ）・移動支援（Ｄ）を使いながら暮らす人は卒業に数えません。"
            }
            .to_owned(),
            format!(
                "改善・維持・悪化の主な指標：{}（開始時の区分・基準ごとの改善率もこの指標です）",
                margins.indicator.label_ja()
            ),
            format!("基本チェックリストの変化の目安：{}項目", margins.checklist_k),
            format!("自己評価の変化の目安：{}点", margins.rating_m),
            format!(
                "体力測定の変化の目安：CS-30 {}回、TUG {}秒、5回立ち座り {}秒、片脚立ち {}秒、歩行速度 {} m/秒",
                margins.cs30, margins.tug_s, margins.five_sts_s, margins.one_leg_s, margins.gait_mps
            ),
        ],
    };
    Ok((report, for_cost))
}

/// The words staff chose the reason by (the form's list), for a stored reason.
pub(super) fn reason_label(stored: &str) -> String {
    use crate::wire::sessions::DiscontinueReason as R;
    match R::from_text(stored) {
        Ok(R::Illness) => "病気の悪化",
        Ok(R::Hospitalized) => "入院",
        Ok(R::Injury) => "けが・転倒",
        Ok(R::Family) => "家族の事情",
        Ok(R::Moved) => "転居",
        Ok(R::OwnWish) => "本人の希望",
        Ok(R::CareService) => "介護サービスの利用開始",
        Ok(R::Other) => "その他",
        Err(_) => stored,
    }
    .to_owned()
}

fn what_is_counted(
    conn: &mut DbConn,
    scope: &StaffScope,
    filter: &Filter,
) -> Result<String, AppError> {
    if let Some(c) = &filter.cohort_id {
        let name: Option<String> = cohorts::table
            .filter(cohorts::id.eq(c))
            .filter(cohorts::municipality_id.eq(&scope.municipality_id))
            .select(cohorts::name)
            .first(conn)
            .optional()?;
        return name
            .map(|n| format!("実施期間「{n}」"))
            .ok_or(AppError::NotFound);
    }
    if let Some(p) = &filter.provider_id {
        let name: Option<String> = providers::table
            .filter(providers::id.eq(p))
            .filter(providers::municipality_id.eq(&scope.municipality_id))
            .select(providers::name)
            .first(conn)
            .optional()?;
        return name
            .map(|n| format!("事業所「{n}」"))
            .ok_or(AppError::NotFound);
    }
    Ok("市町村全体".to_owned())
}

/// Session 1 of a person: whether they came (the program started) and its day (the first
/// day in the program, for 稼働率).
struct FirstSession {
    attended: bool,
    on: NaiveDate,
}

/// Session 1 of every counted person.
fn first_sessions(
    conn: &mut DbConn,
    ids: CountedIds,
) -> Result<HashMap<String, FirstSession>, AppError> {
    program_sessions::table
        .filter(program_sessions::participant_id.eq_any(ids))
        .filter(program_sessions::number.eq(1))
        .select((
            program_sessions::participant_id,
            program_sessions::attendance,
            program_sessions::date,
        ))
        .load::<(String, String, NaiveDate)>(conn)?
        .into_iter()
        .map(|(id, attendance, on)| {
            let attended = Attendance::from_text(&attendance)? == Attendance::Attended;
            Ok((id, FirstSession { attended, on }))
        })
        .collect()
}

struct ChecklistPair {
    start: u32,
    end: Option<u32>,
    certification: String,
    /// The criteria of 事業対象者 the first checklist met (their labels, in the form's order).
    criteria: Vec<&'static str>,
}

/// The first and the last 基本チェックリスト of each person (the last only when there are two).
fn checklist_pairs(
    conn: &mut DbConn,
    ids: CountedIds,
) -> Result<HashMap<String, ChecklistPair>, AppError> {
    let rows: Vec<ScreeningRow> = screenings::table
        .filter(screenings::participant_id.eq_any(ids))
        .order((screenings::participant_id, screenings::screened_at))
        .select((
            screenings::participant_id,
            screenings::answers,
            screenings::height_cm,
            screenings::weight_kg,
            screenings::certification,
        ))
        .load(conn)?;
    let mut out: HashMap<String, ChecklistPair> = HashMap::new();
    for (id, answers, height, weight, certification) in rows {
        let answers = super::screenings::answers_from_text(&answers);
        let Ok(checked) = ChecklistAnswers::new(&answers, height, weight) else {
            continue;
        };
        let risks = (1..=25).filter(|i| checked.counts(*i)).count() as u32;
        match out.get_mut(&id) {
            Some(pair) => pair.end = Some(risks),
            None => {
                // Without a certification, a person who meets the checklist's criteria is a
                // 事業対象者.
                let certification = match Certification::from_text(&certification) {
                    Ok(Certification::None) => "事業対象者",
                    Ok(c) => c.label_ja(),
                    Err(_) => "記録なし",
                }
                .to_owned();
                let criteria = crate::domain::eligibility::criteria(&checked)
                    .into_iter()
                    .filter(|c| c.matched)
                    .map(|c| c.label)
                    .collect();
                out.insert(
                    id,
                    ChecklistPair {
                        start: risks,
                        end: None,
                        certification,
                        criteria,
                    },
                );
            }
        }
    }
    Ok(out)
}

type TestRow = (
    String,
    i32,
    Option<i32>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
);

/// Session 1 against session 12, test by test, where both were measured.
fn test_pairs(
    conn: &mut DbConn,
    ids: CountedIds,
    margins: &Margins,
) -> Result<HashMap<String, Vec<TestPair>>, AppError> {
    let rows: Vec<TestRow> = performance_tests::table
        .filter(performance_tests::participant_id.eq_any(ids))
        .filter(performance_tests::session_number.eq_any([1, 12]))
        .select((
            performance_tests::participant_id,
            performance_tests::session_number,
            performance_tests::chair_stand_30s,
            performance_tests::tug_s,
            performance_tests::five_sts_s,
            performance_tests::one_leg_left_s,
            performance_tests::one_leg_right_s,
            performance_tests::gait_speed_mps,
        ))
        .load(conn)?;
    let mut by_person: HashMap<String, (Option<TestRow>, Option<TestRow>)> = HashMap::new();
    for row in rows {
        let slot = by_person.entry(row.0.clone()).or_default();
        if row.1 == 1 {
            slot.0 = Some(row);
        } else {
            slot.1 = Some(row);
        }
    }
    let mut out = HashMap::new();
    for (id, pair) in by_person {
        let (Some(a), Some(b)) = pair else { continue };
        let best = |l: Option<f64>, r: Option<f64>| match (l, r) {
            (Some(l), Some(r)) => Some(l.max(r)),
            (x, None) | (None, x) => x,
        };
        let candidates = [
            (
                Better::Higher,
                a.2.map(f64::from),
                b.2.map(f64::from),
                margins.cs30,
            ),
            (Better::Lower, a.3, b.3, margins.tug_s),
            (Better::Lower, a.4, b.4, margins.five_sts_s),
            (
                Better::Higher,
                best(a.5, a.6),
                best(b.5, b.6),
                margins.one_leg_s,
            ),
            (Better::Higher, a.7, b.7, margins.gait_mps),
        ];
        let pairs: Vec<TestPair> = candidates
            .into_iter()
            .filter_map(|(better, start, end, margin)| {
                Some(TestPair {
                    better,
                    start: start?,
                    end: end?,
                    margin,
                })
            })
            .collect();
        if !pairs.is_empty() {
            out.insert(id, pairs);
        }
    }
    Ok(out)
}

struct GoalChanges {
    rating: Option<Change>,
    goal: Option<Change>,
}

/// Per person, from the active goals: the self-rated performance (1–10) at the start and the
/// end — the mean change — and the GAS at the end (the lowest of the goals).
fn rating_pairs(
    conn: &mut DbConn,
    ids: CountedIds,
    rating_m: u8,
) -> Result<HashMap<String, GoalChanges>, AppError> {
    let rows: Vec<GoalRow> = goals::table
        .filter(goals::participant_id.eq_any(ids))
        .filter(goals::status.eq("active"))
        .select((
            goals::participant_id,
            goals::performance_start,
            goals::performance_end,
            goals::gas,
        ))
        .load(conn)?;
    let mut grouped: HashMap<String, Vec<GoalValues>> = HashMap::new();
    for (id, s, e, g) in rows {
        grouped.entry(id).or_default().push((s, e, g));
    }
    Ok(grouped
        .into_iter()
        .map(|(id, goals)| {
            let pairs: Vec<(i32, i32)> = goals
                .iter()
                .filter_map(|(s, e, _)| Some(((*s)?, (*e)?)))
                .collect();
            let rating = (!pairs.is_empty()).then(|| {
                let n = pairs.len() as i32;
                let start = pairs.iter().map(|p| p.0).sum::<i32>() / n;
                let end = pairs.iter().map(|p| p.1).sum::<i32>() / n;
                rules::rating_change(start.clamp(0, 10) as u8, end.clamp(0, 10) as u8, rating_m)
            });
            let goal = goals.iter().filter_map(|(_, _, g)| *g).min().map(|gas| {
                if rules::goal_attained(gas as i8) {
                    Change::Improved
                } else if gas <= -2 {
                    Change::Worsened
                } else {
                    Change::Maintained
                }
            });
            (id, GoalChanges { rating, goal })
        })
        .collect())
}

const RULE_COMMUNITY: &str =
    "地域につながった ＝ 通いの場・趣味の会・就労・ボランティアなどに参加し、介護・医療のサービスを使っていない人 ÷ その時点のフォローアップを終えた人";
const RULE_CARE: &str = "介護・医療へ移行 ＝ 従前相当・A・予防給付・介護給付・Cの再利用・外来リハのいずれかを使っている人 ÷ その時点のフォローアップを終えた人";

/// 興味関心: the change between each person's checklist at the start and at graduation (only
/// for those with both).
fn interest_changes(
    conn: &mut DbConn,
    ids: CountedIds,
) -> Result<HashMap<String, Change>, AppError> {
    use super::schema::interest_checklists;
    use crate::domain::interest::Mark;
    let rows: Vec<(String, String, String)> = interest_checklists::table
        .filter(interest_checklists::participant_id.eq_any(ids))
        .select((
            interest_checklists::participant_id,
            interest_checklists::phase,
            interest_checklists::items,
        ))
        .load(conn)?;
    /// The sheet at the start and at graduation.
    type Sheets = (Option<Vec<Mark>>, Option<Vec<Mark>>);
    let mut pairs: HashMap<String, Sheets> = HashMap::new();
    for (id, phase, items) in rows {
        let marks: Vec<Mark> = serde_json::from_str(&items)
            .map_err(|e| AppError::Internal(format!("a stored interest checklist: {e}")))?;
        let slot = pairs.entry(id).or_default();
        match phase.as_str() {
            "assessment" => slot.0 = Some(marks),
            "graduation" => slot.1 = Some(marks),
            _ => {}
        }
    }
    Ok(pairs
        .into_iter()
        .filter_map(|(id, pair)| match pair {
            (Some(start), Some(end)) => Some((id, rules::interest_change(&start, &end))),
            _ => None,
        })
        .collect())
}

/// 認定区分の変化: what each person's latest recorded follow-up says of it.
fn latest_certification_changes(rows: &[FollowUpRow]) -> HashMap<&str, Change> {
    #[derive(serde::Deserialize)]
    struct Recorded {
        #[serde(default)]
        certification_change: String,
    }
    let mut latest: HashMap<&str, (i32, Option<Change>)> = HashMap::new();
    for (who, months, _, done_on, _, record) in rows {
        let (Some(_), Some(record)) = (done_on, record) else {
            continue;
        };
        let change = serde_json::from_str::<Recorded>(record)
            .ok()
            .and_then(|r| rules::certification_change(&r.certification_change));
        let slot = latest.entry(who.as_str()).or_insert((*months, change));
        if *months >= slot.0 {
            *slot = (*months, change);
        }
    }
    latest
        .into_iter()
        .filter_map(|(who, (_, change))| Some((who, change?)))
        .collect()
}

/// The follow-ups of the counted people.
fn follow_up_rows(conn: &mut DbConn, ids: CountedIds) -> Result<Vec<FollowUpRow>, AppError> {
    use super::schema::follow_ups;
    Ok(follow_ups::table
        .filter(follow_ups::participant_id.eq_any(ids))
        .select((
            follow_ups::participant_id,
            follow_ups::months,
            follow_ups::due_on,
            follow_ups::done_on,
            follow_ups::status,
            follow_ups::record,
        ))
        .load(conn)?)
}

/// The follow-ups of the counted people at 3, 6 and 12 months: recorded ones by their derived
/// status; due or overdue ones not recorded yet as missing; upcoming ones not at all.
fn destinations(
    rows: &[FollowUpRow],
    graduates: &std::collections::HashSet<String>,
    today: NaiveDate,
) -> Result<Vec<DestinationView>, AppError> {
    use crate::domain::followup::{self, Status, TaskState};
    use crate::domain::text::TextEnum;
    let mut out = Vec::new();
    for months in followup::POINTS {
        let mut counts: HashMap<Status, u32> = HashMap::new();
        let (mut done, mut missing) = (0u32, 0u32);
        let (mut graduate_statuses, mut graduates_missing) = (Vec::new(), 0u32);
        for (who, m, due, done_on, status, _) in rows {
            if *m as u32 != months {
                continue;
            }
            let graduate = graduates.contains(who);
            match (done_on, status) {
                (Some(_), Some(text)) => {
                    done += 1;
                    let status = Status::from_text(text)?;
                    *counts.entry(status).or_default() += 1;
                    if graduate {
                        graduate_statuses.push(status);
                    }
                }
                _ => {
                    if followup::state_on(today, *due, *done_on) != TaskState::Upcoming {
                        missing += 1;
                        if graduate {
                            graduates_missing += 1;
                        }
                    }
                }
            }
        }
        let n = |pred: &dyn Fn(Status) -> bool| -> u32 {
            counts
                .iter()
                .filter(|(s, _)| pred(**s))
                .map(|(_, c)| *c)
                .sum()
        };
        let community = n(&|s| s == Status::Community);
        let care = n(&|s| matches!(s, Status::CareService | Status::MedicalRehab));
        out.push(DestinationView {
            months,
            done,
            missing,
            statuses: Status::ALL
                .iter()
                .filter_map(|s| {
                    counts.get(s).map(|c| ReasonCount {
                        reason: s.label_ja().to_owned(),
                        count: *c,
                    })
                })
                .collect(),
            community: view(
                "community",
                "地域につながった",
                &Figure {
                    numerator: community,
                    denominator: done,
                    missing,
                    rule: RULE_COMMUNITY,
                },
            ),
            care_or_medical: view(
                "care_or_medical",
                "介護・医療へ移行",
                &Figure {
                    numerator: care,
                    denominator: done,
                    missing,
                    rule: RULE_CARE,
                },
            ),
            graduates_still_without: view(
                "graduates_still_without",
                "卒業継続率",
                &rules::still_without_services(&graduate_statuses, graduates_missing),
            ),
        });
    }
    Ok(out)
}

/// 稼働率: the days each counted person who started was in the program (from session 1 to the
/// day it ended — 修了 or 中断 — or, still in it, to the cohort's last day) over the cohorts'
/// places × their days. Those who never started hold no place. (Counted from the sessions'
/// days instead, a person who stopped in week 2 held a place for all 12 planned weeks.)
fn occupancy(
    conn: &mut DbConn,
    scope: &StaffScope,
    rows: &[Row],
    standings: &[Enrollment],
    firsts: &HashMap<String, FirstSession>,
) -> Result<FigureView, AppError> {
    // The year's cohorts: a few dozen, never a municipality's everyone.
    let cohort_ids: Vec<String> = {
        let mut ids: Vec<String> = rows.iter().map(|r| r.cohort_id.clone()).collect();
        ids.sort();
        ids.dedup();
        ids
    };
    let cohorts: HashMap<String, (NaiveDate, NaiveDate, i32)> = cohorts::table
        .filter(cohorts::id.eq_any(&cohort_ids))
        .filter(cohorts::municipality_id.eq(&scope.municipality_id))
        .select((
            cohorts::id,
            cohorts::starts_on,
            cohorts::ends_on,
            cohorts::capacity,
        ))
        .load::<(String, NaiveDate, NaiveDate, i32)>(conn)?
        .into_iter()
        .map(|(id, from, to, places)| (id, (from, to, places)))
        .collect();
    let capacity_days: i64 = cohorts
        .values()
        .map(|(from, to, places)| ((*to - *from).num_days() + 1).max(0) * i64::from(*places))
        .sum();
    let enrolled_days: i64 = rows
        .iter()
        .zip(standings)
        .filter(|(_, e)| {
            matches!(
                e.standing,
                Standing::Completed | Standing::Discontinued | Standing::Ongoing
            )
        })
        .filter_map(|(r, _)| {
            let first = firsts.get(&r.participant_id)?.on;
            let last = r
                .ended_on
                .or_else(|| cohorts.get(&r.cohort_id).map(|c| c.1))?;
            Some(((last - first).num_days() + 1).max(0))
        })
        .sum();
    let f = Figure {
        numerator: enrolled_days.clamp(0, i64::from(u32::MAX)) as u32,
        denominator: capacity_days.clamp(0, i64::from(u32::MAX)) as u32,
        missing: 0,
        rule: "稼働率 ＝ 利用を始めた人の在籍日数（初回から修了・中断の日まで。利用中の人は実施期間の最終日まで）の合計 ÷ 定員 × 実施期間の日数",
    };
    Ok(view("occupancy", "稼働率", &f))
}

/// The report as CSV for Excel (UTF-8 with BOM): one figure a line, with its numerator,
/// denominator, missing and rule.
pub fn to_csv(e: &Evaluation) -> String {
    let cell = super::audit::csv_cell;
    let mut out = String::from("\u{feff}");
    out.push_str("年度,対象,区分,指標,分子,分母,不明,割合,定義\r\n");
    let line = |out: &mut String, group: &str, f: &FigureView| {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{}\r\n",
            e.fiscal_year,
            cell(&e.counted),
            cell(group),
            cell(&f.label),
            f.numerator,
            f.denominator,
            f.missing,
            cell(&f.percent),
            cell(&f.rule)
        ));
    };
    let funnel = [
        ("案内数", e.funnel.referred),
        ("開始前辞退", e.funnel.declined_before_start),
        ("開始前", e.funnel.not_yet_started),
        ("利用開始数", e.funnel.started),
        ("継続中", e.funnel.ongoing),
        ("利用終了数", e.funnel.closed),
        ("修了", e.funnel.completed),
        ("中断", e.funnel.discontinued),
    ];
    for (label, n) in funnel {
        out.push_str(&format!(
            "{},{},{},{},{},,,,\r\n",
            e.fiscal_year,
            cell(&e.counted),
            cell("人数"),
            cell(label),
            n
        ));
    }
    for f in &e.figures {
        line(&mut out, "率", f);
    }
    for r in &e.discontinued_by_reason {
        out.push_str(&format!(
            "{},{},{},{},{},,,,\r\n",
            e.fiscal_year,
            cell(&e.counted),
            cell("中断の理由"),
            cell(&r.reason),
            r.count
        ));
    }
    for i in &e.indicators {
        for f in [&i.improved, &i.maintained, &i.worsened] {
            line(&mut out, &i.label, f);
        }
    }
    for p in &e.by_profile {
        line(&mut out, &format!("開始時：{}", p.profile), &p.improved);
    }
    for d in &e.destinations {
        let group = format!("終了{}か月後", d.months);
        line(&mut out, &group, &d.community);
        line(&mut out, &group, &d.care_or_medical);
        line(&mut out, &group, &d.graduates_still_without);
        for st in &d.statuses {
            out.push_str(&format!(
                "{},{},{},{},{},{},{},,\r\n",
                e.fiscal_year,
                cell(&e.counted),
                cell(&group),
                cell(&st.reason),
                st.count,
                d.done,
                d.missing
            ));
        }
    }
    line(&mut out, "稼働", &e.occupancy);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fiscal_year_starts_in_april() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(fiscal_year_of(d(2026, 4, 1)), 2026);
        assert_eq!(fiscal_year_of(d(2027, 3, 31)), 2026);
        assert_eq!(fiscal_year_of(d(2026, 3, 31)), 2025);
    }

    #[test]
    fn the_counted_span_is_exactly_the_fiscal_year() {
        let (first, next) = fiscal_year_span(2026).unwrap();
        let before = first.pred_opt().unwrap();
        let last = next.pred_opt().unwrap();
        assert_eq!(fiscal_year_of(before), 2025);
        assert_eq!(fiscal_year_of(first), 2026);
        assert_eq!(fiscal_year_of(last), 2026);
        assert_eq!(fiscal_year_of(next), 2027);
    }
}
