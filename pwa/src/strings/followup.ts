// Participant mode's words for the short questions after the program (ふりかえり): how often
// the person goes out, where, and whether the exercise goes on. Plain, warm, no judgement.

import type { Schemas } from "../api";
import { labels } from "./labels";

export const followUpWords = {
  answerLink: (when: string) => `${when}のふりかえりに答える`,
  answered: "（お答えいただきました）",
  waiting: "（電波が戻ったら送ります）",
  title: (when: string) => `${when}のふりかえり`,
  lead: "3つだけ、おたずねします。",
  outingsQuestion: "どのくらい出かけていますか",
  placesQuestion: "どこへ出かけますか（いくつでも）",
  exerciseQuestion: "教室でならった体操は、つづけていますか",
  next: "次へ",
  step: (n: number) => `${n} / 3`,
  thanks: "お答えいただき、ありがとうございました。担当の方にお伝えします。",
  saved: "お答えはこの電話に保存しました。電波が戻ったら送ります。",
  notOpen: "このふりかえりは、いまはお答えいただけません。",
  outings: labels<Schemas["Outings"]>({
    most_days: "ほぼ毎日",
    few_a_week: "週に2〜3回",
    once_a_week: "週に1回くらい",
    rarely: "あまり出かけない",
  }),
  places: labels<Schemas["OutingPlace"]>({
    salon: "通いの場・サロン",
    hobby: "趣味の集まり",
    shopping: "買い物",
    walk: "散歩",
    work: "仕事・ボランティア",
    family: "家族や友人の家",
    clinic: "病院",
    other: "そのほか",
  }),
  keeping: labels<Schemas["Keeping"]>({
    most_days: "ほぼ毎日つづけている",
    sometimes: "ときどき",
    stopped: "やめてしまった",
  }),
} as const;
