// Performance tests (体力測定): the fields, their units and plausible ranges, checked here with
// the same messages as the server, so a typing slip is caught before sending.

import { tp } from "../strings/staff";
import type { PerformanceTest } from "./types";

export type MeasureKey = "chair_stand_30s" | "tug_s" | "one_leg_left_s" | "one_leg_right_s" | "five_sts_s" | "gait_distance_m" | "gait_time_s";

export interface MeasureField {
  key: MeasureKey;
  min: number;
  max: number;
  integer: boolean;
}

export const MEASURE_FIELDS: readonly MeasureField[] = [
  { key: "chair_stand_30s", min: 0, max: 50, integer: true },
  { key: "tug_s", min: 3, max: 120, integer: false },
  { key: "one_leg_left_s", min: 0, max: 120, integer: false },
  { key: "one_leg_right_s", min: 0, max: 120, integer: false },
  { key: "five_sts_s", min: 3, max: 120, integer: false },
  { key: "gait_distance_m", min: 2, max: 20, integer: false },
  { key: "gait_time_s", min: 0, max: Infinity, integer: false },
];

export type PerformanceInput = Partial<Record<MeasureKey, number>>;

export type Checked = { ok: true; input: PerformanceInput; speed: number | null } | { ok: false; field: MeasureKey | null; message: string };

/** "１２．５" → 12.5; "" → null; anything else not a number → NaN. */
export function parseMeasure(text: string): number | null {
  const normalized = text
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, ".");
  if (normalized === "") return null;
  return /^\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : NaN;
}

/** The form's text as the API's input, or the first problem. */
export function checkMeasures(form: Partial<Record<MeasureKey, string>>): Checked {
  const input: PerformanceInput = {};
  for (const f of MEASURE_FIELDS) {
    const value = parseMeasure(form[f.key] ?? "");
    if (value === null) continue;
    const name = tp.measure[f.key].name;
    if (Number.isNaN(value)) return { ok: false, field: f.key, message: tp.measureNotNumber(name) };
    if (f.integer && !Number.isInteger(value)) return { ok: false, field: f.key, message: tp.measureWhole(name) };
    if (f.key === "gait_time_s") {
      if (value <= 0) return { ok: false, field: f.key, message: tp.gaitTimeMissing };
    } else if (value < f.min || value > f.max) {
      return { ok: false, field: f.key, message: tp.measureRange(name, f.min, f.max, tp.measure[f.key].unit) };
    }
    input[f.key] = value;
  }
  if (Object.keys(input).length === 0) return { ok: false, field: null, message: tp.measureNothing };
  const d = input.gait_distance_m;
  const time = input.gait_time_s;
  if ((d === undefined) !== (time === undefined)) {
    return { ok: false, field: d === undefined ? "gait_distance_m" : "gait_time_s", message: tp.gaitBoth };
  }
  let speed: number | null = null;
  if (d !== undefined && time !== undefined) {
    const raw = d / time;
    if (raw < 0.1 || raw > 2.5) return { ok: false, field: "gait_time_s", message: tp.gaitSpeedRange(raw.toFixed(2)) };
    speed = Math.round(raw * 100) / 100;
  }
  return { ok: true, input, speed };
}

/** What each test is charted and compared by (gait by its speed). */
export type ChartKey = "chair_stand_30s" | "tug_s" | "one_leg_left_s" | "one_leg_right_s" | "five_sts_s" | "gait_speed_mps";

export const CHART_KEYS: readonly ChartKey[] = ["chair_stand_30s", "tug_s", "one_leg_left_s", "one_leg_right_s", "five_sts_s", "gait_speed_mps"];

/** For TUG and the five-times sit-to-stand, fewer seconds is better. */
export const LOWER_IS_BETTER: ReadonlySet<ChartKey> = new Set(["tug_s", "five_sts_s"]);

export function series(tests: PerformanceTest[], key: ChartKey): { session: number; value: number }[] {
  return [...tests]
    .sort((a, b) => a.session_number - b.session_number)
    .filter((t) => typeof t[key] === "number")
    .map((t) => ({ session: t.session_number, value: t[key] as number }));
}

export type Direction = "better" | "worse" | "same";

/** First vs latest of one test, with the direction that counts as better for it. */
export function beforeAfter(tests: PerformanceTest[], key: ChartKey): { first: number; latest: number; firstSession: number; latestSession: number; direction: Direction } | null {
  const s = series(tests, key);
  if (s.length < 2) return null;
  const first = s[0];
  const latest = s[s.length - 1];
  const diff = latest.value - first.value;
  const direction: Direction = Math.abs(diff) < 1e-9 ? "same" : diff > 0 !== LOWER_IS_BETTER.has(key) ? "better" : "worse";
  return { first: first.value, latest: latest.value, firstSession: first.session, latestSession: latest.session, direction };
}
