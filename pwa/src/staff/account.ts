// The staff member's account: two-factor sign-in (set up, recovery codes, turn off), the second
// step of signing in, and — for the municipality — the requirement and the reset per person.

import { TwoFactorChallenge, TwoFactorSetup } from "../api";
import { h, show } from "../dom";
import { t, tp } from "../strings/staff";
import { api, can, currentUser, errorText, field, header, submitForm } from "./common";

interface TwoFactorStatus {
  enabled: boolean;
  required: boolean;
  recovery_codes_left: number;
}

interface StaffSummary {
  id: string;
  name: string;
  role: string;
  provider_name: string | null;
  two_factor_enabled: boolean;
}

function codeInput(name: string, recovery = false): HTMLInputElement {
  return h("input", {
    name,
    autocomplete: "one-time-code",
    inputmode: recovery ? "text" : "numeric",
    required: true,
    maxlength: recovery ? 24 : 6,
    spellcheck: "false",
  });
}

function busy(button: HTMLButtonElement, on: boolean, label: string): void {
  button.disabled = on;
  button.textContent = on ? t.sending : label;
}

/** The ten recovery codes, shown once, with a way to print them. */
export function recoveryCodesView(codes: string[], onDone: () => void): HTMLElement {
  return h(
    "section",
    { class: "card", "aria-labelledby": "recovery-title" },
    h("h2", { id: "recovery-title" }, tp.recoveryTitle),
    h("p", null, tp.recoveryIntro),
    h("ol", { class: "recovery-codes", "data-testid": "recovery-codes" }, codes.map((c) => h("li", null, h("code", null, c)))),
    h("p", { class: "no-print" }, h("button", { type: "button", class: "secondary", onclick: () => window.print() }, t.print)),
    h("p", { class: "no-print" }, h("button", { type: "button", class: "primary", onclick: onDone }, tp.recoveryKept)),
  );
}

/** Setting up an authenticator: QR code and typed key, then one code to confirm. `start` and
 * `confirm` are the calls of the signed-in screen or of a sign-in that waits for it. */
function setupView(setup: TwoFactorSetup, confirm: (code: string) => Promise<string[]>, onCodes: (codes: string[]) => void): HTMLElement {
  const input = codeInput("setup-code");
  const message = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, tp.confirmSetup);
  const form = h(
    "form",
    { class: "stack narrow" },
    h("p", null, tp.scanQr),
    h("img", { src: `data:image/png;base64,${setup.qr_png_base64}`, alt: tp.qrAlt2fa, width: 200, height: 200 }),
    h("p", { class: "hint", id: "manual-key-hint" }, tp.manualKey),
    h("p", null, h("code", { class: "manual-key", "data-testid": "manual-key", "aria-describedby": "manual-key-hint" }, setup.secret.replace(/(.{4})/g, "$1 ").trim())),
    field("setup-code", tp.setupCode, input),
    message,
    button,
  );
  submitForm(form, { button, message, busyLabel: t.sending, onError: () => input.select() }, async () => onCodes(await confirm(input.value.trim())));
  return form;
}

/** The second step of signing in: a code from the app, or a recovery code. */
export function codeStep(challenge: TwoFactorChallenge, onSignedIn: () => void): void {
  const input = codeInput("code", true);
  const message = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, tp.verifyCode);
  const form = h(
    "form",
    { class: "stack narrow" },
    h("p", null, tp.codeStepIntro),
    field("code", tp.codeOrRecovery, input, tp.recoveryHint),
    message,
    button,
    h("p", null, h("a", { href: "#/staff/login", onclick: () => location.reload() }, tp.backToLogin)),
  );
  const again = () => {
    input.value = "";
    input.focus();
  };
  submitForm(form, { button, message, busyLabel: t.sending, onError: again }, async () => {
    await api.verifyTwoFactor(challenge.ticket, input.value.trim());
    onSignedIn();
  });
  show(header(), h("h1", null, tp.codeStepTitle), form);
  input.focus();
}

/** A sign-in that must first set up a second factor (the municipality requires one). */
export async function enrollStep(challenge: TwoFactorChallenge, onSignedIn: () => void): Promise<void> {
  const area = h("div", null);
  const begin = h("button", { type: "button", class: "primary" }, tp.startSetup);
  begin.addEventListener("click", async () => {
    busy(begin, true, tp.startSetup);
    try {
      const setup = await api.setupTwoFactorWithTicket(challenge.ticket);
      area.replaceChildren(
        setupView(
          setup,
          (code) => api.confirmTwoFactorWithTicket(challenge.ticket, code),
          (codes) => area.replaceChildren(recoveryCodesView(codes, onSignedIn)),
        ),
      );
      area.querySelector("input")?.focus();
    } catch (e) {
      area.replaceChildren(h("p", { class: "message", role: "alert" }, errorText(e)));
      busy(begin, false, tp.startSetup);
    }
  });
  area.append(begin);
  show(header(), h("h1", null, tp.enrollStepTitle), h("p", null, tp.enrollStepIntro), h("p", null, tp.twoFactorIntro), area);
}

async function twoFactorSection(): Promise<HTMLElement> {
  const section = h("section", { class: "card", "aria-labelledby": "two-factor-title" });
  const status = await api.get<TwoFactorStatus>("/api/v1/auth/two-factor");
  const user = currentUser();
  const refresh = async () => section.replaceWith(await twoFactorSection());
  const heading = h("h2", { id: "two-factor-title" }, tp.twoFactorTitle);
  const state = h("p", { role: "status", "data-testid": "two-factor-state" }, status.enabled ? tp.twoFactorOn : tp.twoFactorOff);
  const required = status.required && user ? h("p", null, tp.twoFactorRequiredNote(user.municipality_name)) : null;
  if (!status.enabled) {
    const area = h("div", null);
    const begin = h("button", { type: "button", class: "primary" }, tp.startSetup);
    begin.addEventListener("click", async () => {
      busy(begin, true, tp.startSetup);
      try {
        const setup = await api.post<TwoFactorSetup>("/api/v1/auth/two-factor/setup", {});
        area.replaceChildren(
          setupView(
            setup,
            async (code) => (await api.post<{ recovery_codes: string[] }>("/api/v1/auth/two-factor/confirm", { code })).recovery_codes,
            (codes) => area.replaceChildren(recoveryCodesView(codes, () => void refresh())),
          ),
        );
        area.querySelector("input")?.focus();
      } catch (e) {
        area.replaceChildren(h("p", { class: "message", role: "alert" }, errorText(e)));
      }
    });
    area.append(begin);
    section.append(heading, state, required ?? "", h("p", null, tp.twoFactorIntro), area);
    return section;
  }
  section.append(heading, state, required ?? "", h("p", null, tp.recoveryLeft(status.recovery_codes_left)));
  if (status.recovery_codes_left <= 3) section.append(h("p", { class: "hint" }, tp.recoveryLow));
  if (!status.required) {
    const input = codeInput("off-code", true);
    const message = h("p", { class: "message", role: "alert" });
    const button = h("button", { type: "submit", class: "secondary" }, tp.turnOff);
    const form = h("form", { class: "stack narrow" }, h("h3", null, tp.turnOffTitle), field("off-code", tp.codeOrRecovery, input, tp.turnOffHint), message, button);
    submitForm(form, { button, message, busyLabel: t.sending }, async () => {
      await api.post("/api/v1/auth/two-factor/disable", { code: input.value.trim() });
      await refresh();
    });
    section.append(form);
  }
  return section;
}

async function municipalitySection(): Promise<HTMLElement> {
  const section = h("section", { class: "card", "aria-labelledby": "staff-2fa-title" });
  const [staff, status] = await Promise.all([api.get<StaffSummary[]>("/api/v1/staff"), api.get<TwoFactorStatus>("/api/v1/auth/two-factor")]);
  const note = h("p", { role: "status", class: "saved" });
  const box = h("input", { type: "checkbox", id: "require-2fa", checked: status.required });
  const save = h("button", { type: "button", class: "secondary" }, tp.requireSave);
  save.addEventListener("click", async () => {
    busy(save, true, tp.requireSave);
    try {
      const answer = await api.put<{ required: boolean }>("/api/v1/municipality/two-factor", { required: box.checked });
      note.textContent = answer.required ? `${tp.requireSaved}${tp.requireOnNote}` : tp.requireSaved;
    } catch (e) {
      note.textContent = errorText(e);
    }
    busy(save, false, tp.requireSave);
  });
  const rows = staff.map((s) => {
    const cell = h("td", null);
    if (s.two_factor_enabled) {
      cell.append(
        h(
          "button",
          {
            type: "button",
            class: "secondary",
            "aria-label": tp.resetLabel(s.name),
            onclick: async () => {
              if (!confirm(tp.confirmReset(s.name))) return;
              try {
                await api.request("DELETE", `/api/v1/staff/${encodeURIComponent(s.id)}/two-factor`);
                note.textContent = tp.resetDone(s.name);
                section.replaceWith(await municipalitySection());
              } catch (e) {
                note.textContent = errorText(e);
              }
            },
          },
          tp.resetTwoFactor,
        ),
      );
    }
    return h(
      "tr",
      null,
      h("td", null, s.name),
      h("td", null, tp.roleNames[s.role] ?? s.role, s.provider_name ? `（${s.provider_name}）` : ""),
      h("td", null, s.two_factor_enabled ? tp.twoFactorYes : tp.twoFactorNo),
      cell,
    );
  });
  section.append(
    h("h2", { id: "staff-2fa-title" }, tp.adminTwoFactorTitle),
    h("p", null, h("label", { class: "choice" }, box, tp.requireTwoFactor)),
    h("p", null, save),
    note,
    h(
      "table",
      null,
      h("caption", { class: "visually-hidden" }, tp.adminTwoFactorTitle),
      h("thead", null, h("tr", null, ...[t.colName, tp.colRole, tp.colTwoFactor, tp.colAction].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", null, rows),
    ),
  );
  return section;
}

export async function accountScreen(): Promise<void> {
  show(header(), h("h1", null, tp.accountTitle), h("p", { role: "status" }, t.loading));
  try {
    const sections = [await twoFactorSection()];
    if (can("manage_staff")) sections.push(await municipalitySection());
    show(header(), h("p", { class: "no-print" }, h("a", { href: "#/staff" }, t.back)), h("h1", null, tp.accountTitle), ...sections);
  } catch (e) {
    show(header(), h("h1", null, tp.accountTitle), h("p", { class: "message", role: "alert" }, errorText(e)), h("p", null, h("a", { href: "#/staff" }, t.back)));
  }
}
