// The interview's elapsed time: starts when the screen opens, can be paused and restarted,
// and only ever informs (20:00 is a gentle marker, never a limit).

export const GENTLE_MARK_SECONDS = 20 * 60;

export class Stopwatch {
  private startedAt: number | null;
  private carried = 0;

  constructor(private readonly now: () => number = () => Date.now()) {
    this.startedAt = now();
  }

  get running(): boolean {
    return this.startedAt !== null;
  }

  /** Whole seconds counted so far. */
  seconds(): number {
    const live = this.startedAt === null ? 0 : this.now() - this.startedAt;
    return Math.floor((this.carried + live) / 1000);
  }

  pause(): void {
    if (this.startedAt === null) return;
    this.carried += this.now() - this.startedAt;
    this.startedAt = null;
  }

  resume(): void {
    if (this.startedAt === null) this.startedAt = this.now();
  }

  toggle(): void {
    if (this.running) this.pause();
    else this.resume();
  }
}

/** 75 → "01:15"; an hour or more keeps counting minutes ("61:05"). */
export function mmss(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

export function pastGentleMark(seconds: number): boolean {
  return seconds >= GENTLE_MARK_SECONDS;
}
