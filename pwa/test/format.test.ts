import { describe, expect, it } from "vitest";
import { dateTimeJapan, fullDate, monthDay, todayInJapan } from "../src/format";

describe("dates in Japanese", () => {
  it("writes month, day and weekday", () => {
    expect(monthDay("2026-11-23")).toBe("11月23日（月）");
    expect(monthDay("2027-01-01")).toBe("1月1日（金）");
  });
  it("writes a full date", () => {
    expect(fullDate("2026-03-05")).toBe("2026年3月5日");
  });
  it("shows server times (UTC) in Japan time", () => {
    expect(dateTimeJapan("2026-11-23T15:30:00.123")).toBe("2026年11月24日 00:30");
  });
  it("knows today in Japan across midnight UTC", () => {
    expect(todayInJapan(new Date("2026-11-23T16:00:00Z"))).toBe("2026-11-24");
    expect(todayInJapan(new Date("2026-11-23T14:59:00Z"))).toBe("2026-11-23");
  });
});
