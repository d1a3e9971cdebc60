//! `jawla extract --jsonl` on a real distributed engine: a local Spark
//! (pyspark, Java 17) pipes a corpus through jawla with `RDD.pipe()`, writes
//! Parquet, and pyarrow reads it back (`tools/spark_extract.py`, the script
//! `docs/batch.md` shows; `tools/test` installs pyspark, pyarrow and Java).
//! Every article's result must come back, in the order of the input, equal
//! to what `jawla extract --jsonl` gives alone.

use serde_json::{Value, json};
use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const PUBLISHED: &str = "2024-06-10";

/// The corpus: the five seeds three times over and a made-up article, as
/// `article-NNN.txt`.
fn corpus() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("spark-corpus");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("corpus dir");
    let mut texts: Vec<String> = Vec::new();
    for _ in 0..3 {
        texts.extend(jawla::seeds::documents().into_iter().map(|d| d.text));
    }
    texts.push(
        "زار وزير الخارجية الأمريكي أنتوني بلينكن القاهرة في فبراير 2020 والتقى الرئيس المصري عبد الفتاح السيسي."
            .to_owned(),
    );
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let path = dir.join(format!("article-{i:03}.txt"));
            std::fs::write(&path, t).expect("write article");
            path
        })
        .collect()
}

/// What the summary says of one article: seq, file name, error, and each
/// visit's visitor and date.
fn summary(seq: usize, article: &Value) -> Value {
    let name = article["path"]
        .as_str()
        .and_then(|p| p.rsplit('/').next())
        .unwrap_or_default();
    let visits: Vec<Value> = article["visits"]
        .as_array()
        .map(|vs| {
            vs.iter()
                .map(|v| json!([v["visitor"]["name_en"], v["date"]]))
                .collect()
        })
        .unwrap_or_default();
    json!({ "seq": seq, "path": name, "error": article.get("error").cloned().unwrap_or(Value::Null), "visits": visits })
}

/// `jawla extract --jsonl` alone on the same input lines as the Spark job.
fn alone(files: &[PathBuf]) -> Vec<Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jawla"))
        .args(["extract", "--jsonl", "--published", PUBLISHED])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run jawla");
    let mut stdin = child.stdin.take().expect("stdin");
    for f in files {
        let text = std::fs::read_to_string(f).expect("read article");
        let line = json!({ "path": f.display().to_string(), "text": text });
        writeln!(stdin, "{line}").expect("write line");
    }
    drop(stdin);
    let out = child.wait_with_output().expect("jawla output");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .enumerate()
        .map(|(i, l)| summary(i, &serde_json::from_str(l).expect("JSON line")))
        .collect()
}

#[test]
fn spark_pipes_a_corpus_through_jawla_to_parquet_in_order() {
    let files = corpus();
    let expected = alone(&files);
    assert_eq!(expected.len(), 16);
    assert!(
        expected
            .iter()
            .all(|a| a["visits"].as_array().is_some_and(|v| !v.is_empty()))
    );
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("spark-visits.parquet");
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tools/spark_extract.py");
    let python = super::export_network::python();
    let run = Command::new(&python)
        .arg(&script)
        .args(["--jawla", env!("CARGO_BIN_EXE_jawla")])
        .args(["--published", PUBLISHED, "--partitions", "4", "--summary"])
        .arg("--out")
        .arg(&out)
        .args(&files)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run {python} ({e}): this test needs Python 3 with pyspark and pyarrow, and Java 17 (tools/test installs them)")
        });
    assert!(
        run.status.success(),
        "the Spark job failed (tools/test installs pyspark, pyarrow and Java 17): {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let got: Vec<Value> = String::from_utf8(run.stdout)
        .expect("UTF-8")
        .lines()
        .filter(|l| l.starts_with("{\"seq\""))
        .map(|l| serde_json::from_str(l).expect("summary line"))
        .collect();
    assert_eq!(got, expected);
}
