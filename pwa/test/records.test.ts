// The records the phone sends, held to the same shape as the server's typed records
// (server/src/domain/events.rs): both read tests/fixtures/records.json, one valid record of each
// kind. The server parses each into its enum; here each is checked against the outbox's record
// type and sent through the outbox unchanged.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { EventKind, EventResult, flush, LocalEvent, liveEvents, memoryStore, Sender } from "../src/outbox";
import { ja } from "../src/strings/participant";

declare const __TEST_DIR__: string;

type Flag = "pain" | "hard";

/** Each kind's data as the server reads it (absent and null are the same for optional fields). */
interface RecordData {
  exercise_done: { exercise: string; amount?: number | null };
  exercise_flag: { exercise: string; flag: Flag };
  activity: { activity: string; minutes?: number | null; note?: string; photo_id?: string | null };
  measurement: { systolic?: number | null; diastolic?: number | null; pulse?: number | null; weight_kg?: number | null };
  retraction: { target: string };
}

// The outbox's kinds are exactly the kinds described here: a kind added on one side only does
// not compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKinds: Same<keyof RecordData, EventKind> = true;

/** What one item of POST /api/v1/me/events carries: the outbox's record minus its own state. */
type WireItem = Pick<LocalEvent, "client_id" | "kind" | "local_date" | "recorded_at" | "data">;

interface Fixture {
  records: WireItem[];
  activities: string[];
  flags: Flag[];
}

const fixture = JSON.parse(readFileSync(join(__TEST_DIR__, "..", "..", "tests", "fixtures", "records.json"), "utf8")) as Fixture;

const optionalNumber = (v: unknown) => v === undefined || v === null || (typeof v === "number" && Number.isFinite(v));
const optionalString = (v: unknown) => v === undefined || v === null || typeof v === "string";

/** A check of each kind's fields: types, and no field the server does not know. */
const shapes: { [K in EventKind]: Record<keyof RecordData[K], (v: unknown) => boolean> } = {
  exercise_done: { exercise: (v) => typeof v === "string", amount: optionalNumber },
  exercise_flag: { exercise: (v) => typeof v === "string", flag: (v) => fixture.flags.includes(v as Flag) },
  activity: { activity: (v) => fixture.activities.includes(v as string), minutes: optionalNumber, note: optionalString, photo_id: optionalString },
  measurement: { systolic: optionalNumber, diastolic: optionalNumber, pulse: optionalNumber, weight_kg: optionalNumber },
  retraction: { target: (v) => typeof v === "string" && /^[0-9a-f-]{36}$/i.test(v) },
};

const required: { [K in EventKind]: (keyof RecordData[K])[] } = {
  exercise_done: ["exercise"],
  exercise_flag: ["exercise", "flag"],
  activity: ["activity"],
  measurement: [],
  retraction: ["target"],
};

describe("the records a phone sends", () => {
  it("are one of each kind the outbox knows, in the server's order", () => {
    assert.ok(sameKinds);
    assert.deepEqual(
      fixture.records.map((r) => r.kind),
      Object.keys(shapes),
    );
  });

  it("have the fields the server reads, of the right types", () => {
    for (const r of fixture.records) {
      const shape = shapes[r.kind] as Record<string, (v: unknown) => boolean>;
      assert.deepEqual(Object.keys(r).sort(), ["client_id", "data", "kind", "local_date", "recorded_at"], r.kind);
      assert.match(r.client_id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      assert.match(r.local_date, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(new Date(r.recorded_at).toISOString(), r.recorded_at, "RFC 3339 in UTC");
      for (const [field, value] of Object.entries(r.data)) {
        assert.ok(field in shape, `${r.kind}.${field} is not a field the server reads`);
        assert.ok(shape[field](value), `${r.kind}.${field} = ${JSON.stringify(value)}`);
      }
      for (const field of required[r.kind] as string[]) assert.ok(field in r.data, `${r.kind} needs ${field}`);
    }
    // A measurement gives at least one value.
    const m = fixture.records.find((r) => r.kind === "measurement");
    assert.ok(m && Object.values(m.data).some((v) => typeof v === "number"));
  });

  it("offer the activities and flags the server accepts", () => {
    assert.deepEqual(Object.keys(ja.activities), fixture.activities);
    assert.deepEqual(fixture.flags, ["pain", "hard"] satisfies Flag[]);
  });

  it("go out through the outbox exactly as the fixture has them", async () => {
    const store = memoryStore();
    await store.put(fixture.records.map((r): LocalEvent => ({ ...r, data: { ...r.data }, state: "pending" })));
    const sent: WireItem[] = [];
    const sender: Sender = {
      async send(events) {
        sent.push(...(events as WireItem[]));
        return events.map((e): EventResult => ({ client_id: e.client_id, status: "stored" }));
      },
      async uploadPhoto() {
        throw new Error("no photo is pending");
      },
    };
    const report = await flush(store, sender);
    assert.equal(report.sent, fixture.records.length);
    assert.deepEqual(sent, fixture.records);
  });

  it("count, after the retraction, as the server counts them", () => {
    const events = fixture.records.map((r): LocalEvent => ({ ...r, state: "sent" }));
    assert.deepEqual(
      liveEvents(events).map((e) => e.kind),
      ["exercise_done", "exercise_flag", "measurement"],
    );
  });
});
