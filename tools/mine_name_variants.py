#!/usr/bin/env python3
"""Candidate spelling variants of the people lexicon's names, mined from a corpus.

usage: tools/mine_name_variants.py CORPUS_DIR...   (directories of .txt articles)

Prints name_en, a known form, and a form of the same number of words seen in at least 8 articles
that differs from it in one word by one letter (two for words of five letters or more): TSV, for a
person to read. Most candidates are other people (محمد الخامس for محمد السادس) or a clitic on the
first word; only true press spellings belong in assets/people/officials.tsv.
"""
import re,glob,collections,sys,os
def norm(w):
    w=re.sub('[\u064B-\u0652\u0640]','',w)
    w=re.sub('[أإآ]','ا',w).replace('ة','ه').replace('ى','ي').replace('ؤ','و').replace('ئ','ي')
    return w
tok=re.compile(r'[\u0621-\u064A\u0640\u064B-\u0652]+')
grams=collections.Counter()
files=[f for d in sys.argv[1:] for f in glob.glob(d+'/**/*.txt',recursive=True)]
for f in files:
    t=[norm(x) for x in tok.findall(open(f,errors='ignore').read())]
    seen=set()
    for n in (2,3,4):
        for i in range(len(t)-n+1):
            g=tuple(t[i:i+n]); 
            if g not in seen: seen.add(g); grams[g]+=1
def ed(a,b):
    d=list(range(len(b)+1))
    for i,ca in enumerate(a,1):
        p=d[:]; d[0]=i
        for j,cb in enumerate(b,1):
            d[j]=min(p[j]+1,d[j-1]+1,p[j-1]+(ca!=cb))
    return d[-1]
aliases=[]
for l in open(os.path.join(os.path.dirname(__file__),'..','assets','people','officials.tsv'),encoding='utf-8'):
    if l.startswith('#') or not l.strip(): continue
    c=l.rstrip('\n').split('\t')
    for a in c[1].split('|'):
        w=tuple(norm(x) for x in a.split())
        if len(w)>=2: aliases.append((c[0],w))
known=set(w for _,w in aliases)
byfirst=collections.defaultdict(list)
for g,n in grams.items():
    if n>=8: byfirst[len(g)].append((g,n))
out=set()
for name,w in aliases:
    for g,n in byfirst[len(w)]:
        if g in known: continue
        diff=[i for i in range(len(w)) if w[i]!=g[i]]
        if len(diff)!=1: continue
        i=diff[0]
        if len(w[i])<3 or len(g[i])<3: continue
        if ed(w[i],g[i])<=1 or (ed(w[i],g[i])==2 and len(w[i])>=5):
            out.add((name,' '.join(w),' '.join(g),n))
for o in sorted(out): print('\t'.join(map(str,o)))
