// The conflict panel: both versions side by side and the person's choice. Nothing is
// overwritten until they press one of the two buttons.

import { h } from "../dom";
import { tp } from "../strings/staff";
import { ConflictRow, saveVersioned } from "./versioned";

export interface ConflictChoice {
  rows: ConflictRow[];
  savedBy: string | null | undefined;
  keepMine: () => Promise<void> | void;
  useTheirs: () => Promise<void> | void;
}

export function conflictPanel(choice: ConflictChoice): HTMLElement {
  const theirsTitle = tp.conflictTheirs(choice.savedBy || tp.someone);
  const rows = choice.rows.map((r) =>
    h(
      "tr",
      { class: r.differs ? "differs" : "" },
      h("th", { scope: "row" }, r.label, r.differs ? h("span", { class: "badge" }, tp.conflictDiffers) : null),
      h("td", { class: "pre" }, r.mine || tp.none),
      h("td", { class: "pre" }, r.theirs || tp.none),
    ),
  );
  const mine = h("button", { type: "button", class: "primary" }, tp.conflictKeepMine);
  const theirs = h("button", { type: "button", class: "secondary" }, tp.conflictUseTheirs);
  const busy = async (fn: () => Promise<void> | void) => {
    mine.disabled = true;
    theirs.disabled = true;
    try {
      await fn();
    } finally {
      mine.disabled = false;
      theirs.disabled = false;
    }
  };
  mine.addEventListener("click", () => void busy(choice.keepMine));
  theirs.addEventListener("click", () => void busy(choice.useTheirs));
  const panel = h(
    "section",
    { class: "conflict", "aria-labelledby": "conflict-title", "data-testid": "conflict" },
    h("div", { role: "alert" }, h("h2", { id: "conflict-title" }, tp.conflictTitle), h("p", null, tp.conflictLead)),
    h(
      "table",
      { class: "side-by-side" },
      h("caption", { class: "visually-hidden" }, tp.conflictTitle),
      h("thead", null, h("tr", null, h("th", { scope: "col" }, tp.conflictField), h("th", { scope: "col" }, tp.conflictMine), h("th", { scope: "col" }, theirsTitle))),
      h("tbody", null, rows),
    ),
    h("div", { class: "actions" }, mine, theirs),
  );
  return panel;
}

export interface VersionedSave<I, T extends { version: number; updated_by_name?: string | null }> {
  send: (input: I, ifMatch: number) => Promise<T>;
  /** What the form holds now (read again if the person keeps their own after a conflict). */
  collect: () => I;
  base: number;
  /** Both versions as rows: what the form holds and what is stored. */
  rows: (mine: I, current: T) => ConflictRow[];
  /** Where the conflict panel appears (beside the form, which stays as it is). */
  area: HTMLElement;
  onSaved: (doc: T) => void | Promise<void>;
  onUseTheirs: (current: T) => void | Promise<void>;
  onError: (e: unknown) => void;
}

/** Saves with If-Match; on a conflict shows both versions and waits for the person's choice.
 * Errors of the first attempt are thrown; later ones go to onError. */
export async function saveOrChoose<I, T extends { version: number; updated_by_name?: string | null }>(opts: VersionedSave<I, T>): Promise<void> {
  const input = opts.collect();
  const outcome = await saveVersioned(opts.send, input, opts.base);
  if (outcome.kind === "saved") {
    opts.area.replaceChildren();
    await opts.onSaved(outcome.doc);
    return;
  }
  const current = outcome.current;
  const panel = conflictPanel({
    rows: opts.rows(input, current),
    savedBy: current.updated_by_name,
    keepMine: async () => {
      try {
        await saveOrChoose({ ...opts, base: current.version });
      } catch (e) {
        opts.onError(e);
      }
    },
    useTheirs: async () => {
      opts.area.replaceChildren();
      await opts.onUseTheirs(current);
    },
  });
  opts.area.replaceChildren(panel);
  panel.scrollIntoView?.({ block: "nearest" });
}
