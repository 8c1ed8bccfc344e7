// 予定をカレンダーに登録: an iCalendar address per staff member. The address is the key, so
// it is shown once, with a copy button, and can be revoked.

import { h } from "../dom";
import { dateTimeJapan } from "../format";
import { tp } from "../strings/staff";
import { api, errorText, message } from "./common";
import type { CalendarFeed, NewCalendarFeed } from "./types";

export function calendarSection(): HTMLElement {
  const output = h("div", { "aria-live": "polite" });
  const list = h("div");
  const msg = message();
  const drawList = async () => {
    try {
      const feeds = await api.get<CalendarFeed[]>("/api/v1/calendar-feeds");
      list.replaceChildren(
        h("h3", null, tp.calendarFeeds),
        feeds.length
          ? h(
              "ul",
              { class: "feeds" },
              feeds.map((f) =>
                h(
                  "li",
                  null,
                  tp.calendarCreated(dateTimeJapan(f.created_at)),
                  f.revoked_at
                    ? h("span", { class: "muted" }, `　${tp.calendarRevoked}`)
                    : h(
                        "button",
                        {
                          type: "button",
                          class: "secondary",
                          onclick: async () => {
                            if (!confirm(tp.calendarRevokeConfirm)) return;
                            try {
                              await api.request("DELETE", `/api/v1/calendar-feeds/${f.id}`);
                              await drawList();
                            } catch (e) {
                              msg.textContent = errorText(e);
                            }
                          },
                        },
                        tp.calendarRevoke,
                      ),
                ),
              ),
            )
          : h("p", null, tp.calendarNone),
      );
    } catch {
      list.replaceChildren();
    }
  };
  const create = h(
    "button",
    {
      type: "button",
      class: "secondary",
      onclick: async () => {
        create.disabled = true;
        msg.textContent = "";
        try {
          const feed = await api.post<NewCalendarFeed>("/api/v1/calendar-feeds", {});
          const url = h("input", { type: "text", id: "calendar-url", readonly: true, value: feed.url, class: "url" });
          const copied = h("p", { role: "status", class: "saved-note" });
          output.replaceChildren(
            h("label", { for: "calendar-url" }, tp.calendarUrl),
            h(
              "div",
              { class: "inline" },
              url,
              h(
                "button",
                {
                  type: "button",
                  class: "secondary",
                  onclick: async () => {
                    try {
                      await navigator.clipboard.writeText(feed.url);
                      copied.textContent = tp.copied;
                    } catch {
                      url.select();
                      copied.textContent = tp.copyFailed;
                    }
                  },
                },
                tp.copy,
              ),
            ),
            h("p", { class: "hint" }, tp.calendarOnce),
            copied,
          );
          await drawList();
        } catch (e) {
          msg.textContent = errorText(e);
        } finally {
          create.disabled = false;
        }
      },
    },
    tp.calendarCreate,
  );
  void drawList();
  return h(
    "section",
    { class: "card no-print", "aria-labelledby": "calendar-title" },
    h("h2", { id: "calendar-title" }, tp.calendarTitle),
    h("p", null, tp.calendarLead),
    create,
    msg,
    output,
    list,
  );
}
