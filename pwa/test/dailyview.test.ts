import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cellLabel, heatLevel, lines, planInForce, planPayload, weekGrid, wholeNumber } from "../src/staff/dailyview";
import type { DayCount, Exercise } from "../src/staff/types";

const day = (date: string, exercises = 0, flags = 0, activities = 0): DayCount => ({ date, exercises, activities, flags });

/** n consecutive days from `start`. */
function days(start: string, n: number): DayCount[] {
  const [y, m, d] = start.split("-").map(Number);
  return Array.from({ length: n }, (_, i) => day(new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10), i % 6));
}

describe("heat map cells", () => {
  it("shade by the number of exercises: none, 1–2, 3–4, 5 or more", () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 12].map(heatLevel), [0, 1, 1, 2, 2, 3, 3]);
    assert.equal(heatLevel(-1), 0);
    assert.equal(heatLevel(Number.NaN), 0);
  });

  it("say the date and the count in words, with flags and activities", () => {
    assert.equal(cellLabel(day("2026-03-02"), "3月2日（月）"), "3月2日（月）：体操の記録なし");
    assert.equal(cellLabel(day("2026-03-02", 4, 1, 2), "3月2日（月）"), "3月2日（月）：体操 4つ・活動 2つ・痛い・きついの印あり");
  });
});

describe("the week grid", () => {
  it("starts each week on Sunday and pads the first and last weeks", () => {
    // 2026-03-04 is a Wednesday; 12 days end on Sunday 2026-03-15.
    const grid = weekGrid(days("2026-03-04", 12));
    assert.equal(grid.length, 3);
    assert.ok(grid.every((w) => w.length === 7));
    assert.deepEqual(grid[0].slice(0, 3), [null, null, null]);
    assert.equal(grid[0][3]?.date, "2026-03-04");
    assert.equal(grid[1][0]?.date, "2026-03-08");
    assert.equal(grid[2][0]?.date, "2026-03-15");
    assert.deepEqual(grid[2].slice(1), [null, null, null, null, null, null]);
  });

  it("makes 12 full weeks from 84 days that start on a Sunday", () => {
    const grid = weekGrid(days("2026-01-04", 84));
    assert.equal(grid.length, 12);
    assert.ok(grid.every((w) => w.every((d) => d !== null)));
    assert.equal(grid[11][6]?.date, "2026-03-28");
  });

  it("is empty for no days", () => {
    assert.deepEqual(weekGrid([]), []);
  });
});

const library: Exercise[] = [
  { key: "chair-stand", title: "いすからの立ち上がり", area: "strength", level: 1, unit: "reps", steps: ["a"], safety: [], picture_url: null, local: false },
  { key: "one-leg", title: "片足立ち", area: "balance", level: 2, unit: "seconds", steps: ["a"], safety: [], picture_url: null, local: false },
];
const row = (exercise: string, amount: string, sets = "2", days_per_week = "5") => ({ exercise, amount, sets, days_per_week });
const problem = (rows: ReturnType<typeof row>[], starts_on = "", note = "") => {
  const r = planPayload({ rows, starts_on, note }, library);
  assert.equal(r.ok, false);
  return r.ok ? "" : r.message;
};

describe("the plan form, checked before sending", () => {
  it("turns the rows into the payload, full-width digits too", () => {
    const r = planPayload({ rows: [row("chair-stand", "１０"), row("one-leg", "30", "1", "7")], starts_on: "2026-04-01", note: "  朝に  " }, library);
    assert.deepEqual(r, {
      ok: true,
      payload: {
        starts_on: "2026-04-01",
        note: "朝に",
        items: [
          { exercise: "chair-stand", amount: 10, sets: 2, days_per_week: 5 },
          { exercise: "one-leg", amount: 30, sets: 1, days_per_week: 7 },
        ],
      },
    });
  });

  it("leaves the start date to the server when empty", () => {
    const r = planPayload({ rows: [row("chair-stand", "10")], starts_on: "", note: "" }, library);
    assert.ok(r.ok && !("starts_on" in r.payload));
  });

  it("asks for 1 to 12 exercises, known and not twice", () => {
    assert.equal(problem([]), "体操を1〜12種類選んでください。");
    assert.equal(problem(Array.from({ length: 13 }, () => row("chair-stand", "10"))), "体操を1〜12種類選んでください。");
    assert.equal(problem([row("nope", "10")]), "選ばれた体操が見つかりません。");
    assert.equal(problem([row("one-leg", "10"), row("one-leg", "20")]), "「片足立ち」が重複しています。");
  });

  it("keeps amounts within the exercise's unit, sets 1–5 and days 1–7", () => {
    const reps = "「いすからの立ち上がり」の回数（1〜100回）・セット数（1〜5）・週の日数（1〜7）をご確認ください。";
    assert.equal(problem([row("chair-stand", "101")]), reps);
    assert.equal(problem([row("chair-stand", "0")]), reps);
    assert.equal(problem([row("chair-stand", "")]), reps);
    assert.equal(problem([row("chair-stand", "1.5")]), reps);
    assert.equal(problem([row("chair-stand", "10", "6")]), reps);
    assert.equal(problem([row("chair-stand", "10", "2", "8")]), reps);
    assert.equal(planPayload({ rows: [row("one-leg", "600")], starts_on: "", note: "" }, library).ok, true);
    assert.match(problem([row("one-leg", "601")]), /1〜600秒/);
  });

  it("checks the note's length and the date's shape", () => {
    assert.equal(problem([row("chair-stand", "10")], "", "あ".repeat(501)), "500文字まで");
    assert.equal(problem([row("chair-stand", "10")], "4/1"), "開始日をご確認ください。");
  });
});

describe("small helpers", () => {
  it("reads whole numbers", () => {
    assert.equal(wholeNumber(" 12 "), 12);
    assert.equal(wholeNumber(""), null);
    assert.ok(Number.isNaN(wholeNumber("12回")));
  });

  it("finds the plan in force: the newest version that has started", () => {
    const versions = [{ starts_on: "2026-05-01" }, { starts_on: "2026-04-01" }, { starts_on: "2026-03-01" }];
    assert.equal(planInForce(versions, "2026-04-15"), versions[1]);
    assert.equal(planInForce(versions, "2026-05-01"), versions[0]);
    assert.equal(planInForce(versions, "2026-02-01"), null);
  });

  it("splits lines and drops the empty ones", () => {
    assert.deepEqual(lines(" いすに座る\n\r\n 立つ \n"), ["いすに座る", "立つ"]);
  });
});
