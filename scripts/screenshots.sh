#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) from the real windows: the board,
# the intake window and the case view, in Chinese and English, rendered offscreen on demo data by
# the GUI test tst_first_week; the first-run wizard's division page by tst_first_run; and the user
# guide's pictures (resources/help/<lang>/images: every module and the settings dialog) by tst_help_gui,
# compiled into the app at the next build. Needs a configured build (scripts/test.sh or cmake -B build/test).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/test}
cmake --build "$build" --target tst_first_week tst_help_gui tst_first_run
work=$(mktemp -d "${TMPDIR:-/tmp}/zz-screenshots.XXXXXX")
trap 'rm -rf "$work"' EXIT
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 ZONGZHI_TEST_BACKEND=sqlite \
  ZONGZHI_SCREENSHOT_DIR="$work" ZONGZHI_README_SCREENSHOTS="$PWD/docs/screenshots" \
  "$build/tests/gui/tst_first_week" screenshots
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 ZONGZHI_TEST_BACKEND=sqlite \
  ZONGZHI_SCREENSHOT_DIR="$work" ZONGZHI_README_SCREENSHOTS="$PWD/docs/screenshots" \
  "$build/tests/gui/tst_first_run" screenshots
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 ZONGZHI_SCREENSHOT_DIR="$work" \
  ZONGZHI_HELP_SCREENSHOTS="$PWD/resources/help" "$build/tests/gui/tst_help_gui" screenshots
ls -l docs/screenshots resources/help/*/images
