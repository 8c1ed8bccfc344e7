// Staff mode: the 興味関心チェックシート.

import type { Schemas } from "../../api";
import { labels } from "../labels";

export const interest = {
  // 興味関心チェックシート
  interestTitle: "興味関心チェックシート",
  phase: labels<Schemas["Phase"]>({ assessment: "導入時", graduation: "卒業時" }),
  compareTab: "くらべる",
  phaseNav: "表示の切り替え",
  filledOn: "記入日",
  colItem: "生活行為",
  colNo: "番号",
  doing: "している",
  want: "してみたい",
  interested: "興味がある",
  othersTitle: "その他",
  otherLabel: (n: number) => `その他 ${n} の生活行為`,
  addOther: "その他の行を追加",
  removeOther: (n: number) => `その他 ${n} を削除`,
  interestHint: "している＝いましていること、してみたい＝いまはしていないがしてみたいこと、興味がある＝できる・できないにかかわらず興味のあること。",
  compareTitle: "導入時と卒業時のくらべ",
  compareLead: "どちらかで印のある項目だけを表示しています。",
  compareNothing: "まだ印のある項目がありません。",
  colBefore: "導入時",
  colAfter: "卒業時",
  colChange: "変化",
  nowDoing: "してみたい → している",
  changed: "変わった",
  unchanged: "変わらない",
  noMarks: "印なし",
  countsLine: (doing: number, want: number, interested: number) => `している ${doing}・してみたい ${want}・興味がある ${interested}`,
} as const;
