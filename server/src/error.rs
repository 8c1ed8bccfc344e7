//! One error type for the whole server, with stable codes the PWA translates by, and
//! Japanese messages for the people who read them.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("メールアドレスかパスワードが違います。")]
    InvalidCredentials,
    #[error("登録番号が正しくないか、期限が切れています。")]
    InvalidCode,
    #[error("確認コードが正しくないか、もう使われています。アプリに今出ている数字か、回復コードを入れてください。")]
    InvalidSecondFactor,
    #[error("もう一度サインインしてください。")]
    Unauthorized,
    #[error("この操作をする権限がありません。")]
    Forbidden,
    #[error("見つかりません。")]
    NotFound,
    #[error("{0}")]
    Validation(String),
    #[error("{0}")]
    Conflict(String),
    /// Someone saved the document after the editor opened it: the stored one is sent back so
    /// both can be shown side by side.
    #[error("ほかの方が先に保存しました。両方の内容を見比べて、どちらを残すか選んでください。")]
    VersionConflict(Box<serde_json::Value>),
    #[error("保存する前に、もとにした版（If-Match）を指定してください。")]
    PreconditionRequired,
    #[error("送信が大きすぎます。")]
    PayloadTooLarge,
    /// The resource exists but does not answer this method; the methods it does answer go in
    /// the `Allow` header (`GET, POST`).
    #[error("この操作はここでは使えません。")]
    MethodNotAllowed { allow: String },
    #[error("試行が多すぎます。しばらくしてからもう一度お試しください。")]
    RateLimited { retry_after_secs: u64 },
    #[error("ただいま利用できません。少し時間をおいてお試しください。")]
    Unavailable,
    /// Every turn to decode a photo is taken: come back after `retry_after_secs`.
    #[error("ただいま写真の処理が混み合っています。少し時間をおいてもう一度お送りください。")]
    Busy { retry_after_secs: u64 },
    /// The person withdrew the consent this request relied on: nothing of theirs is answered.
    #[error("ご本人が同意を取り消しました。この方の情報はもう見られません。")]
    ConsentWithdrawn,
    /// A CSV asked for in Shift_JIS holds characters Shift_JIS cannot write (named in the
    /// message); nothing is replaced.
    #[error("{0}")]
    NotInShiftJis(String),
    #[error("設定の誤り: {0}")]
    Config(String),
    #[error("internal error: {0}")]
    Internal(String),
}

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// Stable machine-readable code, e.g. `invalid_credentials`.
    pub error: &'static str,
    /// A sentence for the person reading it (Japanese).
    pub message: String,
    /// With `version_conflict`: the document as it is stored now.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub current: Option<serde_json::Value>,
}

impl AppError {
    pub fn code(&self) -> &'static str {
        match self {
            AppError::InvalidCredentials => "invalid_credentials",
            AppError::InvalidCode => "invalid_code",
            AppError::InvalidSecondFactor => "invalid_second_factor",
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden => "forbidden",
            AppError::NotFound => "not_found",
            AppError::Validation(_) => "validation",
            AppError::Conflict(_) => "conflict",
            AppError::VersionConflict(_) => "version_conflict",
            AppError::PreconditionRequired => "precondition_required",
            AppError::PayloadTooLarge => "payload_too_large",
            AppError::MethodNotAllowed { .. } => "method_not_allowed",
            AppError::RateLimited { .. } => "rate_limited",
            AppError::Unavailable => "unavailable",
            AppError::Busy { .. } => "busy",
            AppError::ConsentWithdrawn => "consent_withdrawn",
            AppError::NotInShiftJis(_) => "not_in_shift_jis",
            AppError::Config(_) | AppError::Internal(_) => "internal",
        }
    }

    pub fn validation(message: impl Into<String>) -> Self {
        AppError::Validation(message.into())
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::InvalidCredentials
            | AppError::InvalidCode
            | AppError::InvalidSecondFactor
            | AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::ConsentWithdrawn => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Validation(_) | AppError::NotInShiftJis(_) => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::VersionConflict(_) => StatusCode::PRECONDITION_FAILED,
            AppError::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            AppError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            AppError::Unavailable | AppError::Busy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Config(_) | AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let message = match self {
            // Never show internals to a person; the log has them (without personal data).
            AppError::Config(_) | AppError::Internal(_) => {
                tracing::error!(error = %self, "request failed");
                "申し訳ありません。問題が起きました。少し時間をおいてお試しください。".to_owned()
            }
            other => other.to_string(),
        };
        let mut response = HttpResponse::build(self.status_code());
        if let AppError::RateLimited { retry_after_secs } | AppError::Busy { retry_after_secs } =
            self
        {
            response.insert_header(("Retry-After", retry_after_secs.to_string()));
        }
        if let AppError::MethodNotAllowed { allow } = self {
            response.insert_header(("Allow", allow.as_str()));
        }
        let current = match self {
            AppError::VersionConflict(doc) => Some((**doc).clone()),
            _ => None,
        };
        response.json(ErrorBody {
            error: self.code(),
            message,
            current,
        })
    }
}

/// A stored text naming no known value is corrupt data: a fault, logged, never a default.
impl From<crate::domain::text::UnknownValue> for AppError {
    fn from(e: crate::domain::text::UnknownValue) -> Self {
        AppError::Internal(e.to_string())
    }
}

impl From<diesel::result::Error> for AppError {
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind, Error};
        match e {
            Error::NotFound => AppError::NotFound,
            Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => {
                AppError::Conflict("同じものがすでに登録されています。".into())
            }
            Error::DatabaseError(DatabaseErrorKind::ForeignKeyViolation, _) => {
                AppError::validation("参照先が見つかりません。")
            }
            other => AppError::Internal(format!("database: {other}")),
        }
    }
}
