// Which screen is showing, and the guard that keeps a slow answer from drawing over a newer
// screen: a read that is answered after the person has moved on is never answered at all, so
// the code awaiting it (the old screen's drawing) never runs. Staff mode's router and API
// client use it; no DOM here, so it is unit-tested.

import { Api, RequestOptions, SessionStore } from "./api";

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export class Screens {
  private turn = 0;

  /** The screen showing now: it changes each time the person moves on. */
  current(): number {
    return this.turn;
  }

  /** The person moves on: every screen before this one is stale. */
  next(): number {
    this.turn += 1;
    return this.turn;
  }

  /** `promise`, for the screen showing now: if it settles after the person has moved on, it
   * never settles for the caller (a promise that is never answered holds nothing). */
  hold<T>(promise: Promise<T>): Promise<T> {
    const mine = this.turn;
    return promise.then(
      (value) => (this.turn === mine ? value : new Promise<T>(() => undefined)),
      (error: unknown) => (this.turn === mine ? Promise.reject(error) : new Promise<T>(() => undefined)),
    );
  }

  /** A screen whose code loads on demand: opened only if the person still waits for it. */
  later<M, P>(load: () => Promise<M>, open: (module: M, params: P) => unknown): (params: P) => Promise<unknown> {
    return async (params) => open(await this.hold(load()), params);
  }
}

/** The API client of a mode with screens: reads answer only the screen that asked. Writes
 * always answer (what follows a save, such as clearing a draft, must happen). */
export class ScreenApi extends Api {
  constructor(
    private readonly screens: Screens,
    store: SessionStore,
    fetchFn?: FetchFn,
    now?: () => number,
  ) {
    super(store, fetchFn, now);
  }

  override request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    const answer = super.request<T>(method, path, body, options);
    return method === "GET" ? this.screens.hold(answer) : answer;
  }
}
