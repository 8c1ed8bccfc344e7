// 毎日の記録: what the person records at home, for the therapist before a session. The flags
// come first, then what is going well (to start the interview from), the 12 weeks of exercise
// days, the activity diary, the self-measurements, and a word of recognition to send.

import { h, show } from "../dom";
import { fullDate, monthDay } from "../format";
import { t, tp } from "../strings/staff";
import { api, backToRecord, can, failed, field, header, loading, message, onLeave, participantName, printButton, statusLine, submitForm } from "./common";
import { cellLabel, heatLevel, weekGrid } from "./dailyview";
import type { DailyView, DiaryEntry, SelfMeasurement } from "./types";

/** A fetch with the staff bearer, for bodies and answers that are not JSON. */
export async function authorizedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const send = async (force: boolean) =>
    fetch(path, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${(await api.accessToken(force)).token}` } });
  const res = await send(false);
  return res.status === 401 ? send(true) : res;
}

/** An <img> whose picture comes with the bearer (as a blob: URL, freed when the screen is left). */
export function privateImage(path: string, alt: string, attrs: Record<string, string | number> = {}): HTMLElement {
  if (!path.startsWith("/api/")) return h("img", { src: path, alt, ...attrs });
  const box = h("span", { class: "photo-box" }, h("span", { class: "muted" }, t.loading));
  void authorizedFetch(path)
    .then(async (res) => {
      if (!res.ok) throw new Error(String(res.status));
      const url = URL.createObjectURL(await res.blob());
      onLeave(() => URL.revokeObjectURL(url));
      box.replaceChildren(h("img", { src: url, alt, ...attrs }));
    })
    .catch(() => box.replaceChildren(h("span", { class: "muted" }, tp.photoFailed)));
  return box;
}

export async function dailyScreen(id: string): Promise<void> {
  loading(tp.dailyTitle);
  try {
    const [view, name] = await Promise.all([api.get<DailyView>(`/api/v1/participants/${id}/daily?weeks=12`), participantName(id)]);
    render(id, name, view);
  } catch (e) {
    failed(tp.dailyTitle, e, `#/staff/participants/${id}`);
  }
}

function section(key: string, title: string, ...body: (Node | null | false)[]): HTMLElement {
  return h("section", { class: "card", "aria-labelledby": `${key}-title` }, h("h2", { id: `${key}-title` }, title), ...body);
}

const REASONS: Record<string, string> = {
  chest_pain: "胸の痛み",
  unwell: "体調不良",
  systolic_high: "上の血圧が上限以上",
  systolic_low: "上の血圧が下限以下",
  diastolic_high: "下の血圧が上限以上",
  pulse_high: "脈拍が上限以上",
  pulse_low: "脈拍が下限以下",
};

/** Safety first: readings that held exercise back by the municipality's limits. */
function safetySection(v: DailyView): HTMLElement | null {
  const list = v.unsafe_readings;
  if (!list.length) return null;
  const value = (n: number | null | undefined) => (typeof n === "number" ? String(n) : "—");
  return h(
    "section",
    { class: "card daily-safety warning", "aria-labelledby": "safety-title" },
    h("h2", { id: "safety-title" }, "運動を控える目安を超えた記録"),
    h("p", null, "ご本人の電話には「きょうは体操をお休みしましょう」と連絡先が表示されています。様子を確かめてください。"),
    h(
      "ul",
      null,
      list.map((r) =>
        h("li", { class: "unsafe-reading" }, h("strong", null, monthDay(r.date)), `　血圧 ${value(r.systolic)}/${value(r.diastolic)}　脈拍 ${value(r.pulse)}　（${r.reasons.map((x) => REASONS[x] ?? x).join("・")}）`),
      ),
    ),
  );
}

function flagsSection(v: DailyView): HTMLElement {
  const list = v.flags.length
    ? h(
        "ul",
        { class: "flag-list" },
        v.flags.map((f) => h("li", { class: `flag ${f.flag}` }, h("strong", null, tp.flagWord[f.flag] ?? f.flag), `　${monthDay(f.date)}　${f.exercise_title}`)),
      )
    : h("p", null, tp.flagsNone);
  return h(
    "section",
    { class: v.flags.length ? "card daily-flags attention" : "card daily-flags", "aria-labelledby": "flags-title" },
    h("h2", { id: "flags-title" }, tp.flagsTitle),
    list,
  );
}

function strengthsSection(v: DailyView): HTMLElement {
  return section(
    "strengths",
    tp.strengthsTitle,
    h("p", { class: "streak" }, v.streak > 0 ? h("strong", null, tp.streakLine(v.streak)) : tp.streakNone),
    v.successes.length
      ? h("ul", { class: "successes" }, [...v.successes].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, 8).map((s) => h("li", null, `${monthDay(s.date)}　${s.text}`)))
      : h("p", null, tp.successesNone),
  );
}

export function heatMap(v: DailyView): HTMLElement {
  const weeks = weekGrid(v.days);
  const rows = weeks.map((week) => {
    const first = week.find((d) => d !== null);
    return h(
      "tr",
      null,
      h("th", { scope: "row" }, first ? tp.heatWeekOf(monthDay(first.date).replace(/（.）$/, "")) : ""),
      week.map((day) => {
        if (!day) return h("td", { class: "heat outside" }, h("span", { class: "visually-hidden" }, tp.heatOutside));
        const level = heatLevel(day.exercises);
        return h(
          "td",
          { class: `heat level-${level}${day.flags ? " flagged" : ""}` },
          h("span", { "aria-hidden": "true" }, day.exercises > 0 ? String(day.exercises) : "", day.flags ? "！" : ""),
          h("span", { class: "visually-hidden" }, cellLabel(day, monthDay(day.date))),
        );
      }),
    );
  });
  const legend = h(
    "ul",
    { class: "heat-legend", "aria-label": tp.heatLegend },
    tp.heatLevels.map((label, level) => h("li", null, h("span", { class: `swatch heat level-${level}`, "aria-hidden": "true" }), label)),
    h("li", null, tp.heatFlagMark),
  );
  return section(
    "heat",
    tp.heatTitle,
    h(
      "div",
      { class: "table-wrap" },
      h(
        "table",
        { class: "heatmap" },
        h("caption", null, tp.heatCaption),
        h("thead", null, h("tr", null, h("td", null), tp.weekdays.map((d) => h("th", { scope: "col" }, d)))),
        h("tbody", null, rows),
      ),
    ),
    legend,
  );
}

function diaryRow(e: DiaryEntry, byFamily: Set<string>): HTMLElement {
  const activity = tp.activities[e.activity] ?? e.activity;
  return h(
    "tr",
    null,
    h("th", { scope: "row" }, monthDay(e.date)),
    h("td", null, activity, byFamily.has(e.client_id) && h("span", { class: "by-family" }, `（${tp.byFamily}）`)),
    h("td", null, e.minutes ? tp.minutes(e.minutes) : "—"),
    h("td", { class: "pre" }, e.note || "—"),
    h("td", null, e.photo_id ? privateImage(`/api/v1/media/${encodeURIComponent(e.photo_id)}/thumb`, tp.photoAlt(activity, monthDay(e.date)), { class: "thumb", loading: "lazy" }) : "—"),
  );
}

function diarySection(v: DailyView): HTMLElement {
  return section(
    "diary",
    tp.diaryTitle,
    v.diary.length
      ? h(
          "div",
          { class: "table-wrap" },
          h(
            "table",
            { class: "diary" },
            h("caption", { class: "visually-hidden" }, tp.diaryTitle),
            h("thead", null, h("tr", null, [tp.colDate, tp.colActivity, tp.colMinutes, tp.colNote, tp.colPhoto].map((c) => h("th", { scope: "col" }, c)))),
            h(
              "tbody",
              null,
              v.diary.map((e) => diaryRow(e, new Set(v.family_records.map((r) => r.client_id)))),
            ),
          ),
        )
      : h("p", null, tp.diaryNone),
  );
}

/** Records a family member made on the person's behalf, marked as such. */
function familySection(v: DailyView): HTMLElement | null {
  if (v.family_records.length === 0) return null;
  return section(
    "family",
    tp.familyTitle,
    h(
      "ul",
      { class: "family-records" },
      v.family_records.map((r) => h("li", null, `${monthDay(r.date)}　${tp.familyKinds[r.kind] ?? r.kind}（${tp.byFamily}）`)),
    ),
  );
}

const num = (n: number | null) => (n === null ? "—" : String(n));

function measurementsSection(v: DailyView): HTMLElement {
  const rows = [...v.measurements].sort((a, b) => (a.date < b.date ? 1 : -1));
  const bp = (m: SelfMeasurement) => (m.systolic === null && m.diastolic === null ? "—" : `${num(m.systolic)}／${num(m.diastolic)}`);
  return section(
    "measurements",
    tp.measurementsTitle,
    rows.length
      ? h(
          "table",
          { class: "measurements" },
          h("caption", { class: "visually-hidden" }, tp.measurementsTitle),
          h("thead", null, h("tr", null, [tp.colDate, tp.colBloodPressure, tp.colPulse, tp.colWeight].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            null,
            rows.map((m) => h("tr", null, h("th", { scope: "row" }, monthDay(m.date)), h("td", null, bp(m)), h("td", null, num(m.pulse)), h("td", null, num(m.weight_kg)))),
          ),
        )
      : h("p", null, tp.measurementsNone),
  );
}

function recognitionSection(id: string): HTMLElement | null {
  if (!can("send_recognition")) return null;
  const text = h("textarea", { rows: 3, maxlength: 200 });
  const msg = message();
  const status = statusLine();
  const button = h("button", { type: "submit", class: "primary", id: "recognition-send" }, tp.recognitionSend);
  const form = h("form", { class: "stack" }, field("recognition-text", tp.recognitionLabel, text, tp.recognitionHint), msg, status, button);
  text.addEventListener("input", () => (status.textContent = ""));
  const words = () => text.value.trim();
  const check = () => (!words() ? tp.recognitionEmpty : [...words()].length > 200 ? tp.recognitionTooLong : null);
  submitForm(form, { button, message: msg, busyLabel: t.sending, clear: [status], check, reenable: true }, async () => {
    await api.post(`/api/v1/participants/${id}/recognitions`, { message: words() });
    text.value = "";
    status.textContent = tp.recognitionSent;
  });
  return section("recognition", tp.recognitionTitle, h("p", null, tp.recognitionLead), form);
}

function render(id: string, name: string, v: DailyView): void {
  show(
    header(),
    backToRecord(id),
    h("h1", null, `${tp.dailyTitle}　${name}さん`),
    h("p", { class: "lead" }, tp.dailyLead),
    h(
      "p",
      null,
      tp.dailyPeriod(fullDate(v.from), fullDate(v.to)),
      "　",
      v.last_record_on ? tp.lastRecord(monthDay(v.last_record_on)) : tp.noRecordYet,
    ),
    h(
      "p",
      { class: "no-print" },
      h("a", { href: `#/staff/participants/${id}/plan` }, tp.linkPlan),
      can("enter_paper_records") ? ["　", h("a", { href: `#/staff/participants/${id}/paper` }, tp.paperLink)] : null,
      "　",
      printButton(),
    ),
    safetySection(v),
    flagsSection(v),
    strengthsSection(v),
    heatMap(v),
    diarySection(v),
    familySection(v),
    measurementsSection(v),
    h("div", { class: "no-print" }, recognitionSection(id)),
  );
}
