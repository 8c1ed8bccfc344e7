import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { activitiesOn, applyResults, batches, EventResult, flush, LocalEvent, liveEvents, localDate, memoryStore, NetworkFailure, newEvent, PhotoRefused, Sender } from "../src/outbox";

function sender(handler: (events: { client_id: string; data: Record<string, unknown> }[]) => EventResult[] | "offline", photo: () => { id: string } | "offline" | "refused" = () => ({ id: "m1" })) {
  const sent: string[][] = [];
  const s: Sender = {
    async send(events) {
      const r = handler(events);
      if (r === "offline") throw new NetworkFailure();
      sent.push(events.map((e) => e.client_id));
      return r;
    },
    async uploadPhoto() {
      const r = photo();
      if (r === "offline") throw new NetworkFailure();
      if (r === "refused") throw new PhotoRefused();
      return r;
    },
  };
  return { s, sent };
}

const stored = (events: { client_id: string }[]): EventResult[] => events.map((e) => ({ client_id: e.client_id, status: "stored" }));

describe("the outbox", () => {
  it("cuts batches of at most 200", () => {
    const sizes = batches(Array.from({ length: 450 }, (_, i) => i)).map((b) => b.length);
    assert.deepEqual(sizes, [200, 200, 50]);
    assert.deepEqual(batches([]), []);
  });

  it("stamps a record with RFC 3339 in UTC, and sorts it after one queued without a zone", () => {
    const e = newEvent("activity", { activity: "walk" }, new Date(Date.UTC(2026, 8, 1, 0, 30, 5, 20)));
    assert.equal(e.recorded_at, "2026-09-01T00:30:05.020Z");
    const old: LocalEvent = { ...e, client_id: "old", recorded_at: "2026-09-01T00:30:05" };
    assert.ok(old.recorded_at < e.recorded_at);
  });

  it("treats stored and duplicate as sent, and keeps a rejected record marked", () => {
    const e = (id: string): LocalEvent => ({ client_id: id, kind: "activity", local_date: "2026-09-01", recorded_at: "2026-09-01T00:00:00", data: {}, state: "pending" });
    const out = applyResults([e("a"), e("b"), e("c"), e("d")], [
      { client_id: "a", status: "stored" },
      { client_id: "b", status: "duplicate" },
      { client_id: "c", status: "rejected", message: "時間（分）の値をご確認ください（0〜600）。" },
    ]);
    assert.deepEqual(out.map((x) => [x.client_id, x.state]), [["a", "sent"], ["b", "sent"], ["c", "rejected"]]);
    assert.equal(out[2].message, "時間（分）の値をご確認ください（0〜600）。");
  });

  it("keeps everything while offline and sends it all once, in order, when the signal is back", async () => {
    const store = memoryStore();
    const a = newEvent("exercise_done", { exercise: "heel_raise" }, new Date(2026, 8, 1, 9, 0, 0));
    const b = newEvent("activity", { activity: "walk", minutes: 20 }, new Date(2026, 8, 1, 10, 0, 0));
    await store.put([b, a]);
    let online = false;
    const { s, sent } = sender((events) => (online ? stored(events) : "offline"));
    let report = await flush(store, s);
    assert.deepEqual([report.offline, report.pending, report.sent], [true, 2, 0]);
    online = true;
    report = await flush(store, s);
    assert.deepEqual([report.offline, report.pending, report.sent], [false, 0, 2]);
    assert.deepEqual(sent, [[a.client_id, b.client_id]]);
    // Nothing is sent twice; the local record stays.
    await flush(store, s);
    assert.equal(sent.length, 1);
    assert.equal((await store.all()).length, 2);
  });

  it("uploads a kept photo before the record that names it", async () => {
    const store = memoryStore();
    const e = { ...newEvent("activity", { activity: "cooking" }), photo_key: "p1" };
    await store.put([e]);
    await store.putPhoto("p1", new Blob(["x"], { type: "image/jpeg" }));
    let photoOnline = false;
    const seen: Record<string, unknown>[] = [];
    const { s } = sender(
      (events) => {
        seen.push(...events.map((x) => x.data));
        return stored(events);
      },
      () => (photoOnline ? { id: "m9" } : "offline"),
    );
    assert.equal((await flush(store, s)).pending, 1);
    assert.equal(seen.length, 0);
    photoOnline = true;
    assert.equal((await flush(store, s)).pending, 0);
    assert.deepEqual(seen, [{ activity: "cooking", photo_id: "m9" }]);
    assert.equal(store.photos.size, 0);
  });

  it("sends the record without a photo the server refused", async () => {
    const store = memoryStore();
    await store.put([{ ...newEvent("activity", { activity: "other" }), photo_key: "p2" }]);
    await store.putPhoto("p2", new Blob(["x"]));
    const { s } = sender(stored, () => "refused");
    assert.equal((await flush(store, s)).sent, 1);
  });

  it("runs one flush at a time", async () => {
    const store = memoryStore();
    await store.put([newEvent("measurement", { weight_kg: 50 })]);
    const { s, sent } = sender(stored);
    const [r1, r2] = await Promise.all([flush(store, s), flush(store, s)]);
    assert.equal(r1, r2);
    assert.equal(sent.length, 1);
  });

  it("leaves out retracted and refused records", () => {
    const a = newEvent("exercise_done", { exercise: "heel_raise" });
    const b = newEvent("exercise_done", { exercise: "sit_to_stand" });
    const r = newEvent("retraction", { target: a.client_id });
    const c = { ...newEvent("activity", { activity: "walk" }), state: "rejected" as const };
    assert.deepEqual(liveEvents([a, b, r, c]).map((e) => e.client_id), [b.client_id]);
  });

  it("lists the day's activities that still count", () => {
    const day = new Date(2026, 10, 23, 10, 0);
    const walk = newEvent("activity", { activity: "walk" }, day);
    const mistake = newEvent("activity", { activity: "cooking" }, day);
    const undo = newEvent("retraction", { target: mistake.client_id }, day);
    const yesterday = newEvent("activity", { activity: "kayoi" }, new Date(2026, 10, 22, 10, 0));
    const exercise = newEvent("exercise_done", { exercise: "heel_raise" }, day);
    const events = [walk, mistake, undo, yesterday, exercise];
    assert.deepEqual(activitiesOn(events, "2026-11-23").map((e) => e.data.activity), ["walk"]);
    assert.deepEqual(activitiesOn(events, "2026-11-22").map((e) => e.data.activity), ["kayoi"]);
  });

  it("writes the phone's own date", () => {
    assert.equal(localDate(new Date(2026, 0, 5, 23, 30)), "2026-01-05");
  });
});
