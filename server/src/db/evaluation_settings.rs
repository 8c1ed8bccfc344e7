//! The municipality's settings for its outcome figures (the headline indicator and the margins)
//! and its planned cost-effectiveness (the assumptions and the year's unit prices). Without a
//! saved row the documented defaults apply: k = 1, m = 2 and dekita's test margins; the
//! handbook's B市 example as the plan and the Kochi document's prices.

use diesel::prelude::*;

use super::schema::{cost_plans, evaluation_settings, unit_prices};
use super::{now, DbConn, StaffScope};
use crate::domain::evaluation::{
    self as rules, Basis, BasisPoints, CostInputs, Effect, EffectMode, Indicator, Margins,
    PricedService, WHOLE,
};
use crate::domain::ids::MunicipalityId;
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::evaluation::{
    ActualInputView, CostActualReport, CostLineView, CostPlan, CostReport, EvaluationSettings,
    IndicatorRule, PriceRow,
};

type SettingsRow = (String, i32, i32, f64, f64, f64, f64, f64);

fn stored_margins(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
) -> Result<Option<Margins>, AppError> {
    let row: Option<SettingsRow> = evaluation_settings::table
        .filter(evaluation_settings::municipality_id.eq(municipality_id))
        .select((
            evaluation_settings::indicator,
            evaluation_settings::checklist_k,
            evaluation_settings::rating_m,
            evaluation_settings::margin_cs30,
            evaluation_settings::margin_tug_s,
            evaluation_settings::margin_five_sts_s,
            evaluation_settings::margin_one_leg_s,
            evaluation_settings::margin_gait_mps,
        ))
        .first(conn)
        .optional()?;
    row.map(|(indicator, k, m, cs30, tug, sts, leg, gait)| {
        Ok(Margins {
            indicator: Indicator::from_text(&indicator)?,
            checklist_k: k.max(1) as u32,
            rating_m: m.clamp(1, 9) as u8,
            cs30,
            tug_s: tug,
            five_sts_s: sts,
            one_leg_s: leg,
            gait_mps: gait,
        })
    })
    .transpose()
}

/// The margins the figures use: the municipality's, or the documented defaults.
pub fn margins(conn: &mut DbConn, municipality_id: &MunicipalityId) -> Result<Margins, AppError> {
    Ok(stored_margins(conn, municipality_id)?.unwrap_or_default())
}

fn settings_view(m: Margins, saved: bool) -> EvaluationSettings {
    EvaluationSettings {
        indicator: m.indicator,
        checklist_k: m.checklist_k,
        rating_m: u32::from(m.rating_m),
        margin_cs30: m.cs30,
        margin_tug_s: m.tug_s,
        margin_five_sts_s: m.five_sts_s,
        margin_one_leg_s: m.one_leg_s,
        margin_gait_mps: m.gait_mps,
        rules: Indicator::ALL
            .into_iter()
            .map(|i| IndicatorRule {
                indicator: i,
                label: i.label_ja().to_owned(),
                rule: m.rule_text(i),
            })
            .collect(),
        saved,
    }
}

/// The municipality's indicator and margins, with each rule in words.
pub fn settings(conn: &mut DbConn, scope: &StaffScope) -> Result<EvaluationSettings, AppError> {
    scope.may(Action::ReadEvaluation)?;
    let stored = stored_margins(conn, &scope.municipality_id)?;
    Ok(settings_view(stored.unwrap_or_default(), stored.is_some()))
}

/// Saves the indicator and margins (the municipality's administrator); audited.
pub fn set_settings(
    conn: &mut DbConn,
    scope: &StaffScope,
    input: &EvaluationSettings,
) -> Result<EvaluationSettings, AppError> {
    scope.may(Action::SetEvaluationSettings)?;
    let m = Margins {
        indicator: input.indicator,
        checklist_k: input.checklist_k,
        rating_m: u8::try_from(input.rating_m).unwrap_or(u8::MAX),
        cs30: input.margin_cs30,
        tug_s: input.margin_tug_s,
        five_sts_s: input.margin_five_sts_s,
        one_leg_s: input.margin_one_leg_s,
        gait_mps: input.margin_gait_mps,
    };
    m.check().map_err(AppError::validation)?;
    let values = (
        evaluation_settings::indicator.eq(m.indicator.as_str()),
        evaluation_settings::checklist_k.eq(m.checklist_k as i32),
        evaluation_settings::rating_m.eq(i32::from(m.rating_m)),
        evaluation_settings::margin_cs30.eq(m.cs30),
        evaluation_settings::margin_tug_s.eq(m.tug_s),
        evaluation_settings::margin_five_sts_s.eq(m.five_sts_s),
        evaluation_settings::margin_one_leg_s.eq(m.one_leg_s),
        evaluation_settings::margin_gait_mps.eq(m.gait_mps),
        evaluation_settings::updated_by.eq(&scope.staff_id),
        evaluation_settings::updated_at.eq(now()),
    );
    let updated = diesel::update(
        evaluation_settings::table
            .filter(evaluation_settings::municipality_id.eq(&scope.municipality_id)),
    )
    .set(values)
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(evaluation_settings::table)
            .values((
                evaluation_settings::municipality_id.eq(&scope.municipality_id),
                values,
            ))
            .execute(conn)?;
    }
    super::audit::record_detail(
        conn,
        scope,
        "evaluation_settings.set",
        None,
        Some(m.indicator.as_str()),
    )?;
    Ok(settings_view(m, true))
}

// ---------------------------------------------------------------------------------------------
// 費用対効果

/// The handbook's B市 example with the Kochi prices: the starting point before a municipality
/// saves its own plan.
fn default_plan() -> CostPlan {
    CostPlan {
        users: 100,
        finish_bp: 9_000,
        improve_bp: 7_500,
        graduation_bp: 6_500,
        cost_yen: 12_000_000,
        effect_mode: EffectMode::PerGraduate,
        per_graduate_yen: 448_000,
        retention_bp: vec![WHOLE, 5_000, 2_500],
        basis: Basis::Cost,
        user_share_bp: 1_000,
        prices: PricedService::ALL
            .into_iter()
            .map(|s| {
                price_row(
                    s,
                    s.kochi_yen(),
                    if s == PricedService::DaySupport1 {
                        WHOLE
                    } else {
                        0
                    },
                )
            })
            .collect(),
    }
}

fn price_row(service: PricedService, price_yen: u64, share_bp: BasisPoints) -> PriceRow {
    PriceRow {
        service,
        label: service.label_ja().to_owned(),
        price_yen,
        share_bp,
        default_yen: service.kochi_yen(),
    }
}

/// The domain's inputs for a plan.
fn inputs_of(plan: &CostPlan) -> CostInputs {
    let share = |s: PricedService| {
        plan.prices
            .iter()
            .find(|p| p.service == s)
            .map_or((0, s.kochi_yen()), |p| (p.share_bp, p.price_yen))
    };
    CostInputs {
        users: plan.users,
        finish_rate: plan.finish_bp,
        improve_rate: plan.improve_bp,
        graduation_rate: plan.graduation_bp,
        cost_yen: plan.cost_yen,
        effect: match plan.effect_mode {
            EffectMode::PerGraduate => Effect::PerGraduate {
                yen: plan.per_graduate_yen,
            },
            EffectMode::Monthly => rules::monthly_effect(
                PricedService::ALL.into_iter().map(share).collect(),
                plan.basis,
                plan.user_share_bp,
                &plan.retention_bp,
            ),
        },
    }
}

type PlanRow = (
    i32,
    i32,
    i32,
    i32,
    i64,
    String,
    i64,
    String,
    String,
    i32,
    (i32, i32, i32, i32),
);

fn to_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

fn to_u32(v: i32) -> u32 {
    u32::try_from(v).unwrap_or(0)
}

/// The saved plan and the year's prices, or the defaults (and whether a plan was saved).
fn load_plan(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
    fiscal_year: i32,
) -> Result<(CostPlan, bool), AppError> {
    let row: Option<PlanRow> = cost_plans::table
        .filter(cost_plans::municipality_id.eq(municipality_id))
        .filter(cost_plans::fiscal_year.eq(fiscal_year))
        .select((
            cost_plans::users,
            cost_plans::finish_bp,
            cost_plans::improve_bp,
            cost_plans::graduation_bp,
            cost_plans::cost_yen,
            cost_plans::effect_mode,
            cost_plans::per_graduate_yen,
            cost_plans::retention_bp,
            cost_plans::basis,
            cost_plans::user_share_bp,
            (
                cost_plans::share_day1_bp,
                cost_plans::share_day2_bp,
                cost_plans::share_home1_bp,
                cost_plans::share_home2_bp,
            ),
        ))
        .first(conn)
        .optional()?;
    let prices: Vec<(String, i64)> = unit_prices::table
        .filter(unit_prices::municipality_id.eq(municipality_id))
        .filter(unit_prices::fiscal_year.eq(fiscal_year))
        .select((unit_prices::service, unit_prices::price_yen))
        .load(conn)?;
    let mut price_of = std::collections::HashMap::new();
    for (service, yen) in prices {
        price_of.insert(PricedService::from_text(&service)?, to_u64(yen));
    }
    let price = |s: PricedService| price_of.get(&s).copied().unwrap_or(s.kochi_yen());
    let Some((users, finish, improve, grad, cost, mode, per_grad, retention, basis, share, mix)) =
        row
    else {
        let mut plan = default_plan();
        for p in &mut plan.prices {
            p.price_yen = price(p.service);
        }
        return Ok((plan, false));
    };
    let retention_bp = retention
        .split(',')
        .filter(|t| !t.is_empty())
        .map(|t| {
            t.trim()
                .parse::<u32>()
                .map_err(|_| AppError::Internal(format!("stored retention {t:?}")))
        })
        .collect::<Result<Vec<u32>, AppError>>()?;
    let shares = [mix.0, mix.1, mix.2, mix.3];
    Ok((
        CostPlan {
            users: to_u32(users),
            finish_bp: to_u32(finish),
            improve_bp: to_u32(improve),
            graduation_bp: to_u32(grad),
            cost_yen: to_u64(cost),
            effect_mode: EffectMode::from_text(&mode)?,
            per_graduate_yen: to_u64(per_grad),
            retention_bp,
            basis: Basis::from_text(&basis)?,
            user_share_bp: to_u32(share),
            prices: PricedService::ALL
                .into_iter()
                .zip(shares)
                .map(|(s, share)| price_row(s, price(s), to_u32(share)))
                .collect(),
        },
        true,
    ))
}

fn check_year(fiscal_year: i32) -> Result<(), AppError> {
    if (2000..=2100).contains(&fiscal_year) {
        Ok(())
    } else {
        Err(AppError::validation(
            "年度は 2000〜2100 の西暦で指定してください（例：2026）。",
        ))
    }
}

fn report(fiscal_year: i32, plan: CostPlan, saved: bool) -> CostReport {
    let inputs = inputs_of(&plan);
    let result = rules::cost_effectiveness(&inputs);
    let lines = rules::explain(&inputs, &result)
        .into_iter()
        .map(|l| CostLineView {
            key: l.key.to_owned(),
            label: l.label.to_owned(),
            value: l.value,
            inputs: l.inputs,
            rule: l.rule.to_owned(),
        })
        .collect();
    let kochi = plan.prices.iter().all(|p| p.price_yen == p.default_yen);
    let mut notes = vec![
        "端数（0.5人など）は途中で丸めず、金額は最後に1円単位で四捨五入しています。".to_owned(),
    ];
    if plan.effect_mode == EffectMode::Monthly {
        notes.push(match plan.basis {
            Basis::Cost => "費用の基準：費用額（利用者負担を含む額）".to_owned(),
            Basis::Public => format!(
                "費用の基準：公費（利用者負担 {} を除いた額）",
                rules::bp_text(plan.user_share_bp)
            ),
        });
        notes.push(if kochi {
            "単価：高知県の資料の月額（加算を除く）を既定値として使っています。".to_owned()
        } else {
            "単価：この市町村がこの年度に設定した月額です（高知県の資料の値と並べて示します）。"
                .to_owned()
        });
    }
    CostReport {
        fiscal_year,
        source: if saved {
            format!("{fiscal_year}年度にこの市町村が設定した見込みの値です。")
        } else {
            "まだ設定がないため、手引きの例（B市：100名、利用終了率90%、改善率75%、卒業率65%、1,200万円、卒業者1人あたり448,000円）を示しています。".to_owned()
        },
        plan,
        saved,
        lines,
        notes,
    }
}

/// The planned cost-effectiveness for one fiscal year: the inputs and every figure with its
/// inputs and rule.
pub fn cost_report(
    conn: &mut DbConn,
    scope: &StaffScope,
    fiscal_year: i32,
) -> Result<CostReport, AppError> {
    scope.may(Action::ReadEvaluation)?;
    check_year(fiscal_year)?;
    let (plan, saved) = load_plan(conn, &scope.municipality_id, fiscal_year)?;
    Ok(report(fiscal_year, plan, saved))
}

/// Saves the year's plan and unit prices (the municipality's administrator); audited.
pub fn set_cost_plan(
    conn: &mut DbConn,
    scope: &StaffScope,
    fiscal_year: i32,
    input: &CostPlan,
) -> Result<CostReport, AppError> {
    scope.may(Action::SetEvaluationSettings)?;
    check_year(fiscal_year)?;
    let mut plan = input.clone();
    let mut prices = Vec::new();
    for s in PricedService::ALL {
        let given = input.prices.iter().find(|p| p.service == s);
        let (yen, share) = given.map_or((s.kochi_yen(), 0), |p| (p.price_yen, p.share_bp));
        prices.push(price_row(s, yen, share));
    }
    plan.prices = prices;
    if plan.user_share_bp > WHOLE {
        return Err(AppError::validation(
            "利用者負担の割合は 0〜100% で指定してください。",
        ));
    }
    if plan.effect_mode == EffectMode::PerGraduate && plan.retention_bp.is_empty() {
        // The period is still shown; one year unless said otherwise.
        plan.retention_bp = vec![WHOLE];
    }
    rules::check_inputs(&inputs_of(&plan)).map_err(AppError::validation)?;
    if plan.retention_bp.is_empty() || plan.retention_bp.len() > 10 {
        return Err(AppError::validation(
            "効果期間は 1〜10 年で指定してください。",
        ));
    }
    let shares: Vec<i32> = plan.prices.iter().map(|p| p.share_bp as i32).collect();
    let retention = plan
        .retention_bp
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let values = (
        cost_plans::users.eq(plan.users as i32),
        cost_plans::finish_bp.eq(plan.finish_bp as i32),
        cost_plans::improve_bp.eq(plan.improve_bp as i32),
        cost_plans::graduation_bp.eq(plan.graduation_bp as i32),
        cost_plans::cost_yen.eq(plan.cost_yen as i64),
        cost_plans::effect_mode.eq(plan.effect_mode.as_str()),
        cost_plans::per_graduate_yen.eq(plan.per_graduate_yen as i64),
        cost_plans::retention_bp.eq(retention),
        cost_plans::basis.eq(plan.basis.as_str()),
        cost_plans::user_share_bp.eq(plan.user_share_bp as i32),
        (
            cost_plans::share_day1_bp.eq(shares[0]),
            cost_plans::share_day2_bp.eq(shares[1]),
            cost_plans::share_home1_bp.eq(shares[2]),
            cost_plans::share_home2_bp.eq(shares[3]),
            cost_plans::updated_by.eq(&scope.staff_id),
            cost_plans::updated_at.eq(now()),
        ),
    );
    let updated = diesel::update(
        cost_plans::table
            .filter(cost_plans::municipality_id.eq(&scope.municipality_id))
            .filter(cost_plans::fiscal_year.eq(fiscal_year)),
    )
    .set(values.clone())
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(cost_plans::table)
            .values((
                cost_plans::municipality_id.eq(&scope.municipality_id),
                cost_plans::fiscal_year.eq(fiscal_year),
                values,
            ))
            .execute(conn)?;
    }
    diesel::delete(
        unit_prices::table
            .filter(unit_prices::municipality_id.eq(&scope.municipality_id))
            .filter(unit_prices::fiscal_year.eq(fiscal_year)),
    )
    .execute(conn)?;
    for p in &plan.prices {
        diesel::insert_into(unit_prices::table)
            .values((
                unit_prices::municipality_id.eq(&scope.municipality_id),
                unit_prices::fiscal_year.eq(fiscal_year),
                unit_prices::service.eq(p.service.as_str()),
                unit_prices::price_yen.eq(p.price_yen as i64),
            ))
            .execute(conn)?;
    }
    let detail = format!("{fiscal_year}");
    super::audit::record_detail(conn, scope, "cost_plan.set", None, Some(&detail))?;
    let (plan, saved) = load_plan(conn, &scope.municipality_id, fiscal_year)?;
    Ok(report(fiscal_year, plan, saved))
}

/// The cost-effectiveness as CSV for Excel (UTF-8 with BOM, CRLF): the inputs, then every figure
/// with its inputs and rule.
pub fn cost_csv(r: &CostReport) -> String {
    let cell = super::audit::csv_cell;
    let mut out = String::from("\u{feff}");
    out.push_str("年度,区分,項目,値,計算に使った数,定義\r\n");
    let mut row = |group: &str, label: &str, value: &str, inputs: &str, rule: &str| {
        out.push_str(&format!(
            "{},{},{},{},{},{}\r\n",
            r.fiscal_year,
            cell(group),
            cell(label),
            cell(value),
            cell(inputs),
            cell(rule)
        ));
    };
    let p = &r.plan;
    let yen = |y: u64| rules::yen_text(i128::from(y));
    row(
        "前提",
        "想定利用者数（N）",
        &format!("{}名", p.users),
        "",
        "",
    );
    row("前提", "利用終了率", &rules::bp_text(p.finish_bp), "", "");
    row(
        "前提",
        "改善率（利用終了者あたり）",
        &rules::bp_text(p.improve_bp),
        "",
        "",
    );
    row(
        "前提",
        "卒業率（利用終了者あたり）",
        &rules::bp_text(p.graduation_bp),
        "",
        "",
    );
    row(
        "前提",
        "サービス提供費用総額（C）",
        &yen(p.cost_yen),
        "",
        "",
    );
    match p.effect_mode {
        EffectMode::PerGraduate => {
            row(
                "前提",
                "卒業者1人あたりの効果",
                &yen(p.per_graduate_yen),
                "",
                "",
            );
        }
        EffectMode::Monthly => {
            row(
                "前提",
                "効果期間",
                &format!("{}年", p.retention_bp.len()),
                "",
                "",
            );
            for (i, bp) in p.retention_bp.iter().enumerate() {
                row(
                    "前提",
                    &format!("{}年目の継続割合", i + 1),
                    &rules::bp_text(*bp),
                    "",
                    "",
                );
            }
            let basis = match p.basis {
                Basis::Cost => "費用額".to_owned(),
                Basis::Public => format!("公費（利用者負担 {}）", rules::bp_text(p.user_share_bp)),
            };
            row("前提", "費用の基準", &basis, "", "");
            for price in &p.prices {
                row(
                    "単価",
                    &price.label,
                    &yen(price.price_yen),
                    &format!("割合 {}", rules::bp_text(price.share_bp)),
                    &format!("高知県の資料の値 {}", yen(price.default_yen)),
                );
            }
        }
    }
    for l in &r.lines {
        row("結果", &l.label, &l.value, &l.inputs, &l.rule);
    }
    out
}

/// The actual (実績) cost-effectiveness of one fiscal year, from the data: the rates as the
/// outcome figures give them, each graduate's months without formal services as their recorded
/// follow-ups show them, priced by their level at entry from the year's price table on the
/// plan's basis; the avoided cost observed so far apart from the one projected to the plan's
/// effect period. The cost is the plan's サービス提供費用総額. Audited as one read of aggregates.
pub fn cost_actual(
    conn: &mut DbConn,
    spare: Option<&mut DbConn>,
    scope: &StaffScope,
    fiscal_year: i32,
) -> Result<super::audit::Audited<CostActualReport>, AppError> {
    use super::schema::follow_ups;
    use crate::domain::followup::Status;
    scope.may(Action::ReadEvaluation)?;
    check_year(fiscal_year)?;
    let (plan, _) = load_plan(conn, &scope.municipality_id, fiscal_year)?;
    let (_, for_cost) = super::evaluation::compute(
        conn,
        spare,
        scope,
        &super::evaluation::Filter {
            fiscal_year,
            provider_id: None,
            cohort_id: None,
        },
    )?;
    // The graduates' recorded follow-ups, by person, a batch of ids at a time (a year's
    // graduates can be more than the databases bind in one statement).
    let ids: Vec<&String> = for_cost.graduates.iter().map(|(p, _)| p).collect();
    let mut recorded: std::collections::HashMap<String, Vec<(i32, String)>> =
        std::collections::HashMap::new();
    for batch in ids.chunks(super::ID_BATCH) {
        let rows: Vec<(String, i32, Option<String>)> = follow_ups::table
            .filter(follow_ups::participant_id.eq_any(batch))
            .filter(follow_ups::done_on.is_not_null())
            .select((
                follow_ups::participant_id,
                follow_ups::months,
                follow_ups::status,
            ))
            .load(conn)?;
        for (who, months, status) in rows {
            if let Some(status) = status {
                recorded.entry(who).or_default().push((months, status));
            }
        }
    }
    let price_of = |s: PricedService| {
        plan.prices
            .iter()
            .find(|p| p.service == s)
            .map_or(s.kochi_yen(), |p| p.price_yen)
    };
    let mut graduates = Vec::with_capacity(for_cost.graduates.len());
    for (pid, profile) in &for_cost.graduates {
        let mut follow_ups = Vec::new();
        for (months, status) in recorded.get(pid).map(Vec::as_slice).unwrap_or_default() {
            follow_ups.push((*months as u32, rules::kept_of(Status::from_text(status)?)));
        }
        graduates.push(rules::ActualGraduate {
            price_yen: match profile.as_str() {
                "要支援1" | "事業対象者" => Some(price_of(PricedService::DaySupport1)),
                "要支援2" => Some(price_of(PricedService::DaySupport2)),
                _ => None,
            },
            follow_ups,
        });
    }
    let basis = match plan.basis {
        Basis::Cost => rules::WHOLE,
        Basis::Public => rules::WHOLE.saturating_sub(plan.user_share_bp),
    };
    let years = (plan.retention_bp.len() as u32).clamp(1, 10);
    let a = rules::actual(
        for_cost.completed_rate,
        for_cost.graduation_rate,
        &graduates,
        basis,
        years,
        plan.cost_yen,
    );
    let input = |key: &str, label: &str, value: String, f: &rules::Figure| ActualInputView {
        key: key.to_owned(),
        label: label.to_owned(),
        value,
        numerator: f.numerator,
        denominator: f.denominator,
        missing: f.missing,
        rule: f.rule.to_owned(),
    };
    let mut inputs = vec![
        input(
            "finish_rate",
            "修了率",
            a.finish_rate.percent_text(),
            &a.finish_rate,
        ),
        input(
            "graduation_rate",
            "卒業率（修了者あたり）",
            a.graduation_rate.percent_text(),
            &a.graduation_rate,
        ),
        input(
            "observed_months",
            "サービスを使わずに暮らした月数（観察できた分）",
            format!("{}か月", a.observed_months.numerator),
            &a.observed_months,
        ),
        input(
            "priced",
            "月額がわかる卒業者",
            format!("{}人", a.priced.numerator),
            &a.priced,
        ),
    ];
    for (months, f) in &a.retention {
        inputs.push(input(
            &format!("retention_{months}"),
            &format!(
                "{}の継続の割合",
                crate::domain::followup::months_ja(*months)
            ),
            f.percent_text(),
            f,
        ));
    }
    let cost = i128::from(a.cost_yen);
    let lines = |what: &str, effect: Option<u128>, rule: &str| -> Vec<CostLineView> {
        let Some(e) = effect else {
            return vec![CostLineView {
                key: format!("{what}_effect"),
                label: "費用抑制額".to_owned(),
                value: "—".to_owned(),
                inputs: "フォローアップの記録がまだありません。".to_owned(),
                rule: rule.to_owned(),
            }];
        };
        let e = e as i128;
        vec![
            CostLineView {
                key: format!("{what}_effect"),
                label: "費用抑制額".to_owned(),
                value: rules::yen_text(e),
                inputs: String::new(),
                rule: rule.to_owned(),
            },
            CostLineView {
                key: format!("{what}_net"),
                label: "財政的効果（費用抑制額 − 費用）".to_owned(),
                value: rules::yen_text(e - cost),
                inputs: format!("{} − {}", rules::yen_text(e), rules::yen_text(cost)),
                rule: "財政的効果 ＝ 費用抑制額 − サービス提供費用総額".to_owned(),
            },
            CostLineView {
                key: format!("{what}_ratio"),
                label: "費用抑制額 ÷ 費用".to_owned(),
                value: if cost > 0 {
                    let milli = (e * 2000 + cost) / (2 * cost);
                    format!("{}.{:03}", milli / 1000, milli % 1000)
                } else {
                    "—".to_owned()
                },
                inputs: format!("{} ÷ {}", rules::yen_text(e), rules::yen_text(cost)),
                rule: "費用抑制額をサービス提供費用総額で割った値".to_owned(),
            },
        ]
    };
    let mut observed = lines(
        "observed",
        Some(a.observed_effect.round()),
        "ここまでの実績 ＝ 卒業者ごとの「使わずに暮らした月数（観察できた分）× その人の区分の月額」の合計 × 費用の基準",
    );
    observed[0].inputs = format!(
        "卒業者 {}人、観察できた月数の合計 {}か月（記録のない人 {}人）",
        a.graduation_rate.numerator, a.observed_months.numerator, a.observed_months.missing
    );
    let mut projected = lines(
        "projected",
        a.projected_effect.map(|r| r.round()),
        "見込み ＝ 卒業者数 × 月額の平均 × 費用の基準 × 効果期間の各月の継続の割合の合計（その月の次のフォローアップ時点の割合、12か月より後は最後にわかった割合）",
    );
    if a.projected_effect.is_some() {
        projected[0].inputs = format!(
            "卒業者 {}人、効果期間 {}年（{}か月）",
            a.graduation_rate.numerator,
            years,
            years * 12
        );
    }
    let report = CostActualReport {
        fiscal_year,
        years,
        inputs,
        observed,
        projected,
        notes: vec![
            "実績（ここまでに確かめられた分）と見込み（効果期間まで延ばした分）は分けて示します。".to_owned(),
            "端数は途中で丸めず、金額は最後に1円単位で四捨五入しています。".to_owned(),
            match plan.basis {
                Basis::Cost => "費用の基準：費用額（利用者負担を含む額）".to_owned(),
                Basis::Public => format!(
                    "費用の基準：公費（利用者負担 {} を除いた額）",
                    rules::bp_text(plan.user_share_bp)
                ),
            },
            "月額：要支援1と事業対象者は通所介護相当（要支援1）、要支援2は通所介護相当（要支援2）の、この年度の単価表の月額です。".to_owned(),
            "費用：この年度の見込みに設定したサービス提供費用総額です。".to_owned(),
        ],
    };
    let seen = super::audit::Entry::new(scope, "evaluation.cost_actual", None);
    Ok(super::audit::Audited::new(report, seen))
}

/// The actual cost-effectiveness as CSV for Excel (UTF-8 with BOM, CRLF): each input with its
/// numerator, denominator and missing count, then the observed and the projected figures.
pub fn cost_actual_csv(r: &CostActualReport) -> String {
    let cell = super::audit::csv_cell;
    let mut out = String::from("\u{feff}");
    out.push_str("年度,区分,項目,値,分子,分母,不明,計算に使った数,定義\r\n");
    for i in &r.inputs {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},,{}\r\n",
            r.fiscal_year,
            cell("実績の入力"),
            cell(&i.label),
            cell(&i.value),
            i.numerator,
            i.denominator,
            i.missing,
            cell(&i.rule)
        ));
    }
    for (group, list) in [
        ("実績（ここまで）", &r.observed),
        ("見込み（効果期間まで）", &r.projected),
    ] {
        for l in list {
            out.push_str(&format!(
                "{},{},{},{},,,,{},{}\r\n",
                r.fiscal_year,
                cell(group),
                cell(&l.label),
                cell(&l.value),
                cell(&l.inputs),
                cell(&l.rule)
            ));
        }
    }
    out
}
