import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isCompleteCode, normalizeCode } from "../src/code";

describe("enrollment codes as people type them", () => {
  it("drops dashes and spaces and upper-cases", () => {
    assert.equal(normalizeCode(" abcd-2345 "), "ABCD2345");
  });
  it("folds full-width letters, digits and dashes", () => {
    assert.equal(normalizeCode("ＡＢＣＤ－２３４５"), "ABCD2345");
  });
  it("knows a complete code", () => {
    assert.equal(isCompleteCode("ABCD-234"), false);
    assert.equal(isCompleteCode("abcd 2345"), true);
  });
});
