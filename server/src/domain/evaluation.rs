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

/// The 卒業 outcome recorded at the graduation review, for those who completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Graduation {
    /// Living on without 従前相当, A or 給付 services.
    Graduated,
    /// Living on with support the municipality may count as 卒業 (B, D).
    GraduatedWithSupport,
    /// Not graduated (the destination is recorded elsewhere).
    NotGraduated,
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
    pub graduation: Option<Graduation>,
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
pub fn volunteer_share(finishers: &[(Option<Graduation>, bool)], rules: Rules) -> Figure {
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
    fn counts_as_graduated(self, g: Graduation) -> bool {
        match g {
            Graduation::Graduated => true,
            Graduation::GraduatedWithSupport => self.support_counts_as_graduation,
            Graduation::NotGraduated => false,
        }
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

    let reviewed: Vec<Graduation> = finishers.iter().filter_map(|e| e.graduation).collect();
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

// ---------------------------------------------------------------------------------------------
// 費用対効果

/// A share in basis points: 10 000 = 100 %.
pub type BasisPoints = u32;
pub const WHOLE: BasisPoints = 10_000;

/// How the effect is estimated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_volunteer_share_counts_trained_graduates_over_graduates_with_the_unreviewed_missing() {
        let finishers = [
            (Some(Graduation::Graduated), true),
            (Some(Graduation::Graduated), false),
            (Some(Graduation::GraduatedWithSupport), true),
            (Some(Graduation::NotGraduated), true),
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
        let with = |g: Option<Graduation>| Enrollment {
            graduation: g,
            ..enrollment(Standing::Completed)
        };
        let all = vec![
            with(Some(Graduation::Graduated)),
            with(Some(Graduation::GraduatedWithSupport)),
            with(Some(Graduation::NotGraduated)),
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
}
