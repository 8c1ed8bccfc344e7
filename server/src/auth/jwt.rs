//! Access tokens: HS256 only, with audience, `exp` and `nbf` checked, lifetime in minutes.
//! The signing key lives in the database so every app server accepts every token.

use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::db::scope::ParticipantScope;
use crate::db::StaffScope;
use crate::domain::ids::{DeviceId, MunicipalityId, ProviderId, StaffId};
use crate::domain::role::Role;
use crate::error::AppError;

const AUDIENCE: &str = "dekita";
const ISSUER: &str = "dekita";
/// Two-factor tickets carry their own audience: no access-token check accepts one, and no
/// ticket check accepts an access token.
const TICKET_AUDIENCE: &str = "dekita-two-factor";
/// How long a password sign-in waits for its code.
pub const VERIFY_TICKET_SECS: i64 = 5 * 60;
/// How long a sign-in that must first set up a second factor may take (scanning, typing).
pub const ENROLL_TICKET_SECS: i64 = 15 * 60;

/// What a two-factor ticket permits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TicketPurpose {
    /// The password was right; a code finishes the sign-in.
    Verify,
    /// The password was right, the municipality requires a second factor and this person has
    /// none yet: only setting one up is allowed, and confirming it finishes the sign-in.
    Enroll,
}

/// A signed "password checked, second factor pending" ticket: never an access token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TicketClaims {
    pub sub: StaffId,
    pub purpose: TicketPurpose,
    pub aud: String,
    pub iss: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Staff,
    Participant,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub kind: Kind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    pub mun: MunicipalityId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prov: Option<ProviderId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dev: Option<DeviceId>,
    pub aud: String,
    pub iss: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
}

pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    ticket_validation: Validation,
    pub ttl_secs: i64,
}

impl Keys {
    pub fn new(secret: &[u8], ttl_secs: i64) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_audience(&[AUDIENCE]);
        validation.set_issuer(&[ISSUER]);
        validation.validate_nbf = true;
        validation.leeway = 30;
        validation.set_required_spec_claims(&["exp", "nbf", "aud", "iss", "sub"]);
        let mut ticket_validation = validation.clone();
        ticket_validation.set_audience(&[TICKET_AUDIENCE]);
        ticket_validation.leeway = 0;
        Keys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ticket_validation,
            ttl_secs,
        }
    }

    fn sign<C: Serialize>(&self, claims: &C) -> Result<String, AppError> {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &self.encoding)
            .map_err(|e| AppError::Internal(format!("jwt encode: {e}")))
    }

    fn base(&self, sub: &str, kind: Kind, mun: &MunicipalityId) -> Claims {
        let now = Utc::now().timestamp();
        Claims {
            sub: sub.to_owned(),
            kind,
            role: None,
            mun: mun.clone(),
            prov: None,
            dev: None,
            aud: AUDIENCE.to_owned(),
            iss: ISSUER.to_owned(),
            iat: now,
            nbf: now,
            exp: now + self.ttl_secs,
        }
    }

    pub fn staff_token(&self, scope: &StaffScope) -> Result<String, AppError> {
        let mut claims = self.base(scope.staff_id.as_str(), Kind::Staff, &scope.municipality_id);
        claims.role = Some(scope.role);
        claims.prov = scope.provider_id.clone();
        self.sign(&claims)
    }

    pub fn participant_token(&self, scope: &ParticipantScope) -> Result<String, AppError> {
        let mut claims = self.base(
            scope.participant_id.as_str(),
            Kind::Participant,
            &scope.municipality_id,
        );
        claims.dev = Some(scope.device_id.clone());
        self.sign(&claims)
    }

    /// A ticket for the second step of a staff sign-in; returns it and its lifetime in seconds.
    pub fn two_factor_ticket(
        &self,
        staff_id: &StaffId,
        purpose: TicketPurpose,
    ) -> Result<(String, i64), AppError> {
        let now = Utc::now().timestamp();
        let ttl = match purpose {
            TicketPurpose::Verify => VERIFY_TICKET_SECS,
            TicketPurpose::Enroll => ENROLL_TICKET_SECS,
        };
        let claims = TicketClaims {
            sub: staff_id.clone(),
            purpose,
            aud: TICKET_AUDIENCE.to_owned(),
            iss: ISSUER.to_owned(),
            iat: now,
            nbf: now,
            exp: now + ttl,
        };
        Ok((self.sign(&claims)?, ttl))
    }

    /// A valid ticket for `purpose`, or 401.
    pub fn decode_ticket(
        &self,
        token: &str,
        purpose: TicketPurpose,
    ) -> Result<TicketClaims, AppError> {
        jsonwebtoken::decode::<TicketClaims>(token.trim(), &self.decoding, &self.ticket_validation)
            .ok()
            .map(|data| data.claims)
            .filter(|claims| claims.purpose == purpose)
            .ok_or(AppError::Unauthorized)
    }

    pub fn decode(&self, token: &str) -> Result<Claims, AppError> {
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation)
            .map(|data| data.claims)
            .map_err(|_| AppError::Unauthorized)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope() -> StaffScope {
        StaffScope {
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
            staff_id: "s1".into(),
            role: Role::Therapist,
            municipality_id: "m1".into(),
            provider_id: Some("p1".into()),
        }
    }

    #[test]
    fn a_token_round_trips_with_its_scope() {
        let keys = Keys::new(b"0123456789abcdef0123456789abcdef", 600);
        let claims = keys.decode(&keys.staff_token(&scope()).unwrap()).unwrap();
        assert_eq!(claims.sub, "s1");
        assert_eq!(claims.role, Some(Role::Therapist));
        assert_eq!(claims.prov, Some("p1".into()));
        assert_eq!(claims.exp - claims.iat, 600);
    }

    #[test]
    fn tokens_from_another_key_expired_or_not_yet_valid_are_refused() {
        let keys = Keys::new(b"0123456789abcdef0123456789abcdef", 600);
        let other = Keys::new(b"another secret of enough length!", 600);
        assert!(keys.decode(&other.staff_token(&scope()).unwrap()).is_err());

        let mut claims = keys.base("s1", Kind::Staff, &"m1".into());
        claims.exp = Utc::now().timestamp() - 3600;
        assert!(keys.decode(&keys.sign(&claims).unwrap()).is_err());

        let mut claims = keys.base("s1", Kind::Staff, &"m1".into());
        claims.nbf = Utc::now().timestamp() + 3600;
        claims.exp = claims.nbf + 600;
        assert!(keys.decode(&keys.sign(&claims).unwrap()).is_err());

        let mut claims = keys.base("s1", Kind::Staff, &"m1".into());
        claims.aud = "someone-else".into();
        assert!(keys.decode(&keys.sign(&claims).unwrap()).is_err());
    }

    #[test]
    fn a_ticket_is_no_access_token_and_an_access_token_no_ticket() {
        let keys = Keys::new(b"0123456789abcdef0123456789abcdef", 600);
        let (ticket, ttl) = keys
            .two_factor_ticket(&"s1".into(), TicketPurpose::Verify)
            .unwrap();
        assert_eq!(ttl, VERIFY_TICKET_SECS);
        assert!(keys.decode(&ticket).is_err());
        assert_eq!(
            keys.decode_ticket(&ticket, TicketPurpose::Verify)
                .unwrap()
                .sub,
            "s1"
        );
        assert!(keys.decode_ticket(&ticket, TicketPurpose::Enroll).is_err());
        let access = keys.staff_token(&scope()).unwrap();
        assert!(keys.decode_ticket(&access, TicketPurpose::Verify).is_err());
        let other = Keys::new(b"another secret of enough length!", 600);
        let (foreign, _) = other
            .two_factor_ticket(&"s1".into(), TicketPurpose::Verify)
            .unwrap();
        assert!(keys.decode_ticket(&foreign, TicketPurpose::Verify).is_err());
    }

    #[test]
    fn only_hs256_is_accepted() {
        let keys = Keys::new(b"0123456789abcdef0123456789abcdef", 600);
        let claims = keys.base("s1", Kind::Staff, &"m1".into());
        let hs512 = jsonwebtoken::encode(
            &Header::new(Algorithm::HS512),
            &claims,
            &EncodingKey::from_secret(b"0123456789abcdef0123456789abcdef"),
        )
        .unwrap();
        assert!(keys.decode(&hs512).is_err());
        // "alg": "none" with no signature.
        let parts: Vec<&str> = hs512.split('.').collect();
        use base64::Engine;
        let none_header = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(br#"{"alg":"none","typ":"JWT"}"#);
        assert!(keys
            .decode(&format!("{none_header}.{}.", parts[1]))
            .is_err());
    }
}
