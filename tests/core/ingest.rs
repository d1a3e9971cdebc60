//! Decoding of article files: every supported encoding, HTML reduction, and
//! the errors an analyst sees for files that are not text.

use jawla::ingest::{IngestErrorKind, decode};

/// A real seed sentence with digits, Latin-free punctuation and quotes.
const ARABIC: &str = "ومصر، أول دولة عربية تعترف بإسرائيل وتوقع معاهدة سلام معها في عام 1979، شاركت مع الولايات المتحدة وقطر في جهود الوساطة.\nوقال بلينكن إنه أجرى \"تبادلا جيدا للغاية\" مع السيسي.";

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if big_endian {
            &[0xFE, 0xFF]
        } else {
            &[0xFF, 0xFE]
        });
    }
    for unit in text.encode_utf16() {
        let bytes = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        out.extend_from_slice(&bytes);
    }
    out
}

#[test]
fn utf8_without_bom() {
    let d = decode(ARABIC.as_bytes(), "a.txt").expect("utf-8 decodes");
    assert_eq!(d.text, ARABIC);
    assert_eq!(d.encoding, "UTF-8");
    assert!(!d.html);
    assert!(d.warnings.is_empty());
}

#[test]
fn utf8_with_bom_drops_the_bom() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(ARABIC.as_bytes());
    let d = decode(&bytes, "a.txt").expect("utf-8 with BOM decodes");
    assert_eq!(d.text, ARABIC);
    assert_eq!(d.encoding, "UTF-8");
}

#[test]
fn utf16_le_and_be_with_bom() {
    let le = decode(&utf16(ARABIC, false, true), "le.txt").expect("UTF-16LE decodes");
    assert_eq!((le.text.as_str(), le.encoding), (ARABIC, "UTF-16LE"));
    let be = decode(&utf16(ARABIC, true, true), "be.txt").expect("UTF-16BE decodes");
    assert_eq!((be.text.as_str(), be.encoding), (ARABIC, "UTF-16BE"));
    assert!(le.warnings.is_empty() && be.warnings.is_empty());
}

#[test]
fn utf16_le_without_bom_is_recognized_with_a_warning() {
    let d = decode(&utf16(ARABIC, false, false), "nobom.txt").expect("decodes");
    assert_eq!(d.text, ARABIC);
    assert_eq!(d.encoding, "UTF-16LE");
    assert_eq!(
        d.warnings,
        vec!["no byte-order mark; read as UTF-16LE".to_owned()]
    );
}

#[test]
fn windows_1256_is_detected() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/001_ed1f9f8fd6235f00.txt"
    ))
    .expect("seed readable");
    // The curly quotes of the seed exist in Windows-1256 (0x93/0x94), so the
    // round trip is exact.
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(&text);
    assert!(!unmappable);
    assert!(std::str::from_utf8(&bytes).is_err(), "really not UTF-8");
    let d = decode(&bytes, "legacy.txt").expect("windows-1256 decodes");
    assert_eq!(d.encoding, "windows-1256");
    assert_eq!(d.text, text);
    assert!(d.warnings.is_empty());
}

#[test]
fn windows_1256_short_sentence() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(ARABIC);
    let d = decode(&bytes, "short.txt").expect("decodes");
    assert_eq!((d.text.as_str(), d.encoding), (ARABIC, "windows-1256"));
}

#[test]
fn html_meta_charset_is_honoured() {
    let page = "<html><head><meta charset=\"windows-1256\"><title>زيارة</title></head><body><p>وصل بلينكن إلى القاهرة</p></body></html>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(page);
    let d = decode(&bytes, "page.htm").expect("decodes");
    assert_eq!(d.encoding, "windows-1256");
    assert_eq!(d.text, "زيارة\nوصل بلينكن إلى القاهرة");
}

#[test]
fn crlf_becomes_lf() {
    let d = decode("سطر أول\r\nسطر ثان\rثالث".as_bytes(), "a.txt").expect("decodes");
    assert_eq!(d.text, "سطر أول\nسطر ثان\nثالث");
}

#[test]
fn invalid_utf8_bytes_are_replaced_and_counted() {
    // Two stray bytes between whole characters: 0xFF never occurs in UTF-8,
    // 0xC0 is an overlong lead byte.
    let (a, rest) = ARABIC.split_at(ARABIC.char_indices().nth(5).expect("long text").0);
    let (b, c) = rest.split_at(rest.char_indices().nth(7).expect("long text").0);
    let bytes = [a.as_bytes(), &[0xFF], b.as_bytes(), &[0xC0], c.as_bytes()].concat();
    let d = decode(&bytes, "broken.txt").expect("mostly UTF-8 decodes");
    assert_eq!(d.encoding, "UTF-8");
    assert_eq!(d.text, format!("{a}\u{FFFD}{b}\u{FFFD}{c}"));
    assert_eq!(
        d.warnings,
        vec!["2 invalid UTF-8 bytes replaced by �".to_owned()]
    );
}

#[test]
fn stray_nul_bytes_are_removed_with_a_warning() {
    let mut bytes = ARABIC.as_bytes().to_vec();
    bytes.push(0);
    let d = decode(&bytes, "nul.txt").expect("decodes");
    assert_eq!(d.text, ARABIC);
    assert_eq!(d.warnings, vec!["removed 1 NUL character".to_owned()]);
}

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>بلينكن في القاهرة</title>
  <style>p { color: red }</style>
  <script>var x = "لا تظهر";</script>
</head>
<body>
  <header><a href="/">الرئيسية</a> | <a href="/news">أخبار</a></header>
  <nav><ul><li>سياسة</li><li>اقتصاد</li></ul></nav>
  <article>
    <h1>بلينكن في القاهرة</h1>
    <p>التقى وزير الخارجية الأمريكي   أنتوني <b>بلينكن</b>
       بالرئيس المصري في القاهرة.</p>
    <h2>المحطة التالية</h2>
    <p>ثم توجه إلى القدس<br>يوم الثلاثاء.</p>
    <script>document.write("إعلان")</script>
  </article>
  <aside><h3>اقرأ أيضا</h3><p>خبر آخر</p></aside>
  <form><input name="q"><button>بحث</button></form>
  <noscript>فعّل جافاسكربت</noscript>
  <footer>جميع الحقوق محفوظة</footer>
</body>
</html>"#;

#[test]
fn html_is_reduced_to_article_text() {
    let d = decode(PAGE.as_bytes(), "news.html").expect("decodes");
    assert!(d.html);
    assert_eq!(
        d.text,
        "بلينكن في القاهرة\n\
         التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري في القاهرة.\n\
         المحطة التالية\n\
         ثم توجه إلى القدس\n\
         يوم الثلاثاء."
    );
}

#[test]
fn html_title_differing_from_h1_comes_first() {
    let page = "<html><head><title>عنوان الصفحة</title></head><body><h1>العنوان</h1><p>نص</p></body></html>";
    let d = decode(page.as_bytes(), "x.htm").expect("decodes");
    assert_eq!(d.text, "عنوان الصفحة\nالعنوان\nنص");
}

#[test]
fn html_is_sniffed_in_a_txt_file_but_plain_angle_brackets_are_not() {
    let d = decode(PAGE.as_bytes(), "saved-page.txt").expect("decodes");
    assert!(d.html);
    assert!(d.text.starts_with("بلينكن في القاهرة\nالتقى"));
    let plain = decode("<ملاحظة> نص عادي".as_bytes(), "note.txt").expect("decodes");
    assert!(!plain.html);
    assert_eq!(plain.text, "<ملاحظة> نص عادي");
}

#[test]
fn empty_file_is_an_error_naming_the_file() {
    let e = decode(b"", "empty.txt").expect_err("empty is refused");
    assert_eq!(e.kind, IngestErrorKind::Empty);
    assert_eq!(e.to_string(), "empty.txt: the file is empty");
}

#[test]
fn known_binary_formats_are_refused_by_name() {
    let cases: [(&[u8], &str); 5] = [
        (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "PDF document"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "PNG image"),
        (
            b"PK\x03\x04\x14\0\0\0\x08\0",
            "ZIP archive or Office document",
        ),
        (b"\x7FELF\x02\x01\x01\0\0\0", "ELF executable"),
        (b"\xFF\xD8\xFF\xE0\0\x10JFIF", "JPEG image"),
    ];
    for (bytes, what) in cases {
        let e = decode(bytes, "report.txt").expect_err("binary is refused");
        assert_eq!(e.kind, IngestErrorKind::Binary(what.to_owned()));
        assert_eq!(
            e.to_string(),
            format!("report.txt: this is not a text file ({what})")
        );
    }
}

#[test]
fn unknown_binary_data_is_refused() {
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 32) as u8).collect();
    let e = decode(&bytes, "blob.txt").expect_err("binary is refused");
    assert_eq!(
        e.to_string(),
        "blob.txt: this is not a text file (3456 control bytes in the first 4096 bytes)"
    );
}

#[test]
fn text_starting_with_mz_or_bm_is_still_text() {
    let d = decode(b"MZ is a prefix, not an executable here.", "mz.txt").expect("decodes");
    assert_eq!(d.text, "MZ is a prefix, not an executable here.");
}

#[test]
fn utf16_with_unpaired_surrogates_is_too_broken() {
    // BOM then lone low surrogates only: every unit is replaced.
    let mut bytes = vec![0xFF, 0xFE];
    for _ in 0..50 {
        bytes.extend_from_slice(&[0x00, 0xDC]);
    }
    let e = decode(&bytes, "bad16.txt").expect_err("refused");
    assert_eq!(
        e.to_string(),
        "bad16.txt: the text encoding is not readable (50 of 50 characters are not valid UTF-16LE)"
    );
}

#[test]
fn hostile_deep_html_nesting_is_cut_with_a_warning() {
    let page =
        "<html><body>".to_owned() + &"<div>".repeat(100_000) + "وصل" + &"</div>".repeat(100_000);
    let d = decode(page.as_bytes(), "deep.html").expect("decodes");
    assert_eq!(d.text, "وصل");
    assert_eq!(
        d.warnings,
        vec![format!(
            "{} HTML tags nested deeper than 512 levels ignored",
            100_000 - 512
        )]
    );
}

proptest::proptest! {
    /// Any bytes under any name: a result or an error naming the file, never
    /// a panic; decoded text never keeps NULs or carriage returns.
    #[test]
    fn decode_never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..2048),
                           html in proptest::bool::ANY) {
        let name = if html { "x.html" } else { "x.txt" };
        match decode(&bytes, name) {
            Ok(d) => {
                proptest::prop_assert!(!d.text.contains('\0'));
                proptest::prop_assert!(!d.text.contains('\r'));
            }
            Err(e) => proptest::prop_assert!(e.to_string().starts_with("x.")),
        }
    }

    /// Markup-shaped text (tags, quotes, comments, Arabic) reduces without panicking.
    #[test]
    fn html_reduction_never_panics(parts in proptest::collection::vec(
        proptest::sample::select(vec!["<div>", "</div>", "<p>", "<br/>", "<!--", "-->", "<script>",
            "</script>", "\"", "'", ">", "<", "نص", "a", " ", "<a href='>'>", "</", "<title>"]),
        0..400)) {
        let page = parts.concat();
        let d = decode(page.as_bytes(), "p.html");
        proptest::prop_assert!(d.is_ok() || page.is_empty());
    }
}

/// `decode_owned` (which takes the bytes, and turns valid UTF-8 into the
/// text without a copy) gives exactly what `decode` gives, for every kind
/// of input.
#[test]
fn decode_owned_is_decode_without_the_copy() {
    let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(ARABIC);
    let mut inputs: Vec<(&str, Vec<u8>)> = vec![
        ("a.txt", ARABIC.as_bytes().to_vec()),
        (
            "a.txt",
            [b"\xEF\xBB\xBF".as_slice(), ARABIC.as_bytes()].concat(),
        ),
        ("a.txt", ARABIC.replace('\n', "\r\n").into_bytes()),
        ("a.txt", format!("{ARABIC}\0\0").into_bytes()),
        ("a.txt", [ARABIC.as_bytes(), b"\xFF"].concat()),
        (
            "a.txt",
            [b"\xEF\xBB\xBF".as_slice(), ARABIC.as_bytes(), b"\xC3"].concat(),
        ),
        ("a.txt", cp1256.into_owned()),
        ("a.txt", utf16(ARABIC, false, true)),
        ("a.txt", utf16(ARABIC, true, false)),
        ("a.txt", b"%PDF-1.7\n".to_vec()),
        ("a.txt", vec![1, 2, 3, 4, 5, 6, 7, 8]),
        ("a.txt", Vec::new()),
        (
            "p.html",
            format!("<html><body><p>{ARABIC}</p></body></html>").into_bytes(),
        ),
    ];
    inputs.push(("a.md", "plain ASCII\r\nlines\r".as_bytes().to_vec()));
    for (name, bytes) in inputs {
        assert_eq!(
            jawla::ingest::decode_owned(bytes.clone(), name),
            decode(&bytes, name),
            "{name}: {:?}",
            &bytes[..bytes.len().min(12)]
        );
    }
}

/// Issue 13: a signature counts only when the rest of the file agrees.
#[test]
fn text_starting_with_a_binary_signature_is_text_when_the_rest_is_text() {
    for text in [
        "OTTO Group: أعلنت المجموعة الألمانية عن نتائجها",
        "OggS هو اسم صيغة، وهذا مقال عنها",
        "GIF89a في عنوان مقال",
        "RIFF1234WAVE ليست ملفا صوتيا هنا",
        "%PDF- في أول سطر مقال",
    ] {
        let d = decode(text.as_bytes(), "a.txt").unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(d.text, text);
    }
    // The real formats still are refused.
    let font = b"OTTO\0\x0A\0\x80\0\x03\0\x20CFF \0\0\0\0";
    let ogg = b"OggS\0\x02\0\0\0\0\0\0\0\0\x01\x02\x03\x04";
    for (bytes, what) in [(&font[..], "OpenType font"), (&ogg[..], "Ogg media")] {
        let e = decode(bytes, "a.txt").expect_err("binary");
        assert_eq!(e.kind, IngestErrorKind::Binary(what.to_owned()));
    }
}

/// Issue 13: a file half UTF-8, half Windows-1256 is decoded by segment,
/// with a warning counting each part.
#[test]
fn mixed_utf8_and_windows_1256_are_decoded_by_segment_with_a_warning() {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/001_ed1f9f8fd6235f00.txt"
    ))
    .expect("seed readable");
    let cut = seed
        .char_indices()
        .nth(seed.chars().count() / 2)
        .expect("middle")
        .0;
    let (first, second) = seed.split_at(cut);
    let (legacy, _, _) = encoding_rs::WINDOWS_1256.encode(second);
    let bytes = [first.as_bytes(), &legacy].concat();
    let d = decode(&bytes, "mixed.txt").expect("decodes");
    assert_eq!(d.text, seed);
    assert_eq!(
        d.warnings,
        vec![format!(
            "mixed encodings: {} bytes read as UTF-8 and {} as windows-1256",
            first.len(),
            legacy.len()
        )]
    );
    // A Windows-1256 file with one UTF-8 sentence keeps that sentence.
    let (head, _, _) = encoding_rs::WINDOWS_1256.encode(first);
    let sentence = "وقال بلينكن إنه أجرى تبادلا جيدا.\n";
    let bytes = [&head[..], sentence.as_bytes(), &legacy].concat();
    let d = decode(&bytes, "mostly-legacy.txt").expect("decodes");
    assert_eq!(d.text, format!("{first}{sentence}{second}"));
    assert_eq!(d.warnings.len(), 1, "{:?}", d.warnings);
    assert!(d.warnings[0].starts_with("mixed encodings: "));
}
