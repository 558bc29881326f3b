#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources with lupdate. Source strings are Chinese, so the
# zh_CN catalogue is filled with the source text itself; English needs a translator (or Linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate -locations relative -no-obsolete src -source-language zh_CN \
  -ts translations/zongzhi_zh_CN.ts translations/zongzhi_en.ts
node scripts/fill-identity-translations.mjs translations/zongzhi_zh_CN.ts
echo "Unfinished English messages: $(grep -c 'type="unfinished"' translations/zongzhi_en.ts || true)"
