#!/bin/bash
# Remakes the document fixtures of io-document from the text tables, with the tools a government
# office uses: LibreOffice for Word and PDF, a GBK web page as a site serves it. Not run by the
# build (the tests must not need LibreOffice); run it by hand after changing a source table:
#   apt-get install -y libreoffice-writer fonts-noto-cjk
#   bash io-document/src/test/fixtures-src/make-fixtures.sh   (from the repository root, after mvn -q -DskipTests package)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
text="$here/../resources/io/github/workreport/document/text"
out="$here/../resources/io/github/workreport/document/fixtures"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp=$(cd "$root" && mvn -q -pl io-document dependency:build-classpath -Dmdep.outputFile=/dev/stdout):"$root/core/target/classes"
javac -nowarn -d "$work" -cp "$cp" "$here/ToHtml.java" "$here/Scan.java"
run() { java -cp "$work:$cp" "$@"; }
office() { # office html → .docx (LibreOffice's Writer import, so the table keeps its grid) → .pdf
  (cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" "$1-src.html" >/dev/null \
    && mv "$1-src.docx" "$1.docx" && soffice --headless --convert-to pdf "$1.docx" >/dev/null)
}
for name in baqiao-2020 02_xianning-2020-h1 05_yueyanglou-2017-jan-aug 13_xiaoxian-2025-sep 16_wenzhou-2015-annual; do
  run ToHtml "$text/$name.txt" "$work/$name-src.html" office
  run ToHtml "$text/$name.txt" "$out/$name.html" site
  office "$name"
  cp "$work/$name.docx" "$work/$name.pdf" "$out/"
done
(cd "$work" && soffice --headless --convert-to doc:"MS Word 97" baqiao-2020.docx >/dev/null && cp baqiao-2020.doc "$out/")
# prose in two columns above and below the table (Writer's <multicol>)
python3 - "$work/05_yueyanglou-2017-jan-aug-src.html" "$work/two-column-src.html" <<'PY'
import sys
src = open(sys.argv[1], encoding='utf-8').read()
p1 = ("岳阳楼区人民政府办公室对照省政府确定的重点民生实事，逐项跟踪各责任单位的进度，按月调度、按季通报。"
      "现将1至8月完成情况通报如下，请各单位对照目标查漏补缺，确保年底全面完成。")
p2 = ("各责任单位要把民生实事摆在突出位置，主要负责同志亲自抓，分管负责同志具体抓，"
      "对进度滞后的项目逐一分析原因，制定赶超措施，每月底前报送进展情况。")
two = '<multicol cols="2"><p>' + p1 + '</p><p>' + p2 + '</p></multicol>\n'
i = src.index('<table'); out = src[:i] + two + src[i:]
j = out.rindex('</body>'); out = out[:j] + two + out[j:]
open(sys.argv[2], 'w', encoding='utf-8').write(out)
PY
office two-column && cp "$work/two-column.pdf" "$out/two-column-05_yueyanglou-2017-jan-aug.pdf"
# the same table without cell borders, and scanned (each page an image, no text layer)
sed 's/border="1"/border="0"/' "$work/13_xiaoxian-2025-sep-src.html" > "$work/borderless-src.html"
(cd "$work" && soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf borderless-src.html >/dev/null)
cp "$work/borderless-src.pdf" "$out/borderless-13_xiaoxian-2025-sep.pdf"
run Scan "$out/13_xiaoxian-2025-sep.pdf" "$out/scanned-13_xiaoxian-2025-sep.pdf"
# a table of indicators (指标 · 单位 · 年度目标 · 目标增速(%) · 实绩 · 增速(%)), as a plan's execution report gives it
# (the page itself, fixtures/indicators.html, is written by hand and is the source of the others; in the
# PDF LibreOffice sets 目标增速(%) so close to 实绩 that PDFBox gives the two header cells as one piece)
cp "$out/indicators.html" "$work/indicators-src.html" && office indicators && cp "$work/indicators.docx" "$work/indicators.pdf" "$out/"
# narrow columns with wrapped and merged cells (rowspan): each page written by hand, its PDF made the same way
for name in indicators-narrow merged-cells; do
  cp "$out/$name.html" "$work/$name-src.html" && office "$name" && cp "$work/$name.pdf" "$out/"
done
# the table of indicators with rules between its rows only (no vertical rules: the columns are the gaps)
sed 's/<table border="1" cellspacing="0">/<table border="1" cellspacing="0" frame="hsides" rules="rows">/' \
  "$out/indicators.html" > "$work/indicators-rows-src.html" && office indicators-rows && cp "$work/indicators-rows.pdf" "$out/"
