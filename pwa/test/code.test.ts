import { describe, expect, it } from "vitest";
import { isCompleteCode, normalizeCode } from "../src/code";

describe("enrollment codes as people type them", () => {
  it("drops dashes and spaces and upper-cases", () => {
    expect(normalizeCode(" abcd-2345 ")).toBe("ABCD2345");
  });
  it("folds full-width letters, digits and dashes", () => {
    expect(normalizeCode("ＡＢＣＤ－２３４５")).toBe("ABCD2345");
  });
  it("knows a complete code", () => {
    expect(isCompleteCode("ABCD-234")).toBe(false);
    expect(isCompleteCode("abcd 2345")).toBe(true);
  });
});
