//! The outcome figures' and the cost-effectiveness's shapes on the wire. Answers also
//! deserialize, so the tests read them back into the same types.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub use crate::domain::evaluation::{Basis, EffectMode, Indicator, PricedService};

/// One figure as sent: the share and everything needed to check it by hand.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FigureView {
    /// A stable key (`discontinued_rate`, …) for the CSV and the screen.
    pub key: String,
    /// The figure's name as staff say it.
    pub label: String,
    pub numerator: u32,
    pub denominator: u32,
    /// People the rule applies to whose data is missing (not in the denominator).
    pub missing: u32,
    /// The share in tenths of a percent (279 = 27.9 %); absent with nobody to count.
    pub per_mille: Option<u32>,
    /// `27.9%`, or `—`.
    pub percent: String,
    /// The rule in words.
    pub rule: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Funnel {
    /// 案内数: every enrollment counted.
    pub referred: u32,
    pub declined_before_start: u32,
    pub not_yet_started: u32,
    /// 利用開始数: attended session 1.
    pub started: u32,
    pub ongoing: u32,
    /// 利用終了数: completed or discontinued.
    pub closed: u32,
    pub completed: u32,
    pub discontinued: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ReasonCount {
    pub reason: String,
    pub count: u32,
}

/// 改善・維持・悪化 on one indicator.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct IndicatorView {
    pub key: String,
    pub label: String,
    /// The municipality's headline indicator (its setting).
    pub headline: bool,
    /// What counts as a change, in words (the margins used).
    pub rule: String,
    pub improved: FigureView,
    pub maintained: FigureView,
    pub worsened: FigureView,
}

/// The outcome figures for one entry profile (要支援1, 要支援2, 事業対象者, not recorded).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ProfileView {
    pub profile: String,
    pub started: u32,
    pub completed: u32,
    pub improved: FigureView,
}

/// Where the counted people were at one follow-up (3, 6 or 12 months after the end): each
/// follow-up's derived status, and the two headlines kept apart.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DestinationView {
    pub months: u32,
    /// Follow-ups recorded at this point (the denominator).
    pub done: u32,
    /// Follow-ups due or overdue and not recorded yet (not in the denominator).
    pub missing: u32,
    /// Each status (in the documented priority) with how many.
    pub statuses: Vec<ReasonCount>,
    /// 地域につながった: participation, no formal service.
    pub community: FigureView,
    /// 介護・医療へ移行: a care service or medical rehabilitation.
    pub care_or_medical: FigureView,
    /// 卒業継続率: graduates still living without formal services, of the graduates whose
    /// follow-up at this point is recorded.
    pub graduates_still_without: FigureView,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Evaluation {
    pub fiscal_year: i32,
    /// What was counted, in words (municipality, provider or cohort; the year's days).
    pub counted: String,
    /// The rule that places an enrollment in a year.
    pub year_rule: String,
    pub funnel: Funnel,
    /// 開始前辞退率, 中断率, 修了率, 卒業率 (of finishers and of starters).
    pub figures: Vec<FigureView>,
    pub discontinued_by_reason: Vec<ReasonCount>,
    /// The headline indicator first (基本チェックリスト), then the others.
    pub indicators: Vec<IndicatorView>,
    pub by_profile: Vec<ProfileView>,
    /// Where people were 3, 6 and 12 months after the end (from the follow-ups).
    pub destinations: Vec<DestinationView>,
    /// 稼働率: enrolled place-days over capacity place-days of the cohorts counted.
    pub occupancy: FigureView,
    /// The settings used, in words, shown beside the figures.
    pub settings: Vec<String>,
}

/// The municipality's choices for 改善・維持・悪化: the headline indicator and the margin that
/// counts as a change on each measure (the rules in words come back read-only).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EvaluationSettings {
    /// The headline indicator, shown first and used for the outcomes by entry profile.
    pub indicator: Indicator,
    /// 基本チェックリスト: how many risk answers fewer (or more) count as a change.
    pub checklist_k: u32,
    /// Self-rating (1–10): how many points count as a change.
    pub rating_m: u32,
    /// CS-30, in stands.
    pub margin_cs30: f64,
    /// TUG, in seconds.
    pub margin_tug_s: f64,
    /// Five-times sit-to-stand, in seconds.
    pub margin_five_sts_s: f64,
    /// One-leg standing (the better leg), in seconds.
    pub margin_one_leg_s: f64,
    /// Gait speed, in m/s.
    pub margin_gait_mps: f64,
    /// Each indicator's rule in words with these margins (read-only).
    #[serde(default)]
    pub rules: Vec<IndicatorRule>,
    /// Whether the municipality has saved its own (otherwise the documented defaults; read-only).
    #[serde(default)]
    pub saved: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct IndicatorRule {
    pub indicator: Indicator,
    pub label: String,
    pub rule: String,
}

/// One avoided service's monthly price for the year, and the share of graduates who would have
/// used it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PriceRow {
    pub service: PricedService,
    /// The service in words (read-only).
    #[serde(default)]
    pub label: String,
    /// The monthly price (加算を除く), in yen.
    pub price_yen: u64,
    /// The share of graduates who would have used it, in basis points (10000 = 100 %).
    pub share_bp: u32,
    /// The Kochi document's price, the documented default (read-only).
    #[serde(default)]
    pub default_yen: u64,
}

/// The assumptions of the planned cost-effectiveness for one fiscal year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CostPlan {
    /// 想定利用者数 (N).
    pub users: u32,
    /// 利用終了率, in basis points (9000 = 90 %).
    pub finish_bp: u32,
    /// 改善率 of finishers, in basis points.
    pub improve_bp: u32,
    /// 卒業率 of finishers, in basis points.
    pub graduation_bp: u32,
    /// サービス提供費用総額 (C), in yen.
    pub cost_yen: u64,
    /// How the effect is estimated.
    pub effect_mode: EffectMode,
    /// With `per_graduate`: the avoided cost per graduate over the whole period, in yen.
    pub per_graduate_yen: u64,
    /// With `monthly`: for each year of the effect period (効果期間), the share of graduates
    /// still living without the services, in basis points.
    pub retention_bp: Vec<u32>,
    /// 費用額 (the whole price) or 公費 (less the user's share).
    pub basis: Basis,
    /// 利用者負担, in basis points (1000 = 1割), used with 公費.
    pub user_share_bp: u32,
    /// The year's unit prices and the price mix.
    pub prices: Vec<PriceRow>,
}

/// One figure of the cost-effectiveness: its value, the numbers it was made from and the rule.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CostLineView {
    pub key: String,
    pub label: String,
    pub value: String,
    pub inputs: String,
    pub rule: String,
}

/// The planned cost-effectiveness (費用対効果) for one fiscal year: the inputs, and every figure
/// with its inputs and rule.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CostReport {
    pub fiscal_year: i32,
    pub plan: CostPlan,
    /// Whether the municipality has saved its own plan for the year (otherwise the handbook's
    /// example and the Kochi prices, as a starting point).
    pub saved: bool,
    /// Where the inputs come from, in words.
    pub source: String,
    pub lines: Vec<CostLineView>,
    /// The basis and the source of the prices, in words.
    pub notes: Vec<String>,
}

/// One input of the actual cost-effectiveness, taken from the data: its value with the numbers
/// it was counted from and how many could not be counted.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ActualInputView {
    pub key: String,
    pub label: String,
    pub value: String,
    pub numerator: u32,
    pub denominator: u32,
    pub missing: u32,
    pub rule: String,
}

/// The actual (実績) cost-effectiveness of one fiscal year: the rates and the months without
/// formal services observed in follow-ups; the avoided cost "observed so far" and the one
/// "projected" to the effect period are kept apart.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CostActualReport {
    pub fiscal_year: i32,
    /// The effect period of the projection (効果期間), in years: the plan's.
    pub years: u32,
    pub inputs: Vec<ActualInputView>,
    /// 実績（ここまでに確かめられた分）.
    pub observed: Vec<CostLineView>,
    /// 見込み（効果期間まで延ばした分）.
    pub projected: Vec<CostLineView>,
    pub notes: Vec<String>,
}
