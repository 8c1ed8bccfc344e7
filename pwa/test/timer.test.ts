import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mmss, pastGentleMark, Stopwatch } from "../src/staff/timer";

describe("the interview timer", () => {
  it("counts from the moment the screen opens, and pauses and restarts", () => {
    let now = 1_000_000;
    const watch = new Stopwatch(() => now);
    now += 65_400;
    assert.equal(watch.seconds(), 65);
    watch.pause();
    now += 600_000;
    assert.equal(watch.seconds(), 65, "paused time does not count");
    assert.equal(watch.running, false);
    watch.toggle();
    now += 10_000;
    assert.equal(watch.seconds(), 75);
    watch.resume();
    assert.equal(watch.seconds(), 75, "resuming twice changes nothing");
  });

  it("shows mm:ss and keeps counting past an hour", () => {
    assert.equal(mmss(0), "00:00");
    assert.equal(mmss(75), "01:15");
    assert.equal(mmss(20 * 60), "20:00");
    assert.equal(mmss(61 * 60 + 5), "61:05");
  });

  it("marks 20 minutes gently, from 20:00 on", () => {
    assert.equal(pastGentleMark(1199), false);
    assert.equal(pastGentleMark(1200), true);
  });
});
