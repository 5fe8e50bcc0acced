#!/usr/bin/env bash
# The one command a CI job calls: runs the checks with Maven, then gathers every report's Markdown summary into
# target/cutover-reports/summary.md (for a pull-request comment) whether the checks passed or not, and exits
# with Maven's status. Extra Maven arguments come from CUTOVER_MAVEN_ARGS (e.g. "-Pstaging" or "-Pcutover-plan").
set -uo pipefail
cd "$(dirname "$0")/.."

reports=target/cutover-reports
mkdir -p "$reports"
started="$reports/.started"
touch "$started"   # only this run's reports go into the summary, not those of earlier runs
# shellcheck disable=SC2086 # CUTOVER_MAVEN_ARGS is a list of arguments
mvn -B -ntp verify ${CUTOVER_MAVEN_ARGS:-}
status=$?
{
  echo "# cutover: $( [ $status -eq 0 ] && echo passed || echo "failed (exit $status)" )"
  echo
  found=0
  for md in "$reports"/*/report.md; do
    [ -f "$md" ] && [ "$md" -nt "$started" ] || continue
    found=1
    echo "## $(basename "$(dirname "$md")")"
    echo
    cat "$md"
    echo
  done
  [ $found -eq 1 ] || echo "No report was written: see the Maven log above."
} > "$reports/summary.md"
echo "summary: $reports/summary.md"
exit $status
