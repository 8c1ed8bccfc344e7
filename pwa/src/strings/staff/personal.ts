// Staff mode: the participant's record as staff keep it (contacts, かかりつけ医, conditions,
// medication, how they come), the list's search and filters, and the 基本チェックリスト's last
// result.

export const personal = {
  personalTitle: "連絡先と健康のこと",
  emergencyTitle: "緊急連絡先",
  doctorTitle: "かかりつけ医",
  conditionsLabel: "主な病気・既往",
  medicationLabel: "服薬",
  transportLabel: "通所の手段",
  contactName: "名前",
  contactRelation: "続柄・科",
  contactPhone: "電話番号",
  addEmergency: "緊急連絡先を追加",
  addDoctor: "かかりつけ医を追加",
  removeContact: (name: string) => `${name || "この連絡先"}を外す`,
  editPersonal: "連絡先と健康のことを直す",
  savePersonal: "保存する",
  cancel: "やめる",
  notWritten: "未記入",
  personalNote: "連絡先はご本人の手帳（わたしのこと）にも同じものが出ます。病気や服薬は記録の閲覧として監査ログに残り、内容はログに出ません。",
  personalUpdated: (name: string, at: string) => `最終更新：${at}（${name}さん）`,

  // the list
  searchLabel: "名前・ふりがなで探す",
  filterCohort: "クール",
  filterStatus: "状況",
  filterAll: "すべて",
  filterAttention: "要確認",
  attentionOnly: "要確認の人だけ",
  attentionLoading: "要確認の人を調べています…",
  filterCount: (shown: number, all: number) => `${all}人中 ${shown}人を表示`,
  filterNone: "条件に合う人はいません。",

  // the checklist
  newScreening: "新しく記録する",
  closeScreening: "記録をやめる",
};
