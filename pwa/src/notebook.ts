// わたしの手帳 (the participant's 介護予防手帳): one page per action, read from
// GET /api/v1/me/notebook and kept on the phone, so every page opens with no signal.
// Loaded when first opened (not part of the first load); the service worker keeps it.
//
// Seams for work that lands elsewhere: わたしの場所 (the places a coordinator connected the
// person to) and the graduation summary come with the graduation/consent work — add their
// pages to PAGES and their parts to the server's `Notebook` answer then.

import { Api, ApiError, NetworkError, Schemas } from "./api";
import { h, show } from "./dom";
import { fullDate, monthDay } from "./format";
import { dispatch } from "./routes";
import { nb } from "./strings/notebook";
import { t } from "./strings/participant";
import { familyRecordsCard } from "./family";
import { isFamilyPhone } from "./phone";
import { fw } from "./strings/family";

export type Notebook = Schemas["Notebook"];
type Period = Schemas["Period"];

const KEY = "dekita.notebook";

export function cachedNotebook(): Notebook | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Notebook) : null;
  } catch {
    return null;
  }
}

/** The notebook, fresh when there is signal, else the one kept (offline is true then). */
async function load(api: Api): Promise<{ book: Notebook | null; offline: boolean }> {
  try {
    const book = await api.get<Notebook>("/api/v1/me/notebook");
    localStorage.setItem(KEY, JSON.stringify(book));
    return { book, offline: false };
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) throw e;
    return { book: cachedNotebook(), offline: true };
  }
}

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;
const callLink = (name: string, phone: string) => h("a", { href: tel(phone), class: "big-link call-link" }, nb.call(name, phone));
const backToBook = () => h("p", { class: "back" }, h("a", { href: "#/notebook", class: "big-link secondary-link" }, nb.backNotebook));
const backHome = () => h("p", { class: "back" }, h("a", { href: "#/", class: "big-link secondary-link" }, t.backHome));

const PAGES: [string, keyof typeof nb.pages][] = [
  ["about", "about"],
  ["goals", "goals"],
  ["successes", "successes"],
  ["body", "body"],
  ["self-check", "selfCheck"],
  ["schedule", "schedule"],
];

function page(title: string, offline: boolean, ...body: (Node | null | false | undefined)[]): void {
  show(h("h1", null, title), offline ? h("p", { class: "note", role: "status" }, nb.offlineBook) : null, ...body, backToBook(), backHome());
}

function indexPage(b: Notebook, offline: boolean): void {
  show(
    h("h1", null, nb.notebookTitle),
    offline ? h("p", { class: "note", role: "status" }, nb.offlineBook) : null,
    h("p", { class: "lead" }, nb.notebookLead),
    familyRecordsCard(b),
    h("nav", { "aria-label": nb.notebookTitle, class: "home-nav" }, h("ul", null, PAGES.map(([path, key]) => h("li", null, h("a", { href: `#/notebook/${path}`, class: "big-link" }, nb.pages[key]))))),
    h("p", null, h("a", { href: "#/notebook/print", class: "big-link secondary-link" }, nb.printBook)),
    h("p", null, h("a", { href: "#/notebook/sheet", class: "big-link secondary-link" }, nb.printSheet)),
    backHome(),
  );
}

function aboutPage(b: Notebook, offline: boolean): void {
  const emergency = b.contacts.filter((c) => c.kind === "emergency");
  const doctor = b.contacts.filter((c) => c.kind === "doctor");
  const contactList = (list: typeof b.contacts) =>
    list.length ? h("ul", { class: "contact-list" }, list.map((c) => h("li", null, h("p", null, c.relation ? `${c.name}（${c.relation}）` : c.name), callLink(c.name, c.phone)))) : h("p", null, nb.noContacts);
  page(
    nb.pages.about,
    offline,
    h("section", { class: "card", "aria-labelledby": "about-name" }, h("h2", { id: "about-name" }, nb.aboutName), h("p", { class: "big" }, `${b.display_name} さん`)),
    h("section", { class: "card", "aria-labelledby": "about-emergency" }, h("h2", { id: "about-emergency" }, nb.contactsTitle), contactList(emergency)),
    h("section", { class: "card", "aria-labelledby": "about-doctor" }, h("h2", { id: "about-doctor" }, nb.doctorTitle), contactList(doctor)),
    h(
      "section",
      { class: "card", "aria-labelledby": "about-phones" },
      h("h2", { id: "about-phones" }, nb.phonesTitle),
      b.provider && h("p", null, `${nb.providerLabel}：${b.provider.name}`),
      b.provider && callLink(b.provider.name, b.provider.phone),
      b.community_centers.map((c) => [h("p", null, `${nb.centerLabel}：${c.name}`), callLink(c.name, c.phone)]).flat(),
    ),
  );
}

function goalsPage(b: Notebook, offline: boolean): void {
  page(
    nb.pages.goals,
    offline,
    b.goals.length === 0
      ? h("p", { class: "big" }, nb.noGoals)
      : h(
          "div",
          { class: "stack" },
          b.goals.map((g) =>
            h(
              "section",
              { class: "card my-goal" },
              h("p", { class: "goal-words" }, `「${g.text}」`),
              h(
                "ul",
                { class: "my-steps" },
                g.steps.map((s) => h("li", { class: s.reached ? "reached" : "open" }, h("span", { class: "mark", "aria-hidden": "true" }, s.reached ? "✓" : "・"), h("span", null, h("strong", null, s.reached ? t.myStepDone : t.myStepNext), `：${s.text}`))),
              ),
            ),
          ),
        ),
  );
}

function successesPage(b: Notebook, offline: boolean): void {
  const list = [...b.successes].reverse();
  page(
    nb.pages.successes,
    offline,
    list.length === 0
      ? h("p", { class: "big" }, nb.noSuccesses)
      : h("ul", { class: "card successes success-list" }, list.map((s) => h("li", null, h("span", { class: "when" }, monthDay(s.date)), h("span", null, s.text)))),
  );
}

/** A bar chart as SVG (the numbers are in the table beside it for everyone). */
export function barChart(id: string, title: string, values: number[], labels: string[], unit: string): HTMLElement {
  const max = Math.max(1, ...values);
  const w = 320;
  const bar = w / values.length;
  const bars = values
    .map((v, i) => {
      const height = Math.round((v / max) * 120);
      return `<rect x="${(i * bar + 2).toFixed(1)}" y="${130 - height}" width="${(bar - 4).toFixed(1)}" height="${height}" fill="#0b5d1e"></rect>`;
    })
    .join("");
  const total = values.reduce((a, b) => a + b, 0);
  const figure = h("figure", { class: "chart", "aria-labelledby": `${id}-caption` });
  const svg = h("div", { class: "chart-svg", role: "img", "aria-label": nb.chartSummary(title, total, unit) });
  svg.innerHTML = `<svg viewBox="0 0 ${w} 150" width="100%" height="150" aria-hidden="true" focusable="false"><line x1="0" y1="130.5" x2="${w}" y2="130.5" stroke="#1a1a1a" stroke-width="1"></line>${bars}</svg>`;
  figure.append(h("figcaption", { id: `${id}-caption` }, `${title}（${labels[0]}〜${labels[labels.length - 1]}）`), svg);
  return figure;
}

function periodLabel(p: Period, months: boolean): string {
  const [y, m, d] = p.start.split("-").map(Number);
  return months ? nb.monthOf(y, m) : nb.weekOf(m, d);
}

/** A data table may scroll by itself at large text (WCAG 1.4.10 allows it); the page does not. */
const scrollable = (label: string, table: HTMLElement) => h("div", { class: "table-scroll", role: "region", "aria-label": label, tabindex: "0" }, table);

function periodTable(caption: string, periods: Period[], months: boolean): HTMLElement {
  return scrollable(caption, h(
    "table",
    { class: "period-table stack-table" },
    h("caption", null, caption),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, nb.periodColumn), h("th", { scope: "col" }, nb.exerciseDays), h("th", { scope: "col" }, nb.walkingMinutes), h("th", { scope: "col" }, nb.outings))),
    h(
      "tbody",
      null,
      [...periods].reverse().map((p) => h("tr", null, h("th", { scope: "row" }, periodLabel(p, months)), h("td", { "data-label": nb.exerciseDays }, `${p.exercise_days}${nb.days}`), h("td", { "data-label": nb.walkingMinutes }, `${p.walking_minutes}${nb.minutesUnit}`), h("td", { "data-label": nb.outings }, `${p.outings}${nb.times}`))),
    ),
  ));
}

function bodyPage(b: Notebook, offline: boolean, months: boolean): void {
  const periods = months ? b.months : b.weeks;
  const labels = periods.map((p) => periodLabel(p, months));
  const title = months ? nb.monthTitle : nb.weekTitle;
  const tabs = h(
    "nav",
    { class: "tabs", "aria-label": nb.pages.body },
    h(
      "ul",
      null,
      h("li", null, h("a", { href: "#/notebook/body", "aria-current": months ? null : "page" }, "週ごと")),
      h("li", null, h("a", { href: "#/notebook/body/months", "aria-current": months ? "page" : null }, "月ごと")),
      h("li", null, h("a", { href: "#/notebook/readings" }, nb.readingsTitle)),
    ),
  );
  page(
    nb.pages.body,
    offline,
    tabs,
    h("h2", null, title),
    barChart("chart-exercise", nb.exerciseDays, periods.map((p) => p.exercise_days), labels, nb.days),
    barChart("chart-walking", nb.walkingMinutes, periods.map((p) => p.walking_minutes), labels, nb.minutesUnit),
    barChart("chart-outings", nb.outings, periods.map((p) => p.outings), labels, nb.times),
    periodTable(title, periods, months),
  );
}

function readingsPage(b: Notebook, offline: boolean): void {
  const list = b.readings;
  const bp = list.filter((r) => typeof r.systolic === "number");
  let chart: HTMLElement | null = null;
  if (bp.length > 1) {
    const w = 320;
    const x = (i: number) => ((i / (bp.length - 1)) * (w - 20) + 10).toFixed(1);
    const y = (v: number) => (150 - ((v - 40) / 180) * 140).toFixed(1);
    const line = (key: "systolic" | "diastolic") =>
      bp
        .map((r, i) => (typeof r[key] === "number" ? `${x(i)},${y(r[key] as number)}` : ""))
        .filter(Boolean)
        .join(" ");
    chart = h("figure", { class: "chart", "aria-labelledby": "bp-caption" });
    const svg = h("div", { class: "chart-svg", role: "img", "aria-label": `${nb.bloodPressure}：${bp.length}回の記録` });
    svg.innerHTML = `<svg viewBox="0 0 ${w} 160" width="100%" height="160" aria-hidden="true" focusable="false"><polyline points="${line("systolic")}" fill="none" stroke="#0b5d1e" stroke-width="3"></polyline><polyline points="${line("diastolic")}" fill="none" stroke="#1a1a1a" stroke-width="3" stroke-dasharray="6 4"></polyline></svg>`;
    chart.append(h("figcaption", { id: "bp-caption" }, `${nb.bloodPressure}（実線が上、点線が下）`), svg);
  }
  const n = (v: number | null | undefined, unit: string) => (typeof v === "number" ? `${v}${unit}` : "—");
  page(
    nb.readingsTitle,
    offline,
    list.length === 0
      ? h("p", { class: "big" }, nb.noReadings)
      : h(
          "div",
          { class: "stack" },
          chart,
          scrollable(nb.readingsTitle, h(
            "table",
            { class: "readings-table stack-table" },
            h("caption", null, nb.readingsTitle),
            h("thead", null, h("tr", null, h("th", { scope: "col" }, nb.readingDate), h("th", { scope: "col" }, nb.bloodPressure), h("th", { scope: "col" }, nb.pulse), h("th", { scope: "col" }, nb.weight))),
            h(
              "tbody",
              null,
              [...list]
                .reverse()
                .slice(0, 60)
                .map((r) =>
                  h(
                    "tr",
                    { class: r.reasons.length ? "out-of-range" : null },
                    h("th", { scope: "row" }, monthDay(r.date), r.reasons.length ? h("span", { class: "badge attention" }, nb.outOfRange) : null),
                    h("td", { "data-label": nb.bloodPressure }, typeof r.systolic === "number" || typeof r.diastolic === "number" ? `${r.systolic ?? "—"}/${r.diastolic ?? "—"}` : "—"),
                    h("td", { "data-label": nb.pulse }, n(r.pulse, "")),
                    h("td", { "data-label": nb.weight }, n(r.weight_kg, "kg")),
                  ),
                ),
            ),
          )),
        ),
  );
}

function selfCheckResult(result: Schemas["SelfCheckResult"], b: Notebook): HTMLElement {
  const matched = result.criteria.filter((c) => c.matched);
  return h(
    "section",
    { class: "card self-check-result", "aria-labelledby": "self-check-result" },
    h("h2", { id: "self-check-result" }, nb.selfCheckLast(fullDate(result.taken_on))),
    result.consult
      ? h(
          "div",
          { class: "stack" },
          h("p", { class: "big" }, nb.selfCheckConsult),
          h("p", null, h("strong", null, `${nb.selfCheckMatched}：`), matched.map((c) => c.label.replace(/（.*$/, "")).join("、")),
          b.community_centers.map((c) => callLink(c.name, c.phone)),
        )
      : h("p", { class: "big" }, nb.selfCheckCalm),
  );
}

function selfCheckPage(api: Api, b: Notebook, offline: boolean): void {
  if (isFamilyPhone()) {
    // Read-only on a family member's phone: the last result, and who takes the check.
    page(nb.pages.selfCheck, offline, b.self_check ? selfCheckResult(b.self_check, b) : null, h("p", { class: "lead" }, fw.selfCheckOwn));
    return;
  }
  const answers: (boolean | null)[] = Array(25).fill(null);
  const error = h("p", { class: "message", role: "alert" });
  const result = h("div", { role: "status" }, b.self_check ? selfCheckResult(b.self_check, b) : null);
  const questions = nb.selfCheckItems.map((q, i) =>
    h(
      "fieldset",
      { class: "self-check-item" },
      h("legend", null, `${i + 1}. ${q}`),
      h(
        "div",
        { class: "choices-row" },
        ([true, false] as const).map((yes) =>
          h(
            "label",
            { class: "choice" },
            h("input", { type: "radio", name: `q${i + 1}`, value: yes ? "yes" : "no", onchange: () => (answers[i] = yes) }),
            yes ? nb.yes : nb.no,
          ),
        ),
      ),
    ),
  );
  const button = h("button", { type: "submit", class: "primary" }, nb.selfCheckSend);
  const form = h("form", { class: "stack", novalidate: true }, questions, error, button);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const missing = answers.filter((a) => a === null).length;
    if (missing > 0) {
      error.textContent = nb.selfCheckNeedsAll(missing);
      return;
    }
    error.textContent = "";
    button.disabled = true;
    try {
      const r = await api.post<Schemas["SelfCheckResult"]>("/api/v1/me/self-checks", { answers });
      const kept = cachedNotebook();
      if (kept) localStorage.setItem(KEY, JSON.stringify({ ...kept, self_check: r }));
      result.replaceChildren(selfCheckResult(r, b));
      result.scrollIntoView?.({ block: "start" });
    } catch (err) {
      error.textContent = err instanceof NetworkError ? nb.selfCheckNeedsSignal : err instanceof ApiError && err.message ? err.message : t.genericError;
    } finally {
      button.disabled = false;
    }
  });
  page(nb.pages.selfCheck, offline, result, h("p", { class: "lead" }, nb.selfCheckLead), form);
}

function schedulePage(b: Notebook, offline: boolean): void {
  page(
    nb.pages.schedule,
    offline,
    b.sessions.length > 0 && h("p", { class: "big" }, nb.sessionsLeft(b.sessions_left)),
    h(
      "ol",
      { class: "schedule-list" },
      b.sessions.map((s) =>
        h(
          "li",
          { class: s.done ? "done card" : "planned card" },
          h("p", null, h("strong", null, `${nb.sessionLine(s.number)}　${monthDay(s.date)}`), s.done ? `　${nb.sessionDone}` : ""),
          s.time && h("p", null, s.time),
          s.venue && h("p", null, s.venue),
        ),
      ),
    ),
  );
}

export async function notebookScreen(api: Api): Promise<void> {
  const kept = cachedNotebook();
  if (!kept) show(h("h1", null, nb.notebookTitle), h("p", { role: "status" }, t.loading));
  let loaded: { book: Notebook | null; offline: boolean };
  try {
    loaded = await load(api);
  } catch {
    location.hash = "#/enroll";
    return;
  }
  const { book, offline } = loaded;
  if (!book) {
    show(h("h1", null, nb.notebookTitle), h("p", { class: "note", role: "status" }, nb.notYet), backHome());
    return;
  }
  await dispatch(
    [
      ["/notebook/about", () => aboutPage(book, offline)],
      ["/notebook/goals", () => goalsPage(book, offline)],
      ["/notebook/successes", () => successesPage(book, offline)],
      ["/notebook/body/months", () => bodyPage(book, offline, true)],
      ["/notebook/body", () => bodyPage(book, offline, false)],
      ["/notebook/readings", () => readingsPage(book, offline)],
      ["/notebook/self-check", () => selfCheckPage(api, book, offline)],
      ["/notebook/schedule", () => schedulePage(book, offline)],
      ["/notebook/print", async () => (await import("./booklet")).bookletPage(book)],
      ["/notebook/sheet", async () => (await import("./booklet")).logSheetPage(book)],
      ["/notebook/*", () => indexPage(book, offline)],
    ],
    location.hash,
  );
}
