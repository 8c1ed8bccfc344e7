import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CHECKLIST, toPayload } from "../src/checklist";

describe("the 基本チェックリスト form", () => {
  it("has the 25 items in order", () => {
    const numbers = CHECKLIST.flatMap((g) => g.items.map(([n]) => n));
    assert.deepEqual(numbers, Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("leaves item 12 to BMI when height and weight are given, accepting full-width digits", () => {
    const answers: Record<number, "yes" | "no"> = {};
    for (let i = 1; i <= 25; i++) answers[i] = i % 2 ? "yes" : "no";
    const payload = toPayload({ answers, height: "１５０．５", weight: "41", certification: "none", exclusions: ["dementia"] });
    assert.equal(payload.answers.length, 25);
    assert.equal(payload.answers[0], true);
    assert.equal(payload.answers[1], false);
    assert.equal(payload.answers[11], null);
    assert.equal(payload.height_cm, 150.5);
    assert.equal(payload.weight_kg, 41);
    assert.equal(payload.exclusions.dementia, true);
    assert.equal(payload.exclusions.terminal_cancer, false);
  });

  it("sends item 12 as answered when there is no height or weight, and unanswered items as null", () => {
    const payload = toPayload({ answers: { 12: "yes" }, height: "", weight: "", certification: "support_1", exclusions: [] });
    assert.equal(payload.answers[11], true);
    assert.equal(payload.answers[0], null);
    assert.equal(payload.height_cm, null);
    assert.equal(payload.certification, "support_1");
  });
});
