// アセスメント（導入時の訪問）: the difficulties in daily life, the home, what the person wants
// back in their own words, who referred them. A versioned document.

import { h, show } from "../dom";
import { dateTimeJapan } from "../format";
import { tp } from "../strings/staff";
import { api, backToRecord, can, errorText, failed, field, header, loading, message, participantName, statusLine, submitForm, textArea, textInput } from "./common";
import { saveOrChoose } from "./conflict";
import { type Assessment, type AssessmentInput, DIFFICULTY_KEYS } from "./types";
import { conflictRows } from "./versioned";

const path = (id: string) => `/api/v1/participants/${id}/assessment`;

const FIELDS = [
  { key: "visited_on", label: tp.visitedOn },
  { key: "referred_by", label: tp.referredBy },
  { key: "difficulties", label: tp.difficultiesTitle },
  { key: "difficulties_note", label: tp.difficultiesNote },
  { key: "home_environment", label: tp.homeEnvironment },
  { key: "wishes", label: tp.wishes },
] as const;

type Key = (typeof FIELDS)[number]["key"];

export function assessmentTexts(a: AssessmentInput): Record<Key, string> {
  return {
    visited_on: a.visited_on ?? "",
    referred_by: a.referred_by,
    difficulties: a.difficulties.map((k) => tp.difficulties[k] ?? k).join("、"),
    difficulties_note: a.difficulties_note,
    home_environment: a.home_environment,
    wishes: a.wishes,
  };
}

export async function assessmentScreen(id: string): Promise<void> {
  loading(tp.assessmentTitle);
  try {
    const [doc, name] = await Promise.all([api.get<Assessment>(path(id)), participantName(id)]);
    render(id, name, doc, "");
  } catch (e) {
    failed(tp.assessmentTitle, e, `#/staff/participants/${id}`);
  }
}

function render(id: string, name: string, doc: Assessment, note: string): void {
  const editable = can("edit_assessment");
  const visited = h("input", { type: "date" });
  visited.value = doc.visited_on ?? "";
  const referred = textInput(doc.referred_by ?? "", { maxlength: 2000 });
  const boxes = DIFFICULTY_KEYS.map((key) => {
    const box = h("input", { type: "checkbox", value: key, id: `difficulty-${key}` });
    box.checked = doc.difficulties.includes(key);
    return box;
  });
  const difficultiesNote = textArea(doc.difficulties_note ?? "");
  const home = textArea(doc.home_environment ?? "");
  const wishes = textArea(doc.wishes ?? "");
  const collect = (): AssessmentInput => ({
    visited_on: visited.value || null,
    difficulties: boxes.filter((b) => b.checked).map((b) => b.value),
    difficulties_note: difficultiesNote.value,
    home_environment: home.value,
    wishes: wishes.value,
    referred_by: referred.value,
  });
  const msg = message();
  const status = statusLine();
  status.textContent = note;
  const conflictArea = h("div");
  const button = h("button", { type: "submit", class: "primary" }, tp.save);
  const fieldset = h(
    "fieldset",
    { class: "plain", disabled: !editable },
    h("legend", { class: "visually-hidden" }, tp.assessmentTitle),
    h("div", { class: "grid-form" }, field("visited-on", tp.visitedOn, visited), field("referred-by", tp.referredBy, referred, tp.referredByHint)),
    h(
      "fieldset",
      { class: "group checks" },
      h("legend", null, tp.difficultiesTitle),
      boxes.map((box) => h("label", { class: "choice", for: box.id }, box, tp.difficulties[box.value])),
    ),
    field("difficulties-note", tp.difficultiesNote, difficultiesNote, tp.maxChars(2000)),
    field("home-environment", tp.homeEnvironment, home, tp.maxChars(2000)),
    field("wishes", tp.wishes, wishes, tp.maxChars(2000)),
  );
  const form = h("form", { class: "stack" }, fieldset, msg, editable ? button : h("p", null, tp.readOnly), status);
  submitForm(form, { button, message: msg, busyLabel: tp.saving, clear: [status], reenable: true }, async () => {
    await saveOrChoose<AssessmentInput, Assessment>({
      send: (input, ifMatch) => api.put<Assessment>(path(id), input, { ifMatch }),
      collect,
      base: doc.version,
      rows: (mine, current) => conflictRows(FIELDS, assessmentTexts(mine), assessmentTexts(current)),
      area: conflictArea,
      onSaved: (saved) => render(id, name, saved, tp.saved),
      onUseTheirs: (current) => render(id, name, current, tp.conflictUsedTheirs),
      onError: (e) => (msg.textContent = errorText(e)),
    });
  });
  show(
    header(),
    backToRecord(id),
    h("h1", null, `${tp.assessmentTitle}　${name}さん`),
    h("p", { class: "muted" }, doc.updated_at ? tp.savedAt(doc.updated_by_name ?? tp.someone, dateTimeJapan(doc.updated_at)) : tp.notSavedYet),
    conflictArea,
    form,
  );
}
