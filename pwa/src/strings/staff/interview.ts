// Staff mode: the interview of a session.

import type { INTERVIEW_FIELDS } from "../../staff/types";
import { labels } from "../labels";

type InterviewField = (typeof INTERVIEW_FIELDS)[number];

export const interview = {
  // interview
  interviewTitle: (n: number) => `${n}回目の面談`,
  timerLabel: "面談の経過時間",
  timerPause: "一時停止",
  timerResume: "再開",
  timerPaused: "（一時停止中）",
  timerMark: "20分の目安です。急がず、区切りのよいところで。",
  previousTitle: "前回の面談から",
  previousNone: "前回の記録はまだありません。",
  previousStep: (n: number) => `${n}回目に決めた次の小さな一歩`,
  previousQuote: "ご本人の言葉",
  sinceTitle: "前回からのできごと",
  successes: "できたこと",
  flags: "気になること",
  sinceNone: "まだ記録はありません。面談の中で、ご本人にうかがってみましょう。",
  goalProgressTitle: "目標の進みぐあい",
  reachedHere: (n: number) => `この回（${n}回目）で達成`,
  reachedEarlier: (n: number) => `${n}回目に達成`,
  field: labels<InterviewField>({
    went_well: "うまくいったこと",
    difficulties: "困っていること",
    goal_progress: "目標の進みぐあい",
    next_step: "次の小さな一歩",
    quote: "ご本人の言葉",
    notes: "メモ",
  }),
  draftRestored: "下書きを復元しました",
  draftKept: "入力は、この端末に下書きとして残っています。",
  offlineDraft: "いまは通信できません。下書きから表示しています。電波がもどったら保存してください。",
  offlineNoDraft: "通信できませんでした。電波のよいところで、もう一度開いてください。",
  reload: "もう一度読み込む",
  recordTitle: (name: string, n: number) => `面談の記録　${name}さん　${n}回目`,
  duration: (mmss: string) => `面談の時間：${mmss}`,
  testsAtSession: (n: number) => `${n}回目の体力測定を入力する`,
  interviewNoSession: "この回の予定がまだありません。先に「教室の予定（12回）」で12回の予定をつくってください。",
} as const;
