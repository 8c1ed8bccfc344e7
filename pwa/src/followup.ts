// Participant mode after the program: the short questions (ふりかえり) a person answers on their
// phone when a follow-up is due — how often they go out, where, whether they keep exercising.
// One question a screen, large buttons; the answer is kept on the phone and sent when there is
// signal (the next time the app opens with signal, if not now).

import { Api, NetworkError, Schemas } from "./api";
import { h, show } from "./dom";
import { t } from "./strings/participant";
import { exitWords as w } from "./strings/exit";
import { followUpWords as f } from "./strings/followup";

type MyFollowUp = Schemas["MyFollowUp"];
type Answer = Schemas["SelfReportInput"];
type Outings = Schemas["Outings"];
type Place = Schemas["OutingPlace"];
type Keeping = Schemas["Keeping"];

const DRAFT_KEY = "dekita.follow-up-draft";
const PENDING_KEY = "dekita.follow-up-pending";
const FOLLOW_UPS_KEY = "dekita.follow-ups";

const OUTINGS: Outings[] = ["most_days", "few_a_week", "once_a_week", "rarely"];
const PLACES: Place[] = ["salon", "hobby", "shopping", "walk", "work", "family", "clinic", "other"];
const KEEPING: Keeping[] = ["most_days", "sometimes", "stopped"];

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  localStorage.setItem(key, JSON.stringify(value));
}

type Draft = { id: string; outings?: Outings; places: Place[] };

function draftFor(id: string): Draft {
  const d = read<Draft | null>(DRAFT_KEY, null);
  return d && d.id === id ? d : { id, places: [] };
}

/** Answers kept on the phone, waiting for signal. */
export function pendingAnswers(): Record<string, Answer> {
  return read<Record<string, Answer>>(PENDING_KEY, {});
}

/** Sends the answers kept on the phone; those the server refuses for good are dropped. */
export async function flushAnswers(api: Api): Promise<void> {
  const pending = pendingAnswers();
  for (const [id, answer] of Object.entries(pending)) {
    try {
      await api.post<MyFollowUp>(`/api/v1/me/follow-ups/${id}/self-report`, answer);
      delete pending[id];
    } catch (e) {
      if (e instanceof NetworkError) break;
      delete pending[id];
    }
  }
  write(PENDING_KEY, pending);
}

/** The home card's line for one follow-up: its link to answer when it is open. */
export function answerLink(fu: MyFollowUp, when: string): HTMLElement | string {
  if (pendingAnswers()[fu.id]) return f.waiting;
  if (fu.self_report) return f.answered;
  if (!fu.open) return "";
  return h("a", { href: `#/follow-ups/${fu.id}`, class: "big-link primary-link" }, f.answerLink(when));
}

function known(id: string): MyFollowUp | undefined {
  return read<MyFollowUp[]>(FOLLOW_UPS_KEY, []).find((x) => x.id === id);
}

function backHome(): HTMLElement {
  return h("p", null, h("a", { href: "#/" }, t.backHome));
}

function heading(fu: MyFollowUp, step: number): HTMLElement[] {
  return [h("h1", null, f.title(w.followUpWhen(fu.months))), h("p", { class: "lead" }, `${f.step(step)}　${step === 1 ? f.lead : ""}`)];
}

/** One question a screen: 1 outings, 2 places, 3 exercise (which sends). */
export async function followUpQuestion(api: Api, id: string, step: 1 | 2 | 3): Promise<void> {
  let fu = known(id);
  if (!fu) {
    try {
      write(FOLLOW_UPS_KEY, await api.get<MyFollowUp[]>("/api/v1/me/follow-ups"));
      fu = known(id);
    } catch {
      // Offline and never seen: said below.
    }
  }
  if (!fu || (!fu.open && !fu.self_report)) {
    show(h("h1", null, w.followUpsTitle), h("p", { class: "big" }, f.notOpen), backHome());
    return;
  }
  const draft = draftFor(id);
  if (step === 1) {
    show(
      ...heading(fu, 1),
      h("h2", null, f.outingsQuestion),
      h(
        "ul",
        { class: "choices" },
        OUTINGS.map((o) =>
          h(
            "li",
            null,
            h("button", { type: "button", class: "choice-button", "aria-pressed": String(draft.outings === o), onclick: () => (write(DRAFT_KEY, { ...draft, outings: o }), (location.hash = `#/follow-ups/${id}/where`)) }, f.outings[o]),
          ),
        ),
      ),
      backHome(),
    );
    return;
  }
  if (!draft.outings) {
    location.hash = `#/follow-ups/${id}`;
    return;
  }
  if (step === 2) {
    const chosen = new Set<Place>(draft.places);
    show(
      ...heading(fu, 2),
      h("h2", null, f.placesQuestion),
      h(
        "ul",
        { class: "choices" },
        PLACES.map((p) => {
          const button = h("button", { type: "button", class: "choice-button toggle-choice", "aria-pressed": String(chosen.has(p)) }, f.places[p]);
          button.addEventListener("click", () => {
            if (chosen.has(p)) chosen.delete(p);
            else chosen.add(p);
            button.setAttribute("aria-pressed", String(chosen.has(p)));
            write(DRAFT_KEY, { ...draft, places: [...chosen] });
          });
          return h("li", null, button);
        }),
      ),
      h("a", { href: `#/follow-ups/${id}/exercise`, class: "big-link primary-link" }, f.next),
      backHome(),
    );
    return;
  }
  const message = h("p", { class: "message", role: "alert" });
  const send = async (exercise: Keeping) => {
    const answer: Answer = { outings: draft.outings as Outings, places: draft.places, exercise };
    const pending = pendingAnswers();
    pending[id] = answer;
    write(PENDING_KEY, pending);
    localStorage.removeItem(DRAFT_KEY);
    await flushAnswers(api);
    const waiting = !!pendingAnswers()[id];
    show(h("h1", null, f.title(w.followUpWhen(fu.months))), h("p", { class: "big", role: "status" }, waiting ? f.saved : f.thanks), backHome());
  };
  show(
    ...heading(fu, 3),
    h("h2", null, f.exerciseQuestion),
    h("ul", { class: "choices" }, KEEPING.map((k) => h("li", null, h("button", { type: "button", class: "choice-button", onclick: () => void send(k) }, f.keeping[k])))),
    message,
    backHome(),
  );
}
