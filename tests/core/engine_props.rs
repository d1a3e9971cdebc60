//! Property tests: extraction never panics on arbitrary text and every
//! evidence offset lies on a char boundary inside the text.

use chrono::NaiveDate;
use jawla::engine::Engine;
use jawla::model::Document;
use proptest::prelude::*;

/// Words that exercise the rules: triggers, titles, names, places, dates, cues.
const WORDS: &[&str] = &[
    "وصل",
    "زار",
    "زيارة",
    "زيارته",
    "التقى",
    "استقبل",
    "يتوجه",
    "سيزور",
    "جولة",
    "تشمل",
    "وزير",
    "الخارجية",
    "الأمريكي",
    "المصري",
    "الرئيس",
    "أنتوني",
    "بلينكن",
    "سامح",
    "شكري",
    "إلى",
    "في",
    "القاهرة",
    "دمشق",
    "عمان",
    "سلطنة",
    "العاصمة",
    "الأردنية",
    "يوم",
    "الاثنين",
    "أمس",
    "الأول",
    "غدا",
    "18",
    "مارس/آذار",
    "2023",
    "التاسع",
    "من",
    "مايو",
    "المقبل",
    "نفى",
    "لم",
    "ألغى",
    "ثم",
    "بعد",
    "قادما",
    "نظيره",
    "مع",
    "،",
    ".",
    "\n",
    "اقرأ",
    "أيضاً",
    "ـ",
    "ً",
    "٢٠٢٤",
    "/",
    "04/22/",
    "بن",
    "عبد",
    "ولد",
    "رافقه",
    "أخرى",
    "هاتفيا",
    "المحطة",
    "الثانية",
    "التالية",
];

fn check(text: &str, published: Option<NaiveDate>) {
    let doc = Document {
        path: "p".into(),
        text: text.into(),
        published,
    };
    let n = text.chars().count();
    let chars: Vec<char> = text.chars().collect();
    for v in Engine::embedded().extract(&doc) {
        assert!((0.0..=1.0).contains(&v.confidence));
        for e in &v.evidence {
            assert!(e.start <= e.end && e.end <= n, "{e:?} in {n} chars");
            assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,300}", day in 0u32..20000) {
        check(&text, NaiveDate::from_num_days_from_ce_opt(700_000 + day as i32));
    }

    #[test]
    fn arabic_word_salad_never_panics(words in proptest::collection::vec(proptest::sample::select(WORDS), 0..80), day in 0u32..20000) {
        let text = words.join(" ");
        check(&text, NaiveDate::from_num_days_from_ce_opt(700_000 + day as i32));
        check(&text, None);
    }
}
