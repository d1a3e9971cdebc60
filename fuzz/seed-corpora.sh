#!/bin/sh
# Writes the seed corpora of the fuzz targets into fuzz/corpus/<target>/ (gitignored):
# the repository's seeds, the shared dev articles (if /work/shared is there), the
# workspace fixtures, and four hand-written HTML pages. Run from fuzz/.
set -eu
DEV=${DEV:-/work/shared/corpus/dev}
mkdir -p corpus/pages corpus/decode corpus/html corpus/workspace corpus/extract

# HTML pages: metadata dates, script/style, comments, entities, raw-text and
# foreign elements, 600-deep nesting.
cat > corpus/pages/a.html <<'EOF'
<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>زيارة</title>
<meta property="article:published_time" content="2024-06-10T08:00:00+03:00">
<style>p{color:red}</style><script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>وزير الخارجية يزور عمّان</h1>
<p>وصل وزير الخارجية إلى عمّان&nbsp;اليوم &amp; التقى نظيره.</p><p>وبحث الجانبان <b>العلاقات</b> الثنائية.<br>سطر</p>
<!-- comment <p>hidden</p> --></article><footer>حقوق</footer></body></html>
EOF
cat > corpus/pages/b.htm <<'EOF'
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<meta name="pubdate" content="2023-01-05"></head><body><div><div><div><p>text &#x627;&#1604; &#0; &#13; end</p>
<time itemprop="datePublished" datetime="2022-12-31">x</time><textarea><p></textarea><table><tr><td>خلية</td></tr></table>
<ul><li>أ<li>ب</ul><pre>  pre
 text</pre><noscript><p>ns</p></noscript></div></div></div></body></html>
EOF
python3 -c "print('<html><body>' + '<div>'*600 + 'عميق' + '</div>'*600 + '</body></html>')" \
  > corpus/pages/c.html
printf '<!doctype html><body><p title="a>b" data-x=\047<div>\047>q</p><![CDATA[x]]><svg><p>s</svg><math><mi>m</math><iframe><p>if</iframe><xmp><b></xmp><plaintext><p>' \
  > corpus/pages/d.html

# html: the pages and the seeds.
cp corpus/pages/* ../seeds/*.txt corpus/html/

# extract: seeds and dev articles.
cp ../seeds/*.txt corpus/extract/
[ -d "$DEV" ] && cp "$DEV"/*.txt corpus/extract/

# decode: the first byte picks the file name (see fuzz_targets/decode.rs):
# 0x00 article.txt, 0x01 page.html, 0x04 no extension (content sniffing).
for f in corpus/extract/*.txt; do
  { printf '\000'; cat "$f"; } > "corpus/decode/t_$(basename "$f")"
done
for f in corpus/pages/*; do
  { printf '\001'; cat "$f"; } > "corpus/decode/h_$(basename "$f")"
  { printf '\004'; cat "$f"; } > "corpus/decode/n_$(basename "$f")"
done
python3 - <<'EOF'
import glob
for i, f in enumerate(sorted(glob.glob('../seeds/*.txt'))[:3]):
    t = open(f, encoding='utf-8').read()
    open(f'corpus/decode/u16le_{i}', 'wb').write(b'\x00\xff\xfe' + t.encode('utf-16-le'))
    open(f'corpus/decode/u16be_{i}', 'wb').write(b'\x00\xfe\xff' + t.encode('utf-16-be'))
    open(f'corpus/decode/cp1256_{i}', 'wb').write(b'\x00' + t.encode('cp1256', errors='replace'))
    open(f'corpus/decode/bom8_{i}', 'wb').write(b'\x00\xef\xbb\xbf' + t.encode() + b'\r\n\x00x\r')
    # Mixed encodings (ingest::decode_mixed): half UTF-8, half windows-1256,
    # and a windows-1256 file with one UTF-8 line.
    half = len(t) // 2
    open(f'corpus/decode/mixed_{i}', 'wb').write(
        b'\x00' + t[:half].encode() + t[half:].encode('cp1256', errors='replace'))
    line = t.split('\n')[0]
    open(f'corpus/decode/mixed1_{i}', 'wb').write(
        b'\x00' + t.encode('cp1256', errors='replace') + b'\n' + line.encode() + b'\n')
open('corpus/decode/pdf', 'wb').write(b'\x00%PDF-1.4\n')
open('corpus/decode/png', 'wb').write(b'\x00\x89PNG\r\n\x1a\n')
EOF

# workspace: the loader's fixtures (valid, truncated, foreign, newer, wrong types).
cp ../tests/fixtures/workspace/*.json ../tests/fixtures/seed_timeline.json corpus/workspace/
