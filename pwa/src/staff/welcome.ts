// The one-time link of a new administrator (made by `dekita init`), an invited staff member or
// a password reset: who it is for, then the password — and the second factor when the
// municipality requires one.

import { h, show } from "../dom";
import { dateTimeJapan } from "../format";
import { t, tp } from "../strings/staff";
import { api, errorText, field, header, submitForm } from "./common";

export async function welcomeScreen(token: string): Promise<void> {
  show(header(), h("h1", null, tp.welcomeTitle), h("p", { role: "status" }, t.loading));
  let info;
  try {
    info = await api.lookupLink(token);
  } catch (e) {
    show(header(), h("h1", null, tp.welcomeTitle), h("p", { class: "message", role: "alert" }, tp.linkInvalid), h("p", { class: "hint" }, errorText(e)));
    return;
  }
  const password = h("input", { type: "password", autocomplete: "new-password", required: true, minlength: 10 });
  const again = h("input", { type: "password", autocomplete: "new-password", required: true, minlength: 10 });
  const username = h("input", { type: "email", autocomplete: "username", value: info.email, readonly: true, class: "visually-hidden", tabindex: -1, "aria-hidden": "true" });
  const message = h("p", { class: "message", role: "alert" });
  const button = h("button", { type: "submit", class: "primary" }, tp.setPassword);
  const form = h(
    "form",
    { class: "stack narrow" },
    username,
    field("new-password", tp.newPassword, password),
    field("new-password-again", tp.newPasswordAgain, again),
    message,
    button,
  );
  const signedIn = () => {
    location.hash = "#/staff";
  };
  submitForm(form, { button, message, busyLabel: t.sending, check: () => (password.value !== again.value ? tp.passwordsDiffer : null) }, async () => {
    const answer = await api.acceptLink(token, password.value);
    if ("ticket" in answer) {
      const { codeStep, enrollStep } = await import("./account");
      if (answer.enroll_required) await enrollStep(answer, signedIn);
      else codeStep(answer, signedIn);
      return;
    }
    signedIn();
  });
  const role = tp.roleNames[info.role] ?? info.role;
  show(
    header(),
    h("h1", null, tp.welcomeTitle),
    h("p", null, info.purpose === "reset" ? tp.welcomeReset(info.name) : tp.welcomeLead(info.name, info.municipality_name)),
    h("p", null, tp.welcomeFor(info.email, role, info.provider_name ?? null)),
    info.two_factor_required ? h("p", null, tp.welcomeTwoFactor) : null,
    h("p", { class: "hint" }, tp.welcomeExpires(dateTimeJapan(info.expires_at))),
    form,
  );
  password.focus();
}
