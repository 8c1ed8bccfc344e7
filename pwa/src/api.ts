// The API client: bearer tokens, refresh with rotation (the new refresh token is saved before
// anything else happens), and errors carrying the server's Japanese message.

import type { components } from "./api-types";

/** The server's wire types, generated from its OpenAPI document (api-types.ts). */
export type Schemas = components["schemas"];

/** What a staff member may do (the server's policy actions, as `capabilities` lists them). */
export type Capability = Schemas["Action"];

export type StaffUser = Extract<Schemas["User"], { kind: "staff" }>;
export type ParticipantUser = Extract<Schemas["User"], { kind: "participant" }>;
export type User = Schemas["User"];
export type TokenResponse = Schemas["TokenResponse"];
/** A right password when a second factor is needed: the ticket is for the second step only. */
export type TwoFactorChallenge = Schemas["TwoFactorChallenge"];
export type TwoFactorSetup = Schemas["SetupResponse"];
export type TwoFactorConfirmed = Schemas["ConfirmResponse"];

export interface Session {
  refresh_token: string;
  user: User;
}

export interface SessionStore {
  load(): Session | null;
  save(session: Session | null): void;
}

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    /** The whole error body, e.g. a 412's `current` document. */
    public readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface RequestOptions {
  /** The version the editor started from, sent as `If-Match: "N"`. */
  ifMatch?: number;
}

/** Thrown when the server cannot be reached at all (offline, no signal). */
export class NetworkError extends Error {}

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export class Api {
  private access: { token: string; expiresAt: number } | null = null;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly store: SessionStore,
    private readonly fetchFn: FetchFn = (i, init) => fetch(i, init),
    private readonly now: () => number = () => Date.now(),
  ) {}

  get session(): Session | null {
    return this.store.load();
  }

  private async send(method: string, path: string, body?: unknown, token?: string, options: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (token) headers.Authorization = `Bearer ${token}`;
    if (options.ifMatch !== undefined) headers["If-Match"] = `"${options.ifMatch}"`;
    try {
      return await this.fetchFn(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new NetworkError("network");
    }
  }

  private static async fail(res: Response): Promise<never> {
    let code = "http_" + res.status;
    let message = "";
    let body: Record<string, unknown> = {};
    try {
      const data = (await res.json()) as { error?: string; message?: string };
      if (data && typeof data === "object") body = data as Record<string, unknown>;
      code = data.error ?? code;
      message = data.message ?? "";
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, code, message, body);
  }

  private accept(tokens: TokenResponse): User {
    // Rotation: the old refresh token is spent, keep the new one at once.
    this.store.save({ refresh_token: tokens.refresh_token, user: tokens.user });
    this.access = { token: tokens.access_token, expiresAt: this.now() + (tokens.expires_in - 30) * 1000 };
    return tokens.user;
  }

  /** The password step: signed in, or a ticket when a second factor is needed. */
  async login(email: string, password: string): Promise<User | TwoFactorChallenge> {
    const res = await this.send("POST", "/api/v1/auth/login", { email, password });
    if (!res.ok) return Api.fail(res);
    const body = (await res.json()) as TokenResponse | TwoFactorChallenge;
    if ("ticket" in body) return body;
    return this.accept(body);
  }

  /** Who a one-time link (set-up, invitation, reset) is for. */
  async lookupLink(token: string): Promise<Schemas["LinkInfo"]> {
    const res = await this.send("POST", "/api/v1/staff-links/lookup", { token });
    if (!res.ok) return Api.fail(res);
    return (await res.json()) as Schemas["LinkInfo"];
  }

  /** Sets the password with a one-time link: signed in, or a ticket for the second factor. */
  async acceptLink(token: string, password: string): Promise<User | TwoFactorChallenge> {
    const res = await this.send("POST", "/api/v1/staff-links/accept", { token, password });
    if (!res.ok) return Api.fail(res);
    const body = (await res.json()) as TokenResponse | TwoFactorChallenge;
    if ("ticket" in body) return body;
    return this.accept(body);
  }

  /** The second step: a code from the app or a recovery code. */
  async verifyTwoFactor(ticket: string, code: string): Promise<User> {
    const res = await this.send("POST", "/api/v1/auth/two-factor/verify", { ticket, code });
    if (!res.ok) return Api.fail(res);
    return this.accept((await res.json()) as TokenResponse);
  }

  /** Setting up a second factor while signing in (the municipality requires one). */
  async setupTwoFactorWithTicket(ticket: string): Promise<TwoFactorSetup> {
    const res = await this.send("POST", "/api/v1/auth/two-factor/setup", { ticket });
    if (!res.ok) return Api.fail(res);
    return (await res.json()) as TwoFactorSetup;
  }

  /** Confirms it with one code: signed in, with the recovery codes to keep. */
  async confirmTwoFactorWithTicket(ticket: string, code: string): Promise<string[]> {
    const res = await this.send("POST", "/api/v1/auth/two-factor/confirm", { ticket, code });
    if (!res.ok) return Api.fail(res);
    const body = (await res.json()) as TwoFactorConfirmed;
    if (body.session) this.accept(body.session);
    return body.recovery_codes;
  }

  /** Joins a staff sign-in held by another tab of this browser: a new refresh token of the same
   * sign-in for this tab alone (the other tab keeps rotating its own). */
  async fork(refreshToken: string): Promise<User> {
    const res = await this.send("POST", "/api/v1/auth/fork", { refresh_token: refreshToken });
    if (!res.ok) return Api.fail(res);
    return this.accept((await res.json()) as TokenResponse);
  }

  async enroll(code: string, deviceLabel?: string): Promise<User> {
    const res = await this.send("POST", "/api/v1/enroll", { code, device_label: deviceLabel });
    if (!res.ok) return Api.fail(res);
    return this.accept((await res.json()) as TokenResponse);
  }

  private async refresh(): Promise<void> {
    const session = this.store.load();
    if (!session) throw new ApiError(401, "unauthorized", "");
    const res = await this.send("POST", "/api/v1/auth/refresh", { refresh_token: session.refresh_token });
    if (res.status === 401) {
      this.store.save(null);
      this.access = null;
    }
    if (!res.ok) return Api.fail(res);
    this.accept((await res.json()) as TokenResponse);
  }

  /** One refresh at a time, however many requests need it. */
  private async ensureAccess(force = false): Promise<string> {
    if (force || !this.access || this.access.expiresAt <= this.now()) {
      if (!this.refreshing) {
        this.refreshing = this.refresh().finally(() => {
          this.refreshing = null;
        });
      }
      await this.refreshing;
    }
    if (!this.access) throw new ApiError(401, "unauthorized", "");
    return this.access.token;
  }

  /** A valid bearer token (renewed when due, or at once with `force`), for the few requests that
   * are not JSON (pictures, uploads) and for the service worker's background send. */
  async accessToken(force = false): Promise<{ token: string; expiresAt: number }> {
    const token = await this.ensureAccess(force);
    return { token, expiresAt: this.access?.expiresAt ?? this.now() };
  }

  async request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    let res = await this.send(method, path, body, await this.ensureAccess(), options);
    if (res.status === 401) {
      res = await this.send(method, path, body, await this.ensureAccess(true), options);
    }
    if (!res.ok) return Api.fail(res);
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>("GET", path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>("POST", path, body);
  }

  put<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>("PUT", path, body, options);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>("PATCH", path, body);
  }

  async logout(): Promise<void> {
    const session = this.store.load();
    this.store.save(null);
    this.access = null;
    if (session) {
      await this.send("POST", "/api/v1/auth/logout", { refresh_token: session.refresh_token }).catch(() => undefined);
    }
  }
}

/** A session kept in Web Storage: localStorage for a participant's phone (it must survive
 * closing the app), sessionStorage for staff on shared computers. */
export function storageSession(storage: Storage, key: string): SessionStore {
  return {
    load() {
      const raw = storage.getItem(key);
      if (!raw) return null;
      try {
        return JSON.parse(raw) as Session;
      } catch {
        return null;
      }
    },
    save(session) {
      if (session) storage.setItem(key, JSON.stringify(session));
      else storage.removeItem(key);
    },
  };
}
