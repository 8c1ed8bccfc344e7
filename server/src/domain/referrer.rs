//! Who referred a person (紹介者), structured, and the short feedback dekita drafts for them
//! when the person starts, stops, completes the program or is connected to a place.
//!
//! The content is limited by the person's `referrer_feedback` consent: without a live one
//! nothing is drafted to send; with one, its parts decide what the words may say (the place's
//! name needs `participation_wishes`, what the person can now do needs `summary_abilities`).
//! A discontinuation is always told in neutral words, never with its reason. Pure rules.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::consent::Part;

/// The kinds of referrer the documents name (after-the-program §2.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReferrerKind {
    /// 地域包括支援センター
    Houkatsu,
    /// 居宅介護支援事業所のケアマネジャー
    CareManager,
    /// 民生委員
    Minsei,
    /// 医療機関（地域連携室など）
    Medical,
    /// 通いの場・住民
    Community,
    /// 卒業生ボランティア
    GraduateVolunteer,
    /// 市窓口
    CityDesk,
    /// 本人・家族
    SelfFamily,
    /// その他
    Other,
}

crate::text_enum!(ReferrerKind, "referrer kind", {
    Houkatsu => "houkatsu",
    CareManager => "care_manager",
    Minsei => "minsei",
    Medical => "medical",
    Community => "community",
    GraduateVolunteer => "graduate_volunteer",
    CityDesk => "city_desk",
    SelfFamily => "self_family",
    Other => "other",
});

impl ReferrerKind {
    pub fn label(self) -> &'static str {
        match self {
            ReferrerKind::Houkatsu => "地域包括支援センター",
            ReferrerKind::CareManager => "居宅介護支援事業所（ケアマネジャー）",
            ReferrerKind::Minsei => "民生委員",
            ReferrerKind::Medical => "医療機関",
            ReferrerKind::Community => "通いの場・住民",
            ReferrerKind::GraduateVolunteer => "卒業生ボランティア",
            ReferrerKind::CityDesk => "市窓口",
            ReferrerKind::SelfFamily => "本人・家族",
            ReferrerKind::Other => "その他",
        }
    }
}

/// The kind read from an old free-text 紹介元 (the migration reads it the same way): a
/// referral by a 包括 user is the 包括's.
pub fn infer_kind(text: Option<&str>, by_care_manager: bool) -> ReferrerKind {
    let t = text.unwrap_or("");
    let any = |words: &[&str]| words.iter().any(|w| t.contains(w));
    if by_care_manager || any(&["包括"]) {
        ReferrerKind::Houkatsu
    } else if any(&["居宅", "ケアマネ"]) {
        ReferrerKind::CareManager
    } else if any(&["民生"]) {
        ReferrerKind::Minsei
    } else if any(&["病院", "医院", "クリニック", "診療所"]) {
        ReferrerKind::Medical
    } else if any(&["ボランティア"]) {
        ReferrerKind::GraduateVolunteer
    } else if any(&["通いの場", "サロン", "住民", "近所"]) {
        ReferrerKind::Community
    } else if any(&["窓口", "市役所", "役場"]) {
        ReferrerKind::CityDesk
    } else if any(&["本人", "家族"]) {
        ReferrerKind::SelfFamily
    } else {
        ReferrerKind::Other
    }
}

/// How feedback reaches the referrer: in the app for a 包括 who is a user, else a letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    InApp,
    Letter,
}

crate::text_enum!(Delivery, "feedback delivery", {
    InApp => "in_app",
    Letter => "letter",
});

pub fn delivery(kind: ReferrerKind, staff_user: bool) -> Delivery {
    match (kind, staff_user) {
        (ReferrerKind::Houkatsu, true) => Delivery::InApp,
        _ => Delivery::Letter,
    }
}

/// What happened, worth telling the referrer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackEvent {
    /// 利用開始
    Started,
    /// 中断
    Discontinued,
    /// 修了
    Completed,
    /// 地域の場につながった
    Connected,
}

crate::text_enum!(FeedbackEvent, "feedback event", {
    Started => "started",
    Discontinued => "discontinued",
    Completed => "completed",
    Connected => "connected",
});

/// The facts a draft may use; the consent's parts decide which of them appear.
pub struct DraftFacts<'a> {
    /// To whom (organisation and person as recorded).
    pub addressee: &'a str,
    /// The person's family name (the referrer knows whom they referred).
    pub family_name: &'a str,
    pub provider: &'a str,
    pub on: NaiveDate,
    /// The place, for a connection.
    pub place: Option<&'a str>,
    /// What the person can now do, in plain words (from the graduation review).
    pub abilities: &'a [String],
}

fn japanese_date(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// The draft in plain Japanese: a greeting, one or two sentences of what happened (only what
/// the consented parts allow), and the provider's name. Staff read and may change it.
pub fn draft(event: FeedbackEvent, f: &DraftFacts, parts: &[Part]) -> String {
    let name = format!("{}様", f.family_name);
    let on = japanese_date(f.on);
    let body = match event {
        FeedbackEvent::Started => format!(
            "ご紹介いただいた{name}は、{on}から短期集中予防サービス（通所型サービスC）の教室に通い始められました。ご紹介ありがとうございました。"
        ),
        FeedbackEvent::Discontinued => format!(
            "ご紹介いただいた{name}は、ご事情により{on}で教室を終えられました。"
        ),
        FeedbackEvent::Completed => {
            let mut s = format!("ご紹介いただいた{name}は、{on}に教室の12回を修了されました。");
            if parts.contains(&Part::SummaryAbilities) && !f.abilities.is_empty() {
                s.push_str(&format!(
                    "できるようになったこと：{}。",
                    f.abilities.join("、")
                ));
            }
            s
        }
        FeedbackEvent::Connected => match f.place {
            Some(place) if parts.contains(&Part::ParticipationWishes) => {
                format!("ご紹介いただいた{name}は、{on}から「{place}」に通い始められました。")
            }
            _ => format!("ご紹介いただいた{name}は、{on}から地域の活動に通い始められました。"),
        },
    };
    format!(
        "{}\n\nいつもお世話になっております。\n{body}\n引き続き、地域での見守りをよろしくお願いいたします。\n\n{}",
        f.addressee, f.provider
    )
}

/// Whether feedback may be sent at all: only under a live `referrer_feedback` consent.
pub fn may_send(consent_live: bool) -> Result<(), &'static str> {
    if consent_live {
        Ok(())
    } else {
        Err("紹介者へのご報告の同意がありません（または取り消されました）。ご本人に同意をお願いしてから送ってください。")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts<'a>(abilities: &'a [String]) -> DraftFacts<'a> {
        DraftFacts {
            addressee: "北地域包括支援センター 担当者様",
            family_name: "試験",
            provider: "ひだまりリハビリセンター",
            on: NaiveDate::from_ymd_opt(2027, 1, 20).unwrap(),
            place: Some("ふれあいサロン"),
            abilities,
        }
    }

    #[test]
    fn every_value_reads_back() {
        use crate::domain::text::TextEnum;
        for k in <ReferrerKind as TextEnum>::ALL {
            assert_eq!(ReferrerKind::from_text(k.as_str()).unwrap(), *k);
            assert!(!k.label().is_empty());
        }
        for e in <FeedbackEvent as TextEnum>::ALL {
            assert_eq!(FeedbackEvent::from_text(e.as_str()).unwrap(), *e);
        }
        assert!(ReferrerKind::from_text("friend").is_err());
    }

    #[test]
    fn the_old_free_text_is_read_into_a_kind() {
        assert_eq!(
            infer_kind(Some("地域包括支援センター"), false),
            ReferrerKind::Houkatsu
        );
        assert_eq!(infer_kind(None, true), ReferrerKind::Houkatsu);
        assert_eq!(
            infer_kind(Some("民生委員の方"), false),
            ReferrerKind::Minsei
        );
        assert_eq!(
            infer_kind(Some("南町クリニック"), false),
            ReferrerKind::Medical
        );
        assert_eq!(
            infer_kind(Some("居宅のケアマネ"), false),
            ReferrerKind::CareManager
        );
        assert_eq!(
            infer_kind(Some("卒業生ボランティア"), false),
            ReferrerKind::GraduateVolunteer
        );
        assert_eq!(infer_kind(Some("近所の方"), false), ReferrerKind::Community);
        assert_eq!(
            infer_kind(Some("市役所の窓口"), false),
            ReferrerKind::CityDesk
        );
        assert_eq!(
            infer_kind(Some("家族から"), false),
            ReferrerKind::SelfFamily
        );
        assert_eq!(infer_kind(Some("新聞"), false), ReferrerKind::Other);
        assert_eq!(infer_kind(None, false), ReferrerKind::Other);
    }

    #[test]
    fn a_houkatsu_user_gets_it_in_the_app_and_everyone_else_a_letter() {
        assert_eq!(delivery(ReferrerKind::Houkatsu, true), Delivery::InApp);
        assert_eq!(delivery(ReferrerKind::Houkatsu, false), Delivery::Letter);
        assert_eq!(delivery(ReferrerKind::Minsei, true), Delivery::Letter);
        assert_eq!(
            delivery(ReferrerKind::GraduateVolunteer, false),
            Delivery::Letter
        );
    }

    #[test]
    fn the_consented_parts_decide_what_the_words_say() {
        let abilities = vec!["バスで買い物に行けた".to_owned()];
        let f = facts(&abilities);
        let bare = draft(FeedbackEvent::Connected, &f, &[Part::Contact]);
        assert!(bare.contains("地域の活動に通い始められました"));
        assert!(!bare.contains("ふれあいサロン"));
        let named = draft(FeedbackEvent::Connected, &f, &[Part::ParticipationWishes]);
        assert!(named.contains("「ふれあいサロン」に通い始められました"));
        let done = draft(FeedbackEvent::Completed, &f, &[]);
        assert!(done.contains("2027年1月20日に教室の12回を修了されました"));
        assert!(!done.contains("バス"));
        let more = draft(FeedbackEvent::Completed, &f, &[Part::SummaryAbilities]);
        assert!(more.contains("できるようになったこと：バスで買い物に行けた。"));
        assert!(more.starts_with("北地域包括支援センター 担当者様\n"));
        assert!(more.ends_with("ひだまりリハビリセンター"));
    }

    #[test]
    fn a_discontinuation_is_told_without_its_reason_and_nothing_goes_without_consent() {
        let f = facts(&[]);
        let stop = draft(FeedbackEvent::Discontinued, &f, &[Part::CareNotes]);
        assert!(stop.contains("ご事情により2027年1月20日で教室を終えられました"));
        let start = draft(FeedbackEvent::Started, &f, &[]);
        assert!(start.contains("通い始められました"));
        assert!(may_send(true).is_ok());
        assert!(may_send(false).is_err());
    }
}
