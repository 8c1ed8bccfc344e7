// Goals as the forms edit them: the update that keeps everything as it is, the ratings as
// select values, the checks the server makes too (so the message comes before sending).

import { tp } from "../strings/staff";
import type { Goal, GoalUpdate, NewGoal } from "./types";

export function toUpdate(goal: Goal): GoalUpdate {
  return {
    text: goal.text,
    source_item: goal.source_item,
    source_other: goal.source_other,
    performance_start: goal.performance_start,
    satisfaction_start: goal.satisfaction_start,
    performance_end: goal.performance_end,
    satisfaction_end: goal.satisfaction_end,
    gas: goal.gas,
    steps: [...goal.steps]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({ id: s.id, text: s.text, target_session: s.target_session, reached_session: s.reached_session })),
  };
}

/** The same goal with one step marked reached at `session` (or not reached, with null). */
export function withStepReached(goal: Goal, stepId: string, session: number | null): GoalUpdate {
  const update = toUpdate(goal);
  update.steps = update.steps.map((s) => (s.id === stepId ? { ...s, reached_session: session } : s));
  return update;
}

/** "" → null, "7" → 7. */
export function optionalNumber(value: string): number | null {
  if (value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The first problem with a new goal, in Japanese, or null when it can be sent. */
export function newGoalProblem(goal: NewGoal): string | null {
  if (!goal.text.trim()) return tp.goalTextMissing;
  if (goal.steps.length === 0) return tp.stepsMissing;
  if (goal.steps.some((s) => !s.text.trim())) return tp.stepTextMissing;
  if (goal.steps.length > 12) return tp.stepsTooMany;
  return null;
}

/** How far a goal has come: steps reached of all. */
export function progress(goal: Goal): { reached: number; total: number } {
  return { reached: goal.steps.filter((s) => s.reached_session !== null).length, total: goal.steps.length };
}

/** Goals in the order to show them: each chain of 「次は・もっと」 from its first goal, the raised
 * ones kept as the history of the one that replaced them. */
export function chains(goals: Goal[]): Goal[][] {
  const byPrevious = new Map<string, Goal>();
  for (const g of goals) if (g.previous_goal_id) byPrevious.set(g.previous_goal_id, g);
  const out: Goal[][] = [];
  for (const g of goals) {
    if (g.previous_goal_id && goals.some((o) => o.id === g.previous_goal_id)) continue;
    const chain = [g];
    let next = byPrevious.get(g.id);
    while (next && !chain.includes(next)) {
      chain.push(next);
      next = byPrevious.get(next.id);
    }
    out.push(chain);
  }
  return out;
}
