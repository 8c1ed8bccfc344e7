// Staff mode: the participant's record, its links, printing, and two saves that meet (conflicts).

export const record = {
  // the participant's record
  programTitle: "教室のプログラム",
  linkAssessment: "アセスメント",
  linkInterest: "興味関心チェックシート",
  linkGoals: "目標",
  linkSessions: "教室の予定（12回）",
  linkTests: "体力測定",
  linkPrint: "印刷用の計画書",
  cohortsTitle: "クール",
  cohortOverviewLink: (name: string) => `${name}　クールの全体`,
  backToRecord: "利用者の記録にもどる",
  save: "保存する",
  saving: "保存しています…",
  saved: "保存しました。",
  savedAt: (name: string, at: string) => `最終保存：${at}（${name}さん）`,
  notSavedYet: "まだ保存されていません。",
  readOnly: "この画面は見ることだけできます。",
  printButton: "印刷",
  printedOn: (date: string, name: string) => `印刷：${date}　${name}`,
  add: "追加する",
  remove: "削除する",
  none: "なし",
  sessionN: (n: number) => `${n}回目`,
  sessionsAttended: (n: number) => `${n} / 12回`,
  yes: "はい",
  noneYet: "まだありません。",

  // conflict
  conflictTitle: "ほかの方が先に保存していました",
  conflictLead: "どちらの内容を残すか選んでください。どちらを選んでも、もう一方は画面に残ります。",
  conflictField: "項目",
  conflictMine: "あなたの入力",
  conflictTheirs: (name: string) => `保存されている内容（${name}さんが保存）`,
  conflictDiffers: "ちがいあり",
  conflictKeepMine: "自分の内容で保存し直す",
  conflictUseTheirs: "保存されている内容を使う",
  conflictUsedTheirs: "保存されている内容を表示しています。",
  someone: "ほかの職員",

  // print
  printTitle: (name: string) => `個別計画書　${name}さん`,
  printGoals: "目標と小さな一歩",
  printSessions: "教室の予定と出欠",
  printTests: "体力測定の結果",
  colTarget: "目標の回",
} as const;
