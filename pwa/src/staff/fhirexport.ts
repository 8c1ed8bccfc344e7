// Staff mode: the municipality's FHIR R4 export of a cohort or a person. The server streams the
// Bundle one entry per line; the screen counts the people as they arrive and shows it.

import { h } from "../dom";
import { tp } from "../strings/staff";
import { api, can, errorText } from "./common";
import { PatientCounter } from "./fhircount";

/** Downloads the export at `query` (`cohort=…` or `participant=…`) as a file, showing progress. */
async function download(query: string, filename: string, button: HTMLButtonElement, progress: HTMLProgressElement, status: HTMLElement): Promise<void> {
  button.disabled = true;
  status.textContent = tp.downloading;
  progress.hidden = false;
  progress.removeAttribute("value");
  try {
    const { token } = await api.accessToken();
    const res = await fetch(`/api/v1/exports/fhir?${query}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok || !res.body) throw new Error(String(res.status));
    const total = Number(res.headers.get("X-Export-People") ?? "0");
    progress.max = Math.max(total, 1);
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    const counter = new PatientCounter();
    const parts: BlobPart[] = [];
    let tail = "";
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value as BlobPart);
      bytes += value.byteLength;
      const piece = decoder.decode(value, { stream: true });
      tail = (tail + piece).slice(-16);
      const people = counter.push(piece);
      progress.value = people;
      status.textContent = tp.fhirProgress(people, total, Math.ceil(bytes / 1024));
    }
    const rest = decoder.decode();
    tail = (tail + rest).trimEnd();
    counter.push(rest);
    const done = counter.finish();
    if (!tail.endsWith("]}") || done !== total) throw new Error(tp.fhirCut);
    const url = URL.createObjectURL(new Blob(parts, { type: "application/fhir+json" }));
    const a = h("a", { href: url, download: filename, class: "visually-hidden" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    progress.value = progress.max;
    status.textContent = tp.fhirDone(total, Math.ceil(bytes / 1024));
  } catch (e) {
    progress.hidden = true;
    status.textContent = e instanceof Error && e.message === tp.fhirCut ? tp.fhirCut : errorText(e);
  } finally {
    button.disabled = false;
  }
}

/** The export's button with its progress bar and status line, or nothing for those who may not. */
export function fhirExportBlock(query: string, filename: string, label: string, lead: string): HTMLElement | null {
  if (!can("export_fhir")) return null;
  const button = h("button", { type: "button", class: "secondary" }, label) as HTMLButtonElement;
  const progress = h("progress", { "aria-label": label, hidden: true }) as HTMLProgressElement;
  const status = h("p", { class: "message", role: "status", "aria-live": "polite" });
  button.addEventListener("click", () => void download(query, filename, button, progress, status));
  return h("div", { class: "fhir-export no-print" }, h("p", { class: "hint" }, lead), button, progress, status);
}
