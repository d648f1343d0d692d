#!/usr/bin/env bash
# Installs the Debian 12 packages Gatehouse needs that are not installed yet. Idempotent: when everything
# is present it touches nothing (no apt-get update either). Runs as root, or through sudo otherwise.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=SCRIPTDIR/packages.sh
source "$script_dir/packages.sh"

lane=${GATEHOUSE_LANE:-bookworm}

missing=()
while read -r package; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    if [[ $status != installed ]]; then
        missing+=("$package")
    fi
done < <(gatehouse_packages "$lane")

if ((${#missing[@]} == 0)); then
    echo "deps: all $(gatehouse_packages "$lane" | wc -l) packages are installed"
    exit 0
fi

as_root=()
if ((EUID != 0)); then
    if ! command -v sudo >/dev/null; then
        echo "deps: missing packages (${missing[*]}) and not root; install sudo or run as root" >&2
        exit 1
    fi
    as_root=(sudo)
fi

echo "deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
