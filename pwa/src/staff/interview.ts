// The interview at one session (~20 minutes): a timer that only informs, what was agreed last
// time, the small successes since, goal steps to mark reached, and the record itself. Every
// keystroke is kept as a draft in this browser (a reload or a lost signal loses nothing); the
// save carries the version it started from, and a conflict shows both versions.

import { ApiError, NetworkError } from "../api";
import { h, show } from "../dom";
import { dateTimeJapan, monthDay } from "../format";
import { t, tp } from "../strings/staff";
import { api, can, errorText, failed, field, header, loading, message, onLeave, participantName, statusLine, submitForm, textArea } from "./common";
import { saveOrChoose } from "./conflict";
import { DraftStore, draftDiffers } from "./drafts";
import { withStepReached } from "./goalform";
import { saveGoal } from "./goals";
import { mmss, pastGentleMark, Stopwatch } from "./timer";
import { type Goal, type Happening, type Interview, type InterviewFields, type InterviewInput, INTERVIEW_FIELDS, type Program } from "./types";
import { conflictRows } from "./versioned";

export const interviewDrafts = () => new DraftStore<InterviewFields>(localStorage, "dekita.draft.interview");

const path = (id: string, n: number) => `/api/v1/participants/${id}/sessions/${n}/interview`;

const FIELDS = INTERVIEW_FIELDS.map((key) => ({ key, label: tp.field[key] }));

export function fieldsOf(doc: InterviewFields): InterviewFields {
  return {
    went_well: doc.went_well ?? "",
    difficulties: doc.difficulties ?? "",
    goal_progress: doc.goal_progress ?? "",
    next_step: doc.next_step ?? "",
    quote: doc.quote ?? "",
    notes: doc.notes ?? "",
  };
}

interface Loaded {
  doc: Interview;
  name: string;
  goals: Goal[];
  program: Program | null;
  offline: boolean;
  restored: boolean;
}

export async function interviewScreen(id: string, n: number): Promise<void> {
  const drafts = interviewDrafts();
  const watch = new Stopwatch();
  loading(tp.interviewTitle(n));
  let loaded: Loaded;
  try {
    const [doc, name, goals, program] = await Promise.all([
      api.get<Interview>(path(id, n)),
      participantName(id),
      api.get<Goal[]>(`/api/v1/participants/${id}/goals`).catch(() => [] as Goal[]),
      api.get<Program>(`/api/v1/participants/${id}/sessions`).catch(() => null),
    ]);
    const draft = drafts.load(id, n);
    const restored = !!draft && draftDiffers(draft, { ...fieldsOf(doc), version: doc.version });
    if (draft && !restored) drafts.clear(id, n);
    loaded = { doc: restored && draft ? { ...doc, ...draft.fields, version: draft.base_version } : doc, name, goals, program, offline: false, restored };
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) {
      // No schedule yet (or no such session): say what to do first.
      show(
        header(),
        h("h1", null, tp.interviewTitle(n)),
        h("p", null, tp.interviewNoSession),
        h("p", null, h("a", { href: `#/staff/participants/${id}/sessions` }, tp.sessionsTitle)),
      );
      return;
    }
    const draft = drafts.load(id, n);
    if (!(e instanceof NetworkError) || !draft) {
      if (e instanceof NetworkError) {
        show(header(), h("h1", null, tp.interviewTitle(n)), h("p", { class: "message", role: "alert" }, tp.offlineNoDraft), h("button", { type: "button", class: "secondary", onclick: () => void interviewScreen(id, n) }, tp.reload));
      } else failed(tp.interviewTitle(n), e, `#/staff/participants/${id}/sessions`);
      return;
    }
    const doc: Interview = {
      participant_id: id,
      session_number: n,
      version: draft.base_version,
      ...draft.fields,
      duration_seconds: null,
      previous: null,
      since: { successes: [], flags: [] },
    };
    loaded = { doc, name: "", goals: [], program: null, offline: true, restored: true };
  }
  render(id, n, loaded, drafts, watch);
}

function happenings(title: string, list: Happening[]): HTMLElement {
  return h(
    "div",
    null,
    h("h3", null, title),
    h(
      "ul",
      null,
      list.map((x) => h("li", null, `${monthDay(x.on)}　${x.text}`)),
    ),
  );
}

function render(id: string, n: number, loaded: Loaded, drafts: DraftStore<InterviewFields>, watch: Stopwatch): void {
  const { doc, name, goals, program, offline } = loaded;
  const editable = can("write_interview");
  let base = doc.version;
  const startDuration = doc.duration_seconds ?? 0;
  const session = program?.sessions.find((s) => s.number === n) ?? null;

  // The timer: visible, pausable, never in the way.
  const clock = h("span", { class: "clock" }, mmss(watch.seconds()));
  const mark = h("p", { class: "timer-mark", role: "status" });
  const pause = h("button", { type: "button", class: "secondary", id: "timer-toggle" }, tp.timerPause);
  const tick = () => {
    const s = watch.seconds();
    clock.textContent = mmss(s) + (watch.running ? "" : tp.timerPaused);
    if (pastGentleMark(s) && !mark.textContent) mark.textContent = tp.timerMark;
  };
  pause.addEventListener("click", () => {
    watch.toggle();
    pause.textContent = watch.running ? tp.timerPause : tp.timerResume;
    tick();
  });
  const interval = window.setInterval(tick, 1000);
  onLeave(() => window.clearInterval(interval));
  const timer = h(
    "section",
    { class: "timer no-print", "aria-labelledby": "timer-title" },
    h("h2", { id: "timer-title", class: "visually-hidden" }, tp.timerLabel),
    h("div", { role: "timer", "aria-label": tp.timerLabel, class: "timer-face" }, clock, h("span", { class: "muted" }, "／20:00")),
    pause,
    mark,
  );

  // The record.
  const inputs = {} as Record<keyof InterviewFields, HTMLTextAreaElement>;
  for (const key of INTERVIEW_FIELDS) inputs[key] = textArea(doc[key] ?? "", key === "notes" ? 4 : 3, 4000);
  const collectFields = (): InterviewFields => {
    const out = {} as InterviewFields;
    for (const key of INTERVIEW_FIELDS) out[key] = inputs[key].value;
    return out;
  };
  const collect = (): InterviewInput => ({ ...collectFields(), duration_seconds: startDuration + watch.seconds() });
  const fill = (f: InterviewFields) => {
    for (const key of INTERVIEW_FIELDS) inputs[key].value = f[key] ?? "";
  };
  const keep = () => drafts.save(id, n, base, collectFields());
  for (const key of INTERVIEW_FIELDS) inputs[key].addEventListener("input", keep);

  const restoredNote = h("p", { class: "note no-print", role: "status", "data-testid": "draft-note" }, loaded.restored ? tp.draftRestored : "");
  if (!loaded.restored) restoredNote.hidden = true;
  const msg = message();
  const status = statusLine();
  const savedLine = h("p", { class: "muted" }, doc.updated_at ? tp.savedAt(doc.updated_by_name ?? tp.someone, dateTimeJapan(doc.updated_at)) : tp.notSavedYet);
  const conflictArea = h("div", { class: "no-print" });
  const save = h("button", { type: "submit", class: "primary", id: "save-interview" }, tp.save);
  const form = h(
    "form",
    { class: "stack interview-form no-print" },
    h(
      "fieldset",
      { class: "plain", disabled: !editable },
      h("legend", { class: "visually-hidden" }, tp.interviewTitle(n)),
      INTERVIEW_FIELDS.map((key) => field(`interview-${key.replace(/_/g, "-")}`, tp.field[key], inputs[key])),
    ),
    msg,
    status,
    editable ? save : h("p", null, tp.readOnly),
  );
  const failure = (e: unknown) => `${errorText(e)}${e instanceof NetworkError ? tp.draftKept : ""}`;
  submitForm(form, { button: save, message: msg, busyLabel: tp.saving, clear: [status], reenable: true, errorText: failure }, async () => {
    keep();
    await saveOrChoose<InterviewInput, Interview>({
      send: (input, ifMatch) => api.put<Interview>(path(id, n), input, { ifMatch }),
      collect,
      base,
      rows: (mine, current) => conflictRows(FIELDS, fieldsOf(mine), fieldsOf(current)),
      area: conflictArea,
      onSaved: (saved) => {
        base = saved.version;
        drafts.clear(id, n);
        restoredNote.hidden = true;
        status.textContent = tp.saved;
        if (saved.updated_at) savedLine.textContent = tp.savedAt(saved.updated_by_name ?? tp.someone, dateTimeJapan(saved.updated_at));
      },
      onUseTheirs: (current) => {
        base = current.version;
        fill(fieldsOf(current));
        drafts.clear(id, n);
        restoredNote.hidden = true;
        status.textContent = tp.conflictUsedTheirs;
        inputs.went_well.focus();
      },
      onError: (e) => (msg.textContent = failure(e)),
    });
  });

  // What the talk starts from.
  const previous = h(
    "section",
    { class: "card", "aria-labelledby": "previous-title" },
    h("h2", { id: "previous-title" }, tp.previousTitle),
    doc.previous
      ? h(
          "dl",
          { class: "facts" },
          h("dt", null, tp.previousStep(doc.previous.session_number)),
          h("dd", null, doc.previous.next_step || tp.none),
          h("dt", null, tp.previousQuote),
          h("dd", null, doc.previous.quote ? `「${doc.previous.quote}」` : tp.none),
        )
      : h("p", null, tp.previousNone),
  );
  const since = h(
    "section",
    { class: "card", "aria-labelledby": "since-title" },
    h("h2", { id: "since-title" }, tp.sinceTitle),
    doc.since.successes.length || doc.since.flags.length
      ? [doc.since.successes.length ? happenings(tp.successes, doc.since.successes) : null, doc.since.flags.length ? happenings(tp.flags, doc.since.flags) : null]
      : h("p", null, tp.sinceNone),
  );
  const progress = goalProgress(id, n, goals, editable);

  // The record as it prints.
  const record = h("section", { class: "print-only", "aria-hidden": "true" });
  const fillRecord = () => {
    const f = collectFields();
    record.replaceChildren(
      h("p", null, tp.duration(mmss(startDuration + watch.seconds()))),
      ...INTERVIEW_FIELDS.flatMap((key) => [h("h2", null, tp.field[key]), h("p", { class: "pre" }, f[key] || tp.none)]),
    );
  };
  window.addEventListener("beforeprint", fillRecord);
  onLeave(() => window.removeEventListener("beforeprint", fillRecord));

  show(
    header(),
    h("p", { class: "no-print" }, h("a", { href: `#/staff/participants/${id}/sessions` }, tp.sessionsTitle), "　", h("a", { href: `#/staff/participants/${id}` }, tp.backToRecord)),
    h("h1", null, name ? tp.recordTitle(name, n) : tp.interviewTitle(n)),
    session ? h("p", null, `${monthDay(session.date)}　${tp.kind[session.kind]}　${t.status[program?.status ?? ""] ?? ""}`) : null,
    timer,
    offline ? h("p", { class: "note", role: "status" }, tp.offlineDraft) : null,
    restoredNote,
    h(
      "div",
      { class: "interview-layout" },
      h("div", { class: "context no-print" }, previous, since, progress),
      h(
        "div",
        { class: "record" },
        h("h2", { class: "no-print" }, tp.interviewTitle(n)),
        savedLine,
        conflictArea,
        form,
        h(
          "div",
          { class: "actions no-print" },
          h(
            "button",
            {
              type: "button",
              class: "secondary",
              onclick: () => {
                fillRecord();
                window.print();
              },
            },
            tp.printButton,
          ),
          session?.tests_due || n === 1 || n === 6 || n === 12 ? h("a", { href: `#/staff/participants/${id}/sessions/${n}/tests` }, tp.testsAtSession(n)) : null,
        ),
      ),
    ),
    record,
  );
}

function goalProgress(id: string, n: number, goals: Goal[], editable: boolean): HTMLElement {
  const active = goals.filter((g) => g.status === "active");
  const body = h("div");
  const draw = (list: Goal[]) => {
    body.replaceChildren(
      ...(list.length
        ? list.map((goal) => {
            const area = h("div");
            const msg = message();
            return h(
              "div",
              { class: "goal-progress" },
              h("h3", null, goal.text),
              area,
              msg,
              h(
                "ul",
                { class: "steps" },
                goal.steps.map((step, i) => {
                  if (step.reached_session !== null && step.reached_session !== n) {
                    return h("li", null, h("span", { class: "badge" }, tp.stepDone), ` ${step.text}（${tp.reachedEarlier(step.reached_session)}）`);
                  }
                  const box = h("input", { type: "checkbox", id: `reach-${goal.id}-${i}`, disabled: !editable });
                  box.checked = step.reached_session === n;
                  box.addEventListener("change", async () => {
                    box.disabled = true;
                    msg.textContent = "";
                    try {
                      await saveGoal(
                        id,
                        goal,
                        () => withStepReached(goal, step.id, box.checked ? n : null),
                        area,
                        async () => {
                          const fresh = await api.get<Goal[]>(`/api/v1/participants/${id}/goals`);
                          draw(fresh.filter((g) => g.status === "active"));
                          document.getElementById(box.id)?.focus();
                        },
                        (e) => (msg.textContent = errorText(e)),
                      );
                    } catch (e) {
                      msg.textContent = errorText(e);
                      box.checked = !box.checked;
                    } finally {
                      box.disabled = !editable;
                    }
                  });
                  return h(
                    "li",
                    null,
                    h("span", null, `${step.text}（${tp.targetBy(step.target_session)}）`),
                    h("label", { class: "choice", for: box.id }, box, h("span", { class: "visually-hidden" }, `${step.text}：`), tp.reachedHere(n)),
                  );
                }),
              ),
            );
          })
        : [h("p", null, tp.noGoals)]),
    );
  };
  draw(active);
  return h("section", { class: "card", "aria-labelledby": "goal-progress-title" }, h("h2", { id: "goal-progress-title" }, tp.goalProgressTitle), body);
}
