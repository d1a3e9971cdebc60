//! The cascade, wired: one article through every stage, each a pure
//! function from one representation to the next (see the module docs of
//! [`super`]). [`Analysis::run`] keeps every stage's output, so the trace
//! (`jawla extract --trace`) can print why a visit was found or missed.

use chrono::NaiveDate;

use super::boilerplate;
use super::dates::{self, When};
use super::discourse;
use super::frames::{self, EventFrame};
use super::legs::{self, Leg};
use super::lookup::{self, Lexed};
use super::people::{self, People};
use super::person::{self, Chunker, MentionKind};
use super::place::{self, PlaceRef};
use super::resources::{Class, Resources, Tag, TriggerKind};
use super::romanize::romanize;
use super::tokens::{TokKind, Token, sentences, tokenize};
use crate::model::{
    Document, Entity, EntityKind, Evidence, Person as MPerson, Place as MPlace, Precision, Trip,
    Visit,
};

/// Every stage's output for one article.
pub struct Analysis<'r> {
    res: &'r Resources,
    path: String,
    published: Option<NaiveDate>,
    chars: Vec<char>,
    toks: Vec<Token>,
    lex: Lexed,
    sentences: Vec<std::ops::Range<usize>>,
    people: People,
    places: Vec<PlaceRef>,
    times: Vec<(usize, usize, usize, When, String)>,
    frames: Vec<EventFrame>,
    legs: Vec<Leg>,
    /// Legs dropped by a leg rule, with its ID: LEG-ANCHOR (their traveller
    /// only inferred, with no trip of theirs stated in the article),
    /// LEG-UNPLACED-MEETING (a meeting with no place or day); shown in the
    /// trace.
    unanchored: Vec<(&'static str, Leg)>,
    home: Option<String>,
}

impl std::fmt::Debug for Analysis<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analysis")
            .field("path", &self.path)
            .field("tokens", &self.toks.len())
            .field("legs", &self.legs.len())
            .finish_non_exhaustive()
    }
}

/// Whether sentence `s` is a headline: the first line, short, with no full
/// stop (present tense there reports what happened).
fn headline(toks: &[Token], s: &std::ops::Range<usize>) -> bool {
    let words = toks[s.clone()]
        .iter()
        .filter(|t| t.kind != TokKind::Punct)
        .count();
    let last = toks.get(s.end.saturating_sub(1));
    words <= 16
        && !last.is_some_and(|t| t.is_punct('.'))
        && toks.get(s.end).is_none_or(|t| t.line_start)
}

impl<'r> Analysis<'r> {
    /// Runs the cascade over `doc`.
    pub fn run(res: &'r Resources, doc: &Document) -> Analysis<'r> {
        let chars: Vec<char> = doc.text.chars().collect();
        let toks = tokenize(&doc.text);
        // Stage 1: the article proper and its sentences.
        let (end, skipped) = boilerplate::cut(res, &toks);
        let sentences: Vec<std::ops::Range<usize>> = sentences(&toks[..end])
            .into_iter()
            .filter(|s| !skipped.get(s.start).copied().unwrap_or(false))
            .collect();
        // Stages 2–3: morphology and lookup.
        let lex = lookup::lookup(res, &toks[..end]);
        // Stage 4: chunks.
        let chunker = Chunker {
            res,
            toks: &toks,
            lex: &lex,
            chars: &chars,
        };
        let mentions = person::chunk(&chunker, &sentences);
        let people = people::resolve(&chunker, mentions, doc.published);
        let places = place::chunk(res, &toks, &lex, &chars, &sentences);
        let times: Vec<(usize, usize, usize, When, String)> =
            dates::find_all(res, &toks, &lex, &sentences)
                .into_iter()
                .map(|(si, t)| (si, t.start, t.end, t.when, chunker.text(t.start, t.end, 0)))
                .collect();
        // Stage 5: frames.
        let slim: Vec<(usize, usize, usize)> = times.iter().map(|t| (t.0, t.1, t.2)).collect();
        let finput = frames::Input {
            res,
            toks: &toks,
            lex: &lex,
            people: &people,
            places: &places,
            times: &slim,
        };
        let mut frames: Vec<EventFrame> = frames::article_frames(&finput, &sentences);
        // Stage 6: discourse.
        discourse::resolve(&finput, &sentences, &mut frames);
        // Stage 7: legs.
        let home = legs::home_guess(&places, res);
        let linput = legs::Input {
            res,
            people: &people,
            places: &places,
            times: &times,
            published: doc.published,
            home: home.clone(),
            // Not a country some trip of the article goes to.
            weak_home: legs::weak_home(&places).filter(|h| {
                !frames.iter().any(|f| {
                    matches!(
                        f.kind,
                        Some(
                            TriggerKind::Visit
                                | TriggerKind::Arrive
                                | TriggerKind::Go
                                | TriggerKind::Tour
                        )
                    ) && f
                        .places
                        .iter()
                        .any(|&p| places.get(p).is_some_and(|x| &x.iso == h))
                })
            }),
            headline: sentences.first().is_some_and(|s| headline(&toks, s)),
        };
        let mut all = Vec::new();
        for f in &frames {
            legs::of_frame(&linput, f, &mut all);
        }
        let mut legs = legs::drop_contradicted(legs::merge(all), |p| {
            people.persons.get(p).and_then(|x| x.country.clone())
        });
        legs.retain(|l| legs::moved_or_known(res, &people, l));
        let (legs, unanchored) = legs::anchored(legs);
        let mut unanchored: Vec<(&'static str, Leg)> =
            unanchored.into_iter().map(|l| ("LEG-ANCHOR", l)).collect();
        let mut legs = legs;
        lead_date(&toks, &sentences, &people, &times, doc.published, &mut legs);
        let (unplaced, legs): (Vec<Leg>, Vec<Leg>) =
            legs.into_iter().partition(legs::unplaced_meeting);
        unanchored.extend(unplaced.into_iter().map(|l| ("LEG-UNPLACED-MEETING", l)));
        Analysis {
            res,
            path: doc.path.clone(),
            published: doc.published,
            chars,
            toks,
            lex,
            sentences,
            people,
            places,
            times,
            frames,
            legs,
            unanchored,
            home,
        }
    }

    fn sentence_span(&self, s: usize) -> Option<(usize, usize)> {
        let r = self.sentences.get(s)?;
        let a = self.toks.get(r.start)?.start;
        let b = self.toks.get(r.end.checked_sub(1)?)?.end;
        Some((a, b))
    }

    fn span_text(&self, a: usize, b: usize) -> String {
        self.chars
            .get(a..b)
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    }

    fn model_person(&self, p: usize) -> MPerson {
        let Some(per) = self.people.persons.get(p) else {
            return MPerson::default();
        };
        let res = self.res;
        let off = per.official.and_then(|o| res.officials.get(o as usize));
        let name_en = off.map(|o| o.name_en.clone()).or_else(|| {
            Some(romanize(
                &res.roman,
                res.words.one(Class::Article),
                &per.name_ar,
            ))
            .filter(|s| !s.is_empty())
        });
        let country = per
            .country
            .clone()
            .or_else(|| off.map(|o| o.country.clone()))
            .filter(|c| c.len() == 2 && c.chars().all(|c| c.is_ascii_uppercase()));
        let title = per
            .titles
            .iter()
            .filter_map(|t| res.titles.get(*t as usize))
            .find(|t| !t.generic() && !t.counterpart());
        let role = off.and_then(|o| o.role_en.clone()).or_else(|| {
            let base = title.map(|t| t.role_en.clone())?;
            let of = per.country.as_deref().and_then(|c| {
                res.country(c).map(|x| x.name_en.clone()).or_else(|| {
                    res.orgs
                        .iter()
                        .find(|o| o.key == c)
                        .map(|o| o.name_en.clone())
                })
            });
            Some(match of {
                Some(c) => format!("{base} of {c}"),
                None => base,
            })
        });
        MPerson {
            name_ar: per.name_ar.clone(),
            name_en,
            role,
            country,
        }
    }

    fn to_visit(&self, l: &Leg, ordinal: Option<u32>, leg_no: u32) -> Visit {
        let city = l.city.and_then(|c| self.res.cities.get(c as usize));
        // A leg known by its country alone is put at the capital.
        let capital = || {
            let c = self.res.country(&l.iso)?;
            self.res.city_named(&c.capital_en, &c.iso)
        };
        let (point, precision) = match city {
            Some(c) => (Some(c), Some(Precision::City)),
            None => match capital() {
                Some(c) => (Some(c), Some(Precision::Country)),
                None => (None, None),
            },
        };
        let evidence: Vec<Evidence> = l
            .sentences
            .iter()
            .filter_map(|&s| {
                let (a, b) = self.sentence_span(s)?;
                Some(Evidence {
                    path: self.path.clone(),
                    start: a,
                    end: b,
                    text: self.span_text(a, b),
                })
            })
            .collect();
        let mut rules: Vec<String> = Vec::with_capacity(l.rules.len() + 1);
        for r in &l.rules {
            if !rules.contains(r) {
                rules.push(r.clone());
            }
        }
        if let Some(m) = self
            .people
            .mentions
            .iter()
            .find(|m| m.person == l.traveller)
            && !rules.iter().any(|r| r == m.rule)
        {
            rules.push(m.rule.to_owned());
        }
        Visit {
            visitor: self.model_person(l.traveller),
            place: MPlace {
                country: l.iso.clone(),
                city: city.map(|c| c.name_en.clone()),
                name_ar: l.place_ar.clone(),
                lat: point.map(|c| c.lat),
                lon: point.map(|c| c.lon),
                precision,
            },
            date: l.date,
            date_text: l.date_text.clone(),
            date_edtf: l.edtf.clone(),
            date_hijri: l.date.and_then(crate::calendar::hijri_iso),
            status: l.status,
            counterparts: self.in_text_order(&l.counterparts),
            trip: Some(Trip {
                id: None,
                ordinal,
                leg: Some(leg_no),
            }),
            evidence,
            confidence: super::confidence::of_points(self.res, super::confidence::points(l)),
            rules,
        }
    }

    /// Persons as the model has them, in the order the article first names
    /// them.
    fn in_text_order(&self, persons: &[usize]) -> Vec<MPerson> {
        let mut ps = persons.to_vec();
        ps.sort_by_key(|&p| self.people.persons.get(p).map_or(usize::MAX, |x| x.first));
        ps.into_iter().map(|c| self.model_person(c)).collect()
    }

    /// "زيارته الخامسة"، "جولة بلينكن هي الخامسة": the traveller's n-th trip,
    /// an ordinal within a few words after a trip noun of theirs, before
    /// the clause ends.
    fn ordinal_of(&self, traveller: usize) -> Option<u32> {
        self.frames
            .iter()
            .filter(|f| f.travellers.first() == Some(&traveller))
            .filter(|f| f.form == Some(super::resources::Form::Noun))
            .filter(|f| matches!(f.kind, Some(TriggerKind::Visit | TriggerKind::Tour)))
            .find_map(|f| {
                let end = self.sentences.get(f.sentence).map_or(f.trigger, |s| s.end);
                (f.trigger + 1..end.min(f.trigger + 5))
                    .take_while(|&k| self.toks.get(k).is_some_and(|t| t.kind != TokKind::Punct))
                    .find_map(
                        |k| match self.lex.tag_at(k, |t| matches!(t, Tag::Ordinal(_))) {
                            Some((_, Tag::Ordinal(n))) if n > 1 => Some(u32::from(n)),
                            _ => None,
                        },
                    )
            })
    }

    /// The legs in the order of [`Self::visits`].
    fn ordered_legs(&self) -> Vec<&Leg> {
        super::order::trip_order(&self.legs)
            .into_iter()
            .filter_map(|k| self.legs.get(k))
            .collect()
    }

    /// The visits of the article, each traveller's in trip order.
    pub fn visits(&self) -> Vec<Visit> {
        let mut counts: std::collections::HashMap<usize, u32> = std::collections::HashMap::new();
        self.ordered_legs()
            .into_iter()
            .map(|l| {
                let n = counts.entry(l.traveller).or_insert(0);
                *n += 1;
                // An earlier trip (background) is not the n-th trip the
                // article counts; a leg told before another of the same
                // trip (بعد محادثات أجراها في قطر) is.
                let background = l.earlier == Some(true) && l.shift == 0;
                let ordinal = (!background)
                    .then(|| self.ordinal_of(l.traveller))
                    .flatten();
                self.to_visit(l, ordinal, *n)
            })
            .collect()
    }

    /// The names the analysis recognized: persons, places, time expressions.
    pub fn entities(&self) -> Vec<Entity> {
        let mut out = Vec::new();
        let chunker = Chunker {
            res: self.res,
            toks: &self.toks,
            lex: &self.lex,
            chars: &self.chars,
        };
        for m in &self.people.mentions {
            if m.kind == MentionKind::Role || m.name.0 >= m.name.1 {
                continue;
            }
            let skip = if m.kind == MentionKind::Family || m.name.0 == m.start {
                chunker.clitic_chars(m.name.0).max(family_skip(
                    &self.toks,
                    m.name.0,
                    m.gov.is_some(),
                    m.conj,
                ))
            } else {
                0
            };
            if let Some(e) = entity(&self.toks, m.name.0, m.name.1, skip, EntityKind::Person) {
                out.push(e);
            }
        }
        for p in &self.places {
            let skip = chunker.clitic_chars(p.start);
            if let Some(e) = entity(&self.toks, p.start, p.end, skip, EntityKind::Place) {
                out.push(e);
            }
        }
        for t in &self.times {
            if let Some(e) = entity(&self.toks, t.1, t.2, 0, EntityKind::Date) {
                out.push(e);
            }
        }
        out.sort_by_key(|e| (e.start, e.end));
        let mut kept: Vec<Entity> = Vec::with_capacity(out.len());
        for e in out {
            if kept.last().is_none_or(|l| e.start >= l.end) {
                kept.push(e);
            }
        }
        kept
    }

    /// The IDs of every rule that fired anywhere in the cascade: person and
    /// place rules, trigger, stage and cue rules of every frame (blocked
    /// ones too), and those of the visits.
    pub fn fired_rules(&self) -> std::collections::BTreeSet<String> {
        let mut out = std::collections::BTreeSet::new();
        out.extend(self.people.mentions.iter().map(|m| m.rule.to_owned()));
        out.extend(self.places.iter().map(|p| p.rule.to_owned()));
        for f in &self.frames {
            out.extend(self.res.rules.get(f.rule as usize).map(|r| r.id.clone()));
            out.extend(f.rules.iter().map(|r| (*r).to_owned()));
            out.extend(f.modality.cues.iter().cloned());
        }
        for v in self.visits() {
            out.extend(v.rules);
        }
        for (rule, _) in &self.unanchored {
            out.insert((*rule).to_owned());
        }
        out
    }

    /// A human-readable trace of every stage, for developers and analysts.
    pub fn trace(&self) -> String {
        super::trace::render(&super::trace::View {
            res: self.res,
            toks: &self.toks,
            chars: &self.chars,
            sentences: &self.sentences,
            people: &self.people,
            places: &self.places,
            times: &self.times,
            frames: &self.frames,
            home: self.home.as_deref(),
            published: self.published,
            visits: &self.visits(),
            unanchored: &self
                .unanchored
                .iter()
                .map(|(rule, l)| {
                    let name = self
                        .people
                        .persons
                        .get(l.traveller)
                        .map_or("?", |p| p.name_ar.as_str());
                    format!("{rule}: {name} -> {} ({})", l.iso, l.rules.join(" "))
                })
                .collect::<Vec<_>>(),
            points: &self
                .ordered_legs()
                .into_iter()
                .map(super::confidence::points)
                .collect::<Vec<_>>(),
        })
    }
}

/// The lead of a news story states the day of the event it reports
/// («ناقش بلينكن اليوم الخميس …»): the first dated leg-less day of the lead's
/// subject goes to that person's first leg of the trip reported when no
/// sentence of it gave a day (rule DSC-LEAD-DATE).
fn lead_date(
    toks: &[Token],
    sentences: &[std::ops::Range<usize>],
    people: &People,
    times: &[(usize, usize, usize, When, String)],
    published: Option<NaiveDate>,
    legs: &mut [Leg],
) {
    let Some(p) = published else { return };
    // The lead: the first sentence that is no headline.
    let Some(li) = sentences.iter().position(|s| !headline(toks, s)) else {
        return;
    };
    let Some(s) = sentences.get(li) else { return };
    let Some(t) = times
        .iter()
        .find(|t| t.0 == li && matches!(t.3, When::Relative(0) | When::Weekday(_, 0)))
    else {
        return;
    };
    let Some(day) = dates::resolve(t.3, Some(p), false) else {
        return;
    };
    if (p - day).num_days().abs() > 1 {
        return;
    }
    let Some(subject) = people
        .mentions
        .iter()
        .find(|m| {
            m.start >= s.start
                && m.end <= s.end
                && m.gov.is_none()
                && m.person < people.persons.len()
        })
        .map(|m| m.person)
    else {
        return;
    };
    if let Some(l) = legs.iter_mut().find(|l| {
        l.traveller == subject
            && l.earlier != Some(true)
            && l.status == crate::model::Status::Occurred
    }) && l.date.is_none()
    {
        l.date = Some(day);
        l.date_text = Some(t.4.clone());
        l.when = Some(t.3);
        l.edtf = Some(day.to_string());
        l.rules.push("DSC-LEAD-DATE".to_owned());
    }
}

/// Chars of a family-name mention's clitics (و، ب، ل written on it).
fn family_skip(toks: &[Token], i: usize, gov: bool, conj: bool) -> usize {
    let Some(t) = toks.get(i) else { return 0 };
    let prep = gov
        && t.norm
            .chars()
            .nth(usize::from(conj))
            .is_some_and(|c| matches!(c, '\u{0628}' | '\u{0644}' | '\u{0643}'));
    let clitic_letters = usize::from(conj) + usize::from(prep);
    clitic_letters.min(t.end - t.start)
}

fn entity(toks: &[Token], a: usize, b: usize, skip: usize, kind: EntityKind) -> Option<Entity> {
    let s = toks.get(a)?.start + skip;
    let e = toks.get(b.checked_sub(1)?)?.end;
    (s < e).then_some(Entity {
        start: s,
        end: e,
        kind,
    })
}
