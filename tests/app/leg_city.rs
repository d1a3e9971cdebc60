//! The leg editor (issue 12, item 8): Enter in a field applies the form; a
//! new city is looked up in the gazetteer by its Arabic or English name and
//! moves the leg, or the editor says it has no coordinates.

use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jawla::app::{JawlaApp, PersistedState};

use crate::common::settle;

const CAIRO: &str = "Cairo 2024-06-10 Antony Blinken";

fn harness() -> Harness<'static, JawlaApp> {
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .with_theme(egui::Theme::Light)
        .with_render_cursor(false)
        .build_eframe(|cc| JawlaApp::with_workspace(&cc.egui_ctx, PersistedState::default(), None));
    settle(&mut harness);
    harness
}

/// Types `city` in the City field (labelled "• City" once the analyst
/// changed it).
fn type_city(harness: &mut Harness<'static, JawlaApp>, city: &str) {
    let label = if harness
        .query_by_role_and_label(Role::TextInput, "City")
        .is_some()
    {
        "City"
    } else {
        "• City"
    };
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(city);
    harness.run();
}

/// (city, country, lat, lon, Arabic name) of the selected leg.
fn place(
    harness: &Harness<'static, JawlaApp>,
    label: &str,
) -> (Option<String>, String, Option<f64>, Option<f64>, String) {
    let leg = harness
        .state()
        .review()
        .legs()
        .iter()
        .find(|l| jawla::ui::legs::leg_label(&l.visit) == label)
        .unwrap_or_else(|| panic!("a leg labelled {label}"));
    let p = &leg.visit.place;
    (
        p.city.clone(),
        p.country.clone(),
        p.lat,
        p.lon,
        p.name_ar.clone(),
    )
}

#[test]
fn enter_applies_a_new_arabic_city_and_moves_the_leg_to_it() {
    let mut harness = harness();
    harness.get_by_role_and_label(Role::Button, CAIRO).click();
    harness.run();
    type_city(&mut harness, "عمّان");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        place(&harness, "Amman 2024-06-10 Antony Blinken"),
        (
            Some("Amman".to_owned()),
            "JO".to_owned(),
            Some(31.9454),
            Some(35.9284),
            "عمّان".to_owned()
        )
    );
    assert_eq!(harness.state().review().corrections().len(), 1);
}

#[test]
fn an_english_city_moves_the_leg_and_an_unknown_one_has_no_coordinates() {
    let mut harness = harness();
    harness.get_by_role_and_label(Role::Button, CAIRO).click();
    harness.run();
    type_city(&mut harness, "amman");
    harness.key_press(Key::Enter);
    harness.run();
    let amman = "Amman 2024-06-10 Antony Blinken";
    assert_eq!(
        place(&harness, amman),
        (
            Some("Amman".to_owned()),
            "JO".to_owned(),
            Some(31.9454),
            Some(35.9284),
            "القاهرة".to_owned()
        )
    );
    type_city(&mut harness, "Atlantis");
    harness.get_by_label(
        "Atlantis is not in the gazetteer: the leg has no coordinates (type its latitude and longitude)",
    );
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        place(&harness, "Atlantis 2024-06-10 Antony Blinken"),
        (
            Some("Atlantis".to_owned()),
            "JO".to_owned(),
            None,
            None,
            "القاهرة".to_owned()
        )
    );
}
