// Staff mode: the program's outcome figures for the municipality (事業の成果) — every figure with
// its numerator, denominator, rule and the number missing; printable and as CSV for Excel.

import { Schemas } from "../api";
import { h, show } from "../dom";
import { tp } from "../strings/staff";
import { api, errorText, failed, header, loading, printButton } from "./common";

type Evaluation = Schemas["Evaluation"];
type FigureView = Schemas["FigureView"];

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

async function downloadCsv(year: number, button: HTMLButtonElement, message: HTMLElement): Promise<void> {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = tp.downloading;
  message.textContent = "";
  try {
    const { token } = await api.accessToken();
    const res = await fetch(`/api/v1/evaluation/csv?fiscal_year=${year}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(String(res.status));
    const url = URL.createObjectURL(await res.blob());
    const a = h("a", { href: url, download: `dekita-evaluation-${year}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  } catch (e) {
    message.textContent = errorText(e);
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}

export async function evaluationScreen(yearParam?: string): Promise<void> {
  const thisYear = fiscalYearOf(new Date());
  const year = yearParam && /^\d{4}$/.test(yearParam) ? Number(yearParam) : thisYear;
  loading(tp.evaluationTitle);
  let report: Evaluation;
  try {
    report = await api.get<Evaluation>(`/api/v1/evaluation?fiscal_year=${year}`);
  } catch (e) {
    failed(tp.evaluationTitle, e);
    return;
  }

  const yearSelect = h(
    "select",
    { id: "evaluation-year" },
    ...[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => h("option", { value: String(y), selected: y === year }, tp.fiscalYearOption(y))),
  );
  const chooser = h(
    "form",
    { class: "inline-form no-print", onsubmit: (e: Event) => { e.preventDefault(); location.hash = `#/staff/evaluation/${yearSelect.value}`; } },
    h("label", { for: "evaluation-year" }, tp.fiscalYear),
    yearSelect,
    h("button", { type: "submit", class: "secondary" }, tp.show),
  );

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
    ...report.indicators.map((i) => h("div", { class: "indicator" }, figureTable(i.label, [i.improved, i.maintained, i.worsened]), h("p", { class: "hint" }, i.rule))),
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
        figureTable(tp.destinationsAt(d.months, d.done, d.missing), [d.community, d.care_or_medical]),
        d.statuses.length ? h("ul", null, d.statuses.map((s) => h("li", null, `${s.reason}：${tp.people(s.count)}`))) : h("p", null, tp.noFollowUps),
      ),
    ),
  );

  const message = h("p", { class: "message", role: "alert" });
  const csvButton = h("button", { type: "button", class: "secondary" }, tp.csv) as HTMLButtonElement;
  csvButton.addEventListener("click", () => void downloadCsv(year, csvButton, message));

  show(
    header(),
    h("h1", null, `${tp.evaluationTitle}　${tp.fiscalYearOption(report.fiscal_year)}`),
    h("p", null, report.counted),
    h("p", { class: "hint" }, tp.evaluationLead),
    h("p", { class: "hint" }, report.year_rule),
    chooser,
    h("div", { class: "actions no-print" }, csvButton, printButton()),
    message,
    funnel,
    h("section", { "aria-labelledby": "rates-title" }, h("h2", { id: "rates-title" }, tp.ratesTitle), figureTable(tp.ratesTitle, [...report.figures, report.occupancy])),
    reasons,
    indicators,
    profiles,
    destinations,
    h("section", { class: "card", "aria-labelledby": "settings-title" }, h("h2", { id: "settings-title" }, tp.settingsTitle), h("ul", null, report.settings.map((s) => h("li", null, s)))),
  );
}
