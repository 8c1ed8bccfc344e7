// The 25-item 基本チェックリスト, worded as on the form, grouped as on the form.

export interface ChecklistGroup {
  title: string;
  items: [number, string][];
}

export const CHECKLIST: ChecklistGroup[] = [
  {
    title: "生活機能（No.1〜5）",
    items: [
      [1, "バスや電車で1人で外出していますか"],
      [2, "日用品の買物をしていますか"],
      [3, "預貯金の出し入れをしていますか"],
      [4, "友人の家を訪ねていますか"],
      [5, "家族や友人の相談にのっていますか"],
    ],
  },
  {
    title: "運動器（No.6〜10）",
    items: [
      [6, "階段を手すりや壁をつたわずに昇っていますか"],
      [7, "椅子に座った状態から何もつかまらずに立ち上がっていますか"],
      [8, "15分位続けて歩いていますか"],
      [9, "この1年間に転んだことがありますか"],
      [10, "転倒に対する不安は大きいですか"],
    ],
  },
  {
    title: "栄養（No.11・12）",
    items: [
      [11, "6ヵ月間で2〜3kg以上の体重減少がありましたか"],
      [12, "BMI（体重kg÷身長m÷身長m）が18.5未満ですか"],
    ],
  },
  {
    title: "口腔（No.13〜15）",
    items: [
      [13, "半年前に比べて固いものが食べにくくなりましたか"],
      [14, "お茶や汁物等でむせることがありますか"],
      [15, "口の渇きが気になりますか"],
    ],
  },
  {
    title: "閉じこもり（No.16・17）",
    items: [
      [16, "週に1回以上は外出していますか"],
      [17, "昨年と比べて外出の回数が減っていますか"],
    ],
  },
  {
    title: "認知機能（No.18〜20）",
    items: [
      [18, "周りの人から「いつも同じ事を聞く」などの物忘れがあると言われますか"],
      [19, "自分で電話番号を調べて、電話をかけることをしていますか"],
      [20, "今日が何月何日かわからない時がありますか"],
    ],
  },
  {
    title: "こころ（No.21〜25、ここ2週間）",
    items: [
      [21, "毎日の生活に充実感がない"],
      [22, "これまで楽しんでやれていたことが楽しめなくなった"],
      [23, "以前は楽にできていたことが今ではおっくうに感じられる"],
      [24, "自分が役に立つ人間だと思えない"],
      [25, "わけもなく疲れたような感じがする"],
    ],
  },
];

export const EXCLUSION_KEYS = [
  "terminal_cancer",
  "intractable_disease",
  "dementia",
  "medical_care_first",
  "used_service_before",
  "using_day_service",
] as const;

export interface ScreeningForm {
  /** item number → "yes" | "no" | undefined */
  answers: Record<number, "yes" | "no" | undefined>;
  height: string;
  weight: string;
  certification: string;
  exclusions: string[];
}

export interface ScreeningPayload {
  answers: (boolean | null)[];
  height_cm: number | null;
  weight_kg: number | null;
  certification: string;
  exclusions: Record<string, boolean>;
}

function number(text: string): number | null {
  const normalized = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (normalized === "") return null;
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

/** What the form holds, as the API wants it. Item 12 is left to the server (BMI) when height
 * and weight are both given. */
export function toPayload(form: ScreeningForm): ScreeningPayload {
  const height = number(form.height);
  const weight = number(form.weight);
  const fromBmi = height !== null && weight !== null;
  const answers: (boolean | null)[] = [];
  for (let item = 1; item <= 25; item++) {
    const a = form.answers[item];
    answers.push(item === 12 && fromBmi ? null : a === "yes" ? true : a === "no" ? false : null);
  }
  const exclusions: Record<string, boolean> = {};
  for (const key of EXCLUSION_KEYS) exclusions[key] = form.exclusions.includes(key);
  return { answers, height_cm: height, weight_kg: weight, certification: form.certification, exclusions };
}
