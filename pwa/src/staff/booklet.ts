// 手帳を印刷: a person's whole notebook as the A4 booklet their phone prints — the same answer
// (the server's one projection) through the same renderer, read by staff for the person.
// After 修了, what the person recorded is theirs alone unless they consented to share it: the
// server leaves it out and says where it stops.

import { Schemas } from "../api";
import { h, show } from "../dom";
import { fullDate } from "../format";
import { tp } from "../strings/staff";
import { api, backToRecord, failed, header, loading, printButton } from "./common";

type StaffNotebook = Schemas["StaffNotebook"];

export async function bookletScreen(id: string): Promise<void> {
  loading(tp.bookletTitle);
  try {
    const [answer, { bookletSheets }] = await Promise.all([api.get<StaffNotebook>(`/api/v1/participants/${id}/notebook`), import("../booklet")]);
    document.title = `${tp.bookletTitle}｜${answer.notebook.display_name}`;
    show(
      header(),
      backToRecord(id),
      h("h1", { class: "print-sr" }, tp.bookletTitle),
      h("p", { class: "no-print" }, tp.bookletLead),
      answer.shown_until ? h("p", { class: "no-print attention-note" }, tp.bookletCut(fullDate(answer.shown_until))) : null,
      h("div", { class: "no-print actions" }, printButton(tp.bookletPrint)),
      bookletSheets(answer.notebook),
    );
  } catch (e) {
    failed(tp.bookletTitle, e, `#/staff/participants/${id}`);
  }
}
