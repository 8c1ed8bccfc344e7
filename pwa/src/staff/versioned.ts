// Saving a versioned staff document (assessment, checklists, goals, interviews): the editor
// sends the version it started from (If-Match); when someone saved in between the server
// answers 412 with what is stored now, and the person chooses — never a silent overwrite.

import { ApiError } from "../api";

export type SaveOutcome<T> = { kind: "saved"; doc: T } | { kind: "conflict"; current: T };

/** Sends `input` as a change of version `base`; a 412 becomes a conflict carrying the stored
 * document, anything else is thrown as it came. */
export async function saveVersioned<I, T>(send: (input: I, ifMatch: number) => Promise<T>, input: I, base: number): Promise<SaveOutcome<T>> {
  try {
    return { kind: "saved", doc: await send(input, base) };
  } catch (e) {
    const current = conflictCurrent<T>(e);
    if (current !== null) return { kind: "conflict", current };
    throw e;
  }
}

/** The stored document of a 412 answer, or null for any other error. */
export function conflictCurrent<T>(e: unknown): T | null {
  if (e instanceof ApiError && e.status === 412 && e.body.current && typeof e.body.current === "object") {
    return e.body.current as T;
  }
  return null;
}

export interface ConflictRow {
  label: string;
  mine: string;
  theirs: string;
  differs: boolean;
}

/** The two versions field by field, for showing them side by side. */
export function conflictRows<K extends string>(
  fields: readonly { key: K; label: string }[],
  mine: Record<K, string>,
  theirs: Record<K, string>,
): ConflictRow[] {
  return fields.map(({ key, label }) => {
    const a = mine[key] ?? "";
    const b = theirs[key] ?? "";
    return { label, mine: a, theirs: b, differs: a.trim() !== b.trim() };
  });
}
