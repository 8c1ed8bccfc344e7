import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PatientCounter } from "../src/staff/fhircount";

const entry = (kind: string) => `{"fullUrl":"urn:uuid:x","resource":{"resourceType":"${kind}","id":"x"}}`;

describe("the FHIR export's progress", () => {
  it("counts the Patient entries however the stream is cut into chunks", () => {
    const text = `{"resourceType":"Bundle","type":"collection","entry":[\n${[entry("Organization"), entry("Patient"), entry("Encounter"), entry("Patient"), entry("Task")].join(",\n")}\n]}\n`;
    for (const size of [1, 7, 50, text.length]) {
      const c = new PatientCounter();
      const seen: number[] = [];
      for (let i = 0; i < text.length; i += size) seen.push(c.push(text.slice(i, i + size)));
      assert.equal(c.finish(), 2, `chunks of ${size}`);
      assert.deepEqual([...seen].sort((a, b) => a - b), seen, "never counts down");
    }
  });

  it("does not count a Patient named inside another resource's text", () => {
    const c = new PatientCounter();
    c.push(`{"fullUrl":"u","resource":{"resourceType":"Task","note":"resourceType Patient"}}\n`);
    assert.equal(c.finish(), 0);
  });
});
