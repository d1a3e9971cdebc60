//! Viewer benchmarks: a 1 MB Arabic article (the seeds
//! repeated), laid out by our text layout alone, and as frames of a headless
//! egui context: the first frame from cold and a steady frame scrolled to the
//! middle, next to egui's own plain `Label` of the same text in the same
//! process. Figures are in BENCHMARKS.md ("Viewer").
//!
//! `cargo bench --bench viewer` (short measurement times are set below).
//! Without the `gui` feature (headless builds) the bench is empty.

#[cfg(feature = "gui")]
criterion::criterion_main!(gui::viewer);

#[cfg(not(feature = "gui"))]
fn main() {}

#[cfg(feature = "gui")]
mod gui {

    use std::hint::black_box;
    use std::time::Duration;

    use criterion::{BatchSize, Criterion, criterion_group};
    use eframe::egui::{self, FontFamily, FontId, Pos2, RawInput, Rect, RichText, Vec2};
    use jawla::bidi_layout::{BaseDirection, layout_paragraph};
    use jawla::ui::viewer::{ARTICLE_FAMILY, DocView, Highlights, Viewer, ViewerSettings};

    /// The five seeds repeated to just over 1 MB.
    fn article_1mb() -> String {
        let seeds: Vec<String> = jawla::seeds::documents()
            .into_iter()
            .map(|d| d.text)
            .collect();
        let mut s = String::new();
        while s.len() < 1_000_000 {
            for t in &seeds {
                s.push_str(t);
                s.push('\n');
            }
        }
        s
    }

    /// A 1000×800 window.
    fn input() -> RawInput {
        RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, Vec2::new(1000.0, 800.0))),
            ..Default::default()
        }
    }

    /// A context with jawla's fonts, after one empty pass (fonts are loaded).
    fn new_ctx() -> egui::Context {
        let ctx = egui::Context::default();
        jawla::app::fonts::install(&ctx, None);
        let mut out = ctx.run_ui(input(), |_| {});
        out.textures_delta.clear();
        ctx
    }

    /// One frame: run the UI and tessellate what it painted (the CPU work of a
    /// frame). Returns the number of vertices, to check that text was painted.
    fn frame(ctx: &egui::Context, mut ui_fn: impl FnMut(&mut egui::Ui)) -> usize {
        let mut out = ctx.run_ui(input(), |ui| ui_fn(ui));
        let prims = ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point);
        out.textures_delta.clear();
        black_box(prims)
            .iter()
            .map(|p| match &p.primitive {
                egui::epaint::Primitive::Mesh(m) => m.vertices.len(),
                egui::epaint::Primitive::Callback(_) => 0,
            })
            .sum()
    }

    fn show_viewer(
        ui: &mut egui::Ui,
        viewer: &mut Viewer,
        settings: &mut ViewerSettings,
        text: &str,
    ) {
        let doc = DocView {
            id: 7,
            text,
            highlights: &Highlights::default(),
            paragraphs: None,
        };
        black_box(viewer.show(ui, doc, settings));
    }

    fn show_label(ui: &mut egui::Ui, text: &str, offset: Option<f32>) -> f32 {
        let mut area = egui::ScrollArea::vertical().auto_shrink(false);
        if let Some(y) = offset {
            area = area.vertical_scroll_offset(y);
        }
        let out = area.show(ui, |ui| {
            ui.label(
                RichText::new(text)
                    .font(FontId::new(20.0, FontFamily::Name(ARTICLE_FAMILY.into()))),
            );
        });
        out.content_size.y
    }

    fn benches(c: &mut Criterion) {
        let text = article_1mb();
        let middle = text.chars().count() / 2;

        c.bench_function(
            "text: layout of all 1 MB (bidi + line breaks + pieces, fake measurer)",
            |b| {
                b.iter(|| {
                    let mut lines = 0;
                    for para in text.split('\n') {
                        let l = layout_paragraph(
                            para,
                            BaseDirection::Auto { fallback_rtl: true },
                            90.0,
                            &mut |s: &str| s.chars().count() as f32,
                        );
                        lines += l.lines.len();
                    }
                    black_box(lines)
                })
            },
        );

        c.bench_function("viewer: first frame of the 1 MB article, cold", |b| {
            b.iter_batched(
                || (new_ctx(), Viewer::default(), ViewerSettings::default()),
                |(ctx, mut viewer, mut settings)| {
                    frame(&ctx, |ui| {
                        show_viewer(ui, &mut viewer, &mut settings, &text)
                    });
                    (ctx, viewer)
                },
                BatchSize::PerIteration,
            )
        });

        c.bench_function("viewer: steady frame scrolled to the middle", |b| {
            let ctx = new_ctx();
            let mut viewer = Viewer::default();
            let mut settings = ViewerSettings::default();
            viewer.scroll_to(middle..middle + 1);
            for _ in 0..5 {
                frame(&ctx, |ui| {
                    show_viewer(ui, &mut viewer, &mut settings, &text)
                });
            }
            assert!(
                viewer.visible_chars().contains(&middle),
                "scrolled to the middle"
            );
            let vertices = frame(&ctx, |ui| {
                show_viewer(ui, &mut viewer, &mut settings, &text)
            });
            eprintln!("viewer steady frame: {vertices} vertices");
            b.iter(|| {
                frame(&ctx, |ui| {
                    show_viewer(ui, &mut viewer, &mut settings, &text)
                })
            })
        });

        c.bench_function("egui Label: first frame of the 1 MB article, cold", |b| {
            b.iter_batched(
                new_ctx,
                |ctx| {
                    frame(&ctx, |ui| {
                        show_label(ui, &text, None);
                    });
                    ctx
                },
                BatchSize::PerIteration,
            )
        });

        c.bench_function("egui Label: steady frame scrolled to the middle", |b| {
            let ctx = new_ctx();
            let mut height = 0.0;
            frame(&ctx, |ui| height = show_label(ui, &text, None));
            for _ in 0..3 {
                frame(&ctx, |ui| {
                    show_label(ui, &text, Some(height / 2.0));
                });
            }
            let vertices = frame(&ctx, |ui| {
                show_label(ui, &text, Some(height / 2.0));
            });
            eprintln!("label steady frame: {vertices} vertices, content height {height}");
            b.iter(|| {
                frame(&ctx, |ui| {
                    show_label(ui, &text, Some(height / 2.0));
                })
            })
        });
    }

    fn config() -> Criterion {
        Criterion::default()
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(4))
    }

    criterion_group! {
        name = viewer;
        config = config();
        targets = benches
    }
}
