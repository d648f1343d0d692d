#!/usr/bin/env bash
# Configures and builds Gatehouse with Ninja. Environment: BUILD_DIR (default build, relative to the
# checkout), BUILD_TYPE (default RelWithDebInfo), GATEHOUSE_WERROR (ON/OFF, default OFF), JOBS (default 2).
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
cmake --build "$build_dir" --parallel "${JOBS:-2}" "${targets[@]}"
