//! The network exports (GEXF, GraphML) read back by networkx, a real reader
//! of both formats (`tools/read_network.py`; `tools/test` installs
//! networkx): the seeds' Blinken–Sisi meeting, companions, hostile names.
//! Their exact bytes are the goldens of `export.rs`.

use jawla::export::{Format, Meta, render};
use jawla::model::{Evidence, ExtractOutput, Person, Place, Status, Trip, Visit};
use serde_json::{Value, json};
use std::path::PathBuf;
use std::process::Command;

/// The Python that runs the readers: `JAWLA_PYTHON`, else `python3`.
pub fn python() -> String {
    std::env::var("JAWLA_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

/// `format`'s export of `out` read by networkx: the JSON line of
/// `tools/read_network.py`.
fn read_back(format: Format, out: &ExtractOutput, name: &str) -> Value {
    let bytes = render(format, out, &Meta::default()).expect("export");
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("export_network");
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.{}", format.extension()));
    std::fs::write(&path, bytes).expect("write export");
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tools/read_network.py");
    let run = Command::new(python())
        .arg(&script)
        .arg(&path)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {} ({e}): these tests need Python 3 with networkx (tools/test installs it)",
                python()
            )
        });
    assert!(
        run.status.success(),
        "networkx could not read {}: {} (tools/test installs networkx)",
        path.display(),
        String::from_utf8_lossy(&run.stderr)
    );
    serde_json::from_slice(&run.stdout).expect("one JSON line")
}

/// The edges of `graph` as (source label, target label, attributes).
fn edges(graph: &Value) -> Vec<(String, String, Value)> {
    let label = |id: &Value| {
        graph["nodes"][id.as_str().expect("node id")]["label"]
            .as_str()
            .expect("label")
            .to_owned()
    };
    graph["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|e| (label(&e[0]), label(&e[1]), e[2].clone()))
        .collect()
}

fn seeds() -> ExtractOutput {
    jawla::engine::Engine::embedded().extract_all(&jawla::seeds::documents())
}

#[test]
fn networkx_reads_blinken_meeting_sisi_in_both_formats() {
    let seeds = seeds();
    for format in [Format::Gexf, Format::GraphMl] {
        let graph = read_back(format, &seeds, "seeds");
        assert_eq!(graph["kind"], "DiGraph", "{format}");
        assert_eq!(graph["nodes"].as_object().map(|n| n.len()), Some(13));
        let edges = edges(&graph);
        assert_eq!(edges.len(), 12, "{format}");
        let (_, _, sisi) = edges
            .iter()
            .find(|(a, b, _)| a == "Antony Blinken" && b == "Abdel Fattah al-Sisi")
            .expect("Blinken → Sisi");
        for (k, v) in [
            ("kind", json!("met")),
            ("meetings", json!(1)),
            ("first_date", json!("2024-06-10")),
            ("last_date", json!("2024-06-10")),
            ("places", json!("Cairo")),
        ] {
            assert_eq!(sisi[k], v, "{format} {k}");
        }
        assert!(sisi["legs"].as_str().is_some_and(|l| l.starts_with("leg-")));
        let herzog = edges
            .iter()
            .find(|(_, b, _)| b == "Isaac Herzog")
            .map(|e| &e.2)
            .expect("Herzog");
        assert_eq!(herzog["meetings"], 2);
        assert_eq!(herzog["first_date"], "2024-02-07");
        assert_eq!(herzog["last_date"], "2024-08-19");
        let sisi_node = graph["nodes"]
            .as_object()
            .and_then(|n| n.values().find(|n| n["label"] == "Abdel Fattah al-Sisi"))
            .expect("Sisi's node");
        assert_eq!(sisi_node["name_ar"], "عبد الفتاح السيسي");
        assert_eq!(sisi_node["name_en"], "Abdel Fattah al-Sisi");
        assert_eq!(sisi_node["role"], "President of Egypt");
        assert_eq!(sisi_node["country"], "EG");
    }
}

fn person(ar: &str, en: Option<&str>) -> Person {
    Person {
        name_ar: ar.to_owned(),
        name_en: en.map(str::to_owned),
        role: Some("Minister".to_owned()),
        country: Some("US".to_owned()),
    }
}

/// A traveller and a companion on one leg (`LEG-COMPANION`), both meeting
/// the host; the visitor's Arabic name carries markup and a bidi override.
fn companions() -> ExtractOutput {
    let lead = Visit {
        visitor: person("<b>بلينكن</b>\u{202E}\"&'", Some("A <Lead> & \"co\"")),
        place: Place {
            country: "EG".to_owned(),
            city: Some("Cairo".to_owned()),
            name_ar: "القاهرة".to_owned(),
            lat: Some(30.0444),
            lon: Some(31.2357),
            precision: None,
        },
        date: chrono::NaiveDate::from_ymd_opt(2020, 2, 3),
        date_text: None,
        date_edtf: Some("2020-02-03".to_owned()),
        date_hijri: None,
        status: Status::Occurred,
        counterparts: vec![person("السيسي", None)],
        trip: Some(Trip {
            id: Some("t".to_owned()),
            ordinal: None,
            leg: Some(1),
        }),
        evidence: vec![Evidence {
            path: "a.txt".to_owned(),
            start: 0,
            end: 10,
            text: "x".to_owned(),
        }],
        confidence: 0.9,
        rules: vec!["MEET".to_owned()],
    };
    let mut with = lead.clone();
    with.visitor = person("سوليفان", Some("Jake Sullivan"));
    with.rules.push("LEG-COMPANION".to_owned());
    with.date = None;
    with.date_edtf = Some("2020-02".to_owned());
    ExtractOutput {
        articles: vec![],
        timeline: vec![lead, with],
    }
}

#[test]
fn companions_are_marked_and_hostile_names_come_back_as_text() {
    for format in [Format::Gexf, Format::GraphMl] {
        let graph = read_back(format, &companions(), "companions");
        let mut got: Vec<(String, String, String, String)> = edges(&graph)
            .into_iter()
            .map(|(a, b, d)| {
                let s = |k: &str| d[k].as_str().unwrap_or("").to_owned();
                (a, b, s("kind"), s("first_date"))
            })
            .collect();
        let lead = "A <Lead> & \"co\"".to_owned();
        let kinds = [
            (lead.clone(), "السيسي", "met", "2020-02-03"),
            ("Jake Sullivan".to_owned(), "السيسي", "met", "2020-02"),
            (lead, "Jake Sullivan", "companion", "2020-02"),
        ];
        let mut want: Vec<(String, String, String, String)> = kinds
            .into_iter()
            .map(|(a, b, k, d)| (a, b.to_owned(), k.to_owned(), d.to_owned()))
            .collect();
        // networkx lists edges by source node.
        got.sort();
        want.sort();
        assert_eq!(got, want, "{format}");
        let names: Vec<&str> = graph["nodes"]
            .as_object()
            .expect("nodes")
            .values()
            .filter_map(|n| n["name_ar"].as_str())
            .collect();
        assert!(
            names.contains(&"<b>بلينكن</b>⟦U+202E RLO⟧\"&'"),
            "{format}: {names:?}"
        );
    }
}
