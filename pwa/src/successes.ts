// Small successes (小さな成功体験): the SAME rules as server/src/domain/successes.rs, so the phone
// can say them at once (offline too) and the server's list, with the same keys, merges without
// anything shown twice. Both are held to tests/fixtures/successes.json.
// Never a reproach: a gap is only ever met with a welcome back.

export type SuccessRecord =
  | { kind: "exercise"; date: string; exercise: string; amount?: number | null }
  | { kind: "activity"; date: string; activity: string; minutes?: number | null }
  | { kind: "measurement"; date: string };

export interface StepReached {
  id: string;
  text: string;
  date: string;
}

export interface Facts {
  days_per_week?: number | null;
  records: SuccessRecord[];
  steps_reached?: StepReached[];
}

export interface Success {
  key: string;
  kind: string;
  date: string;
  text: string;
}

export const STREAKS = [3, 7, 14];
export const GAP_DAYS = 3;

const DAY = 86400000;
const dayNum = (iso: string): number => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
const isoOf = (n: number): string => new Date(n * DAY).toISOString().slice(0, 10);
/** The Monday of the day's week, as a day number. */
const monday = (n: number): number => n - ((new Date(n * DAY).getUTCDay() + 6) % 7);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every success in the history, in date order (then key order), like the server. */
export function findSuccesses(facts: Facts): Success[] {
  const out: Success[] = [];
  const push = (key: string, kind: string, day: number, text: string) => out.push({ key, kind, date: isoOf(day), text });
  // A stable sort by date, as Rust's sort_by_key.
  const records = facts.records.map((r) => ({ r, d: dayNum(r.date) })).sort((a, b) => a.d - b.d);

  const exerciseDays = [...new Set(records.filter((x) => x.r.kind === "exercise").map((x) => x.d))].sort((a, b) => a - b);
  const recordDays = [...new Set(records.map((x) => x.d))].sort((a, b) => a - b);

  if (exerciseDays.length) push("first:exercise", "first_exercise", exerciseDays[0], "はじめての体操の記録です。今日の一歩から、いっしょに進めていきましょう。");
  const firstActivity = records.find((x) => x.r.kind === "activity");
  if (firstActivity) push("first:activity", "first_activity", firstActivity.d, "はじめての活動の記録です。毎日の暮らしの中の動きが、いちばんの力になります。");
  const firstKayoi = records.find((x) => x.r.kind === "activity" && x.r.activity === "kayoi");
  if (firstKayoi) push("first:kayoi", "first_kayoi", firstKayoi.d, "通いの場にはじめて行きましたね。新しいつながりができました。");

  let run = 0;
  let previous: number | null = null;
  for (const day of exerciseDays) {
    run = previous !== null && day === previous + 1 ? run + 1 : 1;
    if (STREAKS.includes(run)) push(`streak:${run}:${isoOf(day)}`, "streak", day, `${run}日続けて体操ができました。続けていることが、何よりの力です。`);
    previous = day;
  }

  previous = null;
  for (const day of recordDays) {
    if (previous !== null && day - previous > GAP_DAYS) push(`back:${isoOf(day)}`, "welcome_back", day, "おかえりなさい。また記録を始められたことが、何よりです。");
    previous = day;
  }

  const target = facts.days_per_week ?? 0;
  if (target > 0) {
    const byWeek = new Map<number, number[]>();
    for (const day of exerciseDays) {
      const w = monday(day);
      byWeek.set(w, [...(byWeek.get(w) ?? []), day]);
    }
    for (const [week, days] of [...byWeek].sort((a, b) => a[0] - b[0])) {
      const day = days[target - 1];
      if (day !== undefined) push(`week:${isoOf(week)}`, "week_plan", day, `今週の予定（週${target}日）をやりとげました。`);
    }
  }

  const perWeek = new Map<number, number[]>();
  for (const x of records) {
    if (x.r.kind !== "activity") continue;
    const w = monday(x.d);
    perWeek.set(w, [...(perWeek.get(w) ?? []), x.d]);
  }
  for (const [week, days] of [...perWeek].sort((a, b) => a[0] - b[0])) {
    const last = perWeek.get(week - 7)?.length ?? 0;
    if (last > 0 && days.length > last) push(`more:${isoOf(week)}`, "more_activity", days[last], `先週より活動が増えています（先週${last}回）。`);
  }

  // Personal bests: more than ever before in one day (walking minutes, an exercise's amount).
  const daily = new Map<string, { what: string; day: number; amount: number }>();
  for (const { r, d } of records) {
    let what: string | null = null;
    let n = 0;
    if (r.kind === "exercise" && r.amount != null) {
      what = `exercise:${r.exercise}`;
      n = r.amount;
    } else if (r.kind === "activity" && r.activity === "walk" && r.minutes != null) {
      what = "walk";
      n = r.minutes;
    }
    if (what === null) continue;
    const k = `${what}\u0000${d}`;
    const e = daily.get(k) ?? { what, day: d, amount: 0 };
    e.amount += n;
    daily.set(k, e);
  }
  const byDay = [...daily.values()].sort((a, b) => cmp(a.what, b.what) || a.day - b.day).sort((a, b) => a.day - b.day);
  const best = new Map<string, number>();
  for (const { what, day, amount } of byDay) {
    const prev = best.get(what);
    if (prev === undefined) best.set(what, amount);
    else if (amount > prev) {
      const text = what === "walk" ? `これまでで一番長く歩きました（${amount}分）。` : `自己ベストです（${amount}）。`;
      push(`best:${what}:${isoOf(day)}`, "personal_best", day, text);
      best.set(what, amount);
    }
  }

  for (const step of facts.steps_reached ?? []) push(`step:${step.id}`, "goal_step", dayNum(step.date), `目標への一歩「${step.text}」を達成しました。`);

  out.sort((a, b) => cmp(a.date, b.date) || cmp(a.key, b.key));
  return out;
}

/** Merges lists by key (the first one seen wins), in date then key order. */
export function mergeSuccesses(...lists: Success[][]): Success[] {
  const byKey = new Map<string, Success>();
  for (const list of lists) for (const s of list) if (!byKey.has(s.key)) byKey.set(s.key, s);
  return [...byKey.values()].sort((a, b) => cmp(a.date, b.date) || cmp(a.key, b.key));
}
