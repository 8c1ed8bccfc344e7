//! Photos, processed on the server before anyone sees them: only JPEG and PNG, the sides, the
//! pixel count and the decoded size in bytes checked from the header before decoding starts,
//! only a few decoded at once, the EXIF orientation applied, and everything re-encoded — so no
//! metadata (GPS!) survives. Two sizes are kept: a display size and a thumbnail.

use std::io::Cursor;
use std::sync::Arc;
use std::time::Duration;

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{ColorType, DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::AppError;

/// The largest upload read at all (a 12-megapixel phone JPEG is 3–8 MB).
pub const MAX_BYTES: usize = 15 * 1024 * 1024;
/// Neither side may be longer, and the whole no larger, before decoding starts.
pub const MAX_SIDE: u32 = 8192;
pub const MAX_PIXELS: u64 = 40_000_000;
/// The decoded picture may take no more memory than an 8-bit RGB photo of the largest pixel
/// count (120 MB): width × height × bytes per pixel as the decoder will hand them out, from
/// the header. A 12-megapixel phone JPEG needs 36 MB; a 16-bit RGBA PNG of 8192×4880, a few
/// hundred kilobytes on the wire, would need 320 MB and is refused.
pub const MAX_DECODED_BYTES: u64 = MAX_PIXELS * 3;
/// What a decoder may allocate for its own working buffers.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;
/// Photos decoded at once unless configured otherwise: each may take up to
/// [`MAX_DECODED_BYTES`], so two keep a server well under 512 MiB however many arrive.
pub const DEFAULT_DECODES_AT_ONCE: usize = 2;
/// How long an upload waits for its turn by default, before it is told to come back.
pub const DEFAULT_WAIT_SECS: u64 = 10;
/// What a refused upload is told to wait before it tries again.
pub const RETRY_AFTER_SECS: u64 = 10;
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

/// The bytes a decoded picture takes: width × height × bytes per pixel of the colour type the
/// decoder hands out (a palette PNG comes out as 8-bit RGB, or RGBA with transparency; 1-, 2-
/// and 4-bit grey as 8-bit grey; 16-bit channels stay 16-bit).
pub fn decoded_bytes(width: u32, height: u32, color: ColorType) -> u64 {
    (u64::from(width) * u64::from(height)).saturating_mul(u64::from(color.bytes_per_pixel()))
}

/// What the header of an upload says, once it has passed every check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub width: u32,
    pub height: u32,
    pub color: ColorType,
    /// [`decoded_bytes`] of the picture.
    pub decoded_bytes: u64,
}

const UNREADABLE: &str = "写真を読み取れませんでした。別の写真でお試しください。";

/// Reads the header of an upload and refuses, before any pixel is decoded, what is not a
/// complete JPEG or PNG, too large in pixels, or too large once decoded. Quick: call it before
/// waiting for a turn to decode.
pub fn check(bytes: &[u8]) -> Result<Header, AppError> {
    open(bytes).map(|(header, _, _)| header)
}

/// [`check`], and the decoder positioned after the header.
fn open(bytes: &[u8]) -> Result<(Header, ImageFormat, impl ImageDecoder + '_), AppError> {
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
    let decoder = reader.into_decoder().map_err(|_| refuse(UNREADABLE))?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS
    {
        return Err(refuse("写真が大きすぎます（4000万画素まで）。"));
    }
    let color = decoder.color_type();
    let bytes_decoded = decoded_bytes(w, h, color);
    if bytes_decoded > MAX_DECODED_BYTES {
        return Err(refuse(
            "写真のデータが大きすぎて読み込めません（16ビットの色など）。\
             カメラで撮ったままの写真（JPEG）でお送りください。",
        ));
    }
    let header = Header {
        width: w,
        height: h,
        color,
        decoded_bytes: bytes_decoded,
    };
    Ok((header, format, decoder))
}

/// Decodes, orients, strips and resizes one uploaded photo, after the checks of [`check`].
/// CPU-bound and up to [`MAX_DECODED_BYTES`] of memory: call it off the async threads, with a
/// turn from [`Decodes`].
pub fn process(bytes: &[u8]) -> Result<Processed, AppError> {
    let (_, format, mut decoder) = open(bytes)?;
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
    sized(image, orientation)
}

/// A picture made on the server (the demo's drawings), kept in the same two sizes and
/// encoding as an uploaded photo.
pub fn from_image(image: DynamicImage) -> Result<Processed, AppError> {
    sized(image, None)
}

fn sized(
    image: DynamicImage,
    orientation: Option<image::metadata::Orientation>,
) -> Result<Processed, AppError> {
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

/// Turns to decode: only so many photos are decoded at once, whatever arrives. An upload waits
/// for a turn up to a set time, then is told to come back (503 with `Retry-After`); a phone
/// keeps the photo and sends it again later.
pub struct Decodes {
    turns: Arc<Semaphore>,
    wait: Duration,
}

impl Decodes {
    pub fn new(at_once: usize, wait: Duration) -> Decodes {
        Decodes {
            turns: Arc::new(Semaphore::new(at_once.max(1))),
            wait,
        }
    }

    /// A turn, held until the permit is dropped (move it into the decoding thread, so a
    /// request given up half-way still holds it until the decode ends).
    pub async fn turn(&self) -> Result<OwnedSemaphorePermit, AppError> {
        let busy = AppError::Busy {
            retry_after_secs: RETRY_AFTER_SECS,
        };
        if let Ok(permit) = self.turns.clone().try_acquire_owned() {
            return Ok(permit);
        }
        if self.wait.is_zero() {
            return Err(busy);
        }
        match tokio::time::timeout(self.wait, self.turns.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(busy),
        }
    }

    /// A turn if one is free now (the tests hold one to make uploads wait).
    pub fn try_turn(&self) -> Option<OwnedSemaphorePermit> {
        self.turns.clone().try_acquire_owned().ok()
    }
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

    /// A PNG of the given IHDR colour type and bit depth with the chunks after it, and an
    /// IDAT that is never read: what the header check sees.
    fn png_header(
        w: u32,
        h: u32,
        color_type: u8,
        depth: u8,
        extra: &[(&[u8; 4], &[u8])],
    ) -> Vec<u8> {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut chunk = |name: &[u8; 4], data: &[u8]| {
            let mut body = name.to_vec();
            body.extend_from_slice(data);
            png.extend_from_slice(&(data.len() as u32).to_be_bytes());
            png.extend_from_slice(&body);
            png.extend_from_slice(&crc32(&body).to_be_bytes());
        };
        let mut ihdr = w.to_be_bytes().to_vec();
        ihdr.extend_from_slice(&h.to_be_bytes());
        ihdr.extend_from_slice(&[depth, color_type, 0, 0, 0]);
        chunk(b"IHDR", &ihdr);
        for (name, data) in extra {
            chunk(name, data);
        }
        chunk(b"IDAT", &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
        chunk(b"IEND", &[]);
        png
    }

    #[test]
    fn decoded_bytes_are_pixels_times_bytes_per_pixel_as_decoded() {
        use ColorType::*;
        for (color, per_pixel) in [
            (L8, 1),
            (La8, 2),
            (Rgb8, 3),
            (Rgba8, 4),
            (L16, 2),
            (La16, 4),
            (Rgb16, 6),
            (Rgba16, 8),
        ] {
            assert_eq!(decoded_bytes(100, 10, color), 1000 * per_pixel, "{color:?}");
        }
        // No overflow at the largest sides a header can claim: it saturates, and is refused.
        assert_eq!(decoded_bytes(u32::MAX, u32::MAX, Rgba16), u64::MAX);
        // A 12-megapixel phone JPEG fits; the 16-bit PNG does not.
        assert_eq!(decoded_bytes(4000, 3000, Rgb8), 36_000_000);
        assert!(decoded_bytes(4000, 3000, Rgb8) <= MAX_DECODED_BYTES);
        assert_eq!(decoded_bytes(8192, 4880, Rgba16), 319_815_680);
        assert!(decoded_bytes(8192, 4880, Rgba16) > MAX_DECODED_BYTES);
    }

    #[test]
    fn the_header_gives_the_decoded_size_for_each_colour_type_and_bit_depth() {
        type Chunks<'a> = Vec<(&'a [u8; 4], &'a [u8])>;
        let palette: &[u8] = &[0, 0, 0, 255, 255, 255];
        let cases: [(&str, u8, u8, Chunks, ColorType); 10] = [
            ("1-bit grey", 0, 1, vec![], ColorType::L8),
            ("8-bit grey", 0, 8, vec![], ColorType::L8),
            ("16-bit grey", 0, 16, vec![], ColorType::L16),
            ("8-bit RGB", 2, 8, vec![], ColorType::Rgb8),
            ("16-bit RGB", 2, 16, vec![], ColorType::Rgb16),
            (
                "4-bit palette",
                3,
                4,
                vec![(b"PLTE", palette)],
                ColorType::Rgb8,
            ),
            (
                "8-bit palette with transparency",
                3,
                8,
                vec![(b"PLTE", palette), (b"tRNS", &[0])],
                ColorType::Rgba8,
            ),
            ("16-bit grey and alpha", 4, 16, vec![], ColorType::La16),
            ("8-bit RGBA", 6, 8, vec![], ColorType::Rgba8),
            ("16-bit RGBA", 6, 16, vec![], ColorType::Rgba16),
        ];
        for (name, color_type, depth, extra, expected) in cases {
            let header = check(&png_header(1000, 500, color_type, depth, &extra))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(header.color, expected, "{name}");
            assert_eq!(
                header.decoded_bytes,
                500_000 * u64::from(expected.bytes_per_pixel()),
                "{name}"
            );
        }
    }

    #[test]
    fn a_png_too_large_once_decoded_is_refused_from_its_header() {
        // The picture: within the sides and the pixel count, 320 MB once decoded.
        let err = check(&png_header(8192, 4880, 6, 16, &[])).expect_err("refused");
        match &err {
            AppError::Validation(m) => assert!(m.contains("データが大きすぎて"), "{m}"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            process(&png_header(8192, 4880, 6, 16, &[])),
            Err(AppError::Validation(_))
        ));
        // The same picture at 8 bits a channel without alpha is just within the budget, as is
        // 16-bit RGBA of 15 megapixels.
        assert_eq!(
            check(&png_header(8192, 4880, 2, 8, &[]))
                .unwrap()
                .decoded_bytes,
            119_930_880
        );
        assert_eq!(
            check(&png_header(5000, 3000, 6, 16, &[]))
                .unwrap()
                .decoded_bytes,
            MAX_DECODED_BYTES
        );
        assert!(check(&png_header(5000, 3001, 6, 16, &[])).is_err());
    }

    #[test]
    fn a_12_megapixel_phone_jpeg_is_within_every_limit() {
        let header = check(&jpeg(4000, 3000)).unwrap();
        assert_eq!(
            (header.width, header.height, header.color),
            (4000, 3000, ColorType::Rgb8)
        );
        assert_eq!(header.decoded_bytes, 36_000_000);
    }

    #[tokio::test]
    async fn turns_to_decode_are_limited_and_a_full_house_answers_busy() {
        let decodes = Decodes::new(1, Duration::ZERO);
        let held = decodes.turn().await.unwrap();
        match decodes.turn().await {
            Err(AppError::Busy { retry_after_secs }) => {
                assert_eq!(retry_after_secs, RETRY_AFTER_SECS)
            }
            other => panic!("{:?}", other.map(|_| ())),
        }
        drop(held);
        assert!(decodes.turn().await.is_ok());
        // With a wait, a turn given back in time is taken.
        let decodes = Arc::new(Decodes::new(1, Duration::from_secs(60)));
        let held = decodes.try_turn().unwrap();
        let waiting = tokio::spawn({
            let decodes = decodes.clone();
            async move { decodes.turn().await.map(|_| ()) }
        });
        tokio::task::yield_now().await;
        assert!(!waiting.is_finished());
        drop(held);
        assert!(waiting.await.unwrap().is_ok());
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
