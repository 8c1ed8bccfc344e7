import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dateTimeJapan, fullDate, monthDay, todayInJapan } from "../src/format";

describe("dates in Japanese", () => {
  it("writes month, day and weekday", () => {
    assert.equal(monthDay("2026-11-23"), "11月23日（月）");
    assert.equal(monthDay("2027-01-01"), "1月1日（金）");
  });
  it("writes a full date", () => {
    assert.equal(fullDate("2026-03-05"), "2026年3月5日");
  });
  it("shows server times (UTC) in Japan time", () => {
    assert.equal(dateTimeJapan("2026-11-23T15:30:00.123456Z"), "2026年11月24日 00:30");
    assert.equal(dateTimeJapan("2026-11-23T15:30:00Z"), "2026年11月24日 00:30");
    assert.equal(dateTimeJapan("2026-11-24T00:30:00+09:00"), "2026年11月24日 00:30");
    // Without a zone (as the server sent before): still UTC.
    assert.equal(dateTimeJapan("2026-11-23T15:30:00.123"), "2026年11月24日 00:30");
  });
  it("knows today in Japan across midnight UTC", () => {
    assert.equal(todayInJapan(new Date("2026-11-23T16:00:00Z")), "2026-11-24");
    assert.equal(todayInJapan(new Date("2026-11-23T14:59:00Z")), "2026-11-23");
  });
});
