#!/usr/bin/env bash
# How long a big OpenAPI document takes to lint and to import: the issue-5 target is at most 3 s for a
# 10 MB document with about 1,000 operations. The document is generated here (python3), in YAML and JSON.
#
#   bench/import.sh                    # 1,000 paths with two operations each (~10 MB)
#   PATHS=2000 ROUNDS=5 bench/import.sh
#   GATEHOUSECTL=/path/to/gatehousectl bench/import.sh
set -euo pipefail

PATHS=${PATHS:-1000}
ROUNDS=${ROUNDS:-3}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
gatehousectl=${GATEHOUSECTL:-$repo/build/bin/gatehousectl}
[[ -x $gatehousectl ]] || { echo "bench: no gatehousectl at $gatehousectl" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: python3 is not installed" >&2; exit 1; }

work=$(mktemp -d /tmp/gatehouse-import-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 "$repo/bench/big-openapi.py" "$PATHS" "$work"

seconds() { # command... -> wall seconds of the fastest of ROUNDS runs
    local best="" start end elapsed
    for _ in $(seq "$ROUNDS"); do
        start=$(date +%s.%N)
        "$@" >/dev/null 2>&1 || { echo "bench: '$*' failed" >&2; exit 1; }
        end=$(date +%s.%N)
        elapsed=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
        if [[ -z $best ]] || awk -v a="$elapsed" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$elapsed; fi
    done
    echo "$best"
}

# A fresh workspace each time (an API is imported once per workspace); init adds a few milliseconds.
import_fresh() { # file
    rm -f "$work/w.gatehouse"
    "$gatehousectl" init "$work/w.gatehouse" && "$gatehousectl" import --workspace "$work/w.gatehouse" "$1"
}

echo "bench: $(nproc) cores, $PATHS paths ($((PATHS * 2)) operations), fastest of $ROUNDS runs"
printf '%-6s %10s %10s %10s\n' format size_mb lint_s import_s
for format in yaml json; do
    file=$work/big.$format
    size=$(awk -v b="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", b / 1048576 }')
    lint=$(seconds "$gatehousectl" lint --errors-only "$file")
    import=$(seconds import_fresh "$file")
    printf '%-6s %10s %10s %10s\n' "$format" "$size" "$lint" "$import"
done
