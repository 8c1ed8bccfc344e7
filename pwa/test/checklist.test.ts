import { describe, expect, it } from "vitest";
import { CHECKLIST, toPayload } from "../src/checklist";

describe("the 基本チェックリスト form", () => {
  it("has the 25 items in order", () => {
    const numbers = CHECKLIST.flatMap((g) => g.items.map(([n]) => n));
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it("leaves item 12 to BMI when height and weight are given, accepting full-width digits", () => {
    const answers: Record<number, "yes" | "no"> = {};
    for (let i = 1; i <= 25; i++) answers[i] = i % 2 ? "yes" : "no";
    const payload = toPayload({ answers, height: "１５０．５", weight: "41", certification: "none", exclusions: ["dementia"] });
    expect(payload.answers).toHaveLength(25);
    expect(payload.answers[0]).toBe(true);
    expect(payload.answers[1]).toBe(false);
    expect(payload.answers[11]).toBeNull();
    expect(payload.height_cm).toBe(150.5);
    expect(payload.weight_kg).toBe(41);
    expect(payload.exclusions.dementia).toBe(true);
    expect(payload.exclusions.terminal_cancer).toBe(false);
  });

  it("sends item 12 as answered when there is no height or weight, and unanswered items as null", () => {
    const payload = toPayload({ answers: { 12: "yes" }, height: "", weight: "", certification: "support_1", exclusions: [] });
    expect(payload.answers[11]).toBe(true);
    expect(payload.answers[0]).toBeNull();
    expect(payload.height_cm).toBeNull();
    expect(payload.certification).toBe("support_1");
  });
});
