import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { amountWords } from "../src/day";

describe("a plan's amount, in words", () => {
  it("says reps, seconds and minutes as people say them", () => {
    assert.equal(amountWords("reps", 10, 2), "10回 × 2セット");
    assert.equal(amountWords("seconds", 30, 1), "30秒");
    assert.equal(amountWords("minutes", 15, 1), "15分");
    assert.equal(amountWords("seconds", 20, 3), "20秒 × 3セット");
  });
});
