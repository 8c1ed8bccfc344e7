// Files staff save rather than read on screen (CSV for Excel and older spreadsheet software):
// fetched through the signed-in session, the button busy meanwhile, and a refusal shown in
// the server's own words (e.g. which characters Shift_JIS cannot hold).

import { ApiError } from "../api";
import { h } from "../dom";
import { tp } from "../strings/staff";
import { api, errorText, field, select } from "./common";

/** Fetches `path` with the session and saves it as `filename`; a refusal throws an ApiError. */
export async function saveDownload(path: string, filename: string): Promise<void> {
  const { token } = await api.accessToken();
  const res = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
    throw new ApiError(res.status, body.error ?? "", body.message ?? "", body as Record<string, unknown>);
  }
  const url = URL.createObjectURL(await res.blob());
  const a = h("a", { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The choice of characters for a CSV: UTF-8 for today's Excel (default), Shift_JIS for
 * older systems. `query()` is what to add to the address (`&encoding=…`, or nothing). */
export function csvEncodingChoice(id: string): { field: HTMLElement; query: () => string } {
  const choice = select(
    [
      ["utf-8", tp.csvUtf8],
      ["shift_jis", tp.csvShiftJis],
    ],
    "utf-8",
  );
  choice.name = "encoding";
  const block = field(id, tp.csvEncoding, choice, tp.csvEncodingHint);
  block.classList.add("no-print");
  return { field: block, query: () => (choice.value === "shift_jis" ? "&encoding=shift_jis" : "") };
}

/** Downloads a CSV through the signed-in session (the button says it is busy meanwhile). */
export async function downloadCsv(path: string, filename: string, button: HTMLButtonElement, message: HTMLElement): Promise<void> {
  const label = button.textContent;
  button.disabled = true;
  button.textContent = tp.downloading;
  message.textContent = "";
  try {
    await saveDownload(path, filename);
  } catch (e) {
    message.textContent = errorText(e);
  } finally {
    button.disabled = false;
    button.textContent = label;
  }
}
