// What this phone may do, from the capabilities the server sent at enrollment (and in
// `GET /me`): a family member's phone reads and records, the person's own does everything.
// A session kept from before capabilities were sent is the person's own phone.

import type { Schemas } from "./api";

export type PhoneAction = Schemas["PhoneAction"];

const SESSION_KEY = "dekita.participant";

export function phoneCapabilities(): PhoneAction[] | null {
  try {
    const session = JSON.parse(localStorage.getItem(SESSION_KEY) ?? "null") as { user?: { capabilities?: PhoneAction[] } } | null;
    return session?.user?.capabilities ?? null;
  } catch {
    return null;
  }
}

export function phoneMay(action: PhoneAction): boolean {
  const list = phoneCapabilities();
  return list === null || list.includes(action);
}

/** A family member's phone: it may not act as the person. */
export const isFamilyPhone = (): boolean => !phoneMay("act_as_person");
