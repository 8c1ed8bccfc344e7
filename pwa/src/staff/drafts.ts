// Drafts of what a therapist types, kept in the browser (localStorage) so that a reload, a
// closed tab or a lost connection loses nothing. One draft per participant and session, with
// the version it was started from, so saving it later still detects someone else's change.

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Draft<F> {
  base_version: number;
  fields: F;
  saved_at: string;
}

export class DraftStore<F extends object> {
  constructor(
    private readonly storage: KeyValueStore,
    private readonly prefix: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  key(participantId: string, session: number | string): string {
    return `${this.prefix}.${participantId}.${session}`;
  }

  load(participantId: string, session: number | string): Draft<F> | null {
    try {
      const raw = this.storage.getItem(this.key(participantId, session));
      if (!raw) return null;
      const draft = JSON.parse(raw) as Draft<F>;
      if (typeof draft?.base_version !== "number" || !draft.fields || typeof draft.fields !== "object") return null;
      return draft;
    } catch {
      return null;
    }
  }

  save(participantId: string, session: number | string, baseVersion: number, fields: F): void {
    const draft: Draft<F> = { base_version: baseVersion, fields, saved_at: this.now().toISOString() };
    try {
      this.storage.setItem(this.key(participantId, session), JSON.stringify(draft));
    } catch {
      /* storage full or blocked: the form itself still holds the text */
    }
  }

  clear(participantId: string, session: number | string): void {
    try {
      this.storage.removeItem(this.key(participantId, session));
    } catch {
      /* nothing to clear */
    }
  }
}

/** Whether a draft says something the stored document does not (else there is nothing to restore). */
export function draftDiffers<F extends object>(draft: Draft<F>, stored: F & { version: number }): boolean {
  if (draft.base_version !== stored.version) return true;
  const d = draft.fields as Record<string, unknown>;
  const s = stored as unknown as Record<string, unknown>;
  return Object.keys(d).some((k) => (d[k] ?? "") !== (s[k] ?? ""));
}
