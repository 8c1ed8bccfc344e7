import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { beforeAfter, checkMeasures, parseMeasure, series } from "../src/staff/measures";
import type { PerformanceTest } from "../src/staff/types";

const fail = (form: Record<string, string>) => {
  const r = checkMeasures(form);
  assert.equal(r.ok, false);
  return r.ok ? "" : r.message;
};

describe("performance tests, checked before sending", () => {
  it("reads full-width digits", () => {
    assert.equal(parseMeasure("１２．５"), 12.5);
    assert.equal(parseMeasure(" "), null);
    assert.ok(Number.isNaN(parseMeasure("12秒")));
  });

  it("asks for at least one value", () => {
    assert.equal(fail({}), "測定した項目を1つ以上入力してください。");
  });

  it("uses the server's words for each range, edges included", () => {
    assert.equal(checkMeasures({ chair_stand_30s: "0" }).ok, true);
    assert.equal(checkMeasures({ chair_stand_30s: "50" }).ok, true);
    assert.equal(fail({ chair_stand_30s: "51" }), "30秒いす立ち上がりは0〜50回の範囲で入力してください。");
    assert.equal(fail({ chair_stand_30s: "12.5" }), "30秒いす立ち上がりは回数（整数）で入力してください。");
    assert.equal(fail({ tug_s: "2.9" }), "TUG（Timed Up and Go）は3〜120秒の範囲で入力してください。");
    assert.equal(checkMeasures({ tug_s: "120" }).ok, true);
    assert.equal(fail({ one_leg_left_s: "121" }), "開眼片脚立ち（左）は0〜120秒の範囲で入力してください。");
    assert.equal(fail({ one_leg_right_s: "abc" }), "開眼片脚立ち（右）は数字で入力してください。");
    assert.equal(fail({ five_sts_s: "2" }), "5回いす立ち上がりは3〜120秒の範囲で入力してください。");
    assert.equal(fail({ gait_distance_m: "25", gait_time_s: "20" }), "歩行の距離は2〜20mの範囲で入力してください。");
  });

  it("needs both gait distance and time, and a plausible speed", () => {
    assert.equal(fail({ gait_distance_m: "5" }), "歩行速度には距離と時間の両方を入力してください。");
    assert.equal(fail({ gait_distance_m: "5", gait_time_s: "0" }), "歩行の時間を入力してください。");
    assert.equal(fail({ gait_distance_m: "5", gait_time_s: "1" }), "歩行速度が5.00 m/秒になります。0.1〜2.5 m/秒の範囲か、距離と時間をご確認ください。");
    const ok = checkMeasures({ gait_distance_m: "5", gait_time_s: "6" });
    assert.ok(ok.ok);
    assert.equal(ok.ok && ok.speed, 0.83);
    assert.deepEqual(ok.ok && ok.input, { gait_distance_m: 5, gait_time_s: 6 });
  });

  it("compares first and latest in the direction that counts as better", () => {
    const t = (n: number, cs: number | null, tug: number | null): PerformanceTest => ({
      session_number: n,
      chair_stand_30s: cs,
      tug_s: tug,
      one_leg_left_s: null,
      one_leg_right_s: null,
      five_sts_s: null,
      gait_distance_m: null,
      gait_time_s: null,
      gait_speed_mps: null,
      recorded_at: "",
      recorded_by_name: "",
    });
    const tests = [t(12, 14, 9.5), t(1, 9, 13.2), t(6, null, 11)];
    assert.deepEqual(series(tests, "chair_stand_30s"), [
      { session: 1, value: 9 },
      { session: 12, value: 14 },
    ]);
    assert.equal(beforeAfter(tests, "chair_stand_30s")?.direction, "better");
    assert.equal(beforeAfter(tests, "tug_s")?.direction, "better", "fewer seconds is better");
    assert.equal(beforeAfter([t(1, 10, 10), t(6, 8, 12)], "tug_s")?.direction, "worse");
    assert.equal(beforeAfter([t(1, 10, 10)], "tug_s"), null);
  });
});
