#!/usr/bin/env bash
# The designer on a big document (issue 5: "the designer stays responsive on it"): generates the same
# ~10 MB OpenAPI document as import.sh and runs bench_designer (offscreen) on its YAML and JSON forms. Each
# step prints the GUI thread's own time, the time until the designer is idle again, and the longest GUI
# stall (gap between 5 ms heartbeats) meanwhile.
#
#   bench/designer.sh
#   PATHS=2000 bench/designer.sh
#   BENCH_DESIGNER=/path/to/bench_designer bench/designer.sh
set -euo pipefail

PATHS=${PATHS:-1000}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
harness=${BENCH_DESIGNER:-$repo/build/bin/bench_designer}
[[ -x $harness ]] || { echo "bench: no bench_designer at $harness (build the tests)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: python3 is not installed" >&2; exit 1; }

work=$(mktemp -d /tmp/gatehouse-designer-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 "$repo/bench/big-openapi.py" "$PATHS" "$work"

for format in yaml json; do
    document=$work/big.$format
    echo "== $(basename "$document"): $(du -h "$document" | cut -f1), $PATHS paths"
    GATEHOUSE_BENCH_DOCUMENT=$document QT_QPA_PLATFORM=offscreen "$harness" -silent 2>&1 \
        | grep -v '^\*\*\*\*\*\*\*\*\*\|^Config:\|^Totals:\|^PASS'
done
