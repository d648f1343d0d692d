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

python3 - "$PATHS" "$work" <<'PY'
import json, sys
count, work = int(sys.argv[1]), sys.argv[2]
description = "x" * 9000  # long descriptions, as generated documentation has: ~10 MB at 1,000 paths
paths = {}
for i in range(count):
    paths[f"/items{i}/{{id}}"] = {
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "get": {"operationId": f"get{i}", "description": description,
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Item"}, "example": {"id": i, "name": "n" * 50}}}}}},
        "post": {"operationId": f"post{i}",
                 "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                 "responses": {"201": {"description": "created"}}}}
document = {"openapi": "3.0.3", "info": {"title": "Big", "version": "1"},
            "x-wso2-production-endpoints": {"urls": ["http://127.0.0.1:9"]}, "paths": paths,
            "components": {"schemas": {"Item": {"type": "object", "properties": {
                "id": {"type": "integer"}, "name": {"type": "string"}}}}}}
with open(f"{work}/big.json", "w") as out:
    json.dump(document, out, indent=1)
def yaml_scalar(value):
    return json.dumps(value)  # JSON scalars are YAML flow scalars
def emit(value, indent, out):
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                out.append(f"{pad}{yaml_scalar(key)}:")
                emit(item, indent + 2, out)
            else:
                out.append(f"{pad}{yaml_scalar(key)}: {yaml_scalar(item)}")
    else:
        for item in value:
            if isinstance(item, (dict, list)) and item:
                out.append(f"{pad}-")
                emit(item, indent + 2, out)
            else:
                out.append(f"{pad}- {yaml_scalar(item)}")
lines = []
emit(document, 0, lines)
with open(f"{work}/big.yaml", "w") as out:
    out.write("\n".join(lines) + "\n")
PY

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
