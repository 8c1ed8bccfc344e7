// 目標: goals in the person's words from what they marked してみたい / 興味がある, small steps
// with a target session, self-ratings at the start and the end, GAS at graduation, and
// 「次は・もっと」, which keeps the reached goal visible as the history of the new one.

import { h, show } from "../dom";
import { interestItem } from "../interest";
import { tp } from "../strings/staff";
import { api, backToRecord, can, errorText, failed, field, header, keepingFocus, loading, message, participantName, ratingSelect, select, sessionSelect, statusLine, submitForm, textInput } from "./common";
import { goalSources } from "./compare";
import { saveOrChoose } from "./conflict";
import { chains, newGoalProblem, optionalNumber, progress, toUpdate } from "./goalform";
import type { Checklists, Goal, GoalUpdate, NewGoal } from "./types";
import { conflictRows } from "./versioned";

const base = (id: string) => `/api/v1/participants/${id}/goals`;

export function sourceLabel(goal: { source_item: number | null; source_other: string | null }): string | null {
  if (goal.source_item) return interestItem(goal.source_item);
  return goal.source_other || null;
}

export function stepsText(steps: GoalUpdate["steps"]): string {
  return steps
    .map((s, i) => `${i + 1}. ${s.text}（${tp.targetBy(s.target_session)}${s.reached_session ? `・${tp.reachedAt(s.reached_session)}` : ""}）`)
    .join("\n");
}

const rating = (n: number | null) => (n === null ? tp.notRated : String(n));

const GOAL_FIELDS = [
  { key: "text", label: tp.goalText },
  { key: "steps", label: tp.stepsTitle },
  { key: "performance_start", label: tp.performanceStart },
  { key: "satisfaction_start", label: tp.satisfactionStart },
  { key: "performance_end", label: tp.performanceEnd },
  { key: "satisfaction_end", label: tp.satisfactionEnd },
  { key: "gas", label: tp.gas },
] as const;

export function goalTexts(g: GoalUpdate): Record<(typeof GOAL_FIELDS)[number]["key"], string> {
  return {
    text: g.text,
    steps: stepsText(g.steps),
    performance_start: rating(g.performance_start),
    satisfaction_start: rating(g.satisfaction_start),
    performance_end: rating(g.performance_end),
    satisfaction_end: rating(g.satisfaction_end),
    gas: g.gas === null ? tp.notRated : tp.gasLevels[String(g.gas)],
  };
}

/** Saves one goal with If-Match, showing both versions on a conflict. Used here and by the interview. */
export async function saveGoal(
  id: string,
  goal: Goal,
  collect: () => GoalUpdate,
  area: HTMLElement,
  done: (saved: Goal, note: string) => void | Promise<void>,
  onError: (e: unknown) => void,
): Promise<void> {
  await saveOrChoose<GoalUpdate, Goal>({
    send: (input, ifMatch) => api.put<Goal>(`${base(id)}/${goal.id}`, input, { ifMatch }),
    collect,
    base: goal.version,
    rows: (mine, current) => conflictRows(GOAL_FIELDS, goalTexts(mine), goalTexts(toUpdate(current))),
    area,
    onSaved: (saved) => done(saved, tp.saved),
    onUseTheirs: (current) => done(current, tp.conflictUsedTheirs),
    onError,
  });
}

interface State {
  id: string;
  name: string;
  goals: Goal[];
  sheets: Checklists | null;
  notes: Map<string, string>;
}

export async function goalsScreen(id: string): Promise<void> {
  loading(tp.goalsTitle);
  try {
    const [goals, name, sheets] = await Promise.all([
      api.get<Goal[]>(base(id)),
      participantName(id),
      api.get<Checklists>(`/api/v1/participants/${id}/interest-checklists`).catch(() => null),
    ]);
    render({ id, name, goals, sheets, notes: new Map() });
  } catch (e) {
    failed(tp.goalsTitle, e, `#/staff/participants/${id}`);
  }
}

async function reload(state: State, note?: [string, string]): Promise<void> {
  const goals = await api.get<Goal[]>(base(state.id));
  const notes = new Map<string, string>();
  if (note) notes.set(note[0], note[1]);
  await keepingFocus(() => render({ ...state, goals, notes }));
}

function render(state: State): void {
  const editable = can("edit_goals");
  const groups = chains(state.goals);
  let number = 0;
  const cards = groups.map((chain) => {
    const current = chain[chain.length - 1];
    const past = chain.slice(0, -1);
    number += 1;
    return h(
      "section",
      { class: "card goal", "aria-labelledby": `goal-title-${current.id}` },
      h("h2", { id: `goal-title-${current.id}` }, `${tp.goalN(number)}：${current.text}`),
      current.status === "raised" ? h("p", null, tp.pastGoal) : goalEditor(state, current, editable),
      past.length
        ? h(
            "details",
            { class: "history", open: true },
            h("summary", null, `${tp.goalHistory}（${past.length}）`),
            h("ol", null, past.map((g) => h("li", null, pastGoal(g)))),
          )
        : null,
    );
  });
  show(
    header(),
    backToRecord(state.id),
    h("h1", null, `${tp.goalsTitle}　${state.name}さん`),
    h("p", { class: "lead" }, tp.goalsLead),
    cards.length ? h("div", { class: "goals" }, cards) : h("p", null, tp.noGoals),
    editable
      ? h(
          "section",
          { class: "card", "aria-labelledby": "new-goal-title" },
          h("h2", { id: "new-goal-title" }, tp.newGoalTitle),
          newGoalForm(state, "new", null),
        )
      : null,
  );
}

function pastGoal(g: Goal): HTMLElement {
  const p = progress(g);
  return h(
    "div",
    { class: "past-goal" },
    h("p", null, h("strong", null, tp.pastGoal), `：${g.text}`),
    h("p", null, tp.progressLine(p.reached, p.total)),
    h(
      "ul",
      null,
      g.steps.map((s) => h("li", null, `${s.text}（${s.reached_session ? tp.reachedAt(s.reached_session) : tp.stepOpen}）`)),
    ),
  );
}

interface StepRow {
  id?: string;
  text: string;
  target_session: number;
  reached_session: number | null;
}

/** The rows of small steps as inputs; `reached` adds the 達成した回 select. */
function stepsEditor(prefix: string, steps: StepRow[], reached: boolean, editable: boolean): HTMLElement {
  const list = h("ol", { class: "steps-editor" });
  const draw = () => {
    list.replaceChildren(
      ...steps.map((s, i) => {
        const text = textInput(s.text, { maxlength: 200 });
        text.addEventListener("input", () => (s.text = text.value));
        const target = sessionSelect(s.target_session);
        target.addEventListener("change", () => (s.target_session = Number(target.value)));
        const reachedSelect = sessionSelect(s.reached_session, tp.stepNotReached);
        reachedSelect.addEventListener("change", () => (s.reached_session = optionalNumber(reachedSelect.value)));
        return h(
          "li",
          { class: "step-row" },
          field(`${prefix}-step-${i + 1}-text`, tp.stepText(i + 1), text),
          field(`${prefix}-step-${i + 1}-target`, tp.stepTarget(i + 1), target),
          reached ? field(`${prefix}-step-${i + 1}-reached`, tp.stepReached(i + 1), reachedSelect) : null,
          editable && steps.length > 1
            ? h(
                "button",
                { type: "button", class: "secondary", id: `${prefix}-step-${i + 1}-remove`, onclick: () => (steps.splice(i, 1), draw(), document.getElementById(`${prefix}-add-step`)?.focus()) },
                tp.removeStep(i + 1),
              )
            : null,
        );
      }),
    );
  };
  draw();
  const add = h(
    "button",
    {
      type: "button",
      class: "secondary",
      id: `${prefix}-add-step`,
      onclick: () => {
        const last = steps[steps.length - 1];
        steps.push({ text: "", target_session: Math.min(12, (last?.target_session ?? 2) + 2), reached_session: null });
        draw();
        document.getElementById(`${prefix}-step-${steps.length}-text`)?.focus();
      },
    },
    tp.addStep,
  );
  return h("fieldset", { class: "group" }, h("legend", null, tp.stepsTitle), list, editable && add);
}

function goalEditor(state: State, goal: Goal, editable: boolean): HTMLElement {
  const p = `g-${goal.id}`;
  const update = toUpdate(goal);
  const text = textInput(goal.text, { maxlength: 200 });
  const steps: StepRow[] = update.steps.map((s) => ({ ...s }));
  const ratings = {
    performance_start: ratingSelect(goal.performance_start),
    satisfaction_start: ratingSelect(goal.satisfaction_start),
    performance_end: ratingSelect(goal.performance_end),
    satisfaction_end: ratingSelect(goal.satisfaction_end),
  };
  const gas = select([["", tp.notRated], ...["-2", "-1", "0", "1", "2"].map((v): [string, string] => [v, tp.gasLevels[v]])], goal.gas === null ? "" : String(goal.gas));
  const collect = (): GoalUpdate => ({
    ...update,
    text: text.value.trim(),
    performance_start: optionalNumber(ratings.performance_start.value),
    satisfaction_start: optionalNumber(ratings.satisfaction_start.value),
    performance_end: optionalNumber(ratings.performance_end.value),
    satisfaction_end: optionalNumber(ratings.satisfaction_end.value),
    gas: optionalNumber(gas.value),
    steps: steps.map((s) => ({ ...(s.id ? { id: s.id } : {}), text: s.text.trim(), target_session: s.target_session, reached_session: s.reached_session })),
  });
  const msg = message();
  const status = statusLine();
  status.textContent = state.notes.get(goal.id) ?? "";
  const conflictArea = h("div");
  const save = h("button", { type: "submit", class: "primary", id: `${p}-save` }, tp.save);
  const raiseArea = h("div");
  const raise = h(
    "button",
    {
      type: "button",
      class: "secondary",
      id: `${p}-raise`,
      onclick: () => {
        raiseArea.replaceChildren(
          h(
            "section",
            { class: "raise", "aria-labelledby": `${p}-raise-title` },
            h("h3", { id: `${p}-raise-title` }, tp.raiseTitle(goal.text)),
            h("p", null, tp.raiseLead),
            newGoalForm(state, `${p}-next`, goal),
          ),
        );
        document.getElementById(`${p}-next-text`)?.focus();
      },
    },
    tp.raise,
  );
  const source = sourceLabel(goal);
  const pr = progress(goal);
  const form = h(
    "form",
    { class: "stack" },
    h(
      "fieldset",
      { class: "plain", disabled: !editable },
      h("legend", { class: "visually-hidden" }, goal.text),
      source ? h("p", { class: "muted" }, tp.goalFrom(source)) : null,
      h("p", null, tp.progressLine(pr.reached, pr.total)),
      field(`${p}-text`, tp.goalText, text),
      stepsEditor(p, steps, true, editable),
      h(
        "fieldset",
        { class: "group" },
        h("legend", null, tp.ratingsTitle),
        h(
          "div",
          { class: "grid-form" },
          field(`${p}-perf-start`, tp.performanceStart, ratings.performance_start),
          field(`${p}-satis-start`, tp.satisfactionStart, ratings.satisfaction_start),
          field(`${p}-perf-end`, tp.performanceEnd, ratings.performance_end),
          field(`${p}-satis-end`, tp.satisfactionEnd, ratings.satisfaction_end),
        ),
        field(`${p}-gas`, tp.gas, gas),
      ),
    ),
    msg,
    status,
    editable ? h("div", { class: "actions" }, save, raise) : h("p", null, tp.readOnly),
  );
  const check = () => {
    const input = collect();
    return newGoalProblem({ ...input, steps: input.steps });
  };
  submitForm(form, { button: save, message: msg, busyLabel: tp.saving, check, reenable: true }, () =>
    saveGoal(
      state.id,
      goal,
      collect,
      conflictArea,
      (_saved, note) => reload(state, [goal.id, note]),
      (e) => (msg.textContent = errorText(e)),
    ),
  );
  return h("div", null, conflictArea, form, raiseArea);
}

/** A new goal, or with `previous` the 「次は・もっと」 goal that follows it. */
function newGoalForm(state: State, p: string, previous: Goal | null): HTMLElement {
  const sources = state.sheets ? goalSources(state.sheets.assessment) : [];
  const source = select([["", tp.goalSourceFree], ...sources.map((s): [string, string] => [s.value, s.label])], "");
  const text = textInput("", { maxlength: 200 });
  const perf = ratingSelect(null);
  const satis = ratingSelect(null);
  const steps: StepRow[] = [{ text: "", target_session: 4, reached_session: null }];
  const msg = message();
  const button = h("button", { type: "submit", class: "primary" }, previous ? tp.raiseButton : tp.createGoal);
  source.addEventListener("change", () => {
    // A chosen item gives a start for the words; the person's own words replace it.
    const chosen = sources.find((s) => s.value === source.value);
    if (chosen && !text.value.trim()) text.value = chosen.label;
  });
  const form = h(
    "form",
    { class: "stack" },
    sources.length ? field(`${p}-source`, tp.goalSource, source) : h("p", { class: "hint" }, tp.goalSourceNone),
    field(`${p}-text`, tp.goalText, text, tp.goalTextHint),
    h("div", { class: "grid-form" }, field(`${p}-perf`, tp.performanceStart, perf), field(`${p}-satis`, tp.satisfactionStart, satis)),
    stepsEditor(p, steps, false, true),
    msg,
    h(
      "div",
      { class: "actions" },
      button,
      previous ? h("button", { type: "button", class: "secondary", onclick: () => form.parentElement?.parentElement?.replaceChildren() }, tp.cancel) : null,
    ),
  );
  const collect = (): NewGoal => {
    const chosen = sources.find((s) => s.value === source.value);
    return {
      text: text.value.trim(),
      source_item: chosen?.item ?? null,
      source_other: chosen?.other ?? null,
      performance_start: optionalNumber(perf.value),
      satisfaction_start: optionalNumber(satis.value),
      steps: steps.map((s) => ({ text: s.text.trim(), target_session: s.target_session })),
    };
  };
  submitForm(form, { button, message: msg, busyLabel: tp.saving, check: () => newGoalProblem(collect()) }, async () => {
    const goal = collect();
    const created = previous ? await api.post<Goal>(`${base(state.id)}/${previous.id}/raise`, goal) : await api.post<Goal>(base(state.id), goal);
    await reload(state, [created.id, tp.saved]);
    document.getElementById(`goal-title-${created.id}`)?.scrollIntoView({ block: "start" });
  });
  return form;
}

