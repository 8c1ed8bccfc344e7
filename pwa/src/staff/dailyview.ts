// The pure parts of 毎日の記録 and 体操メニュー: the heat map's weeks and shades, and the
// plan form turned into what the server takes (checked first, with the server's own words).

import { tp } from "../strings/staff";
import type { DayCount, Exercise, PrescriptionItem } from "./types";

/** Shade of a day by the exercises ticked off: 0 none, 1 one or two, 2 three or four, 3 five or more. */
export function heatLevel(count: number): 0 | 1 | 2 | 3 {
  if (!(count > 0)) return 0;
  if (count <= 2) return 1;
  if (count <= 4) return 2;
  return 3;
}

/** What a screen reader hears for one day, e.g. 「3月2日（月）：体操 4つ・気になる印あり」. */
export function cellLabel(day: DayCount, dateText: string): string {
  const parts = [day.exercises > 0 ? tp.heatCount(day.exercises) : tp.heatNone];
  if (day.activities > 0) parts.push(tp.heatActivities(day.activities));
  if (day.flags > 0) parts.push(tp.heatFlag);
  return `${dateText}：${parts.join("・")}`;
}

const weekday = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

/** The days, oldest first, as weeks from Sunday to Saturday; days outside the list are null. */
export function weekGrid(days: DayCount[]): (DayCount | null)[][] {
  const weeks: (DayCount | null)[][] = [];
  let week: (DayCount | null)[] = [];
  for (const day of days) {
    const wd = weekday(day.date);
    if (week.length === 0) for (let i = 0; i < wd; i++) week.push(null);
    else if (wd === 0) {
      weeks.push(week);
      week = [];
    }
    week.push(day);
  }
  if (week.length) {
    while (week.length < 7) week.push(null);
    weeks.push(week);
  }
  return weeks;
}

/** Half-width digits from what was typed (full-width digits too); null when empty, NaN when not a whole number. */
export function wholeNumber(text: string): number | null {
  const s = text.trim().replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (s === "") return null;
  return /^\d+$/.test(s) ? Number(s) : NaN;
}

export const UNIT_MAX: Record<string, number> = { reps: 100, seconds: 600, minutes: 120 };

export interface PlanRow {
  exercise: string;
  amount: string;
  sets: string;
  days_per_week: string;
}

export interface PlanForm {
  rows: PlanRow[];
  starts_on: string;
  note: string;
}

export interface PlanPayload {
  starts_on?: string;
  items: PrescriptionItem[];
  note: string;
}

export type PlanCheck = { ok: true; payload: PlanPayload } | { ok: false; message: string };

/** Checks the editor's rows against the library, as the server would, before sending. */
export function planPayload(form: PlanForm, library: Exercise[]): PlanCheck {
  if (form.rows.length === 0 || form.rows.length > 12) return { ok: false, message: tp.planCount };
  const seen = new Set<string>();
  const items: PrescriptionItem[] = [];
  for (const row of form.rows) {
    const exercise = library.find((e) => e.key === row.exercise);
    if (!exercise) return { ok: false, message: tp.planUnknown };
    if (seen.has(row.exercise)) return { ok: false, message: tp.planDuplicate(exercise.title) };
    seen.add(row.exercise);
    const amount = wholeNumber(row.amount);
    const sets = wholeNumber(row.sets);
    const days = wholeNumber(row.days_per_week);
    const max = UNIT_MAX[exercise.unit] ?? 100;
    const fine = (n: number | null, hi: number): n is number => n !== null && Number.isInteger(n) && n >= 1 && n <= hi;
    if (!fine(amount, max) || !fine(sets, 5) || !fine(days, 7)) return { ok: false, message: tp.planNumbers(exercise.title, max, tp.units[exercise.unit] ?? "") };
    items.push({ exercise: exercise.key, amount, sets, days_per_week: days });
  }
  const note = form.note.trim();
  if ([...note].length > 500) return { ok: false, message: tp.maxChars(500) };
  const payload: PlanPayload = { items, note };
  if (form.starts_on) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.starts_on)) return { ok: false, message: tp.planStart };
    payload.starts_on = form.starts_on;
  }
  return { ok: true, payload };
}

/** The plan in force on `today`: the newest version that has started (versions come newest first). */
export function planInForce<T extends { starts_on: string }>(versions: T[], today: string): T | null {
  return versions.find((v) => v.starts_on <= today) ?? null;
}

/** Lines of a textarea, trimmed, without the empty ones. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
