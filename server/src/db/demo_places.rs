//! Photos of the demo's places: simple drawings made here with the `image` crate (a room, a
//! hall, a garden; no people, no files), kept through the same store and encoding as an
//! uploaded photo, so a coordinator sees the places' pages as they will look.

use diesel::prelude::*;
use image::{DynamicImage, Rgb, RgbImage};

use super::schema::places;
use super::{places as place_rows, Database};
use crate::domain::ids::{MediaId, PlaceId};
use crate::error::AppError;
use crate::media::{self, MediaStore};

#[derive(Debug, Clone, Copy)]
enum Scene {
    /// A room with a window, a low table and chairs.
    Room,
    /// The way in: a building with a ramp.
    Entrance,
    /// A hall with chairs in a ring.
    Hall,
    /// Flower beds under the sky.
    Garden,
    /// A tool shed and a tap.
    Shed,
    /// Long desks in a lecture room.
    Classroom,
}

/// Which demo place has which photos, in order.
const PHOTOS: [(&str, &[(Scene, &str)]); 4] = [
    (
        "ふれあいサロン ひだまり",
        &[
            (
                Scene::Room,
                "集会所の和室。いす席とテーブルがあり、窓から庭が見えます。",
            ),
            (Scene::Entrance, "入口。段差のないスロープがあります。"),
        ],
    ),
    (
        "いきいき百歳体操 北町会場",
        &[(Scene::Hall, "体操をする広間。いすを輪に並べて座ります。")],
    ),
    (
        "みんなの農園ボランティア",
        &[
            (Scene::Garden, "花壇。季節の花を育てています。"),
            (Scene::Shed, "道具小屋と水道。道具は借りられます。"),
            (Scene::Room, "休憩する部屋。作業のあとにお茶を飲みます。"),
        ],
    ),
    (
        "公民館 書道の会",
        &[(Scene::Classroom, "公民館の講座室。長机で書道をします。")],
    ),
];

const W: u32 = 640;
const H: u32 = 480;

fn rect(img: &mut RgbImage, x0: u32, y0: u32, x1: u32, y1: u32, c: [u8; 3]) {
    for y in y0.min(H)..y1.min(H) {
        for x in x0.min(W)..x1.min(W) {
            img.put_pixel(x, y, Rgb(c));
        }
    }
}

fn circle(img: &mut RgbImage, cx: i64, cy: i64, r: i64, c: [u8; 3]) {
    for y in (cy - r).max(0)..(cy + r).min(H as i64) {
        for x in (cx - r).max(0)..(cx + r).min(W as i64) {
            if (x - cx).pow(2) + (y - cy).pow(2) <= r * r {
                img.put_pixel(x as u32, y as u32, Rgb(c));
            }
        }
    }
}

/// A triangle with its apex at (cx, top) and its base from x0 to x1 at `bottom` (a roof).
fn roof(img: &mut RgbImage, cx: u32, top: u32, x0: u32, x1: u32, bottom: u32, c: [u8; 3]) {
    for y in top..bottom {
        let t = f64::from(y - top) / f64::from(bottom - top);
        let left = f64::from(cx) - t * f64::from(cx - x0);
        let right = f64::from(cx) + t * f64::from(x1 - cx);
        rect(img, left as u32, y, right as u32, y + 1, c);
    }
}

fn chair(img: &mut RgbImage, x: u32, y: u32, c: [u8; 3]) {
    rect(img, x, y, x + 34, y + 8, c); // the seat
    rect(img, x, y - 36, x + 8, y, c); // the back
    rect(img, x + 2, y + 8, x + 6, y + 34, c); // legs
    rect(img, x + 28, y + 8, x + 32, y + 34, c);
}

fn draw(scene: Scene) -> RgbImage {
    let mut img = RgbImage::new(W, H);
    const WALL: [u8; 3] = [236, 226, 204];
    const FLOOR: [u8; 3] = [190, 150, 104];
    const SKY: [u8; 3] = [150, 200, 236];
    const GRASS: [u8; 3] = [112, 168, 92];
    const WOOD: [u8; 3] = [124, 84, 52];
    match scene {
        Scene::Room => {
            rect(&mut img, 0, 0, W, 300, WALL);
            rect(&mut img, 0, 300, W, H, FLOOR);
            rect(&mut img, 380, 60, 590, 220, [250, 250, 250]); // window frame
            rect(&mut img, 392, 72, 578, 208, SKY);
            rect(&mut img, 392, 170, 578, 208, GRASS);
            rect(&mut img, 481, 72, 489, 208, [250, 250, 250]);
            rect(&mut img, 140, 320, 420, 340, WOOD); // the table
            rect(&mut img, 160, 340, 172, 420, WOOD);
            rect(&mut img, 388, 340, 400, 420, WOOD);
            circle(&mut img, 260, 305, 16, [214, 96, 72]); // a teapot and cups
            circle(&mut img, 310, 312, 8, [245, 245, 245]);
            circle(&mut img, 220, 312, 8, [245, 245, 245]);
            chair(&mut img, 70, 370, [92, 120, 160]);
            chair(&mut img, 460, 370, [92, 120, 160]);
        }
        Scene::Entrance => {
            rect(&mut img, 0, 0, W, H, SKY);
            rect(&mut img, 0, 380, W, H, [170, 170, 160]);
            rect(&mut img, 120, 170, 520, 380, WALL);
            roof(&mut img, 320, 70, 90, 550, 170, [150, 70, 60]);
            rect(&mut img, 280, 260, 360, 380, WOOD); // the door
            for step in 0..20 {
                // the ramp, rising towards the door
                rect(
                    &mut img,
                    360 + step * 8,
                    380 - step * 2,
                    368 + step * 8,
                    380,
                    [200, 200, 190],
                );
            }
            rect(&mut img, 360, 330, 520, 334, [90, 90, 90]); // its handrail
        }
        Scene::Hall => {
            rect(&mut img, 0, 0, W, 220, WALL);
            rect(&mut img, 0, 220, W, H, [214, 180, 130]);
            rect(&mut img, 220, 50, 420, 160, [245, 245, 245]); // a whiteboard
            for i in 0..8 {
                let a = f64::from(i) * std::f64::consts::TAU / 8.0;
                let x = 320.0 + 200.0 * a.cos() - 17.0;
                let y = 340.0 + 90.0 * a.sin();
                chair(&mut img, x as u32, y as u32, [200, 90, 70]);
            }
        }
        Scene::Garden => {
            rect(&mut img, 0, 0, W, 240, SKY);
            circle(&mut img, 540, 70, 40, [250, 214, 90]);
            rect(&mut img, 0, 240, W, H, GRASS);
            for row in 0..3u32 {
                let y = 290 + row * 60;
                rect(&mut img, 40, y + 14, 600, y + 30, [120, 86, 60]);
                for i in 0..9u32 {
                    let colour =
                        [[232, 92, 110], [250, 200, 60], [180, 120, 220]][(i % 3) as usize];
                    circle(
                        &mut img,
                        70 + i64::from(i) * 62,
                        i64::from(y) + 8,
                        14,
                        colour,
                    );
                }
            }
            for x in (0..W).step_by(40) {
                rect(&mut img, x, 200, x + 8, 250, [240, 240, 230]); // the fence
            }
            rect(&mut img, 0, 214, W, 220, [240, 240, 230]);
        }
        Scene::Shed => {
            rect(&mut img, 0, 0, W, 260, SKY);
            rect(&mut img, 0, 260, W, H, GRASS);
            rect(&mut img, 100, 180, 380, 400, WOOD);
            roof(&mut img, 240, 110, 80, 400, 180, [90, 100, 110]);
            rect(&mut img, 200, 260, 280, 400, [90, 60, 40]);
            rect(&mut img, 470, 260, 482, 400, [150, 150, 150]); // the tap
            rect(&mut img, 482, 262, 520, 272, [150, 150, 150]);
            circle(&mut img, 476, 256, 10, [70, 110, 200]);
        }
        Scene::Classroom => {
            rect(&mut img, 0, 0, W, 220, WALL);
            rect(&mut img, 0, 220, W, H, [200, 170, 130]);
            rect(&mut img, 160, 40, 480, 150, [60, 100, 80]); // the board
            for row in 0..3u32 {
                let y = 250 + row * 75;
                rect(&mut img, 60, y, 580, y + 18, [235, 235, 228]);
                rect(&mut img, 80, y + 18, 90, y + 56, [120, 120, 120]);
                rect(&mut img, 550, y + 18, 560, y + 56, [120, 120, 120]);
                for i in 0..4u32 {
                    rect(
                        &mut img,
                        110 + i * 120,
                        y + 2,
                        160 + i * 120,
                        y + 14,
                        [250, 250, 250],
                    ); // paper
                }
            }
        }
    }
    img
}

/// Gives the demo's places their photos. Called once, when the demo has just been loaded.
pub async fn add_photos(db: &Database, store: &MediaStore) -> Result<(), AppError> {
    let found = db
        .run(|conn| {
            let Some((mun, coordinator)) = super::demo::municipality_and_coordinator(conn)? else {
                return Ok(None);
            };
            let list: Vec<(PlaceId, String)> = places::table
                .filter(places::municipality_id.eq(&mun))
                .select((places::id, places::name))
                .load(conn)?;
            Ok(Some((mun, coordinator, list)))
        })
        .await?;
    let Some((mun, coordinator, list)) = found else {
        return Ok(());
    };
    for (name, photos) in PHOTOS {
        let Some((place_id, _)) = list.iter().find(|(_, n)| n == name) else {
            continue;
        };
        for (position, (scene, caption)) in photos.iter().enumerate() {
            let drawn = DynamicImage::ImageRgb8(draw(*scene));
            let processed = actix_web::web::block(move || media::from_image(drawn))
                .await
                .map_err(|e| AppError::Internal(format!("demo picture: {e}")))??;
            let id = MediaId::generate();
            let size = (processed.width, processed.height);
            store.put(&id, processed).await?;
            let (mun, coordinator, place_id) = (mun.clone(), coordinator.clone(), place_id.clone());
            let caption = caption.to_string();
            db.write(move |conn| {
                place_rows::insert_demo_photo(
                    conn,
                    &mun,
                    &coordinator,
                    &place_id,
                    &id,
                    size,
                    &caption,
                    position as i32,
                )
            })
            .await?;
        }
    }
    Ok(())
}
