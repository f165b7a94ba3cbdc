#!/usr/bin/env bash
# Renders an HTML report to a PNG with headless Chromium, to look at the charts as a reader would.
#
#   docs/render-report.sh [REPORT.html [OUT.png [HEIGHT]]]
#
# With no argument it runs the main job first (./mvnw -q compile exec:java) and renders
# digitrade-report.html. Needs Chromium: on Debian, `apt-get install chromium`.
set -euo pipefail
cd "$(dirname "$0")/.."

report=${1:-digitrade-report.html}
png=${2:-${report%.html}.png}
height=${3:-6000}

if [ $# -eq 0 ]; then
  ./mvnw -q compile exec:java -Dexec.args="--quiet --out $report"
fi
if [ ! -r "$report" ]; then
  echo "render-report: cannot read $report" >&2
  exit 1
fi

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "render-report: no Chromium found; on Debian: apt-get install chromium" >&2
  exit 1
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
  --screenshot="$(realpath -m "$png")" --window-size=1280,"$height" \
  "file://$(realpath "$report")" 2>/dev/null
echo "render-report: wrote $png"
