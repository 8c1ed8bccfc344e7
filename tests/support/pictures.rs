//! Hostile pictures, made when needed rather than kept as files. Shared by the API tests and
//! the benchmarks.

/// A complete PNG of `width`×`height` with 16 bits a channel (RGBA): 8 bytes a pixel once
/// decoded, yet only a few hundred kilobytes on the wire (every pixel the same). Written row
/// by row, so making it takes none of that memory.
pub fn sixteen_bit_rgba_png(width: u32, height: u32) -> Vec<u8> {
    use std::io::Write;
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Sixteen);
    encoder.set_compression(png::Compression::Balanced);
    encoder.set_filter(png::Filter::NoFilter);
    let mut writer = encoder.write_header().expect("a PNG header");
    {
        let mut rows = writer.stream_writer().expect("a PNG stream");
        let row = vec![0u8; width as usize * 8];
        for _ in 0..height {
            rows.write_all(&row).expect("a row");
        }
        rows.finish().expect("the last row");
    }
    writer.finish().expect("the PNG end");
    out
}
