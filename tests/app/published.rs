//! Publication dates found in the document, in the window (issue 12, item
//! 2): a file opened with a «تاريخ النشر» line gets that date, the file
//! panel says it came from the text, and the analyst can still change it.
//! (Made-up text.)

use chrono::NaiveDate;
use eframe::egui;
use egui_kittest::kittest::Queryable;
use jawla::app::Command;
use jawla::model::PublishedFrom;

use crate::common::{harness, settle, temp_dir};

const DATED: &str = "تاريخ النشر: ١٣ أكتوبر ٢٠٢٤\n\n\
                     وصل وزير الخارجية الأمريكي إلى عمّان أمس في زيارة رسمية.";

#[test]
fn a_date_the_text_states_is_shown_with_its_source_and_can_be_changed() {
    let dir = temp_dir("published-text");
    let path = dir.join("dated.txt");
    std::fs::write(&path, DATED).expect("write");
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    settle(&mut harness);

    let article = &harness.state().articles()[5];
    assert_eq!(article.published, NaiveDate::from_ymd_opt(2024, 10, 13));
    assert_eq!(article.published_from, Some(PublishedFrom::Text));
    harness.get_by_label("from the text");
    assert!(harness.query_by_label("unknown date").is_none());
    assert_eq!(harness.query_all_by_label("given").count(), 5);

    // The analyst changes it: now it is given.
    let field = harness.get_by_label("Publication date of dated.txt");
    field.focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    field.type_text("2024-10-12");
    harness.run();
    harness.key_press(egui::Key::Enter);
    settle(&mut harness);
    let article = &harness.state().articles()[5];
    assert_eq!(article.published, NaiveDate::from_ymd_opt(2024, 10, 12));
    assert_eq!(article.published_from, Some(PublishedFrom::Argument));
    // The five seeds' dates are given too.
    assert_eq!(harness.query_all_by_label("given").count(), 6);
    assert!(harness.query_by_label("from the text").is_none());

    // Set back to the document's own date: found in the text again.
    let path = harness.state().articles()[5].path.clone();
    harness.state_mut().apply(Command::SetPublished(
        path,
        NaiveDate::from_ymd_opt(2024, 10, 13),
    ));
    settle(&mut harness);
    assert_eq!(
        harness.state().articles()[5].published_from,
        Some(PublishedFrom::Text)
    );
    harness.get_by_label("from the text");
}

#[test]
fn an_html_page_date_is_shown_as_from_the_html() {
    let dir = temp_dir("published-html");
    let path = dir.join("page.html");
    std::fs::write(
        &path,
        "<html><head><script type=\"application/ld+json\">{\"datePublished\":\"2023-05-04T09:00:00Z\"}</script></head>\
         <body><p>وصل وزير الخارجية إلى عمّان أمس.</p></body></html>",
    )
    .expect("write");
    let mut harness = harness(None);
    harness.state_mut().apply(Command::OpenPaths(vec![path]));
    settle(&mut harness);
    let article = &harness.state().articles()[5];
    assert_eq!(article.published, NaiveDate::from_ymd_opt(2023, 5, 4));
    assert_eq!(article.published_from, Some(PublishedFrom::Html));
    harness.get_by_label("from the HTML");
}
