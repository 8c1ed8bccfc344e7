// Participant mode's words for the volunteer sign-up (担い手): plain, warm, never a condition.

export const volunteerWords = {
  cardTitle: "地域の担い手に",
  cardLead: "教室で元気になった力を、こんどは地域で。ボランティアに興味があれば、お知らせください。",
  cardLink: "ボランティアについて見る",
  title: "ボランティアに興味はありますか",
  lead: "通いの場のお手伝いなど、できることを、できるときに。申し込んでも、いつでもやめられます。申し込まなくても、何も変わりません。",
  rolesLegend: "してみたいこと（いくつでも）",
  availability: "できそうな曜日や時間（書かなくても大丈夫です）",
  submit: "興味があると伝える",
  sending: "送っています…",
  thanks: "ありがとうございます。担当の方からご連絡します。",
  statusLine: (label: string) => `いまの状態：${label}`,
  notOffered: "教室を修了したあとに、お申し込みいただけます。",
  offline: "電波のあるところで、もう一度開いてください。",
  back: "ホームにもどる",
};
