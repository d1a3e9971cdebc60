#!/usr/bin/env python3
"""Extracts visits from a corpus on Spark: `jawla extract --jsonl` through
RDD.pipe(), the articles' results written as Parquet.

    tools/spark_extract.py --jawla PATH/TO/jawla --out visits.parquet \
        [--published YYYY-MM-DD] [--master local[2]] [--partitions N] \
        [--summary] FILE...

Each article goes to the executors as a JSON line {"path", "text"} (so the
executors need jawla, not the files); jawla answers one JSON line per
article, in input order, in each partition, and Spark keeps the partitions'
order. The Parquet has one row per article: `seq` (its position in the
input), `path`, `published`, `error` (for a file jawla could not read) and
`visits` (the ARTICLE of docs/extract-output.md, as a JSON string, so the
contract reaches Parquet unchanged).

--summary reads the Parquet back with pyarrow and prints one JSON line per
row: seq, path and each visit's visitor and date. tests/core/spark.rs runs
it on a small corpus and compares with `jawla extract --jsonl` run alone;
docs/batch.md shows the same script.
"""
import argparse
import json
import os
import shlex
import sys


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--jawla", required=True, help="the jawla binary (on every executor)")
    p.add_argument("--out", required=True, help="the Parquet folder to write")
    p.add_argument("--published", help="publication date for relative dates")
    p.add_argument("--master", default="local[2]")
    p.add_argument("--partitions", type=int, default=3)
    p.add_argument("--summary", action="store_true", help="read the Parquet back and print it")
    p.add_argument("files", nargs="+")
    return p.parse_args(argv)


def extract(args):
    from pyspark.sql import SparkSession
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    # A local Spark stays on the loopback interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    spark = (
        SparkSession.builder.master(args.master)
        .appName("jawla-extract")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        records = []
        for path in args.files:
            with open(path, encoding="utf-8", errors="replace") as f:
                records.append(json.dumps({"path": path, "text": f.read()}, ensure_ascii=False))
        # One jawla process per partition; each Spark task already owns a core.
        command = [args.jawla, "extract", "--jsonl", "--jobs", "1"]
        if args.published:
            command += ["--published", args.published]
        lines = (
            spark.sparkContext.parallelize(records, args.partitions)
            .pipe(shlex.join(command), checkCode=True)
            .zipWithIndex()
            .map(lambda pair: row(pair[0], pair[1]))
        )
        schema = StructType([
            StructField("seq", LongType(), False),
            StructField("path", StringType(), True),
            StructField("published", StringType(), True),
            StructField("error", StringType(), True),
            StructField("visits", StringType(), True),
        ])
        spark.createDataFrame(lines, schema).write.mode("overwrite").parquet(args.out)
    finally:
        spark.stop()


def row(line, seq):
    """One output line of jawla as a Parquet row."""
    article = json.loads(line)
    visits = article.get("visits")
    return (
        seq,
        article.get("path"),
        article.get("published"),
        article.get("error"),
        None if visits is None else json.dumps(visits, ensure_ascii=False),
    )


def summary(out):
    import pyarrow.parquet as pq

    # In the order the files hold them: the partitions in order.
    table = pq.read_table(out)
    for r in table.to_pylist():
        visits = json.loads(r["visits"]) if r["visits"] is not None else []
        print(json.dumps({
            "seq": r["seq"],
            "path": os.path.basename(r["path"] or ""),
            "error": r["error"],
            "visits": [[v["visitor"]["name_en"], v["date"]] for v in visits],
        }, ensure_ascii=False))


def main(argv):
    args = parse_args(argv)
    extract(args)
    if args.summary:
        summary(args.out)


if __name__ == "__main__":
    main(sys.argv[1:])
