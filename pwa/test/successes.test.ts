import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Facts, findSuccesses, mergeSuccesses } from "../src/successes";

declare const __TEST_DIR__: string;

interface Case {
  name: string;
  facts: Facts;
  expect: string[];
}

describe("small successes", () => {
  it("pass every shared case exactly, as the server does", () => {
    const cases = JSON.parse(readFileSync(join(__TEST_DIR__, "..", "..", "tests", "fixtures", "successes.json"), "utf8")) as Case[];
    assert.ok(cases.length >= 8);
    for (const c of cases) assert.deepEqual(findSuccesses(c.facts).map((s) => s.key), c.expect, c.name);
  });

  it("never blame, and welcome a person back", () => {
    const days = ["2026-09-01", "2026-09-02", "2026-09-03", "2026-09-11", "2026-09-12"];
    const found = findSuccesses({ days_per_week: 3, records: days.map((date) => ({ kind: "exercise", date, exercise: "heel_raise", amount: 10 })) });
    for (const s of found) for (const word of ["サボ", "さぼ", "なぜ", "できませんでした", "失敗", "だめ", "ダメ"]) assert.ok(!s.text.includes(word), s.text);
    assert.ok(found.some((s) => s.kind === "welcome_back"));
    assert.ok(found.some((s) => s.text === "3日続けて体操ができました。続けていることが、何よりの力です。"));
  });

  it("merge the server's list without showing anything twice", () => {
    const a = { key: "first:exercise", kind: "first_exercise", date: "2026-09-01", text: "a" };
    const b = { key: "step:s1", kind: "goal_step", date: "2026-08-30", text: "b" };
    assert.deepEqual(mergeSuccesses([a], [{ ...a, text: "other" }, b]).map((s) => s.key), ["step:s1", "first:exercise"]);
  });
});
