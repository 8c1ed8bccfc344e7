// The router: participant mode by default, staff mode under #/staff (loaded only when used,
// so a participant's phone never downloads it).

import { Api, storageSession } from "./api";
import { enrollScreen, homeScreen } from "./participant";
import { dispatch, Route } from "./routes";

const participantApi = new Api(storageSession(localStorage, "dekita.participant"));

const routes: Route[] = [
  ["/staff/*", async () => (await import("./staff/index")).route(location.hash)],
  ["/welcome/:token", async ({ token }) => (await import("./staff/welcome")).welcomeScreen(token)],
  ["/enroll", () => enrollScreen(participantApi)],
  ["/enroll/:code", ({ code }) => enrollScreen(participantApi, code)],
  ["/*", () => (participantApi.session ? homeScreen(participantApi) : enrollScreen(participantApi))],
];

async function route(): Promise<void> {
  const hash = location.hash || "#/";
  document.body.classList.toggle("staff", hash.startsWith("#/staff") || hash.startsWith("#/welcome"));
  document.body.classList.toggle("summary-print", hash.startsWith("#/graduation"));
  await dispatch(routes, hash);
}

window.addEventListener("hashchange", () => void route());
void route();

if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js").catch(() => undefined);
  });
}
