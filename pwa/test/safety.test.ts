import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { GUIDELINE, heldBackToday, judge, Reading, Reason, Thresholds } from "../src/safety";
import { LocalEvent } from "../src/outbox";

declare const __TEST_DIR__: string;

interface Case {
  name: string;
  reading: Reading;
  thresholds?: Thresholds;
  reasons: Reason[];
}

describe("safety before exercise", () => {
  it("judges every shared case exactly as the server does", () => {
    const cases = JSON.parse(readFileSync(join(__TEST_DIR__, "..", "..", "tests", "fixtures", "safety.json"), "utf8")) as Case[];
    assert.ok(cases.length >= 15);
    for (const c of cases) assert.deepEqual(judge(c.reading, c.thresholds ?? GUIDELINE), c.reasons, c.name);
  });

  it("holds exercise back by today's last reading that still counts", () => {
    const ev = (id: string, date: string, data: Record<string, unknown>, kind: LocalEvent["kind"] = "measurement"): LocalEvent =>
      ({ client_id: id, kind, local_date: date, recorded_at: `${date}T00:00:0${id.length}Z`, data, state: "sent" }) as LocalEvent;
    const today = "2026-12-02";
    const high = ev("a", today, { systolic: 204, diastolic: 100 });
    assert.deepEqual(heldBackToday([high], GUIDELINE, today), ["systolic_high"]);
    // Measured again after a rest: the last one decides.
    assert.deepEqual(heldBackToday([high, ev("bb", today, { systolic: 150, diastolic: 90 })], GUIDELINE, today), []);
    // Taken back (a mistyped value): nothing holds exercise back.
    assert.deepEqual(heldBackToday([high, ev("ccc", today, { target: "a" }, "retraction")], GUIDELINE, today), []);
    // Yesterday's reading does not hold back today.
    assert.deepEqual(heldBackToday([ev("a", "2026-12-01", { systolic: 204 })], GUIDELINE, today), []);
  });
});
