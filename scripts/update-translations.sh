#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources with lupdate. Source strings are Chinese, so the
# zh_CN catalogue is filled with the source text itself; English needs a translator (or Linguist).
set -euo pipefail
cd "$(dirname "$0")/.."

# lupdate does not expand macros, so a source file that wraps QT_TRANSLATE_NOOP in a one-argument
# macro of its own, e.g.
#   #define ZZ_T(text) QT_TRANSLATE_NOOP("zz::Types", text)
# (src/core/Types.cpp: status, role and action labels) would contribute nothing. Such files are
# copied with the macro written out, the copies are scanned as well, and the locations in the
# catalogues are pointed back at the real files (the line numbers are unchanged).
extra=$(mktemp -d "${TMPDIR:-/tmp}/zz-lupdate.XXXXXX")
trap 'rm -rf "$extra"' EXIT
extra_files=()
while IFS= read -r file; do
  mkdir -p "$extra/$(dirname "$file")"
  perl -ne '
    if (/^\s*#\s*define\s+(\w+)\s*\(\s*(\w+)\s*\)\s*QT_TRANSLATE_NOOP\s*\(\s*("[^"]*")\s*,\s*\2\s*\)/) { $m{$1} = $3 }
    for my $name (keys %m) { s/\b$name\s*\(/QT_TRANSLATE_NOOP($m{$name}, /g unless /^\s*#/ }
    print;' "$file" > "$extra/$file"
  extra_files+=("$extra/$file")
done < <(grep -rlE --include='*.cpp' --include='*.h' \
           '^\s*#\s*define\s+\w+\s*\(\s*\w+\s*\)\s*QT_TRANSLATE_NOOP\s*\(' src || true)

/usr/lib/qt6/bin/lupdate -locations relative -no-obsolete src ui "${extra_files[@]}" -source-language zh_CN \
  -ts translations/zongzhi_zh_CN.ts translations/zongzhi_en.ts
for ts in translations/zongzhi_zh_CN.ts translations/zongzhi_en.ts; do
  perl -pi -e 's{filename="[^"]*/zz-lupdate\.[^/"]+/src/}{filename="../src/}g' "$ts"
done
node scripts/fill-identity-translations.mjs translations/zongzhi_zh_CN.ts
echo "Unfinished English messages: $(grep -c 'type="unfinished"' translations/zongzhi_en.ts || true)"
