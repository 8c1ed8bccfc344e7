// 体操メニュー: the plan in force and every earlier version (who made it, when), an editor for a
// new version built from the exercise library, and 地域の体操 — the municipality's own
// exercises, with their pictures.

import { h, show } from "../dom";
import { dateTimeJapan, fullDate, todayInJapan } from "../format";
import { t, tp } from "../strings/staff";
import { api, backToRecord, can, errorText, failed, field, header, keepingFocus, loading, message, participantName, select, statusLine, submitForm, textArea, textInput } from "./common";
import { authorizedFetch, privateImage } from "./daily";
import { PlanRow, UNIT_MAX, lines, planInForce, planPayload } from "./dailyview";
import type { Exercise, Prescription, PrescriptionItem } from "./types";

interface State {
  id: string;
  name: string;
  versions: Prescription[];
  library: Exercise[];
  note: string;
  localNote: string;
}

const base = (id: string) => `/api/v1/participants/${id}/prescriptions`;

export async function planScreen(id: string): Promise<void> {
  loading(tp.planTitle);
  try {
    const [versions, library, name] = await Promise.all([api.get<Prescription[]>(base(id)), api.get<Exercise[]>("/api/v1/exercises"), participantName(id)]);
    render({ id, name, versions, library, note: "", localNote: "" });
  } catch (e) {
    failed(tp.planTitle, e, `#/staff/participants/${id}`);
  }
}

async function reload(state: State, note: string, localNote = ""): Promise<void> {
  const [versions, library] = await Promise.all([api.get<Prescription[]>(base(state.id)), api.get<Exercise[]>("/api/v1/exercises")]);
  await keepingFocus(() => render({ ...state, versions, library, note, localNote }));
}

function itemText(item: PrescriptionItem, library: Exercise[]): string {
  const e = library.find((x) => x.key === item.exercise);
  const unit = e ? (tp.units[e.unit] ?? "") : "";
  return tp.itemLine(e?.title ?? item.exercise, `${item.amount}${unit}`, item.sets, item.days_per_week);
}

function versionCard(p: Prescription, n: number, library: Exercise[], headingLevel: "h3" | "h4"): HTMLElement {
  return h(
    "article",
    { class: "plan-version", "aria-labelledby": `plan-${p.id}` },
    h(headingLevel, { id: `plan-${p.id}` }, `${tp.planVersion(n)}　${tp.planSince(fullDate(p.starts_on))}`),
    h("p", { class: "muted" }, tp.planBy(p.created_by_name, dateTimeJapan(p.created_at))),
    h("ul", null, p.items.map((i) => h("li", null, itemText(i, library)))),
    p.note ? h("p", { class: "pre" }, p.note) : null,
  );
}

function currentSection(state: State): HTMLElement {
  const today = todayInJapan();
  const current = planInForce(state.versions, today);
  const upcoming = state.versions.find((v) => v.starts_on > today);
  const number = (p: Prescription) => state.versions.length - state.versions.indexOf(p);
  const older = state.versions.filter((v) => v !== current);
  return h(
    "section",
    { class: "card", "aria-labelledby": "plan-current-title" },
    h("h2", { id: "plan-current-title" }, tp.planCurrent),
    upcoming ? h("p", null, h("strong", null, tp.planUpcoming(fullDate(upcoming.starts_on)))) : null,
    current ? versionCard(current, number(current), state.library, "h3") : h("p", null, tp.planNone),
    older.length
      ? h(
          "details",
          { class: "history" },
          h("summary", null, `${tp.planHistory}（${older.length}）`),
          h("div", null, older.map((p) => versionCard(p, number(p), state.library, "h4"))),
        )
      : null,
  );
}

/** A field whose visible label is short; the exercise's name is read out before it. */
function shortField(id: string, title: string, label: string, input: HTMLElement): HTMLElement {
  input.id = id;
  return h("div", { class: "field" }, h("label", { for: id }, h("span", { class: "visually-hidden" }, `${title}の`), label), input);
}

function picture(e: Exercise, cls: string): HTMLElement | null {
  return e.picture_url ? privateImage(e.picture_url, "", { class: cls, width: 96, height: 96 }) : null;
}

function editor(state: State): HTMLElement {
  const today = todayInJapan();
  const start = planInForce(state.versions, today) ?? state.versions[0];
  const rows: PlanRow[] = (start?.items ?? []).map((i) => ({ exercise: i.exercise, amount: String(i.amount), sets: String(i.sets), days_per_week: String(i.days_per_week) }));
  const chosen = h("ol", { class: "plan-rows" });
  const libraryList = h("ul", { class: "exercise-library" });
  const byKey = (key: string) => state.library.find((e) => e.key === key);

  const draw = () => {
    chosen.replaceChildren(
      ...(rows.length
        ? rows.map((row, i) => {
            const e = byKey(row.exercise);
            const title = e?.title ?? row.exercise;
            const unit = e ? tp.unitWords[e.unit] : "";
            const amount = textInput(row.amount, { inputmode: "numeric", maxlength: 3 });
            amount.addEventListener("input", () => (row.amount = amount.value));
            const sets = select(
              [1, 2, 3, 4, 5].map((n): [string, string] => [String(n), String(n)]),
              row.sets,
            );
            sets.addEventListener("change", () => (row.sets = sets.value));
            const days = select(
              [1, 2, 3, 4, 5, 6, 7].map((n): [string, string] => [String(n), String(n)]),
              row.days_per_week,
            );
            days.addEventListener("change", () => (row.days_per_week = days.value));
            return h(
              "li",
              { class: "plan-row" },
              h("div", { class: "plan-row-title" }, e ? picture(e, "plan-pic") : null, h("strong", null, title), e ? h("span", { class: "muted" }, `${tp.levelN(e.level)}`) : null),
              shortField(`plan-${i + 1}-amount`, title, `${unit}（${tp.units[e?.unit ?? "reps"]}、1〜${UNIT_MAX[e?.unit ?? "reps"]}）`, amount),
              shortField(`plan-${i + 1}-sets`, title, tp.setsWord, sets),
              shortField(`plan-${i + 1}-days`, title, tp.daysWord, days),
              h(
                "button",
                {
                  type: "button",
                  class: "secondary",
                  id: `plan-${i + 1}-remove`,
                  onclick: () => {
                    rows.splice(i, 1);
                    draw();
                    (document.getElementById(`plan-${Math.min(i + 1, rows.length)}-remove`) ?? document.getElementById("plan-library-title"))?.focus();
                  },
                },
                h("span", { class: "visually-hidden" }, `${title}を`),
                tp.removeWord,
              ),
            );
          })
        : [h("li", { class: "muted" }, tp.chosenNone)]),
    );
    libraryList.replaceChildren(
      ...state.library.map((e) => {
        const already = rows.some((r) => r.exercise === e.key);
        return h(
          "li",
          { class: "exercise-card" },
          picture(e, "library-pic"),
          h(
            "div",
            null,
            h("strong", null, e.title),
            h("br"),
            h("span", { class: "muted" }, `${tp.areas[e.area] ?? e.area}・${tp.levelN(e.level)}・${tp.units[e.unit]}`),
            e.local ? h("span", { class: "badge" }, tp.localMark) : null,
          ),
          already
            ? h("span", { class: "muted" }, tp.added)
            : h(
                "button",
                {
                  type: "button",
                  class: "secondary",
                  id: `add-${e.key}`,
                  onclick: () => {
                    rows.push({ exercise: e.key, amount: String(e.unit === "reps" ? 10 : e.unit === "seconds" ? 30 : 10), sets: "1", days_per_week: "5" });
                    draw();
                    document.getElementById(`plan-${rows.length}-amount`)?.focus();
                  },
                },
                tp.addItem(e.title),
              ),
        );
      }),
    );
  };
  draw();

  const startsOn = h("input", { type: "date" });
  startsOn.value = today;
  const note = textArea(start?.note ?? "", 3, 500);
  const msg = message();
  const status = statusLine();
  status.textContent = state.note;
  const button = h("button", { type: "submit", class: "primary", id: "plan-save" }, tp.planSave);
  const form = h(
    "form",
    { class: "stack" },
    h("p", null, tp.editorLead),
    h("fieldset", { class: "group" }, h("legend", null, tp.chosenTitle), chosen),
    h("div", { class: "grid-form" }, field("plan-starts-on", tp.startsOn, startsOn, tp.startsOnHint)),
    field("plan-note", tp.planNote, note),
    msg,
    status,
    button,
    h("section", { "aria-labelledby": "plan-library-title" }, h("h3", { id: "plan-library-title", tabindex: "-1" }, tp.libraryTitle), libraryList),
  );
  const payload = () => planPayload({ rows, starts_on: startsOn.value, note: note.value }, state.library);
  const check = () => {
    const checked = payload();
    return checked.ok ? null : checked.message;
  };
  // On an error, the server's words (422), and what was chosen stays in the form.
  submitForm(form, { button, message: msg, busyLabel: tp.saving, clear: [status], check }, async () => {
    const checked = payload();
    if (!checked.ok) return;
    await api.post<Prescription>(base(state.id), checked.payload);
    await reload(state, tp.planSaved);
    document.getElementById("plan-current-title")?.scrollIntoView({ block: "start" });
  });
  return h("section", { class: "card", "aria-labelledby": "plan-editor-title" }, h("h2", { id: "plan-editor-title" }, tp.editorTitle), form);
}

/** Sends a picture file as it is (the server shrinks and turns it upright). */
async function uploadPicture(key: string, file: File): Promise<Exercise> {
  const res = await authorizedFetch(`/api/v1/exercises/${encodeURIComponent(key)}/picture`, {
    method: "PUT",
    headers: { "Content-Type": file.type === "image/png" ? "image/png" : "image/jpeg", Accept: "application/json" },
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as Exercise & { message?: string };
  if (!res.ok) throw new Error(body.message || t.genericError);
  return body;
}

function pictureForm(state: State, e: Exercise): HTMLElement {
  const file = h("input", { type: "file", accept: "image/jpeg,image/png" });
  const msg = message();
  const status = statusLine();
  const shown = h("div", { class: "local-picture" }, e.picture_url ? privateImage(e.picture_url, tp.localPictureAlt(e.title), { class: "library-pic", width: 160, height: 160 }) : h("span", { class: "muted" }, tp.localNoPicture));
  const button = h("button", { type: "submit", class: "secondary", id: `picture-${e.key}-send` }, tp.localPictureSend);
  const form = h("form", { class: "stack picture-form" }, shown, field(`picture-${e.key}`, tp.localPicture(e.title), file), msg, status, button);
  submitForm(
    form,
    {
      button,
      message: msg,
      check: () => (file.files?.[0] ? null : tp.localPictureNone),
      reenable: true,
      errorText: (err: unknown) => (err instanceof Error && err.message ? err.message : errorText(err)),
      onError: () => (status.textContent = ""),
    },
    async () => {
      status.textContent = t.sending;
      const updated = await uploadPicture(e.key, file.files![0]);
      if (updated.picture_url) shown.replaceChildren(privateImage(updated.picture_url, tp.localPictureAlt(updated.title), { class: "library-pic", width: 160, height: 160 }));
      const known = state.library.findIndex((x) => x.key === updated.key);
      if (known >= 0) state.library[known] = updated;
      status.textContent = tp.localPictureDone;
      file.value = "";
    },
  );
  return form;
}

function localSection(state: State): HTMLElement | null {
  const canCreate = can("manage_local_exercises");
  const locals = state.library.filter((e) => e.local);
  const title = textInput("", { maxlength: 40 });
  const area = select(Object.entries(tp.areas), "strength");
  const level = select(
    [1, 2, 3].map((n): [string, string] => [String(n), String(n)]),
    "1",
  );
  const unit = select(Object.entries(tp.unitWords).map(([k, v]): [string, string] => [k, `${v}（${tp.units[k]}）`]), "reps");
  const steps = textArea("", 5, 2000);
  const safety = textArea("", 3, 2000);
  const msg = message();
  const status = statusLine();
  status.textContent = state.localNote;
  const button = h("button", { type: "submit", class: "primary", id: "local-create" }, tp.localCreate);
  const form = h(
    "form",
    { class: "stack" },
    h("div", { class: "grid-form" }, field("local-title", tp.localName, title), field("local-area", tp.localArea, area), field("local-level", tp.levelWord, level), field("local-unit", tp.localUnit, unit)),
    field("local-steps", tp.localSteps, steps),
    field("local-safety", tp.localSafety, safety),
    msg,
    status,
    button,
  );
  const body = () => ({ title: title.value.trim(), area: area.value, level: Number(level.value), unit: unit.value, steps: lines(steps.value), safety: lines(safety.value) });
  const check = () => {
    const b = body();
    return !b.title ? tp.localNameMissing : b.steps.length === 0 || b.steps.length > 10 ? tp.localStepsMissing : null;
  };
  submitForm(form, { button, message: msg, busyLabel: t.sending, check }, async () => {
    const created = await api.post<Exercise>("/api/v1/exercises", body());
    await reload(state, "", tp.localCreated(created.title));
    document.getElementById(`picture-${created.key}`)?.focus();
  });
  return h(
    "section",
    { class: "card", id: "local", "aria-labelledby": "local-title-h" },
    h("h2", { id: "local-title-h", tabindex: "-1" }, tp.localTitle),
    h("p", null, tp.localLead),
    h("h3", null, tp.localList),
    locals.length
      ? h(
          "ul",
          { class: "local-list" },
          locals.map((e) =>
            h(
              "li",
              null,
              h("strong", null, e.title),
              h("span", { class: "muted" }, `　${tp.areas[e.area] ?? e.area}・${tp.levelN(e.level)}`),
              canCreate ? pictureForm(state, e) : e.picture_url ? privateImage(e.picture_url, tp.localPictureAlt(e.title), { class: "library-pic", width: 96, height: 96 }) : null,
            ),
          ),
        )
      : h("p", null, tp.localListNone),
    canCreate ? h("h3", null, tp.localNew) : null,
    canCreate ? form : null,
  );
}

function render(state: State): void {
  const editable = can("prescribe");
  show(
    header(),
    backToRecord(state.id),
    h("h1", null, `${tp.planTitle}　${state.name}さん`),
    h("p", { class: "lead" }, tp.planLead),
    h("p", { class: "no-print" }, h("a", { href: `#/staff/participants/${state.id}/daily` }, tp.linkDaily), "　", h(
        "a",
        {
          href: "#local",
          onclick: (ev: Event) => {
            // Not a route: the section below, with the keyboard's place moved there too.
            ev.preventDefault();
            document.getElementById("local-title-h")?.focus();
          },
        },
        tp.localTitle,
      )),
    currentSection(state),
    editable ? editor(state) : h("p", null, tp.planOnlyTherapist),
    localSection(state),
  );
}
