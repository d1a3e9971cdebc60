//! Exports of the seed timeline (the engine's real output for the five
//! embedded seeds): golden files (exact bytes), parse-back by each format's
//! own parser, hostile input, the PNG.
//!
//! Goldens live in `tests/golden/seeds.*`. After an intended change (e.g.
//! when the engine's real output replaces the fixture) regenerate them with
//! `UPDATE_GOLDEN=1 cargo test --test core export::` and review the diff.

use jawla::export::{Format, Meta, render, to_csv, to_png, to_svg};
use jawla::model::{Evidence, ExtractOutput, Person, Place, Status, Trip, Visit};
use std::path::PathBuf;

/// The real engine's output for the five embedded seeds.
fn seeds() -> ExtractOutput {
    jawla::engine::Engine::embedded().extract_all(&jawla::seeds::documents())
}

fn meta() -> Meta {
    Meta::at(
        chrono::NaiveDate::from_ymd_opt(2024, 9, 1)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .expect("valid time"),
    )
}

fn export(format: Format, output: &ExtractOutput) -> Vec<u8> {
    render(format, output, &meta()).unwrap_or_else(|e| panic!("{format} export failed: {e}"))
}

fn export_str(format: Format, output: &ExtractOutput) -> String {
    String::from_utf8(export(format, output)).expect("text formats are UTF-8")
}

/// Compares `format`'s export of the seeds with `tests/golden/seeds.EXT`
/// byte for byte, or rewrites the golden when `UPDATE_GOLDEN` is set.
fn golden(format: Format) {
    let bytes = export(format, &seeds());
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("seeds.{}", format.extension()));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &bytes).expect("write golden");
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}; create it with UPDATE_GOLDEN=1 cargo test --test core export::",
            path.display()
        )
    });
    if bytes != expected {
        // seeds.timeline.json → seeds.timeline.json.new
        let mut got = path.clone().into_os_string();
        got.push(".new");
        let got = PathBuf::from(got);
        let _ = std::fs::write(&got, &bytes);
        panic!(
            "{} export differs from {} (new output written to {}); if intended, run UPDATE_GOLDEN=1 cargo test --test core export::",
            format,
            path.display(),
            got.display()
        );
    }
}

#[test]
fn golden_json() {
    golden(Format::Json);
}
#[test]
fn golden_csv() {
    golden(Format::Csv);
}
#[test]
fn golden_markdown() {
    golden(Format::Markdown);
}
#[test]
fn golden_html() {
    golden(Format::Html);
}
#[test]
fn golden_timelinejs() {
    golden(Format::TimelineJs);
}
#[test]
fn golden_geojson() {
    golden(Format::GeoJson);
}
#[test]
fn golden_ics() {
    golden(Format::ICalendar);
}
#[test]
fn golden_svg() {
    golden(Format::Svg);
}
#[test]
fn golden_gexf() {
    golden(Format::Gexf);
}
#[test]
fn golden_graphml() {
    golden(Format::GraphMl);
}

#[test]
fn json_parses_back_to_the_same_timeline() {
    let seeds = seeds();
    let bytes = export(Format::Json, &seeds);
    let back: ExtractOutput = serde_json::from_slice(&bytes).expect("JSON export parses");
    assert_eq!(back, seeds);
    let value: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON export parses");
    assert_eq!(value["format_version"], 1);
    assert_eq!(value["corrections"], serde_json::json!([]));
    // Legs: Feb (SA, Cairo, Qatar, Israel, Tel Aviv), June (Cairo, Jerusalem, Jordan, Qatar),
    // Aug (Israel).
    assert_eq!(value["timeline"].as_array().map(Vec::len), Some(10));
    assert_eq!(value["timeline"][5]["place"]["city"], "Cairo");
    assert_eq!(value["timeline"][5]["date"], "2024-06-10");
}

#[test]
fn csv_parses_back_with_bom_one_row_per_leg() {
    let bytes = export(Format::Csv, &seeds());
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(
        header[..4],
        ["leg_id", "visitor_en", "visitor_ar", "visitor_role"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 10);
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .expect("column exists")
    };
    let cairo = &rows[5];
    assert_eq!(&cairo[col("visitor_en")], "Antony Blinken");
    assert_eq!(&cairo[col("visitor_ar")], "أنتوني بلينكن");
    assert_eq!(&cairo[col("place_en")], "Cairo");
    assert_eq!(&cairo[col("place_ar")], "القاهرة");
    assert_eq!(&cairo[col("date")], "2024-06-10");
    assert_eq!(&cairo[col("status")], "occurred");
    assert_eq!(
        &cairo[col("counterparts_en")],
        "Abdel Fattah al-Sisi; Abbas Kamel"
    );
    assert_eq!(
        &cairo[col("counterparts_ar")],
        "عبد الفتاح السيسي; عباس كامل"
    );
    // The meeting, and the departure from Cairo later in the article.
    assert_eq!(
        &cairo[col("sources")],
        "seeds/001_ed1f9f8fd6235f00.txt:0-192; seeds/001_ed1f9f8fd6235f00.txt:534-738"
    );
    assert_eq!(&cairo[col("trip_id")], "antony-blinken@2024-06-10");
    assert_eq!(&cairo[col("trip_leg")], "1");
    assert_eq!(&cairo[col("lat")], "30.0444");
    // Undated legs keep an empty date cell, in their trip order.
    assert_eq!(&rows[1][col("place_en")], "Cairo");
    assert_eq!(&rows[1][col("date")], "");
    assert_eq!(&rows[2][col("place_en")], "Qatar");
    // CRLF line ends, as Excel writes.
    assert!(bytes.ends_with(b"\r\n"));
}

#[test]
fn timelinejs_parses_with_1_based_months_and_unique_ids() {
    let bytes = export(Format::TimelineJs, &seeds());
    let doc: serde_json::Value = serde_json::from_slice(&bytes).expect("TimelineJS JSON parses");
    let events = doc["events"].as_array().expect("events array");
    assert_eq!(events.len(), 10);
    let mut ids: Vec<&str> = events
        .iter()
        .map(|e| e["unique_id"].as_str().expect("id"))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 10);
    let first = &events[0];
    assert_eq!(
        first["start_date"],
        serde_json::json!({"year": 2024, "month": 2, "day": 5})
    );
    assert_eq!(
        first["text"]["headline"],
        "Saudi Arabia (SA) · Antony Blinken"
    );
    assert_eq!(
        first["group"],
        "Antony Blinken · Trip 5 · 5–8 February 2024"
    );
    // The undated Cairo leg of February sits between 5 and 7 February.
    let cairo = &events[1];
    assert_eq!(
        cairo["start_date"],
        serde_json::json!({"year": 2024, "month": 2, "day": 5})
    );
    assert_eq!(
        cairo["end_date"],
        serde_json::json!({"year": 2024, "month": 2, "day": 7})
    );
    assert_eq!(
        cairo["display_date"],
        "Date not reported (between 5 February 2024 and 7 February 2024, by trip order)"
    );
    // Same ids on every run.
    assert_eq!(bytes, export(Format::TimelineJs, &seeds()));
}

#[test]
fn geojson_parses_with_points_per_leg_and_lines_per_trip() {
    use geojson::{GeoJson, GeometryValue};
    let text = export_str(Format::GeoJson, &seeds());
    let gj: GeoJson = text.parse().expect("GeoJSON parses");
    let GeoJson::FeatureCollection(fc) = gj else {
        panic!("expected a FeatureCollection")
    };
    let mut points = Vec::new();
    let mut lines = Vec::new();
    let mut unplaced = Vec::new();
    for f in &fc.features {
        let props = f.properties.as_ref().expect("properties");
        match f.geometry.as_ref().map(|g| &g.value) {
            Some(GeometryValue::Point { coordinates }) => {
                points.push(coordinates.as_slice().to_vec())
            }
            Some(GeometryValue::LineString { coordinates }) => lines.push(
                coordinates
                    .iter()
                    .map(|p| p.as_slice().to_vec())
                    .collect::<Vec<_>>(),
            ),
            // A leg known only by its country has no coordinates: a Feature with null geometry.
            None => unplaced.push(props["place_en"].clone()),
            other => panic!("unexpected geometry {other:?}"),
        }
    }
    // [lon, lat] of every leg in timeline order; a leg known only by its
    // country is placed at its capital: Riyadh, Cairo, Doha, Jerusalem, Tel
    // Aviv; Cairo, Jerusalem, Amman, Doha; Jerusalem.
    let (riyadh, cairo, doha) = (
        vec![46.6753, 24.7136],
        vec![31.2357, 30.0444],
        vec![51.531, 25.2854],
    );
    let (jerusalem, tel_aviv, amman) = (
        vec![35.2137, 31.7683],
        vec![34.7818, 32.0853],
        vec![35.9284, 31.9454],
    );
    assert_eq!(
        points,
        [
            riyadh.clone(),
            cairo.clone(),
            doha.clone(),
            jerusalem.clone(),
            tel_aviv.clone(),
            cairo.clone(),
            jerusalem.clone(),
            amman.clone(),
            doha.clone(),
            jerusalem.clone(),
        ]
    );
    assert!(unplaced.is_empty(), "no null geometry: {unplaced:?}");
    // One line per trip with two placed legs: February and June; August has one leg.
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[0],
        [
            riyadh,
            cairo.clone(),
            doha.clone(),
            jerusalem.clone(),
            tel_aviv
        ]
    );
    assert_eq!(lines[1], [cairo, jerusalem, amman, doha]);
    let props = fc.features[5].properties.as_ref().expect("properties");
    assert_eq!(props["place_en"], "Cairo");
    assert_eq!(props["date"], "2024-06-10");
    assert_eq!(props["status"], "occurred");
}

#[test]
fn icalendar_parses_with_all_day_events_for_dated_legs() {
    let text = export_str(Format::ICalendar, &seeds());
    assert!(
        text.split_inclusive('\n').all(|l| l.ends_with("\r\n")),
        "CRLF line ends"
    );
    assert!(
        text.split("\r\n").all(|l| l.len() <= 75),
        "lines folded at 75 octets"
    );
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let cal = parser
        .next()
        .expect("one calendar")
        .expect("calendar parses");
    assert!(parser.next().is_none());
    // Dated legs: 5 Feb (SA), 7 Feb (Israel), 8 Feb (Tel Aviv); 10 Jun (Cairo, Jerusalem);
    // 19 Aug (Israel).
    assert_eq!(cal.events.len(), 6);
    let prop = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
        e.properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_else(|| panic!("event has {name}"))
    };
    let cairo = &cal.events[3];
    assert_eq!(prop(cairo, "DTSTART"), "20240610");
    assert_eq!(prop(cairo, "DTEND"), "20240611");
    assert_eq!(prop(cairo, "DTSTAMP"), "20240901T120000Z");
    assert_eq!(prop(cairo, "SUMMARY"), "Antony Blinken in Cairo (EG)");
    assert_eq!(prop(cairo, "STATUS"), "CONFIRMED");
    assert!(prop(cairo, "UID").ends_with("@jawla"));
    let dtstart = cairo
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .expect("DTSTART");
    assert_eq!(
        dtstart.params,
        Some(vec![("VALUE".to_string(), vec!["DATE".to_string()])])
    );
    // The folded description unfolds to the escaped text with the evidence.
    let description = prop(cairo, "DESCRIPTION");
    assert!(description.contains(
        "“التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري عبد الفتاح السيسي في القاهرة يوم الاثنين \
         في بداية جولة إقليمية للدفع من أجل وقف إطلاق النار الذي طال انتظاره في غزة بين إسرائيل وحماس.” \
         — seeds/001_ed1f9f8fd6235f00.txt\\, chars 0–192"
    ), "{description}");
    assert_eq!(prop(&cal.events[4], "STATUS"), "TENTATIVE");
    assert_eq!(
        prop(&cal.events[4], "SUMMARY"),
        "Antony Blinken in Jerusalem (IL)"
    );
}

#[test]
fn png_decodes_at_twice_the_svg_size() {
    let seeds = seeds();
    let svg = to_svg(&seeds.timeline);
    let attr = |name: &str| -> u32 {
        let start = svg
            .find(&format!(" {name}=\""))
            .expect("svg size attribute")
            + name.len()
            + 3;
        svg[start..]
            .split('"')
            .next()
            .and_then(|n| n.parse().ok())
            .expect("integer size")
    };
    let (w, h) = (attr("width"), attr("height"));
    assert_eq!(w, 1200);
    let png = to_png(&seeds.timeline).expect("PNG export");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&png).expect("PNG decodes");
    assert_eq!((pixmap.width(), pixmap.height()), (2 * w, 2 * h));
    // Not blank: some dark (text) pixels.
    let dark = pixmap
        .pixels()
        .iter()
        .filter(|p| p.red() < 80 && p.alpha() == 255)
        .count();
    assert!(dark > 1000, "only {dark} dark pixels");
    if let Some(dir) = std::env::var_os("JAWLA_EXPORT_ARTIFACTS") {
        std::fs::write(PathBuf::from(dir).join("seeds.png"), &png).expect("write PNG artifact");
    }
}

fn hostile() -> ExtractOutput {
    let evil = Person {
        name_ar: "<script>alert(1)</script>\u{202E}نيكنيلب".to_string(),
        name_en: Some("=HYPERLINK(\"http://evil.example\",\"click\")".to_string()),
        role: Some("@SUM(A1:A9)".to_string()),
        country: Some("US".to_string()),
    };
    let visit = Visit {
        visitor: evil.clone(),
        place: Place {
            country: "IL".to_string(),
            city: Some("Tel \"&\" Aviv\r\n= evil; x, y\\z".to_string()),
            name_ar: "تل أبيب</text><script>x</script>".to_string(),
            lat: Some(32.09),
            lon: Some(34.78),
            precision: None,
        },
        date: chrono::NaiveDate::from_ymd_opt(2024, 2, 8),
        date_text: Some("-1+1".to_string()),
        date_edtf: Some("=1+1".to_string()),
        date_hijri: None,
        status: Status::Cancelled,
        counterparts: vec![Person {
            name_ar: "\u{2067}x\u{2069}".to_string(),
            name_en: Some("+CMD|' /C calc'!A0".to_string()),
            ..Person::default()
        }],
        trip: Some(Trip {
            id: Some("t<1>".to_string()),
            ordinal: None,
            leg: Some(1),
        }),
        evidence: vec![Evidence {
            path: "seeds/<b>.txt".to_string(),
            start: 0,
            end: 5,
            text: "</blockquote><img src=x onerror=alert(1)>\n# heading\n> quote".to_string(),
        }],
        confidence: 0.5,
        rules: vec!["\tTAB".to_string()],
    };
    let mut second = visit.clone();
    second.date = None;
    second.status = Status::Planned;
    if let Some(t) = second.trip.as_mut() {
        t.leg = Some(2);
    }
    ExtractOutput {
        articles: vec![],
        timeline: vec![visit, second],
    }
}

#[test]
#[allow(
    clippy::too_many_lines,
    reason = "one hostile timeline through every format in turn, each checked where it is rendered"
)]
fn hostile_names_are_neutralized_in_every_format() {
    let out = hostile();
    if let Some(dir) = std::env::var_os("JAWLA_EXPORT_ARTIFACTS") {
        for format in Format::ALL {
            let path = PathBuf::from(&dir).join(format!("hostile.{}", format.extension()));
            std::fs::write(path, export(format, &out)).expect("write artifact");
        }
    }
    const BIDI: [char; 9] = [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ];
    for format in [
        Format::Csv,
        Format::Markdown,
        Format::Html,
        Format::ICalendar,
        Format::TimelineJs,
        Format::Svg,
        Format::Gexf,
        Format::GraphMl,
    ] {
        let text = export_str(format, &out);
        assert!(!text.contains(BIDI), "{format}: bidi control survived");
        // Markup matters where the text is read as HTML or XML.
        // (Markdown escapes `<` with a backslash, which CommonMark shows as text.)
        if matches!(
            format,
            Format::Markdown
                | Format::Html
                | Format::TimelineJs
                | Format::Svg
                | Format::Gexf
                | Format::GraphMl
        ) {
            let text = text.replace("\\<", "");
            assert!(!text.contains("<script"), "{format}: raw <script> survived");
            assert!(!text.contains("<img"), "{format}: raw <img> survived");
        }
    }

    // CSV: every cell that began with a formula character is quoted.
    let bytes = to_csv(&out.timeline).expect("CSV");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 2);
    for cell in rows[0].iter() {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\0']),
            "unguarded CSV cell {cell:?}"
        );
        assert!(
            !cell.contains(['\n', '\r']),
            "line break in CSV cell {cell:?}"
        );
    }
    assert_eq!(
        &rows[0][1],
        "'=HYPERLINK(\"http://evil.example\",\"click\")"
    );
    assert_eq!(&rows[0][3], "'@SUM(A1:A9)");
    assert_eq!(&rows[0][7], "Tel \"&\" Aviv = evil; x, y\\z");
    assert_eq!(&rows[0][15], "'-1+1");
    assert_eq!(&rows[0][13], "'=1+1", "date_edtf");
    // Hidden controls are shown as tokens, neither stripped nor left to reorder.
    assert_eq!(&rows[0][2], "<script>alert(1)</script>⟦U+202E RLO⟧نيكنيلب");
    assert_eq!(&rows[0][18], "⟦U+2067 RLI⟧x⟦U+2069 PDI⟧");

    // Later mentions use the short name; a token is never cut in half there.
    let narrative = &jawla::export::narrate(&out.timeline)[0];
    assert_eq!(
        narrative.ar.matches("⟦U+202E RLO⟧").count(),
        2,
        "{}",
        narrative.ar
    );
    assert_eq!(narrative.ar.matches("RLO⟧").count(), 2, "{}", narrative.ar);

    // HTML and Markdown: markup shown as text.
    let html = export_str(Format::Html, &out);
    // In HTML each token is an isolate, so right-to-left text cannot scramble it.
    assert!(html.contains(
        "&lt;script&gt;alert(1)&lt;/script&gt;<bdi class=\"hidden-char\">⟦U+202E RLO⟧</bdi>نيكنيلب"
    ));
    assert!(html.contains("<bdi class=\"hidden-char\">⟦U+2067 RLI⟧</bdi>x<bdi class=\"hidden-char\">⟦U+2069 PDI⟧</bdi>"));
    // ... and a note says what the tokens are (two legs: 2 RLO, 2 RLI, 2 PDI).
    assert!(html.contains(
        "<strong>Hidden characters in the sources.</strong> 6 bidi control characters can make \
         names and numbers display differently from the text (2 left unclosed). They are shown \
         as <bdi class=\"hidden-char\">⟦U+…⟧</bdi> tokens (for example <bdi class=\"hidden-char\">⟦U+202E RLO⟧</bdi>, a right-to-left override) instead of being \
         applied.</p>"
    ));
    assert!(html.contains("&lt;/blockquote&gt;&lt;img src=x onerror=alert(1)&gt;"));
    let md = export_str(Format::Markdown, &out);
    assert!(md.contains("تل أبيب\\</text\\>\\<script\\>x\\</script\\>"));
    assert!(md.contains("&lt;script&gt;alert(1)&lt;/script&gt;⟦U+202E RLO⟧نيكنيلب"));
    assert!(md.contains("(⟦U+2067 RLI⟧x⟦U+2069 PDI⟧)"));
    assert!(md.contains(
        "\n> **Hidden characters in the sources.** 6 bidi control characters can make names and \
         numbers display differently from the text (2 left unclosed). They are shown as ⟦U+…⟧ \
         tokens (for example ⟦U+202E RLO⟧, a right-to-left override) instead of being applied.\n"
    ));
    // Reports of clean sources carry no such note.
    assert!(!export_str(Format::Html, &seeds()).contains("Hidden characters"));
    assert!(!export_str(Format::Markdown, &seeds()).contains("Hidden characters"));
    assert!(md.contains("\n\\=HYPERLINK(\"http://evil.example\",\"click\")'s visit"));
    assert!(
        !md.lines()
            .any(|l| l.starts_with("= evil") || l.starts_with("# heading"))
    );

    // iCalendar: parses, TEXT escaped.
    let ics = export_str(Format::ICalendar, &out);
    let mut parser = ical::IcalParser::new(ics.as_bytes());
    let cal = parser.next().expect("calendar").expect("parses");
    assert_eq!(cal.events.len(), 1);
    let summary = cal.events[0]
        .properties
        .iter()
        .find(|p| p.name == "SUMMARY")
        .and_then(|p| p.value.clone())
        .expect("SUMMARY");
    assert_eq!(
        summary,
        "=HYPERLINK(\"http://evil.example\"\\,\"click\") in Tel \"&\" Aviv = evil\\; x\\, y\\\\z (IL)"
    );
    let description = cal.events[0]
        .properties
        .iter()
        .find(|p| p.name == "DESCRIPTION")
        .and_then(|p| p.value.clone())
        .expect("DESCRIPTION");
    assert!(
        description.contains("(<script>alert(1)</script>⟦U+202E RLO⟧نيكنيلب) – cancelled"),
        "{description}"
    );

    // TimelineJS: parses, HTML in headline escaped.
    let tl: serde_json::Value =
        serde_json::from_slice(&export(Format::TimelineJs, &out)).expect("parses");
    assert_eq!(
        tl["events"][0]["text"]["headline"],
        "Tel &quot;&amp;&quot; Aviv = evil; x, y\\z (IL) · =HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)"
    );

    // SVG stays well-formed: it rasterizes.
    assert!(to_png(&out.timeline).is_ok());
    // JSON and GeoJSON keep the data verbatim and still parse.
    let back: ExtractOutput =
        serde_json::from_slice(&export(Format::Json, &out)).expect("JSON parses");
    assert_eq!(back, out);
    let gj: geojson::GeoJson = export_str(Format::GeoJson, &out)
        .parse()
        .expect("GeoJSON parses");
    assert!(matches!(gj, geojson::GeoJson::FeatureCollection(_)));
}

#[test]
fn every_format_handles_an_empty_timeline() {
    let empty = ExtractOutput::default();
    for format in Format::ALL {
        let bytes = export(format, &empty);
        assert!(!bytes.is_empty(), "{format}");
    }
    assert_eq!(
        export_str(Format::ICalendar, &empty),
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//jawla//Visits timeline//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Visits timeline\r\nEND:VCALENDAR\r\n"
    );
}

#[test]
fn summaries_tell_each_trip_in_english_and_arabic() {
    let seeds = seeds();
    let narratives = jawla::export::narrate(&seeds.timeline);
    assert_eq!(narratives.len(), 3);
    let june = &narratives[1];
    // «وتهدف الزيارة الثامنة التي يقوم بها كبير الدبلوماسيين الأمريكيين»:
    // the definite trip noun is the trip in focus, Blinken's eighth.
    assert_eq!(june.title_en, "Antony Blinken · Trip 8 · 10 June 2024");
    assert_eq!(june.title_ar, "أنتوني بلينكن · الجولة 8");
    assert_eq!(june.legs, [5, 6, 7, 8]);
    assert_eq!(
        june.en,
        "On Monday 10 June 2024 Antony Blinken met Abdel Fattah al-Sisi and Abbas Kamel in Cairo; \
         Blinken was next due in Jerusalem on Monday 10 June 2024, to meet Benjamin Netanyahu and \
         Benny Gantz; Blinken was then due in Jordan; Blinken was then due in Qatar."
    );
    assert_eq!(
        june.ar,
        "زيارة أنتوني بلينكن إلى القاهرة يوم الاثنين 10 يونيو 2024، ولقاء مع عبد الفتاح السيسي وعباس كامل؛ \
         ثم زيارة بلينكن المقررة إلى القدس يوم الاثنين 10 يونيو 2024، ولقاء مع بنيامين نتنياهو وبيني غانتس؛ \
         ثم زيارة بلينكن المقررة إلى الأردن (لم يُحدَّد التاريخ)؛ ثم زيارة بلينكن المقررة إلى قطر (لم يُحدَّد التاريخ)."
    );
    let md = export_str(Format::Markdown, &seeds);
    assert!(md.contains(&format!("\n{}\n", june.en)));
    let html = export_str(Format::Html, &seeds);
    assert!(html.contains(&format!(
        "<p class=\"narrative\" dir=\"rtl\" lang=\"ar\">{}</p>",
        june.ar
    )));
    assert!(html.contains("@font-face { font-family: \"Noto Naskh Arabic\""));
    assert!(html.contains("@media print"));
}

#[test]
fn png_is_deterministic() {
    let seeds = seeds();
    assert_eq!(
        to_png(&seeds.timeline).expect("PNG"),
        to_png(&seeds.timeline).expect("PNG")
    );
}
