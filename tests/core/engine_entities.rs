//! `Engine::entities` / `Engine::analyze`: the names the analysis recognized,
//! as exact char ranges, and the promise that asking for them changes nothing
//! about the visits.

use chrono::NaiveDate;
use jawla::engine::Engine;
use jawla::model::{Document, Entity, EntityKind};
use jawla::seeds;
use proptest::prelude::*;

fn seed_doc(name: &str) -> Document {
    seeds::documents()
        .into_iter()
        .find(|d| d.path.ends_with(name))
        .expect("the seed is embedded")
}

fn e(start: usize, end: usize, kind: EntityKind) -> Entity {
    Entity { start, end, kind }
}

/// The text of `e` in `doc`.
fn text_of(doc: &Document, e: &Entity) -> String {
    doc.text
        .chars()
        .skip(e.start)
        .take(e.end - e.start)
        .collect()
}

/// Entities are in text order, non-empty, non-overlapping, inside the text,
/// and neither start nor end with white space.
fn check_entities(doc: &Document, entities: &[Entity]) {
    let n = doc.text.chars().count();
    let mut last_end = 0;
    for x in entities {
        assert!(x.start < x.end && x.end <= n, "{x:?} in {n} chars");
        assert!(
            x.start >= last_end,
            "{x:?} overlaps or precedes the one before"
        );
        last_end = x.end;
        let t = text_of(doc, x);
        assert_eq!(t.trim(), t, "{x:?} has white space at an edge");
    }
}

#[test]
fn seed_001_first_sentences_exact_ranges() {
    let doc = seed_doc("001_ed1f9f8fd6235f00.txt");
    let all = Engine::embedded().entities(&doc);
    // Sentence 1: "التقى وزير الخارجية الأمريكي أنتوني بلينكن بالرئيس المصري عبد
    // الفتاح السيسي في القاهرة يوم الاثنين … في غزة بين إسرائيل وحماس." (chars 0..192).
    // Titles are not part of a person's name; حماس is no place.
    let first: Vec<Entity> = all.iter().copied().filter(|x| x.end <= 192).collect();
    assert_eq!(
        first,
        vec![
            e(29, 42, EntityKind::Person),
            e(58, 75, EntityKind::Person),
            e(79, 86, EntityKind::Place),
            e(87, 98, EntityKind::Date),
            e(170, 173, EntityKind::Place),
            e(178, 185, EntityKind::Place),
        ]
    );
    let texts: Vec<String> = first.iter().map(|x| text_of(&doc, x)).collect();
    assert_eq!(
        texts,
        [
            "أنتوني بلينكن",
            "عبد الفتاح السيسي",
            "القاهرة",
            "يوم الاثنين",
            "غزة",
            "إسرائيل"
        ]
    );
    // Sentence 2: "… رئيس المخابرات المصرية عباس كامل، ناقش السيسي وبلينكن …":
    // later family-name mentions count, without the conjunction و.
    let second: Vec<Entity> = all
        .iter()
        .copied()
        .filter(|x| x.start >= 192 && x.end <= 360)
        .collect();
    assert_eq!(
        second,
        vec![
            e(245, 254, EntityKind::Person),
            e(261, 267, EntityKind::Person),
            e(269, 275, EntityKind::Person),
        ]
    );
    assert_eq!(text_of(&doc, &second[2]), "بلينكن");
    // "ومصر،" opens sentence 3: the place without its و.
    assert!(all.contains(&e(372, 375, EntityKind::Place)));
    assert_eq!(text_of(&doc, &e(372, 375, EntityKind::Place)), "مصر");
    check_entities(&doc, &all);
}

#[test]
fn analyze_gives_the_same_visits_as_extract_on_every_seed() {
    let engine = Engine::embedded();
    for doc in seeds::documents() {
        let (visits, entities) = engine.analyze(&doc);
        assert_eq!(visits, engine.extract(&doc), "{}", doc.path);
        assert_eq!(entities, engine.entities(&doc), "{}", doc.path);
        check_entities(&doc, &entities);
        // Every visitor of a visit is among the recognized people.
        for v in &visits {
            let last = v.visitor.name_ar.split_whitespace().last().unwrap_or("");
            assert!(
                entities
                    .iter()
                    .any(|x| x.kind == EntityKind::Person && text_of(&doc, x).ends_with(last)),
                "{}: visitor {} not among the entities",
                doc.path,
                v.visitor.name_ar
            );
        }
    }
}

/// Words that make people, places and dates (with clitics and marks).
const WORDS: &[&str] = &[
    "الرئيس",
    "المصري",
    "عبد",
    "الفتاح",
    "السيسي",
    "وبلينكن",
    "بلينكن",
    "أنتوني",
    "في",
    "القاهرة",
    "بالقاهرة",
    "ومصر",
    "عمان",
    "العاصمة",
    "الأردنية",
    "يوم",
    "الاثنين",
    "أمس",
    "18",
    "مارس/آذار",
    "2023",
    "التقى",
    "زار",
    "ً",
    "ـ",
    "،",
    ".",
    "\n",
];

fn check_text(text: &str, published: Option<NaiveDate>) {
    let doc = Document {
        path: "p".into(),
        text: text.into(),
        published,
    };
    let (visits, entities) = Engine::embedded().analyze(&doc);
    check_entities(&doc, &entities);
    assert_eq!(visits, Engine::embedded().extract(&doc));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_unicode_gives_well_formed_entities(text in "\\PC{0,300}") {
        check_text(&text, NaiveDate::from_ymd_opt(2024, 6, 10));
    }

    #[test]
    fn arabic_word_salad_gives_well_formed_entities(words in proptest::collection::vec(proptest::sample::select(WORDS), 0..60)) {
        check_text(&words.join(" "), NaiveDate::from_ymd_opt(2024, 6, 10));
        check_text(&words.concat(), None);
    }
}
