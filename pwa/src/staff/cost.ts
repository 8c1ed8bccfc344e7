// Staff mode: the planned cost-effectiveness (費用対効果) for the municipality — every figure with
// the numbers it was made from and its rule, the assumptions and the year's unit prices (the
// administrator changes them here), printable and as CSV for Excel.

import { Schemas } from "../api";
import { h, show } from "../dom";
import { t, tp } from "../strings/staff";
import { api, can, failed, field, header, loading, message, select, statusLine, submitForm, textInput } from "./common";
import { csvEncodingChoice, downloadCsv } from "./download";
import { fiscalYearOf, printHeader, yearChooser } from "./evaluation";

type CostReport = Schemas["CostReport"];
type CostActualReport = Schemas["CostActualReport"];
type CostLineView = Schemas["CostLineView"];
type CostPlan = Schemas["CostPlan"];

/** `58.5` → 5850 basis points; null when it is not a share. */
function bp(text: string): number | null {
  const n = Number(text.trim());
  if (text.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) return null;
  return Math.round(n * 100);
}

function whole(text: string): number | null {
  const n = Number(text.trim().replace(/,/g, ""));
  return text.trim() !== "" && Number.isInteger(n) && n >= 0 ? n : null;
}

/** The switch between the planned and the actual cost-effectiveness (a link each, the current one marked). */
function modeSwitch(year: number, current: "planned" | "actual"): HTMLElement {
  const link = (mode: "planned" | "actual", href: string, label: string) =>
    h("a", { href, class: "button secondary", "aria-current": mode === current ? "page" : undefined, "data-testid": `cost-${mode}` }, label);
  return h(
    "nav",
    { class: "actions no-print", "aria-label": tp.costModeNav },
    link("planned", `#/staff/evaluation/cost/${year}`, tp.costPlannedTab),
    link("actual", `#/staff/evaluation/cost-actual/${year}`, tp.costActualTab),
  );
}

function resultsTable(report: CostReport): HTMLElement {
  return linesTable(tp.costResultsTitle, report.lines);
}

function linesTable(caption: string, lines: CostLineView[]): HTMLElement {
  return h(
    "table",
    { class: "figures cost-lines" },
    h("caption", null, caption),
    h("thead", null, h("tr", null, ...[tp.colItem, tp.colValue, tp.colInputs, tp.colRule].map((c) => h("th", { scope: "col" }, c)))),
    h(
      "tbody",
      null,
      lines.map((l) =>
        h("tr", { "data-key": l.key }, h("th", { scope: "row" }, l.label), h("td", { class: "number" }, l.value), h("td", null, l.inputs), h("td", null, l.rule)),
      ),
    ),
  );
}

/** The assumptions as read (on screen and on paper). */
function inputsTable(plan: CostPlan): HTMLElement {
  const f = tp.costPlanFields;
  const rows: [string, string][] = [
    [f.users, tp.people(plan.users)],
    [f.finish, tp.percentOf(plan.finish_bp)],
    [f.improve, tp.percentOf(plan.improve_bp)],
    [f.graduation, tp.percentOf(plan.graduation_bp)],
    [f.cost, tp.yen(plan.cost_yen)],
    [f.mode, tp.costModes[plan.effect_mode]],
  ];
  if (plan.effect_mode === "per_graduate") rows.push([f.perGraduate, tp.yen(plan.per_graduate_yen)]);
  else {
    rows.push([f.period, tp.yearsOf(plan.retention_bp.length)]);
    rows.push([f.retention, plan.retention_bp.map(tp.percentOf).join("・")]);
    rows.push([f.basis, plan.basis === "public" ? `${tp.costBases.public}　${tp.costUserShare} ${tp.percentOf(plan.user_share_bp)}` : tp.costBases.cost]);
  }
  const prices =
    plan.effect_mode === "monthly"
      ? h(
          "table",
          null,
          h("caption", null, tp.costPricesTitle),
          h("thead", null, h("tr", null, ...[tp.colService, tp.colPrice, tp.colShare2, tp.colDefault].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            null,
            plan.prices.map((p) =>
              h("tr", null, h("th", { scope: "row" }, p.label), h("td", { class: "number" }, tp.yen(p.price_yen)), h("td", { class: "number" }, tp.percentOf(p.share_bp)), h("td", { class: "number" }, tp.yen(p.default_yen ?? 0))),
            ),
          ),
        )
      : null;
  return h(
    "section",
    { class: "card", "aria-labelledby": "cost-inputs-title" },
    h("h2", { id: "cost-inputs-title" }, tp.costInputsTitle),
    h("dl", { class: "funnel" }, ...rows.flatMap(([k, v]) => [h("dt", null, k), h("dd", null, v)])),
    prices,
  );
}

/** The administrator's form: the assumptions and the year's prices. */
function planForm(report: CostReport, onSaved: () => void): HTMLElement {
  const plan = report.plan;
  const pct = (v: number) => textInput(String(v / 100), { inputmode: "decimal" });
  const users = textInput(String(plan.users), { inputmode: "numeric" });
  const finish = pct(plan.finish_bp);
  const improve = pct(plan.improve_bp);
  const graduation = pct(plan.graduation_bp);
  const cost = textInput(String(plan.cost_yen), { inputmode: "numeric" });
  const mode = select(
    (Object.keys(tp.costModes) as (keyof typeof tp.costModes)[]).map((k) => [k, tp.costModes[k]]),
    plan.effect_mode,
  );
  const perGraduate = textInput(String(plan.per_graduate_yen), { inputmode: "numeric" });
  const retention = textInput(plan.retention_bp.map((r) => String(r / 100)).join("、"));
  const basis = select(
    (Object.keys(tp.costBases) as (keyof typeof tp.costBases)[]).map((k) => [k, tp.costBases[k]]),
    plan.basis,
  );
  const userShare = pct(plan.user_share_bp);
  const priceInputs = plan.prices.map((p) => ({
    service: p.service,
    price: textInput(String(p.price_yen), { inputmode: "numeric", "aria-label": `${p.label} ${tp.colPrice}` }),
    share: textInput(String(p.share_bp / 100), { inputmode: "decimal", "aria-label": `${p.label} ${tp.colShare2}` }),
  }));
  const prices = h(
    "table",
    null,
    h("caption", null, tp.costPricesTitle),
    h("thead", null, h("tr", null, ...[tp.colService, tp.colPrice, tp.colShare2, tp.colDefault].map((c) => h("th", { scope: "col" }, c)))),
    h(
      "tbody",
      null,
      plan.prices.map((p, i) => h("tr", null, h("th", { scope: "row" }, p.label), h("td", null, priceInputs[i].price), h("td", null, priceInputs[i].share), h("td", { class: "number" }, tp.yen(p.default_yen ?? 0)))),
    ),
  );
  const button = h("button", { type: "submit" }, tp.costSave) as HTMLButtonElement;
  const msg = message();
  const saved = statusLine();
  const form = h(
    "form",
    { class: "card no-print", "aria-labelledby": "cost-edit-title" },
    h("h2", { id: "cost-edit-title" }, tp.costEditTitle),
    field("cost-users", tp.costUsers, users),
    field("cost-finish", tp.costFinish, finish),
    field("cost-improve", tp.costImprove, improve),
    field("cost-graduation", tp.costGraduation, graduation),
    field("cost-cost", tp.costCost, cost),
    field("cost-mode", tp.costMode, mode),
    field("cost-per-graduate", tp.costPerGraduate, perGraduate),
    field("cost-retention", tp.costRetention, retention, tp.costRetentionHint),
    field("cost-basis", tp.costBasis, basis),
    field("cost-user-share", tp.costUserShare, userShare),
    prices,
    msg,
    saved,
    h("div", { class: "actions" }, button),
  ) as HTMLFormElement;
  let body: CostPlan | null = null;
  submitForm(
    form,
    {
      button,
      message: msg,
      busyLabel: t.sending,
      clear: [saved],
      check: () => {
        const years = retention.value.split(/[、,\s]+/).filter((s) => s !== "").map(bp);
        const numbers = [whole(users.value), bp(finish.value), bp(improve.value), bp(graduation.value), whole(cost.value), whole(perGraduate.value), bp(userShare.value), ...years];
        const priceValues = priceInputs.map((p) => ({ service: p.service, price_yen: whole(p.price.value), share_bp: bp(p.share.value) }));
        if (numbers.some((n) => n === null) || priceValues.some((p) => p.price_yen === null || p.share_bp === null)) return tp.costBadNumber;
        body = {
          users: whole(users.value)!,
          finish_bp: bp(finish.value)!,
          improve_bp: bp(improve.value)!,
          graduation_bp: bp(graduation.value)!,
          cost_yen: whole(cost.value)!,
          effect_mode: mode.value as CostPlan["effect_mode"],
          per_graduate_yen: whole(perGraduate.value)!,
          retention_bp: years as number[],
          basis: basis.value as CostPlan["basis"],
          user_share_bp: bp(userShare.value)!,
          prices: priceValues.map((p) => ({ service: p.service, price_yen: p.price_yen!, share_bp: p.share_bp! })),
        };
        return null;
      },
    },
    async () => {
      await api.put<CostReport>(`/api/v1/evaluation/cost?fiscal_year=${report.fiscal_year}`, body);
      onSaved();
    },
  );
  return form;
}

export async function costScreen(yearParam?: string, savedNote = false): Promise<void> {
  const thisYear = fiscalYearOf(new Date());
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : thisYear;
  loading(tp.costTitle);
  let report: CostReport;
  try {
    report = await api.get<CostReport>(`/api/v1/evaluation/cost?fiscal_year=${year}`);
  } catch (e) {
    failed(tp.costTitle, e, "#/staff/evaluation");
    return;
  }
  const msg = message();
  const csvButton = h("button", { type: "button", class: "secondary" }, tp.costCsv) as HTMLButtonElement;
  const encoding = csvEncodingChoice("cost-encoding");
  csvButton.addEventListener("click", () => void downloadCsv(`/api/v1/evaluation/cost/csv?fiscal_year=${year}${encoding.query()}`, `dekita-cost-effectiveness-${year}.csv`, csvButton, msg));
  const saved = h("p", { class: "saved-note", role: "status" }, savedNote ? tp.costSaved : "");
  show(
    header(),
    printHeader(tp.costPrintCounted),
    h("p", { class: "no-print" }, h("a", { href: `#/staff/evaluation/${year}` }, tp.evaluationTitle)),
    h("h1", null, `${tp.costTitle}　${tp.fiscalYearOption(report.fiscal_year)}`),
    h("p", { class: "hint" }, tp.costLead),
    h("p", null, report.source),
    modeSwitch(year, "planned"),
    yearChooser(year, (y) => `#/staff/evaluation/cost/${y}`, "cost-year"),
    encoding.field,
    h("div", { class: "actions no-print" }, csvButton, h("button", { type: "button", class: "secondary no-print", onclick: () => window.print() }, tp.printButton)),
    msg,
    saved,
    resultsTable(report),
    h("section", { class: "card", "aria-labelledby": "cost-notes-title" }, h("h2", { id: "cost-notes-title" }, tp.costNotesTitle), h("ul", null, report.notes.map((n) => h("li", null, n)))),
    inputsTable(report.plan),
    can("set_evaluation_settings") ? planForm(report, () => void costScreen(String(year), true)) : null,
  );
  if (savedNote) saved.focus?.();
}

/** The actual cost-effectiveness: each input from the data with its numerator, denominator and
 * missing count; the observed and the projected avoided cost apart. */
export async function actualCostScreen(yearParam?: string): Promise<void> {
  const thisYear = fiscalYearOf(new Date());
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : thisYear;
  loading(tp.costActualTitle);
  let report: CostActualReport;
  try {
    report = await api.get<CostActualReport>(`/api/v1/evaluation/cost/actual?fiscal_year=${year}`);
  } catch (e) {
    failed(tp.costActualTitle, e, "#/staff/evaluation");
    return;
  }
  const msg = message();
  const csvButton = h("button", { type: "button", class: "secondary" }, tp.costActualCsv) as HTMLButtonElement;
  const encoding = csvEncodingChoice("cost-actual-encoding");
  csvButton.addEventListener("click", () =>
    void downloadCsv(`/api/v1/evaluation/cost/actual/csv?fiscal_year=${year}${encoding.query()}`, `dekita-cost-effectiveness-actual-${year}.csv`, csvButton, msg),
  );
  const inputs = h(
    "table",
    { class: "figures", "data-testid": "actual-inputs" },
    h("caption", null, tp.costActualInputsTitle),
    h("thead", null, h("tr", null, ...[tp.colItem, tp.colValue, tp.colNumerator, tp.colDenominator, tp.colMissing, tp.colRule].map((c) => h("th", { scope: "col" }, c)))),
    h(
      "tbody",
      null,
      report.inputs.map((i) =>
        h(
          "tr",
          { "data-key": i.key },
          h("th", { scope: "row" }, i.label),
          h("td", { class: "number" }, i.value),
          h("td", { class: "number" }, String(i.numerator)),
          h("td", { class: "number" }, String(i.denominator)),
          h("td", { class: "number" }, String(i.missing)),
          h("td", null, i.rule),
        ),
      ),
    ),
  );
  show(
    header(),
    printHeader(tp.costPrintActual),
    h("p", { class: "no-print" }, h("a", { href: `#/staff/evaluation/${year}` }, tp.evaluationTitle)),
    h("h1", null, `${tp.costActualTitle}　${tp.fiscalYearOption(report.fiscal_year)}`),
    h("p", { class: "hint" }, tp.costActualLead),
    modeSwitch(year, "actual"),
    yearChooser(year, (y) => `#/staff/evaluation/cost-actual/${y}`, "cost-actual-year"),
    encoding.field,
    h("div", { class: "actions no-print" }, csvButton, h("button", { type: "button", class: "secondary no-print", onclick: () => window.print() }, tp.printButton)),
    msg,
    h("div", { "data-testid": "actual-observed" }, linesTable(tp.costObservedTitle, report.observed)),
    h("div", { "data-testid": "actual-projected" }, linesTable(tp.costProjectedTitle(report.years), report.projected)),
    inputs,
    h("section", { class: "card", "aria-labelledby": "cost-notes-title" }, h("h2", { id: "cost-notes-title" }, tp.costNotesTitle), h("ul", null, report.notes.map((n) => h("li", null, n)))),
  );
}
