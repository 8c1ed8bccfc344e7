//! The places directory (通いの場・地域資源) and matching, explained. A place carries the items
//! of the 興味関心チェックシート it suits; a handed-off person's marks give each place a
//! deterministic score, and each point has its reason in words, so the coordinator (and the
//! person) can see why a place is suggested. The coordinator decides.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::interest;

/// Photos a place may have: enough to show the room, the way in and what people do there,
/// few enough to look at on a phone.
pub const MAX_PHOTOS: usize = 6;
/// The words under a photo (and read out for it).
pub const MAX_CAPTION_CHARS: usize = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// 通いの場・サロン
    Salon,
    /// 体操教室（一般介護予防）
    Exercise,
    /// 趣味の会
    Hobby,
    /// 学び（公民館講座など）
    Learning,
    /// 食事・会食
    Meals,
    /// ボランティア活動
    Volunteering,
    /// 就労（シルバー人材など）
    Work,
    /// 地域活動（町内会・老人クラブ）
    Community,
    /// 民間（スポーツクラブ・店舗）
    Private,
    /// 移動手段（乗合タクシーなど）
    Transport,
    /// 総合事業B
    ServiceB,
    /// 総合事業D
    ServiceD,
    /// その他
    Other,
}

crate::text_enum!(PlaceKind, "place kind", {
    Salon => "salon",
    Exercise => "exercise",
    Hobby => "hobby",
    Learning => "learning",
    Meals => "meals",
    Volunteering => "volunteering",
    Work => "work",
    Community => "community",
    Private => "private",
    Transport => "transport",
    ServiceB => "service_b",
    ServiceD => "service_d",
    Other => "other",
});

/// A place not verified for this many months is shown as stale.
pub const STALE_MONTHS: u32 = 12;

pub fn stale(last_verified_on: Option<NaiveDate>, today: NaiveDate) -> bool {
    match last_verified_on {
        None => true,
        Some(day) => day
            .checked_add_months(Months::new(STALE_MONTHS))
            .map_or(true, |until| until < today),
    }
}

/// The weights of the score (product numbers, shown with the result).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct Weights {
    /// してみたい
    pub want: u32,
    /// 興味がある
    pub interested: u32,
    /// している (continue what they do)
    pub doing: u32,
    /// The item is in a goal or in the after-program wish.
    pub wished: u32,
}

pub const WEIGHTS: Weights = Weights {
    want: 3,
    interested: 2,
    doing: 1,
    wished: 2,
};

/// Items 1–7 (トイレ, 入浴, 更衣, 食事, 歯磨き, 身だしなみ, 睡眠) are goals at home, not places.
pub fn matchable(item: i32) -> bool {
    (8..=46).contains(&item)
}

/// One mark of the person's checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PersonMark {
    pub item: i32,
    pub doing: bool,
    pub want: bool,
    pub interested: bool,
}

/// What the person said, for matching.
pub struct Person<'a> {
    pub marks: &'a [PersonMark],
    /// Items named in a goal or in the after-program wish.
    pub wished: &'a [i32],
}

/// A place, for matching.
pub struct Candidate<'a> {
    pub tags: &'a [i32],
}

/// A place's score and its reasons, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scored {
    pub score: u32,
    pub reasons: Vec<String>,
}

/// The score of one place for one person: for each matchable item the place carries, the
/// strongest mark (してみたい 3, 興味がある 2, している 1), and +2 when the item is in a goal
/// or the wish. Deterministic: the same inputs give the same score and the same reasons.
pub fn score(person: &Person, place: &Candidate, w: &Weights) -> Scored {
    let mut tags: Vec<i32> = place
        .tags
        .iter()
        .copied()
        .filter(|i| matchable(*i))
        .collect();
    tags.sort_unstable();
    tags.dedup();
    let mut total = 0;
    let mut reasons = Vec::new();
    for item in tags {
        let label = interest::label(item).unwrap_or("");
        let mark = person.marks.iter().find(|m| m.item == item);
        let (points, word) = match mark {
            Some(m) if m.want => (w.want, "してみたい"),
            Some(m) if m.interested => (w.interested, "興味がある"),
            Some(m) if m.doing => (w.doing, "している"),
            _ => (0, ""),
        };
        if points > 0 {
            total += points;
            reasons.push(format!("『{label}』を『{word}』"));
        }
        if person.wished.contains(&item) {
            total += w.wished;
            reasons.push(format!("『{label}』は目標か卒業後の希望にあります"));
        }
    }
    Scored {
        score: total,
        reasons,
    }
}

/// Whether a place can be reached: in the person's 圏域, or by a means they can use that the
/// place supports beyond walking. Unknown 圏域 (on either side) does not filter.
pub fn reachable(
    person_area: Option<&str>,
    person_means: &[&str],
    place_area: Option<&str>,
    place_means: &[&str],
) -> bool {
    match (person_area, place_area) {
        (Some(a), Some(b)) if a != b => person_means
            .iter()
            .any(|m| *m != "walk" && place_means.contains(m)),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(item: i32, doing: bool, want: bool, interested: bool) -> PersonMark {
        PersonMark {
            item,
            doing,
            want,
            interested,
        }
    }

    #[test]
    fn the_strongest_mark_counts_and_a_wish_adds_two_with_reasons() {
        let marks = [
            mark(27, false, true, true),
            mark(17, true, false, true),
            mark(37, true, false, false),
        ];
        let person = Person {
            marks: &marks,
            wished: &[27],
        };
        let calligraphy = score(&person, &Candidate { tags: &[27] }, &WEIGHTS);
        assert_eq!(calligraphy.score, 5);
        assert_eq!(
            calligraphy.reasons,
            vec![
                "『書道・習字』を『してみたい』".to_owned(),
                "『書道・習字』は目標か卒業後の希望にあります".to_owned()
            ]
        );
        let salon = score(
            &person,
            &Candidate {
                tags: &[17, 18, 37],
            },
            &WEIGHTS,
        );
        assert_eq!(salon.score, 2 + 1);
        assert_eq!(salon.reasons.len(), 2);
        let nothing = score(&person, &Candidate { tags: &[44] }, &WEIGHTS);
        assert_eq!(
            nothing,
            Scored {
                score: 0,
                reasons: vec![]
            }
        );
    }

    #[test]
    fn self_care_items_are_not_matched_and_duplicates_count_once() {
        let marks = [mark(2, false, true, true), mark(36, false, false, true)];
        let person = Person {
            marks: &marks,
            wished: &[2],
        };
        let s = score(&person, &Candidate { tags: &[2, 36, 36] }, &WEIGHTS);
        assert_eq!(s.score, 2);
        assert!(!matchable(1) && !matchable(7) && matchable(8) && matchable(46) && !matchable(47));
    }

    #[test]
    fn the_same_inputs_give_the_same_answer() {
        let marks = [mark(35, false, true, false), mark(44, true, true, true)];
        let person = Person {
            marks: &marks,
            wished: &[],
        };
        let place = Candidate { tags: &[44, 35] };
        assert_eq!(
            score(&person, &place, &WEIGHTS),
            score(&person, &place, &WEIGHTS)
        );
        // Reasons come in the items' order, whatever the tags' order.
        assert!(score(&person, &place, &WEIGHTS).reasons[0].contains("将棋"));
    }

    #[test]
    fn reachable_in_the_area_or_by_a_shared_means() {
        assert!(reachable(Some("北"), &["walk"], Some("北"), &["walk"]));
        assert!(!reachable(
            Some("北"),
            &["walk"],
            Some("南"),
            &["walk", "bus"]
        ));
        assert!(reachable(
            Some("北"),
            &["walk", "bus"],
            Some("南"),
            &["bus"]
        ));
        assert!(reachable(None, &[], Some("南"), &[]));
        assert!(reachable(Some("北"), &[], None, &[]));
    }

    #[test]
    fn a_place_is_stale_after_twelve_months_unverified() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert!(!stale(Some(d(2026, 1, 10)), d(2027, 1, 10)));
        assert!(stale(Some(d(2026, 1, 10)), d(2027, 1, 11)));
        assert!(stale(None, d(2027, 1, 11)));
    }
}
