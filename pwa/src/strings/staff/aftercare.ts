// Staff mode: what happens after a connection and at a follow-up — whether a graduate still
// attends their place, and what the person answered on their phone (the self-report).

export const aftercare = {
  stoppedBadge: "来なくなった",
  attendanceTitle: "通い続けているか",
  attendanceLead: "世話役さんやご本人から聞いたことを記録します。来なくなった方は受信箱で目立ちます。",
  attendanceNone: "まだ記録はありません。",
  attendingLegend: "いまも通っていますか",
  attendingYes: "通っている",
  attendingNo: "来なくなった",
  lastSeenOn: "最後に来た日（わかれば）",
  attendanceNote: "メモ",
  recordAttendance: "記録する",
  attendanceLine: (on: string, attending: boolean, by: string) => `${on}　${attending ? "通っている" : "来なくなった"}（${by}）`,
  lastSeenLine: (on: string) => `最後に来た日：${on}`,
  selfReportTitle: "ご本人のこたえ（アプリ）",
  selfReportNone: "ご本人からのこたえは、まだありません。",
  selfReportOn: (on: string) => `${on}にこたえました`,
  outingsLabel: "出かける回数",
  outingPlacesLabel: "出かける先",
  keepingLabel: "体操",
  outings: {
    most_days: "ほぼ毎日",
    few_a_week: "週に2〜3回",
    once_a_week: "週に1回くらい",
    rarely: "あまり出かけない",
  } as Record<string, string>,
  outingPlaces: {
    salon: "通いの場・サロン",
    hobby: "趣味の集まり",
    shopping: "買い物",
    walk: "散歩",
    work: "仕事・ボランティア",
    family: "家族や友人の家",
    clinic: "病院",
    other: "そのほか",
  } as Record<string, string>,
  keeping: {
    most_days: "ほぼ毎日つづけている",
    sometimes: "ときどき",
    stopped: "やめてしまった",
  } as Record<string, string>,
};
