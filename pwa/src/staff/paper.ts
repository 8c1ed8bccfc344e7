// 代行入力: a returned paper log sheet entered in one screen — the week's grid as printed
// (the plan's exercises by day, outings, blood pressure), sent through the same append-only
// path as the phone. Each cell's client id is made from the person, the day and the cell, so
// the same sheet entered twice is stored once.

import { h, show } from "../dom";
import { monthDay, todayInJapan } from "../format";
import { t, tp } from "../strings/staff";
import { api, backToRecord, failed, header, loading, message, participantName, statusLine, submitForm } from "./common";
import { planInForce } from "./dailyview";
import type { Exercise, Prescription } from "./types";

interface EventResult {
  client_id: string;
  status: string;
  message?: string | null;
}

/** A UUID made from text (SHA-256, version 8): the same cell of the same sheet, the same id. */
async function cellId(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
  const b = digest.slice(0, 16);
  b[6] = (b[6] & 0x0f) | 0x80;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function mondayOf(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86400000).toISOString().slice(0, 10);
}

function weekFrom(monday: string): string[] {
  const [y, m, d] = monday.split("-").map(Number);
  const start = Date.UTC(y, m - 1, d);
  return Array.from({ length: 7 }, (_, i) => new Date(start + i * 86400000).toISOString().slice(0, 10));
}

export async function paperScreen(id: string): Promise<void> {
  loading(tp.paperTitle);
  try {
    const [versions, library, name] = await Promise.all([
      api.get<Prescription[]>(`/api/v1/participants/${id}/prescriptions`),
      api.get<Exercise[]>("/api/v1/exercises"),
      participantName(id),
    ]);
    const today = todayInJapan();
    const plan = planInForce(versions, today) ?? versions[0] ?? null;
    const titles = new Map(library.map((e) => [e.key, e.title]));
    render(id, name, (plan?.items ?? []).map((i) => ({ key: i.exercise, title: titles.get(i.exercise) ?? i.exercise })), today);
  } catch (e) {
    failed(tp.paperTitle, e, `#/staff/participants/${id}`);
  }
}

function render(id: string, name: string, exercises: { key: string; title: string }[], today: string): void {
  // A returned sheet is last week's, as a rule.
  const lastWeek = new Date(Date.parse(`${today}T00:00:00Z`) - 7 * 86400000).toISOString().slice(0, 10);
  const week = h("input", { type: "date", id: "paper-week", value: mondayOf(lastWeek), max: today });
  const grid = h("div", { class: "table-scroll", role: "region", "aria-label": tp.paperTitle, tabindex: "0" });
  const msg = message();
  const status = statusLine();
  const button = h("button", { type: "submit", class: "primary" }, tp.paperSend);
  let days: string[] = [];
  const draw = () => {
    days = weekFrom(mondayOf(week.value || lastWeek));
    const short = (d: string) => monthDay(d).replace(/^\d+月/, "");
    const numberCell = (row: string, label: string, day: string, max: number) =>
      h("td", null, h("input", { type: "number", inputmode: "numeric", min: 0, max, class: "paper-number", name: `${row}-${day}`, "aria-label": tp.paperCell(label, monthDay(day)) }));
    grid.replaceChildren(
      h(
        "table",
        { class: "paper-grid" },
        h("caption", null, `${monthDay(days[0])}〜${monthDay(days[6])}`),
        h("thead", null, h("tr", null, h("th", { scope: "col" }, tp.paperExercise), days.map((d) => h("th", { scope: "col" }, short(d))))),
        h(
          "tbody",
          null,
          exercises.map((e) =>
            h("tr", null, h("th", { scope: "row" }, e.title), days.map((d) => h("td", { class: "cell-check" }, h("input", { type: "checkbox", name: `ex-${e.key}-${d}`, "aria-label": tp.paperDone(e.title, monthDay(d)) })))),
          ),
          h("tr", null, h("th", { scope: "row" }, tp.paperOutings), days.map((d) => numberCell("out", tp.paperOutings, d, 600))),
          h("tr", null, h("th", { scope: "row" }, tp.paperSystolic), days.map((d) => numberCell("sys", tp.paperSystolic, d, 300))),
          h("tr", null, h("th", { scope: "row" }, tp.paperDiastolic), days.map((d) => numberCell("dia", tp.paperDiastolic, d, 200))),
          h("tr", null, h("th", { scope: "row" }, tp.paperPulse), days.map((d) => numberCell("pul", tp.paperPulse, d, 220))),
        ),
      ),
    );
  };
  week.addEventListener("change", draw);
  draw();
  const form = h(
    "form",
    { class: "stack paper-form" },
    h("div", { class: "field" }, h("label", { for: "paper-week" }, tp.paperWeek), week),
    exercises.length ? null : h("p", null, tp.paperNoPlan),
    grid,
    h("p", { class: "hint" }, tp.paperOutingsHint),
    msg,
    status,
    button,
  );
  const value = (name: string) => {
    const el = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    return el && el.value.trim() !== "" ? Number(el.value) : null;
  };
  const collect = async () => {
    const events: { client_id: string; kind: string; local_date: string; data: Record<string, unknown> }[] = [];
    for (const d of days) {
      for (const e of exercises) {
        if (form.querySelector<HTMLInputElement>(`input[name="ex-${e.key}-${d}"]`)?.checked) {
          events.push({ client_id: await cellId(`paper:${id}:${d}:ex:${e.key}`), kind: "exercise_done", local_date: d, data: { exercise: e.key } });
        }
      }
      const out = value(`out-${d}`);
      if (out !== null) events.push({ client_id: await cellId(`paper:${id}:${d}:out`), kind: "activity", local_date: d, data: { activity: "other", minutes: out, note: "紙の記録用紙" } });
      const [sys, dia, pul] = [value(`sys-${d}`), value(`dia-${d}`), value(`pul-${d}`)];
      if (sys !== null || dia !== null || pul !== null) {
        events.push({ client_id: await cellId(`paper:${id}:${d}:bp:${sys}/${dia}/${pul}`), kind: "measurement", local_date: d, data: { systolic: sys, diastolic: dia, pulse: pul } });
      }
    }
    return events;
  };
  const check = () => (days[0] > today ? tp.paperWeekFuture : null);
  submitForm(form, { button, message: msg, busyLabel: t.sending, clear: [status], check, reenable: true }, async () => {
    const events = await collect();
    if (events.length === 0) {
      msg.textContent = tp.paperEmpty;
      return;
    }
    const answer = await api.post<{ results: EventResult[] }>(`/api/v1/participants/${id}/paper-records`, { events });
    const count = (s: string) => answer.results.filter((r) => r.status === s).length;
    status.textContent = tp.paperResult(count("stored"), count("duplicate"), count("rejected"));
    const problems = answer.results.filter((r) => r.status === "rejected" && r.message).map((r) => r.message);
    if (problems.length) msg.textContent = [...new Set(problems)].join(" ");
  });
  show(header(), backToRecord(id), h("h1", null, `${tp.paperTitle}　${name}さん`), h("p", { class: "lead" }, tp.paperLead), form);
}
