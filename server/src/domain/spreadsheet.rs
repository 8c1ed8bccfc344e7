//! CSV for older spreadsheet software: Shift_JIS (Microsoft's CP932 form, which is what the
//! encoding standard's Shift_JIS encoder writes — NEC and IBM extensions included). A
//! character it cannot hold (a rare kanji outside JIS X 0208, an emoji) is reported with the
//! line it is on, never replaced by a look-alike or a `?`: a name must not change on paper.

/// The seven JIS X 0208 characters that Unicode holds twice: Shift_JIS as JIS maps them to one
/// code point, Microsoft's CP932 to another, and both mean the same two bytes (the wave dash
/// 〜 is 81 60 either way). Text written in Japan carries either; for CP932 they are written
/// as the bytes they stand for — the same character, not a look-alike.
const SAME_IN_SHIFT_JIS: [(char, char); 7] = [
    ('\u{301C}', '\u{FF5E}'), // 〜 WAVE DASH → ～
    ('\u{2014}', '\u{2015}'), // — EM DASH → ― (the JIS 全角ダッシュ)
    ('\u{2016}', '\u{2225}'), // ‖ DOUBLE VERTICAL LINE → ∥
    ('\u{2212}', '\u{FF0D}'), // − MINUS SIGN → －
    ('\u{00A2}', '\u{FFE0}'), // ¢ → ￠
    ('\u{00A3}', '\u{FFE1}'), // £ → ￡
    ('\u{00AC}', '\u{FFE2}'), // ¬ → ￢
];

/// A character Shift_JIS cannot hold, and the first line (from 1) it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmappable {
    pub character: char,
    pub line: usize,
}

/// How many different characters a report names at most.
pub const REPORTED: usize = 10;

/// `csv` (UTF-8, with or without its byte-order mark) as Shift_JIS bytes; otherwise every
/// different character it cannot hold (the first [`REPORTED`]), with its first line.
pub fn shift_jis(csv: &str) -> Result<Vec<u8>, Vec<Unmappable>> {
    let text = csv.strip_prefix('\u{feff}').unwrap_or(csv);
    let text: String = text
        .chars()
        .map(|c| {
            SAME_IN_SHIFT_JIS
                .iter()
                .find(|(jis, _)| *jis == c)
                .map_or(c, |(_, cp932)| *cp932)
        })
        .collect();
    let text = text.as_str();
    let mut encoder = encoding_rs::SHIFT_JIS.new_encoder();
    let capacity = encoder
        .max_buffer_length_from_utf8_without_replacement(text.len())
        .unwrap_or(text.len() * 2);
    let mut out = vec![0u8; capacity];
    let (mut read, mut written) = (0usize, 0usize);
    let mut missing: Vec<Unmappable> = Vec::new();
    loop {
        let (result, r, w) =
            encoder.encode_from_utf8_without_replacement(&text[read..], &mut out[written..], true);
        read += r;
        written += w;
        match result {
            encoding_rs::EncoderResult::InputEmpty => break,
            encoding_rs::EncoderResult::OutputFull => {
                out.resize(out.len() * 2 + 16, 0);
            }
            encoding_rs::EncoderResult::Unmappable(c) => {
                if missing.len() < REPORTED && !missing.iter().any(|m| m.character == c) {
                    let line = text[..read].matches('\n').count() + 1;
                    missing.push(Unmappable { character: c, line });
                }
            }
        }
    }
    if missing.is_empty() {
        out.truncate(written);
        Ok(out)
    } else {
        Err(missing)
    }
}

/// The sentence that names what Shift_JIS cannot hold, and what to do instead.
pub fn unmappable_message(missing: &[Unmappable]) -> String {
    let listed: Vec<String> = missing
        .iter()
        .map(|m| format!("「{}」（{}行目）", m.character, m.line))
        .collect();
    format!(
        "Shift_JIS では表せない文字があります：{}。文字を置きかえずに残すため、UTF-8（Excel用）でダウンロードしてください。",
        listed.join("、")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kana_kanji_and_crlf_become_the_cp932_bytes() {
        // ひ = 82 D0, 市 = 8E 73, ① = 87 40 (NEC row 13), 髙 = FB FC (IBM extension).
        let bytes = shift_jis("\u{feff}ひ,市\r\n①,髙\r\n").unwrap();
        assert_eq!(
            bytes,
            vec![
                0x82, 0xD0, b',', 0x8E, 0x73, b'\r', b'\n', 0x87, 0x40, b',', 0xFB, 0xFC, b'\r',
                b'\n'
            ]
        );
    }

    #[test]
    fn the_characters_jis_and_cp932_map_differently_are_written_as_their_one_code() {
        // 〜 and ～ are both 81 60; — and ― both 81 5C; − and － both 81 7C.
        assert_eq!(shift_jis("〜～").unwrap(), vec![0x81, 0x60, 0x81, 0x60]);
        assert_eq!(shift_jis("—―").unwrap(), vec![0x81, 0x5C, 0x81, 0x5C]);
        assert_eq!(shift_jis("−－").unwrap(), vec![0x81, 0x7C, 0x81, 0x7C]);
        assert_eq!(shift_jis("‖∥¢£¬").unwrap().len(), 10);
    }

    #[test]
    fn the_byte_order_mark_is_dropped_and_ascii_stays() {
        assert_eq!(
            shift_jis("\u{feff}a,\"b\"\r\n").unwrap(),
            b"a,\"b\"\r\n".to_vec()
        );
        assert_eq!(shift_jis("").unwrap(), Vec::<u8>::new());
    }

    #[test]
    fn characters_it_cannot_hold_are_named_with_their_first_line_once_each() {
        let missing = shift_jis("名前\r\n𠮷田\r\nよし\r\n𠮷野,🙂\r\n").unwrap_err();
        assert_eq!(
            missing,
            vec![
                Unmappable {
                    character: '𠮷',
                    line: 2
                },
                Unmappable {
                    character: '🙂',
                    line: 4
                },
            ]
        );
        let message = unmappable_message(&missing);
        assert!(message.contains("「𠮷」（2行目）"), "{message}");
        assert!(message.contains("「🙂」（4行目）"), "{message}");
    }

    #[test]
    fn a_report_names_at_most_ten_characters() {
        let many: String = ('\u{1F600}'..='\u{1F64F}').collect();
        assert_eq!(shift_jis(&many).unwrap_err().len(), REPORTED);
    }
}
