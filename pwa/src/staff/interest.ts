// 興味関心チェックシート: the 46 items with している / してみたい / 興味がある, その他 rows, at the
// start (導入時) and at graduation (卒業時), and the two side by side. Prints on one A4 sheet.

import { h, show } from "../dom";
import { dateTimeJapan, fullDate } from "../format";
import { INTEREST_ITEMS, interestItem } from "../interest";
import { tp } from "../strings/staff";
import { api, backToRecord, can, errorText, failed, field, header, loading, message, participantName, printButton, statusLine, submitForm, textInput } from "./common";
import { compareChecklists, type Marks, markedOnly, namedOthers, NO_MARKS } from "./compare";
import { saveOrChoose } from "./conflict";
import type { Checklist, ChecklistInput, Checklists, Mark, OtherMark, Phase } from "./types";
import { conflictRows } from "./versioned";

type View = Phase | "compare";

const COLUMNS = ["doing", "want", "interested"] as const;

export function marksText(m: Marks): string {
  const words = COLUMNS.filter((c) => m[c]).map((c) => tp[c]);
  return words.length ? words.join("・") : tp.noMarks;
}

export function counts(sheet: ChecklistInput): string {
  const all = [...sheet.items, ...sheet.others];
  return tp.countsLine(all.filter((m) => m.doing).length, all.filter((m) => m.want).length, all.filter((m) => m.interested).length);
}

/** Both versions of a sheet as rows: the date and every item marked in either. */
function sheetRows(mine: ChecklistInput, theirs: ChecklistInput) {
  const fields: { key: string; label: string }[] = [{ key: "filled_on", label: tp.filledOn }];
  const a: Record<string, string> = { filled_on: mine.filled_on ?? "" };
  const b: Record<string, string> = { filled_on: theirs.filled_on ?? "" };
  for (const row of compareChecklists(mine, theirs)) {
    const key = row.item === null ? `other:${row.label}` : `item:${row.item}`;
    fields.push({ key, label: row.item === null ? `${tp.othersTitle}：${row.label}` : `${row.item}. ${row.label}` });
    a[key] = marksText(row.before);
    b[key] = marksText(row.after);
  }
  return conflictRows(fields, a, b);
}

function tabs(id: string, view: View): HTMLElement {
  const items: [View, string][] = [
    ["assessment", tp.phase.assessment],
    ["graduation", tp.phase.graduation],
    ["compare", tp.compareTab],
  ];
  return h(
    "nav",
    { class: "tabs no-print", "aria-label": tp.phaseNav },
    h(
      "ul",
      null,
      items.map(([v, label]) => h("li", null, h("a", { href: `#/staff/participants/${id}/interest/${v}`, "aria-current": v === view ? "page" : null }, label))),
    ),
  );
}

export async function interestScreen(id: string, view: View): Promise<void> {
  loading(tp.interestTitle);
  try {
    const [sheets, name] = await Promise.all([api.get<Checklists>(`/api/v1/participants/${id}/interest-checklists`), participantName(id)]);
    if (view === "compare") renderCompare(id, name, sheets);
    else renderSheet(id, name, sheets[view], view, "");
  } catch (e) {
    failed(tp.interestTitle, e, `#/staff/participants/${id}`);
  }
}

function checkCell(label: string, checked: boolean, onchange: (on: boolean) => void): HTMLElement {
  const box = h("input", { type: "checkbox", onchange: (e: Event) => onchange((e.target as HTMLInputElement).checked) });
  box.checked = checked;
  return h("td", { class: "check" }, h("label", { class: "cell-check" }, box, h("span", { class: "visually-hidden" }, label)));
}

function renderSheet(id: string, name: string, doc: Checklist, phase: Phase, note: string): void {
  const editable = can("edit_interest_checklist");
  const marks = new Map<number, Mark>();
  for (const m of doc.items) marks.set(m.item, { ...m });
  const others: OtherMark[] = doc.others.map((o) => ({ ...o }));
  const filled = h("input", { type: "date" });
  filled.value = doc.filled_on ?? "";

  const mark = (item: number) => {
    let m = marks.get(item);
    if (!m) {
      m = { item, ...NO_MARKS };
      marks.set(item, m);
    }
    return m;
  };
  const itemRows = INTEREST_ITEMS.map((text, i) => {
    const n = i + 1;
    const m = marks.get(n) ?? { item: n, ...NO_MARKS };
    return h(
      "tr",
      null,
      h("td", { class: "num" }, String(n)),
      h("th", { scope: "row" }, text),
      COLUMNS.map((c) => checkCell(`${text}：${tp[c]}`, m[c], (on) => (mark(n)[c] = on))),
    );
  });
  const otherBody = h("tbody", { class: "others" });
  const drawOthers = () => {
    otherBody.replaceChildren(
      ...others.map((o, i) => {
        const input = textInput(o.label, { maxlength: 40, "aria-label": tp.otherLabel(i + 1), id: `other-${i + 1}` });
        input.addEventListener("input", () => (o.label = input.value));
        return h(
          "tr",
          null,
          h("td", { class: "num" }, tp.othersTitle),
          h(
            "th",
            { scope: "row" },
            h("div", { class: "other-cell" }, input, editable && h("button", { type: "button", class: "secondary no-print", onclick: () => (others.splice(i, 1), drawOthers()) }, tp.removeOther(i + 1))),
          ),
          COLUMNS.map((c) => checkCell(`${tp.otherLabel(i + 1)}：${tp[c]}`, o[c], (on) => (o[c] = on))),
        );
      }),
    );
  };
  drawOthers();
  const addOther = h(
    "button",
    {
      type: "button",
      class: "secondary no-print",
      id: "add-other",
      onclick: () => {
        others.push({ label: "", doing: false, want: false, interested: false });
        drawOthers();
        (document.getElementById(`other-${others.length}`) as HTMLInputElement | null)?.focus();
      },
    },
    tp.addOther,
  );
  const collect = (): ChecklistInput => ({ filled_on: filled.value || null, items: markedOnly([...marks.values()]), others: namedOthers(others) });

  const table = h(
    "table",
    { class: "interest" },
    h("caption", null, `${tp.interestTitle}（${tp.phase[phase]}）`),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, tp.colNo), h("th", { scope: "col" }, tp.colItem), COLUMNS.map((c) => h("th", { scope: "col", class: "check" }, tp[c])))),
    h("tbody", null, itemRows),
    otherBody,
  );
  const msg = message();
  const status = statusLine();
  status.textContent = note;
  const conflictArea = h("div");
  const button = h("button", { type: "submit", class: "primary no-print" }, tp.save);
  const fieldset = h(
    "fieldset",
    { class: "plain", disabled: !editable },
    h("legend", { class: "visually-hidden" }, tp.interestTitle),
    h("div", { class: "grid-form" }, field("filled-on", tp.filledOn, filled)),
    h("p", { class: "hint" }, tp.interestHint),
    table,
    editable && addOther,
  );
  const form = h("form", { class: "stack" }, fieldset, msg, editable ? button : h("p", null, tp.readOnly), status);
  submitForm(form, { button, message: msg, busyLabel: tp.saving, reenable: true }, async () => {
    await saveOrChoose<ChecklistInput, Checklist>({
      send: (input, ifMatch) => api.put<Checklist>(`/api/v1/participants/${id}/interest-checklists/${phase}`, input, { ifMatch }),
      collect,
      base: doc.version,
      rows: (mine, current) => sheetRows(mine, current),
      area: conflictArea,
      onSaved: (saved) => renderSheet(id, name, saved, phase, tp.saved),
      onUseTheirs: (current) => renderSheet(id, name, current, phase, tp.conflictUsedTheirs),
      onError: (e) => (msg.textContent = errorText(e)),
    });
  });
  show(
    header(),
    backToRecord(id),
    h("h1", null, `${tp.interestTitle}（${tp.phase[phase]}）　${name}さん`),
    tabs(id, phase),
    h("p", { class: "muted no-print" }, doc.updated_at ? tp.savedAt(doc.updated_by_name ?? tp.someone, dateTimeJapan(doc.updated_at)) : tp.notSavedYet),
    h("div", { class: "no-print" }, printButton()),
    conflictArea,
    form,
  );
}

function renderCompare(id: string, name: string, sheets: Checklists): void {
  const rows = compareChecklists(sheets.assessment, sheets.graduation);
  const changeCell = (c: string) =>
    c === "now_doing" ? h("strong", { class: "badge now-doing" }, tp.nowDoing) : c === "changed" ? h("span", null, tp.changed) : h("span", { class: "muted" }, tp.unchanged);
  const table = rows.length
    ? h(
        "table",
        { class: "compare" },
        h("caption", null, tp.compareTitle),
        h(
          "thead",
          null,
          h("tr", null, [tp.colNo, tp.colItem, tp.colBefore, tp.colAfter, tp.colChange].map((c) => h("th", { scope: "col" }, c))),
        ),
        h(
          "tbody",
          null,
          rows.map((r) =>
            h(
              "tr",
              { class: r.change === "now_doing" ? "now-doing" : "" },
              h("td", { class: "num" }, r.item === null ? tp.othersTitle : String(r.item)),
              h("th", { scope: "row" }, r.item === null ? r.label : interestItem(r.item)),
              h("td", null, marksText(r.before)),
              h("td", null, marksText(r.after)),
              h("td", null, changeCell(r.change)),
            ),
          ),
        ),
      )
    : h("p", null, tp.compareNothing);
  const dated = (phase: Phase) => {
    const s = sheets[phase];
    return h("p", null, `${tp.phase[phase]}${s.filled_on ? `（${tp.filledOn} ${fullDate(s.filled_on)}）` : ""}：${counts(s)}`);
  };
  show(
    header(),
    backToRecord(id),
    h("h1", null, `${tp.compareTitle}　${name}さん`),
    tabs(id, "compare"),
    h("div", { class: "no-print" }, printButton()),
    dated("assessment"),
    dated("graduation"),
    h("p", { class: "hint" }, tp.compareLead),
    table,
  );
}
