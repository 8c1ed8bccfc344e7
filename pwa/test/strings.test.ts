import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ja, programJa } from "../src/strings";

describe("the words on screen", () => {
  it("are all written (no empty strings), in Japanese", () => {
    const walk = (value: unknown, path: string): void => {
      if (typeof value === "string") {
        assert.notEqual(value.trim(), "", path);
        assert.ok(/[\u3040-\u30ff\u4e00-\u9fff]/.test(value), `${path} has Japanese`);
      } else if (typeof value === "function") {
        assert.notEqual(String(value(3, "3")).trim(), "", path);
      } else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      }
    };
    walk(ja, "ja");
  });

  it("are written for the staff screens too (units and test names may be in Latin letters)", () => {
    const latin = new Set(["measure.gait_distance_m.unit", "measure.tug_s.name", "measure.gait_distance_m.label"]);
    const walk = (value: unknown, path: string): void => {
      if (typeof value === "string") {
        assert.notEqual(value.trim(), "", path);
        if (!latin.has(path)) assert.ok(/[\u3040-\u30ff\u4e00-\u9fff]/.test(value), `${path} has Japanese`);
      } else if (typeof value === "function") {
        assert.notEqual(String(value(3, "3", 3, "3")).trim(), "", path);
      } else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
      }
    };
    walk(programJa, "");
  });

  it("never blames: no words of reproach in participant messages", () => {
    const text = JSON.stringify(ja) + JSON.stringify(programJa);
    for (const word of ["サボ", "怠", "ダメ", "失敗"]) assert.ok(!text.includes(word), word);
  });
});
