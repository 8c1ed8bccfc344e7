import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compareChecklists, goalSources, markedOnly, namedOthers } from "../src/staff/compare";
import { chains, newGoalProblem, toUpdate, withStepReached } from "../src/staff/goalform";
import { domain, place } from "../src/staff/chart";
import type { Goal } from "../src/staff/types";

const m = (item: number, doing = false, want = false, interested = false) => ({ item, doing, want, interested });

describe("the 興味関心チェックシート before and after", () => {
  it("shows only marked items, in order, and picks out してみたい → している", () => {
    const before = { filled_on: null, items: [m(46, false, true, true), m(9, true), m(10, false, true)], others: [{ label: "孫と公園", doing: false, want: true, interested: false }] };
    const after = { filled_on: null, items: [m(46, true, false, true), m(9, true), m(37, true)], others: [{ label: "孫と公園 ", doing: true, want: false, interested: false }] };
    const rows = compareChecklists(before, after);
    assert.deepEqual(
      rows.map((r) => [r.item, r.change]),
      [
        [9, "same"],
        [10, "changed"],
        [37, "changed"],
        [46, "now_doing"],
        [null, "now_doing"],
      ],
    );
    assert.equal(rows[3].label, "旅行・温泉");
    assert.equal(rows[4].label, "孫と公園");
  });

  it("offers what the person wants or is interested in as goal sources", () => {
    const sheet = { filled_on: null, items: [m(46, false, false, true), m(9, true), m(10, false, true)], others: [{ label: "俳句の会", doing: false, want: true, interested: false }, { label: " ", doing: false, want: true, interested: false }] };
    assert.deepEqual(
      goalSources(sheet).map((s) => [s.value, s.label]),
      [
        ["item:10", "買い物"],
        ["item:46", "旅行・温泉"],
        ["other:俳句の会", "俳句の会"],
      ],
    );
  });

  it("sends only marked items and named その他 rows", () => {
    assert.deepEqual(markedOnly([m(3), m(2, true), m(1, false, false, true)]).map((x) => x.item), [1, 2]);
    assert.deepEqual(namedOthers([{ label: "  ", doing: true, want: false, interested: false }, { label: " 囲碁 ", doing: false, want: true, interested: false }]).map((o) => o.label), ["囲碁"]);
  });
});

function goal(id: string, previous: string | null, status: "active" | "raised" = "active"): Goal {
  return {
    id,
    participant_id: "p1",
    version: 1,
    status,
    text: `目標${id}`,
    source_item: null,
    source_other: null,
    performance_start: 3,
    satisfaction_start: 4,
    performance_end: null,
    satisfaction_end: null,
    gas: null,
    previous_goal_id: previous,
    steps: [
      { id: `${id}-b`, position: 2, text: "バスに乗る", target_session: 8, reached_session: null, reached_on: null },
      { id: `${id}-a`, position: 1, text: "15分歩く", target_session: 4, reached_session: null, reached_on: null },
    ],
    created_at: "",
  };
}

describe("goals", () => {
  it("keep their steps in order and everything else when a step is reached", () => {
    const g = goal("1", null);
    assert.deepEqual(toUpdate(g).steps.map((s) => s.text), ["15分歩く", "バスに乗る"]);
    const u = withStepReached(g, "1-b", 6);
    assert.deepEqual(u.steps.map((s) => s.reached_session), [null, 6]);
    assert.equal(u.performance_start, 3);
    assert.equal(u.steps[0].id, "1-a");
  });

  it("follow 「次は・もっと」 as one chain, the raised goal first", () => {
    const list = [goal("1", null, "raised"), goal("2", null), goal("3", "1", "raised"), goal("4", "3")];
    assert.deepEqual(chains(list).map((c) => c.map((g) => g.id)), [["1", "3", "4"], ["2"]]);
  });

  it("need the person's words and at least one small step", () => {
    const base = { source_item: null, source_other: null, performance_start: null, satisfaction_start: null };
    assert.equal(newGoalProblem({ ...base, text: " ", steps: [{ text: "a", target_session: 2 }] }), "目標をご本人の言葉で入力してください。");
    assert.equal(newGoalProblem({ ...base, text: "温泉", steps: [] }), "小さな一歩を1つ以上入れてください。");
    assert.equal(newGoalProblem({ ...base, text: "温泉", steps: [{ text: "", target_session: 2 }] }), "小さな一歩の内容を入力してください。");
    assert.equal(newGoalProblem({ ...base, text: "温泉", steps: [{ text: "歩く", target_session: 2 }] }), null);
  });
});

describe("the small charts", () => {
  it("place sessions 1..12 across and higher values higher", () => {
    const layout = { width: 122, height: 110, pad: { left: 0, right: 0, top: 0, bottom: 0 } };
    const pts = place(
      [
        { session: 1, value: 10 },
        { session: 12, value: 20 },
      ],
      layout,
    );
    assert.equal(pts[0].x, 0);
    assert.equal(pts[1].x, 122);
    assert.ok(pts[1].y < pts[0].y);
  });

  it("never divide by an empty range", () => {
    const [lo, hi] = domain([5, 5]);
    assert.ok(hi > lo);
    assert.deepEqual(domain([]), [0, 1]);
  });
});
