//! The review side of the application: the engine's merged
//! timeline, the analyst's corrections with undo/redo, the reviewed legs,
//! the shared filter and selection, and the review panels (timeline, table,
//! map, leg editor, "Add visit from selection").
//!
//! The panels draw from `legs()` and push [`Command`]s;
//! [`crate::app::JawlaApp`] applies them after drawing, because selecting a
//! leg also changes the viewer (its article, scroll position, highlights).
//!
//! Also here: the viewer highlights derived from the legs
//! ([`ReviewState::highlights`]): every evidence sentence of the article,
//! the selected leg's evidence in a distinct colour, and, when tinting is
//! on, every name the engine recognized in the article ([`Entity`]) by kind,
//! with the visitor and counterparts of each visit set apart in its
//! evidence sentences.

use std::ops::Range;
use std::sync::Arc;

use eframe::egui::{self, Color32};

use crate::app::article::{Article, Visits};
use crate::model::{ArticleVisits, Entity, EntityKind, Visit};
use crate::review::filter::LegFilter;
use crate::review::history::DEFAULT_UNDO_LIMIT;
use crate::review::{self, Correction, History, LegKey, Review, ReviewedLeg};
use crate::ui::command::{Command, ReviewTab};
use crate::ui::leg_editor::{AddLegForm, LegEditor};
use crate::ui::map::MapPanel;
use crate::ui::table::TablePanel;
use crate::ui::timeline::TimelinePanel;
use crate::ui::viewer::Highlight;

pub use crate::ui::palette::{
    COUNTERPART_COLOR, DATE_COLOR, EVIDENCE_COLOR, LEGEND, PERSON_COLOR, PLACE_COLOR,
    SELECTED_EVIDENCE_COLOR, VISITOR_COLOR,
};

/// The engine timeline, the corrections and the review panels.
#[derive(Debug)]
pub struct ReviewState {
    /// The engine's timeline merged over the open articles whose extraction is done.
    engine: Vec<Visit>,
    history: History,
    /// `review::apply(engine, corrections)`.
    review: Review,
    /// Shared by the table (which edits it), the timeline and exports.
    pub filter: LegFilter,
    selected: Option<LegKey>,
    /// The panel shown in the review area.
    pub tab: ReviewTab,
    /// Tint the recognized names (people, places, dates) in the viewer.
    pub tint: bool,
    /// Show every leg's evidence and every recognized name; by default only
    /// the selected leg's evidence and the names in it.
    pub all_evidence: bool,
    timeline: TimelinePanel,
    table: TablePanel,
    map: MapPanel,
    editor: LegEditor,
    add_form: AddLegForm,
    /// Bumped whenever the legs or the selection change (the app recomputes
    /// the viewer's highlights only then).
    revision: u64,
}

/// What the engine timeline is built from: each article whose extraction
/// is done (path, publication date, visits), in panel order. Cheap to take
/// (the visits are shared), so the merge can run on another thread.
pub type Snapshot = Vec<(String, Option<chrono::NaiveDate>, Arc<[Visit]>)>;

/// The [`Snapshot`] of `articles`.
pub fn snapshot(articles: &[Article]) -> Snapshot {
    articles
        .iter()
        .filter_map(|a| match &a.visits {
            Visits::Done(v) => Some((a.path.clone(), a.published, Arc::clone(v))),
            _ => None,
        })
        .collect()
}

/// The engine's merged timeline over a [`Snapshot`] ([`crate::engine::merge`]).
pub fn merge_snapshot(snapshot: &Snapshot) -> Vec<Visit> {
    let done: Vec<ArticleVisits> = snapshot
        .iter()
        .map(|(path, published, visits)| ArticleVisits {
            path: path.clone(),
            published: *published,
            published_from: None,
            visits: visits.to_vec(),
        })
        .collect();
    crate::engine::merge(&done)
}

impl Default for ReviewState {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

impl ReviewState {
    /// An empty timeline with these saved corrections.
    pub fn new(corrections: Vec<Correction>) -> Self {
        Self {
            engine: Vec::new(),
            history: History::new(corrections, DEFAULT_UNDO_LIMIT),
            review: Review::default(),
            filter: LegFilter::default(),
            selected: None,
            tab: ReviewTab::default(),
            tint: true,
            all_evidence: false,
            timeline: TimelinePanel::new(),
            table: TablePanel::new(),
            map: MapPanel::new(),
            editor: LegEditor::new(),
            add_form: AddLegForm::new(),
            revision: 0,
        }
    }

    /// Changes whenever the legs or the selection change.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Rebuilds the engine timeline from the articles whose extraction is
    /// done (in panel order) and re-applies the corrections.
    pub fn set_articles(&mut self, articles: &[Article]) {
        self.set_engine(merge_snapshot(&snapshot(articles)));
    }

    /// Takes `engine` (the merged timeline of [`merge_snapshot`], possibly
    /// computed on another thread) and re-applies the corrections.
    pub fn set_engine(&mut self, engine: Vec<Visit>) {
        if engine != self.engine {
            // Other articles, other legs: show them all.
            self.timeline.fit_all();
        }
        self.engine = engine;
        self.reapply();
    }

    /// Replaces the corrections (a workspace was opened); undo starts afresh.
    pub fn set_corrections(&mut self, corrections: Vec<Correction>) {
        self.history = History::new(corrections, DEFAULT_UNDO_LIMIT);
        self.reapply();
    }

    fn reapply(&mut self) {
        self.review = review::apply(&self.engine, self.history.corrections());
        self.revision += 1;
    }

    /// The engine's merged timeline (before corrections).
    pub fn engine_timeline(&self) -> &[Visit] {
        &self.engine
    }

    /// The reviewed legs (engine timeline with the corrections applied).
    pub fn legs(&self) -> &[ReviewedLeg] {
        &self.review.legs
    }

    /// Corrections that no longer apply, with why.
    pub fn unapplied(&self) -> &[review::Unapplied] {
        &self.review.unapplied
    }

    /// The legs that pass the shared filter.
    pub fn filtered_legs(&self) -> Vec<&ReviewedLeg> {
        self.review
            .legs
            .iter()
            .filter(|l| self.filter.matches(l))
            .collect()
    }

    /// The corrections, oldest first.
    pub fn corrections(&self) -> &[Correction] {
        self.history.corrections()
    }

    /// The undo history.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// Records a correction and re-applies.
    pub fn push(&mut self, correction: Correction) {
        self.history.push(correction);
        self.reapply();
    }

    /// Undoes the last correction; false if there was none.
    pub fn undo(&mut self) -> bool {
        let done = self.history.undo();
        if done {
            self.reapply();
        }
        done
    }

    /// Redoes the last undone correction; false if there was none.
    pub fn redo(&mut self) -> bool {
        let done = self.history.redo();
        if done {
            self.reapply();
        }
        done
    }

    /// The selected leg's key.
    pub fn selected(&self) -> Option<&LegKey> {
        self.selected.as_ref()
    }

    /// The selected leg, if it still exists.
    pub fn selected_leg(&self) -> Option<&ReviewedLeg> {
        self.review.find(self.selected.as_ref()?)
    }

    /// Sets or clears the selection.
    pub fn select(&mut self, key: Option<LegKey>) {
        if self.selected != key {
            self.selected = key;
            self.revision += 1;
        }
    }

    /// The leg (by key or alias), if it exists.
    pub fn find(&self, key: &LegKey) -> Option<&ReviewedLeg> {
        self.review.find(key)
    }

    /// The leg whose evidence in `path` covers char `at` (the narrowest one
    /// when several do).
    pub fn leg_at(&self, path: &str, at: usize) -> Option<&ReviewedLeg> {
        self.review
            .legs
            .iter()
            .filter_map(|l| {
                l.visit
                    .evidence
                    .iter()
                    .filter(|e| e.path == path && e.start <= at && at < e.end)
                    .map(|e| e.end - e.start)
                    .min()
                    .map(|width| (width, l))
            })
            .min_by_key(|(width, _)| *width)
            .map(|(_, l)| l)
    }

    /// Opens the "Add visit from selection" form for chars `range` of
    /// `article`, prefilled from the selected leg (its visitor usually made
    /// the trip). False if the range is empty or outside the text.
    pub fn open_add_form(&mut self, article: &Article, range: Range<usize>) -> bool {
        let Some(evidence) =
            review::evidence_from_selection(&article.path, &article.text, range.start, range.end)
        else {
            return false;
        };
        let prefill = self.selected_leg().map(|l| l.visit.clone());
        self.add_form.open(evidence, prefill.as_ref());
        true
    }

    /// Whether the "Add visit" form is open.
    pub fn add_form_open(&self) -> bool {
        self.add_form.is_open()
    }

    /// The viewer highlights for the article at `path` within chars
    /// `window` of its text (`window_text` is that part of the text): each
    /// evidence sentence, the selected leg's evidence in
    /// [`SELECTED_EVIDENCE_COLOR`], then (if [`ReviewState::tint`]) the
    /// names: in evidence sentences the visitor, place, counterparts and
    /// date of their visit, and everywhere else each of `entities` (the
    /// engine's recognized names, in text order) by kind. Ranges are in
    /// chars of the whole text. The window keeps the work proportional to
    /// what is on screen when an article has millions of names; the app
    /// passes the whole text for articles shorter than a window.
    pub fn highlights(
        &self,
        path: &str,
        window: Range<usize>,
        window_text: &str,
        entities: &[Entity],
    ) -> Vec<Highlight> {
        let overlaps = |r: &Range<usize>| r.start < window.end && window.start < r.end;
        let mut evidence: Vec<Highlight> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut names: Vec<Highlight> = Vec::new();
        let mut selected: Vec<Highlight> = Vec::new();
        let selected_leg = self.selected_leg().map(|l| &l.key);
        // Byte offset of each char of the window (and of its end).
        let byte_at: Vec<usize> = window_text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(window_text.len()))
            .collect();
        for leg in &self.review.legs {
            let is_selected = selected_leg == Some(&leg.key);
            if !is_selected && !self.all_evidence {
                continue;
            }
            for e in leg.visit.evidence.iter().filter(|e| e.path == path) {
                let range = e.start..e.end;
                if !overlaps(&range) {
                    continue;
                }
                if self.all_evidence && seen.insert((range.start, range.end)) {
                    evidence.push(Highlight {
                        range: range.clone(),
                        color: EVIDENCE_COLOR,
                    });
                }
                if is_selected {
                    selected.push(Highlight {
                        range: range.clone(),
                        color: SELECTED_EVIDENCE_COLOR,
                    });
                }
                if self.tint {
                    // Looked for in the sentence's own text (the part of it
                    // in the window), then put back in the article's chars.
                    let s = range.start.max(window.start) - window.start;
                    let e = range.end.min(window.end) - window.start;
                    let (Some(&from), Some(&to)) = (byte_at.get(s), byte_at.get(e)) else {
                        continue;
                    };
                    let sentence = window_text.get(from..to).unwrap_or_default();
                    let mut found = Vec::new();
                    tint_names(&leg.visit, sentence, 0..e - s, &mut found);
                    let shift = window.start + s;
                    names.extend(found.into_iter().map(|h| Highlight {
                        range: h.range.start + shift..h.range.end + shift,
                        color: h.color,
                    }));
                }
            }
        }
        if self.tint && self.all_evidence {
            // A name already tinted by its role in a visit keeps that tint.
            let by_role = names.clone();
            let first = entities.partition_point(|e| e.end <= window.start);
            names.extend(
                entities[first..]
                    .iter()
                    .take_while(|e| e.start < window.end)
                    .filter(|e| e.start < e.end)
                    .filter(|e| {
                        !by_role
                            .iter()
                            .any(|h| h.range.start < e.end && e.start < h.range.end)
                    })
                    .map(|e| Highlight {
                        range: e.start..e.end,
                        color: entity_color(e.kind),
                    }),
            );
        }
        names.sort_by_key(|h| (h.range.start, h.range.end));
        names.dedup();
        evidence.extend(selected);
        evidence.extend(names);
        evidence
    }

    /// Draws the review area: tabs, the chosen panel, and the leg editor on
    /// the right. Returns the actions to apply.
    /// Whether the table and the leg editor show Hijri dates.
    pub fn set_hijri(&mut self, on: bool) {
        self.table.hijri = on;
        self.editor.hijri = on;
    }

    /// With the actions, the leg editor's width (`None`: folded). `pressed`: a pointer
    /// button is down (the analyst may be dragging the editor's edge).
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        fit: &crate::app::fit::Fit,
        pressed: bool,
    ) -> (Vec<Command>, Option<f32>) {
        let mut actions: Vec<Command> = Vec::new();
        let selected = self.selected.clone();
        let legs = &self.review.legs;
        // Beside the timeline on its right, mirrored (left) in Arabic.
        let side = if crate::ui::tr::rtl(ui) {
            egui::Panel::left("jawla-leg-editor")
        } else {
            egui::Panel::right("jawla-leg-editor")
        };
        // In a narrow window the editor folds away while it has nothing to
        // show, leaving the timeline, table or map the whole width.
        let folded = fit.editor_folds && selected.is_none() && self.review.unapplied.is_empty();
        let editor = (!folded).then(|| {
            crate::app::layout::sized(
                side.resizable(true),
                pressed,
                fit.editor,
                crate::app::fit::EDITOR_MIN.min(fit.editor_max),
                fit.editor_max,
            )
            .show(ui, |ui| {
                // Narrow fields, so that selecting a leg does not widen the
                // editor and squeeze the timeline.
                ui.spacing_mut().text_edit_width = 170.0;
                // The whole panel, not shrunk to what it holds: while the
                // pointer is down the panel's size is taken as the one the
                // analyst dragged, and a short hint would narrow it.
                egui::ScrollArea::both()
                    .id_salt("leg-editor-scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        let a = self.editor.show(ui, legs, selected.as_ref());
                        actions.extend(a);
                        if !self.review.unapplied.is_empty() {
                            ui.separator();
                            let n = self.review.unapplied.len();
                            let note = crate::ui::tr::tr_plain_args(
                                ui,
                                "editor-unapplied",
                                &[("n", n.into()), ("count", n.to_string().into())],
                            );
                            let warn = Some(ui.visuals().warn_fg_color);
                            let body = &egui::TextStyle::Body;
                            // At the editor's right edge in Arabic.
                            crate::ui::tr::column(ui, |ui| {
                                ui.label(crate::ui::tr::styled(ui, &note, body, warn));
                                for u in &self.review.unapplied {
                                    let problem = problem_message(u);
                                    let problem = crate::ui::tr::message_plain(ui, &problem);
                                    let line = format!("#{}: {problem}", u.index + 1);
                                    ui.label(crate::ui::tr::weak(ui, &line));
                                }
                            });
                        }
                    });
            })
        });
        egui::CentralPanel::default().show(ui, |ui| match self.tab {
            ReviewTab::Timeline => {
                let a = self
                    .timeline
                    .show(ui, legs, &self.filter, selected.as_ref());
                actions.extend(a);
            }
            ReviewTab::Table => {
                let a = self
                    .table
                    .show(ui, legs, &mut self.filter, selected.as_ref());
                actions.extend(a);
            }
            ReviewTab::Map => {
                let a = self.map.show(ui, legs, selected.as_ref());
                actions.extend(a);
            }
        });
        (actions, editor.map(|e| e.response.rect.width()))
    }

    /// Draws the "Add visit from selection" window while it is open.
    pub fn show_add_form(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut actions = Vec::new();
        if !self.add_form.is_open() {
            return actions;
        }
        let title = crate::i18n::tr(crate::ui::tr::lang(ctx), "add-visit-title");
        let font = egui::TextStyle::Heading.resolve(&ctx.global_style());
        egui::Window::new(crate::ui::bidi_line::widget_text(&title, &font, None))
            .id(egui::Id::unique("jawla-add-visit"))
            .collapsible(false)
            .resizable(true)
            .default_width(460.0)
            .show(ctx, |ui| actions = self.add_form.show(ui));
        actions
    }
}

/// Why the correction `u` could not be applied, in a language chosen when
/// shown. An invalid value is checked again for its message:
/// [`review::Problem::Invalid`] keeps only its English text (it is stored and
/// compared), which the Arabic list showed as it was.
pub fn problem_message(u: &review::Unapplied) -> crate::i18n::Message {
    if let review::Problem::Invalid(_) = &u.problem {
        let check = match &u.correction {
            Correction::Edit { changes, .. } => {
                changes.iter().try_for_each(review::FieldEdit::check)
            }
            Correction::Add { leg } => leg.check(),
            _ => Ok(()),
        };
        if let Err(why) = check {
            return crate::i18n::Message::new("problem-invalid").with("what", why);
        }
    }
    u.problem.message()
}

/// The tint of a recognized name of `kind` outside its visit's roles.
pub fn entity_color(kind: EntityKind) -> Color32 {
    match kind {
        EntityKind::Person => PERSON_COLOR,
        EntityKind::Place => PLACE_COLOR,
        EntityKind::Date => DATE_COLOR,
    }
}

/// Adds the tints of `visit`'s names found in chars `range` of `text`.
fn tint_names(visit: &Visit, text: &str, range: Range<usize>, out: &mut Vec<Highlight>) {
    let mut add = |needle: &str, color: Color32| {
        for r in find_name(text, range.clone(), needle) {
            out.push(Highlight { range: r, color });
        }
    };
    add(&visit.visitor.name_ar, VISITOR_COLOR);
    add(&visit.place.name_ar, PLACE_COLOR);
    for c in &visit.counterparts {
        add(&c.name_ar, COUNTERPART_COLOR);
    }
    if let Some(date) = &visit.date_text {
        add(date, DATE_COLOR);
    }
}

/// Char ranges of `name` inside chars `within` of `text`; when the full
/// name does not occur there, its last word (the family name, or the place
/// without its article) is looked for instead.
pub fn find_name(text: &str, within: Range<usize>, name: &str) -> Vec<Range<usize>> {
    let name = name.trim();
    if name.is_empty() {
        return Vec::new();
    }
    let found = find_chars(text, within.clone(), name);
    if !found.is_empty() {
        return found;
    }
    match name.split_whitespace().last() {
        // Very short words would tint particles, not names.
        Some(last) if last != name && last.chars().count() >= 3 => find_chars(text, within, last),
        _ => Vec::new(),
    }
}

/// Char ranges of every occurrence of `needle` inside chars `within` of `text`.
pub fn find_chars(text: &str, within: Range<usize>, needle: &str) -> Vec<Range<usize>> {
    let start_byte = text
        .char_indices()
        .nth(within.start)
        .map(|(b, _)| b)
        .unwrap_or(text.len());
    let end_byte = text
        .char_indices()
        .nth(within.end)
        .map(|(b, _)| b)
        .unwrap_or(text.len());
    let Some(slice) = text.get(start_byte..end_byte) else {
        return Vec::new();
    };
    let needle_chars = needle.chars().count();
    slice
        .match_indices(needle)
        .map(|(b, _)| {
            let start = within.start + slice[..b].chars().count();
            start..start + needle_chars
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_chars_counts_chars_not_bytes_and_stays_within() {
        let text = "في القاهرة ثم القاهرة";
        assert_eq!(find_chars(text, 0..21, "القاهرة"), vec![3..10, 14..21]);
        assert_eq!(find_chars(text, 0..12, "القاهرة"), vec![3..10]);
        assert_eq!(
            find_chars(text, 30..40, "القاهرة"),
            Vec::<Range<usize>>::new()
        );
    }

    #[test]
    fn find_name_falls_back_to_the_family_name() {
        let text = "وصل بلينكن إلى عمّان";
        assert_eq!(find_name(text, 0..20, "أنتوني بلينكن"), vec![4..10]);
        assert_eq!(find_name(text, 0..20, ""), Vec::<Range<usize>>::new());
    }
}
