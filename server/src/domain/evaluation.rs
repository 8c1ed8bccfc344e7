//! The program's outcome figures and its cost-effectiveness, as pure rules.
//!
//! The handbook lists the figures a municipality reports (中断率・改善率・維持率・悪化率・卒業率,
//! the funnel, 費用対効果) without defining them. The definitions here are dekita's, written so
//! that every figure carries its numerator, its denominator, the rule in words and how many
//! people could not be counted — a finance department can check each one by hand.
//!
//! The unit is one enrollment (one person's one run through the program). Nothing here rounds
//! a count of people: 90 finishers × 65 % is 58.5 graduates, as in the handbook's own worked
//! example, and money is rounded to the yen only at the end.

use std::collections::BTreeMap;

use super::graduation::{self, Outcome};

/// A figure as staff and council read it: `numerator / denominator`, the rule that made it, and
/// how many people the rule could not place (missing values are never silently dropped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    pub numerator: u32,
    pub denominator: u32,
    /// People the rule applies to whose data is missing (not in the denominator).
    pub missing: u32,
    /// The rule in plain words, shown beside the figure, on paper and in the CSV.
    pub rule: &'static str,
}

impl Figure {
    /// The share in per-mille, rounded half up (so 27.9 % is 279); `None` with no denominator.
    pub fn per_mille(&self) -> Option<u32> {
        (self.denominator > 0).then(|| {
            let n = u64::from(self.numerator) * 1000;
            let d = u64::from(self.denominator);
            ((n * 2 + d) / (2 * d)) as u32
        })
    }

    /// `27.9%`, or `—` when there is nobody to count.
    pub fn percent_text(&self) -> String {
        match self.per_mille() {
            Some(pm) => format!("{}.{}%", pm / 10, pm % 10),
            None => "—".to_owned(),
        }
    }
}

/// Where one enrollment stands for the figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Referred (案内) and never attended session 1: declined before the start.
    DeclinedBeforeStart,
    /// Referred, and the start is still ahead.
    NotYetStarted,
    /// Attended session 1; the program is still running.
    Ongoing,
    /// Completed the program (修了).
    Completed,
    /// Stopped after the start (中断).
    Discontinued,
}

/// Change on the chosen indicator between the start and the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    Improved,
    Maintained,
    Worsened,
}

/// One enrollment as the figures see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Enrollment {
    pub standing: Standing,
    /// The reason text of a discontinuation (the existing reasons' stored words).
    pub discontinue_reason: Option<String>,
    /// Recorded at the review; `None` for a finisher not yet reviewed (counted as missing).
    pub graduation: Option<Outcome>,
    /// The change on the municipality's indicator; `None` when the start or end value is missing.
    pub change: Option<Change>,
}

/// The municipality's choices that change the figures (shown next to them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Whether living on with B/D support counts as 卒業.
    pub support_counts_as_graduation: bool,
}

impl Default for Rules {
    fn default() -> Self {
        Rules {
            support_counts_as_graduation: true,
        }
    }
}

/// The funnel (案内数 → 利用開始数 → 利用終了数) and the rates on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcomes {
    pub referred: u32,
    pub declined_before_start: u32,
    pub not_yet_started: u32,
    pub started: u32,
    pub ongoing: u32,
    pub closed: u32,
    pub completed: u32,
    pub discontinued: u32,
    pub declined_rate: Figure,
    pub discontinued_rate: Figure,
    /// Discontinuations by reason, most frequent first (ties by reason).
    pub discontinued_by_reason: Vec<(String, u32)>,
    pub completed_rate: Figure,
    pub improved_rate: Figure,
    pub maintained_rate: Figure,
    pub worsened_rate: Figure,
    /// 卒業率 of those who completed (the handbook's base).
    pub graduation_rate: Figure,
    /// 卒業率 of those who started (the handbook's 65 % × 90 % = 58.5 %).
    pub graduation_rate_of_starters: Figure,
}

const RULE_DECLINED: &str = "開始前辞退率 ＝ 案内したが初回に参加しなかった人 ÷ 案内数";
const RULE_DISCONTINUED: &str =
    "中断率 ＝ 中断した人 ÷ 利用を終えた人（修了＋中断。継続中の人は含めない）";
const RULE_COMPLETED: &str = "修了率 ＝ 修了した人 ÷ 利用を終えた人（修了＋中断）";
const RULE_IMPROVED: &str =
    "改善率 ＝ 改善した人 ÷ 修了した人のうち開始時と終了時の両方の値がある人";
const RULE_MAINTAINED: &str =
    "維持率 ＝ 維持した人 ÷ 修了した人のうち開始時と終了時の両方の値がある人";
const RULE_WORSENED: &str =
    "悪化率 ＝ 悪化した人 ÷ 修了した人のうち開始時と終了時の両方の値がある人";
const RULE_GRADUATED: &str = "卒業率 ＝ 卒業した人 ÷ 修了した人（卒業の判定が済んだ人）";
const RULE_GRADUATED_WITH_SUPPORT: &str =
    "卒業率 ＝ 卒業した人（住民主体の支援Ｂ・移動支援Ｄを使う人を含む）÷ 修了した人（卒業の判定が済んだ人）";
const RULE_GRADUATED_OF_STARTERS: &str =
    "卒業率（開始者あたり）＝ 卒業した人 ÷ 利用を始めた人（継続中の人は含めない）";

const RULE_VOLUNTEERS: &str = "ボランティアになった卒業生の割合 ＝ 卒業した人のうち、ボランティア（担い手）に登録して研修を終えた人（研修済み・活動中・休止中）÷ 卒業した人（「関心あり」だけの人は数えません。卒業の判定が済んでいない修了者は不明）";

/// The share of graduates who became volunteers (the circle, 循環型): for each finisher, the
/// outcome recorded at the review (`None`: not yet reviewed, counted as missing) and whether
/// they registered as a volunteer and took the training (trained, active or paused).
pub fn volunteer_share(finishers: &[(Option<Outcome>, bool)], rules: Rules) -> Figure {
    let graduates: Vec<bool> = finishers
        .iter()
        .filter_map(|(g, v)| g.filter(|g| rules.counts_as_graduated(*g)).map(|_| *v))
        .collect();
    Figure {
        numerator: graduates.iter().filter(|v| **v).count() as u32,
        denominator: graduates.len() as u32,
        missing: finishers.iter().filter(|(g, _)| g.is_none()).count() as u32,
        rule: RULE_VOLUNTEERS,
    }
}

impl Rules {
    fn counts_as_graduated(self, g: Outcome) -> bool {
        graduation::counts_as_graduation(g, self.support_counts_as_graduation)
    }
}

/// The funnel and its rates for a set of enrollments (a cohort, a provider, a municipality, a
/// fiscal year — the caller chooses the set).
pub fn outcomes(enrollments: &[Enrollment], rules: Rules) -> Outcomes {
    let count = |s: Standing| enrollments.iter().filter(|e| e.standing == s).count() as u32;
    let referred = enrollments.len() as u32;
    let declined_before_start = count(Standing::DeclinedBeforeStart);
    let not_yet_started = count(Standing::NotYetStarted);
    let ongoing = count(Standing::Ongoing);
    let completed = count(Standing::Completed);
    let discontinued = count(Standing::Discontinued);
    let started = ongoing + completed + discontinued;
    let closed = completed + discontinued;

    let mut reasons: BTreeMap<String, u32> = BTreeMap::new();
    for e in enrollments
        .iter()
        .filter(|e| e.standing == Standing::Discontinued)
    {
        let reason = e
            .discontinue_reason
            .clone()
            .unwrap_or_else(|| "理由の記録なし".to_owned());
        *reasons.entry(reason).or_default() += 1;
    }
    let mut discontinued_by_reason: Vec<(String, u32)> = reasons.into_iter().collect();
    discontinued_by_reason.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

    let finishers: Vec<&Enrollment> = enrollments
        .iter()
        .filter(|e| e.standing == Standing::Completed)
        .collect();
    let changes: Vec<Change> = finishers.iter().filter_map(|e| e.change).collect();
    let change_missing = finishers.len() as u32 - changes.len() as u32;
    let change_figure = |which: Change, rule| Figure {
        numerator: changes.iter().filter(|c| **c == which).count() as u32,
        denominator: changes.len() as u32,
        missing: change_missing,
        rule,
    };

    let reviewed: Vec<Outcome> = finishers.iter().filter_map(|e| e.graduation).collect();
    let graduated = reviewed
        .iter()
        .filter(|g| rules.counts_as_graduated(**g))
        .count() as u32;
    let review_missing = finishers.len() as u32 - reviewed.len() as u32;

    Outcomes {
        referred,
        declined_before_start,
        not_yet_started,
        started,
        ongoing,
        closed,
        completed,
        discontinued,
        declined_rate: Figure {
            numerator: declined_before_start,
            denominator: referred - not_yet_started,
            missing: 0,
            rule: RULE_DECLINED,
        },
        discontinued_rate: Figure {
            numerator: discontinued,
            denominator: closed,
            missing: 0,
            rule: RULE_DISCONTINUED,
        },
        discontinued_by_reason,
        completed_rate: Figure {
            numerator: completed,
            denominator: closed,
            missing: 0,
            rule: RULE_COMPLETED,
        },
        improved_rate: change_figure(Change::Improved, RULE_IMPROVED),
        maintained_rate: change_figure(Change::Maintained, RULE_MAINTAINED),
        worsened_rate: change_figure(Change::Worsened, RULE_WORSENED),
        graduation_rate: Figure {
            numerator: graduated,
            denominator: reviewed.len() as u32,
            missing: review_missing,
            rule: if rules.support_counts_as_graduation {
                RULE_GRADUATED_WITH_SUPPORT
            } else {
                RULE_GRADUATED
            },
        },
        graduation_rate_of_starters: Figure {
            numerator: graduated,
            denominator: closed,
            missing: review_missing,
            rule: RULE_GRADUATED_OF_STARTERS,
        },
    }
}

const RULE_STILL_WITHOUT: &str = "卒業継続率 ＝ その時点で介護・医療のサービスを使わずに暮らしている卒業者（地域につながった・自分で暮らしている）÷ その時点のフォローアップを記録した卒業者（死亡・転居・不明は不明に数え、分母に入れない）";

/// 卒業継続率 at one follow-up point: of the graduates whose follow-up at that point is
/// recorded, those still living without formal services (地域につながった or 自分で暮らしている).
/// Died, moved and unknown cannot say whether the program's effect held: they are missing, as
/// are follow-ups due and not recorded (`not_recorded`).
pub fn still_without_services(
    statuses: &[crate::domain::followup::Status],
    not_recorded: u32,
) -> Figure {
    use crate::domain::followup::Status as S;
    let mut figure = Figure {
        numerator: 0,
        denominator: 0,
        missing: not_recorded,
        rule: RULE_STILL_WITHOUT,
    };
    for s in statuses {
        match s {
            S::Died | S::Moved | S::Unknown => figure.missing += 1,
            S::Community | S::SelfOnly => {
                figure.numerator += 1;
                figure.denominator += 1;
            }
            S::Institution | S::Hospital | S::CareService | S::MedicalRehab => {
                figure.denominator += 1
            }
        }
    }
    figure
}

// ---------------------------------------------------------------------------------------------
// 改善・維持・悪化 on each indicator

/// (a) 基本チェックリスト: the number of risk answers at the start and at the end; improved when
/// it fell by at least `k`, worsened when it rose by at least `k` (k = 1 unless the
/// municipality sets another).
pub fn checklist_change(start_risks: u32, end_risks: u32, k: u32) -> Change {
    let k = i64::from(k.max(1));
    let delta = i64::from(end_risks) - i64::from(start_risks);
    if delta <= -k {
        Change::Improved
    } else if delta >= k {
        Change::Worsened
    } else {
        Change::Maintained
    }
}

/// Which way is better for a performance test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    /// CS-30, one-leg standing, gait speed.
    Higher,
    /// TUG, five-times sit-to-stand.
    Lower,
}

/// One performance test at session 1 and session 12, with the margin that counts as a change
/// (in the test's own unit; the margins are the municipality's, shown beside the figure).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TestPair {
    pub better: Better,
    pub start: f64,
    pub end: f64,
    pub margin: f64,
}

impl TestPair {
    /// Improved or worsened by at least the margin; otherwise maintained.
    pub fn change(&self) -> Change {
        let gain = match self.better {
            Better::Higher => self.end - self.start,
            Better::Lower => self.start - self.end,
        };
        // A hair of tolerance, so 1.2 → 1.3 m/s counts as the 0.1 it is.
        let eps = 1e-9;
        if gain >= self.margin - eps {
            Change::Improved
        } else if -gain >= self.margin - eps {
            Change::Worsened
        } else {
            Change::Maintained
        }
    }
}

/// (b) Performance tests: improved when at least one test improved by its margin and none
/// worsened by its margin; worsened the other way round; otherwise (nothing moved, or mixed)
/// maintained. `None` when no test has both values.
pub fn tests_change(pairs: &[TestPair]) -> Option<Change> {
    if pairs.is_empty() {
        return None;
    }
    let improved = pairs.iter().any(|p| p.change() == Change::Improved);
    let worsened = pairs.iter().any(|p| p.change() == Change::Worsened);
    Some(match (improved, worsened) {
        (true, false) => Change::Improved,
        (false, true) => Change::Worsened,
        _ => Change::Maintained,
    })
}

/// (c) Self-rating (1–10, COPM-style): a change of at least `m` points (default 2).
pub fn rating_change(start: u8, end: u8, m: u8) -> Change {
    let m = i16::from(m.max(1));
    let delta = i16::from(end) - i16::from(start);
    if delta >= m {
        Change::Improved
    } else if delta <= -m {
        Change::Worsened
    } else {
        Change::Maintained
    }
}

/// (d) Goals: a goal is 達成 at the expected level or better (GAS ≥ 0).
pub fn goal_attained(gas: i8) -> bool {
    gas >= 0
}

/// (e) 興味関心: between the 興味関心チェックシート at the start and at graduation, the items
/// the person wanted to do (してみたい, not yet している) that they now do, against the items
/// they did (している) and no longer do. More gained than lost is 改善, more lost is 悪化.
pub fn interest_change(
    start: &[crate::domain::interest::Mark],
    end: &[crate::domain::interest::Mark],
) -> Change {
    let doing_at_end = |item: i32| end.iter().any(|m| m.item == item && m.doing);
    let gained = start
        .iter()
        .filter(|m| m.want && !m.doing && doing_at_end(m.item))
        .count();
    let lost = start
        .iter()
        .filter(|m| m.doing && !doing_at_end(m.item))
        .count();
    match gained.cmp(&lost) {
        std::cmp::Ordering::Greater => Change::Improved,
        std::cmp::Ordering::Less => Change::Worsened,
        std::cmp::Ordering::Equal => Change::Maintained,
    }
}

/// (f) 認定区分の変化: as the last recorded follow-up found it against the end of the program
/// (`lighter`, `same`, `heavier`; `unknown` or anything else is missing).
pub fn certification_change(recorded: &str) -> Option<Change> {
    match recorded {
        "lighter" => Some(Change::Improved),
        "same" => Some(Change::Maintained),
        "heavier" => Some(Change::Worsened),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// 費用対効果

/// A share in basis points: 10 000 = 100 %.
pub type BasisPoints = u32;
pub const WHOLE: BasisPoints = 10_000;

/// How the effect is estimated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// The avoided cost over the whole period for all graduates, in yen (the handbook's text
    /// gives 2,600万円).
    Total { yen: u64 },
    /// The avoided cost per graduate over the whole period, in yen (the handbook's figure
    /// implies 448,000 yen over 3 years).
    PerGraduate { yen: u64 },
    /// The cost a graduate would have used each month (the price mix of 従前相当 services, by
    /// share), times the share of graduates still without those services in each month.
    Monthly {
        /// (share of graduates, monthly price in yen) — the shares add up to 100 %.
        price_mix: Vec<(BasisPoints, u64)>,
        /// 費用額 = 100 %, 公費 only = 100 % − the user's share (e.g. 90 %).
        basis: BasisPoints,
        /// For month 1, 2, …: the share of graduates still living without the services.
        retention: Vec<BasisPoints>,
    },
}

/// The municipality's assumptions (or, for 実績, its own figures).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostInputs {
    /// 想定利用者数 (N).
    pub users: u32,
    pub finish_rate: BasisPoints,
    pub improve_rate: BasisPoints,
    /// 卒業率 of finishers.
    pub graduation_rate: BasisPoints,
    /// サービス提供費用総額 (C), yen.
    pub cost_yen: u64,
    pub effect: Effect,
}

/// Counts kept as exact fractions of a person: `value / 10 000`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct People(u64);

impl People {
    /// `58.5` for 58.5 people; whole numbers without a decimal part.
    pub fn text(self) -> String {
        let whole = self.0 / 10_000;
        let frac = self.0 % 10_000;
        if frac == 0 {
            whole.to_string()
        } else {
            let digits = format!("{frac:04}");
            format!("{whole}.{}", digits.trim_end_matches('0'))
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostResult {
    pub finishers: People,
    pub improved: People,
    pub graduates: People,
    /// 費用抑制額 (E), yen, rounded half up.
    pub effect_yen: u64,
    /// E − C, yen (negative when the program costs more than it saves).
    pub net_yen: i64,
    /// E ÷ C in thousandths (2.184 → 2184); `None` when C is 0.
    pub ratio_milli: Option<u64>,
    pub cost_per_user_yen: Option<u64>,
    pub cost_per_finisher_yen: Option<u64>,
    pub cost_per_graduate_yen: Option<u64>,
}

fn div_round(n: u128, d: u128) -> u128 {
    (n * 2 + d) / (2 * d)
}

/// The handbook's five steps as one formula: finishers F = N × finish, improved I = F ×
/// improve, graduates G = F × graduation (never rounded), the effect E from the graduates,
/// net = E − C and E ÷ C.
pub fn cost_effectiveness(inputs: &CostInputs) -> CostResult {
    let w = u128::from(WHOLE);
    // Persons in 1/10 000ths of a person, exactly (N × bp is a whole number of those).
    let finishers_bp = u128::from(inputs.users) * u128::from(inputs.finish_rate);
    // G × 10^8 = N × finish × graduation, exact.
    let graduates_e8 = finishers_bp * u128::from(inputs.graduation_rate);
    let improved_e8 = finishers_bp * u128::from(inputs.improve_rate);

    let effect_yen = match &inputs.effect {
        Effect::Total { yen } => u128::from(*yen),
        Effect::PerGraduate { yen } => div_round(graduates_e8 * u128::from(*yen), w * w),
        Effect::Monthly {
            price_mix,
            basis,
            retention,
        } => {
            // P_month × 10^8 = Σ share × price × basis.
            let p_month_e8: u128 = price_mix
                .iter()
                .map(|(share, price)| u128::from(*share) * u128::from(*price))
                .sum::<u128>()
                * u128::from(*basis);
            let kept: u128 = retention.iter().map(|r| u128::from(*r)).sum();
            // E = G × Σ r_m × P_month: scale 10^8 × 10^4 × 10^8.
            div_round(graduates_e8 * kept * p_month_e8, w.pow(5))
        }
    } as u64;

    let cost = u128::from(inputs.cost_yen);
    let per = |people_e8: u128| (people_e8 > 0).then(|| div_round(cost * w * w, people_e8) as u64);
    CostResult {
        finishers: People(finishers_bp as u64),
        improved: People(div_round(improved_e8, w) as u64),
        graduates: People(div_round(graduates_e8, w) as u64),
        effect_yen,
        net_yen: effect_yen as i64 - inputs.cost_yen as i64,
        ratio_milli: (inputs.cost_yen > 0)
            .then(|| div_round(u128::from(effect_yen) * 1000, cost) as u64),
        cost_per_user_yen: per(u128::from(inputs.users) * w * w),
        cost_per_finisher_yen: per(finishers_bp * w),
        cost_per_graduate_yen: per(graduates_e8),
    }
}

// ---------------------------------------------------------------------------------------------
// The municipality's settings for the figures and the cost-effectiveness

/// The headline indicator for 改善・維持・悪化 (the municipality's choice; default the
/// 基本チェックリスト).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Indicator {
    Checklist,
    Tests,
    Rating,
    Goals,
    Interest,
    Certification,
}

crate::text_enum!(Indicator, "evaluation indicator", {
    Checklist => "checklist",
    Tests => "tests",
    Rating => "rating",
    Goals => "goals",
    Interest => "interest",
    Certification => "certification",
});

impl Indicator {
    pub const ALL: [Indicator; 6] = [
        Indicator::Checklist,
        Indicator::Tests,
        Indicator::Rating,
        Indicator::Goals,
        Indicator::Interest,
        Indicator::Certification,
    ];

    pub fn label_ja(self) -> &'static str {
        match self {
            Indicator::Checklist => "基本チェックリスト（該当項目数）",
            Indicator::Tests => "体力測定（初回と12回目）",
            Indicator::Rating => "目標の自己評価（実行度 1〜10）",
            Indicator::Goals => "目標の達成（GAS）",
            Indicator::Interest => "興味関心（してみたい → している）",
            Indicator::Certification => "認定区分の変化（フォローアップ時）",
        }
    }
}

/// What counts as a change on each measure (shown beside the figures).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Margins {
    pub indicator: Indicator,
    /// 基本チェックリスト: risk answers (k).
    pub checklist_k: u32,
    /// Self-rating: points (m).
    pub rating_m: u8,
    pub cs30: f64,
    pub tug_s: f64,
    pub five_sts_s: f64,
    pub one_leg_s: f64,
    pub gait_mps: f64,
}

impl Default for Margins {
    /// The documented defaults: k = 1, m = 2, and the tests' margins dekita proposes (a clinical
    /// advisor's decision in each municipality).
    fn default() -> Self {
        Margins {
            indicator: Indicator::Checklist,
            checklist_k: 1,
            rating_m: 2,
            cs30: 2.0,
            tug_s: 1.0,
            five_sts_s: 1.0,
            one_leg_s: 5.0,
            gait_mps: 0.1,
        }
    }
}

impl Margins {
    /// Refuses margins that would make the figures meaningless, with the reason in words.
    pub fn check(&self) -> Result<(), &'static str> {
        if !(1..=25).contains(&self.checklist_k) {
            return Err("基本チェックリストの目安は 1〜25 項目で指定してください。");
        }
        if !(1..=9).contains(&self.rating_m) {
            return Err("自己評価の目安は 1〜9 点で指定してください。");
        }
        let tests = [
            (self.cs30, 30.0),
            (self.tug_s, 60.0),
            (self.five_sts_s, 60.0),
            (self.one_leg_s, 120.0),
            (self.gait_mps, 2.0),
        ];
        if tests
            .iter()
            .any(|(m, max)| !m.is_finite() || *m <= 0.0 || m > max)
        {
            return Err("体力測定の目安は 0 より大きい、測定の範囲内の値にしてください。");
        }
        Ok(())
    }

    /// The rule of one indicator in words, with the margins used.
    pub fn rule_text(&self, indicator: Indicator) -> String {
        let k = self.checklist_k;
        let m = self.rating_m;
        match indicator {
            Indicator::Checklist => format!(
                "最初と最後の基本チェックリストで、該当する項目が{k}つ以上減れば改善、{k}つ以上増えれば悪化、それ以外は維持。"
            ),
            Indicator::Tests => format!(
                "どれか1つ以上が目安以上よくなり、目安以上悪くなったものがなければ改善（逆は悪化、それ以外は維持）。目安：CS-30 {}回、TUG {}秒、5回立ち座り {}秒、片脚立ち {}秒、歩行速度 {} m/秒。",
                self.cs30, self.tug_s, self.five_sts_s, self.one_leg_s, self.gait_mps
            ),
            Indicator::Rating => format!(
                "目標の実行度が開始時から{m}点以上上がれば改善、{m}点以上下がれば悪化。"
            ),
            Indicator::Goals => {
                "修了時の GAS が 0 以上（期待どおりかそれ以上）なら改善、-1 なら維持、-2 なら悪化。"
                    .to_owned()
            }
            Indicator::Interest => {
                "導入時と卒業時の興味関心チェックシートで、「してみたい」から「している」に変わった項目が「している」でなくなった項目より多ければ改善、少なければ悪化、同じなら維持。"
                    .to_owned()
            }
            Indicator::Certification => {
                "いちばん新しいフォローアップで、認定区分が修了時より軽くなっていれば改善、同じなら維持、重くなっていれば悪化（分からない人は不明）。"
                    .to_owned()
            }
        }
    }
}

/// A service a graduate no longer uses, priced per month (the avoided cost).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PricedService {
    /// 現行の通所介護相当, 要支援1.
    DaySupport1,
    /// 現行の通所介護相当, 要支援2.
    DaySupport2,
    /// 現行の訪問介護相当, 週1回.
    HomeWeekly1,
    /// 現行の訪問介護相当, 週2回.
    HomeWeekly2,
}

crate::text_enum!(PricedService, "priced service", {
    DaySupport1 => "day_support1",
    DaySupport2 => "day_support2",
    HomeWeekly1 => "home_weekly1",
    HomeWeekly2 => "home_weekly2",
});

impl PricedService {
    pub const ALL: [PricedService; 4] = [
        PricedService::DaySupport1,
        PricedService::DaySupport2,
        PricedService::HomeWeekly1,
        PricedService::HomeWeekly2,
    ];

    /// The Kochi document's monthly price (加算を除く), the documented default.
    pub fn kochi_yen(self) -> u64 {
        match self {
            PricedService::DaySupport1 => 21_150,
            PricedService::DaySupport2 => 42_360,
            PricedService::HomeWeekly1 => 12_260,
            PricedService::HomeWeekly2 => 24_520,
        }
    }

    pub fn label_ja(self) -> &'static str {
        match self {
            PricedService::DaySupport1 => "通所介護相当（要支援1）",
            PricedService::DaySupport2 => "通所介護相当（要支援2）",
            PricedService::HomeWeekly1 => "訪問介護相当（週1回）",
            PricedService::HomeWeekly2 => "訪問介護相当（週2回）",
        }
    }
}

/// How the planned effect is estimated.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EffectMode {
    /// One amount per graduate over the whole period (the handbook's figure: 448,000円).
    PerGraduate,
    /// Monthly prices × the share of graduates still without the services, year by year.
    Monthly,
}

crate::text_enum!(EffectMode, "effect mode", {
    PerGraduate => "per_graduate",
    Monthly => "monthly",
});

/// Whose money the avoided cost counts.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// 費用額: the whole price, the user's share included.
    Cost,
    /// 公費: the price less the user's share (利用者負担).
    Public,
}

crate::text_enum!(Basis, "cost basis", {
    Cost => "cost",
    Public => "public",
});

/// The effect from monthly prices: the price mix `(share, yen)`, the basis (公費 takes off the
/// user's share) and the share of graduates still without the services in each year, held for
/// all twelve months of that year.
pub fn monthly_effect(
    price_mix: Vec<(BasisPoints, u64)>,
    basis: Basis,
    user_share: BasisPoints,
    retention_by_year: &[BasisPoints],
) -> Effect {
    Effect::Monthly {
        price_mix,
        basis: match basis {
            Basis::Cost => WHOLE,
            Basis::Public => WHOLE.saturating_sub(user_share),
        },
        retention: retention_by_year
            .iter()
            .flat_map(|r| std::iter::repeat(*r).take(12))
            .collect(),
    }
}

/// Checks a plan's inputs: rates within 0–100 %, shares adding up to 100 %, a period of 1–10
/// years with a retention share for each.
pub fn check_inputs(inputs: &CostInputs) -> Result<(), &'static str> {
    if inputs.users > 1_000_000 {
        return Err("想定利用者数は 1,000,000 人までにしてください。");
    }
    if [
        inputs.finish_rate,
        inputs.improve_rate,
        inputs.graduation_rate,
    ]
    .iter()
    .any(|r| *r > WHOLE)
    {
        return Err("率は 0〜100% で指定してください。");
    }
    if inputs.cost_yen > 100_000_000_000 {
        return Err("費用は 1,000億円までにしてください。");
    }
    match &inputs.effect {
        Effect::Total { yen } | Effect::PerGraduate { yen } if *yen > 1_000_000_000 => {
            Err("効果の額が大きすぎます。")
        }
        Effect::Monthly {
            price_mix,
            basis,
            retention,
        } => {
            let shares: u32 = price_mix.iter().map(|(s, _)| *s).sum();
            if shares != WHOLE {
                return Err("使わずに済むサービスの割合は、合わせて 100% にしてください。");
            }
            if price_mix.iter().any(|(_, p)| *p > 10_000_000) {
                return Err("月額の単価が大きすぎます。");
            }
            if *basis > WHOLE {
                return Err("利用者負担の割合は 0〜100% で指定してください。");
            }
            if retention.is_empty() || retention.len() > 120 || retention.iter().any(|r| *r > WHOLE)
            {
                return Err("効果期間は 1〜10 年、各年の継続割合は 0〜100% で指定してください。");
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Yen with thousands separators: `26,208,000円`; negatives with a minus sign.
pub fn yen_text(yen: i128) -> String {
    let digits = yen.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{}{out}円", if yen < 0 { "−" } else { "" })
}

/// A share in basis points as a percent: `90%`, `58.5%`, `12.25%`.
pub fn bp_text(bp: BasisPoints) -> String {
    let whole = bp / 100;
    let frac = bp % 100;
    if frac == 0 {
        format!("{whole}%")
    } else {
        let digits = format!("{frac:02}");
        format!("{whole}.{}%", digits.trim_end_matches('0'))
    }
}

/// `n / d` yen to two decimals (hundredths of a yen, half up): the per-person and per-month
/// figures that are not whole yen (12,444.44円).
pub fn yen_hundredths(n: u128, d: u128) -> Option<u128> {
    (d > 0).then(|| div_round(n * 100, d))
}

fn hundredths_text(h: u128) -> String {
    let whole = yen_text(i128::try_from(h / 100).unwrap_or(i128::MAX));
    let whole = whole.trim_end_matches('円');
    format!("{whole}.{:02}円", h % 100)
}

/// One figure of the cost-effectiveness as shown: the value, the numbers it was made from and
/// the rule in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostLine {
    pub key: &'static str,
    pub label: &'static str,
    pub value: String,
    pub inputs: String,
    pub rule: &'static str,
}

impl People {
    /// The count in 1/10 000ths of a person.
    pub fn ten_thousandths(self) -> u64 {
        self.0
    }
}

/// Every figure of the cost-effectiveness with its inputs and rule, in the handbook's order.
pub fn explain(inputs: &CostInputs, r: &CostResult) -> Vec<CostLine> {
    let n = inputs.users;
    let cost = yen_text(i128::from(inputs.cost_yen));
    let effect = yen_text(i128::from(r.effect_yen));
    let g = r.graduates.text();
    let f = r.finishers.text();
    let mut lines = vec![
        CostLine {
            key: "finishers",
            label: "利用終了者（F）",
            value: format!("{f}名"),
            inputs: format!("{n}名 × {}", bp_text(inputs.finish_rate)),
            rule: "利用終了者 ＝ 想定利用者数 × 利用終了率（端数は切り捨てずに残します）",
        },
        CostLine {
            key: "improved",
            label: "改善者（I）",
            value: format!("{}名", r.improved.text()),
            inputs: format!("{f}名 × {}", bp_text(inputs.improve_rate)),
            rule: "改善者 ＝ 利用終了者 × 改善率",
        },
        CostLine {
            key: "graduates",
            label: "卒業者（G）",
            value: format!("{g}名"),
            inputs: format!("{f}名 × {}", bp_text(inputs.graduation_rate)),
            rule: "卒業者 ＝ 利用終了者 × 卒業率（卒業率は利用終了者あたり）",
        },
    ];
    match &inputs.effect {
        Effect::Total { yen } => lines.push(CostLine {
            key: "effect",
            label: "費用抑制額（E）",
            value: effect.clone(),
            inputs: format!("効果の総額として {}", yen_text(i128::from(*yen))),
            rule: "費用抑制額 ＝ 効果期間に卒業者が使わずに済むサービスの費用の合計（総額で入力）",
        }),
        Effect::PerGraduate { yen } => lines.push(CostLine {
            key: "effect",
            label: "費用抑制額（E）",
            value: effect.clone(),
            inputs: format!("{g}名 × {}", yen_text(i128::from(*yen))),
            rule: "費用抑制額 ＝ 卒業者 × 卒業者1人あたりの効果期間中に使わずに済む費用",
        }),
        Effect::Monthly {
            price_mix,
            basis,
            retention,
        } => {
            let p_month_e8: u128 = price_mix
                .iter()
                .map(|(share, price)| u128::from(*share) * u128::from(*price))
                .sum::<u128>()
                * u128::from(*basis);
            let mix = price_mix
                .iter()
                .filter(|(s, _)| *s > 0)
                .map(|(s, p)| format!("{} × {}", yen_text(i128::from(*p)), bp_text(*s)))
                .collect::<Vec<_>>()
                .join(" ＋ ");
            let p = hundredths_text(div_round(p_month_e8, 1_000_000));
            lines.push(CostLine {
                key: "monthly_price",
                label: "1か月あたりの費用（P）",
                value: p.clone(),
                inputs: format!("（{mix}）× {}", bp_text(*basis)),
                rule: "1か月あたりの費用 ＝ Σ（サービスの月額 × そのサービスを使っていたはずの人の割合）× 負担の基準（費用額は100%、公費は100% − 利用者負担）",
            });
            let kept: u128 = retention.iter().map(|r| u128::from(*r)).sum();
            let years: Vec<String> = retention.chunks(12).map(|y| bp_text(y[0])).collect();
            lines.push(CostLine {
                key: "effect",
                label: "費用抑制額（E）",
                value: effect.clone(),
                inputs: format!(
                    "{g}名 × {p} × {}か月分（{}か月、各年の継続割合 {}）",
                    People(kept as u64).text(),
                    retention.len(),
                    years.join("・")
                ),
                rule: "費用抑制額 ＝ 卒業者 × Σ（各月にまだサービスを使わずに暮らしている人の割合 × 1か月あたりの費用）",
            });
        }
    }
    lines.push(CostLine {
        key: "net",
        label: "財政的効果（E − C）",
        value: format!(
            "{}{}",
            if r.net_yen > 0 { "＋" } else { "" },
            yen_text(i128::from(r.net_yen))
        ),
        inputs: format!("{effect} − {cost}"),
        rule: "財政的効果 ＝ 費用抑制額 − サービス提供費用総額（C）",
    });
    lines.push(CostLine {
        key: "ratio",
        label: "費用対効果（E ÷ C）",
        value: r
            .ratio_milli
            .map_or("—".to_owned(), |m| format!("{}.{:03}倍", m / 1000, m % 1000)),
        inputs: format!("{effect} ÷ {cost}"),
        rule: "費用対効果 ＝ 費用抑制額 ÷ サービス提供費用総額（1 を超えれば、かけた費用より抑えた費用が大きい）",
    });
    let per = |v: Option<u64>| v.map_or("—".to_owned(), |y| yen_text(i128::from(y)));
    lines.push(CostLine {
        key: "cost_per_user",
        label: "利用者1人あたりの費用",
        value: per(r.cost_per_user_yen),
        inputs: format!("{cost} ÷ {n}名"),
        rule: "サービス提供費用総額 ÷ 想定利用者数",
    });
    lines.push(CostLine {
        key: "cost_per_finisher",
        label: "利用終了者1人あたりの費用",
        value: per(r.cost_per_finisher_yen),
        inputs: format!("{cost} ÷ {f}名"),
        rule: "サービス提供費用総額 ÷ 利用終了者",
    });
    lines.push(CostLine {
        key: "cost_per_graduate",
        label: "卒業者1人あたりの費用",
        value: per(r.cost_per_graduate_yen),
        inputs: format!("{cost} ÷ {g}名"),
        rule: "サービス提供費用総額 ÷ 卒業者",
    });
    let months = match &inputs.effect {
        Effect::Monthly { retention, .. } => retention.len() as u128,
        _ => 0,
    };
    let effect_e4 = u128::from(r.effect_yen) * u128::from(WHOLE);
    let per_graduate = yen_hundredths(effect_e4, u128::from(r.graduates.0));
    lines.push(CostLine {
        key: "effect_per_graduate",
        label: "卒業者1人あたりの費用抑制額",
        value: per_graduate.map_or("—".to_owned(), hundredths_text),
        inputs: format!("{effect} ÷ {g}名"),
        rule: "費用抑制額 ÷ 卒業者",
    });
    if months > 0 {
        lines.push(CostLine {
            key: "effect_per_graduate_month",
            label: "卒業者1人・1か月あたりの費用抑制額",
            value: yen_hundredths(effect_e4, u128::from(r.graduates.0) * months)
                .map_or("—".to_owned(), hundredths_text),
            inputs: format!("{effect} ÷ {g}名 ÷ {months}か月"),
            rule: "費用抑制額 ÷ 卒業者 ÷ 効果期間の月数",
        });
    }
    lines.push(CostLine {
        key: "effect_per_user",
        label: "利用者1人あたりの費用抑制額",
        value: yen_hundredths(u128::from(r.effect_yen), u128::from(n))
            .map_or("—".to_owned(), hundredths_text),
        inputs: format!("{effect} ÷ {n}名"),
        rule: "費用抑制額 ÷ 想定利用者数",
    });
    lines
}

// ---------------------------------------------------------------------------------------------
// 費用対効果 — 実績 (actual): from the data, "observed so far" apart from "projected"

/// What one recorded follow-up says for the avoided cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// Still living without formal services (地域につながった, 自分で暮らしている).
    Without,
    /// In a formal service (or hospital, institution): the effect ended at this point.
    Ended,
    /// Died, moved or not known: the observation stops here without an answer.
    Unknown,
}

/// How a follow-up's derived status counts for the avoided cost.
pub fn kept_of(status: crate::domain::followup::Status) -> Kept {
    use crate::domain::followup::Status as S;
    match status {
        S::Community | S::SelfOnly => Kept::Without,
        S::Institution | S::Hospital | S::CareService | S::MedicalRehab => Kept::Ended,
        S::Died | S::Moved | S::Unknown => Kept::Unknown,
    }
}

/// One graduate as the actual mode sees them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActualGraduate {
    /// The monthly price of the service they would have used (by their level at entry, from
    /// the municipality's price table); `None` when the level is not known (missing).
    pub price_yen: Option<u64>,
    /// The recorded follow-ups: (months after the end, what it found).
    pub follow_ups: Vec<(u32, Kept)>,
}

/// How far a graduate was observed without formal services: the latest recorded follow-up
/// point up to which every recorded one found them without (`months`), and whether a follow-up
/// found the effect ended (`ended_at`). A follow-up that cannot say (died, moved, unknown)
/// stops the observation. `None` without any recorded follow-up.
pub fn observed(follow_ups: &[(u32, Kept)]) -> Option<(u32, Option<u32>)> {
    if follow_ups.is_empty() {
        return None;
    }
    let mut sorted = follow_ups.to_vec();
    sorted.sort_by_key(|(m, _)| *m);
    let mut months = 0;
    for (m, k) in sorted {
        match k {
            Kept::Without => months = m,
            Kept::Ended => return Some((months, Some(m))),
            Kept::Unknown => break,
        }
    }
    Some((months, None))
}

/// An exact fraction of non-negative integers (nothing rounds until `round`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ratio {
    pub num: u128,
    pub den: u128,
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Ratio {
    pub fn new(num: u128, den: u128) -> Ratio {
        Ratio { num, den }.reduced()
    }
    fn reduced(self) -> Ratio {
        let g = gcd(self.num, self.den).max(1);
        Ratio {
            num: self.num / g,
            den: self.den / g,
        }
    }
    pub fn plus(self, o: Ratio) -> Ratio {
        let g = gcd(self.den, o.den).max(1);
        Ratio::new(
            self.num * (o.den / g) + o.num * (self.den / g),
            self.den / g * o.den,
        )
    }
    pub fn times(self, o: Ratio) -> Ratio {
        let a = Ratio::new(self.num, o.den);
        let b = Ratio::new(o.num, self.den);
        Ratio::new(a.num * b.num, a.den * b.den)
    }
    /// Rounded half up to a whole number.
    pub fn round(self) -> u128 {
        if self.den == 0 {
            0
        } else {
            div_round(self.num, self.den)
        }
    }
}

const RULE_MONTHS: &str = "観察できた月数 ＝ 卒業者ごとに、記録されたフォローアップがすべて「介護・医療のサービスを使わずに暮らしている」と言えた最後の時点（3・6・12か月）の合計 ÷ 卒業者（フォローアップの記録がない人は不明）";
const RULE_PRICE: &str =
    "月額 ＝ 卒業者ごとの入口の区分（要支援1・2、事業対象者）に当たる従前相当サービスの月額（区分がわからない人は不明）";
const RULE_RETENTION: &str = "継続の割合 ＝ その時点まで使わずに暮らしていると確かめられた卒業者 ÷ その時点までに結果がわかった卒業者（死亡・転居・不明で確かめられなくなった人は、その後の分母に入れない）";

/// The actual mode's figures: the rates from the data, each input with its numerator,
/// denominator and missing count, the avoided cost observed so far, and — kept apart — the
/// avoided cost projected to `years` years from the observed retention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actual {
    pub finish_rate: Figure,
    pub graduation_rate: Figure,
    /// Months observed without formal services, summed over the graduates.
    pub observed_months: Figure,
    /// Graduates whose monthly price is known.
    pub priced: Figure,
    /// The share still without services at 3, 6 and 12 months (life-table style).
    pub retention: Vec<(u32, Figure)>,
    /// Σ over graduates of months observed × that person's price × basis, yen (exact).
    pub observed_effect: Ratio,
    /// Graduates × the mean known price × basis × Σ over the months of `years` years of the
    /// retention at the next follow-up point (the last one held after 12 months); `None` when
    /// nothing has been observed.
    pub projected_effect: Option<Ratio>,
    pub years: u32,
    pub cost_yen: u64,
}

/// The actual mode from the data: the finish and graduation rates as the outcome figures give
/// them, the graduates; `basis` is 費用額 (10 000) or 公費 (10 000 − the user's share).
pub fn actual(
    finish_rate: Figure,
    graduation_rate: Figure,
    graduates: &[ActualGraduate],
    basis: BasisPoints,
    years: u32,
    cost_yen: u64,
) -> Actual {
    let g = graduates.len() as u32;
    let obs: Vec<Option<(u32, Option<u32>)>> =
        graduates.iter().map(|x| observed(&x.follow_ups)).collect();
    let observed_months = Figure {
        numerator: obs.iter().flatten().map(|(m, _)| *m).sum(),
        denominator: obs.iter().flatten().count() as u32,
        missing: obs.iter().filter(|o| o.is_none()).count() as u32,
        rule: RULE_MONTHS,
    };
    let priced = Figure {
        numerator: graduates.iter().filter(|x| x.price_yen.is_some()).count() as u32,
        denominator: g,
        missing: graduates.iter().filter(|x| x.price_yen.is_none()).count() as u32,
        rule: RULE_PRICE,
    };
    let b = Ratio::new(u128::from(basis), u128::from(WHOLE));
    let observed_effect = graduates
        .iter()
        .zip(&obs)
        .filter_map(|(x, o)| Some(u128::from(x.price_yen?) * u128::from(o.as_ref()?.0)))
        .fold(Ratio::new(0, 1), |acc, yen_months| {
            acc.plus(Ratio::new(yen_months, 1))
        })
        .times(b);
    // Life table at 3, 6, 12: at risk = still observed without up to the point, or ended by it.
    let retention: Vec<(u32, Figure)> = crate::domain::followup::POINTS
        .iter()
        .map(|&k| {
            let mut f = Figure {
                numerator: 0,
                denominator: 0,
                missing: 0,
                rule: RULE_RETENTION,
            };
            for o in &obs {
                match o {
                    Some((m, _)) if *m >= k => {
                        f.numerator += 1;
                        f.denominator += 1;
                    }
                    Some((_, Some(end))) if *end <= k => f.denominator += 1,
                    _ => f.missing += 1,
                }
            }
            (k, f)
        })
        .collect();
    let known: Vec<&(u32, Figure)> = retention
        .iter()
        .filter(|(_, f)| f.denominator > 0)
        .collect();
    let projected_effect = (!known.is_empty() && priced.numerator > 0).then(|| {
        // r(m) for month m: the retention at the first observed point at or after m, else the
        // last observed one.
        let months = 12 * years;
        let mut kept = Ratio::new(0, 1);
        let mut from = 1;
        for (i, (k, f)) in known.iter().enumerate() {
            let until = if i + 1 == known.len() {
                months
            } else {
                (*k).min(months)
            };
            if until >= from {
                kept = kept.plus(Ratio::new(
                    u128::from(until - from + 1) * u128::from(f.numerator),
                    u128::from(f.denominator),
                ));
                from = until + 1;
            }
        }
        let price_sum: u128 = graduates
            .iter()
            .filter_map(|x| x.price_yen)
            .map(u128::from)
            .sum();
        let mean_price = Ratio::new(price_sum, u128::from(priced.numerator));
        Ratio::new(u128::from(g), 1)
            .times(mean_price)
            .times(b)
            .times(kept)
    });
    Actual {
        finish_rate,
        graduation_rate,
        observed_months,
        priced,
        retention,
        observed_effect,
        projected_effect,
        years,
        cost_yen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(item: i32, doing: bool, want: bool) -> crate::domain::interest::Mark {
        crate::domain::interest::Mark {
            item,
            doing,
            want,
            interested: false,
        }
    }

    #[test]
    fn interest_counts_what_was_wanted_and_is_now_done_against_what_was_given_up() {
        // 散歩 wanted, now done: better.
        let start = [mark(37, false, true), mark(17, true, false)];
        let end = [mark(37, true, false), mark(17, true, false)];
        assert_eq!(interest_change(&start, &end), Change::Improved);
        // 将棋 done, given up: worse.
        let end = [mark(17, false, false)];
        assert_eq!(
            interest_change(&[mark(17, true, false)], &end),
            Change::Worsened
        );
        // One gained, one given up: the same.
        let start = [mark(37, false, true), mark(17, true, false)];
        let end = [mark(37, true, false)];
        assert_eq!(interest_change(&start, &end), Change::Maintained);
        // Only 興味がある, or already done and wanted: not a move.
        let start = [mark(5, false, false), mark(6, true, true)];
        let end = [mark(5, true, false), mark(6, true, true)];
        assert_eq!(interest_change(&start, &end), Change::Maintained);
        assert_eq!(interest_change(&[], &[]), Change::Maintained);
    }

    #[test]
    fn the_certification_follows_the_follow_up_and_unknown_is_missing() {
        assert_eq!(certification_change("lighter"), Some(Change::Improved));
        assert_eq!(certification_change("same"), Some(Change::Maintained));
        assert_eq!(certification_change("heavier"), Some(Change::Worsened));
        assert_eq!(certification_change("unknown"), None);
        assert_eq!(certification_change(""), None);
    }

    #[test]
    fn the_volunteer_share_counts_trained_graduates_over_graduates_with_the_unreviewed_missing() {
        let finishers = [
            (Some(Outcome::Graduated), true),
            (Some(Outcome::Graduated), false),
            (Some(Outcome::GraduatedWithSupport), true),
            (Some(Outcome::NotGraduated), true),
            (None, true),
        ];
        let counted = volunteer_share(&finishers, Rules::default());
        assert_eq!(
            (counted.numerator, counted.denominator, counted.missing),
            (2, 3, 1)
        );
        assert_eq!(counted.percent_text(), "66.7%");
        assert!(counted.rule.contains("関心あり"));
        let strict = volunteer_share(
            &finishers,
            Rules {
                support_counts_as_graduation: false,
            },
        );
        assert_eq!((strict.numerator, strict.denominator), (1, 2));
        assert_eq!(volunteer_share(&[], Rules::default()).percent_text(), "—");
    }

    fn enrollment(standing: Standing) -> Enrollment {
        Enrollment {
            standing,
            discontinue_reason: None,
            graduation: None,
            change: None,
        }
    }

    #[test]
    fn honjo_discontinuation_is_twelve_of_forty_three_closed() {
        // Honjo: 46 users, 12 discontinued, 3 still in the program → 12 / 43 = 27.9 %.
        let mut all = vec![enrollment(Standing::Completed); 31];
        all.extend(vec![
            Enrollment {
                discontinue_reason: Some("体調不良".into()),
                ..enrollment(Standing::Discontinued)
            };
            12
        ]);
        all.extend(vec![enrollment(Standing::Ongoing); 3]);
        let o = outcomes(&all, Rules::default());
        assert_eq!(o.started, 46);
        assert_eq!(o.closed, 43);
        assert_eq!(
            (
                o.discontinued_rate.numerator,
                o.discontinued_rate.denominator
            ),
            (12, 43)
        );
        assert_eq!(o.discontinued_rate.percent_text(), "27.9%");
        assert_eq!(o.completed_rate.percent_text(), "72.1%");
        assert_eq!(o.discontinued_by_reason, vec![("体調不良".to_owned(), 12)]);
        // Of all users it would read 26.1 % — not the rule.
        let of_all = Figure {
            numerator: 12,
            denominator: 46,
            missing: 0,
            rule: "",
        };
        assert_eq!(of_all.percent_text(), "26.1%");
    }

    #[test]
    fn the_funnel_counts_each_enrollment_once_and_declines_apart_from_discontinuation() {
        let all = vec![
            enrollment(Standing::DeclinedBeforeStart),
            enrollment(Standing::NotYetStarted),
            enrollment(Standing::Ongoing),
            enrollment(Standing::Completed),
            enrollment(Standing::Completed),
            enrollment(Standing::Discontinued),
        ];
        let o = outcomes(&all, Rules::default());
        assert_eq!(
            (o.referred, o.declined_before_start, o.started, o.ongoing),
            (6, 1, 4, 1)
        );
        assert_eq!((o.completed, o.discontinued, o.closed), (2, 1, 3));
        // Declined of those whose start date has come (the one not yet started is not counted).
        assert_eq!(
            (o.declined_rate.numerator, o.declined_rate.denominator),
            (1, 5)
        );
        assert_eq!(o.discontinued_by_reason, vec![("理由の記録なし".into(), 1)]);
    }

    #[test]
    fn improvement_counts_only_finishers_with_both_values_and_reports_the_missing() {
        let with = |c: Option<Change>| Enrollment {
            change: c,
            ..enrollment(Standing::Completed)
        };
        let all = vec![
            with(Some(Change::Improved)),
            with(Some(Change::Improved)),
            with(Some(Change::Improved)),
            with(Some(Change::Maintained)),
            with(Some(Change::Worsened)),
            with(None),
            // A discontinued person's change is not in the rate.
            Enrollment {
                change: Some(Change::Worsened),
                ..enrollment(Standing::Discontinued)
            },
        ];
        let o = outcomes(&all, Rules::default());
        for f in [&o.improved_rate, &o.maintained_rate, &o.worsened_rate] {
            assert_eq!((f.denominator, f.missing), (5, 1));
        }
        assert_eq!(o.improved_rate.numerator, 3);
        assert_eq!(o.improved_rate.percent_text(), "60.0%");
        assert_eq!(
            o.improved_rate.numerator + o.maintained_rate.numerator + o.worsened_rate.numerator,
            o.improved_rate.denominator,
            "the three add up to the denominator"
        );
    }

    #[test]
    fn whether_b_and_d_support_counts_as_graduation_is_the_municipalitys_setting() {
        let with = |g: Option<Outcome>| Enrollment {
            graduation: g,
            ..enrollment(Standing::Completed)
        };
        let all = vec![
            with(Some(Outcome::Graduated)),
            with(Some(Outcome::GraduatedWithSupport)),
            with(Some(Outcome::NotGraduated)),
            with(None),
            enrollment(Standing::Discontinued),
        ];
        let counted = outcomes(&all, Rules::default());
        assert_eq!(
            (
                counted.graduation_rate.numerator,
                counted.graduation_rate.denominator,
                counted.graduation_rate.missing
            ),
            (2, 3, 1)
        );
        assert!(counted.graduation_rate.rule.contains("Ｂ"));
        let strict = outcomes(
            &all,
            Rules {
                support_counts_as_graduation: false,
            },
        );
        assert_eq!(strict.graduation_rate.numerator, 1);
        assert!(!strict.graduation_rate.rule.contains("Ｂ"));
        // Of starters: the closed enrollments are the base.
        assert_eq!(
            (
                counted.graduation_rate_of_starters.numerator,
                counted.graduation_rate_of_starters.denominator
            ),
            (2, 5)
        );
    }

    #[test]
    fn nobody_to_count_is_a_dash_not_zero_percent() {
        let o = outcomes(&[], Rules::default());
        assert_eq!(o.discontinued_rate.per_mille(), None);
        assert_eq!(o.discontinued_rate.percent_text(), "—");
    }

    #[test]
    fn the_checklist_change_is_at_least_k_risk_answers() {
        assert_eq!(checklist_change(8, 7, 1), Change::Improved);
        assert_eq!(checklist_change(8, 8, 1), Change::Maintained);
        assert_eq!(checklist_change(8, 9, 1), Change::Worsened);
        assert_eq!(checklist_change(8, 7, 2), Change::Maintained);
        assert_eq!(checklist_change(8, 6, 2), Change::Improved);
        assert_eq!(checklist_change(6, 8, 2), Change::Worsened);
        // k = 0 would make everyone "changed"; it is read as 1.
        assert_eq!(checklist_change(8, 8, 0), Change::Maintained);
    }

    #[test]
    fn a_test_changes_by_its_margin_in_its_better_direction() {
        let gait = |start, end| TestPair {
            better: Better::Higher,
            start,
            end,
            margin: 0.1,
        };
        assert_eq!(
            gait(1.2, 1.3).change(),
            Change::Improved,
            "exactly the margin"
        );
        assert_eq!(gait(1.2, 1.29).change(), Change::Maintained);
        assert_eq!(gait(1.3, 1.2).change(), Change::Worsened);
        let tug = |start, end| TestPair {
            better: Better::Lower,
            start,
            end,
            margin: 1.0,
        };
        assert_eq!(
            tug(14.0, 12.5).change(),
            Change::Improved,
            "faster is better"
        );
        assert_eq!(tug(12.5, 14.0).change(), Change::Worsened);
        assert_eq!(tug(12.5, 13.0).change(), Change::Maintained);
    }

    #[test]
    fn a_person_improves_on_tests_when_one_improved_and_none_worsened() {
        let up = TestPair {
            better: Better::Higher,
            start: 10.0,
            end: 14.0,
            margin: 2.0,
        };
        let down = TestPair {
            better: Better::Lower,
            start: 10.0,
            end: 13.0,
            margin: 1.0,
        };
        let still = TestPair {
            better: Better::Higher,
            start: 10.0,
            end: 10.5,
            margin: 2.0,
        };
        assert_eq!(tests_change(&[up, still]), Some(Change::Improved));
        assert_eq!(tests_change(&[down, still]), Some(Change::Worsened));
        assert_eq!(tests_change(&[up, down]), Some(Change::Maintained), "mixed");
        assert_eq!(tests_change(&[still]), Some(Change::Maintained));
        assert_eq!(tests_change(&[]), None, "no pair: missing, not maintained");
    }

    #[test]
    fn self_ratings_and_goals() {
        assert_eq!(rating_change(4, 6, 2), Change::Improved);
        assert_eq!(rating_change(4, 5, 2), Change::Maintained);
        assert_eq!(rating_change(6, 4, 2), Change::Worsened);
        assert!(goal_attained(0));
        assert!(goal_attained(2));
        assert!(!goal_attained(-1));
    }

    fn handbook(effect: Effect) -> CostInputs {
        CostInputs {
            users: 100,
            finish_rate: 9_000,
            improve_rate: 7_500,
            graduation_rate: 6_500,
            cost_yen: 12_000_000,
            effect,
        }
    }

    #[test]
    fn the_handbook_figure_is_reproduced_to_the_yen() {
        // B市: 100 users, 90 % finish, 75 % improve, 65 % graduate, 12,000千円, effect 448,000 yen
        // per graduate over 3 years → 26,208千円, net +14,208千円.
        let r = cost_effectiveness(&handbook(Effect::PerGraduate { yen: 448_000 }));
        assert_eq!(r.finishers.text(), "90");
        assert_eq!(r.improved.text(), "67.5");
        assert_eq!(r.graduates.text(), "58.5");
        assert_eq!(r.effect_yen, 26_208_000);
        assert_eq!(r.net_yen, 14_208_000);
        assert_eq!(r.ratio_milli, Some(2_184));
        assert_eq!(r.cost_per_user_yen, Some(120_000));
        assert_eq!(r.cost_per_finisher_yen, Some(133_333));
        assert_eq!(r.cost_per_graduate_yen, Some(205_128));
    }

    #[test]
    fn the_handbook_text_is_the_figure_rounded_to_millions() {
        // The text's 2,600万円 and +1,400万円 are the figure's 26,208千円 and +14,208千円
        // rounded to 百万円.
        let r = cost_effectiveness(&handbook(Effect::PerGraduate { yen: 448_000 }));
        assert_eq!((r.effect_yen + 500_000) / 1_000_000, 26);
        assert_eq!((r.net_yen + 500_000) / 1_000_000, 14);
    }

    #[test]
    fn a_monthly_price_and_retention_gives_the_same_effect_as_its_total() {
        // 21,150 yen a month (従前相当 通所, 要支援1), every graduate kept for 36 months, 費用額.
        let monthly = Effect::Monthly {
            price_mix: vec![(WHOLE, 21_150)],
            basis: WHOLE,
            retention: vec![WHOLE; 36],
        };
        let r = cost_effectiveness(&handbook(monthly));
        let total = cost_effectiveness(&handbook(Effect::PerGraduate { yen: 21_150 * 36 }));
        assert_eq!(r.effect_yen, total.effect_yen);
        assert_eq!(r.effect_yen, 44_541_900); // 58.5 × 21,150 × 36
    }

    #[test]
    fn a_decaying_retention_and_public_share_only() {
        // 100 % kept in year 1, 50 % in year 2, 25 % in year 3 at 21,150 yen: 25,982,775 yen.
        let mut retention = vec![WHOLE; 12];
        retention.extend(vec![5_000; 12]);
        retention.extend(vec![2_500; 12]);
        let full = cost_effectiveness(&handbook(Effect::Monthly {
            price_mix: vec![(WHOLE, 21_150)],
            basis: WHOLE,
            retention: retention.clone(),
        }));
        assert_eq!(full.effect_yen, 25_982_775);
        // 公費 only (the user pays 1割): 90 % of it.
        let public = cost_effectiveness(&handbook(Effect::Monthly {
            price_mix: vec![(WHOLE, 21_150)],
            basis: 9_000,
            retention,
        }));
        assert_eq!(public.effect_yen, 23_384_498); // 25,982,775 × 0.9 = 23,384,497.5, half up
    }

    #[test]
    fn a_price_mix_weighs_each_service_by_its_share() {
        // Half 要支援1 (21,150) and half 要支援2 (42,360) → 31,755 a month; one month, all kept.
        let r = cost_effectiveness(&CostInputs {
            users: 10,
            finish_rate: WHOLE,
            improve_rate: WHOLE,
            graduation_rate: WHOLE,
            cost_yen: 0,
            effect: Effect::Monthly {
                price_mix: vec![(5_000, 21_150), (5_000, 42_360)],
                basis: WHOLE,
                retention: vec![WHOLE],
            },
        });
        assert_eq!(r.effect_yen, 317_550);
        assert_eq!(r.ratio_milli, None, "no cost, no ratio");
        assert_eq!(r.net_yen, 317_550);
    }

    fn line<'a>(lines: &'a [CostLine], key: &str) -> &'a CostLine {
        lines.iter().find(|l| l.key == key).unwrap()
    }

    #[test]
    fn every_number_of_the_handbook_example_is_shown_with_its_inputs() {
        // §7.4 O1–O9: F = 90, I = 67.5, G = 58.5, E = 26,208千円, net +14,208千円, 2.184,
        // 120,000 / 133,333 / 205,128円 per user / finisher / graduate, 448,000円 per graduate,
        // 262,080円 per enrolled user.
        let inputs = handbook(Effect::PerGraduate { yen: 448_000 });
        let lines = explain(&inputs, &cost_effectiveness(&inputs));
        let value = |k| line(&lines, k).value.clone();
        assert_eq!(value("finishers"), "90名");
        assert_eq!(line(&lines, "finishers").inputs, "100名 × 90%");
        assert_eq!(value("improved"), "67.5名");
        assert_eq!(line(&lines, "improved").inputs, "90名 × 75%");
        assert_eq!(value("graduates"), "58.5名");
        assert_eq!(line(&lines, "graduates").inputs, "90名 × 65%");
        assert_eq!(value("effect"), "26,208,000円");
        assert_eq!(line(&lines, "effect").inputs, "58.5名 × 448,000円");
        assert_eq!(value("net"), "＋14,208,000円");
        assert_eq!(line(&lines, "net").inputs, "26,208,000円 − 12,000,000円");
        assert_eq!(value("ratio"), "2.184倍");
        assert_eq!(value("cost_per_user"), "120,000円");
        assert_eq!(value("cost_per_finisher"), "133,333円");
        assert_eq!(value("cost_per_graduate"), "205,128円");
        assert_eq!(value("effect_per_graduate"), "448,000.00円", "O8 exact");
        assert_eq!(value("effect_per_user"), "262,080.00円", "O9");
        for l in &lines {
            assert!(!l.rule.is_empty() && !l.inputs.is_empty(), "{l:?}");
        }
    }

    #[test]
    fn the_implied_monthly_and_yearly_figures_of_the_example() {
        // O8: 448,000円 per graduate = 12,444.44円 a month, 149,333.33円 a year over 3 years;
        // O9: 262,080円 per enrolled user = 7,280円 a month over 36 months.
        let effect = 26_208_000u128;
        let graduates_e4 = 585_000u128; // 58.5 people
        assert_eq!(
            yen_hundredths(effect * 10_000, graduates_e4 * 36),
            Some(1_244_444)
        );
        assert_eq!(
            yen_hundredths(effect * 10_000, graduates_e4 * 3),
            Some(14_933_333)
        );
        assert_eq!(yen_hundredths(effect, 100 * 36), Some(728_000));
        // Rounding the graduates first (59) would miss 448,000: the fraction is kept.
        assert_ne!(yen_hundredths(effect, 59), Some(44_800_000));
    }

    #[test]
    fn the_handbook_text_given_as_a_total_gives_its_net() {
        // Fixture B: the text's 2,600万円 effect → +1,400万円, 2.17 to two places.
        let inputs = handbook(Effect::Total { yen: 26_000_000 });
        let r = cost_effectiveness(&inputs);
        assert_eq!(r.effect_yen, 26_000_000);
        assert_eq!(r.net_yen, 14_000_000);
        assert_eq!(r.ratio_milli, Some(2_167));
        assert_eq!(r.graduates.text(), "58.5", "not rounded before the end");
        let lines = explain(&inputs, &r);
        assert_eq!(line(&lines, "net").value, "＋14,000,000円");
    }

    #[test]
    fn the_kochi_prices_are_the_documented_default() {
        let prices: Vec<u64> = PricedService::ALL.iter().map(|s| s.kochi_yen()).collect();
        assert_eq!(prices, vec![21_150, 42_360, 12_260, 24_520]);
        for s in PricedService::ALL {
            assert_eq!(PricedService::from_text(s.as_str()), Ok(s));
        }
    }

    #[test]
    fn monthly_effect_from_prices_basis_and_yearly_retention() {
        // 100 % / 50 % / 25 % over 3 years at 21,150円, 公費 with a 1割 user share.
        let effect = monthly_effect(
            vec![(WHOLE, 21_150)],
            Basis::Public,
            1_000,
            &[WHOLE, 5_000, 2_500],
        );
        let inputs = handbook(effect);
        assert_eq!(check_inputs(&inputs), Ok(()));
        let r = cost_effectiveness(&inputs);
        assert_eq!(r.effect_yen, 23_384_498);
        let lines = explain(&inputs, &r);
        assert_eq!(line(&lines, "monthly_price").value, "19,035.00円");
        assert!(
            line(&lines, "effect").inputs.contains("21か月分"),
            "{:?}",
            line(&lines, "effect")
        );
        assert!(line(&lines, "effect").inputs.contains("100%・50%・25%"));
        // 費用額: the whole price.
        let full = cost_effectiveness(&handbook(monthly_effect(
            vec![(WHOLE, 21_150)],
            Basis::Cost,
            1_000,
            &[WHOLE, 5_000, 2_500],
        )));
        assert_eq!(full.effect_yen, 25_982_775);
    }

    #[test]
    fn inputs_that_cannot_be_right_are_refused() {
        let mut bad = handbook(Effect::PerGraduate { yen: 448_000 });
        bad.finish_rate = 10_001;
        assert!(check_inputs(&bad).is_err());
        let shares = handbook(monthly_effect(
            vec![(6_000, 21_150), (3_000, 42_360)],
            Basis::Cost,
            0,
            &[WHOLE],
        ));
        assert!(
            check_inputs(&shares).is_err(),
            "shares must add up to 100 %"
        );
        let no_period = handbook(monthly_effect(vec![(WHOLE, 21_150)], Basis::Cost, 0, &[]));
        assert!(check_inputs(&no_period).is_err());
    }

    #[test]
    fn margins_are_checked_and_said_in_words() {
        let m = Margins::default();
        assert_eq!(m.check(), Ok(()));
        assert!(m
            .rule_text(Indicator::Checklist)
            .contains("1つ以上減れば改善"));
        assert!(m.rule_text(Indicator::Tests).contains("歩行速度 0.1 m/秒"));
        let wider = Margins {
            checklist_k: 3,
            ..m
        };
        assert!(wider.rule_text(Indicator::Checklist).contains("3つ以上"));
        assert!(Margins {
            checklist_k: 0,
            ..m
        }
        .check()
        .is_err());
        assert!(Margins {
            gait_mps: -0.1,
            ..m
        }
        .check()
        .is_err());
        assert!(Margins {
            tug_s: f64::NAN,
            ..m
        }
        .check()
        .is_err());
    }

    #[test]
    fn graduates_still_without_services_leave_out_who_cannot_say() {
        use crate::domain::followup::Status as S;
        let f = still_without_services(
            &[
                S::Community,
                S::SelfOnly,
                S::Community,
                S::CareService,
                S::Hospital,
                S::Moved,
                S::Died,
                S::Unknown,
            ],
            2,
        );
        assert_eq!((f.numerator, f.denominator, f.missing), (3, 5, 5));
        assert_eq!(f.percent_text(), "60.0%");
        assert!(f.rule.starts_with("卒業継続率"));
        assert_eq!(still_without_services(&[], 0).percent_text(), "—");
    }

    fn fig(numerator: u32, denominator: u32) -> Figure {
        Figure {
            numerator,
            denominator,
            missing: 0,
            rule: "",
        }
    }

    /// A cohort with known outcomes, generated from a fixed seed.
    fn generated_cohort(n: usize, seed: u64) -> Vec<ActualGraduate> {
        let mut x = seed;
        let mut next = move |m: u64| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 33) % m
        };
        (0..n)
            .map(|_| {
                let price_yen = [Some(21_150), Some(42_360), Some(12_260), None][next(4) as usize];
                let mut follow_ups = Vec::new();
                for m in [3, 6, 12] {
                    match next(6) {
                        0 => break,
                        1 => follow_ups.push((m, Kept::Ended)),
                        2 => follow_ups.push((m, Kept::Unknown)),
                        _ => follow_ups.push((m, Kept::Without)),
                    }
                }
                ActualGraduate {
                    price_yen,
                    follow_ups,
                }
            })
            .collect()
    }

    #[test]
    fn the_actual_mode_matches_a_month_by_month_recount_of_a_generated_cohort() {
        for seed in [1, 7, 42, 2026] {
            let cohort = generated_cohort(57, seed);
            let basis = 9_000; // 公費: the user's 1割 off
            let a = actual(fig(60, 70), fig(57, 60), &cohort, basis, 3, 12_000_000);
            // Second computation: walk each graduate month by month.
            let mut months_total = 0u32;
            let mut with_record = 0u32;
            let mut yen_e4 = 0i128; // yen × 10 000
            let mut at_risk = [0u32; 3];
            let mut still = [0u32; 3];
            for g in &cohort {
                if g.follow_ups.is_empty() {
                    continue;
                }
                with_record += 1;
                let mut last_without = 0;
                let mut ended: Option<u32> = None;
                for (m, k) in &g.follow_ups {
                    // Generated in order: stop at the first that is not "without".
                    if *k == Kept::Without {
                        last_without = *m;
                    } else {
                        if *k == Kept::Ended {
                            ended = Some(*m);
                        }
                        break;
                    }
                }
                for _month in 1..=last_without {
                    if let Some(p) = g.price_yen {
                        yen_e4 += i128::from(p as u32) * i128::from(basis);
                    }
                }
                months_total += last_without;
                for (i, point) in [3u32, 6, 12].iter().enumerate() {
                    if last_without >= *point {
                        still[i] += 1;
                        at_risk[i] += 1;
                    } else if ended.is_some_and(|e| e <= *point) {
                        at_risk[i] += 1;
                    }
                }
            }
            assert_eq!(a.observed_months.numerator, months_total, "seed {seed}");
            assert_eq!(a.observed_months.denominator, with_record);
            assert_eq!(a.observed_months.missing, cohort.len() as u32 - with_record);
            assert_eq!(
                a.observed_effect.round() as i128,
                (yen_e4 * 2 + 10_000) / 20_000,
                "seed {seed}"
            );
            for (i, (point, f)) in a.retention.iter().enumerate() {
                assert_eq!(*point, [3, 6, 12][i]);
                assert_eq!((f.numerator, f.denominator), (still[i], at_risk[i]));
                assert_eq!(f.numerator + f.missing + (at_risk[i] - still[i]), 57);
            }
            // The projection, month by month in floating point (a different road).
            let priced: Vec<f64> = cohort
                .iter()
                .filter_map(|g| g.price_yen)
                .map(|p| p as f64)
                .collect();
            let mean = priced.iter().sum::<f64>() / priced.len() as f64;
            let rates: Vec<(u32, f64)> = [3u32, 6, 12]
                .iter()
                .zip(at_risk.iter().zip(still.iter()))
                .filter(|(_, (r, _))| **r > 0)
                .map(|(p, (r, s))| (*p, f64::from(*s) / f64::from(*r)))
                .collect();
            let mut kept = 0.0;
            for month in 1..=36u32 {
                let r = rates
                    .iter()
                    .find(|(p, _)| *p >= month)
                    .or(rates.last())
                    .unwrap()
                    .1;
                kept += r;
            }
            let expected = 57.0 * mean * 0.9 * kept;
            let projected = a.projected_effect.unwrap().round() as f64;
            assert!(
                (projected - expected).abs() <= 1.0,
                "seed {seed}: {projected} vs {expected}"
            );
        }
    }

    #[test]
    fn the_actual_mode_keeps_fractions_to_the_end_and_separates_observed_from_projected() {
        // Three graduates at 21,150円 (費用額): 12, 6 and 3 months without, then ended at 6.
        let g = |fu: Vec<(u32, Kept)>| ActualGraduate {
            price_yen: Some(21_150),
            follow_ups: fu,
        };
        let cohort = vec![
            g(vec![
                (3, Kept::Without),
                (6, Kept::Without),
                (12, Kept::Without),
            ]),
            g(vec![(3, Kept::Without), (6, Kept::Without)]),
            g(vec![(3, Kept::Without), (6, Kept::Ended)]),
        ];
        let a = actual(fig(3, 4), fig(3, 3), &cohort, WHOLE, 2, 1_000_000);
        assert_eq!(a.finish_rate.percent_text(), "75.0%");
        assert_eq!(a.observed_months.numerator, 21);
        assert_eq!(a.observed_effect, Ratio::new(21 * 21_150, 1));
        // Retention: 3 m 3/3; 6 m 2/3; 12 m 1/2 (the second is no longer observed; the third,
        // ended at 6, still counts against it).
        let r: Vec<(u32, u32)> = a
            .retention
            .iter()
            .map(|(_, f)| (f.numerator, f.denominator))
            .collect();
        assert_eq!(r, vec![(3, 3), (2, 3), (1, 2)]);
        // Projected to 2 years: 3 × 21,150 × (3 × 1 + 3 × 2/3 + 18 × 1/2) = 3 × 21,150 × 14.
        assert_eq!(a.projected_effect, Some(Ratio::new(3 * 21_150 * 14, 1)));
        // A third of a month is kept as a third until the end.
        let third = Ratio::new(1, 3)
            .plus(Ratio::new(1, 3))
            .plus(Ratio::new(1, 3));
        assert_eq!(third, Ratio::new(1, 1));
        assert_eq!(Ratio::new(2, 3).times(Ratio::new(3, 2)).round(), 1);
        // Nobody followed up: nothing observed, no projection.
        let none = actual(fig(1, 1), fig(1, 1), &[g(vec![])], WHOLE, 3, 0);
        assert_eq!(none.observed_months.missing, 1);
        assert_eq!(none.projected_effect, None);
        assert_eq!(
            observed(&[(6, Kept::Without), (3, Kept::Unknown)]),
            Some((0, None))
        );
    }
}
