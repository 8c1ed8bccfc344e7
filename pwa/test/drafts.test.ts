import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DraftStore, draftDiffers, KeyValueStore } from "../src/staff/drafts";

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const fields = { went_well: "散歩", difficulties: "", goal_progress: "", next_step: "", quote: "", notes: "" };

describe("interview drafts", () => {
  it("keep one draft per participant and session, with its base version", () => {
    const storage = memory();
    const drafts = new DraftStore<typeof fields>(storage, "dekita.draft.interview", () => new Date("2026-11-23T01:00:00Z"));
    drafts.save("p1", 3, 2, fields);
    drafts.save("p1", 4, 0, { ...fields, went_well: "料理" });
    drafts.save("p2", 3, 7, { ...fields, went_well: "買い物" });
    assert.equal(storage.data.size, 3);
    assert.deepEqual(drafts.load("p1", 3), { base_version: 2, fields, saved_at: "2026-11-23T01:00:00.000Z" });
    assert.equal(drafts.load("p1", 4)?.fields.went_well, "料理");
    assert.equal(drafts.load("p2", 3)?.base_version, 7);
    assert.equal(drafts.key("p1", 3), "dekita.draft.interview.p1.3");
  });

  it("are cleared after a save, and only that one", () => {
    const drafts = new DraftStore<typeof fields>(memory(), "d");
    drafts.save("p1", 3, 2, fields);
    drafts.save("p1", 4, 2, fields);
    drafts.clear("p1", 3);
    assert.equal(drafts.load("p1", 3), null);
    assert.ok(drafts.load("p1", 4));
  });

  it("ignore what is not a draft, and never throw when storage refuses", () => {
    const storage = memory();
    storage.setItem("d.p1.1", "{not json");
    storage.setItem("d.p1.2", JSON.stringify({ fields: {} }));
    const drafts = new DraftStore<typeof fields>(storage, "d");
    assert.equal(drafts.load("p1", 1), null);
    assert.equal(drafts.load("p1", 2), null);
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    assert.doesNotThrow(() => new DraftStore<typeof fields>(full, "d").save("p1", 1, 0, fields));
  });

  it("differ from the stored document when the text or the version does", () => {
    const stored = { ...fields, version: 2 };
    assert.equal(draftDiffers({ base_version: 2, fields, saved_at: "" }, stored), false);
    assert.equal(draftDiffers({ base_version: 2, fields: { ...fields, quote: "できた" }, saved_at: "" }, stored), true);
    assert.equal(draftDiffers({ base_version: 1, fields, saved_at: "" }, stored), true);
  });
});
