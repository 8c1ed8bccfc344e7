//! Access tokens: HS256 only, with audience, `exp` and `nbf` checked, lifetime in minutes.
//! The signing key lives in the database so every app server accepts every token.

use chrono::Utc;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::db::scope::ParticipantScope;
use crate::db::StaffScope;
use crate::domain::role::Role;
use crate::error::AppError;

const AUDIENCE: &str = "dekita";
const ISSUER: &str = "dekita";

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
    pub mun: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prov: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dev: Option<String>,
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
        Keys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            ttl_secs,
        }
    }

    fn sign(&self, claims: &Claims) -> Result<String, AppError> {
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &self.encoding)
            .map_err(|e| AppError::Internal(format!("jwt encode: {e}")))
    }

    fn base(&self, sub: &str, kind: Kind, mun: &str) -> Claims {
        let now = Utc::now().timestamp();
        Claims {
            sub: sub.to_owned(),
            kind,
            role: None,
            mun: mun.to_owned(),
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
        let mut claims = self.base(&scope.staff_id, Kind::Staff, &scope.municipality_id);
        claims.role = Some(scope.role);
        claims.prov = scope.provider_id.clone();
        self.sign(&claims)
    }

    pub fn participant_token(&self, scope: &ParticipantScope) -> Result<String, AppError> {
        let mut claims = self.base(
            &scope.participant_id,
            Kind::Participant,
            &scope.municipality_id,
        );
        claims.dev = Some(scope.device_id.clone());
        self.sign(&claims)
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
        assert_eq!(claims.prov.as_deref(), Some("p1"));
        assert_eq!(claims.exp - claims.iat, 600);
    }

    #[test]
    fn tokens_from_another_key_expired_or_not_yet_valid_are_refused() {
        let keys = Keys::new(b"0123456789abcdef0123456789abcdef", 600);
        let other = Keys::new(b"another secret of enough length!", 600);
        assert!(keys.decode(&other.staff_token(&scope()).unwrap()).is_err());

        let mut claims = keys.base("s1", Kind::Staff, "m1");
        claims.exp = Utc::now().timestamp() - 3600;
        assert!(keys.decode(&keys.sign(&claims).unwrap()).is_err());

        let mut claims = keys.base("s1", Kind::Staff, "m1");
        claims.nbf = Utc::now().timestamp() + 3600;
        claims.exp = claims.nbf + 600;
        assert!(keys.decode(&keys.sign(&claims).unwrap()).is_err());

        let mut claims = keys.base("s1", Kind::Staff, "m1");
        claims.aud = "someone-else".into();
        assert!(keys.decode(&keys.sign(&claims).unwrap()).is_err());
    }

    #[test]
    fn only_hs256_is_accepted() {
        let keys = Keys::new(b"0123456789abcdef0123456789abcdef", 600);
        let claims = keys.base("s1", Kind::Staff, "m1");
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
