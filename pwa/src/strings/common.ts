// The words both modes use.

export const common = {
  appName: "できた",
  loading: "読み込んでいます…",
  sending: "送信しています…",
  networkError: "通信できませんでした。電波のよいところで、もう一度お試しください。",
  genericError: "うまくいきませんでした。もう一度お試しください。",
} as const;
