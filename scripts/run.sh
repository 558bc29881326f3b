#!/usr/bin/env bash
# Builds Zongzhi Workbench and starts the desktop app. Without --db or ZONGZHI_DB it opens the
# embedded SQLite database in the user's data folder, creating it (and offering demo data) on first run.
# Usage: scripts/run.sh [--db URL] [--lang en]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

bash scripts/install-deps.sh

build_dir=${ZONGZHI_BUILD_DIR:-build/release}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZONGZHI_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" -j"$(nproc)" --target zongzhi zongzhi-cli

if [ "$(id -u)" -eq 0 ]; then
  export QTWEBENGINE_DISABLE_SANDBOX=1
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting under xvfb-run (set DISPLAY to use your own screen)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/src/app/zongzhi" "$@"
fi
exec "$build_dir/src/app/zongzhi" "$@"
