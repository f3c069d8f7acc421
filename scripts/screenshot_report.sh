#!/usr/bin/env bash
# Render a report.html in headless Chromium (no network) and save a PNG screenshot.
#   scripts/screenshot_report.sh [REPORT_HTML] [OUT_PNG] [WIDTHxHEIGHT]
# Defaults: output/report.html -> output/report.png at 1280x2400.
# Exit 3 when no chromium is installed (apt-get install -y chromium).
set -euo pipefail
report="${1:-output/report.html}"
png="${2:-${report%.html}.png}"
size="${3:-1280x2400}"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "no chromium found" >&2
    exit 3
fi
[ -f "$report" ] || { echo "$report: no such file" >&2; exit 2; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
abs="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
png_abs="$(cd "$(dirname "$png")" 2>/dev/null && pwd || (mkdir -p "$(dirname "$png")" && cd "$(dirname "$png")" && pwd))/$(basename "$png")"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --disable-default-apps \
    --user-data-dir="$profile" --hide-scrollbars --window-size="${size/x/,}" \
    --screenshot="$png_abs" "file://$abs" >/dev/null 2>&1 || true
[ -s "$png_abs" ] || { echo "no screenshot written" >&2; exit 1; }
echo "$png_abs"
