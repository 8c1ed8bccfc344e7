// The words of the family phone (家族): for the person who agrees, and for the family member
// who records on their behalf. Plain and warm; the person stays the one who decides.

import type { Schemas } from "../api";
import { labels } from "./labels";

export const fw = {
  // the person's own phone
  navFamily: "ご家族の電話",
  phonesTitle: "ご家族の電話",
  phonesLead: "ご家族のスマートフォンでも、この手帳を見たり、代わりに記録したりできます。",
  phonesNone: "いまつながっているご家族の電話はありません。",
  phonesBound: (n: number) => `つながっている電話：${n}台`,
  since: (date: string) => `${date}から`,
  addLink: "ご家族の電話をつなぐ",
  agreeTitle: "ご家族の電話をつなぎますか",
  agreeButton: "同意して、番号を出す",
  agreeSending: "番号を出しています…",
  codeTitle: "ご家族の電話で、この番号を入れてください",
  codeLead: "ご家族のスマートフォンでこのアプリを開き、「はじめる」の画面でこの8文字を入れます。",
  codeExpires: (when: string) => `${when}まで使えます。1回だけ使えます。`,
  stopTitle: (label: string) => `「${label}」とのつながりを止めますか`,
  stopLead: "止めると、その電話ではすぐに手帳が見られなくなります。これまでの記録は残ります。",
  stopButton: "つながりを止める",
  stopSending: "止めています…",
  stopped: "つながりを止めました。",
  needsSignal: "電波のあるところで、もう一度お試しください。",

  // the family member's phone
  familyTitle: (name: string) => `${name}さんの手帳`,
  familyLead: "ご家族の電話です。代わりに記録したものは「ご家族が記録」と残ります。",
  recordTitle: "記録する",
  recordExercise: "体操を記録する",
  recordActivity: "活動を記録する",
  recordMeasure: "血圧・体重を記録する",
  readBook: "手帳を見る",
  byFamily: "ご家族が記録",
  familyRecordsTitle: "ご家族が記録したもの",
  kinds: labels<"exercise_done" | "activity" | "measurement">({
    exercise_done: "体操",
    activity: "活動",
    measurement: "血圧・体重",
  }),
  selfCheckOwn: "セルフチェックは、ご本人の電話で行います。",
};

export type FamilyPhones = Schemas["FamilyPhones"];
export type FamilyCode = Schemas["FamilyCode"];
