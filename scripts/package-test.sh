#!/usr/bin/env bash
# Installs the Debian package in clean Debian 12 roots and uses it there, as a township's IT person would:
#
#   1. builds the package (cmake --build <build> --target package), unless ZONGZHI_PACKAGE_DEB names one;
#   2. makes a minimal Debian 12 root with debootstrap from the mirror this machine's apt uses (the root
#      is kept as a tarball under <build>/package-test/ so that re-runs take seconds, and downloaded
#      packages are kept there too);
#   3. fresh install: `apt-get install ./zongzhi_*.deb` in the root (chroot), then as an ordinary user
#      `zongzhi-cli init`, `zongzhi-cli demo`, `zongzhi-cli info` in Chinese and English, the man pages,
#      the menu entry and metainfo, and the app started offscreen, logged in as a demo account, which
#      saves its main window and its help window as PNGs (zongzhi --screenshot);
#   4. upgrade: a second clean root with the previous package (ZONGZHI_PREVIOUS_DEB, else the package of
#      the last successful run, kept in <build>/package-test/previous/; on a first run the current
#      package relabelled <version>~previous), the database and settings made with it, then this
#      package installed over it: the cases, the accounts and the settings must still be there and the
#      app must open the same database.
#
# Needs root (debootstrap, chroot, mounts) and a few minutes on the first run. Screenshots and logs are
# left in <build>/package-test/out/. scripts/test.sh runs it when ZONGZHI_PACKAGE_TEST=1.
# Environment: ZONGZHI_BUILD_DIR (build/test), ZONGZHI_PACKAGE_DEB, ZONGZHI_PREVIOUS_DEB,
# ZONGZHI_DEBIAN_MIRROR (default: the first Debian URI in /etc/apt/sources*).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

if [ "$(id -u)" -ne 0 ]; then
  echo "package-test: needs root (debootstrap, chroot, mount); run it with sudo" >&2
  exit 2
fi
for tool in debootstrap dpkg-deb chroot mount; do
  command -v "$tool" >/dev/null || { echo "package-test: $tool is missing (scripts/install-deps.sh)" >&2; exit 2; }
done

build_dir=$(realpath -m "${ZONGZHI_BUILD_DIR:-build/test}")
work="$build_dir/package-test"
out="$work/out"
cache="$work/cache"
mkdir -p "$out" "$cache/archives/partial" "$work/previous"
rm -f "$out"/*

step() { printf '\n==== %s\n' "$*"; }
trap 'echo "package-test: failed at line $LINENO: $BASH_COMMAND" >&2' ERR
fail() { echo "package-test: FAILED: $*" >&2; exit 1; }

# ---- 1. the package
if [ -n "${ZONGZHI_PACKAGE_DEB:-}" ]; then
  deb=$(realpath "$ZONGZHI_PACKAGE_DEB")
else
  step "building the package in $build_dir"
  cmake --build "$build_dir" --target package
  deb=$(ls -t "$build_dir"/zongzhi_*.deb | head -n 1)
fi
[ -f "$deb" ] || fail "no package"
version=$(dpkg-deb -f "$deb" Version)
step "package $(basename "$deb") ($version)"
dpkg-deb -I "$deb" | tee "$out/dpkg-I.txt"
dpkg-deb -c "$deb" >"$out/dpkg-c.txt"

# ---- 2. a clean Debian 12 root, cached as a tarball
mirror=${ZONGZHI_DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
  mirror=$(grep -hoE '(URIs:|^deb)[[:space:]]+[^[:space:]]+' /etc/apt/sources.list.d/*.sources \
             /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep -v -- '-security' | head -n 1 || true)
  mirror=${mirror:-http://deb.debian.org/debian}
fi
base="$cache/bookworm-minbase.tar"
if [ ! -f "$base" ]; then
  step "debootstrap bookworm from $mirror (kept in $base)"
  tmp_root=$(mktemp -d "$work/debootstrap.XXXXXX")
  chmod 755 "$tmp_root"
  debootstrap --variant=minbase --cache-dir="$cache/archives" bookworm "$tmp_root" "$mirror" \
    >"$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log"; fail "debootstrap"; }
  tar -C "$tmp_root" -cf "$base.part" .
  mv "$base.part" "$base"
  rm -rf "$tmp_root"
fi

roots=()
mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
  for r in "${roots[@]}"; do rm -rf --one-file-system "$r"; done
}
trap cleanup EXIT

# A fresh root from the tarball, with this machine's apt sources, /proc, /dev and the shared package cache.
new_root() {
  local root
  root=$(mktemp -d "$work/root.XXXXXX")
  roots+=("$root")
  tar -C "$root" -xf "$base"
  chmod 755 "$root" # mktemp's 0700 would keep _apt (downloads) and the user out of /
  if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
    rm -f "$root/etc/apt/sources.list"
    cp /etc/apt/sources.list.d/*.sources "$root/etc/apt/sources.list.d/"
  fi
  [ -s /etc/apt/sources.list ] && cp /etc/apt/sources.list "$root/etc/apt/sources.list"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  mount -t proc proc "$root/proc" && mounts+=("$root/proc")
  mount --bind /dev "$root/dev" && mounts+=("$root/dev")
  mount --bind "$cache/archives" "$root/var/cache/apt/archives" && mounts+=("$root/var/cache/apt/archives")
  # The user who works with the program: no root, a home of her own.
  chroot "$root" useradd --create-home --shell /bin/bash clerk
  echo "$root"
}

in_root() { local root=$1; shift; chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }
# As the ordinary user, with a Chinese or English locale as given, no display.
as_clerk() {
  local root=$1 lang=$2; shift 2
  chroot "$root" runuser -u clerk -- env -i PATH=/usr/bin:/bin HOME=/home/clerk USER=clerk LANG="$lang" \
    XDG_RUNTIME_DIR=/tmp/clerk-runtime QT_QPA_PLATFORM=offscreen "$@"
}

install_deb() {
  local root=$1 file=$2
  cp "$file" "$root/tmp/"
  in_root "$root" apt-get update -qq >/dev/null
  in_root "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "/tmp/$(basename "$file")" \
    >"$out/apt-$(basename "$file").log" 2>&1 || { tail -n 30 "$out/apt-$(basename "$file").log"; fail "apt-get install $(basename "$file")"; }
  rm -f "$root/tmp/$(basename "$file")"
}

demo_password=zongzhi2026 # DemoDataGenerator::demoPassword()
screenshot() {
  local root=$1 login=$2 name=$3 lang=$4 help=${5:-with-help}
  local options=()
  [ "$lang" = en_US.UTF-8 ] && options=(--lang en)
  mkdir -p "$root/tmp/clerk-runtime" && chroot "$root" chown clerk /tmp/clerk-runtime && chmod 700 "$root/tmp/clerk-runtime"
  rm -f "$root/tmp/$name.png" "$root/tmp/$name-help.png"
  local status=0
  printf '%s\n' "$demo_password" | as_clerk "$root" "$lang" timeout 120 zongzhi "${options[@]}" --login "$login" \
    --password-stdin --screenshot "/tmp/$name.png" >"$out/$name.log" 2>&1 || status=$?
  cp "$root/tmp/$name.png" "$out/" 2>/dev/null || true
  cp "$root/tmp/$name-help.png" "$out/" 2>/dev/null || true
  [ "$status" -eq 0 ] || { cat "$out/$name.log"; fail "zongzhi --screenshot ($name) exited with $status"; }
  for png in "$out/$name.png" $([ "$help" = with-help ] && echo "$out/$name-help.png"); do
    [ -s "$png" ] || fail "no screenshot $png"
    [ "$(stat -c %s "$png")" -gt 20000 ] || fail "$png is suspiciously small (a blank window?)"
  done
  echo "screenshots: $out/$name.png $out/$name-help.png"
}

# ---- 3. fresh install
step "fresh install in a clean Debian 12 root"
root=$(new_root)
install_deb "$root" "$deb"
in_root "$root" dpkg -s zongzhi | grep -E '^(Status|Version):'
for f in /usr/bin/zongzhi /usr/bin/zongzhi-cli /usr/share/applications/zongzhi.desktop \
         /usr/share/icons/hicolor/scalable/apps/zongzhi.svg /usr/share/metainfo/io.github.zongzhi.Workbench.metainfo.xml \
         /usr/share/man/man1/zongzhi-cli.1.gz /usr/share/man/zh_CN/man1/zongzhi-cli.1.gz \
         /usr/share/man/man1/zongzhi.1.gz /usr/share/man/zh_CN/man1/zongzhi.1.gz \
         /usr/share/doc/zongzhi/copyright /usr/share/doc/zongzhi/changelog.gz; do
  [ -e "$root$f" ] || fail "$f is not installed"
done
grep -q '^Name=综治中心工作台$' "$root/usr/share/applications/zongzhi.desktop" || fail "menu name"
zcat "$root/usr/share/man/man1/zongzhi-cli.1.gz" | grep -q '^\.SH SYNOPSIS' || fail "man page"
zcat "$root/usr/share/man/zh_CN/man1/zongzhi-cli.1.gz" | grep -q '^\.SH 描述' || fail "Chinese man page"
for page in {man1,zh_CN/man1}/{zongzhi,zongzhi-cli}.1.gz; do
  # help2man in a non-UTF-8 locale writes Chinese as question marks; argv[0] must not be a build path
  ! zcat "$root/usr/share/man/$page" | grep -qE '\?\?\?|/src/(app|cli)/' || fail "mangled $page"
done

step "zongzhi-cli as an ordinary user"
as_clerk "$root" C.UTF-8 zongzhi-cli --version
as_clerk "$root" C.UTF-8 zongzhi-cli init | tee "$out/init.txt"
as_clerk "$root" C.UTF-8 zongzhi-cli demo --cases 300 | tail -n 3 | tee "$out/demo.txt"
as_clerk "$root" C.UTF-8 zongzhi-cli info | tee "$out/info-zh.txt"
as_clerk "$root" en_US.UTF-8 zongzhi-cli info | tee "$out/info-en.txt"
grep -q 'Schema version' "$out/info-en.txt" || fail "zongzhi-cli in English"
as_clerk "$root" C.UTF-8 zongzhi-cli --lang en --help >"$out/help-en.txt"
grep -q '^Usage' "$out/help-en.txt" || fail "zongzhi-cli --lang en --help is not English"

step "the app, offscreen"
screenshot "$root" leader1 app-zh_CN C.UTF-8
screenshot "$root" reception1 app-en en_US.UTF-8
settings="$root/home/clerk/.config/Zongzhi/zongzhi.conf"
[ -f "$settings" ] || fail "the app wrote no settings"

# ---- 4. upgrade from the previous package
step "upgrade"
previous=${ZONGZHI_PREVIOUS_DEB:-}
[ -n "$previous" ] || previous=$(ls -t "$work"/previous/zongzhi_*.deb 2>/dev/null | head -n 1 || true)
previous_note="the package of an earlier run"
if [ -z "$previous" ] || dpkg --compare-versions "$(dpkg-deb -f "$previous" Version)" ge "$version"; then
  # No older package at hand: the same files under a lower version still exercise dpkg's upgrade path
  # (files replaced, maintainer scripts, conffiles) and the user's data across it.
  source_deb=${previous:-$deb}
  relabel=$(mktemp -d "$work/relabel.XXXXXX")
  roots+=("$relabel")
  dpkg-deb -R "$source_deb" "$relabel/pkg"
  sed -i "s/^Version: .*/Version: ${version}~previous/" "$relabel/pkg/DEBIAN/control"
  dpkg-deb -b --root-owner-group "$relabel/pkg" "$relabel/zongzhi_${version}~previous_amd64.deb" >/dev/null
  previous="$relabel/zongzhi_${version}~previous_amd64.deb"
  previous_note="$(basename "$source_deb") relabelled ${version}~previous (no older package at hand)"
fi
echo "previous package: $(dpkg-deb -f "$previous" Package) $(dpkg-deb -f "$previous" Version) — $previous_note"
up=$(new_root)
install_deb "$up" "$previous"
as_clerk "$up" C.UTF-8 zongzhi-cli init >/dev/null
as_clerk "$up" C.UTF-8 zongzhi-cli demo --cases 200 >/dev/null
screenshot "$up" duty1 upgrade-before C.UTF-8 no-help # an older version may have no help yet
# The user's own choices, as 文件 → 设置 saves them (the app wrote the database it opened).
up_settings="$up/home/clerk/.config/Zongzhi/zongzhi.conf"
[ -f "$up_settings" ] || fail "the previous version wrote no settings"
printf '\n[security]\nidleLockMinutes=25\n' >>"$up_settings"
as_clerk "$up" C.UTF-8 zongzhi-cli info | grep -vE '^(数据库|Database)' >"$out/upgrade-info-before.txt"
db_sum_before=$(sha256sum "$up/home/clerk/.local/share/Zongzhi/zongzhi/zongzhi.db" | cut -d' ' -f1)
url_before=$(grep '^url=' "$up_settings")

install_deb "$up" "$deb"
in_root "$up" dpkg -s zongzhi | grep -q "^Version: $version\$" || fail "the upgrade did not install $version"
[ "$(sha256sum "$up/home/clerk/.local/share/Zongzhi/zongzhi/zongzhi.db" | cut -d' ' -f1)" = "$db_sum_before" ] ||
  fail "installing the package changed the user's database"
grep -q '^idleLockMinutes=25$' "$up_settings" || fail "the upgrade lost the settings"
[ "$(grep '^url=' "$up_settings")" = "$url_before" ] || fail "the upgrade lost the saved database"
as_clerk "$up" C.UTF-8 zongzhi-cli init >/dev/null
as_clerk "$up" C.UTF-8 zongzhi-cli info | grep -vE '^(数据库|Database)' >"$out/upgrade-info-after.txt"
# The schema may have been upgraded by init; the cases must all be there.
diff <(grep -v -E '版本|[Vv]ersion' "$out/upgrade-info-before.txt") \
     <(grep -v -E '版本|[Vv]ersion' "$out/upgrade-info-after.txt") || fail "cases changed across the upgrade"
screenshot "$up" duty1 upgrade-after C.UTF-8
grep -q '^idleLockMinutes=25$' "$up_settings" || fail "the new version dropped the user's settings"
[ "$(grep '^url=' "$up_settings")" = "$url_before" ] || fail "the new version forgot the saved database"

# The next run upgrades from this package.
rm -f "$work"/previous/zongzhi_*.deb
cp "$deb" "$work/previous/"
step "package test passed: $(basename "$deb"); screenshots and logs in $out"
