#!/usr/bin/env bash
# Fails when translations/*.ts are not complete for the current sources: run as the ctest
# `translations_complete`. It runs scripts/update-translations.sh (lupdate over src/ and ui/) on a
# copy of the catalogues in a temporary folder — the tree is not touched — and then requires that
#   - lupdate found nothing new and nothing gone (the same messages: context, source and comment;
#     line numbers may move), and
#   - no message is unfinished (type="unfinished") in zongzhi_zh_CN.ts or zongzhi_en.ts.
# To fix: scripts/update-translations.sh, then translate what it reports (Qt Linguist, or by hand).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/zz-ts-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The same layout as the repository, so that lupdate writes the same relative locations.
mkdir -p "$tmp/translations" "$tmp/scripts"
cp "$repo"/translations/*.ts "$tmp/translations/"
cp "$repo/scripts/update-translations.sh" "$repo/scripts/fill-identity-translations.mjs" "$tmp/scripts/"
ln -s "$repo/src" "$tmp/src"
ln -s "$repo/ui" "$tmp/ui"
(cd "$tmp" && bash scripts/update-translations.sh >"$tmp/lupdate.log" 2>&1) || { cat "$tmp/lupdate.log"; exit 1; }

status=0
# The messages of a catalogue, one per line: context, source and comment (newlines written as \n).
sources() {
  perl -0777 -ne 'my $ctx; while (/<name>(.*?)<\/name>|<message\b[^>]*>(.*?)<\/message>/sg) {
      if (defined $1) { $ctx = $1; next }
      my $m = $2; my ($s) = $m =~ /<source>(.*?)<\/source>/s; my ($c) = $m =~ /<comment>(.*?)<\/comment>/s;
      my $line = "$ctx: $s" . (defined $c ? " ($c)" : ""); $line =~ s/\n/\\n/g; print "$line\n" }' "$1" | sort -u
}
for ts in zongzhi_zh_CN.ts zongzhi_en.ts; do
  if ! cmp -s <(sources "$repo/translations/$ts") <(sources "$tmp/translations/$ts"); then
    status=1
    added=$(comm -13 <(sources "$repo/translations/$ts") <(sources "$tmp/translations/$ts") | wc -l)
    gone=$(comm -23 <(sources "$repo/translations/$ts") <(sources "$tmp/translations/$ts") | wc -l)
    echo "translations/$ts is not up to date with the sources: $added new message(s), $gone obsolete;" \
         "run scripts/update-translations.sh"
    comm -13 <(sources "$repo/translations/$ts") <(sources "$tmp/translations/$ts") | head -n 15 | sed 's/^/  new: /'
    comm -23 <(sources "$repo/translations/$ts") <(sources "$tmp/translations/$ts") | head -n 15 | sed 's/^/  obsolete: /'
  fi
  unfinished=$(grep -c 'type="unfinished"' "$tmp/translations/$ts" || true)
  if [ "$unfinished" -gt 0 ]; then
    status=1
    echo "translations/$ts: $unfinished unfinished message(s), e.g.:"
    perl -0777 -ne 'my $ctx; while (/<name>(.*?)<\/name>|<message\b[^>]*>(.*?)<\/message>/sg) {
        if (defined $1) { $ctx = $1; next }
        my $m = $2; next unless $m =~ /type="unfinished"/;
        my ($s) = $m =~ /<source>(.*?)<\/source>/s; $s =~ s/\n/\\n/g; print "  $ctx: $s\n" }' \
      "$tmp/translations/$ts" | head -n 25
  fi
done
[ "$status" -eq 0 ] && echo "translations complete: $(grep -c '<message' "$tmp/translations/zongzhi_en.ts") messages in zh_CN and en"
exit $status
