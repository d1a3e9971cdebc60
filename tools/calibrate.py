#!/usr/bin/env python3
"""Measure what a leg's confidence means, and write it into the engine.

usage: calibrate.py --bin target/release/jawla --scorer ../shared/tools/score.py
                    [--write assets/rules/confidence.tsv] CORPUS_DIR...

Every article NAME.txt with its gold NAME.json in the corpora is extracted;
each predicted leg is right when the scorer's matching (same person and
country, one-to-one) pairs it with a gold visit. A leg's evidence points
(src/engine/confidence.rs) are read from `jawla extract --trace`. The share
of right legs per points value is the confidence the engine gives a leg
with those points, smoothed by Laplace's rule ((right + 1) / (legs + 2)):
`--write` rewrites the table of
`assets/rules/confidence.tsv` (its header is kept). A points value with
fewer than MIN_LEGS legs takes the share of its band pooled with its
neighbours, so no confidence rests on a handful of legs, and neighbours
whose shares run backwards are pooled, so more evidence never means less
confidence. Prints the reliability table for BENCHMARKS.md.
"""
import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys

MIN_LEGS = 15
POINTS = range(6)


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def trace_points(binary, txt, published):
    cmd = [binary, "extract", "--trace"]
    if published:
        cmd += ["--published", published]
    cmd.append(txt)
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True).stdout
    return [int(m.group(1)) for m in re.finditer(r"^   points (\d+) confidence", out, re.M)]


def measure(binary, scorer, corpora):
    legs = {p: [0, 0] for p in POINTS}  # points -> [legs, right]
    for d in corpora:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".json"):
                continue
            txt = os.path.join(d, name[:-5] + ".txt")
            if not os.path.exists(txt):
                continue
            with open(os.path.join(d, name), encoding="utf-8") as f:
                gold_doc = json.load(f)
            published = gold_doc.get("published")
            pred, _ = scorer.run_extract(binary, txt, published)
            points = trace_points(binary, txt, published)
            if len(points) != len(pred):
                sys.exit(f"{txt}: {len(pred)} visits but {len(points)} traced")
            gold = gold_doc.get("visits", [])
            pf = [scorer.pred_fields(v) for v in pred]
            right = {pi for _, pi in scorer.match(gold, pf)}
            for pi, p in enumerate(points):
                legs[p][0] += 1
                legs[p][1] += pi in right
    return legs


def shares(legs):
    """The share of right legs per points value: values with fewer than
    MIN_LEGS legs are pooled with a neighbour, then neighbours whose shares
    run backwards are pooled (pool-adjacent-violators) so that more evidence
    never means less confidence."""
    blocks = [[p, p, legs[p][0], legs[p][1]] for p in POINTS]
    merged = True
    while merged and len(blocks) > 1:
        merged = False
        for i, b in enumerate(blocks):
            if b[2] < MIN_LEGS:
                j = i + 1 if i + 1 < len(blocks) else i - 1
                lo, hi = min(i, j), max(i, j)
                a, c = blocks[lo], blocks[hi]
                blocks[lo:hi + 1] = [[a[0], c[1], a[2] + c[2], a[3] + c[3]]]
                merged = True
                break

    def share(b):
        # Laplace's rule of succession: no band claims certainty from a
        # finite sample (28 right of 28 is 0.97, not 1.00).
        return (b[3] + 1) / (b[2] + 2)

    merged = True
    while merged and len(blocks) > 1:
        merged = False
        for i in range(len(blocks) - 1):
            if share(blocks[i]) > share(blocks[i + 1]):
                a, c = blocks[i], blocks[i + 1]
                blocks[i:i + 2] = [[a[0], c[1], a[2] + c[2], a[3] + c[3]]]
                merged = True
                break
    out = {}
    for b in blocks:
        for p in range(b[0], b[1] + 1):
            out[p] = (share(b), b[0], b[1])
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/jawla")
    ap.add_argument("--scorer", required=True)
    ap.add_argument("--write")
    ap.add_argument("corpora", nargs="+")
    a = ap.parse_args()
    scorer = load_scorer(a.scorer)
    legs = measure(a.bin, scorer, a.corpora)
    sh = shares(legs)
    print("| points | legs | right | confidence |")
    print("| --- | --- | --- | --- |")
    for p in POINTS:
        n, r = legs[p]
        c, lo, hi = sh[p]
        pooled = f" (points {lo}–{hi} pooled)" if (lo, hi) != (p, p) else ""
        print(f"| {p} | {n} | {r} | {c:.2f}{pooled} |")
    total = sum(v[0] for v in legs.values())
    right = sum(v[1] for v in legs.values())
    print(f"\n{total} legs, {right} right ({right / max(total, 1):.2f})")
    if a.write:
        with open(a.write, encoding="utf-8") as f:
            header = [l for l in f.read().splitlines() if l.startswith("#")]
        rows = [f"{p}\t{sh[p][0]:.2f}\t{legs[p][0]}" for p in POINTS]
        with open(a.write, "w", encoding="utf-8") as f:
            f.write("\n".join(header + rows) + "\n")


if __name__ == "__main__":
    main()
