//! Images made by the server: the app icons (from the one master in `assets/icon.png`) and
//! the QR code of an enrollment link.

use std::io::Cursor;
use std::sync::OnceLock;

use actix_web::{get, web, HttpResponse};
use image::imageops::FilterType;
use image::{DynamicImage, GrayImage, ImageFormat, Luma, Rgba, RgbaImage};

use crate::error::AppError;
use crate::state::AppState;

const MASTER: &[u8] = include_bytes!("../../../assets/icon.png");

/// Icons are made on first request and kept; most servers never need the large ones.
#[derive(Default)]
pub struct Icons {
    small: OnceLock<Vec<u8>>,
    large: OnceLock<Vec<u8>>,
    maskable: OnceLock<Vec<u8>>,
}

#[derive(Clone, Copy)]
enum Kind {
    Small,
    Large,
    Maskable,
}

fn encode(img: &DynamicImage) -> Result<Vec<u8>, AppError> {
    let mut out = Cursor::new(Vec::new());
    img.write_to(&mut out, ImageFormat::Png)
        .map_err(|e| AppError::Internal(format!("png encode: {e}")))?;
    Ok(out.into_inner())
}

fn render(kind: Kind) -> Result<Vec<u8>, AppError> {
    let master = image::load_from_memory_with_format(MASTER, ImageFormat::Png)
        .map_err(|e| AppError::Internal(format!("icon master: {e}")))?;
    match kind {
        Kind::Small => encode(&master.resize_exact(192, 192, FilterType::Lanczos3)),
        Kind::Large => encode(&master.resize_exact(512, 512, FilterType::Lanczos3)),
        Kind::Maskable => {
            // Launchers crop maskable icons to their own shape: keep the drawing inside the
            // central 80% safe zone on an opaque square of the master's own edge colour.
            let edge = master.to_rgba8().get_pixel(master.width() / 2, 8).0;
            let inner = master.resize_exact(410, 410, FilterType::Lanczos3);
            let mut canvas =
                RgbaImage::from_pixel(512, 512, Rgba([edge[0], edge[1], edge[2], 255]));
            image::imageops::overlay(&mut canvas, &inner, 51, 51);
            encode(&DynamicImage::ImageRgba8(canvas))
        }
    }
}

impl Icons {
    fn get(&self, kind: Kind) -> Result<Vec<u8>, AppError> {
        let cell = match kind {
            Kind::Small => &self.small,
            Kind::Large => &self.large,
            Kind::Maskable => &self.maskable,
        };
        if let Some(bytes) = cell.get() {
            return Ok(bytes.clone());
        }
        let bytes = render(kind)?;
        Ok(cell.get_or_init(|| bytes).clone())
    }
}

async fn serve(state: web::Data<AppState>, kind: Kind) -> Result<HttpResponse, AppError> {
    let bytes = web::block(move || state.icons.get(kind))
        .await
        .map_err(|e| AppError::Internal(format!("icon: {e}")))??;
    Ok(HttpResponse::Ok()
        .content_type("image/png")
        .insert_header(("Cache-Control", "public, max-age=86400"))
        .body(bytes))
}

#[get("/icons/icon-192.png")]
async fn icon_192(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    serve(state, Kind::Small).await
}

#[get("/icons/icon-512.png")]
async fn icon_512(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    serve(state, Kind::Large).await
}

#[get("/icons/maskable-512.png")]
async fn maskable_512(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    serve(state, Kind::Maskable).await
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(icon_192)
        .service(icon_512)
        .service(maskable_512);
}

/// A QR code as PNG: 8 pixels a module, with the 4-module quiet zone scanners need.
pub fn qr_png(text: &str) -> Result<Vec<u8>, AppError> {
    const SCALE: u32 = 8;
    const QUIET: u32 = 4;
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M)
        .map_err(|e| AppError::Internal(format!("qr: {e}")))?;
    let width = code.width() as u32;
    let colors = code.to_colors();
    let side = (width + 2 * QUIET) * SCALE;
    let img = GrayImage::from_fn(side, side, |x, y| {
        let (mx, my) = (x / SCALE, y / SCALE);
        let inside = (QUIET..QUIET + width).contains(&mx) && (QUIET..QUIET + width).contains(&my);
        let dark =
            inside && colors[((my - QUIET) * width + (mx - QUIET)) as usize] == qrcode::Color::Dark;
        Luma([if dark { 0 } else { 255 }])
    });
    encode(&DynamicImage::ImageLuma8(img))
}

/// The same QR code as SVG: one path of unit squares, with the 4-module quiet zone.
pub fn qr_svg(text: &str) -> Result<String, AppError> {
    const QUIET: usize = 4;
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M)
        .map_err(|e| AppError::Internal(format!("qr: {e}")))?;
    let width = code.width();
    let side = width + 2 * QUIET;
    let mut path = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (i % width + QUIET, i / width + QUIET);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn icons_have_the_sizes_the_manifest_promises() {
        for (kind, side) in [
            (Kind::Small, 192),
            (Kind::Large, 512),
            (Kind::Maskable, 512),
        ] {
            let png = render(kind).unwrap();
            let img = image::load_from_memory(&png).unwrap();
            assert_eq!((img.width(), img.height()), (side, side));
        }
    }

    #[test]
    fn the_maskable_icon_is_opaque_at_its_edges() {
        let img = image::load_from_memory(&render(Kind::Maskable).unwrap())
            .unwrap()
            .to_rgba8();
        assert_eq!(img.get_pixel(0, 0)[3], 255);
        assert_eq!(img.get_pixel(511, 511)[3], 255);
    }

    #[test]
    fn the_svg_qr_code_draws_the_same_modules_as_the_png() {
        let text = "http://127.0.0.1:8080/#/enroll/ABCDEFGH";
        let svg = qr_svg(text).unwrap();
        let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).unwrap();
        let side = code.width() + 8;
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
        let dark = code
            .to_colors()
            .iter()
            .filter(|c| **c == qrcode::Color::Dark)
            .count();
        assert_eq!(svg.matches("h1v1h-1z").count(), dark);
        // The top-left finder pattern's corner, inside the quiet zone.
        assert!(svg.contains("M4 4h1v1h-1z"));
        assert!(!svg.contains("M3 3h1"));
    }

    #[test]
    fn a_qr_code_has_a_white_quiet_zone_and_dark_finder_patterns() {
        let img =
            image::load_from_memory(&qr_png("http://127.0.0.1:8080/#/enroll/ABCDEFGH").unwrap())
                .unwrap()
                .to_luma8();
        assert_eq!(img.width() % 8, 0);
        assert_eq!(img.get_pixel(0, 0)[0], 255, "quiet zone");
        assert_eq!(
            img.get_pixel(4 * 8 + 1, 4 * 8 + 1)[0],
            0,
            "top-left finder pattern"
        );
    }
}
