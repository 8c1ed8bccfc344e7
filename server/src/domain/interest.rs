//! The 興味関心チェックシート: its 46 items in the form's order (wording kept exactly), and the
//! marks している / してみたい / 興味がある in any combination, plus free 「その他」 rows.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::AppError;

pub const ITEMS: [&str; 46] = [
    "自分でトイレへ行く",
    "一人でお風呂に入る",
    "自分で服を着る",
    "自分で食べる",
    "歯磨きをする",
    "身だしなみを整える",
    "好きなときに眠る",
    "掃除・整理整頓",
    "料理を作る",
    "買い物",
    "家や庭の手入れ・世話",
    "洗濯・洗濯物たたみ",
    "自転車・車の運転",
    "電車・バスでの外出",
    "孫・子供の世話",
    "動物の世話",
    "友達とおしゃべり・遊ぶ",
    "家族・親戚との団らん",
    "デート・異性との交流",
    "居酒屋に行く",
    "ボランティア",
    "地域活動（町内会・老人クラブ）",
    "お参り・宗教活動",
    "生涯学習・歴史",
    "読書",
    "俳句",
    "書道・習字",
    "絵を描く・絵手紙",
    "パソコン・ワープロ",
    "写真",
    "映画・観劇・演奏会",
    "お茶・お花",
    "歌を歌う・カラオケ",
    "音楽を聴く・楽器演奏",
    "将棋・囲碁・ゲーム",
    "体操・運動",
    "散歩",
    "ゴルフ・グラウンドゴルフ・水泳・テニスなどのスポーツ",
    "ダンス・踊り",
    "野球・相撲観戦",
    "競馬・競輪・競艇・パチンコ",
    "編み物",
    "針仕事",
    "畑仕事",
    "賃金を伴う仕事",
    "旅行・温泉",
];

pub const MAX_OTHERS: usize = 10;

/// The wording of item `n` (1-based), if there is such an item.
pub fn label(n: i32) -> Option<&'static str> {
    usize::try_from(n)
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| ITEMS.get(i).copied())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Mark {
    /// 1 … 46
    pub item: i32,
    /// している
    pub doing: bool,
    /// してみたい
    pub want: bool,
    /// 興味がある
    pub interested: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct OtherMark {
    /// その他（　）: the activity in the person's words
    pub label: String,
    pub doing: bool,
    pub want: bool,
    pub interested: bool,
}

/// Keeps the marked items only, in the form's order; refuses unknown or repeated items.
pub fn normalize(
    items: &[Mark],
    others: &[OtherMark],
) -> Result<(Vec<Mark>, Vec<OtherMark>), AppError> {
    let mut seen = [false; ITEMS.len()];
    let mut kept = Vec::new();
    for mark in items {
        if label(mark.item).is_none() {
            return Err(AppError::validation(format!(
                "チェックシートに{}番の項目はありません。",
                mark.item
            )));
        }
        let index = (mark.item - 1) as usize;
        if std::mem::replace(&mut seen[index], true) {
            return Err(AppError::validation(format!(
                "{}番の項目が重複しています。",
                mark.item
            )));
        }
        if mark.doing || mark.want || mark.interested {
            kept.push(mark.clone());
        }
    }
    kept.sort_by_key(|m| m.item);
    if others.len() > MAX_OTHERS {
        return Err(AppError::validation(format!(
            "「その他」は{MAX_OTHERS}行までです。"
        )));
    }
    let mut other_rows = Vec::new();
    for other in others {
        let label = other.label.trim();
        if label.is_empty() {
            continue;
        }
        if label.chars().count() > 40 {
            return Err(AppError::validation(
                "「その他」の項目名は40文字以内で入力してください。",
            ));
        }
        other_rows.push(OtherMark {
            label: label.to_owned(),
            ..other.clone()
        });
    }
    Ok((kept, other_rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(item: i32, doing: bool, want: bool, interested: bool) -> Mark {
        Mark {
            item,
            doing,
            want,
            interested,
        }
    }

    #[test]
    fn the_list_is_the_form_in_its_order() {
        // The form's list, kept in the repository; the whole list must match it line by line.
        let text = include_str!("../../../tests/fixtures/interest-checklist-items.txt");
        let from_file: Vec<&str> = text
            .lines()
            .filter_map(|l| {
                let (n, rest) = l.split_once(". ")?;
                n.parse::<u32>().ok().map(|_| rest.trim())
            })
            .collect();
        assert_eq!(from_file, ITEMS.to_vec());
        assert_eq!(label(1), Some("自分でトイレへ行く"));
        assert_eq!(label(46), Some("旅行・温泉"));
        assert_eq!(label(0), None);
        assert_eq!(label(47), None);
    }

    #[test]
    fn any_combination_of_marks_and_empty_rows_are_dropped() {
        let (items, others) = normalize(
            &[
                mark(46, false, true, true),
                mark(9, true, false, true),
                mark(3, false, false, false),
            ],
            &[
                OtherMark {
                    label: " 盆栽 ".into(),
                    doing: false,
                    want: true,
                    interested: false,
                },
                OtherMark {
                    label: "  ".into(),
                    doing: true,
                    want: false,
                    interested: false,
                },
            ],
        )
        .unwrap();
        assert_eq!(
            items,
            vec![mark(9, true, false, true), mark(46, false, true, true)]
        );
        assert_eq!(others.len(), 1);
        assert_eq!(others[0].label, "盆栽");
    }

    #[test]
    fn unknown_and_repeated_items_are_refused() {
        assert!(normalize(&[mark(0, true, false, false)], &[]).is_err());
        assert!(normalize(&[mark(47, true, false, false)], &[]).is_err());
        assert!(normalize(
            &[mark(5, true, false, false), mark(5, false, true, false)],
            &[]
        )
        .is_err());
    }
}
