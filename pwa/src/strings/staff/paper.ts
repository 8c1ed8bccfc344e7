// 代行入力: staff enter a returned paper log sheet for the person.

export const paper = {
  paperLink: "紙の記録用紙を入力する（代行入力）",
  paperTitle: "紙の記録用紙の入力（代行入力）",
  paperLead: "ご本人が書いた1週間の記録用紙を、そのまま入力します。記録は「職員が紙から入力」と印がつき、ご本人の手帳にも入ります。同じ用紙を二度入力しても、記録は一つです。",
  paperWeek: "用紙の週（月曜日）",
  paperExercise: "体操",
  paperOutings: "外出（分）",
  paperOutingsHint: "外出した日は分を書きます（わからなければ 0）。空欄は外出なし。",
  paperSystolic: "血圧 上",
  paperDiastolic: "血圧 下",
  paperPulse: "脈拍",
  paperDone: (exercise: string, day: string) => `${exercise}　${day}`,
  paperCell: (what: string, day: string) => `${what}　${day}`,
  paperNoPlan: "体操メニューがまだありません。外出と血圧だけ入力できます。",
  paperSend: "入力する",
  paperEmpty: "入力する記録がありません。",
  paperResult: (stored: number, duplicate: number, rejected: number) =>
    `${stored}件を記録しました。${duplicate ? `${duplicate}件はすでに入力済みでした。` : ""}${rejected ? `${rejected}件は記録できませんでした。` : ""}`,
  paperWeekFuture: "まだ来ていない週は入力できません。",
} as const;
