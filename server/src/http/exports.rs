//! Exports for the municipality: a cohort's or a person's records as an HL7 FHIR R4
//! `collection` Bundle, streamed as it is written.

use std::io::{self, Write};

use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use tokio::sync::mpsc;
use utoipa::IntoParams;

use crate::auth::{can, May};
use crate::db::fhir::{self, Target};
use crate::domain::ids::{CohortId, ParticipantId};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;

/// The response's chunks: the writer hands one on when it holds this many bytes.
const CHUNK: usize = 32 * 1024;
/// Chunks waiting for the client: the export waits when the client reads slowly, so memory
/// stays at a few chunks whatever the export's size.
const CHUNKS_AHEAD: usize = 4;

#[derive(Debug, Deserialize, IntoParams)]
pub struct FhirExportQuery {
    /// Export everyone enrolled in this cohort.
    #[param(value_type = Option<String>)]
    pub cohort: Option<CohortId>,
    /// Export this person.
    #[param(value_type = Option<String>)]
    pub participant: Option<ParticipantId>,
}

/// Writes into the response, a chunk at a time, from the blocking thread of the export.
struct ChunkWriter {
    buf: Vec<u8>,
    tx: mpsc::Sender<Result<web::Bytes, io::Error>>,
}

impl ChunkWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = web::Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

impl Write for ChunkWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

/// A cohort's (`cohort`) or a person's (`participant`) records as an HL7 FHIR R4 `collection`
/// Bundle: Patient (JP Core, kanji and kana), Organization, Practitioner(Role), EpisodeOfCare,
/// Encounter per session, Goal with GAS, Observations (LOINC where a code exists), the two
/// checklists as QuestionnaireResponses with dekita's Questionnaires, Consent, ServiceRequest and
/// Task for the handoff, Task for the follow-ups. The municipality's administrator only;
/// audited per person. Streamed: one entry per line; `X-Export-People` says how many people
/// it holds.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(FhirExportQuery),
    responses(
    (status = 200, content_type = "application/fhir+json", body = Object,
        headers(("X-Export-People" = i64, description = "People in the export"))),
    (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/exports/fhir")]
pub async fn export_fhir(
    state: web::Data<AppState>,
    auth: May<can::ExportFhir>,
    query: web::Query<FhirExportQuery>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let target = match query.into_inner() {
        FhirExportQuery {
            cohort: Some(c),
            participant: None,
        } => Target::Cohort(c),
        FhirExportQuery {
            cohort: None,
            participant: Some(p),
        } => Target::Participant(p),
        _ => {
            return Err(AppError::validation(
                "cohort か participant のどちらか一つを指定してください。",
            ))
        }
    };
    let plan = {
        let scope = scope.clone();
        state
            .db
            .run(move |conn| fhir::plan(conn, &scope, target))
            .await?
    };
    {
        let (scope, plan) = (scope.clone(), plan.clone());
        state
            .db
            .write(move |conn| fhir::record(conn, &scope, &plan))
            .await?;
    }
    let (tx, mut rx) = mpsc::channel(CHUNKS_AHEAD);
    let db = state.db.clone();
    let now = state.clock.now();
    let target = plan.target.clone();
    actix_web::rt::spawn(async move {
        let errors = tx.clone();
        let done = db
            .run(move |conn| {
                let mut out = ChunkWriter {
                    buf: Vec::with_capacity(CHUNK),
                    tx,
                };
                fhir::write_bundle(conn, &scope, &target, now, &mut out)?;
                out.flush()
                    .map_err(|e| AppError::Internal(format!("fhir export: {e}")))
            })
            .await;
        if let Err(e) = done {
            tracing::warn!(error = %e, "the FHIR export stopped");
            let _ = errors
                .send(Err(io::Error::other("the export stopped")))
                .await;
        }
    });
    let body = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx));
    Ok(
        super::download("application/fhir+json; charset=utf-8", &plan.file_name)
            .insert_header(("X-Export-People", plan.people.to_string()))
            .streaming(body),
    )
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(export_fhir);
}
