// Labels both modes show for the same thing: one label, so the participant and the therapist
// read the same word.

import { labels } from "./labels";

/** What a participant can record having done, in the order of the buttons. */
export const ACTIVITIES = ["walk", "shopping", "cooking", "housework", "met_people", "kayoi", "other"] as const;
export type Activity = (typeof ACTIVITIES)[number];

export const activityLabels = labels<Activity>({
  walk: "散歩",
  shopping: "買い物",
  cooking: "料理",
  housework: "掃除・洗濯",
  met_people: "人と会った",
  kayoi: "通いの場",
  other: "その他",
});
