#!/usr/bin/env bash
# Builds Zongzhi Workbench and runs every test: core, storage on SQLite AND on a throwaway
# PostgreSQL 15 cluster started here (and stopped on exit, also when tests fail), GUI under offscreen.
# Usage: scripts/test.sh [extra ctest arguments]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

bash scripts/install-deps.sh

build_dir=${ZONGZHI_BUILD_DIR:-build/test}
# Line tables only (-g1): backtraces keep functions, files and lines, but each of the ~110 test programs
# no longer carries full debug info of every library it links (15 GB for a clean build with -g, which
# filled a CI machine's disk at stop 22; 4.5 GB with -g1, and the build took 11 min 44 s here).
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DZONGZHI_WERROR=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"

# ---- a throwaway PostgreSQL cluster on a free loopback port
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d /tmp/zongzhi-pg.XXXXXX)
run_as=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: use the unprivileged account the Debian package created.
  chown postgres "$pg_dir"
  run_as=(runuser -u postgres --)
fi
port=55432
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

stop_pg() {
  "${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_pg EXIT

# Password authentication on TCP (scram-sha-256), so the tests really check the accounts' login
# roles; the superuser gets a fresh random password for this run. Local sockets stay trusted.
pg_password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$pg_password" >"$pg_dir/superuser.pw"
chmod 644 "$pg_dir/superuser.pw"
"${run_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U zongzhi -A scram-sha-256 --auth-local=trust \
  --pwfile="$pg_dir/superuser.pw" -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 ||
  { cat "$pg_dir/initdb.log"; exit 1; }
rm -f "$pg_dir/superuser.pw"
"${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null ||
  { cat "$pg_dir/server.log"; exit 1; }
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $pg_dir)"

export ZONGZHI_TEST_PG_URL="postgresql://zongzhi:$pg_password@127.0.0.1:$port/postgres"
export QT_QPA_PLATFORM=offscreen
set +e
ctest --test-dir "$build_dir" --output-on-failure -j"$(nproc)" "$@"
status=$?
# The Debian package in clean Debian 12 roots (root, debootstrap, a few minutes): on request.
if [ "${ZONGZHI_PACKAGE_TEST:-0}" = 1 ]; then
  ZONGZHI_BUILD_DIR="$build_dir" bash scripts/package-test.sh || status=1
fi
set -e
exit $status
