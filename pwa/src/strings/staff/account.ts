// Staff mode: the account: two-factor sign-in, and the municipality's staff list.

import type { Schemas } from "../../api";
import { labels } from "../labels";

export const account = {
  // the account: two-factor sign-in
  accountLink: "アカウント",
  accountTitle: "アカウント",
  twoFactorTitle: "二段階認証",
  twoFactorIntro:
    "パスワードに加えて、スマートフォンの認証アプリ（Google Authenticator、Microsoft Authenticator など）に出る6けたの数字でサインインします。利用者さんの大切な情報を守るためのしくみです。",
  twoFactorOn: "二段階認証を使っています。",
  twoFactorOff: "二段階認証はまだ使っていません。",
  twoFactorRequiredNote: (town: string) => `${town}では、すべての職員に二段階認証をお願いしています。`,
  recoveryLeft: (n: number) => `使える回復コードの残り：${n}個`,
  recoveryLow: "回復コードが少なくなりました。市町村担当の方にリセットを頼み、設定し直すと新しいコードが出ます。",
  startSetup: "設定を始める",
  scanQr: "1. 認証アプリで、このQRコードを読み取ってください。",
  qrAlt2fa: "認証アプリに登録するためのQRコード",
  manualKey: "読み取れないときは、アプリにこのキーを手で入力してください（時間ベース）。",
  setupCode: "2. アプリに出ている6けたの数字",
  confirmSetup: "確認して使い始める",
  recoveryTitle: "回復コード",
  recoveryIntro:
    "スマートフォンが手元にないときに、確認コードの代わりに使えます。1つのコードは1回だけ使えます。この画面を閉じると二度と表示されないので、印刷するか書き写して、鍵のかかる場所に保管してください。",
  recoveryKept: "保管しました",
  turnOffTitle: "二段階認証をやめる",
  turnOffHint: "確認のため、アプリの6けたの数字か回復コードを入れてください。",
  turnOff: "やめる",
  turnedOff: "二段階認証をやめました。次からはパスワードだけでサインインします。",
  codeStepTitle: "確認コードの入力",
  codeStepIntro: "スマートフォンの認証アプリに出ている6けたの数字を入れてください。",
  codeOrRecovery: "確認コード（6けた）または回復コード",
  recoveryHint: "スマートフォンが手元にないときは、保管している回復コードを入れてください。",
  verifyCode: "確認する",
  enrollStepTitle: "二段階認証の設定",
  enrollStepIntro:
    "市町村の設定で、サインインには二段階認証が必要になりました。いまから一緒に設定しましょう。数分で終わります。",
  backToLogin: "サインインの画面に戻る",
  startUsing: "利用を始める",
  adminTwoFactorTitle: "職員の二段階認証（市町村担当）",
  requireTwoFactor: "すべての職員に二段階認証を必須にする",
  requireSave: "この設定を保存する",
  requireSaved: "保存しました。",
  requireOnNote: "まだ設定していない職員は、次にサインインしたときに設定の画面へ案内されます。",
  colRole: "役割",
  colTwoFactor: "二段階認証",
  twoFactorYes: "使用中",
  twoFactorNo: "未設定",
  colAction: "操作",
  resetTwoFactor: "リセット",
  resetLabel: (name: string) => `${name}さんの二段階認証をリセット`,
  confirmReset: (name: string) =>
    `${name}さんの二段階認証をリセットします（スマートフォンをなくしたときなど）。${name}さんのサインインはすべて終わり、次のサインインで設定し直していただきます。よろしいですか？`,
  resetDone: (name: string) => `${name}さんの二段階認証をリセットしました。`,
  roleNames: labels<Schemas["Role"]>({
    therapist: "リハ職",
    nurse: "看護職員",
    care_manager: "地域包括支援センター",
    coordinator: "生活支援コーディネーター",
    municipality_admin: "市町村担当",
  }),
} as const;
