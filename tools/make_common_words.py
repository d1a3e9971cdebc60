#!/usr/bin/env python3
"""Rebuild assets/lexicon/common_words.txt from a corpus of Arabic news.

usage: python3 tools/make_common_words.py CORPUS_DIR [--min 100]

CORPUS_DIR is searched for .txt files (markup such as <TITLE> tags is
dropped). A word is kept when it is seen at least --min times, stands after a
given name (assets/lexicon/given_names.txt, without the given names that are
everyday words: على is written علي) at most twice or in under 2 % of its uses
(a family name stands there often), and is none of: a given name, a word of a
name of the people lexicon or of the development corpora (../shared/corpus),
a place, nationality, title or organization of the resources, with or without
clitics. The list was built from the ANT multi-source corpus (2018; Al
Arabiya, BBC, CNN, France24, Sky News Arabia), not from the audit corpus.
Standard library only.
"""
import collections
import glob
import json
import os
import re
import sys

DIAC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u0640\u064b-\u065f\u0670]+")
# Given names that are everyday words too: على (on) is written علي.
EVERYDAY = set("علي حسن سعيد عادل كمال جمال امين طلال صالح فيصل ناصر منصور هادي رياض شريف نبيل سامي سلطان".split())
# Footballers and others the filter lets through (harmless, but not common words).
NAMES = set("رونالدو ميسي نيمار زيدان مورينيو راموس غوارديولا ليونيل كريستيانو يوفنتوس يونايتد تشلسي اتلتيكو "
            "الزمالك ابل غولن ميلانيا زوكربيرغ الدريهمي وكيم مبابي مودريتش لوكاكو بوغبا هازارد غريزمان انييستا "
            "بوفون سامباولي ديشان يورغن كلوب لوف ايمري واينستين".split())
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def norm(t):
    t = DIAC.sub("", t)
    t = re.sub("[أإآٱ]", "ا", t)
    return (t.replace("ة", "ه").replace("ى", "ي").replace("ئ", "ي").replace("ؤ", "و")
            .replace("ی", "ي").replace("ک", "ك"))


def rows(name):
    for line in open(os.path.join(ROOT, "assets", name), encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")


def variants(cell):
    return [v.strip() for v in cell.split("|") if v.strip() and v.strip() != "-"]


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    minimum = int(args[args.index("--min") + 1]) if "--min" in args else 100
    corpus = args[0]
    given = {norm(w) for r in rows("lexicon/given_names.txt") for w in r[0].split()}
    firsts, people = set(), set()

    def phrase(p):
        if p.split():
            firsts.add(norm(p.split()[0]))

    for r in rows("gazetteer/countries.tsv"):
        for v in variants(r[2]):
            phrase(v)
        for v in variants(r[3]):
            phrase(v)
            phrase("ال" + v)
    for r in rows("gazetteer/cities.tsv"):
        for v in variants(r[5]):
            phrase(v)
    for name, col in (("lexicon/titles.tsv", 0), ("people/officials.tsv", 1),
                      ("gazetteer/organizations.tsv", 2), ("lexicon/institutions.tsv", 0)):
        for r in rows(name):
            for v in variants(r[col]):
                phrase(v)
                if name.startswith("people"):
                    people.update(norm(w) for w in v.split())
    for r in rows("lexicon/honorifics.txt"):
        firsts.add(norm(r[0].strip()))
    for f in glob.glob(os.path.join(ROOT, "..", "shared", "corpus", "*", "*.json")):
        for v in json.load(open(f, encoding="utf-8")).get("visits", []):
            for n in [v.get("visitor_ar") or ""] + (v.get("counterparts_ar") or []):
                people.update(norm(w) for w in n.split())

    count, after_given = collections.Counter(), collections.Counter()
    counted_given = given - EVERYDAY
    for dirpath, _, files in os.walk(corpus):
        for f in files:
            if not f.endswith(".txt"):
                continue
            text = re.sub(r"<[^>]+>", " ", open(os.path.join(dirpath, f), encoding="utf-8", errors="replace").read())
            prev = ""
            for t in map(norm, WORD.findall(text)):
                count[t] += 1
                if prev in counted_given:
                    after_given[t] += 1
                prev = t

    def readings(w):
        out, bases = [w], [w]
        if len(w) >= 3 and w[0] in "وف":
            out.append(w[1:])
            bases.append(w[1:])
        for b in bases:
            if len(b) >= 3 and b[0] in "بلك":
                out.append(b[1:])
                if b.startswith("لل"):
                    out.append("ال" + b[2:])
        return out

    keep = []
    for w, n in count.most_common():
        if n < minimum:
            break
        ag = after_given[w]
        if len(w) < 2 or w in given or w in people or w in NAMES:
            continue
        if ag > 2 and ag / n >= 0.02:
            continue
        if any(r in firsts for r in readings(w)):
            continue
        keep.append(w)
    header = open(os.path.join(ROOT, "assets/lexicon/common_words.txt"), encoding="utf-8").read()
    header = "".join(l for l in header.splitlines(True) if l.startswith("#"))
    body = "\n".join(" ".join(keep[i:i + 16]) for i in range(0, len(keep), 16))
    with open(os.path.join(ROOT, "assets/lexicon/common_words.txt"), "w", encoding="utf-8") as out:
        out.write(header + body + "\n")
    print(f"{len(keep)} common words")


if __name__ == "__main__":
    main()
