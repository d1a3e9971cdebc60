//! Publication dates found in the document (issue 12, item 2): the engine
//! reads a «تاريخ النشر» line, a dateline or a date under the title, in
//! every month naming and digit set, and never a date of the story; the
//! command line reports `published` and `published_from`, `--published`
//! still winning. (Made-up texts.)

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use jawla::engine::Engine;
use jawla::model::PublishedFrom;

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn found(text: &str) -> Option<NaiveDate> {
    Engine::embedded().published_in(text)
}

const STORY: &str = "وصل وزير الخارجية إلى العاصمة للقاء نظيره وبحث العلاقات الثنائية.\n\
                     وقال الوزير إن الزيارة تأتي في إطار التشاور المستمر.";

#[test]
fn a_publication_line_with_arabic_indic_digits_gives_the_date() {
    let text = format!("تاريخ النشر: ١٣ أكتوبر ٢٠٢٤ - ١٣:٢٥\n\n{STORY}");
    assert_eq!(found(&text), date(2024, 10, 13));
    let persian = format!(
        "عنوان الخبر\nرمز الخبر: ۱۲۳۴\nتأريخ النشر:  ۱۳:۴۴  - الأَحَد  ۱۵  أکتوبر  ۲۰۱۷\n{STORY}"
    );
    assert_eq!(found(&persian), date(2017, 10, 15));
}

#[test]
fn levantine_and_maghreb_months_are_read() {
    let levantine = format!("موقع الأخبار\nنشر بتاريخ: ٢٠ تشرين الأول ٢٠٢٥\n{STORY}");
    assert_eq!(found(&levantine), date(2025, 10, 20));
    let maghreb = format!("نُشر في 3 جويلية 2023\n{STORY}");
    assert_eq!(found(&maghreb), date(2023, 7, 3));
    let august = format!("بتاريخ 14 أوت 2022\n{STORY}");
    assert_eq!(found(&august), date(2022, 8, 14));
    let may = format!("عنوان\nالخميس 9 ماي 2024\n{STORY}");
    assert_eq!(found(&may), date(2024, 5, 9));
}

#[test]
fn datelines_give_the_date() {
    let dashes = format!("عنوان الخبر\n\nدمشق (الوكالة) - 2017/01/26 - {STORY}");
    assert_eq!(found(&dashes), date(2017, 1, 26));
    let agency = format!("عنوان\n\nأديس أبابا، 04/22/ 2024 (الوكالة) ـ {STORY}");
    assert_eq!(found(&agency), date(2024, 4, 22));
    let bracketed = format!("عنوان\n\n(الوكالة - 03 فبراير 2022ء) {STORY}");
    assert_eq!(found(&bracketed), date(2022, 2, 3));
}

#[test]
fn a_date_under_the_title_gives_the_date_but_not_a_site_header_date() {
    let under = format!("عنوان الخبر\n\nالسبت 27 إبريل 2024 04:56:47\n\n{STORY}");
    assert_eq!(found(&under), date(2024, 4, 27));
    let iso = format!("عنوان الخبر\n2024-02-14 11:47:10\n{STORY}");
    assert_eq!(found(&iso), date(2024, 2, 14));
    // The first line of a saved page is its site's header: the day it was saved.
    let header = format!("الجمعة 22 نوفمبر 2024\nعنوان الخبر\n{STORY}");
    assert_eq!(found(&header), None);
    // ... and a later date line is the article's.
    let both = format!("الجمعة 22 نوفمبر 2024\nعنوان الخبر\n  • 3-6-2023 | 12:06\n{STORY}");
    assert_eq!(found(&both), date(2023, 6, 3));
}

#[test]
fn a_publication_line_wins_over_a_date_line() {
    let text = format!("عنوان\n17 ديسمبر 2020\nتاريخ النشر: 18 ديسمبر 2020\n{STORY}");
    assert_eq!(found(&text), date(2020, 12, 18));
}

#[test]
fn an_english_date_after_the_marker_is_read() {
    let text = format!("عنوان الخبر\nتاريخ النشر: 7th, April 2025 GMT\n{STORY}");
    assert_eq!(found(&text), date(2025, 4, 7));
    let us = format!("Published on April 7, 2025\n{STORY}");
    assert_eq!(found(&us), date(2025, 4, 7));
}

#[test]
fn a_date_inside_the_story_is_not_the_publication_date() {
    let visit = format!("زار الرئيس بغداد في 22 ديسمبر 2019 والتقى نظيره.\n{STORY}");
    assert_eq!(found(&visit), None);
    let clause =
        format!("وصل وزير الخارجية، القاهرة، السبت 18 مارس/آذار 2023، في زيارة رسمية.\n{STORY}");
    assert_eq!(found(&clause), None);
    let leading = format!("عنوان\n22 ديسمبر 2019 زار الرئيس بغداد والتقى نظيره.\n{STORY}");
    assert_eq!(found(&leading), None);
    // A date far below the top is not looked at.
    let deep = format!(
        "{}\nتاريخ النشر: 13 أكتوبر 2024",
        "سطر من الخبر.\n".repeat(20)
    );
    assert_eq!(found(&deep), None);
    assert_eq!(found(""), None);
}

#[test]
fn the_given_date_wins_then_the_html_then_the_text() {
    let engine = Engine::embedded();
    let text = format!("تاريخ النشر: 13 أكتوبر 2024\n{STORY}");
    let (given, html) = (date(2024, 1, 2), date(2024, 3, 4));
    assert_eq!(
        engine.publication(given, html, &text),
        Some((
            NaiveDate::from_ymd_opt(2024, 1, 2).unwrap(),
            PublishedFrom::Argument
        ))
    );
    assert_eq!(
        engine.publication(None, html, &text),
        Some((
            NaiveDate::from_ymd_opt(2024, 3, 4).unwrap(),
            PublishedFrom::Html
        ))
    );
    assert_eq!(
        engine.publication(None, None, &text),
        Some((
            NaiveDate::from_ymd_opt(2024, 10, 13).unwrap(),
            PublishedFrom::Text
        ))
    );
    assert_eq!(engine.publication(None, None, STORY), None);
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("published")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn extract(args: &[&str], stdin: Option<&str>) -> serde_json::Value {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_jawla"));
    cmd.arg("extract").args(args);
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("run jawla");
    if let Some(mut pipe) = child.stdin.take() {
        pipe.write_all(stdin.unwrap_or("").as_bytes())
            .expect("stdin");
    }
    let out = child.wait_with_output().expect("jawla ends");
    assert!(out.status.success(), "{:?}", out.status);
    let text = String::from_utf8_lossy(&out.stdout);
    let first = if stdin.is_some() {
        format!("[{}]", text.trim().replace('\n', ","))
    } else {
        text.into_owned()
    };
    serde_json::from_str(&first).expect("JSON")
}

#[test]
fn extract_reports_the_date_of_the_document_and_where_it_came_from() {
    let dir = scratch("extract");
    let dateline = dir.join("dateline.txt");
    std::fs::write(
        &dateline,
        format!("عنوان\n\nبيروت - ١٣ تشرين الأول ٢٠٢٤ - {STORY}"),
    )
    .expect("write");
    let meta = dir.join("meta.html");
    std::fs::write(
        &meta,
        format!(
            "<html><head><meta property=\"article:published_time\" content=\"2024-06-10T08:00:00+03:00\"></head><body><p>تاريخ النشر: 13 أكتوبر 2024</p><p>{STORY}</p></body></html>"
        ),
    )
    .expect("write");
    let ld = dir.join("ld.html");
    std::fs::write(
        &ld,
        format!(
            "<html><head><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-05-04\"}}</script></head><body><p>{STORY}</p></body></html>"
        ),
    )
    .expect("write");
    let story = dir.join("story.txt");
    std::fs::write(
        &story,
        format!("زار الرئيس بغداد في 22 ديسمبر 2019 والتقى نظيره.\n{STORY}"),
    )
    .expect("write");
    let paths: Vec<String> = [&dateline, &meta, &ld, &story]
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let args: Vec<&str> = paths.iter().map(String::as_str).collect();
    let v = extract(&args, None);
    let got: Vec<(serde_json::Value, serde_json::Value)> = (0..4)
        .map(|i| {
            let a = &v["articles"][i];
            (a["published"].clone(), a["published_from"].clone())
        })
        .collect();
    use serde_json::json;
    assert_eq!(
        got,
        vec![
            (json!("2024-10-13"), json!("text")),
            (json!("2024-06-10"), json!("html")),
            (json!("2023-05-04"), json!("html")),
            (json!(null), json!(null)),
        ]
    );
    // --published still wins.
    let mut with = vec!["--published", "2024-01-02"];
    with.extend(args.iter().copied());
    let v = extract(&with, None);
    for i in 0..4 {
        assert_eq!(v["articles"][i]["published"], json!("2024-01-02"));
        assert_eq!(v["articles"][i]["published_from"], json!("argument"));
    }
    // --jsonl too: a path line, a line with its own date, inline text.
    let lines = format!(
        "{}\n{{\"path\": \"{}\", \"published\": \"2020-02-02\"}}\n{}\n",
        paths[0],
        paths[0],
        serde_json::to_string(&json!({"text": format!("تاريخ النشر: ٥ أيار ٢٠٢١\n{STORY}")}))
            .expect("json")
    );
    let v = extract(&["--jsonl", "--jobs", "1"], Some(&lines));
    let got: Vec<(serde_json::Value, serde_json::Value)> = (0..3)
        .map(|i| (v[i]["published"].clone(), v[i]["published_from"].clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (json!("2024-10-13"), json!("text")),
            (json!("2020-02-02"), json!("argument")),
            (json!("2021-05-05"), json!("text")),
        ]
    );
}
