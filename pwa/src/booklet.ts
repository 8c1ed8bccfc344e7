// わたしの手帳 on paper: the whole notebook as an A4 booklet (a page for each part, large
// type, phone numbers written out), and a weekly log sheet with the person's plan (each
// exercise's picture, a box for each day, lines for outings, blood pressure and how they
// feel). Loaded only when one of them is opened; both print from the browser's own print.

import { Schemas } from "./api";
import { cachedPlan } from "./daily";
import { h, show } from "./dom";
import { fullDate, monthDay, todayInJapan } from "./format";
import type { Notebook } from "./notebook";
import { nb } from "./strings/notebook";
import { t } from "./strings/participant";

type Period = Schemas["Period"];

const printButton = () => h("button", { type: "button", class: "primary no-print", onclick: () => window.print() }, nb.printButton);
const back = () => h("p", { class: "back no-print" }, h("a", { href: "#/notebook", class: "big-link secondary-link" }, nb.backNotebook));
const sheetPage = (title: string, ...body: (Node | null | false | undefined | Node[])[]) => h("section", { class: "booklet-page" }, h("h2", null, title), ...body);

function periodRows(periods: Period[], months: boolean): HTMLElement {
  const label = (p: Period) => {
    const [y, m, d] = p.start.split("-").map(Number);
    return months ? nb.monthOf(y, m) : nb.weekOf(m, d);
  };
  return h(
    "table",
    { class: "booklet-table stack-table" },
    h("caption", null, months ? nb.monthTitle : nb.weekTitle),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, nb.periodColumn), h("th", { scope: "col" }, nb.exerciseDays), h("th", { scope: "col" }, nb.walkingMinutes), h("th", { scope: "col" }, nb.outings))),
    h("tbody", null, periods.map((p) => h("tr", null, h("th", { scope: "row" }, label(p)), h("td", { "data-label": nb.exerciseDays }, `${p.exercise_days}${nb.days}`), h("td", { "data-label": nb.walkingMinutes }, `${p.walking_minutes}${nb.minutesUnit}`), h("td", { "data-label": nb.outings }, `${p.outings}${nb.times}`)))),
  );
}

/** The whole notebook, a part to an A4 page: the person's own print, and the one staff print
 * for them (the same renderer for both). */
export function bookletSheets(b: Notebook): HTMLElement {
  const phone = (name: string, number: string) => h("li", null, `${name}　`, h("strong", null, number));
  const contacts = (kind: string) => {
    const list = b.contacts.filter((c) => c.kind === kind);
    return list.length ? h("ul", { class: "booklet-list" }, list.map((c) => phone(c.relation ? `${c.name}（${c.relation}）` : c.name, c.phone))) : h("p", null, nb.noContacts);
  };
  const n = (v: number | null | undefined, unit = "") => (typeof v === "number" ? `${v}${unit}` : "—");
  return h(
    "div",
    { class: "booklet", role: "region", "aria-label": nb.bookletCover, tabindex: "0" },
    h("section", { class: "booklet-page booklet-cover" }, h("p", { class: "booklet-title" }, nb.bookletCover), h("p", { class: "booklet-owner" }, nb.bookletOwner(b.display_name)), h("p", null, nb.bookletPrinted(fullDate(b.today)))),
    sheetPage(
      nb.pages.about,
      h("h3", null, nb.contactsTitle),
      contacts("emergency"),
      h("h3", null, nb.doctorTitle),
      contacts("doctor"),
      h("h3", null, nb.phonesTitle),
      h("ul", { class: "booklet-list" }, b.provider ? phone(`${nb.providerLabel}　${b.provider.name}`, b.provider.phone) : null, b.community_centers.map((c) => phone(`${nb.centerLabel}　${c.name}`, c.phone))),
    ),
    sheetPage(
      nb.pages.goals,
      b.goals.length === 0
        ? h("p", null, nb.noGoals)
        : b.goals.map((g) => h("div", { class: "booklet-goal" }, h("p", { class: "goal-words" }, `「${g.text}」`), h("ul", { class: "booklet-list" }, g.steps.map((s) => h("li", null, `${s.reached ? "✓ " + t.myStepDone : "□ " + t.myStepNext}：${s.text}`))))),
    ),
    sheetPage(nb.pages.successes, b.successes.length === 0 ? h("p", null, nb.noSuccesses) : h("ul", { class: "booklet-list" }, b.successes.map((s) => h("li", null, `${monthDay(s.date)}　${s.text}`)))),
    sheetPage(nb.pages.body, periodRows(b.months, true), periodRows(b.weeks, false)),
    sheetPage(
      nb.readingsTitle,
      b.readings.length === 0
        ? h("p", null, nb.noReadings)
        : h(
            "table",
            { class: "booklet-table stack-table readings" },
            h("thead", null, h("tr", null, h("th", { scope: "col" }, nb.readingDate), h("th", { scope: "col" }, nb.bloodPressure), h("th", { scope: "col" }, nb.pulse), h("th", { scope: "col" }, nb.weight))),
            h("tbody", null, b.readings.map((r) => h("tr", null, h("th", { scope: "row" }, `${monthDay(r.date)}${r.reasons.length ? `　${nb.outOfRange}` : ""}`), h("td", { "data-label": nb.bloodPressure }, typeof r.systolic === "number" || typeof r.diastolic === "number" ? `${n(r.systolic)}/${n(r.diastolic)}` : "—"), h("td", { "data-label": nb.pulse }, n(r.pulse)), h("td", { "data-label": nb.weight }, n(r.weight_kg, "kg"))))),
          ),
    ),
    sheetPage(
      nb.pages.selfCheck,
      b.self_check ? h("p", null, nb.selfCheckLast(fullDate(b.self_check.taken_on))) : null,
      b.self_check ? h("p", null, b.self_check.consult ? nb.selfCheckConsult : nb.selfCheckCalm) : null,
      h("ol", { class: "booklet-checklist" }, nb.selfCheckItems.map((q) => h("li", null, `${q}　□${nb.yes}　□${nb.no}`))),
    ),
    sheetPage(
      nb.pages.schedule,
      b.sessions.length > 0 ? h("p", null, nb.sessionsLeft(b.sessions_left)) : null,
      h("ul", { class: "booklet-list" }, b.sessions.map((s) => h("li", null, `${nb.sessionLine(s.number)}　${monthDay(s.date)}　${[s.time, s.venue].filter(Boolean).join("　")}${s.done ? `　${nb.sessionDone}` : ""}`))),
    ),
  );
}

/** The whole notebook, a part to a page, with the person's own print button. */
export function bookletPage(b: Notebook): void {
  document.title = `${nb.bookletCover}｜${b.display_name}`;
  show(h("h1", { class: "print-sr" }, nb.printBook), h("p", { class: "lead no-print" }, nb.printLead), printButton(), bookletSheets(b), back());
}

/** The seven days from the Monday of `iso`'s week. */
function weekOf(iso: string): string[] {
  const [y, m, d] = iso.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86400000);
  return Array.from({ length: 7 }, (_, i) => new Date(monday.getTime() + i * 86400000).toISOString().slice(0, 10));
}

/** A week's log sheet with the person's plan: tick a box for each day an exercise is done. */
export function logSheetPage(b: Notebook): void {
  document.title = `${nb.sheetTitle}｜${b.display_name}`;
  const plan = cachedPlan();
  const days = weekOf(todayInJapan());
  const short = (iso: string) => monthDay(iso).replace(/^\d+月/, "");
  const box = () => h("td", { class: "tick" }, h("span", { class: "box", "aria-hidden": "true" }));
  const line = (label: string) => h("tr", null, h("th", { scope: "row" }, label), days.map(() => h("td", { class: "write" })));
  const items = plan?.items ?? [];
  show(
    h("h1", { class: "no-print" }, nb.printSheet),
    h("p", { class: "lead no-print" }, nb.printLead),
    printButton(),
    h(
      "section",
      { class: "log-sheet", role: "region", "aria-label": nb.sheetTitle, tabindex: "0" },
      h("h2", null, nb.sheetTitle),
      h("p", null, nb.sheetName(b.display_name), "　", nb.sheetWeek(monthDay(days[0]), monthDay(days[6]))),
      h("p", null, nb.sheetLead),
      items.length === 0 ? h("p", null, nb.sheetNoPlan) : null,
      h(
        "table",
        { class: "sheet-table" },
        h("thead", null, h("tr", null, h("th", { scope: "col" }, nb.sheetExercise), days.map((d) => h("th", { scope: "col" }, short(d))))),
        h(
          "tbody",
          null,
          items.map((i) =>
            h(
              "tr",
              null,
              h("th", { scope: "row", class: "sheet-exercise" }, i.exercise.picture_url ? h("img", { src: i.exercise.picture_url, alt: "", class: "sheet-picture" }) : null, h("span", null, h("strong", null, i.exercise.title), h("br"), nb.sheetAmount(i.amount, nb.units[i.exercise.unit] ?? "", i.sets))),
              days.map(box),
            ),
          ),
          line(nb.sheetOutings),
          line(nb.sheetBloodPressure),
          line(nb.sheetFeeling),
        ),
      ),
    ),
    back(),
  );
}
