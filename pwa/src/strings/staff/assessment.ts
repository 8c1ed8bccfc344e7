// Staff mode: the assessment visit (アセスメント訪問).

import type { Schemas } from "../../api";
import { labels } from "../labels";

export const assessment = {
  // assessment
  assessmentTitle: "アセスメント（導入時の訪問）",
  visitedOn: "訪問日",
  referredBy: "紹介元",
  referredByHint: "例：ひだまり地域包括支援センター、民生委員",
  difficultiesTitle: "生活のしづらさ（当てはまるものに印）",
  difficulties: labels<Schemas["Difficulty"]>({
    shoes: "靴をはく",
    stairs: "階段の上り下り",
    bathing: "入浴",
    toilet: "トイレ",
    dressing: "着替え",
    cooking: "料理",
    cleaning: "掃除",
    laundry: "洗濯",
    shopping: "買い物",
    walking_outside: "屋外を歩く",
    bus_train: "バス・電車での外出",
    carrying: "荷物を持つ",
    getting_up: "床やいすからの立ち上がり",
    garbage: "ゴミ出し",
  }),
  difficultiesNote: "生活のしづらさ（くわしく）",
  homeEnvironment: "住まいの環境",
  wishes: "取り戻したい生活（ご本人の言葉）",
  maxChars: (n: number) => `${n}文字まで`,
} as const;
