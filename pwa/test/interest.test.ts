import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { INTEREST_ITEMS, interestItem } from "../src/interest";

declare const __TEST_DIR__: string;

// pwa/test → the repository root → tests/fixtures (the server's list is held to the same file).
const source = join(__TEST_DIR__, "..", "..", "tests", "fixtures", "interest-checklist-items.txt");

describe("the 興味関心チェックシート items", () => {
  it("are the 46 items of the form as kept in tests/fixtures, word for word and in order", () => {
    const text = readFileSync(source, "utf8");
    const listed = [...text.matchAll(/^(\d+)\. (.+)$/gm)].map((m) => [Number(m[1]), m[2].trim()] as const);
    assert.equal(listed.length, 46);
    listed.forEach(([n], i) => assert.equal(n, i + 1, "numbered 1..46"));
    assert.deepEqual([...INTEREST_ITEMS], listed.map(([, item]) => item));
  });

  it("are looked up by their number on the form", () => {
    assert.equal(interestItem(1), "自分でトイレへ行く");
    assert.equal(interestItem(46), "旅行・温泉");
    assert.equal(interestItem(0), "");
    assert.equal(interestItem(47), "");
  });
});
