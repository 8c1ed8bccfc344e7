// Dates as people in Japan read them.

const WEEKDAYS = ["日", "月", "火", "水", "木", "金", "土"];

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return [y, m, d];
}

/** "2026-11-23" → "11月23日（月）" */
export function monthDay(iso: string): string {
  const [y, m, d] = parts(iso);
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${m}月${d}日（${weekday}）`;
}

/** "2026-11-23" → "2026年11月23日" */
export function fullDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${y}年${m}月${d}日`;
}

/** "2026-11-23T06:49:32.94Z" (RFC 3339 from the server; a time without a zone is read as UTC)
 * → "2026年11月23日 15:49" in Japan time. */
export function dateTimeJapan(isoUtc: string): string {
  const t = new Date(/(Z|[+-]\d\d:\d\d)$/i.test(isoUtc) ? isoUtc : `${isoUtc}Z`);
  const jst = new Date(t.getTime() + 9 * 3600 * 1000);
  const hh = String(jst.getUTCHours()).padStart(2, "0");
  const mm = String(jst.getUTCMinutes()).padStart(2, "0");
  return `${jst.getUTCFullYear()}年${jst.getUTCMonth() + 1}月${jst.getUTCDate()}日 ${hh}:${mm}`;
}

/** Today's date in Japan as YYYY-MM-DD. */
export function todayInJapan(now: Date = new Date()): string {
  const jst = new Date(now.getTime() + 9 * 3600 * 1000);
  return jst.toISOString().slice(0, 10);
}
