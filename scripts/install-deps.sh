#!/usr/bin/env bash
# Installs every Debian package Zongzhi Workbench needs to build, run and test.
# Idempotent: packages already present are skipped, so a second run costs a dpkg query.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6svg6 qt6-qpa-plugins
  libsqlite3-dev libpq-dev
  libsodium-dev libqrencode-dev liblzma-dev libxlsxwriter-dev liborcus-dev libixion-dev zlib1g-dev
  qt6-charts-dev qt6-webengine-dev qt6-webchannel-dev qt6-positioning-dev libqt6webenginecore6-bin
  libreoffice-calc-nogui clang libclang-rt-14-dev
  postgresql postgresql-contrib
  fonts-noto-cjk fonts-wqy-zenhei poppler-utils xvfb xauth
  help2man desktop-file-utils appstream debootstrap
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
