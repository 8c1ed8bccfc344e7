//! What a browser gets: the app shell, icons, health, the API description.

use reqwest::StatusCode;

use crate::helpers::*;

#[actix_web::test]
async fn health_and_readiness() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .get(format!("{}/healthz", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let res = app
        .client
        .get(format!("{}/readyz", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["status"], "ready");
}

#[actix_web::test]
async fn the_shell_is_served_with_the_right_caching() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .get(format!("{}/", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["cache-control"], "no-cache");
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let csp = res.headers()["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"));
    let html = res.text().await.unwrap();
    assert!(html.contains("lang=\"ja\""), "a Japanese document");
    let manifest = app
        .client
        .get(format!("{}/manifest.webmanifest", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(manifest.status(), StatusCode::OK);
    let manifest: serde_json::Value =
        serde_json::from_str(&manifest.text().await.unwrap()).unwrap();
    for icon in manifest["icons"].as_array().unwrap() {
        let res = app
            .client
            .get(format!("{}{}", app.url, icon["src"].as_str().unwrap()))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{icon}");
        assert_eq!(res.headers()["content-type"], "image/png");
    }
    let sw = app
        .client
        .get(format!("{}/sw.js", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(sw.status(), StatusCode::OK);
    assert_eq!(sw.headers()["cache-control"], "no-cache");
}

#[actix_web::test]
async fn the_openapi_document_lists_the_api_and_the_docs_page_is_local() {
    let app = TestApp::spawn().await;
    let doc: serde_json::Value = app
        .client
        .get(format!("{}/api/openapi.json", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert!(doc["paths"]["/api/v1/participants/{id}/screenings"]["post"].is_object());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::limited(3))
        .build()
        .unwrap();
    let page = client
        .get(format!("{}/api/docs", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await.unwrap();
    assert!(html.contains("/api/openapi.json"));
    assert!(
        !html.contains("https://"),
        "no CDN: the docs work on a closed network"
    );
}

#[actix_web::test]
async fn unsupported_methods_are_405_with_allow_and_trace_never_answers() {
    let app = TestApp::spawn().await;
    let ask = |method: &str, path: &str| {
        app.client.request(
            reqwest::Method::from_bytes(method.as_bytes()).unwrap(),
            format!("{}{path}", app.url),
        )
    };
    for (method, path, allow) in [
        ("TRACE", "/api/v1/participants", "GET, POST"),
        ("DELETE", "/api/v1/participants", "GET, POST"),
        (
            "PATCH",
            "/api/v1/participants/some-id/goals/other-id",
            "PUT",
        ),
        ("GET", "/api/v1/me/events", "POST"),
        ("DELETE", "/api/v1/me/photos", "POST"),
        ("POST", "/healthz", "GET"),
        ("PUT", "/api/openapi.json", "GET"),
        ("TRACE", "/", "GET, HEAD"),
        ("POST", "/", "GET, HEAD"),
        ("TRACE", "/manifest.webmanifest", "GET, HEAD"),
    ] {
        let res = ask(method, path).send().await.unwrap();
        assert_eq!(
            res.status(),
            StatusCode::METHOD_NOT_ALLOWED,
            "{method} {path}"
        );
        assert_eq!(res.headers()["allow"], allow, "{method} {path}");
        let body: serde_json::Value = res.json().await.unwrap();
        assert_eq!(body["error"], "method_not_allowed");
    }
    // TRACE is refused even where nothing is; other methods there are simply not found.
    let res = ask("TRACE", "/api/v1/nothing-here").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::METHOD_NOT_ALLOWED);
    let res = ask("POST", "/api/v1/nothing-here").send().await.unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

/// The API as described, kept as a reviewed file: any change to a path, a schema or a status
/// shows up as a diff of `tests/api/snapshots/…openapi.snap` (regenerate with
/// `INSTA_UPDATE=always cargo test --test api openapi_document` and review the diff).
#[actix_web::test]
async fn the_openapi_document_is_as_reviewed() {
    let app = TestApp::spawn().await;
    let doc: serde_json::Value = app
        .client
        .get(format!("{}/api/openapi.json", app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    insta::assert_json_snapshot!("openapi", doc);
}
