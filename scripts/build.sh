#!/usr/bin/env bash
# Configures and builds Gatehouse with Ninja. Environment: BUILD_DIR (default build, relative to the
# checkout), BUILD_TYPE (default RelWithDebInfo), GATEHOUSE_WERROR (ON/OFF, default OFF), JOBS (default 2),
# KEEP_GOING=1 (build everything that can be built after an error, to report all errors at once).
# Extra arguments are build targets (default: all).
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-build}
[[ $build_dir == /* ]] || build_dir=$source_dir/$build_dir

cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
    -DGATEHOUSE_WERROR="${GATEHOUSE_WERROR:-OFF}"

targets=()
for target in "$@"; do
    targets+=(--target "$target")
done
tool_args=()
if [[ ${KEEP_GOING:-0} == 1 ]]; then
    tool_args=(-- -k 0)
fi
cmake --build "$build_dir" --parallel "${JOBS:-2}" "${targets[@]}" "${tool_args[@]}"
