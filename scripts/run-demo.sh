#!/usr/bin/env bash
# README command 1: installs missing packages, builds, and starts the Gatehouse desktop application on the
# bundled demo workspace (created on first use with `gatehousectl init --demo`). Without a display it says
# so and prints the headless command instead. Environment: BUILD_DIR (default build), GATEHOUSE_DEMO_WORKSPACE
# (default ~/.local/share/gatehouse/demo.gatehouse).
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$script_dir/.." && pwd)
export BUILD_DIR=${BUILD_DIR:-build}
build_dir=$BUILD_DIR
[[ $build_dir == /* ]] || build_dir=$source_dir/$build_dir
workspace=${GATEHOUSE_DEMO_WORKSPACE:-${XDG_DATA_HOME:-$HOME/.local/share}/gatehouse/demo.gatehouse}

"$script_dir/deps.sh"
"$script_dir/build.sh" gatehouse gatehousectl

gatehousectl=$build_dir/bin/gatehousectl
if [[ ! -e $workspace ]]; then
    mkdir -p "$(dirname "$workspace")"
    "$gatehousectl" init --demo "$workspace"
fi

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    cat <<MESSAGE

There is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the Gatehouse window
cannot open. Serve the demo workspace headless instead:

    $gatehousectl run --workspace $workspace

It prints one line per listener with its URL; try the demo APIs with curl against those URLs.
MESSAGE
    exit 0
fi

echo "Starting Gatehouse on $workspace"
exec "$build_dir/bin/gatehouse" "$workspace"
