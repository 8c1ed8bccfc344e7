// Safety before encouragement, on the phone: a reading is judged here, with no signal, by the
// municipality's limits (kept from /me/safety; the guideline's until then). The rule is the
// server's `domain/safety.rs`, held to the same cases in `tests/fixtures/safety.json`.

import type { Api, Schemas } from "./api";
import { h } from "./dom";
import { liveEvents, localDate, LocalEvent } from "./outbox";
import { nb } from "./strings/notebook";

export type Thresholds = Schemas["Thresholds"];
export type Reason = Schemas["Reason"];
export type MySafety = Schemas["MySafety"];
export type Feeling = "usual" | "unwell" | "chest_pain";

export interface Reading {
  systolic?: number | null;
  diastolic?: number | null;
  pulse?: number | null;
  feeling?: Feeling;
}

/** 日本リハビリテーション医学会「リハビリテーション医療における安全管理・推進のためのガイドライン」
 * (2006): 積極的なリハビリテーションを実施しない場合. */
export const GUIDELINE: Thresholds = { systolic_high: 200, systolic_low: 70, diastolic_high: 120, pulse_high: 120, pulse_low: 40 };

/** Why exercise is held back today (empty: nothing speaks against it). Limits are inclusive. */
export function judge(r: Reading, t: Thresholds): Reason[] {
  const out: Reason[] = [];
  if (r.feeling === "unwell") out.push("unwell");
  if (r.feeling === "chest_pain") out.push("chest_pain");
  const given = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
  if (given(r.systolic) && r.systolic >= t.systolic_high) out.push("systolic_high");
  if (given(r.systolic) && r.systolic <= t.systolic_low) out.push("systolic_low");
  if (given(r.diastolic) && r.diastolic >= t.diastolic_high) out.push("diastolic_high");
  if (given(r.pulse) && r.pulse >= t.pulse_high) out.push("pulse_high");
  if (given(r.pulse) && r.pulse <= t.pulse_low) out.push("pulse_low");
  return out;
}

const KEY = "dekita.safety";

export function cachedSafety(): MySafety {
  try {
    const raw = localStorage.getItem(KEY);
    if (raw) return JSON.parse(raw) as MySafety;
  } catch {
    /* the guideline's limits until the municipality's are known */
  }
  return { thresholds: GUIDELINE, provider: null, community_centers: [] };
}

/** Fetches the municipality's limits and phone numbers, kept for offline; quiet when offline. */
export async function refreshSafety(api: Api): Promise<void> {
  try {
    localStorage.setItem(KEY, JSON.stringify(await api.get<MySafety>("/api/v1/me/safety")));
  } catch {
    /* the kept ones stay */
  }
}

/** The reasons of today's last reading (the newest that still counts), or none. */
export function heldBackToday(events: LocalEvent[], t: Thresholds, today = localDate()): Reason[] {
  const readings = liveEvents(events).filter((e) => e.kind === "measurement" && e.local_date === today);
  const last = readings[readings.length - 1];
  if (!last) return [];
  const n = (v: unknown) => (typeof v === "number" ? v : null);
  return judge({ systolic: n(last.data.systolic), diastolic: n(last.data.diastolic), pulse: n(last.data.pulse) }, t);
}

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;

/** The advice: rest, measure again, whom to call — and 119 for the listed emergencies. */
export function restAdvice(reasons: Reason[], safety: MySafety, headingLevel: "h1" | "h2" = "h2"): HTMLElement {
  const provider = safety.provider;
  const sub = headingLevel === "h1" ? "h2" : "h3";
  return h(
    "section",
    { class: "card rest-advice", "aria-labelledby": "rest-title", "data-safety": "rest" },
    h(headingLevel, { id: "rest-title" }, nb.restTitle),
    h("p", { class: "lead" }, nb.restLead),
    h("p", null, nb.restAgain),
    h("p", null, h("strong", null, `${nb.restWhy}：`), reasons.map((r) => nb.reasons[r]).join("、")),
    h(sub, null, nb.restCallTitle),
    provider && h("p", null, nb.restCallProvider(provider.name)),
    provider && h("a", { href: tel(provider.phone), class: "big-link call-link" }, nb.call(provider.name, provider.phone)),
    safety.community_centers.length > 0 && h("p", null, nb.restCallCenter),
    safety.community_centers.map((c) => h("a", { href: tel(c.phone), class: "big-link call-link" }, nb.call(c.name, c.phone))),
    h(sub, null, nb.emergencyTitle),
    h("ul", { class: "emergency-list" }, nb.emergencyList.map((e) => h("li", null, e))),
    h("a", { href: "tel:119", class: "big-link call-link emergency" }, nb.call119),
  );
}
