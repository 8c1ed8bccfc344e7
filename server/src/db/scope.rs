//! Who is asking. Every query function takes one of these, so the data layer — not each
//! handler — decides what the caller may see.

use chrono::NaiveDate;

use crate::domain::family::DeviceKind;
use crate::domain::ids::{DeviceId, MunicipalityId, ParticipantId, ProviderId, StaffId};
use crate::domain::role::Role;

/// A signed-in staff member, as proven by a valid access token.
#[derive(Debug, Clone)]
pub struct StaffScope {
    pub staff_id: StaffId,
    pub role: Role,
    pub municipality_id: MunicipalityId,
    pub provider_id: Option<ProviderId>,
    /// The day (in Japan) the caller acts on, from the server's clock.
    pub today: NaiveDate,
}

/// A participant's bound phone, as proven by a valid access token and a live device row.
#[derive(Debug, Clone)]
pub struct ParticipantScope {
    pub participant_id: ParticipantId,
    pub device_id: DeviceId,
    pub municipality_id: MunicipalityId,
    /// The day (in Japan) the phone acts on, from the server's clock.
    pub today: NaiveDate,
    /// The person's own phone, or a family member's bound with their consent.
    pub kind: DeviceKind,
}

impl ParticipantScope {
    /// Whether the phones' policy lets this phone take `action` (403 if not).
    pub fn may(
        &self,
        action: crate::domain::policy::PhoneAction,
    ) -> Result<(), crate::error::AppError> {
        if crate::domain::policy::phone_allows(self.kind, action) {
            Ok(())
        } else {
            Err(crate::error::AppError::Forbidden)
        }
    }

    /// Whether the records this phone makes are made by family on the person's behalf.
    pub fn by_family(&self) -> bool {
        self.kind == DeviceKind::Family
    }
}

impl StaffScope {
    /// Whether the policy lets this staff member take `action` (403 if not).
    pub fn may(&self, action: crate::domain::policy::Action) -> Result<(), crate::error::AppError> {
        if crate::domain::policy::allows(self.role, action) {
            Ok(())
        } else {
            Err(crate::error::AppError::Forbidden)
        }
    }
}
