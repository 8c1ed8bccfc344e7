// Staff mode's words: `t` for signing in, the list and the record, `tp` for the program's
// screens (each feature in its own file). Only staff code imports them, so they stay out of
// the participant's download.

import { common } from "../common";
import { record } from "./record";
import { assessment } from "./assessment";
import { interest } from "./interest";
import { goals } from "./goals";
import { sessions } from "./sessions";
import { interview } from "./interview";
import { tests } from "./tests";
import { overview } from "./overview";
import { daily } from "./daily";
import { paper } from "./paper";
import { plan } from "./plan";
import { account } from "./account";
import { participants } from "./participants";
import { exit } from "./exit";
import { admin } from "./admin";
import { evaluation } from "./evaluation";
import { followups } from "./followups";
import { aftercare } from "./aftercare";
import { personal } from "./personal";
import { privacy } from "./privacy";
import { takeHome } from "./takehome";
import { booklet } from "./booklet";

export const t = { ...common, ...participants };
export type StaffStrings = typeof t;

export const tp = {
  ...record,
  ...assessment,
  ...interest,
  ...goals,
  ...sessions,
  ...interview,
  ...tests,
  ...overview,
  ...daily,
  ...paper,
  ...plan,
  ...account,
  ...exit,
  ...admin,
  ...evaluation,
  ...personal,
  ...followups,
  ...aftercare,
  ...privacy,
  ...takeHome,
  ...booklet,
};
export type ProgramStrings = typeof tp;
