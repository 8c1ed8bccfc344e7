// Participant screens for every day: 今日の体操, 活動を記録, 血圧・体重. One action per screen,
// large cards, nothing behind a swipe; a tap is kept on the phone before the screen answers.

import { Api } from "./api";
import { cachedPlan, doneToday, Exercise, localEvents, PlanItem, preparePhoto, pullChanges, record } from "./daily";
import { activitiesOn, localDate } from "./outbox";
import { h, show } from "./dom";
import { onSubmit } from "./submit";
import { Success } from "./successes";
import { t } from "./strings/participant";
import { nb } from "./strings/notebook";
import { cachedSafety, heldBackToday, judge, refreshSafety, restAdvice } from "./safety";
import { isFamilyPhone } from "./phone";

const backLink = () => h("p", { class: "back" }, h("a", { href: "#/", class: "big-link secondary-link" }, t.backHome));

export function amountWords(unit: Exercise["unit"], amount: number, sets: number): string {
  const base = unit === "seconds" ? t.seconds(amount) : unit === "minutes" ? t.minutes(amount) : t.reps(amount);
  return sets > 1 ? base + t.sets(sets) : base;
}

/** New successes said warmly, where the tap was. */
export function successList(list: Success[]): HTMLElement | null {
  if (!list.length) return null;
  return h("div", { class: "success-box" }, list.map((s) => h("p", null, s.text)));
}

function exerciseCard(item: PlanItem, done: ReturnType<typeof doneToday>): HTMLElement {
  const ex = item.exercise;
  const id = `ex-${ex.key}`;
  const status = h("div", { class: "card-status", role: "status" });
  const body = h("div", { class: "stack" });
  const amountInput = h("input", { id: `${id}-amount`, type: "number", inputmode: "numeric", min: "0", max: "1000", step: "1", class: "number" });
  const error = h("p", { class: "message", role: "alert" });

  const renderDone = () => {
    const event = done.get(ex.key);
    body.replaceChildren(
      h("p", { class: "done-mark" }, h("span", { "aria-hidden": "true" }, "✓ "), t.doneMark),
      ...(event
        ? [h(
            "button",
            {
              type: "button",
              class: "secondary",
              onclick: async () => {
                await record("retraction", { target: event.client_id });
                done.delete(ex.key);
                status.replaceChildren(h("p", null, t.undone));
                renderOpen();
              },
            },
            t.undoButton,
          )]
        : []),
    );
  };
  const renderOpen = () => {
    amountInput.value = "";
    body.replaceChildren(
      h("label", { for: amountInput.id }, t.amountLabel(t.amountUnit[ex.unit] ?? t.amountUnit.reps)),
      amountInput,
      error,
      h(
        "button",
        {
          type: "button",
          class: "primary",
          "aria-describedby": `${id}-title`,
          onclick: async (e: Event) => {
            const button = e.currentTarget as HTMLButtonElement;
            const raw = amountInput.value.trim();
            const amount = raw === "" ? null : Number(raw);
            if (amount !== null && (!Number.isFinite(amount) || amount < 0 || amount > 1000)) {
              error.textContent = t.amountRange;
              return;
            }
            error.textContent = "";
            button.disabled = true;
            try {
              const { event, fresh } = await record("exercise_done", amount === null ? { exercise: ex.key } : { exercise: ex.key, amount: Math.round(amount) });
              done.set(ex.key, event);
              renderDone();
              status.replaceChildren(...[successList(fresh)].filter((n): n is HTMLElement => !!n));
            } catch {
              button.disabled = false;
              error.textContent = t.saveFailed;
            }
          },
        },
        t.doneButton,
      ),
    );
  };
  if (done.has(ex.key)) renderDone();
  else renderOpen();

  const family = isFamilyPhone();
  const flagNote = h("div", { class: "flag-note", role: "status" });
  const flag = (mark: "pain" | "hard", word: string) => {
    const button = h(
      "button",
      {
        type: "button",
        class: "secondary flag",
        "aria-describedby": `${id}-title`,
        onclick: async () => {
          // One tap is one record: the button waits until the tap is kept or taken back.
          if (button.disabled) return;
          button.disabled = true;
          try {
            const { event } = await record("exercise_flag", { exercise: ex.key, flag: mark });
            const undo = h(
              "button",
              {
                type: "button",
                class: "secondary",
                onclick: async () => {
                  undo.disabled = true;
                  await record("retraction", { target: event.client_id });
                  flagNote.replaceChildren(h("p", null, nb.flagUndone));
                  button.disabled = false;
                },
              },
              nb.flagUndo(word),
            );
            flagNote.replaceChildren(h("p", null, t.flagSaved(word)), h("p", null, mark === "pain" ? nb.flagPainFollow : nb.flagHardFollow), undo);
          } catch {
            button.disabled = false;
            flagNote.textContent = t.saveFailed;
          }
        },
      },
      word,
    );
    return button;
  };

  return h(
    "article",
    { class: "card exercise", "aria-labelledby": `${id}-title`, "data-exercise": ex.key },
    h("h2", { id: `${id}-title` }, ex.title),
    h(
      "button",
      { type: "button", class: "picture-button", "aria-label": t.pictureOpen(ex.title), "aria-haspopup": "dialog", onclick: () => openPicture(ex) },
      h("img", { src: ex.picture_url, alt: "", width: "320", height: "240", class: "exercise-picture", decoding: "async" }),
    ),
    h("p", { class: "amount" }, amountWords(ex.unit, item.amount, item.sets), h("span", { class: "per-week" }, `（${t.perWeek(item.days_per_week)}）`)),
    h(
      "details",
      { class: "how" },
      h("summary", null, t.howTo),
      h("h3", null, t.stepsTitle),
      h("ol", null, ex.steps.map((s) => h("li", null, s))),
      ex.safety.length > 0 && h("h3", null, t.safetyTitle),
      ex.safety.length > 0 && h("ul", { class: "safety" }, ex.safety.map((s) => h("li", null, s))),
    ),
    body,
    status,
    // How it felt is the person's own to tell: not on a family member's phone.
    !family && h("p", { class: "hint" }, t.flagHint),
    !family && h("div", { class: "flags" }, flag("pain", t.flagPain), flag("hard", t.flagHard)),
    flagNote,
  );
}

/** An exercise's picture, large: the whole width of the screen, with a clear 閉じる button
 * (no swipe needed; the phone's back gesture and Esc close it too). */
function openPicture(ex: Exercise): void {
  const close = () => dialog.close();
  const dialog = h(
    "dialog",
    { class: "picture-dialog", "aria-labelledby": "picture-title" },
    h("h2", { id: "picture-title" }, ex.title),
    h("img", { src: ex.picture_url, alt: ex.title, class: "picture-large" }),
    h("button", { type: "button", class: "primary", onclick: close }, t.pictureClose),
  );
  dialog.addEventListener("close", () => {
    dialog.remove();
    document.querySelector<HTMLElement>(`article[data-exercise="${CSS.escape(ex.key)}"] .picture-button`)?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
}

/** The rest advice where it matters most: the exercises are held back until a new reading
 * is inside the limits again. */
function heldBack(reasons: ReturnType<typeof judge>): HTMLElement {
  return h(
    "div",
    { class: "stack" },
    restAdvice(reasons, cachedSafety()),
    h("p", { class: "big" }, nb.heldBack),
    h("a", { href: "#/measure", class: "big-link primary-link" }, nb.measureAgain),
  );
}

export async function todayScreen(api: Api): Promise<void> {
  const draw = async () => {
    const plan = cachedPlan();
    const events = await localEvents();
    const done = doneToday(events);
    const reasons = heldBackToday(events, cachedSafety().thresholds);
    show(
      h("h1", null, t.todayTitle),
      backLink(),
      reasons.length > 0
        ? heldBack(reasons)
        : plan && plan.items.length > 0
        ? h(
            "div",
            { class: "stack" },
            h("p", { class: "lead" }, t.todayLead),
            plan.note && h("p", { class: "card plan-note" }, h("strong", null, `${t.planNote}：`), plan.note),
            plan.items.map((item) => exerciseCard(item, done)),
          )
        : h("p", { class: "big" }, t.noPlan),
      backLink(),
    );
  };
  const hadPlan = cachedPlan() !== null;
  await draw();
  void refreshSafety(api);
  // A plan never seen before is fetched; a known one is refreshed quietly for next time.
  const fresh = pullChanges(api).catch(() => false);
  if (!hadPlan && (await fresh) && location.hash.startsWith("#/today")) await draw();
}

// --- a late entry: today or yesterday ---

/** 「きょう」「きのう」: a record may be made for yesterday, dated correctly. */
function dayChoice(name: string): { field: HTMLElement; day: () => string | undefined } {
  const radio = (value: "today" | "yesterday", label: string) =>
    h("label", { class: "choice" }, h("input", { type: "radio", name, value, checked: value === "today" }), label);
  const field = h("fieldset", { class: "day-choice" }, h("legend", null, nb.whenLegend), h("div", { class: "choices-row" }, radio("today", nb.whenToday), radio("yesterday", nb.whenYesterday)));
  const day = () => {
    const chosen = field.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
    return chosen?.value === "yesterday" ? localDate(new Date(Date.now() - 24 * 3600 * 1000)) : undefined;
  };
  return { field, day };
}

// --- activities ---

const ICONS: Record<string, string> = {
  walk: '<circle cx="26" cy="8" r="5"/><path d="M24 15l-4 14 7 6v11M20 29l-6 15M23 18l-8 6M25 18l8 7"/>',
  shopping: '<path d="M8 18h32l-4 24H12z"/><path d="M17 18c0-12 14-12 14 0"/>',
  cooking: '<path d="M8 24h32v8c0 6-4 10-10 10H18c-6 0-10-4-10-10z"/><path d="M4 24h40M18 6c-3 4 3 6 0 12M30 6c-3 4 3 6 0 12"/>',
  housework: '<path d="M34 4L20 26M12 26h16l6 18H6z"/><path d="M14 34l-2 10M22 34v10M28 34l2 10"/>',
  met_people: '<circle cx="15" cy="14" r="6"/><circle cx="33" cy="14" r="6"/><path d="M4 42c0-10 5-16 11-16s11 6 11 16M22 42c0-10 5-16 11-16s11 6 11 16"/>',
  kayoi: '<path d="M6 22L24 6l18 16M10 20v22h28V20"/><path d="M20 42V30h8v12"/>',
  other: '<path d="M10 38l4-10L34 8l6 6-20 20z"/><path d="M8 44h32"/>',
};

function icon(kind: string): HTMLElement {
  const span = h("span", { class: "pictogram", "aria-hidden": "true" });
  span.innerHTML = `<svg viewBox="0 0 48 48" width="48" height="48" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">${ICONS[kind] ?? ""}</svg>`;
  return span;
}

function recordedScreen(fresh: Success[], again: () => void, againLabel: string): void {
  show(
    h("h1", null, t.recordedTitle),
    h("p", { class: "lead", role: "status" }, t.recordedLead),
    successList(fresh),
    h("div", { class: "stack" }, h("button", { type: "button", class: "secondary wide", onclick: again }, againLabel), h("a", { href: "#/", class: "big-link" }, t.backHome)),
  );
}

export function activityScreen(): void {
  const kinds = Object.keys(t.activities);
  const today = h("section", { class: "today-records", "aria-labelledby": "today-records-title" });
  show(
    h("h1", null, t.activityTitle),
    h("p", { class: "lead" }, t.activityLead),
    h(
      "ul",
      { class: "choices" },
      kinds.map((k) => h("li", null, h("button", { type: "button", class: "choice-button", onclick: () => activityDetails(k) }, icon(k), h("span", null, t.activities[k])))),
    ),
    today,
    backLink(),
  );
  void showTodaysActivities(today);
}

/** What was recorded today, each with a way to take a mistaken tap back. */
async function showTodaysActivities(box: HTMLElement): Promise<void> {
  const list = activitiesOn(await localEvents(), localDate());
  const status = h("p", { role: "status" });
  if (!list.length) {
    box.replaceChildren(status);
    return;
  }
  box.replaceChildren(
    h("h2", { id: "today-records-title" }, t.todayRecords),
    h(
      "ul",
      { class: "record-list" },
      list.map((e) => {
        const name = t.activities[String(e.data.activity)] ?? String(e.data.activity);
        const minutes = typeof e.data.minutes === "number" ? e.data.minutes : null;
        return h(
          "li",
          null,
          h("span", { class: "record-name" }, icon(String(e.data.activity)), h("span", null, t.recordedActivity(name, minutes))),
          h(
            "button",
            {
              type: "button",
              class: "secondary",
              "aria-label": t.undoActivity(name),
              onclick: async (ev: Event) => {
                (ev.currentTarget as HTMLButtonElement).disabled = true;
                await record("retraction", { target: e.client_id });
                await showTodaysActivities(box);
                box.append(h("p", { role: "status" }, t.undone));
              },
            },
            t.undoShort,
          ),
        );
      }),
    ),
    status,
  );
}

function activityDetails(kind: string): void {
  const name = t.activities[kind];
  const minutes = h("input", { id: "minutes", name: "minutes", type: "number", inputmode: "numeric", min: "0", max: "600", step: "1", class: "number" });
  const note = h("textarea", { id: "note", name: "note", rows: "2", maxlength: "200" });
  const photo = h("input", { id: "photo", name: "photo", type: "file", accept: "image/*" });
  const preview = h("div", { class: "preview" });
  let chosen: File | null = null;
  photo.addEventListener("change", () => {
    chosen = photo.files?.[0] ?? null;
    preview.replaceChildren();
    if (chosen) preview.append(h("img", { src: URL.createObjectURL(chosen), alt: t.photoChosen, class: "photo-preview" }));
  });
  const error = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, t.recordButton);
  const when = dayChoice("activity-day");
  const form = h(
    "form",
    { class: "stack", novalidate: true },
    when.field,
    h("label", { for: "minutes" }, t.minutesLabel),
    minutes,
    h("label", { for: "note" }, t.noteLabel),
    note,
    // Photos are the person's own: not from a family member's phone.
    !isFamilyPhone() && h("label", { for: "photo" }, t.photoLabel),
    !isFamilyPhone() && photo,
    preview,
    error,
    button,
  );
  const given = () => (minutes.value.trim() === "" ? null : Number(minutes.value.trim()));
  const check = () => {
    const m = given();
    if (m !== null && (!Number.isFinite(m) || m < 0 || m > 600)) return t.minutesRange;
    if ([...note.value.trim()].length > 200) return t.noteTooLong;
    return null;
  };
  onSubmit(form, { button, message: error, errorText: () => t.saveFailed, check }, async () => {
    const m = given();
    const data: Record<string, unknown> = { activity: kind };
    if (m !== null) data.minutes = Math.round(m);
    if (note.value.trim()) data.note = note.value.trim();
    const { fresh } = await record("activity", data, chosen ? await preparePhoto(chosen) : undefined, when.day());
    recordedScreen(fresh, activityScreen, t.recordMore);
  });
  show(
    h("h1", null, t.activityRecordTitle(name)),
    h("p", { class: "chosen" }, icon(kind), h("span", null, name)),
    form,
    h("button", { type: "button", class: "secondary wide", onclick: activityScreen }, t.chooseAgain),
    backLink(),
  );
}

// --- measurements ---

const MEASURES = [
  { key: "systolic", label: () => t.systolic, lo: 60, hi: 260, mode: "numeric" },
  { key: "diastolic", label: () => t.diastolic, lo: 30, hi: 160, mode: "numeric" },
  { key: "pulse", label: () => t.pulse, lo: 30, hi: 220, mode: "numeric" },
  { key: "weight_kg", label: () => t.weightKg, lo: 20, hi: 200, mode: "decimal" },
] as const;

export function measureScreen(): void {
  const inputs = MEASURES.map((m) => h("input", { id: m.key, name: m.key, type: "number", inputmode: m.mode, min: String(m.lo), max: String(m.hi), step: m.key === "weight_kg" ? "0.1" : "1", class: "number" }));
  const error = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, t.recordButton);
  const when = dayChoice("measure-day");
  const form = h(
    "form",
    { class: "stack", novalidate: true },
    when.field,
    MEASURES.map((m, i) => [h("label", { for: m.key }, m.label()), inputs[i]]).flat(),
    error,
    button,
  );
  // What the form holds, read by the check just before it is sent.
  let data: Record<string, number> = {};
  const check = () => {
    data = {};
    for (const [i, m] of MEASURES.entries()) {
      const raw = inputs[i].value.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
      if (raw === "") continue;
      const v = Number(raw);
      if (!Number.isFinite(v) || v < m.lo || v > m.hi) {
        inputs[i].focus();
        return t.measureRange(m.label().replace(/（.*$/, ""), m.lo, m.hi);
      }
      data[m.key] = v;
    }
    if (Object.keys(data).length === 0) return t.measureNone;
    if (data.systolic !== undefined && data.diastolic !== undefined && data.diastolic >= data.systolic) {
      inputs[1].focus();
      return t.measureOrder;
    }
    return null;
  };
  onSubmit(form, { button, message: error, errorText: () => t.saveFailed, check }, async () => {
    const { fresh } = await record("measurement", data, undefined, when.day());
    // Safety before encouragement: a reading outside the limits is met with advice, not praise.
    const safety = cachedSafety();
    const reasons = judge(data, safety.thresholds);
    if (reasons.length > 0) {
      show(restAdvice(reasons, safety, "h1"), h("div", { class: "stack" }, h("button", { type: "button", class: "secondary wide", onclick: measureScreen }, nb.measureAgain), h("a", { href: "#/", class: "big-link" }, nb.restHome)));
      return;
    }
    recordedScreen(fresh, measureScreen, t.measureTitle);
  });
  show(h("h1", null, t.measureTitle), h("p", { class: "lead" }, t.measureLead), form, backLink());
}
