//! Dates as precise as the text and places on the map, from made-up
//! articles through the engine to the exports: a month, a year, a range of
//! days, a Hijri date; `date_edtf`, `date_hijri`, `place.precision` in the
//! JSON, CSV and GeoJSON, TimelineJS dates of a month and a year, iCalendar
//! events for day-precise legs only.

use jawla::export::{Format, Meta, render};
use jawla::model::{Document, ExtractOutput};
use serde_json::{Value, json};

fn doc(name: &str, text: &str) -> Document {
    Document {
        path: format!("made-up/{name}.txt"),
        text: text.to_owned(),
        published: chrono::NaiveDate::from_ymd_opt(2024, 6, 10),
    }
}

/// Four made-up articles: a month, a year, a range of days, a Hijri day.
fn made_up() -> ExtractOutput {
    jawla::engine::Engine::embedded().extract_all(&[
        doc(
            "month",
            "زار وزير الخارجية الأمريكي أنتوني بلينكن القاهرة في فبراير 2020 والتقى الرئيس المصري عبد الفتاح السيسي.",
        ),
        doc("year", "زار الرئيس التركي رجب طيب أردوغان السعودية في 2008."),
        doc(
            "range",
            "زار وزير الخارجية الأمريكي أنتوني بلينكن الأردن في الفترة من 7 إلى 11 يناير 2024.",
        ),
        doc(
            "hijri",
            "وصل الرئيس التركي رجب طيب أردوغان إلى الرياض يوم 5 رمضان 1443 هـ في زيارة رسمية.",
        ),
    ])
}

fn export(format: Format, out: &ExtractOutput) -> Vec<u8> {
    render(format, out, &Meta::default()).expect("export")
}

/// (path, place, date, date_edtf, date_hijri, precision, has lat) of each
/// leg, in timeline order (the merge puts legs without a day after the
/// dated ones).
fn legs(out: &ExtractOutput) -> Vec<Value> {
    let json: Value = serde_json::from_slice(&export(Format::Json, out)).expect("JSON");
    json["timeline"]
        .as_array()
        .expect("timeline")
        .iter()
        .map(|v| {
            json!([
                v["evidence"][0]["path"],
                v["place"]["name_ar"],
                v["date"],
                v["date_edtf"],
                v["date_hijri"],
                v["place"]["precision"],
                v["place"]["lat"].is_number(),
            ])
        })
        .collect()
}

#[test]
fn json_has_edtf_hijri_and_precision() {
    assert_eq!(
        legs(&made_up()),
        [
            json!([
                "made-up/hijri.txt",
                "الرياض",
                "2022-04-06",
                "2022-04-06",
                "1443-09-05",
                "city",
                true
            ]),
            json!([
                "made-up/range.txt",
                "الأردن",
                "2024-01-07",
                "2024-01-07/2024-01-11",
                "1445-06-25",
                "country",
                true
            ]),
            json!([
                "made-up/month.txt",
                "القاهرة",
                null,
                "2020-02",
                null,
                "city",
                true
            ]),
            json!([
                "made-up/year.txt",
                "السعودية",
                null,
                "2008",
                null,
                "country",
                true
            ]),
        ]
    );
}

#[test]
fn csv_and_geojson_carry_them() {
    let out = made_up();
    let csv = export(Format::Csv, &out);
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let header = reader.headers().expect("header").clone();
    let col = |n: &str| header.iter().position(|h| h == n).expect("column");
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            ["precision", "date", "date_edtf", "date_hijri"]
                .iter()
                .map(|c| r[col(c)].to_owned())
                .collect()
        })
        .collect();
    assert_eq!(
        rows,
        [
            ["city", "2022-04-06", "2022-04-06", "1443-09-05"],
            [
                "country",
                "2024-01-07",
                "2024-01-07/2024-01-11",
                "1445-06-25"
            ],
            ["city", "", "2020-02", ""],
            ["country", "", "2008", ""],
        ]
    );
    let geo: Value = serde_json::from_slice(&export(Format::GeoJson, &out)).expect("GeoJSON");
    let legs: Vec<Value> = geo["features"]
        .as_array()
        .expect("features")
        .iter()
        .filter(|f| f["properties"]["kind"] == "leg")
        .map(|f| {
            json!([
                f["geometry"]["type"],
                f["properties"]["precision"],
                f["properties"]["date_edtf"],
                f["properties"]["date_hijri"],
            ])
        })
        .collect();
    assert_eq!(
        legs,
        [
            json!(["Point", "city", "2022-04-06", "1443-09-05"]),
            json!(["Point", "country", "2024-01-07/2024-01-11", "1445-06-25"]),
            json!(["Point", "city", "2020-02", null]),
            json!(["Point", "country", "2008", null]),
        ]
    );
}

#[test]
fn timelinejs_takes_months_and_years_and_icalendar_days_only() {
    let out = made_up();
    let tl: Value = serde_json::from_slice(&export(Format::TimelineJs, &out)).expect("JSON");
    let dates: Vec<Value> = tl["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| json!([e["start_date"], e["end_date"]]))
        .collect();
    assert_eq!(
        dates,
        [
            json!([{ "year": 2008 }, null]),
            json!([{ "year": 2020, "month": 2 }, null]),
            json!([{ "year": 2022, "month": 4, "day": 6 }, null]),
            json!([
                { "year": 2024, "month": 1, "day": 7 },
                { "year": 2024, "month": 1, "day": 11 }
            ]),
        ]
    );
    let ics = String::from_utf8(export(Format::ICalendar, &out)).expect("UTF-8");
    let days: Vec<&str> = ics
        .lines()
        .filter(|l| l.starts_with("DTSTART") || l.starts_with("DTEND"))
        .collect();
    assert_eq!(
        days,
        [
            "DTSTART;VALUE=DATE:20220406",
            "DTEND;VALUE=DATE:20220407",
            "DTSTART;VALUE=DATE:20240107",
            "DTEND;VALUE=DATE:20240112",
        ]
    );
}

#[test]
fn the_seeds_geojson_has_no_null_geometry() {
    let seeds = jawla::engine::Engine::embedded().extract_all(&jawla::seeds::documents());
    let geo = String::from_utf8(export(Format::GeoJson, &seeds)).expect("UTF-8");
    assert!(!geo.contains("\"geometry\": null"));
    assert_eq!(geo.matches("\"precision\": \"country\"").count(), 6);
    assert_eq!(geo.matches("\"precision\": \"city\"").count(), 4);
}

#[test]
fn reports_show_the_hijri_date_when_asked() {
    let out = made_up();
    for format in [Format::Markdown, Format::Html] {
        let plain = String::from_utf8(export(format, &out)).expect("UTF-8");
        let meta = Meta {
            hijri: true,
            ..Meta::default()
        };
        let hijri = String::from_utf8(render(format, &out, &meta).expect("export")).expect("UTF-8");
        assert!(!plain.contains(" AH)"), "{format}");
        let riyadh = match format {
            Format::Html => "<time datetime=\"2022-04-06\">6 April 2022</time> (1443-09-05 AH)",
            _ => "6 April 2022 (1443-09-05 AH)",
        };
        assert!(hijri.contains(riyadh), "{format}: {hijri}");
        assert_eq!(
            hijri.matches(" AH)").count(),
            2,
            "{format}: the two legs with a day"
        );
    }
}

#[test]
fn the_command_line_writes_hijri_dates_with_hijri() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hijri-cli");
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("hijri.txt");
    std::fs::write(
        &path,
        "وصل الرئيس التركي رجب طيب أردوغان إلى الرياض يوم 5 رمضان 1443 هـ في زيارة رسمية.",
    )
    .expect("write");
    let run = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_jawla"))
            .args(["extract", "--format", "md"])
            .args(extra)
            .arg(&path)
            .output()
            .expect("run jawla");
        assert!(out.status.success());
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    assert!(run(&["--hijri"]).contains("6 April 2022 (1443-09-05 AH)"));
    assert!(!run(&[]).contains("AH)"));
}
