// 手帳を印刷: staff print a person's notebook as the A4 booklet the person's phone prints.

export const booklet = {
  bookletLink: "手帳を印刷",
  bookletTitle: "手帳を印刷（A4の冊子）",
  bookletLead: "ご本人のスマートフォンの手帳と同じ内容を、A4の冊子にして印刷します。印刷したものはご本人にお渡しください。",
  bookletPrint: "印刷する",
  bookletCut: (date: string) =>
    `修了（${date}）より後にご本人がつけた記録は、ご本人だけのものです。「その後の様子」を共有する同意がないため、この冊子には載せていません。`,
} as const;
