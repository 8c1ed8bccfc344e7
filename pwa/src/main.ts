// The router: participant mode by default, staff mode under #/staff (loaded only when used,
// so a participant's phone never downloads it).

import { Api, storageSession } from "./api";
import { enrollScreen, homeScreen } from "./participant";

const participantApi = new Api(storageSession(localStorage, "dekita.participant"));

async function route(): Promise<void> {
  const hash = location.hash || "#/";
  document.body.classList.toggle("staff", hash.startsWith("#/staff"));
  if (hash.startsWith("#/staff")) {
    const staff = await import("./staff/index");
    await staff.route(hash);
    return;
  }
  const enroll = /^#\/enroll(?:\/([^/?#]*))?/.exec(hash);
  if (enroll) {
    enrollScreen(participantApi, decodeURIComponent(enroll[1] ?? ""));
    return;
  }
  if (!participantApi.session) {
    enrollScreen(participantApi);
    return;
  }
  await homeScreen(participantApi);
}

window.addEventListener("hashchange", () => void route());
void route();

if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => undefined);
  });
}
