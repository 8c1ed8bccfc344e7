// The 興味関心チェックシート at the start and at graduation, side by side: what changed, and
// above all what the person wanted to do and now does (してみたい → している).

import { interestItem, INTEREST_ITEMS } from "../interest";
import type { ChecklistInput, Mark, OtherMark } from "./types";

export interface Marks {
  doing: boolean;
  want: boolean;
  interested: boolean;
}

export const NO_MARKS: Marks = { doing: false, want: false, interested: false };

export type Change = "now_doing" | "changed" | "same";

export interface CompareRow {
  item: number | null;
  label: string;
  before: Marks;
  after: Marks;
  change: Change;
}

const any = (m: Marks) => m.doing || m.want || m.interested;
const same = (a: Marks, b: Marks) => a.doing === b.doing && a.want === b.want && a.interested === b.interested;
const marks = (m: Mark | OtherMark | undefined): Marks => (m ? { doing: !!m.doing, want: !!m.want, interested: !!m.interested } : NO_MARKS);

function change(before: Marks, after: Marks): Change {
  if (before.want && !before.doing && after.doing) return "now_doing";
  return same(before, after) ? "same" : "changed";
}

/** Every item or その他 row marked in either sheet, in the form's order (その他 last). */
export function compareChecklists(before: ChecklistInput, after: ChecklistInput): CompareRow[] {
  const rows: CompareRow[] = [];
  for (let item = 1; item <= INTEREST_ITEMS.length; item++) {
    const b = marks(before.items.find((m) => m.item === item));
    const a = marks(after.items.find((m) => m.item === item));
    if (any(b) || any(a)) rows.push({ item, label: interestItem(item), before: b, after: a, change: change(b, a) });
  }
  const labels: string[] = [];
  for (const o of [...before.others, ...after.others]) {
    const label = o.label.trim();
    if (label && !labels.includes(label)) labels.push(label);
  }
  for (const label of labels) {
    const b = marks(before.others.find((o) => o.label.trim() === label));
    const a = marks(after.others.find((o) => o.label.trim() === label));
    if (any(b) || any(a)) rows.push({ item: null, label, before: b, after: a, change: change(b, a) });
  }
  return rows;
}

export interface GoalSource {
  /** "item:9" or "other:孫と公園" — a select's value. */
  value: string;
  label: string;
  item: number | null;
  other: string | null;
}

/** What a goal can start from: the items (and その他 rows) marked してみたい or 興味がある. */
export function goalSources(sheet: ChecklistInput): GoalSource[] {
  const out: GoalSource[] = [];
  for (const m of [...sheet.items].sort((a, b) => a.item - b.item)) {
    if (m.want || m.interested) out.push({ value: `item:${m.item}`, label: interestItem(m.item), item: m.item, other: null });
  }
  for (const o of sheet.others) {
    const label = o.label.trim();
    if (label && (o.want || o.interested)) out.push({ value: `other:${label}`, label, item: null, other: label });
  }
  return out;
}

/** Only the marked items are sent and stored. */
export function markedOnly(items: Mark[]): Mark[] {
  return items.filter((m) => m.doing || m.want || m.interested).sort((a, b) => a.item - b.item);
}

/** その他 rows with a name; an empty row is dropped, not an error. */
export function namedOthers(others: OtherMark[]): OtherMark[] {
  return others.map((o) => ({ ...o, label: o.label.trim() })).filter((o) => o.label !== "");
}
