//! Photos of the places in the directory: a coordinator adds them with a caption, puts them in
//! order and takes them off; every staff member of the municipality sees them; hostile files
//! are refused with nothing kept; a place holds six at most.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;

/// How many pictures the server keeps, in whichever store it uses (two per photo).
fn stored_pictures(app: &TestApp) -> usize {
    match app.media_store {
        dekita::media::StoreKind::Directory => std::fs::read_dir(app.data_dir.path().join("media"))
            .map(|d| {
                d.filter(|e| {
                    e.as_ref()
                        .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "jpg"))
                })
                .count()
            })
            .unwrap_or(0),
        dekita::media::StoreKind::Database => {
            use diesel::RunQueryDsl;
            #[derive(diesel::QueryableByName)]
            struct Count {
                #[diesel(sql_type = diesel::sql_types::BigInt)]
                n: i64,
            }
            let db = app.database();
            let mut conn = db.conn().unwrap();
            diesel::sql_query("SELECT COUNT(*) AS n FROM media_blobs")
                .get_result::<Count>(&mut *conn)
                .unwrap()
                .n as usize
        }
    }
}

async fn places(app: &TestApp, token: &str) -> Vec<Value> {
    let (status, list) = app.get("/api/v1/places", token).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    list.as_array().unwrap().clone()
}

async fn place(app: &TestApp, token: &str, name: &str) -> Value {
    places(app, token)
        .await
        .into_iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("the demo place {name}"))
}

async fn upload(
    app: &TestApp,
    token: &str,
    place_id: &str,
    caption: Option<&str>,
    body: Vec<u8>,
) -> (StatusCode, Value) {
    let mut req = app
        .client
        .post(format!("{}/api/v1/places/{place_id}/photos", app.url))
        .bearer_auth(token)
        .header("Content-Type", "image/jpeg")
        .body(body);
    if let Some(caption) = caption {
        req = req.query(&[("caption", caption)]);
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn ids(place: &Value) -> Vec<String> {
    place["photos"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect()
}

#[actix_web::test]
async fn the_demo_places_have_drawn_photos_every_staff_member_sees() {
    let app = TestApp::spawn().await;
    let nurse = app.token(NURSE).await;
    let salon = place(&app, &nurse, "ふれあいサロン ひだまり").await;
    let photos = salon["photos"].as_array().unwrap();
    assert_eq!(photos.len(), 2, "{salon}");
    assert!(photos[0]["caption"].as_str().unwrap().contains("和室"));
    let with_photos = places(&app, &nurse)
        .await
        .iter()
        .filter(|p| !p["photos"].as_array().unwrap().is_empty())
        .count();
    assert!(with_photos >= 3, "several demo places have photos");
    for size in ["thumb", "display"] {
        let res = app
            .client
            .get(format!(
                "{}/api/v1/media/{}/{size}",
                app.url,
                photos[0]["id"].as_str().unwrap()
            ))
            .bearer_auth(&nurse)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let bytes = res.bytes().await.unwrap();
        let picture = image::load_from_memory(&bytes).unwrap();
        assert!(picture.width() > 0 && picture.width() <= 1280);
    }
}

#[actix_web::test]
async fn a_coordinator_adds_orders_and_removes_photos_and_every_staff_member_sees_them() {
    let app = TestApp::spawn().await;
    let coordinator = app.token(COORDINATOR).await;
    let nurse = app.token(NURSE).await;
    let admin = app.token(ADMIN).await;
    let shogi = place(&app, &coordinator, "将棋クラブ 南").await;
    let place_id = shogi["id"].as_str().unwrap().to_owned();
    assert!(shogi["photos"].as_array().unwrap().is_empty());
    let kept_before = stored_pictures(&app);

    // A phone photo with GPS text in its EXIF: kept without it, with its caption.
    let mut with_exif = vec![0xFF, 0xD8, 0xFF, 0xE1];
    let app1: Vec<u8> = [
        b"Exif\0\0MM\0\x2a\0\0\0\x08\0\0\0\0\0\0".as_slice(),
        b"GPS-35.68N-139.76E",
    ]
    .concat();
    with_exif.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    with_exif.extend_from_slice(&app1);
    with_exif.extend_from_slice(&a_jpeg(1600, 1200)[2..]);
    let (status, after) = upload(
        &app,
        &coordinator,
        &place_id,
        Some("  集会所の二階。将棋盤が10面あります。 "),
        with_exif,
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{after}");
    let photos = after["photos"].as_array().unwrap();
    assert_eq!(photos.len(), 1);
    assert_eq!(photos[0]["caption"], "集会所の二階。将棋盤が10面あります。");
    assert_eq!(
        (photos[0]["width"].as_i64(), photos[0]["height"].as_i64()),
        (Some(1280), Some(960))
    );
    assert_eq!(
        after["version"], shogi["version"],
        "a photo is not an edit of the text"
    );
    let first = photos[0]["id"].as_str().unwrap().to_owned();
    assert_eq!(stored_pictures(&app), kept_before + 2);

    // Any staff member of the town sees it in the directory and gets both sizes, with the
    // same headers as every picture; another town does not.
    let seen = place(&app, &nurse, "将棋クラブ 南").await;
    assert_eq!(ids(&seen), vec![first.clone()]);
    for size in ["thumb", "display"] {
        let res = app
            .client
            .get(format!("{}/api/v1/media/{first}/{size}", app.url))
            .bearer_auth(&nurse)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()["content-type"], "image/jpeg");
        assert_eq!(res.headers()["cache-control"], "private, no-store");
        let bytes = res.bytes().await.unwrap();
        assert!(!bytes.windows(4).any(|w| w == b"Exif") && !bytes.windows(3).any(|w| w == b"GPS"));
    }
    let other = app.token(OTHER_TOWN).await;
    let res = app
        .client
        .get(format!("{}/api/v1/media/{first}/thumb", app.url))
        .bearer_auth(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let (status, _) = upload(&app, &other, &place_id, Some("よその町"), a_jpeg(64, 48)).await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "another town's place is not there"
    );

    // Only the coordinators keep the photos: the administrator and a nurse read them only.
    for token in [&admin, &nurse] {
        let (status, _) = upload(&app, token, &place_id, Some("説明"), a_jpeg(64, 48)).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = app
            .request(
                Method::DELETE,
                &format!("/api/v1/places/{place_id}/photos/{first}"),
                Some(token),
                None,
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
    }

    // A caption is required (it is what a screen reader says).
    for caption in [None, Some("   ")] {
        let (status, body) = upload(&app, &coordinator, &place_id, caption, a_jpeg(64, 48)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            body["message"].as_str().unwrap().contains("写真の説明"),
            "{body}"
        );
    }

    // Up to six; the seventh is refused, saying so.
    for n in 2..=6 {
        let (status, body) = upload(
            &app,
            &coordinator,
            &place_id,
            Some(&format!("{n}枚目")),
            a_jpeg(320, 240),
        )
        .await;
        assert_eq!(status, StatusCode::CREATED, "{body}");
    }
    let (status, body) = upload(
        &app,
        &coordinator,
        &place_id,
        Some("7枚目"),
        a_jpeg(320, 240),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(
        body["message"].as_str().unwrap().contains("6枚まで"),
        "{body}"
    );
    let full = place(&app, &coordinator, "将棋クラブ 南").await;
    assert_eq!(ids(&full).len(), 6);
    assert_eq!(
        stored_pictures(&app),
        kept_before + 12,
        "nothing kept of the seventh"
    );

    // In a new order: all of them, each once.
    let mut reversed = ids(&full);
    reversed.reverse();
    let (status, ordered) = app
        .request(
            Method::PUT,
            &format!("/api/v1/places/{place_id}/photos"),
            Some(&coordinator),
            Some(json!({"photo_ids": reversed})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{ordered}");
    assert_eq!(ids(&ordered), reversed);
    assert_eq!(ordered["photos"][0]["caption"], "6枚目");
    let (status, _) = app
        .request(
            Method::PUT,
            &format!("/api/v1/places/{place_id}/photos"),
            Some(&coordinator),
            Some(json!({"photo_ids": &reversed[..5]})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = app
        .request(
            Method::PUT,
            &format!("/api/v1/places/{place_id}/photos"),
            Some(&nurse),
            Some(json!({"photo_ids": reversed})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Taken off: gone from the place, not served, its pictures deleted; another place's photo
    // cannot be taken off through this one.
    let (status, removed) = app
        .request(
            Method::DELETE,
            &format!("/api/v1/places/{place_id}/photos/{first}"),
            Some(&coordinator),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{removed}");
    assert_eq!(ids(&removed).len(), 5);
    assert!(!ids(&removed).contains(&first));
    assert_eq!(stored_pictures(&app), kept_before + 10);
    let res = app
        .client
        .get(format!("{}/api/v1/media/{first}/thumb", app.url))
        .bearer_auth(&nurse)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let salon = place(&app, &coordinator, "ふれあいサロン ひだまり").await;
    let salon_photo = salon["photos"][0]["id"].as_str().unwrap();
    let (status, _) = app
        .request(
            Method::DELETE,
            &format!("/api/v1/places/{place_id}/photos/{salon_photo}"),
            Some(&coordinator),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(
        ids(&place(&app, &coordinator, "ふれあいサロン ひだまり").await).len(),
        2
    );

    // Every change is in the audit trail.
    let (status, entries) = app.get("/api/v1/audit?action=place_photo", &admin).await;
    assert_eq!(status, StatusCode::OK, "{entries}");
    let actions: Vec<&str> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions.iter().filter(|a| **a == "place_photo.add").count(),
        6
    );
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == "place_photo.reorder")
            .count(),
        1
    );
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == "place_photo.remove")
            .count(),
        1
    );
}

#[actix_web::test]
async fn hostile_files_are_refused_with_a_clear_error_and_nothing_kept() {
    let app = TestApp::spawn().await;
    let coordinator = app.token(COORDINATOR).await;
    let shogi = place(&app, &coordinator, "将棋クラブ 南").await;
    let place_id = shogi["id"].as_str().unwrap().to_owned();
    let kept_before = stored_pictures(&app);
    let refused = |status: StatusCode, body: &Value, expected: StatusCode, words: &str| {
        assert_eq!(status, expected, "{body}");
        assert!(body["message"].as_str().unwrap().contains(words), "{body}");
    };

    // Not a picture at all, and a GIF.
    let (status, body) = upload(
        &app,
        &coordinator,
        &place_id,
        Some("説明"),
        b"<html>not a photo</html>".to_vec(),
    )
    .await;
    refused(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "JPEG か PNG",
    );
    let (status, body) = upload(
        &app,
        &coordinator,
        &place_id,
        Some("説明"),
        b"GIF89a\x01\x00\x01\x00".to_vec(),
    )
    .await;
    refused(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "JPEG か PNG",
    );
    // Too big to read.
    let (status, _) = upload(
        &app,
        &coordinator,
        &place_id,
        Some("説明"),
        vec![0u8; 16 * 1024 * 1024],
    )
    .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    // A decompression bomb: 8192×4880 16-bit RGBA, 320 MB once decoded.
    let (status, body) = upload(
        &app,
        &coordinator,
        &place_id,
        Some("説明"),
        crate::pictures::sixteen_bit_rgba_png(8192, 4880),
    )
    .await;
    refused(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "データが大きすぎて",
    );
    // A PNG header claiming 100000×100000.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend_from_slice(&100_000u32.to_be_bytes());
    png.extend_from_slice(&100_000u32.to_be_bytes());
    png.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
    let (status, body) = upload(&app, &coordinator, &place_id, Some("説明"), png).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    // Cut off half-way.
    let whole = a_jpeg(800, 600);
    let (status, body) = upload(
        &app,
        &coordinator,
        &place_id,
        Some("説明"),
        whole[..whole.len() / 2].to_vec(),
    )
    .await;
    refused(
        status,
        &body,
        StatusCode::UNPROCESSABLE_ENTITY,
        "途中で切れて",
    );

    assert_eq!(stored_pictures(&app), kept_before, "nothing kept");
    assert!(place(&app, &coordinator, "将棋クラブ 南").await["photos"]
        .as_array()
        .unwrap()
        .is_empty());
    let (status, _) = app.get("/healthz", &coordinator).await;
    assert_eq!(status, StatusCode::OK);
}
