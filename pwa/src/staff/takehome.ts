// お渡し用の紙: one A4 sheet for a new participant to take home — the phone code and its QR, the
// twelve dates with weekday, time and place (and the 送迎 meeting point), the graduation day,
// and the provider's name and phone, in large plain words. Opening it issues a fresh phone code
// when the staff member may issue one (audited like every code).

import { h, show } from "../dom";
import { dateTimeJapan, fullDate, monthDay } from "../format";
import { tp } from "../strings/staff";
import { api, backToRecord, can, failed, header, loading, printButton } from "./common";
import type { Schemas } from "../api";

type Sheet = Schemas["TakeHomeSheet"];
type Code = Schemas["EnrollmentCode"];

export async function takeHomeScreen(id: string): Promise<void> {
  loading(tp.takeHomeLink);
  try {
    const [sheet, code] = await Promise.all([
      api.get<Sheet>(`/api/v1/participants/${id}/take-home`),
      can("issue_phone_code") ? api.post<Code>(`/api/v1/participants/${id}/enrollment-codes`, {}) : Promise.resolve(null),
    ]);
    render(id, sheet, code);
  } catch (e) {
    failed(tp.takeHomeLink, e, `#/staff/participants/${id}`);
  }
}

function codeBlock(code: Code | null): HTMLElement {
  if (!code) return h("section", { class: "take-home-code", "aria-labelledby": "th-code" }, h("h2", { id: "th-code" }, tp.takeHomePhoneTitle), h("p", null, tp.takeHomeNoCode));
  const qr = h("img", { src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.qr_svg)}`, alt: tp.takeHomePhoneLead, class: "take-home-qr" });
  return h(
    "section",
    { class: "take-home-code", "aria-labelledby": "th-code" },
    h("h2", { id: "th-code" }, tp.takeHomePhoneTitle),
    h("div", { class: "take-home-code-row" }, qr, h("div", null, h("p", null, tp.takeHomePhoneLead), h("p", { class: "code", "data-testid": "take-home-code" }, code.code), h("p", null, tp.takeHomeCodeExpires(dateTimeJapan(code.expires_at))))),
  );
}

function render(id: string, s: Sheet, code: Code | null): void {
  const time = tp.takeHomeTime(s.starts_at ?? null, s.ends_at ?? null);
  const schedule = s.sessions.length
    ? h(
        "table",
        { class: "take-home-schedule" },
        h("caption", { class: "visually-hidden" }, tp.takeHomeSchedule),
        h("thead", null, h("tr", null, [tp.takeHomeColNumber, tp.takeHomeColDay, tp.takeHomeColTime, tp.takeHomeColPlace].map((c) => h("th", { scope: "col" }, c)))),
        h(
          "tbody",
          null,
          s.sessions.map((x) =>
            h("tr", null, h("th", { scope: "row" }, tp.takeHomeSessionN(x.number)), h("td", null, monthDay(x.date)), h("td", null, time), h("td", null, x.kind === "home" ? tp.takeHomeAtHome : s.venue)),
          ),
        ),
      )
    : h("p", null, tp.takeHomeNoSchedule);
  show(
    header(),
    backToRecord(id),
    h("div", { class: "no-print actions" }, printButton(), code ? h("p", { class: "hint" }, tp.takeHomeCodeNote) : null),
    h(
      "article",
      { class: "take-home", "data-testid": "take-home" },
      h("h1", null, tp.takeHomeTitle(s.display_name)),
      h("p", null, tp.takeHomeLead(s.cohort_name, s.provider_name)),
      h(
        "dl",
        { class: "take-home-facts" },
        h("dt", null, tp.takeHomeWhen),
        h("dd", null, time),
        h("dt", null, tp.takeHomeWhere),
        h("dd", null, s.venue),
        h("dt", null, tp.takeHomeTransport),
        h("dd", null, s.transport ? tp.takeHomeTransportYes(s.meeting_point) : tp.takeHomeTransportNo),
        h("dt", null, tp.takeHomeGraduation),
        h("dd", { "data-testid": "take-home-graduation" }, s.graduation_date ? tp.takeHomeGraduationLine(fullDate(s.graduation_date)) : tp.takeHomeNoSchedule),
      ),
      h("section", { "aria-labelledby": "th-schedule" }, h("h2", { id: "th-schedule" }, tp.takeHomeSchedule), schedule),
      h(
        "div",
        { class: "take-home-bottom" },
        h(
          "section",
          { class: "take-home-contact", "aria-labelledby": "th-contact" },
          h("h2", { id: "th-contact" }, tp.takeHomeContact),
          h("p", null, s.provider_name),
          h("p", { class: "take-home-phone" }, tp.takeHomePhone(s.provider_phone)),
          s.provider_address ? h("p", null, s.provider_address) : null,
        ),
        codeBlock(code),
      ),
    ),
  );
}
