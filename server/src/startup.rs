//! Builds the application from configuration, so `main` and the tests start the very same
//! server (the tests on port 0 against a fresh database).

use crate::clock::Clock;
use std::net::{SocketAddr, TcpListener};

use actix_web::dev::{Server, Service};
use actix_web::{middleware, web, App, HttpServer};

use crate::auth::jwt::Keys;
use crate::auth::{password, ratelimit::Limiter};
use crate::config::Config;
use crate::db::{self, keys, Database};
use crate::error::AppError;
use crate::http;
use crate::jobs::runner::Runner;
use crate::push::{self, Sender, Vapid};
use crate::state::AppState;

pub struct Application {
    server: Server,
    addr: SocketAddr,
    state: web::Data<AppState>,
}

impl Application {
    pub async fn build(config: Config) -> Result<Self, AppError> {
        Self::build_with_clock(config, Clock::system()).await
    }

    /// Like [`Application::build`], with the given clock (tests run a server on another day).
    pub async fn build_with_clock(config: Config, clock: Clock) -> Result<Self, AppError> {
        let location = config.location()?;
        let demo = config.demo;
        // A wrong VAPID subject is refused before anything else happens.
        let subject = push::subject_from(&config)?;
        if subject == push::placeholder_subject() {
            tracing::warn!(
                "push notifications name the placeholder {subject} as their contact, which \
                 Apple's push service refuses: set --vapid-subject, an https --public-url or \
                 --push-contact"
            );
        }
        let store =
            crate::media::StoreKind::choose(config.media_store.as_deref(), location.backend())?;
        let (db, secret, vapid, demo_loaded) = actix_web::web::block(move || {
            let db = Database::open(location)?;
            let (secret, vapid) = {
                let mut conn = db.conn()?;
                let secret = keys::get_or_create(&mut conn, "jwt_hs256")?;
                (secret, Vapid::load(&mut conn, subject)?)
            };
            let demo_loaded = if demo {
                let mut conn = db.conn()?;
                db::demo::load(&mut conn, clock.today())?
            } else {
                false
            };
            Ok::<_, AppError>((db, secret, vapid, demo_loaded))
        })
        .await
        .map_err(|e| AppError::Internal(format!("start-up: {e}")))??;

        let media = crate::media::MediaStore::open(store, &config.data_dir, &db)?;
        if demo_loaded {
            db::demo_places::add_photos(&db, &media).await?;
        }
        let period = std::time::Duration::from_secs(config.signin_period_secs.max(1));
        let state = web::Data::new(AppState {
            db,
            keys: Keys::new(&secret, config.access_token_minutes.max(1) * 60),
            signin_limiter: Limiter::new(config.signin_burst, period),
            enroll_limiter: Limiter::new(config.signin_burst, period),
            password_limiter: Limiter::new(config.signin_burst, period),
            password_account_limiter: Limiter::new(config.signin_burst, period),
            two_factor_limiter: Limiter::new(
                config.two_factor_burst,
                std::time::Duration::from_secs(config.two_factor_period_secs.max(1)),
            ),
            dummy_hash: password::hash(&db::new_id())?,
            icons: Default::default(),
            media,
            decodes: crate::media::Decodes::new(
                config.photo_decodes,
                std::time::Duration::from_secs(config.photo_wait_secs),
            ),
            vapid,
            clock,
            config,
        });

        let listener = TcpListener::bind(&state.config.bind).map_err(|e| {
            AppError::Config(format!("{} で待ち受けできません: {e}", state.config.bind))
        })?;
        let addr = listener
            .local_addr()
            .map_err(|e| AppError::Config(format!("address: {e}")))?;
        let shared = state.clone();
        let server = HttpServer::new(move || {
            App::new()
                .app_data(shared.clone())
                .app_data(http::json_config())
                .app_data(http::path_config())
                .app_data(http::query_config())
                .wrap(middleware::Compress::default())
                .wrap(
                    middleware::DefaultHeaders::new()
                        .add(("X-Content-Type-Options", "nosniff"))
                        .add(("Referrer-Policy", "no-referrer")),
                )
                .wrap_fn(|req, srv| {
                    // Method, route and status only: query strings and bodies may hold
                    // personal data or codes, and a path may hold a secret (a calendar
                    // feed's key), so the log gets the route's pattern, never the path.
                    let method = req.method().clone();
                    let path = http::loggable_path(req.match_pattern().as_deref(), req.path());
                    let api = req.path().starts_with("/api/");
                    let started = std::time::Instant::now();
                    let fut = srv.call(req);
                    async move {
                        let mut res = fut.await?;
                        if api {
                            http::no_store(res.headers_mut());
                        }
                        tracing::info!(
                            %method,
                            %path,
                            status = res.status().as_u16(),
                            ms = started.elapsed().as_millis() as u64,
                            "request"
                        );
                        Ok(res)
                    }
                })
                .configure(http::configure)
        })
        .shutdown_timeout(5)
        .listen(listener)
        .map_err(|e| AppError::Config(format!("listen: {e}")))?
        .run();
        Ok(Application {
            server,
            addr,
            state,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn state(&self) -> web::Data<AppState> {
        self.state.clone()
    }

    /// Serves, and runs the job runner (notifications and reminders) beside the server
    /// until the server stops.
    pub async fn run(self) -> std::io::Result<()> {
        let sender = Sender::new(self.state.vapid.clone())
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        let poll = std::time::Duration::from_millis(self.state.config.job_poll_ms);
        let runner = Runner::new(self.state.db.clone(), sender, poll);
        let jobs = actix_web::rt::spawn(runner.run());
        let served = self.server.await;
        jobs.abort();
        served
    }
}
