//! The assessment visit's and the 興味関心チェックシート's shapes on the wire
//! (`http::program`, `db::assessments`).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::ids::ParticipantId;
use crate::domain::interest::{Mark, OtherMark};

/// Difficulties in daily life (生活のしづらさ) the visit looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    /// 靴をはく
    Shoes,
    /// 階段の上り下り
    Stairs,
    /// 入浴
    Bathing,
    /// トイレ
    Toilet,
    /// 着替え
    Dressing,
    /// 料理
    Cooking,
    /// 掃除
    Cleaning,
    /// 洗濯
    Laundry,
    /// 買い物
    Shopping,
    /// 屋外を歩く
    WalkingOutside,
    /// バス・電車での外出
    BusTrain,
    /// 荷物を持つ
    Carrying,
    /// 床やいすからの立ち上がり
    GettingUp,
    /// ゴミ出し
    Garbage,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Assessment {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    /// 0 until first saved.
    pub version: i32,
    pub visited_on: Option<NaiveDate>,
    pub difficulties: Vec<Difficulty>,
    pub difficulties_note: String,
    pub home_environment: String,
    /// What the person wants back, in their own words.
    pub wishes: String,
    /// Who referred the person (包括, 民生委員, …).
    pub referred_by: String,
    #[serde(default, with = "crate::utc::option")]
    pub updated_at: Option<NaiveDateTime>,
    pub updated_by_name: Option<String>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct AssessmentInput {
    pub visited_on: Option<NaiveDate>,
    #[serde(default)]
    pub difficulties: Vec<Difficulty>,
    #[serde(default)]
    pub difficulties_note: String,
    #[serde(default)]
    pub home_environment: String,
    #[serde(default)]
    pub wishes: String,
    #[serde(default)]
    pub referred_by: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// 導入時
    Assessment,
    /// 卒業時
    Graduation,
}

crate::text_enum!(Phase, "checklist phase", {
    Assessment => "assessment",
    Graduation => "graduation",
});

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Checklist {
    pub phase: Phase,
    /// 0 until first saved.
    pub version: i32,
    pub filled_on: Option<NaiveDate>,
    /// Only the items with at least one mark, in the form's order.
    pub items: Vec<Mark>,
    pub others: Vec<OtherMark>,
    #[serde(default, with = "crate::utc::option")]
    pub updated_at: Option<NaiveDateTime>,
    pub updated_by_name: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Checklists {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub assessment: Checklist,
    pub graduation: Checklist,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct ChecklistInput {
    pub filled_on: Option<NaiveDate>,
    #[serde(default)]
    pub items: Vec<Mark>,
    #[serde(default)]
    pub others: Vec<OtherMark>,
}
