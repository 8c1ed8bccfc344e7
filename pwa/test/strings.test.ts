import { describe, expect, it } from "vitest";
import { ja } from "../src/strings";

describe("the words on screen", () => {
  it("are all written (no empty strings), in Japanese", () => {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === "string") {
        expect(value.trim(), path).not.toBe("");
        expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(value), `${path} has Japanese`).toBe(true);
      } else if (typeof value === "function") {
        expect(String(value(3, "3")).trim(), path).not.toBe("");
      } else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(ja, "ja");
  });

  it("never blames: no words of reproach in participant messages", () => {
    const text = JSON.stringify(ja);
    for (const word of ["サボ", "怠", "ダメ", "失敗"]) expect(text).not.toContain(word);
  });
});
