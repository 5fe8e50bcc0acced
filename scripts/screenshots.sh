#!/usr/bin/env bash
# Refreshes the report screenshots in docs/images/ from reports the current code writes: a run, a compare, a load
# run and an overhead probe, all against the embedded mock provider and cutover's LiteLLM stand-in (so the stand-in
# badge shows in every header), then headless Chromium shoots the top of each page.
#
#   mvn -q -DskipTests package && scripts/screenshots.sh
#
# Needs Chromium (Debian: apt-get install chromium); not part of mvn verify, since CI has no browser. The figures in
# the pictures are this machine's of the moment: refresh them when a report's look changes, not for the numbers.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/docs/images"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
if [ -z "$browser" ]; then
  echo "screenshots: no Chromium found (Debian: sudo apt-get install -y chromium; or set CHROMIUM)" >&2
  exit 2
fi
if [ ! -f "$here/target/cutover.jar" ]; then
  echo "screenshots: target/cutover.jar is missing; run mvn -q -DskipTests package first" >&2
  exit 2
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$out"
cd "$here"

# Each command prints "report: <file>" last; a NO-GO or FAIL exit code is what some pictures are meant to show.
report() {
  local log="$scratch/$1.log"
  shift
  echo "screenshots: cutover $*" >&2
  ./cutover "$@" --reports "$scratch/reports" >"$log" 2>&1 || true
  local file
  file="$(sed -n 's/^report: //p' "$log" | tail -1)"
  if [ -z "$file" ] || [ ! -f "$file" ]; then
    echo "screenshots: cutover $* wrote no report; its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  echo "$file"
}

# shoot PAGE PNG HEIGHT [CSS]: the top 1280 × HEIGHT of PAGE; CSS, when given, is added to a copy of the page first.
shoot() {
  local page="$1" png="$2" height="$3" css="${4:-}"
  if [ -n "$css" ]; then
    local copy="${page%.html}.shot.html"
    sed "s|</style>|$css</style>|" "$page" >"$copy"
    page="$copy"
  fi
  local sandbox=()
  [ "$(id -u)" = 0 ] && sandbox=(--no-sandbox) # Chromium refuses to run as root with its sandbox
  "$browser" --headless ${sandbox[@]+"${sandbox[@]}"} --disable-gpu --hide-scrollbars --user-data-dir="$scratch/chromium" \
    --window-size=1280,"$height" --screenshot="$png" "file://$page" >/dev/null 2>&1
  [ -s "$png" ] || { echo "screenshots: $browser wrote no $png" >&2; exit 1; }
  echo "screenshots: $png" >&2
}

run="$(report run run --target targets/standins/litellm.yaml)"
compare="$(report compare compare --plan plans/litellm-to-direct.yaml)"
load="$(report load load --plan plans/litellm-to-direct.yaml --profile load/smoke.yaml)"
overhead="$(report overhead overhead --target targets/standins/litellm.yaml --requests 300 --warmup 50 --seconds 30)"

shoot "$run" "$out/report-run.png" 1600
shoot "$compare" "$out/report-compare.png" 1600
shoot "$load" "$out/report-load.png" 1600
# The charts of the same page: everything before their heading hidden.
shoot "$load" "$out/report-load-charts.png" 1600 'body > :not(#charts):not(#charts ~ *) { display: none }'
# A short page: no need for 1600 pixels of white.
shoot "$(dirname "$overhead")/index.html" "$out/report-overhead.png" 960
