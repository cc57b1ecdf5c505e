#!/usr/bin/env bash
# By hand (CI has no LibreOffice): scores every package fixture with the built command, then has LibreOffice open
# each result and export its first sheet; the 得分 column must read 7,3,4,8 and the total 22.
#   npm run build:cli && bash test/package/libreoffice-check.sh     (KAOHE_BUILD=dir: a build elsewhere, holding bin/ and dist/)
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/findings.json" <<'JSON'
{"unit":"嵯岗镇","findings":[{"item":"党员队伍建设","clause":"专门电脑"},{"item":"发展党员","clause":1},{"item":"党员干部教育管理","clause":"少一次","count":2}]}
JSON
failures=0
for name in plain chart image comments validation conditional names frozen extra-sheet no-score-column absolute-paths macro; do
  ext=xlsx; [ "$name" = macro ] && ext=xlsm
  cp "test/fixtures/packages/$name.$ext" "$work/"
  node "${KAOHE_BUILD:-.}/bin/kaohe.js" score "$work/$name.$ext" --findings "$work/findings.json" > /dev/null
  mkdir -p "$work/csv-$name"
  soffice -env:UserInstallation=file://$work/profile --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76' --outdir "$work/csv-$name" "$work/$name.scored.$ext" > /dev/null 2>&1 || true
  csv="$work/csv-$name/$name.scored.csv"
  scores=$( [ -f "$csv" ] && /usr/bin/python3 -c 'import csv, sys; rows = list(csv.reader(open(sys.argv[1], encoding="utf-8"))); print(",".join(r[5] for r in rows[3:8]))' "$csv" || echo "LibreOffice could not open it")
  if [ "$scores" = "7,3,4,8,22" ]; then echo "ok    $name.scored.$ext  得分 $scores"; else echo "FAIL  $name.scored.$ext  $scores"; failures=$((failures + 1)); fi
done
# LibreOffice still sees the chart, the image and the log sheet: re-saved by it, the parts are there.
for name in chart image; do
  mkdir -p "$work/resaved"
  soffice -env:UserInstallation=file://$work/profile --headless --convert-to xlsx --outdir "$work/resaved" "$work/$name.scored.xlsx" > /dev/null 2>&1 || true
  parts=$(unzip -l "$work/resaved/$name.scored.xlsx" 2>/dev/null | grep -Eo 'xl/(charts/chart|media/image)[0-9]+\.[a-z]+' | paste -sd' ' || true)
  sheets=$(unzip -p "$work/resaved/$name.scored.xlsx" xl/workbook.xml 2>/dev/null | grep -o '<sheet [^>]*name="[^"]*"' | sed 's/.*name="//;s/"//' | paste -sd' ' || true)
  if [ -n "$parts" ] && [[ "$sheets" == *扣分明细* ]]; then echo "ok    $name.scored.xlsx re-saved by LibreOffice: $parts; sheets $sheets"; else echo "FAIL  $name.scored.xlsx re-saved: parts '$parts' sheets '$sheets'"; failures=$((failures + 1)); fi
done
echo "libreoffice-check: $failures failures"
exit "$failures"
