//! The home exercise library: body-weight exercises for frail older people, none needing more
//! than a sturdy chair, a table or a wall (after the Otago and LiFE programmes). Each
//! has a picture in `assets/exercises/<key>.svg`, steps in plain Japanese and safety notes.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// 回
    Reps,
    /// 秒
    Seconds,
    /// 分
    Minutes,
}

crate::text_enum!(Unit, "exercise unit", {
    Reps => "reps",
    Seconds => "seconds",
    Minutes => "minutes",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// 足腰の力
    Strength,
    /// バランス
    Balance,
    /// 口の体操
    Oral,
    /// 呼吸
    Breathing,
    /// 柔軟（ストレッチ・関節をほぐす）
    Flexibility,
    /// 歩く
    Walking,
}

crate::text_enum!(Area, "exercise area", {
    Strength => "strength",
    Balance => "balance",
    Oral => "oral",
    Breathing => "breathing",
    Flexibility => "flexibility",
    Walking => "walking",
});

pub struct Exercise {
    pub key: &'static str,
    pub title: &'static str,
    pub area: Area,
    /// 1 やさしい, 2 ふつう, 3 しっかり
    pub level: u8,
    pub unit: Unit,
    pub steps: &'static [&'static str],
    pub safety: &'static [&'static str],
}

const HOLD_TABLE: &str = "動かない、しっかりしたテーブルや台につかまりましょう。";
const STOP_IF_PAIN: &str = "痛みや、めまい・息苦しさがあるときは休みましょう。";

pub const LIBRARY: [Exercise; 17] = [
    Exercise {
        key: "sit_to_stand",
        title: "いすからの立ち上がり",
        area: Area::Strength,
        level: 2,
        unit: Unit::Reps,
        steps: &[
            "ひじかけのない、しっかりしたいすに浅めに座ります。",
            "足を肩はばに開き、腕を胸の前で組みます。",
            "おじぎをするように体を前にたおし、ゆっくり立ち上がります。",
            "ゆっくり座ります。",
        ],
        safety: &[
            "キャスター付きのいすは使いません。",
            "ふらつくときは、腕を組まずにひざに手をついてかまいません。",
            STOP_IF_PAIN,
        ],
    },
    Exercise {
        key: "heel_raise",
        title: "かかと上げ",
        area: Area::Strength,
        level: 1,
        unit: Unit::Reps,
        steps: &[
            "テーブルの前に立ち、両手でつかまります。",
            "ゆっくりかかとを上げて、つま先立ちになります。",
            "ゆっくりかかとを下ろします。",
        ],
        safety: &[HOLD_TABLE, STOP_IF_PAIN],
    },
    Exercise {
        key: "toe_raise",
        title: "つま先上げ",
        area: Area::Strength,
        level: 1,
        unit: Unit::Reps,
        steps: &[
            "テーブルの前に立ち、両手でつかまります。",
            "かかとに体重をのせて、つま先をゆっくり上げます。",
            "ゆっくりつま先を下ろします。",
        ],
        safety: &[
            HOLD_TABLE,
            "おしりが後ろに引けないよう、背すじをのばします。",
        ],
    },
    Exercise {
        key: "one_leg_stand",
        title: "片足立ち",
        area: Area::Balance,
        level: 2,
        unit: Unit::Seconds,
        steps: &[
            "テーブルの横に立ち、片手でつかまります。",
            "片方の足を床から少し（5cmほど）上げます。",
            "そのまま姿勢を保ちます。反対の足も同じようにします。",
        ],
        safety: &[HOLD_TABLE, "ふらついたら、すぐに足を下ろしてかまいません。"],
    },
    Exercise {
        key: "marching",
        title: "その場足踏み",
        area: Area::Balance,
        level: 1,
        unit: Unit::Seconds,
        steps: &[
            "テーブルの横に立ち、片手でつかまります。",
            "ももを交互に上げて、その場で足踏みをします。",
            "腕も軽く振りましょう。",
        ],
        safety: &[HOLD_TABLE, STOP_IF_PAIN],
    },
    Exercise {
        key: "knee_extension",
        title: "ひざ伸ばし",
        area: Area::Strength,
        level: 1,
        unit: Unit::Reps,
        steps: &[
            "いすに深く座り、背すじをのばします。",
            "片方のひざをゆっくり伸ばし、足を前に上げます。",
            "つま先を天井に向けて、3つ数えます。",
            "ゆっくり下ろします。反対の足も同じようにします。",
        ],
        safety: &["息を止めずに行いましょう。", STOP_IF_PAIN],
    },
    Exercise {
        key: "side_leg_raise",
        title: "横に足上げ",
        area: Area::Strength,
        level: 2,
        unit: Unit::Reps,
        steps: &[
            "テーブルの前に立ち、両手でつかまります。",
            "背すじをのばしたまま、片方の足を横にゆっくり上げます。",
            "ゆっくり戻します。反対の足も同じようにします。",
        ],
        safety: &[HOLD_TABLE, "体を横にたおさないようにします。"],
    },
    Exercise {
        key: "wall_push_up",
        title: "壁腕立て伏せ",
        area: Area::Strength,
        level: 1,
        unit: Unit::Reps,
        steps: &[
            "壁から腕の長さほど離れて立ちます。",
            "肩の高さで、両手を壁につきます。",
            "ひじを曲げて、ゆっくり体を壁に近づけます。",
            "ゆっくり押し戻します。",
        ],
        safety: &["すべりにくい床と靴下で行いましょう。", STOP_IF_PAIN],
    },
    Exercise {
        key: "trunk_twist",
        title: "座って体ひねり",
        area: Area::Flexibility,
        level: 1,
        unit: Unit::Reps,
        steps: &[
            "いすに深く座り、背すじをのばします。",
            "息をはきながら、上半身をゆっくり右にひねります。",
            "正面に戻り、左にも同じようにひねります。",
        ],
        safety: &["はずみをつけず、気持ちよいところまでにします。"],
    },
    Exercise {
        key: "ankle_circles",
        title: "足首回し",
        area: Area::Flexibility,
        level: 1,
        unit: Unit::Reps,
        steps: &[
            "いすに座り、片方の足を少し前に出して浮かせます。",
            "足首をゆっくり大きく回します。",
            "反対回しもします。もう片方の足も同じようにします。",
        ],
        safety: &["足がつりそうなときは休みましょう。"],
    },
    Exercise {
        key: "pataka_ra",
        title: "パタカラ体操",
        area: Area::Oral,
        level: 1,
        unit: Unit::Reps,
        steps: &[
            "背すじをのばして座ります。",
            "「パ」「タ」「カ」「ラ」と、一音ずつはっきり大きな声で言います。",
            "続けて「パタカラ」を、口を大きく動かしてくり返します。",
        ],
        safety: &["食事の前に行うと、食べる・飲み込む力の準備になります。"],
    },
    Exercise {
        key: "tongue_exercise",
        title: "舌の体操",
        area: Area::Oral,
        level: 1,
        unit: Unit::Reps,
        steps: &[
            "口を大きく開けて、舌をまっすぐ前に出します。",
            "舌を右の口角、左の口角へ、ゆっくり動かします。",
            "舌で上くちびる、下くちびるをなめるように動かします。",
        ],
        safety: &["入れ歯が外れやすい方は、無理のない範囲で行いましょう。"],
    },
    Exercise {
        key: "deep_breathing",
        title: "深呼吸",
        area: Area::Breathing,
        level: 1,
        unit: Unit::Reps,
        steps: &[
            "いすに座り、両手をおなかにあてます。",
            "鼻からゆっくり息を吸い、おなかをふくらませます。",
            "口をすぼめて、吸うときの倍の時間をかけてゆっくりはきます。",
        ],
        safety: &["くらっとしたら、ふつうの呼吸に戻して休みましょう。"],
    },
    Exercise {
        key: "walking",
        title: "散歩",
        area: Area::Walking,
        level: 2,
        unit: Unit::Minutes,
        steps: &[
            "歩きやすい靴をはきます。",
            "背すじをのばし、いつもより少し大きな歩幅で歩きます。",
            "疲れる前に休みながら、決めた時間歩きます。",
        ],
        safety: &[
            "暑い日・寒い日は時間帯を選び、水分をとりましょう。",
            "杖をお使いの方は、いつもの杖で歩きましょう。",
        ],
    },
    Exercise {
        key: "heel_toe_stand",
        title: "つぎ足立ち",
        area: Area::Balance,
        level: 3,
        unit: Unit::Seconds,
        steps: &[
            "テーブルの横に立ち、片手でつかまります。",
            "片方の足のかかとを、もう片方の足のつま先につけて一直線に立ちます。",
            "そのまま姿勢を保ちます。足を入れかえて同じようにします。",
        ],
        safety: &[HOLD_TABLE, "ふらついたら、足を開いてかまいません。"],
    },
    Exercise {
        key: "mini_squat",
        title: "ひざの曲げ伸ばし",
        area: Area::Strength,
        level: 2,
        unit: Unit::Reps,
        steps: &[
            "テーブルの前に立ち、両手でつかまります。",
            "いすに座るように、おしりを少し後ろに引いてひざを曲げます。",
            "ゆっくり元の姿勢に戻ります。",
        ],
        safety: &[
            HOLD_TABLE,
            "ひざがつま先より前に出ないようにします。",
            STOP_IF_PAIN,
        ],
    },
    Exercise {
        key: "shoulder_roll",
        title: "肩回し",
        area: Area::Flexibility,
        level: 1,
        unit: Unit::Reps,
        steps: &[
            "いすに座り、指先を肩にのせます。",
            "ひじで大きな円をかくように、肩を後ろへ回します。",
            "前回しもします。",
        ],
        safety: &["肩に痛みがあるときは、小さな円にしましょう。"],
    },
];

/// A built-in exercise by its key.
pub fn find(key: &str) -> Option<&'static Exercise> {
    LIBRARY.iter().find(|e| e.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_least_fifteen_exercises_each_with_steps_safety_and_a_picture() {
        assert!(LIBRARY.len() >= 15);
        let assets = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/exercises");
        for e in &LIBRARY {
            assert!(!e.steps.is_empty() && !e.safety.is_empty(), "{}", e.key);
            assert!((1..=3).contains(&e.level), "{}", e.key);
            assert!(
                std::path::Path::new(&format!("{assets}/{}.svg", e.key)).is_file(),
                "a picture for {}",
                e.key
            );
        }
        let mut keys: Vec<&str> = LIBRARY.iter().map(|e| e.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), LIBRARY.len(), "keys are unique");
    }

    #[test]
    fn none_needs_equipment_beyond_a_chair_a_table_or_a_wall() {
        for word in ["ダンベル", "ゴムバンド", "おもり", "ボール", "マシン"] {
            for e in &LIBRARY {
                assert!(
                    e.steps.iter().all(|s| !s.contains(word)),
                    "{} needs {word}",
                    e.key
                );
            }
        }
    }

    #[test]
    fn loosening_exercises_are_filed_under_flexibility_not_breathing() {
        let area = |key: &str| LIBRARY.iter().find(|e| e.key == key).unwrap().area;
        for key in ["shoulder_roll", "ankle_circles", "trunk_twist"] {
            assert_eq!(area(key), Area::Flexibility, "{key}");
        }
        let breathing: Vec<&str> = LIBRARY
            .iter()
            .filter(|e| e.area == Area::Breathing)
            .map(|e| e.key)
            .collect();
        assert_eq!(breathing, vec!["deep_breathing"]);
    }
}
