#!/usr/bin/env bash
# Re-creates resources/web/leaflet and resources/web/leaflet.heat from the npm registry (npm pack),
# checking the tarballs' SHA-256, so the vendored map libraries can be verified or refreshed.
# The app loads them from its resources: the map works with no network at all.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent leaflet@1.9.4 leaflet.heat@0.2.0 >/dev/null
echo "84c65a256e50657896f54c33bd857b6849ebe94c817803be818bf32a3dde0b77  leaflet-1.9.4.tgz" | sha256sum -c -
echo "6d980bce16b6bbe8e3b124d200dfd12964ff8f6bfff44eb3a47344f97dfc5c7f  leaflet.heat-0.2.0.tgz" | sha256sum -c -
mkdir leaflet heat
tar xzf leaflet-1.9.4.tgz -C leaflet
tar xzf leaflet.heat-0.2.0.tgz -C heat
out="$here/resources/web"
mkdir -p "$out/leaflet/images" "$out/leaflet.heat"
cp leaflet/package/dist/leaflet.js leaflet/package/dist/leaflet.css leaflet/package/LICENSE "$out/leaflet/"
cp leaflet/package/dist/images/* "$out/leaflet/images/"
cp heat/package/dist/leaflet-heat.js heat/package/LICENSE "$out/leaflet.heat/"
echo "resources/web: leaflet 1.9.4 and leaflet.heat 0.2.0 written"
