// 卒業の振り返り: the explanation of the end recorded at 導入 (with the person's wish), and the
// graduation review and summary — prefilled from the record, versioned (If-Match), with the
// municipality's rule next to the word 卒業. The case sheet for the municipality prints from
// the same record.

import { Schemas } from "../api";
import { h, show } from "../dom";
import { dateTimeJapan, fullDate } from "../format";
import { interestItem } from "../interest";
import { tp } from "../strings/staff";
import { api, backToRecord, can, errorText, failed, field, header, loading, message, participantName, printButton, statusLine, submitForm, textArea, textInput } from "./common";
import { saveOrChoose } from "./conflict";
import { conflictRows } from "./versioned";

type Review = Schemas["GraduationReview"];
type ReviewInput = Schemas["GraduationInput"];
type Explanation = Schemas["EndExplanation"];
type ExplanationInput = Schemas["EndExplanationInput"];
type Test = Schemas["PerformanceTest"];

const reviewPath = (id: string) => `/api/v1/participants/${id}/graduation`;
const explanationPath = (id: string) => `/api/v1/participants/${id}/graduation/explanation`;

const OUTCOMES = ["graduated", "graduated_with_support", "not_graduated"] as const;
const SUPPORTS = ["b", "d"] as const;
const DESTINATIONS = ["equivalent", "service_a", "prevention_benefit", "care_benefit", "outpatient_rehab", "another_course", "other"] as const;
const TRANSPORTS = ["walk", "bicycle", "bus", "shared_taxi", "family_car", "needs_pickup"] as const;
const TO_WHOM = ["person", "family", "both"] as const;
const MEDIA = ["spoken", "leaflet", "app"] as const;

const REVIEW_FIELDS = [
  { key: "outcome", label: tp.outcome },
  { key: "abilities", label: tp.abilities },
  { key: "participation_wishes", label: tp.participationWishes },
  { key: "cautions", label: tp.cautions },
  { key: "own_words", label: tp.ownWords },
  { key: "exercise_plan", label: tp.exercisePlan },
] as const;

function reviewTexts(r: ReviewInput | Review): Record<(typeof REVIEW_FIELDS)[number]["key"], string> {
  return {
    outcome: r.outcome ? tp.outcomeLabels[r.outcome] : "",
    abilities: (r.abilities ?? []).join("\n"),
    participation_wishes: r.participation_wishes ?? "",
    cautions: r.cautions ?? "",
    own_words: r.own_words ?? "",
    exercise_plan: r.exercise_plan ?? "",
  };
}

function radios<K extends string>(name: string, keys: readonly K[], labelOf: Record<string, string>, value: string | null | undefined, extra?: [string, string]): { group: HTMLElement[]; value: () => K | null } {
  const all: [string, string][] = [...(extra ? [extra] : []), ...keys.map((k): [string, string] => [k, labelOf[k] ?? k])];
  const inputs = all.map(([v]) => {
    const input = h("input", { type: "radio", name, value: v, id: `${name}-${v || "none"}` });
    input.checked = (value ?? "") === v;
    return input;
  });
  return {
    group: all.map(([, label], i) => h("label", { class: "choice", for: inputs[i].id }, inputs[i], label)),
    value: () => (inputs.find((i) => i.checked)?.value || null) as K | null,
  };
}

function checks<K extends string>(name: string, keys: readonly K[], labelOf: Record<string, string>, chosen: readonly string[]): { group: HTMLElement[]; value: () => K[] } {
  const inputs = keys.map((k) => {
    const input = h("input", { type: "checkbox", value: k, id: `${name}-${k}` });
    input.checked = chosen.includes(k);
    return input;
  });
  return {
    group: inputs.map((input, i) => h("label", { class: "choice", for: input.id }, input, labelOf[keys[i]] ?? keys[i])),
    value: () => inputs.filter((i) => i.checked).map((i) => i.value as K),
  };
}

export async function graduationScreen(id: string): Promise<void> {
  loading(tp.graduationTitle);
  try {
    const [review, explanation, name] = await Promise.all([api.get<Review>(reviewPath(id)), api.get<Explanation>(explanationPath(id)), participantName(id)]);
    render(id, name, review, explanation, "", "");
  } catch (e) {
    failed(tp.graduationTitle, e, `#/staff/participants/${id}`);
  }
}

function testLine(t: Test | null | undefined): string {
  if (!t) return tp.none;
  const parts = [
    t.chair_stand_30s !== null && t.chair_stand_30s !== undefined ? `CS-30 ${t.chair_stand_30s}回` : "",
    t.tug_s !== null && t.tug_s !== undefined ? `TUG ${t.tug_s}秒` : "",
    t.gait_speed_mps !== null && t.gait_speed_mps !== undefined ? `歩行 ${t.gait_speed_mps}m/秒` : "",
  ].filter(Boolean);
  return `${tp.sessionN(t.session_number)}：${parts.join("・") || tp.none}`;
}

function prefillSection(review: Review, onCopyPlan: (text: string) => void, editable: boolean): HTMLElement {
  const p = review.prefill;
  const rating = (n: number | null | undefined) => (n === null || n === undefined ? "－" : String(n));
  return h(
    "section",
    { class: "card", "aria-labelledby": "prefill-title" },
    h("h2", { id: "prefill-title" }, tp.prefillTitle),
    h("h3", null, tp.exitGoalsTitle),
    p.goals.length
      ? h(
          "ul",
          null,
          p.goals.map((g) =>
            h(
              "li",
              null,
              `「${g.text}」　${tp.stepsReached(g.steps_reached, g.steps_total)}`,
              g.gas !== null && g.gas !== undefined ? `　${tp.exitGas(g.gas)}` : "",
              `　${tp.ratings(rating(g.performance_start), rating(g.performance_end), rating(g.satisfaction_start), rating(g.satisfaction_end))}`,
            ),
          ),
        )
      : h("p", null, tp.noneYet),
    h("h3", null, tp.exitTestsTitle),
    h("p", null, `${testLine(p.tests_first)} → ${testLine(p.tests_last)}`),
    h("h3", null, tp.checklistTitle),
    h(
      "p",
      null,
      `${p.checklist_first ? tp.checklistCount(p.checklist_first.counted) : tp.none} → ${p.checklist_last ? tp.checklistCount(p.checklist_last.counted) : tp.none}`,
    ),
    h("h3", null, tp.interestsTitle),
    p.interests.length ? h("ul", null, p.interests.map((i) => h("li", null, `${i.item}. ${i.label}：${tp.interestMarks(i.doing, i.want, i.interested)}`))) : h("p", null, tp.noneYet),
    h("h3", null, tp.exitPlanTitle),
    p.exercise_plan.length ? h("ul", null, p.exercise_plan.map((line) => h("li", null, line))) : h("p", null, tp.noneYet),
    editable && p.exercise_plan.length > 0 && h("button", { type: "button", class: "secondary", onclick: () => onCopyPlan(p.exercise_plan.join("／")) }, tp.copyPlan),
  );
}

function explanationForm(id: string, name: string, review: Review, doc: Explanation, note: string): HTMLElement {
  const editable = can("review_graduation");
  const on = h("input", { type: "date" });
  on.value = doc.explained_on ?? "";
  const toWhom = radios("to-whom", TO_WHOM, tp.toWhomLabels, doc.to_whom);
  const medium = radios("medium", MEDIA, tp.mediumLabels, doc.medium);
  const wish = textArea(doc.wish, 2, 500);
  const items = textInput(doc.wish_items.map((i) => i.item).join("、"));
  const msg = message();
  const status = statusLine();
  status.textContent = note;
  const area = h("div");
  const button = h("button", { type: "submit", class: "primary" }, tp.save);
  const collect = (): ExplanationInput => ({
    explained_on: on.value || null,
    to_whom: toWhom.value(),
    medium: medium.value(),
    wish: wish.value,
    wish_items: items.value
      .split(/[、,\s]+/)
      .filter(Boolean)
      .map(Number)
      .filter((n) => Number.isInteger(n)),
  });
  const form = h(
    "form",
    { class: "stack" },
    h(
      "fieldset",
      { class: "plain", disabled: !editable },
      h("legend", { class: "visually-hidden" }, tp.explanationTitle),
      h("p", { class: "rule-box" }, h("strong", null, `${tp.wording}：`), doc.wording),
      field("explained-on", tp.explainedOn, on),
      h("fieldset", { class: "group" }, h("legend", null, tp.toWhom), toWhom.group),
      h("fieldset", { class: "group" }, h("legend", null, tp.medium), medium.group),
      field("wish", tp.wish, wish),
      field("wish-items", tp.wishItems, items, doc.wish_items.map((i) => `${i.item}. ${i.label || interestItem(i.item)}`).join("　")),
    ),
    msg,
    editable ? button : h("p", null, tp.readOnly),
    status,
  );
  submitForm(form, { button, message: msg, busyLabel: tp.saving, clear: [status], reenable: true }, async () => {
    await saveOrChoose<ExplanationInput, Explanation>({
      send: (input, ifMatch) => api.put<Explanation>(explanationPath(id), input, { ifMatch }),
      collect,
      base: doc.version,
      rows: (mine, current) =>
        conflictRows([{ key: "wish", label: tp.wish }, { key: "on", label: tp.explainedOn }] as const, { wish: mine.wish ?? "", on: mine.explained_on ?? "" }, { wish: current.wish, on: current.explained_on ?? "" }),
      area,
      onSaved: (saved) => render(id, name, review, saved, "", tp.saved),
      onUseTheirs: (current) => render(id, name, review, current, "", tp.conflictUsedTheirs),
      onError: (e) => (msg.textContent = errorText(e)),
    });
  });
  return h(
    "section",
    { class: "card", "aria-labelledby": "explanation-title" },
    h("h2", { id: "explanation-title" }, tp.explanationTitle),
    h("p", null, tp.explanationLead),
    h("p", { class: "muted" }, doc.explained_on && doc.explained_by_name ? tp.explainedBy(doc.explained_by_name, fullDate(doc.explained_on)) : tp.notExplained),
    area,
    form,
  );
}

function render(id: string, name: string, review: Review, explanation: Explanation, reviewNote: string, explanationNote: string): void {
  const editable = can("review_graduation");
  const reviewedOn = h("input", { type: "date" });
  reviewedOn.value = review.reviewed_on ?? "";
  const outcome = radios("outcome", OUTCOMES, tp.outcomeLabels, review.outcome, ["", tp.outcomeNone]);
  const support = checks("support", SUPPORTS, tp.supportLabels, review.support ?? []);
  const destination = h("select", null, h("option", { value: "" }, tp.none), ...DESTINATIONS.map((d) => h("option", { value: d }, tp.destinationLabels[d])));
  destination.value = review.destination ?? "";
  const destinationNote = textInput(review.destination_note ?? "", { maxlength: 200 });
  const abilities = textArea((review.abilities ?? []).join("\n"), 4, 1600);
  const wishes = textArea(review.participation_wishes ?? "", 2);
  const transport = checks("transport", TRANSPORTS, tp.transportLabels, review.transport ?? []);
  const cautions = textArea(review.cautions ?? "", 2);
  const ownWords = textArea(review.own_words ?? "", 2);
  const plan = textArea(review.exercise_plan ?? "", 2);
  const contact = textInput(review.contact ?? "", { maxlength: 200 });
  const homeArea = textInput(review.area ?? "", { maxlength: 40 });
  const collect = (): ReviewInput => ({
    reviewed_on: reviewedOn.value || null,
    outcome: outcome.value(),
    support: support.value(),
    destination: (destination.value || null) as ReviewInput["destination"],
    destination_note: destinationNote.value,
    abilities: abilities.value.split("\n").map((l) => l.trim()).filter(Boolean),
    participation_wishes: wishes.value,
    transport: transport.value(),
    cautions: cautions.value,
    own_words: ownWords.value,
    exercise_plan: plan.value,
    contact: contact.value,
    area: homeArea.value,
  });
  const msg = message();
  const status = statusLine();
  status.textContent = reviewNote;
  const area = h("div");
  const button = h("button", { type: "submit", class: "primary" }, tp.save);
  const form = h(
    "form",
    { class: "stack" },
    h(
      "fieldset",
      { class: "plain", disabled: !editable },
      h("legend", { class: "visually-hidden" }, tp.reviewTitle),
      field("reviewed-on", tp.reviewedOn, reviewedOn),
      h("fieldset", { class: "group" }, h("legend", null, tp.outcome), outcome.group),
      review.counts_as_graduation !== null && review.counts_as_graduation !== undefined && h("p", { class: "note" }, tp.counts(review.counts_as_graduation)),
      h("fieldset", { class: "group" }, h("legend", null, tp.support), support.group),
      h("div", { class: "grid-form" }, field("destination", tp.destination, destination), field("destination-note", tp.destinationNote, destinationNote)),
      field("abilities", tp.abilities, abilities),
      field("participation-wishes", tp.participationWishes, wishes),
      h("fieldset", { class: "group" }, h("legend", null, tp.transport), transport.group),
      field("cautions", tp.cautions, cautions),
      field("own-words", tp.ownWords, ownWords),
      field("exercise-plan", tp.exercisePlan, plan),
      field("contact", tp.contact, contact),
      field("home-area", tp.reviewArea, homeArea),
    ),
    msg,
    editable ? button : h("p", null, tp.readOnly),
    status,
  );
  submitForm(form, { button, message: msg, busyLabel: tp.saving, clear: [status], reenable: true }, async () => {
    await saveOrChoose<ReviewInput, Review>({
      send: (input, ifMatch) => api.put<Review>(reviewPath(id), input, { ifMatch }),
      collect,
      base: review.version,
      rows: (mine, current) => conflictRows(REVIEW_FIELDS, reviewTexts(mine), reviewTexts(current)),
      area,
      onSaved: (saved) => render(id, name, saved, explanation, tp.saved, ""),
      onUseTheirs: (current) => render(id, name, current, explanation, tp.conflictUsedTheirs, ""),
      onError: (e) => (msg.textContent = errorText(e)),
    });
  });
  show(
    header(),
    backToRecord(id),
    h("h1", null, `${tp.graduationTitle}　${name}さん`),
    h("section", { class: "rule-box", "aria-labelledby": "rule-title" }, h("h2", { id: "rule-title" }, tp.ruleTitle), h("p", null, review.rule), h("p", null, tp.completedNote)),
    explanationForm(id, name, review, explanation, explanationNote),
    prefillSection(review, (text) => (plan.value = text), editable),
    h(
      "section",
      { class: "card", "aria-labelledby": "review-title" },
      h("h2", { id: "review-title" }, tp.reviewTitle),
      h("p", { class: "muted" }, review.updated_at ? tp.savedAt(review.updated_by_name ?? tp.someone, dateTimeJapan(review.updated_at)) : tp.notSavedYet),
      area,
      form,
    ),
    h("p", { class: "no-print" }, h("a", { href: `#/staff/participants/${id}/graduation/case` }, tp.caseSheetLink)),
  );
}

/** The municipality's case sheet: before and after, from the same record, on one A4 sheet. */
export async function caseSheetScreen(id: string): Promise<void> {
  loading(tp.graduationTitle);
  let review: Review;
  let name: string;
  try {
    [review, name] = await Promise.all([api.get<Review>(reviewPath(id)), participantName(id)]);
  } catch (e) {
    failed(tp.graduationTitle, e, `#/staff/participants/${id}`);
    return;
  }
  const p = review.prefill;
  const row = (label: string, before: string, after: string) => h("tr", null, h("th", { scope: "row" }, label), h("td", null, before), h("td", null, after));
  show(
    header(),
    h("p", { class: "no-print" }, h("a", { href: `#/staff/participants/${id}/graduation` }, tp.graduationTitle)),
    h("h1", null, tp.caseSheetTitle(name)),
    h(
      "div",
      { class: "case-sheet" },
      h(
        "table",
        null,
        h("caption", { class: "visually-hidden" }, tp.caseSheetTitle(name)),
        h("thead", null, h("tr", null, h("th", { scope: "col" }, tp.caseItem), h("th", { scope: "col" }, tp.caseBefore), h("th", { scope: "col" }, tp.caseAfter))),
        h(
          "tbody",
          null,
          row(tp.exitTestsTitle, testLine(p.tests_first), testLine(p.tests_last)),
          row(tp.checklistTitle, p.checklist_first ? tp.checklistCount(p.checklist_first.counted) : tp.none, p.checklist_last ? tp.checklistCount(p.checklist_last.counted) : tp.none),
          ...p.goals.map((g) => row(`「${g.text}」`, `遂行度 ${g.performance_start ?? "－"}・満足度 ${g.satisfaction_start ?? "－"}`, `遂行度 ${g.performance_end ?? "－"}・満足度 ${g.satisfaction_end ?? "－"}${g.gas !== null && g.gas !== undefined ? `・${tp.exitGas(g.gas)}` : ""}`)),
        ),
      ),
      h("h2", null, tp.abilities),
      h("ul", null, (review.abilities ?? []).map((a) => h("li", null, a))),
      h("h2", null, tp.outcome),
      h("p", null, review.outcome ? tp.outcomeLabels[review.outcome] : tp.outcomeNone),
      review.counts_as_graduation !== null && review.counts_as_graduation !== undefined && h("p", null, tp.counts(review.counts_as_graduation)),
      h("p", { class: "rule-box" }, review.rule),
      h("h2", null, tp.ownWords),
      h("p", null, review.own_words ?? ""),
    ),
    printButton(),
  );
}

/** The municipality's rule for 卒業, for its administrator: does support B/D count? */
export async function graduationRuleCard(): Promise<HTMLElement> {
  const rule = await api.get<Schemas["GraduationRule"]>("/api/v1/municipality/graduation-rule");
  const box = h("input", { type: "checkbox", id: "support-counts" });
  box.checked = rule.support_counts_as_graduation;
  const text = h("p", { class: "rule-box" }, rule.rule);
  const msg = message();
  const status = statusLine();
  const button = h("button", { type: "submit", class: "primary" }, tp.save);
  const form = h("form", { class: "stack" }, h("label", { class: "choice", for: box.id }, box, tp.supportCounts), msg, button, status);
  submitForm(form, { button, message: msg, busyLabel: tp.saving, clear: [status], reenable: true }, async () => {
    const saved = await api.put<Schemas["GraduationRule"]>("/api/v1/municipality/graduation-rule", { support_counts_as_graduation: box.checked, rule: "" });
    text.textContent = saved.rule ?? "";
    status.textContent = tp.saved;
  });
  return h("section", { class: "card", "aria-labelledby": "rule-card-title" }, h("h2", { id: "rule-card-title" }, tp.ruleTitle), text, form);
}
