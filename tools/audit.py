#!/usr/bin/env python3
"""The wild audit: how many of the visits jawla reports on real news are real.

Runs `jawla extract --jsonl` over an unannotated corpus of Arabic news (one
article per file), samples reported visits uniformly at random and writes a
review sheet; once the sheet is judged against the annotation guide
(`../shared/docs/annotation-guide.md`), scores it: precision with its 95 %
Wilson interval and the false ones by error class. See `docs/audit.md` for
what the audit is and how to judge.

Python 3.11, standard library only.

Usage
-----

Run the engine over a corpus and write a sheet (100 visits, seed 1):

    python3 tools/audit.py run CORPUS_DIR --bin target/release/jawla \\
        --seed 1 --n 100 --out /work/audit/sheets/NAME

  CORPUS_DIR   folder searched recursively for article files (`--ext`, default
               `.txt`), in path order. An article's publication date is read from
               a sibling `STEM.json` (`{"published": "YYYY-MM-DD", ...}`, the
               corpus format of the annotation guide) when present, else
               `--published` applies, else none; it reaches the engine as a
               JSON line `{"path", "published"}`.
  --bin PATH   the jawla binary (default: $JAWLA_BIN, else target/release/jawla).
  --seed N     random seed of the sample (default 1). Same engine output and seed,
               same sample.
  --n N        visits to sample (default 100; all of them if fewer).
  --out DIR    where to write (created). Keep it OUTSIDE the repository: the sheet
               quotes article sentences.
  --published YYYY-MM-DD   date for articles without a sidecar date.
  --jobs N     engine threads (default: the engine's, every core).
  --limit N    only the first N articles (for a quick try).
  --ext LIST   article file endings, comma-separated (default .txt).

  It writes, in DIR:
    sheet.tsv     the review sheet, one row per sampled visit, with empty
                  columns verdict / class / date_ok / status_ok / note to fill in
                  (a spreadsheet opens it; keep it UTF-8 and TAB-separated);
    sheet.md      the same sample for reading (evidence sentence in full);
    visits.jsonl  the engine's raw output, one line per article;
    run.json      what was run: binary and its SHA-256, corpus, seed, n, counts;
    summary.md    articles, visits, most frequent visitors and countries;
    stderr.log    the engine's warnings.

Show one sampled visit's article, the evidence marked with ⟦ ⟧, to judge it:

    python3 tools/audit.py show /work/audit/sheets/NAME 17

Score a judged sheet (prints a Markdown summary; `--export` writes the
text-free judgement file that may be committed under docs/audit/):

    python3 tools/audit.py score /work/audit/sheets/NAME/sheet.tsv \\
        --export docs/audit/NAME.tsv

  verdict is `real` or `false` (also accepted: r/f, yes/no, 1/0, ok);
  blank rows are not judged and not counted. class names the error of a
  false row (see CLASSES). date_ok / status_ok are `y`, `n` or blank, for
  real rows.
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import json
import math
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

# Error classes of false visits, in decision order: a false visit takes the
# first class that applies (docs/audit.md). Other names may be used; the score
# counts them as they are and flags them.
CLASSES = {
    "related-list": "the sentence is in a related-stories, read-also or headline-digest list (guide rule 8)",
    "not-person": "the visitor is not a person's name: a verb, a common noun, an institution, part of an office",
    "title-alone": "the visitor is a title or office with no name",
    "not-place": "the place is a common word read as a place name (e.g. a chargé d'affaires read as a town)",
    "not-traveller": "the person is out of scope (guide rule 1): an artist, athlete, sports official, suspect, activist",
    "at-home": "the record puts the person in their own country (an official touring at home, a host taken for the visitor)",
    "call": "a phone or video call (guide rule 8)",
    "negated": "a negated, denied or hypothetical trip (guide rule 8)",
    "statement": "a statement, invitation, welcome or readiness to visit: no trip reported (guide rule 8)",
    "no-place": "a meeting abroad whose place is not given nor implied (guide rule 8)",
    "wrong-person": "a trip is reported, but by someone else (a delegation, a counterpart, tourists) than the visitor",
    "wrong-place": "the person did travel, but the record's country is not where they went",
    "name-cut": "otherwise right, but the name is cut or padded so that its family name is wrong",
    "other": "anything else (say what in the note)",
}

SHEET_COLUMNS = [
    "sample", "article", "visit", "visitor_ar", "visitor_en", "role", "visitor_country",
    "country", "city", "place_ar", "date", "date_text", "status", "counterparts",
    "confidence", "rules", "published", "evidence",
    "verdict", "class", "date_ok", "status_ok", "note",
]

EXPORT_COLUMNS = [
    "sample", "article", "visitor_ar", "visitor_en", "country", "date", "status",
    "verdict", "class", "date_ok", "status_ok",
]

REAL = {"real", "r", "yes", "y", "1", "true", "ok", "t"}
FALSE = {"false", "f", "no", "n", "0", "wrong", "x"}


# ---------------------------------------------------------------- running


def find_articles(corpus: Path, exts: list[str]) -> list[Path]:
    files = [
        p for p in corpus.rglob("*")
        if p.is_file() and p.suffix.lower() in exts
        and not any(part.startswith(".") for part in p.relative_to(corpus).parts)
    ]
    return sorted(files, key=lambda p: p.relative_to(corpus).as_posix())


def sidecar_date(path: Path) -> str | None:
    meta = path.with_suffix(".json")
    if not meta.is_file():
        return None
    try:
        value = json.loads(meta.read_text(encoding="utf-8")).get("published")
    except (OSError, ValueError, AttributeError):
        return None
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return value
    return None


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def run_engine(binary: str, lines: list[str], jobs: int | None, out: Path) -> list[dict]:
    """Feeds the JSON lines to `jawla extract --jsonl`, returns one result per line."""
    cmd = [binary, "extract", "--jsonl"]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    with open(out / "stderr.log", "wb") as err, open(out / "visits.jsonl", "w", encoding="utf-8") as raw:
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err)

        def feed() -> None:
            assert proc.stdin is not None
            try:
                for line in lines:
                    proc.stdin.write(line.encode("utf-8") + b"\n")
                proc.stdin.close()
            except BrokenPipeError:
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        results = []
        assert proc.stdout is not None
        for line in proc.stdout:
            text = line.decode("utf-8")
            raw.write(text)
            results.append(json.loads(text))
        writer.join()
        code = proc.wait()
    if len(results) != len(lines):
        sys.exit(f"audit: the engine answered {len(results)} lines for {len(lines)} articles "
                 f"(exit code {code}; see {out / 'stderr.log'})")
    return results


def cell(value) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())


def visit_row(sample: int, article: str, index: int, published, v: dict) -> dict:
    who, place = v.get("visitor") or {}, v.get("place") or {}
    counterparts = "; ".join(
        c.get("name_ar") or c.get("name_en") or "" for c in v.get("counterparts") or []
    )
    evidence = " … ".join(e.get("text", "") for e in v.get("evidence") or [])
    conf = v.get("confidence")
    return {
        "sample": sample,
        "article": article,
        "visit": index,
        "visitor_ar": cell(who.get("name_ar")),
        "visitor_en": cell(who.get("name_en")),
        "role": cell(who.get("role")),
        "visitor_country": cell(who.get("country")),
        "country": cell(place.get("country")),
        "city": cell(place.get("city")),
        "place_ar": cell(place.get("name_ar")),
        "date": cell(v.get("date")),
        "date_text": cell(v.get("date_text")),
        "status": cell(v.get("status")),
        "counterparts": cell(counterparts),
        "confidence": "" if conf is None else f"{conf:.2f}",
        "rules": cell(",".join(v.get("rules") or [])),
        "published": cell(published),
        "evidence": cell(evidence),
        "verdict": "", "class": "", "date_ok": "", "status_ok": "", "note": "",
    }


def write_tsv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=columns, delimiter="\t", lineterminator="\n",
                           quoting=csv.QUOTE_NONE, escapechar="\\", extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: cell(r.get(k, "")).replace("\t", " ") for k in columns})


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))


def cmd_run(a: argparse.Namespace) -> None:
    corpus = Path(a.corpus).resolve()
    if not corpus.is_dir():
        sys.exit(f"audit: {corpus} is not a folder")
    binary = a.bin or os.environ.get("JAWLA_BIN") or "target/release/jawla"
    if not Path(binary).is_file():
        sys.exit(f"audit: no jawla binary at {binary} (give --bin)")
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    exts = [e if e.startswith(".") else "." + e for e in a.ext.lower().split(",") if e]
    files = find_articles(corpus, exts)
    if a.limit:
        files = files[: a.limit]
    if not files:
        sys.exit(f"audit: no {'/'.join(exts)} files under {corpus}")

    lines, articles, dated = [], [], 0
    for p in files:
        published = sidecar_date(p) or a.published
        dated += published is not None
        rel = p.relative_to(corpus).as_posix()
        articles.append((rel, published))
        obj = {"path": str(p)}
        if published:
            obj["published"] = published
        lines.append(json.dumps(obj, ensure_ascii=False))

    t0 = time.monotonic()
    results = run_engine(binary, lines, a.jobs, out)
    elapsed = time.monotonic() - t0

    population = []  # (article index, visit index, visit)
    failed = with_visits = 0
    for i, r in enumerate(results):
        if "error" in r:
            failed += 1
            continue
        # The engine's own date when the file declares one (HTML metadata, an
        # archive record's <TIME>, a dateline) and no sidecar gave it.
        if not articles[i][1] and r.get("published"):
            articles[i] = (articles[i][0], r["published"])
            dated += 1
        vs = r.get("visits") or []
        with_visits += bool(vs)
        population.extend((i, j, v) for j, v in enumerate(vs))

    n = min(a.n, len(population))
    picked = sorted(random.Random(a.seed).sample(range(len(population)), n))
    rows = []
    for k, idx in enumerate(picked, 1):
        i, j, v = population[idx]
        rel, published = articles[i]
        rows.append(visit_row(k, rel, j + 1, published, v))
    write_tsv(out / "sheet.tsv", SHEET_COLUMNS, rows)
    write_sheet_md(out / "sheet.md", rows, corpus)

    run = {
        "corpus": str(corpus),
        "binary": str(Path(binary).resolve()),
        "binary_sha256": sha256(Path(binary)),
        "seed": a.seed,
        "n": n,
        "articles": len(files),
        "articles_dated": dated,
        "articles_failed": failed,
        "articles_with_visits": with_visits,
        "visits": len(population),
        "seconds": round(elapsed, 1),
        "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    (out / "run.json").write_text(json.dumps(run, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_summary(out / "summary.md", run, population)
    print(f"{run['articles']} articles ({dated} dated, {failed} failed), "
          f"{run['visits']} visits in {with_visits} articles, {elapsed:.1f} s; "
          f"sampled {n} (seed {a.seed}) → {out / 'sheet.tsv'}")


def write_sheet_md(path: Path, rows: list[dict], corpus: Path) -> None:
    out = [f"# Review sheet ({len(rows)} visits)\n", f"Corpus: `{corpus}`\n"]
    for r in rows:
        place = r["country"] + (f", {r['city']}" if r["city"] else "")
        out.append(
            f"## {r['sample']}. {r['article']} (visit {r['visit']})\n\n"
            f"- visitor: {r['visitor_ar']} — {r['visitor_en']} ({r['role'] or 'no role'}; "
            f"home {r['visitor_country'] or '?'})\n"
            f"- place: {place} ({r['place_ar']})\n"
            f"- date: {r['date'] or '—'} ({r['date_text'] or 'no date text'}); published {r['published'] or '—'}\n"
            f"- status: {r['status']}; counterparts: {r['counterparts'] or '—'}; "
            f"rules: {r['rules'] or '—'}; confidence {r['confidence']}\n\n"
            f"> {r['evidence']}\n"
        )
    path.write_text("\n".join(out), encoding="utf-8")


def write_summary(path: Path, run: dict, population: list) -> None:
    visitors = collections.Counter(cell((v.get("visitor") or {}).get("name_ar")) for _, _, v in population)
    countries = collections.Counter(cell((v.get("place") or {}).get("country")) for _, _, v in population)
    statuses = collections.Counter(cell(v.get("status")) for _, _, v in population)
    lines = [
        "# Audit run\n",
        "| | |\n| --- | --- |",
        *(f"| {k} | {v} |" for k, v in run.items()),
        "\n## Most frequent visitors\n",
        "| visitor | visits |\n| --- | --- |",
        *(f"| {k} | {v} |" for k, v in visitors.most_common(30)),
        "\n## Countries\n",
        "| country | visits |\n| --- | --- |",
        *(f"| {k} | {v} |" for k, v in countries.most_common(30)),
        "\n## Status\n",
        "| status | visits |\n| --- | --- |",
        *(f"| {k} | {v} |" for k, v in statuses.most_common()),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- showing


def cmd_show(a: argparse.Namespace) -> None:
    out = Path(a.dir)
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    rows = {r["sample"]: r for r in read_tsv(out / "sheet.tsv")}
    r = rows.get(str(a.sample))
    if r is None:
        sys.exit(f"audit: no sample {a.sample} in {out / 'sheet.tsv'}")
    target = str(Path(run["corpus"]) / r["article"])
    visit = None
    with open(out / "visits.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("path") == target:
                visit = (d.get("visits") or [])[int(r["visit"]) - 1]
                break
    text = Path(target).read_text(encoding="utf-8", errors="replace")
    if visit:
        # Offsets are in chars of the decoded text; mark from the end so earlier ones stay valid.
        for e in sorted(visit.get("evidence") or [], key=lambda e: -e.get("start", 0)):
            s, t = e.get("start", 0), e.get("end", 0)
            if 0 <= s <= t <= len(text):
                text = text[:s] + "⟦" + text[s:t] + "⟧" + text[t:]
    print(f"# sample {r['sample']}: {r['article']} (published {r['published'] or '—'})")
    print(f"# {r['visitor_ar']} / {r['visitor_en']} [{r['role']}] → {r['country']} {r['city']} "
          f"{r['date']} {r['status']} (rules {r['rules']})\n")
    print(text)


# ---------------------------------------------------------------- scoring


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (max(0.0, centre - half), min(1.0, centre + half))


def verdict_of(value: str) -> str | None:
    v = value.strip().lower()
    if v in REAL:
        return "real"
    if v in FALSE:
        return "false"
    return None


def cmd_score(a: argparse.Namespace) -> None:
    sheet = Path(a.sheet)
    rows = read_tsv(sheet)
    judged = []
    odd = []
    for r in rows:
        v = verdict_of(r.get("verdict") or "")
        if v is None:
            if (r.get("verdict") or "").strip():
                odd.append(r["sample"])
            continue
        r["verdict"] = v
        judged.append(r)
    real = [r for r in judged if r["verdict"] == "real"]
    false = [r for r in judged if r["verdict"] == "false"]
    lo, hi = wilson(len(real), len(judged))
    p = len(real) / len(judged) if judged else 0.0

    run_path = sheet.parent / "run.json"
    run = json.loads(run_path.read_text(encoding="utf-8")) if run_path.is_file() else {}

    out = ["| measure | value |", "| --- | --- |"]
    if run:
        out += [
            f"| corpus | `{Path(run['corpus']).name}` |",
            f"| articles | {run['articles']:,} ({run['articles_with_visits']:,} with a visit) |",
            f"| visits reported | {run['visits']:,} |",
            f"| engine | `{Path(run['binary']).name}` (sha256 {run['binary_sha256'][:12]}) |",
            f"| sample | {run['n']} visits, seed {run['seed']} |",
        ]
    out += [
        f"| judged | {len(judged)} of {len(rows)} |",
        f"| real | {len(real)} |",
        f"| **precision** | **{p:.2f}** ({len(real)}/{len(judged)}) |" if judged else "| precision | — |",
        f"| 95 % Wilson interval | {lo:.2f}–{hi:.2f} |" if judged else "| 95 % Wilson interval | — |",
    ]
    for col, label in (("date_ok", "date right (of real with a verdict)"),
                       ("status_ok", "status right (of real with a verdict)")):
        marks = [verdict_of(r.get(col) or "") for r in real]
        marks = [m for m in marks if m]
        if marks:
            out.append(f"| {label} | {marks.count('real')}/{len(marks)} |")
    print("\n".join(out))

    classes = collections.Counter((r.get("class") or "").strip() or "(none)" for r in false)
    if false:
        print("\n| error class | false visits | what |\n| --- | --- | --- |")
        for name, count in classes.most_common():
            what = CLASSES.get(name, "(not a standard class)")
            print(f"| {name} | {count} | {what} |")
    if len(judged) < len(rows):
        print(f"\n{len(rows) - len(judged)} rows not judged.", file=sys.stderr)
    if odd:
        print(f"unreadable verdict in samples {', '.join(odd)}", file=sys.stderr)

    if a.export:
        export = []
        for r in rows:
            e = {k: r.get(k, "") for k in EXPORT_COLUMNS}
            e["article"] = Path(r.get("article", "")).with_suffix("").as_posix()
            v = verdict_of(r.get("verdict") or "")
            e["verdict"] = v or ""
            export.append(e)
        write_tsv(Path(a.export), EXPORT_COLUMNS, export)
        print(f"\nwrote {a.export} (no article text)", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="See the module docstring and docs/audit.md.")
    sub = ap.add_subparsers(dest="cmd", required=True)

    r = sub.add_parser("run", help="run the engine over a corpus and write a review sheet")
    r.add_argument("corpus", help="folder of articles, searched recursively")
    r.add_argument("--bin", help="the jawla binary (default: $JAWLA_BIN, else target/release/jawla)")
    r.add_argument("--seed", type=int, default=1, help="random seed of the sample (default 1)")
    r.add_argument("--n", type=int, default=100, help="visits to sample (default 100)")
    r.add_argument("--out", required=True, help="output folder, outside the repository")
    r.add_argument("--published", help="YYYY-MM-DD for articles without a sidecar STEM.json date")
    r.add_argument("--jobs", type=int, help="engine threads (default: every core)")
    r.add_argument("--limit", type=int, help="only the first N articles")
    r.add_argument("--ext", default=".txt", help="article file endings, comma-separated (default .txt)")
    r.set_defaults(func=cmd_run)

    s = sub.add_parser("show", help="print a sampled visit's article with the evidence marked")
    s.add_argument("dir")
    s.add_argument("sample", type=int)
    s.set_defaults(func=cmd_show)

    c = sub.add_parser("score", help="score a judged sheet (Markdown summary on stdout)")
    c.add_argument("sheet")
    c.add_argument("--export", help="write the text-free judgement file (TSV) here")
    c.set_defaults(func=cmd_score)

    a = ap.parse_args(argv)
    a.func(a)


if __name__ == "__main__":
    main()
