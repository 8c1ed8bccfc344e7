//! Staff roles (DESIGN §1). Participants are not staff and have no role.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// リハ職 (PT/OT)
    Therapist,
    /// 看護職員
    Nurse,
    /// 地域包括支援センター
    CareManager,
    /// 生活支援コーディネーター
    Coordinator,
    /// 保険者（市町村）
    MunicipalityAdmin,
}

crate::text_enum!(Role, "role", {
    Therapist => "therapist",
    Nurse => "nurse",
    CareManager => "care_manager",
    Coordinator => "coordinator",
    MunicipalityAdmin => "municipality_admin",
});

impl Role {
    /// Every role, in the order staff screens list them.
    pub const ALL: [Role; 5] = [
        Role::Therapist,
        Role::Nurse,
        Role::CareManager,
        Role::Coordinator,
        Role::MunicipalityAdmin,
    ];

    pub fn label_ja(self) -> &'static str {
        match self {
            Role::Therapist => "リハ職",
            Role::Nurse => "看護職員",
            Role::CareManager => "地域包括支援センター",
            Role::Coordinator => "生活支援コーディネーター",
            Role::MunicipalityAdmin => "市町村担当",
        }
    }

    /// Provider staff work inside one 事業所 and see only its participants.
    pub fn is_provider_staff(self) -> bool {
        matches!(self, Role::Therapist | Role::Nurse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_name() {
        for role in Role::ALL {
            assert_eq!(Role::from_text(role.as_str()), Ok(role));
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{}\"", role.as_str()));
        }
        assert!(Role::from_text("admin").is_err());
    }
}
