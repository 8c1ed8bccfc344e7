import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { labels } from "../src/strings/labels";
import { ja } from "../src/strings/participant";
import { activityLabels } from "../src/strings/shared";
import { t as staffJa, tp as programJa } from "../src/strings/staff";
import { record } from "../src/strings/staff/record";
import { assessment } from "../src/strings/staff/assessment";
import { interest } from "../src/strings/staff/interest";
import { goals } from "../src/strings/staff/goals";
import { sessions } from "../src/strings/staff/sessions";
import { interview } from "../src/strings/staff/interview";
import { tests } from "../src/strings/staff/tests";
import { overview } from "../src/strings/staff/overview";
import { daily } from "../src/strings/staff/daily";
import { plan } from "../src/strings/staff/plan";
import { account } from "../src/strings/staff/account";

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
    walk(staffJa, "");
    walk(programJa, "");
  });

  it("never blames: no words of reproach in participant messages", () => {
    const text = JSON.stringify(ja) + JSON.stringify(staffJa) + JSON.stringify(programJa);
    for (const word of ["サボ", "怠", "ダメ", "失敗"]) assert.ok(!text.includes(word), word);
  });

  it("label maps are typed by their keys: a missing label or a drifted key fails the type check", () => {
    // @ts-expect-error a key of the union without its label
    labels<"walk" | "kayoi">({ walk: "散歩" });
    // @ts-expect-error a label whose key is not in the union
    labels<"walk">({ walk: "散歩", wlak: "散歩" });
    assert.equal(labels<"walk">({ walk: "散歩" }).walk, "散歩");
  });

  it("name an activity with one word in both modes", () => {
    assert.equal(ja.activities, activityLabels);
    assert.equal(programJa.activities, activityLabels);
    assert.equal(activityLabels.housework, "掃除・洗濯");
  });

  it("split by feature, still give each staff word one key (a later file would hide an earlier one)", () => {
    const seen = new Map<string, string>();
    const files = { record, assessment, interest, goals, sessions, interview, tests, overview, daily, plan, account };
    for (const [file, words] of Object.entries(files)) {
      for (const key of Object.keys(words)) {
        assert.equal(seen.get(key), undefined, `${key} is in ${seen.get(key)} and ${file}`);
        seen.set(key, file);
      }
    }
  });
});
