#!/usr/bin/env bash
# README command 2 and the Debian 12 CI lane: installs missing packages, builds with -Werror into build-ci/
# (override with BUILD_DIR), runs the whole CTest suite, and checks the formatting of every tracked
# *.cpp/*.h with clang-format. Exits non-zero if any step fails.
set -uo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$script_dir/.." && pwd)
export BUILD_DIR=${BUILD_DIR:-build-ci}
export GATEHOUSE_WERROR=ON
export KEEP_GOING=${KEEP_GOING:-1}
build_dir=$BUILD_DIR
[[ $build_dir == /* ]] || build_dir=$source_dir/$build_dir

echo "=== CI lane: Debian 12 (bookworm), native ==="
"$script_dir/deps.sh" || exit 1

failed=()

echo "--- clang-format check"
cd "$source_dir" || exit 1
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t sources < <(git ls-files -- '*.cpp' '*.h')
else
    mapfile -t sources < <(find . -path './build*' -prune -o \( -name '*.cpp' -o -name '*.h' \) -print)
fi
if ((${#sources[@]} > 0)); then
    if clang-format --dry-run --Werror "${sources[@]}"; then
        echo "clang-format: ${#sources[@]} files are formatted"
    else
        echo "clang-format: the files above need 'clang-format -i'" >&2
        failed+=(clang-format)
    fi
fi

echo "--- build ($build_dir, RelWithDebInfo, -Werror)"
if "$script_dir/build.sh"; then
    echo "--- ctest (Debian 12)"
    (cd "$build_dir" && ctest --output-on-failure --no-tests=error --parallel "${JOBS:-2}") || failed+=(ctest)
else
    failed+=(build)
fi

if ((${#failed[@]} > 0)); then
    echo "=== CI lane Debian 12 (bookworm): FAILED (${failed[*]}) ===" >&2
    exit 1
fi
echo "=== CI lane Debian 12 (bookworm): passed ==="
