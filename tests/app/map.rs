//! The route map panel, driven through egui_kittest: travel order, click →
//! select, legs without coordinates, view buttons, and an image snapshot of the June 2024 trip.

use eframe::egui::{self, Pos2, Vec2, pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use jawla::geo::View;
use jawla::geo::{Position, Scope, route_for};
use jawla::model::ExtractOutput;
use jawla::review::{self, LegKey, ReviewedLeg};
use jawla::ui::Command;
use jawla::ui::map::MapPanel;

/// Size of the panel in the tests and the snapshot.
const SIZE: Vec2 = vec2(640.0, 420.0);

fn seed_legs() -> Vec<ReviewedLeg> {
    let seeds: ExtractOutput = serde_json::from_str(include_str!("../fixtures/seed_timeline.json"))
        .expect("tests/fixtures/seed_timeline.json is an ExtractOutput");
    review::apply(&seeds.timeline, &[]).legs
}

/// The key of the leg of the seed timeline at `place` (city, else country code) on `date`
/// (`None` = undated) in the trip `trip`.
fn key_of(legs: &[ReviewedLeg], trip: &str, place: &str, date: Option<&str>) -> LegKey {
    legs.iter()
        .find(|l| {
            let v = &l.visit;
            v.trip.as_ref().and_then(|t| t.id.as_deref()) == Some(trip)
                && (v.place.city.as_deref() == Some(place)
                    || (v.place.city.is_none() && v.place.country == place))
                && v.date.map(|d| d.to_string()).as_deref() == date
        })
        .map(|l| l.key.clone())
        .unwrap_or_else(|| panic!("the seeds have {place} {date:?} in {trip}"))
}

struct State {
    panel: MapPanel,
    legs: Vec<ReviewedLeg>,
    selected: Option<LegKey>,
    actions: Vec<Command>,
}

fn harness(legs: Vec<ReviewedLeg>, selected: LegKey) -> Harness<'static, State> {
    harness_themed(legs, selected, egui::Theme::Light)
}

fn harness_themed(
    legs: Vec<ReviewedLeg>,
    selected: LegKey,
    theme: egui::Theme,
) -> Harness<'static, State> {
    let state = State {
        panel: MapPanel::new(),
        legs,
        selected: Some(selected),
        actions: Vec::new(),
    };
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_theme(theme)
        .with_context_setup(|ctx| jawla::app::fonts::install(ctx, None))
        .build_ui_state(
            |ui, state: &mut State| {
                let actions = state.panel.show(ui, &state.legs, state.selected.as_ref());
                state.actions.extend(actions);
            },
            state,
        );
    harness.run();
    harness
}

fn centre_of(harness: &Harness<'_, State>, label: &str) -> Pos2 {
    harness.get_by_label(label).rect().center()
}

#[test]
fn feb_2024_trip_is_drawn_in_travel_order() {
    let legs = seed_legs();
    let riyadh = key_of(&legs, "blinken-2024-02", "SA", Some("2024-02-05"));
    let route = route_for(&legs, &riyadh, Scope::Trip).expect("the leg is in the timeline");
    let countries: Vec<&str> = route.stops.iter().map(|s| s.country.as_str()).collect();
    assert_eq!(countries, ["SA", "EG", "QA", "IL", "IL"]);
    let labels: Vec<String> = route.stops.iter().map(|s| s.label()).collect();
    assert_eq!(
        labels,
        [
            "1. Saudi Arabia 2024-02-05",
            "2. Cairo undated",
            "3. Qatar undated",
            "4. Israel 2024-02-07",
            "5. Tel Aviv 2024-02-08",
        ]
    );
    assert_eq!(route.trip_ordinal, Some(5));
    assert_eq!(
        route.stops.iter().map(|s| s.selected).collect::<Vec<_>>(),
        [true, false, false, false, false]
    );

    // On screen: every stop is a point with that accessible label, placed by longitude
    // (Cairo 31.2° E, Israel 35.2°, Riyadh 46.7°, Doha 51.5°).
    let harness = harness(legs, riyadh);
    let x = |label: &str| centre_of(&harness, label).x;
    assert!(x("2. Cairo undated") < x("4. Israel 2024-02-07"));
    assert!(x("4. Israel 2024-02-07") < x("1. Saudi Arabia 2024-02-05"));
    assert!(x("1. Saudi Arabia 2024-02-05") < x("3. Qatar undated"));
    // Israel and Tel Aviv are 55 km apart: fanned out so that both can be clicked.
    let (il, tlv) = (
        centre_of(&harness, "4. Israel 2024-02-07"),
        centre_of(&harness, "5. Tel Aviv 2024-02-08"),
    );
    assert!(il.distance(tlv) >= 18.0, "{il:?} {tlv:?}");
}

#[test]
fn visitor_scope_orders_all_trips_by_date_and_undated_legs_by_trip_order() {
    let legs = seed_legs();
    let cairo_june = key_of(&legs, "blinken-2024-06", "Cairo", Some("2024-06-10"));
    let route = route_for(&legs, &cairo_june, Scope::Visitor).expect("in the timeline");
    let labels: Vec<String> = route.stops.iter().map(|s| s.label()).collect();
    assert_eq!(
        labels,
        [
            "1. Saudi Arabia 2024-02-05",
            "2. Cairo undated",
            "3. Qatar undated",
            "4. Israel 2024-02-07",
            "5. Tel Aviv 2024-02-08",
            "6. Cairo 2024-06-10",
            "7. Jerusalem 2024-06-10, planned",
            "8. Jordan undated, planned",
            "9. Qatar undated, planned",
            "10. Israel 2024-08-19",
        ]
    );
    assert_eq!(route.scope, Scope::Visitor);
    assert!(route.stops[5].selected);

    // The toggle in the header switches the panel to it.
    let mut harness = harness(legs, cairo_june);
    assert!(harness.query_by_label("10. Israel 2024-08-19").is_none());
    harness.get_by_label("All trips").click();
    harness.run();
    assert_eq!(harness.state().panel.scope, Scope::Visitor);
    harness.get_by_label("10. Israel 2024-08-19");
    harness.remove_cursor();
    harness.run();
    // Israel three times, Cairo twice, Tel Aviv and Amman close by: fanned out, all visible.
    harness.snapshot("map_blinken_all_trips");
}

#[test]
fn clicking_a_point_selects_its_leg() {
    let legs = seed_legs();
    let cairo = key_of(&legs, "blinken-2024-06", "Cairo", Some("2024-06-10"));
    let jordan = key_of(&legs, "blinken-2024-06", "JO", None);
    let mut harness = harness(legs, cairo);
    assert!(harness.state().actions.is_empty());
    harness.get_by_label("3. Jordan undated, planned").click();
    harness.run();
    assert_eq!(harness.state().actions, [Command::SelectLeg(jordan)]);
}

#[test]
fn legs_without_coordinates_use_the_country_centre_or_are_listed() {
    let mut legs = seed_legs();
    let doha = key_of(&legs, "blinken-2024-02", "QA", None);
    let cairo = key_of(&legs, "blinken-2024-02", "Cairo", None);
    for leg in &mut legs {
        if leg.key == doha {
            (leg.visit.place.lat, leg.visit.place.lon) = (None, None);
        }
        if leg.key == cairo {
            // A country the outline does not have, and no coordinates.
            leg.visit.place.country = "ZZ".into();
            leg.visit.place.city = None;
            (leg.visit.place.lat, leg.visit.place.lon) = (None, Some(31.2));
        }
    }
    let route = route_for(&legs, &doha, Scope::Trip).expect("in the timeline");
    let qatar = jawla::geo::World::embedded()
        .country("QA")
        .expect("the outline has Qatar");
    match route.stops[2].position {
        Position::CountryCentre(p) => assert!(qatar.contains(p), "{p:?}"),
        other => panic!("Doha without coordinates is drawn at {other:?}"),
    }
    assert_eq!(route.stops[1].position, Position::Unknown);
    assert_eq!(route.stops.len(), 5);

    // The unplaceable leg is listed under the map, and selectable from there.
    let mut harness = harness(legs, doha);
    harness.get_by_label("2. ZZ undated (ZZ)").click();
    harness.run();
    assert_eq!(harness.state().actions, [Command::SelectLeg(cairo)]);
}

#[test]
fn drag_pans_and_the_buttons_restore_the_route_or_the_world() {
    let legs = seed_legs();
    let cairo = key_of(&legs, "blinken-2024-06", "Cairo", Some("2024-06-10"));
    let mut harness = harness(legs, cairo);
    let fitted = harness.state().panel.view().expect("drawn");

    // Drag from an empty corner of the map 100 px to the right.
    let start = pos2(30.0, SIZE.y - 30.0);
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.run();
    harness.hover_at(start + vec2(100.0, 0.0));
    harness.run();
    harness.drop_at(start + vec2(100.0, 0.0));
    harness.run();
    let panned = harness.state().panel.view().expect("drawn");
    assert!(
        panned.min.0 < fitted.min.0 && (panned.width() - fitted.width()).abs() < 1e-6,
        "{fitted:?} → {panned:?}"
    );

    harness.get_by_label("World").click();
    harness.run();
    let world = harness.state().panel.view().expect("drawn");
    let map_rect = harness.get_by_label_contains("Route map of").rect();
    // The whole map's width, centred, with the panel's aspect (the AccessKit rect is rounded).
    let expected = View::world().with_aspect(map_rect.width() / map_rect.height());
    for (got, want) in [
        (world.min.0, expected.min.0),
        (world.min.1, expected.min.1),
        (world.max.0, expected.max.0),
        (world.max.1, expected.max.1),
    ] {
        assert!((got - want).abs() < 1e-4, "{world:?} vs {expected:?}");
    }

    harness.get_by_label("Fit route").click();
    harness.run();
    assert_eq!(harness.state().panel.view(), Some(fitted));
}

#[test]
fn snapshot_of_the_june_2024_trip() {
    let legs = seed_legs();
    let cairo = key_of(&legs, "blinken-2024-06", "Cairo", Some("2024-06-10"));
    let mut harness = harness(legs, cairo);
    harness.snapshot("map_june_2024");
}

/// The Feb 2024 seed trip with Doha's coordinates removed and the Tel Aviv leg cancelled.
fn feb_with_centre_and_cancelled() -> (Vec<ReviewedLeg>, LegKey, LegKey) {
    let mut legs = seed_legs();
    let doha = key_of(&legs, "blinken-2024-02", "QA", None);
    let tel_aviv = key_of(&legs, "blinken-2024-02", "Tel Aviv", Some("2024-02-08"));
    for leg in &mut legs {
        if leg.key == doha {
            (leg.visit.place.lat, leg.visit.place.lon) = (None, None);
        }
        if leg.key == tel_aviv {
            leg.visit.status = jawla::model::Status::Cancelled;
        }
    }
    (legs, doha, tel_aviv)
}

#[test]
fn hover_shows_place_date_and_where_the_position_comes_from() {
    let (legs, doha, _) = feb_with_centre_and_cancelled();
    let mut harness = harness(legs, doha);
    harness.get_by_label("3. Qatar undated").hover();
    harness.run();
    harness.get_by_label(
        "Date: undated — between 5 February 2024 and 7 February 2024 (by trip order)",
    );
    harness.get_by_label("Position: centre of Qatar (the leg has no coordinates)");
    harness.get_by_label("Leg 3 of its trip");
    harness.get_by_label("قطر");
}

#[test]
fn wheel_zooms_about_the_pointer() {
    let legs = seed_legs();
    let cairo = key_of(&legs, "blinken-2024-06", "Cairo", Some("2024-06-10"));
    let mut harness = harness(legs, cairo);
    let before = harness.state().panel.view().expect("drawn");
    let map = harness.get_by_label_contains("Route map of").rect();
    let mouse = map.center() + vec2(60.0, 30.0);
    let size = (map.width(), map.height());
    let rel = |p: Pos2| (p.x - map.min.x, p.y - map.min.y);
    let under_before = before.from_screen(rel(mouse), size);
    harness.hover_at(mouse);
    harness.run();
    harness.event(crate::common::wheel(120.0));
    harness.run();
    let after = harness.state().panel.view().expect("drawn");
    assert!(
        after.width() < before.width() * 0.9,
        "{before:?} → {after:?}"
    );
    let under_after = after.from_screen(rel(mouse), size);
    assert!(
        (under_after.0 - under_before.0).abs() < 1e-3
            && (under_after.1 - under_before.1).abs() < 1e-3,
        "{under_before:?} → {under_after:?}"
    );
}

#[test]
fn snapshot_of_the_feb_2024_trip_in_the_dark_theme() {
    // Doha at Qatar's centre (dashed ring), Tel Aviv cancelled (grey, crossed), Israel
    // selected; Israel and Tel Aviv fanned out.
    let (legs, _, _) = feb_with_centre_and_cancelled();
    let israel = key_of(&legs, "blinken-2024-02", "IL", Some("2024-02-07"));
    let mut harness = harness_themed(legs, israel, egui::Theme::Dark);
    harness.snapshot("map_feb_2024_dark");
}

#[test]
fn selecting_another_leg_refits_the_map_after_a_pan() {
    let legs = seed_legs();
    let cairo = key_of(&legs, "blinken-2024-06", "Cairo", Some("2024-06-10"));
    let jordan = key_of(&legs, "blinken-2024-06", "JO", None);
    let riyadh = key_of(&legs, "blinken-2024-02", "SA", Some("2024-02-05"));
    let mut harness = harness(legs, cairo);
    let fitted_june = harness.state().panel.view().expect("drawn");
    let start = pos2(30.0, SIZE.y - 30.0);
    harness.hover_at(start);
    harness.run();
    harness.drag_at(start);
    harness.run();
    harness.hover_at(start + vec2(0.0, -80.0));
    harness.run();
    harness.drop_at(start + vec2(0.0, -80.0));
    harness.run();
    assert_ne!(harness.state().panel.view(), Some(fitted_june));

    // Another leg of the same trip: the route is the same, fitted again.
    harness.state_mut().selected = Some(jordan);
    harness.run();
    assert_eq!(harness.state().panel.view(), Some(fitted_june));

    // A leg of the February trip: fitted to that route (Riyadh and Doha further south-east).
    harness.state_mut().selected = Some(riyadh);
    harness.run();
    let feb = harness.state().panel.view().expect("drawn");
    assert_ne!(feb, fitted_june);
    harness.get_by_label("1. Saudi Arabia 2024-02-05");
    harness.get_by_label("5. Tel Aviv 2024-02-08");
}

#[test]
fn hostile_legs_are_never_dropped_and_never_panic() {
    let mut legs = seed_legs();
    let template = legs[0].clone();
    let bad_places = [
        ("", Some(f64::NAN), Some(10.0)),
        ("Ω", Some(95.0), Some(500.0)),
        ("sa", None, Some(f64::INFINITY)),
        ("EGY", Some(-90.0), Some(180.0)),
    ];
    for (n, (country, lat, lon)) in bad_places.into_iter().enumerate() {
        let mut leg = template.clone();
        leg.key = LegKey::new(format!("bad-{n}"));
        leg.aliases.clear();
        leg.visit.place.country = country.into();
        leg.visit.place.city = None;
        leg.visit.place.name_ar = String::new();
        (leg.visit.place.lat, leg.visit.place.lon) = (lat, lon);
        leg.visit.trip = None;
        leg.visit.date = None;
        legs.push(leg);
    }
    let bad = LegKey::new("bad-1");
    let route = route_for(&legs, &bad, Scope::Trip).expect("in the timeline");
    // No trip id: the visitor's legs, all 10 seed legs of Blinken plus the 4 added ones.
    assert_eq!(route.scope, Scope::Visitor);
    assert_eq!(route.stops.len(), 14);
    let positions: Vec<&Position> = route.stops[10..].iter().map(|s| &s.position).collect();
    assert_eq!(positions[0], &Position::Unknown);
    assert_eq!(positions[1], &Position::Unknown);
    assert!(
        matches!(positions[2], Position::CountryCentre(_)),
        "sa → Saudi Arabia's centre"
    );
    assert_eq!(positions[3], &Position::Exact((180.0, -90.0)));

    let harness = harness(legs, bad);
    harness
        .get_by_label("Not on the map (2): no coordinates and a country the outline does not know");
    harness.get_by_label_contains("14. ");
}

/// Issue 12, item 10: twenty legs in one city (more than the twelve one circle holds) are
/// each visible and clickable: spread on rings, not stacked under the last one drawn.
#[test]
fn twenty_stops_at_one_place_are_each_visible_and_clickable() {
    let seeds: ExtractOutput = serde_json::from_str(include_str!("../fixtures/seed_timeline.json"))
        .expect("tests/fixtures/seed_timeline.json is an ExtractOutput");
    let cairo = seeds
        .timeline
        .iter()
        .find(|v| v.place.city.as_deref() == Some("Cairo"))
        .expect("a Cairo leg")
        .clone();
    let start: chrono::NaiveDate = "2024-03-01".parse().expect("date");
    let visits: Vec<_> = (0..20)
        .map(|n| {
            let mut v = cairo.clone();
            v.date = start.checked_add_days(chrono::Days::new(n));
            v.date_text = None;
            v
        })
        .collect();
    let legs = review::apply(&visits, &[]).legs;
    assert_eq!(legs.len(), 20);
    let first = legs[0].key.clone();
    let mut harness = harness(legs.clone(), first);
    let centres: Vec<Pos2> = (1..=20u64)
        .map(|n| {
            let day = start.checked_add_days(chrono::Days::new(n - 1));
            let label = format!(
                "{n}. Cairo {}",
                day.map(|d| d.to_string()).unwrap_or_default()
            );
            harness.get_by_label(&label).rect().center()
        })
        .collect();
    for (i, a) in centres.iter().enumerate() {
        for b in &centres[i + 1..] {
            assert!(a.distance(*b) >= 18.0, "stops at {a:?} and {b:?} overlap");
        }
    }
    // The fifteenth is clicked where it is drawn.
    harness.hover_at(centres[14]);
    harness.run();
    harness.drag_at(centres[14]);
    harness.run();
    harness.drop_at(centres[14]);
    harness.run();
    let picked = match harness.state().actions.last() {
        Some(Command::SelectLeg(k)) => k.clone(),
        other => panic!("a click selects a leg: {other:?}"),
    };
    let stop15 = legs
        .iter()
        .find(|l| l.key == picked)
        .and_then(|l| l.visit.date)
        .map(|d| d.to_string());
    assert_eq!(stop15.as_deref(), Some("2024-03-15"));
}

/// In Arabic the map's accessible name (what a screen reader says) is
/// Arabic: the visitor and the places as the article wrote them. (It was
/// "Route map of Antony Blinken: Cairo, …".)
#[test]
fn in_arabic_the_map_is_described_in_arabic() {
    use egui_kittest::kittest::NodeT;
    use jawla::i18n::Lang;
    let legs = seed_legs();
    let cairo = key_of(&legs, "blinken-2024-06", "Cairo", Some("2024-06-10"));
    let state = State {
        panel: MapPanel::new(),
        legs,
        selected: Some(cairo),
        actions: Vec::new(),
    };
    let mut harness = Harness::builder()
        .with_size(SIZE)
        .with_context_setup(|ctx| jawla::app::fonts::install(ctx, None))
        .build_ui_state(
            |ui, state: &mut State| {
                // As the app does each frame.
                jawla::ui::tr::set_lang(ui.ctx(), Lang::Ar);
                let actions = state.panel.show(ui, &state.legs, state.selected.as_ref());
                state.actions.extend(actions);
            },
            state,
        );
    harness.run();
    let map = harness.get_by_role(egui::accesskit::Role::Image);
    let name = map.accesskit_node().label().unwrap_or_default().to_string();
    assert!(name.starts_with("خريطة مسار أنتوني بلينكن: "), "{name}");
    assert!(
        name.contains("القاهرة") && !name.contains("Cairo"),
        "{name}"
    );
}
