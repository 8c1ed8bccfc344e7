//! Photos, processed on the server before anyone sees them: only JPEG and PNG, the size and
//! pixel count checked from the header before decoding starts, decoding under an allocation
//! limit, the EXIF orientation applied, and everything re-encoded — so no metadata (GPS!)
//! survives. Two sizes are kept: a display size and a thumbnail.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

use crate::error::AppError;

/// The largest upload read at all (a 12-megapixel phone JPEG is 3–8 MB).
pub const MAX_BYTES: usize = 15 * 1024 * 1024;
/// Neither side may be longer, and the whole no larger, before decoding starts.
pub const MAX_SIDE: u32 = 8192;
pub const MAX_PIXELS: u64 = 40_000_000;
/// What the decoder may allocate.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;
pub const DISPLAY_SIDE: u32 = 1280;
pub const THUMB_SIDE: u32 = 320;
const QUALITY: u8 = 82;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    Display,
    Thumb,
}

impl Size {
    pub fn parse(s: &str) -> Option<Size> {
        match s {
            "display" => Some(Size::Display),
            "thumb" => Some(Size::Thumb),
            _ => None,
        }
    }
    pub(crate) fn suffix(self) -> &'static str {
        match self {
            Size::Display => "display",
            Size::Thumb => "thumb",
        }
    }
}

pub struct Processed {
    pub display: Vec<u8>,
    pub thumb: Vec<u8>,
    /// The display image's size.
    pub width: u32,
    pub height: u32,
}

fn refuse(message: &str) -> AppError {
    AppError::validation(message)
}

fn limits() -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    limits
}

/// Decodes, orients, strips and resizes one uploaded photo. CPU-bound: call it off the async
/// threads.
pub fn process(bytes: &[u8]) -> Result<Processed, AppError> {
    if bytes.len() > MAX_BYTES {
        return Err(AppError::PayloadTooLarge);
    }
    let format = match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Jpeg | ImageFormat::Png)) => f,
        _ => return Err(refuse("写真は JPEG か PNG で送ってください。")),
    };
    if format == ImageFormat::Jpeg && !jpeg_is_complete(bytes) {
        return Err(refuse(
            "写真が途中で切れているようです。もう一度撮ってお試しください。",
        ));
    }
    // The header alone: a file that claims 100000×100000 is refused before any pixel is read.
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let (w, h) = reader
        .into_dimensions()
        .map_err(|_| refuse("写真を読み取れませんでした。別の写真でお試しください。"))?;
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS
    {
        return Err(refuse("写真が大きすぎます（4000万画素まで）。"));
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let mut decoder = reader
        .into_decoder()
        .map_err(|_| refuse("写真を読み取れませんでした。別の写真でお試しください。"))?;
    let orientation = decoder.orientation().ok();
    // A JPEG is decoded straight at the smallest of 1/1, 1/2, 1/4, 1/8 that still covers the
    // display size (scaled inverse DCT): most of the work of a 12-megapixel photo is skipped.
    let scaled = match format {
        ImageFormat::Jpeg => jpeg_scaled(bytes),
        _ => None,
    };
    let image = match scaled {
        Some(image) => image,
        None => DynamicImage::from_decoder(decoder).map_err(|_| {
            refuse("写真が途中で切れているようです。もう一度撮ってお試しください。")
        })?,
    };
    // Shrink first (an area-averaging pass, quick on 12 megapixels), then turn upright: the
    // bounds are square, so the order does not change the result, only the cost.
    let mut display = if image.width() > DISPLAY_SIDE || image.height() > DISPLAY_SIDE {
        image.thumbnail(DISPLAY_SIDE, DISPLAY_SIDE)
    } else {
        image
    };
    if let Some(o) = orientation {
        display.apply_orientation(o);
    }
    let thumb = display.resize(THUMB_SIDE, THUMB_SIDE, FilterType::Triangle);
    Ok(Processed {
        width: display.width(),
        height: display.height(),
        display: encode(&display)?,
        thumb: encode(&thumb)?,
    })
}

/// Decodes a JPEG at a reduced scale; `None` for what this path does not handle (CMYK, 16-bit),
/// which then takes the full decoder.
fn jpeg_scaled(bytes: &[u8]) -> Option<DynamicImage> {
    let mut decoder = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    decoder.set_max_decoding_buffer_size(MAX_ALLOC as usize);
    decoder.read_info().ok()?;
    let side = u16::try_from(DISPLAY_SIDE).ok()?;
    let (w, h) = decoder.scale(side, side).ok()?;
    let pixels = decoder.decode().ok()?;
    let info = decoder.info()?;
    let (w, h) = (u32::from(w), u32::from(h));
    match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => {
            image::RgbImage::from_raw(w, h, pixels).map(DynamicImage::ImageRgb8)
        }
        jpeg_decoder::PixelFormat::L8 => {
            image::GrayImage::from_raw(w, h, pixels).map(DynamicImage::ImageLuma8)
        }
        _ => None,
    }
}

/// Whether the last scan of a JPEG is followed by its end marker: decoders fill a cut-off
/// picture with grey rather than fail, so a half-sent photo would otherwise be kept.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let last_scan = bytes.windows(2).rposition(|w| w == [0xFF, 0xDA]);
    match last_scan {
        Some(at) => bytes[at..].windows(2).any(|w| w == [0xFF, 0xD9]),
        None => false,
    }
}

/// Re-encodes as a plain JPEG: pixels only, no metadata.
fn encode(image: &DynamicImage) -> Result<Vec<u8>, AppError> {
    let rgb = image.to_rgb8();
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, QUALITY)
        .encode_image(&rgb)
        .map_err(|e| AppError::Internal(format!("jpeg encode: {e}")))?;
    Ok(out)
}

mod store;
pub use store::{copy_new_pictures, MediaStore, StoreKind};

#[cfg(test)]
mod tests {
    use super::*;
    use image::{Rgb, RgbImage};

    fn jpeg(w: u32, h: u32) -> Vec<u8> {
        let img = RgbImage::from_fn(w, h, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 90]));
        let mut out = Vec::new();
        JpegEncoder::new_with_quality(&mut out, 90)
            .encode_image(&img)
            .unwrap();
        out
    }

    /// A minimal EXIF APP1 segment carrying GPS-looking text and orientation 6 (rotate 90°).
    fn with_exif(jpeg: &[u8]) -> Vec<u8> {
        let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
        tiff.extend_from_slice(&[0, 1]); // one IFD entry
        tiff.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0]); // Orientation = 6
        tiff.extend_from_slice(&[0, 0, 0, 0]);
        tiff.extend_from_slice(b"GPS-35.6812N-139.7671E");
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let len = (app1.len() + 2) as u16;
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1];
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(&app1);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    #[test]
    fn orientation_is_applied_and_metadata_dropped() {
        let original = with_exif(&jpeg(400, 200));
        assert!(original.windows(3).any(|w| w == b"GPS"));
        let p = process(&original).unwrap();
        assert_eq!((p.width, p.height), (200, 400), "rotated upright");
        for out in [&p.display, &p.thumb] {
            assert!(!out.windows(4).any(|w| w == b"Exif"), "no EXIF");
            assert!(!out.windows(3).any(|w| w == b"GPS"), "no GPS");
        }
    }

    #[test]
    fn large_photos_are_resized_to_display_and_thumbnail() {
        let p = process(&jpeg(3000, 2000)).unwrap();
        assert_eq!((p.width, p.height), (1280, 853));
        let thumb = image::load_from_memory(&p.thumb).unwrap();
        assert!(thumb.width() <= THUMB_SIDE && thumb.height() <= THUMB_SIDE);
    }

    #[test]
    fn a_png_claiming_huge_dimensions_is_refused_from_its_header() {
        // A valid PNG signature and IHDR that claims 100000×100000, and nothing else.
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = b"IHDR".to_vec();
        ihdr.extend_from_slice(&100_000u32.to_be_bytes());
        ihdr.extend_from_slice(&100_000u32.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
        png.extend_from_slice(&13u32.to_be_bytes());
        png.extend_from_slice(&ihdr);
        png.extend_from_slice(&crc32(&ihdr).to_be_bytes());
        let err = process(&png).err().expect("refused");
        assert!(matches!(err, AppError::Validation(_)), "{err:?}");
    }

    #[test]
    fn truncated_and_unknown_files_are_clear_errors() {
        let full = jpeg(800, 600);
        let cut = &full[..full.len() / 2];
        assert!(matches!(process(cut), Err(AppError::Validation(_))));
        assert!(matches!(
            process(b"GIF89a......"),
            Err(AppError::Validation(_))
        ));
        assert!(matches!(
            process(&vec![0u8; MAX_BYTES + 1]),
            Err(AppError::PayloadTooLarge)
        ));
    }

    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in data {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
}
