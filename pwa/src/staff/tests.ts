// 体力測定: the form at a session, and the screen with each test across the sessions (small
// SVG charts) and the before/after — tests, 基本チェックリスト, 興味関心チェックシート, goals.

import { h, show } from "../dom";
import { dateTimeJapan, fullDate } from "../format";
import { t, tp } from "../strings/staff";
import { api, backToRecord, can, failed, field, header, loading, message, participantName, printButton, statusLine, submitForm, textInput } from "./common";
import { lineChart } from "./chart";
import { chains } from "./goalform";
import { counts } from "./interest";
import { beforeAfter, CHART_KEYS, type ChartKey, checkMeasures, LOWER_IS_BETTER, MEASURE_FIELDS, type MeasureKey, series } from "./measures";
import type { Checklists, Goal, PerformanceTest, Screening } from "./types";

const listPath = (id: string) => `/api/v1/participants/${id}/performance-tests`;

/** 12 → "12", 1.5 → "1.5", 0.8333 → "0.83". */
export function num(v: number | null | undefined): string {
  if (v === null || v === undefined) return "—";
  return String(Math.round(v * 100) / 100);
}

export async function testsFormScreen(id: string, n: number): Promise<void> {
  const title = tp.testsFormTitle(n);
  loading(title);
  try {
    const [tests, name] = await Promise.all([api.get<PerformanceTest[]>(listPath(id)), participantName(id)]);
    renderForm(id, n, name, tests.find((x) => x.session_number === n) ?? null, "");
  } catch (e) {
    failed(title, e, `#/staff/participants/${id}/sessions`);
  }
}

function renderForm(id: string, n: number, name: string, existing: PerformanceTest | null, note: string): void {
  const editable = can("record_tests");
  const inputs = {} as Record<MeasureKey, HTMLInputElement>;
  for (const f of MEASURE_FIELDS) {
    const v = existing?.[f.key];
    inputs[f.key] = textInput(v === null || v === undefined ? "" : String(v), { inputmode: "decimal", "aria-describedby": "tests-message" });
  }
  const speed = h("p", { class: "speed", "aria-live": "polite" }, existing?.gait_speed_mps ? tp.gaitSpeedPreview(num(existing.gait_speed_mps)) : "");
  const form = () => Object.fromEntries(MEASURE_FIELDS.map((f) => [f.key, inputs[f.key].value])) as Record<MeasureKey, string>;
  const preview = () => {
    const d = Number(inputs.gait_distance_m.value);
    const time = Number(inputs.gait_time_s.value);
    speed.textContent = d > 0 && time > 0 ? tp.gaitSpeedPreview((d / time).toFixed(2)) : "";
  };
  inputs.gait_distance_m.addEventListener("input", preview);
  inputs.gait_time_s.addEventListener("input", preview);
  const msg = message();
  msg.id = "tests-message";
  const status = statusLine();
  status.textContent = note;
  const button = h("button", { type: "submit", class: "primary" }, tp.save);
  const formEl = h(
    "form",
    { class: "stack", novalidate: true },
    h("p", { class: "hint" }, tp.testsLead),
    h(
      "fieldset",
      { class: "plain", disabled: !editable },
      h("legend", { class: "visually-hidden" }, tp.testsFormTitle(n)),
      h("div", { class: "grid-form" }, MEASURE_FIELDS.map((f) => field(`test-${f.key.replace(/_/g, "-")}`, tp.measure[f.key].label, inputs[f.key]))),
    ),
    speed,
    msg,
    status,
    editable ? button : h("p", null, tp.readOnly),
  );
  const check = () => {
    for (const f of MEASURE_FIELDS) inputs[f.key].removeAttribute("aria-invalid");
    const checked = checkMeasures(form());
    if (checked.ok) return null;
    if (checked.field) {
      inputs[checked.field].setAttribute("aria-invalid", "true");
      inputs[checked.field].focus();
    }
    return checked.message;
  };
  submitForm(formEl, { button, message: msg, busyLabel: tp.saving, clear: [status], check }, async () => {
    const checked = checkMeasures(form());
    if (!checked.ok) return;
    const saved = await api.put<PerformanceTest>(`/api/v1/participants/${id}/sessions/${n}/performance-test`, checked.input);
    renderForm(id, n, name, saved, tp.saved);
  });
  show(
    header(),
    h(
      "p",
      { class: "no-print" },
      h("a", { href: `#/staff/participants/${id}/sessions/${n}` }, tp.openInterview(n)),
      "　",
      h("a", { href: `#/staff/participants/${id}/tests` }, tp.testsTitle),
      "　",
      h("a", { href: `#/staff/participants/${id}` }, tp.backToRecord),
    ),
    h("h1", null, `${tp.testsFormTitle(n)}　${name}さん`),
    existing ? h("p", { class: "muted" }, tp.recordedBy(existing.recorded_by_name, dateTimeJapan(existing.recorded_at))) : null,
    formEl,
  );
}

interface Everything {
  name: string;
  tests: PerformanceTest[];
  screenings: Screening[];
  sheets: Checklists | null;
  goals: Goal[];
}

export async function testsScreen(id: string): Promise<void> {
  loading(tp.testsTitle);
  try {
    const [name, tests, screenings, sheets, goals] = await Promise.all([
      participantName(id),
      api.get<PerformanceTest[]>(listPath(id)),
      api.get<Screening[]>(`/api/v1/participants/${id}/screenings`).catch(() => [] as Screening[]),
      api.get<Checklists>(`/api/v1/participants/${id}/interest-checklists`).catch(() => null),
      api.get<Goal[]>(`/api/v1/participants/${id}/goals`).catch(() => [] as Goal[]),
    ]);
    renderTests(id, { name, tests, screenings, sheets, goals });
  } catch (e) {
    failed(tp.testsTitle, e, `#/staff/participants/${id}`);
  }
}

const label = (key: ChartKey) => tp.measure[key].label;
const direction = (key: ChartKey) => (LOWER_IS_BETTER.has(key) ? tp.lowerIsBetter : tp.higherIsBetter);

export function testsTable(tests: PerformanceTest[]): HTMLElement {
  const sorted = [...tests].sort((a, b) => a.session_number - b.session_number);
  return h(
    "table",
    { class: "tests-table" },
    h("caption", null, tp.testsTable),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, tp.colTest), sorted.map((x) => h("th", { scope: "col" }, tp.sessionN(x.session_number))))),
    h(
      "tbody",
      null,
      CHART_KEYS.map((key) => h("tr", null, h("th", { scope: "row" }, label(key)), sorted.map((x) => h("td", null, num(x[key]))))),
    ),
  );
}

function charts(tests: PerformanceTest[]): HTMLElement {
  return h(
    "div",
    { class: "charts" },
    CHART_KEYS.map((key) => {
      const points = series(tests, key);
      if (points.length === 0) return null;
      const unit = tp.measure[key].unit;
      const description = tp.chartOf(tp.measure[key].name, points.map((p) => `${tp.sessionN(p.session)} ${num(p.value)}${unit}`).join("、"));
      return h("figure", { class: "chart-box" }, lineChart(description, points, (v) => num(v)), h("figcaption", null, `${label(key)}（${direction(key)}）`));
    }),
  );
}

function testsCompare(tests: PerformanceTest[]): HTMLElement {
  const rows = CHART_KEYS.map((key) => ({ key, ba: beforeAfter(tests, key) })).filter((r) => r.ba !== null);
  if (!rows.length) return h("p", null, tp.testsNeedTwo);
  return h(
    "table",
    null,
    h("caption", null, tp.linkTests),
    h("thead", null, h("tr", null, [tp.colTest, tp.colFirst, tp.colLatest, tp.colChange].map((c) => h("th", { scope: "col" }, c)))),
    h(
      "tbody",
      null,
      rows.map(({ key, ba }) =>
        h(
          "tr",
          null,
          h("th", { scope: "row" }, label(key), h("br"), h("span", { class: "muted" }, direction(key))),
          h("td", null, `${num(ba!.first)}（${tp.sessionN(ba!.firstSession)}）`),
          h("td", null, `${num(ba!.latest)}（${tp.sessionN(ba!.latestSession)}）`),
          h("td", null, h("strong", { class: `badge ${ba!.direction}` }, tp[ba!.direction])),
        ),
      ),
    ),
  );
}

function screeningCompare(screenings: Screening[]): HTMLElement {
  if (screenings.length < 2) return h("p", null, tp.screeningNeedTwo);
  const latest = screenings[0];
  const first = screenings[screenings.length - 1];
  const row = (label: string, a: string, b: string) => h("tr", null, h("th", { scope: "row" }, label), h("td", null, a), h("td", null, b));
  return h(
    "table",
    null,
    h("caption", null, tp.screeningCompare),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", { scope: "col" }, tp.colTest),
        h("th", { scope: "col" }, `${tp.firstScreening}（${dateTimeJapan(first.screened_at).slice(0, 11)}）`),
        h("th", { scope: "col" }, `${tp.latestScreening}（${dateTimeJapan(latest.screened_at).slice(0, 11)}）`),
      ),
    ),
    h(
      "tbody",
      null,
      first.criteria.map((c) => {
        const after = latest.criteria.find((x) => x.number === c.number);
        return row(c.label, `${c.count} / ${c.threshold}${c.matched ? `（${t.matched}）` : ""}`, after ? `${after.count} / ${after.threshold}${after.matched ? `（${t.matched}）` : ""}` : "—");
      }),
      row(t.colJudgement, tp.eligibleWord[String(first.eligible)], tp.eligibleWord[String(latest.eligible)]),
    ),
  );
}

function goalsCompare(goals: Goal[]): HTMLElement {
  const current = chains(goals).map((c) => c[c.length - 1]);
  if (!current.length) return h("p", null, tp.noGoals);
  const r = (v: number | null) => (v === null ? tp.notRated : String(v));
  return h(
    "table",
    null,
    h("caption", null, tp.goalsCompare),
    h("thead", null, h("tr", null, [tp.colGoal, tp.perfShort, tp.satisShort, tp.gas].map((c) => h("th", { scope: "col" }, c)))),
    h(
      "tbody",
      null,
      current.map((g) =>
        h(
          "tr",
          null,
          h("th", { scope: "row" }, g.text),
          h("td", null, tp.arrow(r(g.performance_start), r(g.performance_end))),
          h("td", null, tp.arrow(r(g.satisfaction_start), r(g.satisfaction_end))),
          h("td", null, g.gas === null ? tp.notRated : tp.gasLevels[String(g.gas)]),
        ),
      ),
    ),
  );
}

function renderTests(id: string, all: Everything): void {
  const { name, tests, screenings, sheets, goals } = all;
  show(
    header(),
    backToRecord(id),
    h("h1", null, `${tp.testsTitle}　${name}さん`),
    h("div", { class: "no-print" }, printButton()),
    tests.length ? h("div", null, charts(tests), h("div", { class: "table-wrap" }, testsTable(tests))) : h("p", null, tp.noTests),
    h(
      "section",
      { "aria-labelledby": "before-after-title" },
      h("h2", { id: "before-after-title" }, tp.beforeAfterTitle),
      testsCompare(tests),
      screeningCompare(screenings),
      h(
        "section",
        { "aria-labelledby": "interest-compare-title" },
        h("h3", { id: "interest-compare-title" }, tp.checklistCompare),
        sheets
          ? h(
              "ul",
              null,
              h("li", null, `${tp.phase.assessment}${sheets.assessment.filled_on ? `（${fullDate(sheets.assessment.filled_on)}）` : ""}：${counts(sheets.assessment)}`),
              h("li", null, `${tp.phase.graduation}${sheets.graduation.filled_on ? `（${fullDate(sheets.graduation.filled_on)}）` : ""}：${counts(sheets.graduation)}`),
            )
          : null,
        h("p", { class: "no-print" }, h("a", { href: `#/staff/participants/${id}/interest/compare` }, tp.compareTitle)),
      ),
      goalsCompare(goals),
    ),
  );
}
