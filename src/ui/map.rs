//! The route map panel: the selected leg's trip (or all legs of its visitor) as
//! numbered points joined in travel order by great-circle arcs, on the bundled world outline.
//!
//! - [`crate::geo::route_for`] (pure, in `geo::stops`): which legs to show and in which order — the legs of
//!   the selected leg's trip, or of its visitor ([`Scope`]), ordered by date, undated legs by
//!   their trip order ([`crate::timeline::place_legs`] places them between the dated legs
//!   around them). Each [`Stop`] knows where to draw it ([`Position`]): its own coordinates,
//!   else the centre of its country's outline (said so in the tooltip), else nowhere — then it
//!   is listed under the map, never dropped.
//! - [`MapPanel::show`] draws the route and handles the interaction: wheel zoom, drag pan,
//!   "Fit route" / "World", hover tooltip (place, date, status, position), click on a point →
//!   [`Command::SelectLeg`]. It refits to the route whenever the selection or the route changes.
//!
//! Drawing: planned legs are outlined points joined by dashed arcs, cancelled ones grey,
//! dashed and crossed out; the selected leg has a halo; the countries visited are tinted.
//! Points that would overlap (Jerusalem and Amman at trip zoom, the same city twice) are fanned
//! out around their common centre with a leader line to the true position.

use std::collections::HashSet;
use std::f32::consts::TAU;
use std::sync::OnceLock;

use eframe::egui::{
    self, Align2, Color32, FontId, Mesh, Pos2, Rect, Response, Sense, Shape, Stroke, Ui, Vec2,
    pos2, vec2,
};

use crate::geo::{self, LonLat, Position, Route, Scope, Stop, View, World, route_for, spread};
use crate::model::Status;
use crate::review::{LegKey, ReviewedLeg};
use crate::timeline::{LegTime, date_of_day};
use crate::ui::{Command, bidi_line};

/// The world outline projected once into map units (the projection does not depend on the
/// view; each frame only scales and shifts).
#[derive(Debug)]
struct WorldGeometry {
    countries: Vec<CountryGeometry>,
}

#[derive(Debug)]
struct CountryGeometry {
    iso2: String,
    /// Bounding box in map units.
    min: (f32, f32),
    max: (f32, f32),
    rings: Vec<Vec<(f32, f32)>>,
    /// Fill triangles, three corners each, in map units.
    triangles: Vec<(f32, f32)>,
}

fn world_geometry() -> &'static WorldGeometry {
    static GEOMETRY: OnceLock<WorldGeometry> = OnceLock::new();
    GEOMETRY.get_or_init(|| WorldGeometry {
        countries: World::embedded()
            .countries
            .iter()
            .map(|c| {
                let rings: Vec<Vec<(f32, f32)>> = c
                    .rings
                    .iter()
                    .chain(&c.holes)
                    .map(|r| r.iter().map(|&p| geo::project(p)).collect())
                    .collect();
                let triangles = c
                    .triangles
                    .iter()
                    .flatten()
                    .flat_map(|t| t.iter().map(|&p| geo::project(p)))
                    .collect();
                let mut min = (f32::INFINITY, f32::INFINITY);
                let mut max = (f32::NEG_INFINITY, f32::NEG_INFINITY);
                for &(x, y) in rings.iter().flatten() {
                    min = (min.0.min(x), min.1.min(y));
                    max = (max.0.max(x), max.1.max(y));
                }
                CountryGeometry {
                    iso2: c.iso2.clone(),
                    min,
                    max,
                    rings,
                    triangles,
                }
            })
            .collect(),
    })
}

/// Colours of the map, for the light or dark theme.
#[derive(Clone, Copy, Debug)]
struct Palette {
    sea: Color32,
    land: Color32,
    visited: Color32,
    border: Color32,
    route: Color32,
    muted: Color32,
    halo: Color32,
    label_bg: Color32,
    text: Color32,
}

impl Palette {
    fn of(visuals: &egui::Visuals) -> Palette {
        if visuals.dark_mode {
            Palette {
                sea: Color32::from_rgb(0x1c, 0x26, 0x33),
                land: Color32::from_rgb(0x3b, 0x41, 0x4a),
                visited: Color32::from_rgb(0x6e, 0x5b, 0x33),
                border: Color32::from_rgb(0x5d, 0x66, 0x73),
                route: Color32::from_rgb(0x5c, 0xa4, 0xff),
                muted: Color32::from_rgb(0x8a, 0x8f, 0x98),
                halo: Color32::from_rgb(0xff, 0xb3, 0x1a),
                label_bg: Color32::from_black_alpha(170),
                text: Color32::from_gray(235),
            }
        } else {
            Palette {
                sea: Color32::from_rgb(0xdc, 0xe8, 0xf3),
                land: Color32::from_rgb(0xf5, 0xf2, 0xea),
                visited: Color32::from_rgb(0xf7, 0xd7, 0xa0),
                border: Color32::from_rgb(0xb4, 0xae, 0xa2),
                route: Color32::from_rgb(0x1b, 0x5f, 0xc9),
                muted: Color32::from_rgb(0x8c, 0x8c, 0x8c),
                halo: Color32::from_rgb(0xff, 0xa5, 0x00),
                label_bg: Color32::from_white_alpha(200),
                text: Color32::from_gray(25),
            }
        }
    }
}

/// Radius of a route point, in points.
const POINT_RADIUS: f32 = 9.0;
/// Spacing of the great-circle polylines, in km.
const ARC_STEP_KM: f32 = 100.0;
/// Margin around a fitted route (fraction of its extent on each side).
const FIT_MARGIN: f32 = 0.15;
/// Most stops that get a place label next to their point (beyond, only the selected and
/// hovered ones do, to keep the map readable).
const MAX_LABELLED: usize = 16;
/// Smallest height of the map area.
const MIN_MAP_HEIGHT: f32 = 140.0;

/// The route map panel. Owns its view (zoom and pan), hover and scope; the app owns the legs
/// and the selection and passes them to [`MapPanel::show`] every frame.
#[derive(Debug)]
pub struct MapPanel {
    /// The shown part of the map (`None` until first drawn).
    view: Option<View>,
    /// The view follows the route (refits on resize) until the analyst zooms or pans.
    follow_fit: bool,
    /// Legs of the last route drawn and the selection then, to refit when either changes.
    last_route: Vec<LegKey>,
    last_selected: Option<LegKey>,
    /// The leg whose point is under the pointer.
    hover: Option<LegKey>,
    /// Trip or all legs of the visitor.
    pub scope: Scope,
    /// The great-circle arcs of the last route drawn and the points they join (recomputed
    /// only when the points change, not every frame).
    arcs: Vec<(usize, Vec<Vec<LonLat>>)>,
    arcs_for: Vec<(usize, LonLat)>,
}

impl Default for MapPanel {
    fn default() -> MapPanel {
        MapPanel::new()
    }
}

impl MapPanel {
    /// A panel showing the selected leg's trip, fitted on first draw.
    pub fn new() -> MapPanel {
        MapPanel {
            view: None,
            follow_fit: true,
            last_route: Vec::new(),
            last_selected: None,
            hover: None,
            scope: Scope::Trip,
            arcs: Vec::new(),
            arcs_for: Vec::new(),
        }
    }

    /// The part of the map currently shown (after the last [`MapPanel::show`]).
    pub fn view(&self) -> Option<View> {
        self.view
    }

    /// Draws the panel into `ui` (using the space available): a header with the visitor, the
    /// trip/visitor toggle and the "Fit route" / "World" buttons, the map, and a list of the
    /// legs that cannot be placed on it. Returns what the analyst asked for.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        legs: &[ReviewedLeg],
        selected: Option<&LegKey>,
    ) -> Vec<Command> {
        let mut actions = Vec::new();
        let route = selected.and_then(|k| route_for(legs, k, self.scope));

        // Refit when the selection or the route changes.
        let keys: Vec<LegKey> = route
            .as_ref()
            .map(|r| r.stops.iter().map(|s| s.key.clone()).collect())
            .unwrap_or_default();
        if keys != self.last_route || selected != self.last_selected.as_ref() {
            self.follow_fit = true;
            self.last_route = keys;
            self.last_selected = selected.cloned();
        }

        let mut go_world = false;
        crate::ui::tr::row(ui, |ui| {
            use crate::ui::tr::{tr, tr_plain};
            match &route {
                Some(r) => {
                    let title = route_title(ui, r);
                    ui.label(crate::ui::tr::strong(ui, &title));
                    if r.has_trip {
                        ui.selectable_value(&mut self.scope, Scope::Trip, tr(ui, "map-scope-trip"));
                        ui.selectable_value(
                            &mut self.scope,
                            Scope::Visitor,
                            tr(ui, "map-scope-all"),
                        );
                    }
                }
                None => {
                    let hint = if selected.is_some() {
                        tr_plain(ui, "map-not-in-timeline")
                    } else {
                        tr_plain(ui, "map-select-hint")
                    };
                    ui.label(crate::ui::tr::weak(ui, &hint));
                }
            }
            if ui
                .button(tr(ui, "map-fit-route"))
                .on_hover_text(crate::ui::tr::hover(ui, "map-fit-route-hover"))
                .clicked()
            {
                self.follow_fit = true;
            }
            if ui
                .button(crate::ui::tr::tr(ui, "map-world"))
                .on_hover_text(crate::ui::tr::hover(ui, "map-world-hover"))
                .clicked()
            {
                go_world = true;
            }
        });

        let stops: &[Stop] = route.as_ref().map_or(&[], |r| r.stops.as_slice());
        let unplaced: Vec<&Stop> = stops
            .iter()
            .filter(|s| s.position == Position::Unknown)
            .collect();
        let list_height = if unplaced.is_empty() {
            0.0
        } else {
            24.0 + 22.0 * unplaced.len().min(4) as f32
        };
        let width = ui.available_width().max(1.0);
        let height = (ui.available_height() - list_height).max(MIN_MAP_HEIGHT);
        let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click_and_drag());
        // (The language is read before: the closure runs with the context locked.)
        let lang = crate::ui::tr::lang(ui.ctx());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Image, true, describe(lang, route.as_ref()))
        });
        self.map(ui, rect, &response, stops, go_world, &mut actions);

        if !unplaced.is_empty() {
            ui.label(format!(
                "Not on the map ({}): no coordinates and a country the outline does not know",
                unplaced.len()
            ));
            egui::ScrollArea::vertical()
                .id_salt("map-unplaced")
                .max_height(22.0 * 4.0)
                .show(ui, |ui| {
                    for stop in unplaced {
                        let text = format!("{} ({})", stop.label(), stop.country);
                        if ui.selectable_label(stop.selected, text).clicked() {
                            actions.push(Command::SelectLeg(stop.key.clone()));
                        }
                    }
                });
        }
        actions
    }

    /// The view of this frame: the world when asked, the last view, or a
    /// fit of the route's points and arcs while following the selection;
    /// then zoomed by the wheel or pinch about the pointer, panned by a drag.
    fn update_view(
        &mut self,
        ui: &mut Ui,
        rect: Rect,
        response: &Response,
        positioned: &[(usize, LonLat)],
        arcs: &[(usize, Vec<Vec<LonLat>>)],
        go_world: bool,
    ) -> View {
        let size = (rect.width(), rect.height());
        let aspect = rect.width() / rect.height();
        if go_world {
            self.follow_fit = false;
            self.view = Some(View::world().with_aspect(aspect));
        }
        let mut view = match self.view {
            Some(v) if !self.follow_fit => v.with_aspect(aspect),
            _ => {
                let mut pts: Vec<LonLat> = positioned.iter().map(|p| p.1).collect();
                pts.extend(arcs.iter().flat_map(|a| a.1.iter().flatten().copied()));
                if pts.is_empty() {
                    View::world().with_aspect(aspect)
                } else {
                    geo::fit(&pts, aspect, FIT_MARGIN)
                }
            }
        };
        // `contains_pointer`, not `hovered`: the wheel also zooms with the pointer on a point.
        if response.contains_pointer() {
            let (scroll, zoom) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = zoom * (scroll / 300.0).exp();
            if (factor - 1.0).abs() > 1e-4
                && let Some(mouse) = response.hover_pos()
            {
                let about = view.from_screen((mouse.x - rect.min.x, mouse.y - rect.min.y), size);
                view = view.zoomed(factor, about).clamped();
                self.follow_fit = false;
                // The wheel zoomed the map: do not also scroll an enclosing scroll area.
                ui.input_mut(|i| i.smooth_scroll_delta = Vec2::ZERO);
            }
        }
        if response.dragged() {
            let d = response.drag_delta();
            let s = view.scale(size);
            if s > 0.0 && d != Vec2::ZERO {
                view = view.panned((-d.x / s, -d.y / s)).clamped();
                self.follow_fit = false;
            }
        }
        self.view = Some(view);
        view
    }

    /// The map area: view handling, drawing, points as widgets.
    fn map(
        &mut self,
        ui: &mut Ui,
        rect: Rect,
        response: &Response,
        stops: &[Stop],
        go_world: bool,
        actions: &mut Vec<Command>,
    ) {
        let size = (rect.width(), rect.height());
        let positioned: Vec<(usize, LonLat)> = stops
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.position.lonlat().map(|p| (i, p)))
            .collect();
        // One polyline set per leg of travel (into stop `to`), to style each by its status.
        if positioned != self.arcs_for {
            self.arcs = positioned
                .windows(2)
                .map(|w| (w[1].0, geo::route(&[w[0].1, w[1].1], ARC_STEP_KM)))
                .collect();
            self.arcs_for = positioned.clone();
        }
        let arcs = std::mem::take(&mut self.arcs);

        let view = self.update_view(ui, rect, response, &positioned, &arcs, go_world);

        let scale = view.scale(size);
        let to_screen = |p: (f32, f32)| {
            pos2(
                rect.min.x + (p.0 - view.min.0) * scale,
                rect.min.y + (p.1 - view.min.1) * scale,
            )
        };
        let lonlat_screen = |p: LonLat| to_screen(geo::project(p));
        let palette = Palette::of(ui.visuals());
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 0.0, palette.sea);

        draw_land(&painter, stops, &view, &to_screen, palette);

        draw_arcs(&painter, &arcs, stops, &lonlat_screen, palette);

        // The key, under the points so that it never hides one.
        draw_legend(
            &painter,
            rect,
            stops,
            (palette, crate::ui::tr::lang(ui.ctx())),
        );

        // Points: true positions, fanned out where they would overlap.
        let anchors: Vec<(usize, Pos2)> = positioned
            .iter()
            .map(|&(i, p)| (i, lonlat_screen(p)))
            .collect();
        let spots: Vec<geo::stops::Pt> = anchors.iter().map(|a| (a.1.x, a.1.y)).collect();
        let markers: Vec<(Pos2, Vec2)> = spread(&spots, POINT_RADIUS)
            .into_iter()
            .map(|(p, d)| (pos2(p.0, p.1), vec2(d.0, d.1)))
            .collect();
        let label_all = stops.len() <= MAX_LABELLED;
        let mut hovered_now = None;
        // Route order, the selected stop last: on top where points stack (more than MAX_FAN
        // on one spot), both drawn and hit first.
        let mut order: Vec<usize> = (0..anchors.len()).collect();
        order.sort_by_key(|&k| stops.get(anchors[k].0).is_some_and(|s| s.selected));
        // The labels to draw once every point is: (place, marker, side, must show).
        let names = stop_names(ui, stops);
        let mut labels: Vec<(&str, Pos2, Vec2, bool)> = Vec::new();
        for k in order {
            let ((i, anchor), (marker, dir)) = (anchors[k], markers[k]);
            let Some(stop) = stops.get(i) else { continue };
            if !rect.expand(POINT_RADIUS).contains(marker) {
                // Zoomed or panned out of sight: no widget to click (nor to announce).
                continue;
            }
            if marker.distance(anchor) > 0.5 {
                painter.line_segment([anchor, marker], Stroke::new(1.0, palette.muted));
                painter.circle_filled(anchor, 2.5, palette.text);
            }
            let id = response.id.with(("map-stop", i));
            let hit = Rect::from_center_size(marker, Vec2::splat(2.0 * POINT_RADIUS + 4.0));
            let point = ui.interact(hit.intersect(rect), id, Sense::click());
            let label = stop.label();
            point.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, stop.selected, &label)
            });
            let hovered = self.hover.as_ref() == Some(&stop.key) || point.hovered();
            draw_point(&painter, stop, marker, hovered, palette);
            if label_all || stop.selected || hovered {
                let name = names.get(i).copied().unwrap_or(&stop.place);
                labels.push((name, marker, dir, stop.selected || hovered));
            }
            if point.hovered() {
                hovered_now = Some(stop.key.clone());
            }
            if point.clicked() {
                actions.push(Command::SelectLeg(stop.key.clone()));
            }
            point
                .on_hover_cursor(egui::CursorIcon::PointingHand)
                .on_hover_ui(|ui| stop_tooltip(ui, stop));
        }
        let shown: Vec<Pos2> = markers
            .iter()
            .map(|m| m.0)
            .filter(|m| rect.expand(POINT_RADIUS).contains(*m))
            .collect();
        draw_labels(&painter, &labels, &shown, rect, palette);
        self.hover = hovered_now;
        self.arcs = arcs;

        if stops.is_empty() {
            let note = crate::ui::tr::tr_plain(ui, "map-no-route");
            let font = FontId::proportional(13.0);
            let galley =
                painter.layout_job(bidi_line::layout_job(&note, &font, Some(palette.muted)));
            painter.galley(rect.center() - galley.size() / 2.0, galley, palette.muted);
        }
    }
}

/// Land as one mesh, the countries of the route tinted, then the borders;
/// countries outside `view` are skipped.
fn draw_land(
    painter: &egui::Painter,
    stops: &[Stop],
    view: &View,
    to_screen: &dyn Fn((f32, f32)) -> Pos2,
    palette: Palette,
) {
    let visited: HashSet<String> = stops
        .iter()
        .filter(|s| s.position != Position::Unknown)
        .map(|s| s.country.to_ascii_uppercase())
        .collect();
    let mut mesh = Mesh::default();
    let mut borders = Vec::new();
    let border = Stroke::new(0.7, palette.border);
    for c in &world_geometry().countries {
        let off_view = c.max.0 < view.min.0
            || c.min.0 > view.max.0
            || c.max.1 < view.min.1
            || c.min.1 > view.max.1;
        if off_view {
            continue;
        }
        let color = if visited.contains(&c.iso2) {
            palette.visited
        } else {
            palette.land
        };
        for tri in c.triangles.chunks_exact(3) {
            let base = mesh.vertices.len() as u32;
            for &p in tri {
                mesh.colored_vertex(to_screen(p), color);
            }
            mesh.add_triangle(base, base + 1, base + 2);
        }
        for ring in &c.rings {
            borders.push(Shape::closed_line(
                ring.iter().map(|&p| to_screen(p)).collect(),
                border,
            ));
        }
    }
    painter.add(Shape::mesh(mesh));
    painter.extend(borders);
}

/// The arcs into each stop, styled by the status of the leg they lead to,
/// with an arrow on the longest piece.
fn draw_arcs(
    painter: &egui::Painter,
    arcs: &[(usize, Vec<Vec<LonLat>>)],
    stops: &[Stop],
    lonlat_screen: &dyn Fn(LonLat) -> Pos2,
    palette: Palette,
) {
    for (to, pieces) in arcs {
        let Some(stop) = stops.get(*to) else { continue };
        let (stroke, dashed) = match stop.status {
            Status::Occurred => (Stroke::new(2.2, palette.route), false),
            Status::Planned => (Stroke::new(2.0, palette.route), true),
            Status::Cancelled => (Stroke::new(1.6, palette.muted), true),
        };
        let mut longest: Vec<Pos2> = Vec::new();
        for piece in pieces {
            let pts: Vec<Pos2> = piece.iter().map(|&p| lonlat_screen(p)).collect();
            if dashed {
                painter.extend(Shape::dashed_line(&pts, stroke, 7.0, 5.0));
            } else {
                painter.add(Shape::line(pts.clone(), stroke));
            }
            if pts.len() > longest.len() {
                longest = pts;
            }
        }
        draw_arrow(painter, &longest, stroke.color);
    }
}

/// A small key in the bottom-left corner, for the styles the route actually uses.
fn draw_legend(
    painter: &egui::Painter,
    rect: Rect,
    stops: &[Stop],
    (p, lang): (Palette, crate::i18n::Lang),
) {
    let has =
        |f: &dyn Fn(&Stop) -> bool| stops.iter().any(|s| s.position.lonlat().is_some() && f(s));
    let mut items: Vec<(Status, bool, String)> = Vec::new();
    for status in Status::ALL {
        if has(&|s| s.status == status) {
            items.push((status, false, crate::i18n::status_name(lang, status)));
        }
    }
    if has(&|s| matches!(s.position, Position::CountryCentre(_))) {
        let text = crate::i18n::tr(lang, "map-country-centre");
        items.push((Status::Occurred, true, text));
    }
    if items.is_empty() {
        return;
    }
    let font = FontId::proportional(11.0);
    let galleys: Vec<_> = items
        .iter()
        .map(|(_, _, text)| {
            painter.layout_job(crate::ui::bidi_line::layout_job(text, &font, Some(p.text)))
        })
        .collect();
    let row = 16.0;
    let width = 24.0 + galleys.iter().map(|g| g.size().x).fold(0.0, f32::max) + 6.0;
    let height = row * items.len() as f32 + 6.0;
    let frame = Rect::from_min_size(
        pos2(rect.min.x + 6.0, rect.max.y - 6.0 - height),
        vec2(width, height),
    );
    painter.rect_filled(frame, 4.0, p.label_bg);
    for (n, (&(status, centre, _), galley)) in items.iter().zip(galleys).enumerate() {
        let y = frame.min.y + 3.0 + row * (n as f32 + 0.5);
        let at = pos2(frame.min.x + 11.0, y);
        let r = 4.5;
        if centre {
            let ring: Vec<Pos2> = (0..=16)
                .map(|k| {
                    let a = TAU * k as f32 / 16.0;
                    at + vec2(a.cos(), a.sin()) * r
                })
                .collect();
            painter.extend(Shape::dashed_line(
                &ring,
                Stroke::new(1.2, p.text),
                2.0,
                2.0,
            ));
        } else {
            let (fill, outline) = match status {
                Status::Occurred => (p.route, p.route),
                Status::Planned => (p.land, p.route),
                Status::Cancelled => (p.land, p.muted),
            };
            painter.circle(at, r, fill, Stroke::new(1.5, outline));
            if status == Status::Cancelled {
                let cross = Stroke::new(1.5, Color32::from_rgb(0xd0, 0x30, 0x30));
                let d = r * 0.8;
                painter.line_segment([at + vec2(-d, -d), at + vec2(d, d)], cross);
                painter.line_segment([at + vec2(-d, d), at + vec2(d, -d)], cross);
            }
        }
        let size = galley.size();
        painter.galley(pos2(frame.min.x + 22.0, y - size.y / 2.0), galley, p.text);
    }
}

/// The accessible name of the map, in the interface language `lang`: the
/// visitor and the first places of the route (in Arabic as the article
/// wrote them), and how many more.
fn describe(lang: crate::i18n::Lang, route: Option<&Route>) -> String {
    use crate::i18n::{Arg, Lang, tr, tr_args};
    const NAMED: usize = 20;
    let Some(r) = route else {
        return tr(lang, "map-description-none");
    };
    let places: Vec<&str> = (r.stops.iter().take(NAMED))
        .map(|s| match lang {
            Lang::Ar if !s.place_ar.trim().is_empty() => s.place_ar.as_str(),
            _ => s.place.as_str(),
        })
        .collect();
    let places = if places.is_empty() {
        tr(lang, "map-description-no-stops")
    } else {
        places.join(&tr(lang, "list-separator"))
    };
    let visitor = match lang {
        Lang::Ar => crate::engine::official_name_ar(&r.visitor).unwrap_or(&r.visitor),
        Lang::En => &r.visitor,
    };
    let args = [
        ("name", Arg::from(visitor)),
        ("names", Arg::Owned(places)),
        ("n", r.stops.len().saturating_sub(NAMED).into()),
    ];
    // A screen reader reads the text, not Fluent's isolates.
    crate::ui::bidi_line::without_controls(&tr_args(lang, "map-description", &args))
}

/// A filled arrowhead in the middle of a polyline, pointing along it (shows the direction of
/// travel); none when the polyline is too short on screen.
fn draw_arrow(painter: &egui::Painter, pts: &[Pos2], color: Color32) {
    let length: f32 = pts.windows(2).map(|w| w[0].distance(w[1])).sum();
    if length < 40.0 {
        return;
    }
    // The point halfway along the polyline, and the direction there.
    let mut left = length / 2.0;
    for w in pts.windows(2) {
        let d = w[0].distance(w[1]);
        if d >= left && d > 0.0 {
            let dir = (w[1] - w[0]) / d;
            let tip = w[0] + dir * left + dir * 5.0;
            let normal = vec2(-dir.y, dir.x);
            let back = tip - dir * 10.0;
            painter.add(Shape::convex_polygon(
                vec![tip, back + normal * 5.0, back - normal * 5.0],
                color,
                Stroke::NONE,
            ));
            return;
        }
        left -= d;
    }
}

/// A numbered point: occurred filled, planned outlined, cancelled grey and crossed out; the
/// selected leg with a halo; a position taken from the country's centre with a dashed ring.
fn draw_point(painter: &egui::Painter, stop: &Stop, at: Pos2, hovered: bool, p: Palette) {
    let r = if stop.selected || hovered {
        POINT_RADIUS + 2.0
    } else {
        POINT_RADIUS
    };
    if stop.selected {
        painter.circle_filled(at, r + 5.0, p.halo.gamma_multiply(0.45));
        painter.circle_stroke(at, r + 5.0, Stroke::new(2.0, p.halo));
    }
    if matches!(stop.position, Position::CountryCentre(_)) {
        let ring: Vec<Pos2> = (0..=32)
            .map(|k| {
                let a = TAU * k as f32 / 32.0;
                at + vec2(a.cos(), a.sin()) * (r + 3.0)
            })
            .collect();
        painter.extend(Shape::dashed_line(
            &ring,
            Stroke::new(1.2, p.text),
            3.0,
            3.0,
        ));
    }
    let (fill, outline, text) = match stop.status {
        Status::Occurred => (p.route, p.route, Color32::WHITE),
        Status::Planned => (p.land, p.route, p.route),
        Status::Cancelled => (p.land, p.muted, p.muted),
    };
    painter.circle(at, r, fill, Stroke::new(2.0, outline));
    painter.text(
        at,
        Align2::CENTER_CENTER,
        stop.number.to_string(),
        FontId::proportional(if stop.number < 100 { 11.0 } else { 8.0 }),
        text,
    );
    if stop.status == Status::Cancelled {
        let d = r * 0.9;
        let cross = Stroke::new(2.0, Color32::from_rgb(0xd0, 0x30, 0x30));
        painter.line_segment([at + vec2(-d, -d), at + vec2(d, d)], cross);
        painter.line_segment([at + vec2(-d, d), at + vec2(d, -d)], cross);
    }
}

/// The place names beside their points (place, marker, outward direction, must show),
/// placed by [`geo::place_labels`] so that they cover neither each other nor another of the
/// `markers`: a label with no free place is left out, unless it is the selected or hovered
/// stop's.
fn draw_labels(
    painter: &egui::Painter,
    labels: &[(&str, Pos2, Vec2, bool)],
    markers: &[Pos2],
    rect: Rect,
    p: Palette,
) {
    let pad = vec2(3.0, 1.0);
    let galleys: Vec<_> = labels
        .iter()
        .map(|l| {
            let font = FontId::proportional(12.0);
            if crate::ui::bidi_line::is_rtl(l.0) {
                // Laid out right to left (a place of two words keeps its order).
                painter.layout_job(crate::ui::bidi_line::layout_job(l.0, &font, Some(p.text)))
            } else {
                painter.layout_no_wrap(l.0.to_string(), font, p.text)
            }
        })
        .collect();
    let boxes: Vec<geo::LabelBox> = labels
        .iter()
        .zip(&galleys)
        .map(|(l, g)| geo::LabelBox {
            at: (l.1.x, l.1.y),
            size: (g.size().x + 2.0 * pad.x, g.size().y + 2.0 * pad.y),
            dir: (l.2.x, l.2.y),
            must: l.3,
        })
        .collect();
    let points: Vec<geo::stops::Pt> = markers.iter().map(|m| (m.x, m.y)).collect();
    let bounds = ((rect.left(), rect.top()), (rect.right(), rect.bottom()));
    let places = geo::place_labels(&boxes, &points, POINT_RADIUS, POINT_RADIUS + 2.0, bounds);
    for ((galley, b), place) in galleys.into_iter().zip(&boxes).zip(places) {
        let Some((x, y)) = place else { continue };
        let bg = Rect::from_min_size(pos2(x, y), vec2(b.size.0, b.size.1));
        painter.rect_filled(bg, 3.0, p.label_bg);
        painter.galley(bg.min + pad, galley, p.text);
    }
}

/// Each stop's name in the interface language: in Arabic the place as the
/// article wrote it.
fn stop_names<'s>(ui: &Ui, stops: &'s [Stop]) -> Vec<&'s str> {
    let lang = crate::ui::tr::lang(ui.ctx());
    (stops.iter())
        .map(|s| match lang {
            crate::i18n::Lang::Ar if !s.place_ar.trim().is_empty() => s.place_ar.as_str(),
            _ => s.place.as_str(),
        })
        .collect()
}

/// "Antony Blinken — trip 5 · 5 stops", in the interface language.
fn route_title(ui: &Ui, r: &Route) -> String {
    use crate::ui::tr::{tr_plain, tr_plain_args};
    let what = match (r.scope, r.trip_ordinal) {
        (Scope::Trip, Some(n)) => tr_plain_args(ui, "map-trip-n", &[("n", n.to_string().into())]),
        (Scope::Trip, None) => tr_plain(ui, "map-trip"),
        (Scope::Visitor, _) => tr_plain(ui, "map-all-legs"),
    };
    let stops = tr_plain_args(ui, "map-stops", &crate::ui::status::count(r.stops.len()));
    let who = crate::i18n::visitor_names(crate::ui::tr::lang(ui.ctx()), &r.visitor);
    format!("{who} — {what} · {stops}")
}

/// The hover card of a point: place, date, status, position, trip leg.
fn stop_tooltip(ui: &mut Ui, stop: &Stop) {
    use crate::i18n::{Arg, Lang};
    use crate::ui::tr::{text, tr_plain, tr_plain_args};
    let lang = crate::ui::tr::lang(ui.ctx());
    // In Arabic the place as written first, and dates in ISO form (the month
    // names of `%B` are English).
    let (first, second) = match lang {
        Lang::Ar if !stop.place_ar.trim().is_empty() => (&stop.place_ar, Some(&stop.place)),
        Lang::Ar => (&stop.place, None),
        Lang::En => (&stop.place, Some(&stop.place_ar)),
    };
    let title = format!("{}. {first}", stop.number);
    ui.label(crate::ui::tr::strong(ui, &title));
    if let Some(second) = second.filter(|s| !s.trim().is_empty()) {
        crate::ui::bidi_line::rtl_label(ui, second, 14.0);
    }
    let day = |d: chrono::NaiveDate| match lang {
        Lang::En => d.format("%-d %B %Y").to_string(),
        Lang::Ar => crate::ui::tr::isolate(&d.to_string()),
    };
    let when = match (stop.date, stop.time) {
        (Some(d), _) => day(d),
        (None, LegTime::Between { start, end, .. }) => {
            let (a, b) = (date_of_day(start), date_of_day(end));
            if a == b {
                tr_plain_args(ui, "map-about", &[("what", Arg::from(day(a)))])
            } else {
                let args = [("from", Arg::from(day(a))), ("to", Arg::from(day(b)))];
                tr_plain_args(ui, "map-between", &args)
            }
        }
        (None, _) => tr_plain(ui, "leg-undated"),
    };
    let line = |key: &str, value: &str| format!("{}: {value}", crate::i18n::tr(lang, key));
    ui.label(text(ui, &line("leg-date", &when)));
    let status = crate::i18n::status_name(lang, stop.status);
    ui.label(text(ui, &line("leg-status", &status)));
    let position = match stop.position {
        Position::Exact((lon, lat)) => format!("{lat:.2}°, {lon:.2}°"),
        Position::CountryCentre(_) => {
            let country = crate::i18n::country_name(lang, &stop.country);
            tr_plain_args(ui, "map-country-centre-of", &[("name", Arg::from(country))])
        }
        Position::Unknown => tr_plain(ui, "map-position-unknown"),
    };
    ui.label(text(ui, &line("map-position", &position)));
    if let Some(n) = stop.trip_leg {
        let n = n.to_string();
        ui.label(text(
            ui,
            &tr_plain_args(ui, "map-leg-of-trip", &[("n", Arg::from(n))]),
        ));
    }
    ui.label(crate::ui::tr::weak(
        ui,
        &tr_plain(ui, "map-click-to-select"),
    ));
}
