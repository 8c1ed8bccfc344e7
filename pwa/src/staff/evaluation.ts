// Staff mode: the program's outcome figures for the municipality (事業の成果) — every figure with
// its numerator, denominator, rule and the number missing; printable and as CSV for Excel.

import { Schemas } from "../api";
import { h, show } from "../dom";
import { tp } from "../strings/staff";
import { t } from "../strings/staff";
import { csvEncodingChoice, downloadCsv } from "./download";
import { fhirExportBlock } from "./fhirexport";
import { api, can, currentUser, failed, field, header, loading, message, printButton, select, statusLine, submitForm, textInput } from "./common";

type Evaluation = Schemas["Evaluation"];
type FigureView = Schemas["FigureView"];
type EvaluationSettings = Schemas["EvaluationSettings"];
type Provider = Schemas["Provider"];
type CohortPlan = Schemas["CohortPlan"];

/** Which enrollments to count: the whole municipality, one provider or one cohort. */
export interface Scope {
  provider?: string;
  cohort?: string;
}

/** The fiscal year (April–March) a day falls in. */
export function fiscalYearOf(day: Date): number {
  return day.getMonth() >= 3 ? day.getFullYear() : day.getFullYear() - 1;
}

function figureRows(figures: FigureView[]): HTMLElement[] {
  return figures.map((f) =>
    h(
      "tr",
      null,
      h("th", { scope: "row" }, f.label),
      h("td", { class: "number" }, f.percent),
      h("td", { class: "number" }, String(f.numerator)),
      h("td", { class: "number" }, String(f.denominator)),
      h("td", { class: "number" }, String(f.missing)),
      h("td", null, f.rule),
    ),
  );
}

function figureTable(caption: string, figures: FigureView[]): HTMLElement {
  return h(
    "table",
    { class: "figures" },
    h("caption", null, caption),
    h("thead", null, h("tr", null, ...[tp.colFigure, tp.colShare, tp.colNumerator, tp.colDenominator, tp.colMissing, tp.colRule].map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", null, figureRows(figures)),
  );
}


/** On paper only: whose figures and what they count. The date printed, the author and the page
 * count are on every printed staff page already (the common print head and the print CSS). */
export function printHeader(counted: string): HTMLElement {
  const user = currentUser();
  return h("p", { class: "print-only print-header" }, `${user?.municipality_name ?? ""}　${counted}`);
}

/** The fiscal-year chooser: this year and the three before. */
export function yearChooser(year: number, href: (y: number) => string, id: string): HTMLElement {
  const thisYear = fiscalYearOf(new Date());
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  if (!years.includes(year)) years.push(year);
  const yearSelect = h("select", { id }, ...years.map((y) => h("option", { value: String(y), selected: y === year }, tp.fiscalYearOption(y))));
  return h(
    "form",
    { class: "inline-form no-print", onsubmit: (e: Event) => { e.preventDefault(); location.hash = href(Number(yearSelect.value)); } },
    h("label", { for: id }, tp.fiscalYear),
    yearSelect,
    h("button", { type: "submit", class: "secondary" }, tp.show),
  );
}

function scopeQuery(scope: Scope): string {
  if (scope.cohort) return `&cohort_id=${encodeURIComponent(scope.cohort)}`;
  if (scope.provider) return `&provider_id=${encodeURIComponent(scope.provider)}`;
  return "";
}

function scopeHash(year: number, scope: Scope): string {
  if (scope.cohort) return `#/staff/evaluation/${year}/cohort/${scope.cohort}`;
  if (scope.provider) return `#/staff/evaluation/${year}/provider/${scope.provider}`;
  return `#/staff/evaluation/${year}`;
}

/** Year, provider and cohort: what the figures count. */
function chooser(year: number, scope: Scope, providers: Provider[], cohorts: CohortPlan[]): HTMLElement {
  const thisYear = fiscalYearOf(new Date());
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  if (!years.includes(year)) years.push(year);
  const yearSelect = select(years.map((y) => [String(y), tp.fiscalYearOption(y)]), String(year));
  const providerSelect = select([["", tp.allProviders], ...providers.map((p): [string, string] => [p.id, p.name])], scope.provider ?? "");
  const cohortSelect = select([["", tp.allCohorts], ...cohorts.map((c): [string, string] => [c.id, c.name])], scope.cohort ?? "");
  return h(
    "form",
    {
      class: "inline-form no-print",
      onsubmit: (e: Event) => {
        e.preventDefault();
        location.hash = scopeHash(Number(yearSelect.value), { provider: providerSelect.value || undefined, cohort: cohortSelect.value || undefined });
      },
    },
    field("evaluation-year", tp.fiscalYear, yearSelect),
    providers.length ? field("evaluation-provider", tp.providerChoice, providerSelect) : null,
    cohorts.length ? field("evaluation-cohort", tp.cohortChoice, cohortSelect, tp.cohortChoiceHint) : null,
    h("button", { type: "submit", class: "secondary" }, tp.show),
  );
}

/** The administrator's form for the headline indicator and the margins. */
function settingsForm(settings: EvaluationSettings, onSaved: () => void): HTMLElement {
  const indicator = select(
    (Object.keys(tp.settingsIndicators) as (keyof typeof tp.settingsIndicators)[]).map((k) => [k, tp.settingsIndicators[k]]),
    settings.indicator,
  );
  const num = (v: number) => textInput(String(v), { inputmode: "decimal" });
  const k = num(settings.checklist_k);
  const m = num(settings.rating_m);
  const cs30 = num(settings.margin_cs30);
  const tug = num(settings.margin_tug_s);
  const sts = num(settings.margin_five_sts_s);
  const leg = num(settings.margin_one_leg_s);
  const gait = num(settings.margin_gait_mps);
  const button = h("button", { type: "submit" }, tp.settingsSave) as HTMLButtonElement;
  const msg = message();
  const form = h(
    "form",
    { class: "card no-print", "aria-labelledby": "settings-edit-title" },
    h("h2", { id: "settings-edit-title" }, tp.settingsEditTitle),
    field("settings-indicator", tp.settingsIndicator, indicator),
    field("settings-k", tp.settingsChecklistK, k),
    field("settings-m", tp.settingsRatingM, m),
    field("settings-cs30", tp.settingsCs30, cs30),
    field("settings-tug", tp.settingsTug, tug),
    field("settings-sts", tp.settingsFiveSts, sts),
    field("settings-leg", tp.settingsOneLeg, leg),
    field("settings-gait", tp.settingsGait, gait),
    msg,
    statusLine(),
    h("div", { class: "actions" }, button),
  ) as HTMLFormElement;
  const values = [k, m, cs30, tug, sts, leg, gait];
  submitForm(
    form,
    { button, message: msg, busyLabel: t.sending, check: () => (values.some((v) => v.value.trim() === "" || !Number.isFinite(Number(v.value))) ? tp.costBadNumber : null) },
    async () => {
      await api.put<EvaluationSettings>("/api/v1/evaluation/settings", {
        indicator: indicator.value,
        checklist_k: Number(k.value),
        rating_m: Number(m.value),
        margin_cs30: Number(cs30.value),
        margin_tug_s: Number(tug.value),
        margin_five_sts_s: Number(sts.value),
        margin_one_leg_s: Number(leg.value),
        margin_gait_mps: Number(gait.value),
      });
      onSaved();
    },
  );
  return form;
}

export async function evaluationScreen(yearParam?: string, scope: Scope = {}): Promise<void> {
  const thisYear = fiscalYearOf(new Date());
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : thisYear;
  loading(tp.evaluationTitle);
  let report: Evaluation;
  let settings: EvaluationSettings | null = null;
  let providers: Provider[] = [];
  let cohorts: CohortPlan[] = [];
  try {
    [report, settings, providers, cohorts] = await Promise.all([
      api.get<Evaluation>(`/api/v1/evaluation?fiscal_year=${year}${scopeQuery(scope)}`),
      can("set_evaluation_settings") ? api.get<EvaluationSettings>("/api/v1/evaluation/settings") : Promise.resolve(null),
      can("manage_providers") ? api.get<Provider[]>("/api/v1/providers") : Promise.resolve([]),
      can("manage_cohorts") ? api.get<CohortPlan[]>("/api/v1/municipality/cohorts") : Promise.resolve([]),
    ]);
  } catch (e) {
    failed(tp.evaluationTitle, e);
    return;
  }

  const funnelKeys = Object.keys(tp.funnel) as (keyof typeof tp.funnel)[];
  const funnel = h(
    "section",
    { class: "card", "aria-labelledby": "funnel-title" },
    h("h2", { id: "funnel-title" }, tp.funnelTitle),
    h("dl", { class: "funnel" }, ...funnelKeys.flatMap((k) => [h("dt", null, tp.funnel[k]), h("dd", null, tp.people(report.funnel[k]))])),
  );

  const reasons = h(
    "section",
    { class: "card", "aria-labelledby": "reasons-title" },
    h("h2", { id: "reasons-title" }, tp.reasonsTitle),
    report.discontinued_by_reason.length
      ? h("ul", null, report.discontinued_by_reason.map((r) => h("li", null, `${r.reason}：${tp.people(r.count)}`)))
      : h("p", null, tp.noReasons),
  );

  const indicators = h(
    "section",
    { "aria-labelledby": "indicators-title" },
    h("h2", { id: "indicators-title" }, tp.indicatorsTitle),
    ...report.indicators.map((i) => h("div", { class: "indicator" }, figureTable(i.headline ? `${i.label}${tp.headlineMark}` : i.label, [i.improved, i.maintained, i.worsened]), h("p", { class: "hint" }, i.rule))),
  );

  const profiles = h(
    "section",
    { "aria-labelledby": "profiles-title" },
    h("h2", { id: "profiles-title" }, tp.profilesTitle),
    h(
      "table",
      null,
      h("caption", { class: "visually-hidden" }, tp.profilesTitle),
      h("thead", null, h("tr", null, ...[tp.colProfile, tp.colStarted, tp.colCompleted, tp.colShare, tp.colNumerator, tp.colDenominator, tp.colMissing].map((c) => h("th", { scope: "col" }, c)))),
      h(
        "tbody",
        null,
        report.by_profile.map((p) =>
          h(
            "tr",
            null,
            h("th", { scope: "row" }, p.profile),
            h("td", { class: "number" }, String(p.started)),
            h("td", { class: "number" }, String(p.completed)),
            h("td", { class: "number" }, p.improved.percent),
            h("td", { class: "number" }, String(p.improved.numerator)),
            h("td", { class: "number" }, String(p.improved.denominator)),
            h("td", { class: "number" }, String(p.improved.missing)),
          ),
        ),
      ),
    ),
  );

  const destinations = h(
    "section",
    { "aria-labelledby": "destinations-title" },
    h("h2", { id: "destinations-title" }, tp.destinationsTitle),
    h("p", { class: "hint" }, tp.destinationsLead),
    ...report.destinations.map((d) =>
      h(
        "div",
        { class: "indicator" },
        figureTable(tp.destinationsAt(d.months, d.done, d.missing), [d.community, d.care_or_medical, d.graduates_still_without]),
        d.statuses.length ? h("ul", null, d.statuses.map((s) => h("li", null, `${s.reason}：${tp.people(s.count)}`))) : h("p", null, tp.noFollowUps),
      ),
    ),
  );

  const message = h("p", { class: "message", role: "alert" });
  const csvButton = h("button", { type: "button", class: "secondary" }, tp.csv) as HTMLButtonElement;
  const encoding = csvEncodingChoice("evaluation-encoding");
  csvButton.addEventListener("click", () => void downloadCsv(`/api/v1/evaluation/csv?fiscal_year=${year}${scopeQuery(scope)}${encoding.query()}`, `dekita-evaluation-${year}.csv`, csvButton, message));
  const peopleButton = h("button", { type: "button", class: "secondary" }, tp.peopleCsv) as HTMLButtonElement;
  peopleButton.addEventListener("click", () => void downloadCsv(`/api/v1/evaluation/people.csv?fiscal_year=${year}${scopeQuery(scope)}${encoding.query()}`, `dekita-evaluation-people-${year}.csv`, peopleButton, message));

  show(
    header(),
    printHeader(report.counted),
    h("h1", null, `${tp.evaluationTitle}　${tp.fiscalYearOption(report.fiscal_year)}`),
    h("p", null, report.counted),
    h("p", { class: "hint" }, tp.evaluationLead),
    h("p", { class: "hint" }, report.year_rule),
    chooser(year, scope, providers, cohorts),
    h("p", { class: "no-print" }, h("a", { href: `#/staff/evaluation/cost/${year}` }, tp.costLink)),
    encoding.field,
    h("div", { class: "actions no-print" }, csvButton, peopleButton, printButton()),
    h("p", { class: "hint no-print" }, tp.peopleCsvHint),
    message,
    scope.cohort ? fhirExportBlock(`cohort=${encodeURIComponent(scope.cohort)}`, `dekita-fhir-cohort-${year}.json`, tp.fhirExport, tp.fhirExportLead) : null,
    funnel,
    h("section", { "aria-labelledby": "rates-title" }, h("h2", { id: "rates-title" }, tp.ratesTitle), figureTable(tp.ratesTitle, [...report.figures, report.occupancy])),
    reasons,
    indicators,
    profiles,
    destinations,
    h("section", { class: "card", "aria-labelledby": "settings-title" }, h("h2", { id: "settings-title" }, tp.settingsTitle), h("ul", null, report.settings.map((s) => h("li", null, s)))),
    settings ? settingsForm(settings, () => void evaluationScreen(String(year), scope)) : null,
  );
}
