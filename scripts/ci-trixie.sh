#!/usr/bin/env bash
# CI lane "Debian 13": builds Gatehouse with -Werror and runs the whole test suite inside a Debian 13 (trixie)
# chroot (Qt 6.8, g++ 14, KF6SyntaxHighlighting). The chroot is made with debootstrap from the Debian archive
# this host's apt already uses, and kept in $GATEHOUSE_CHROOT_CACHE (default /var/cache/gatehouse) for later
# runs; its packages are reinstalled whenever the package list in scripts/packages.sh changes.
# Needs root (uses sudo otherwise). Environment: JOBS (default 2), TRIXIE_BUILD_DIR (default build-trixie,
# relative to the checkout), GATEHOUSE_DEBIAN_MIRROR (overrides the mirror read from apt's sources).
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$script_dir/.." && pwd)

if ((EUID != 0)); then
    exec sudo --preserve-env=JOBS,TRIXIE_BUILD_DIR,GATEHOUSE_DEBIAN_MIRROR,GATEHOUSE_CHROOT_CACHE,CI \
        "$0" "$@"
fi

# shellcheck source=SCRIPTDIR/packages.sh
source "$script_dir/packages.sh"

cache_dir=${GATEHOUSE_CHROOT_CACHE:-/var/cache/gatehouse}
root=$cache_dir/trixie-root
build_dir=${TRIXIE_BUILD_DIR:-build-trixie}
jobs=${JOBS:-2}
bootstrap_stamp=$root/.gatehouse-bootstrap
packages_stamp=$root/.gatehouse-packages

echo "=== CI lane: Debian 13 (trixie) in a chroot at $root ==="

# The archive URL apt uses on this host: the first non-security "deb" source.
debian_mirror()
{
    if [[ -n ${GATEHOUSE_DEBIAN_MIRROR:-} ]]; then
        echo "$GATEHOUSE_DEBIAN_MIRROR"
        return
    fi
    local url=
    if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
        url=$(awk '
            /^[[:space:]]*$/ { if (types ~ /(^| )deb( |$)/ && uris != "" && uris !~ /security/) { print uris; exit }
                               types = ""; uris = ""; next }
            /^Types:/ { sub(/^Types:[[:space:]]*/, ""); types = $0 }
            /^URIs:/ { sub(/^URIs:[[:space:]]*/, ""); split($0, u, /[[:space:]]+/); uris = u[1] }
            END { if (types ~ /(^| )deb( |$)/ && uris != "" && uris !~ /security/) print uris }
        ' /etc/apt/sources.list.d/debian.sources | head -n1)
    fi
    if [[ -z $url && -f /etc/apt/sources.list ]]; then
        url=$(awk '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                                 if ($i !~ /security/) { print $i; exit } }' /etc/apt/sources.list)
    fi
    if [[ -z $url ]]; then
        echo "ci-trixie: found no Debian mirror in /etc/apt/sources.list.d/debian.sources or" \
            "/etc/apt/sources.list; set GATEHOUSE_DEBIAN_MIRROR" >&2
        return 1
    fi
    echo "$url"
}

# Mount points under $1, deepest first, from this process's mount table.
mounts_under()
{
    awk -v prefix="$1" '$5 == prefix || index($5, prefix "/") == 1 { print $5 }' /proc/self/mountinfo | sort -r
}

unmount_all_under()
{
    local mount_point
    while read -r mount_point; do
        [[ -n $mount_point ]] || continue
        umount "$mount_point" 2>/dev/null || umount --lazy "$mount_point"
    done < <(mounts_under "$1")
}

cleanup()
{
    local status=$?
    unmount_all_under "$root"
    if [[ -n $(mounts_under "$root") ]]; then
        echo "ci-trixie: could not unmount everything under $root" >&2
    fi
    exit "$status"
}

bind_private()
{
    mkdir -p "$2"
    mount --bind "$1" "$2"
    mount --make-private "$2"
}

in_chroot()
{
    chroot "$root" /usr/bin/env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TERM=dumb \
        DEBIAN_FRONTEND=noninteractive CI="${CI:-}" "$@"
}

mkdir -p "$cache_dir"
exec 9>"$cache_dir/trixie.lock"
if ! flock --nonblock 9; then
    echo "ci-trixie: another run holds $cache_dir/trixie.lock; waiting for it"
    flock 9
fi

# Mounts left behind by a run that was killed before its trap ran.
unmount_all_under "$root"
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mirror=$(debian_mirror)
if [[ ! -f $bootstrap_stamp ]]; then
    echo "--- creating the chroot with debootstrap (minbase, trixie, $mirror)"
    unmount_all_under "$root.partial"
    rm -rf --one-file-system "$root" "$root.partial"
    debootstrap --variant=minbase trixie "$root.partial" "$mirror"
    echo "$mirror" >"$root.partial/.gatehouse-bootstrap"
    mv "$root.partial" "$root"
else
    echo "--- reusing the chroot made $(stat -c %y "$bootstrap_stamp" | cut -d. -f1)"
fi

echo "deb $mirror trixie main" >"$root/etc/apt/sources.list"
cp --dereference /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# Packages installed in the chroot must not start services (redis-server would bind the host's port 6379).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

mount -t proc proc "$root/proc"
bind_private /sys "$root/sys"
bind_private /dev "$root/dev"
bind_private /dev/pts "$root/dev/pts"
mkdir -p "$root/dev/shm"
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
bind_private "$source_dir" "$root/src"

package_list=$(gatehouse_packages trixie)
package_hash=$(printf '%s\n' "$package_list" | sha256sum | cut -d' ' -f1)
if [[ $(cat "$packages_stamp" 2>/dev/null || true) != "$package_hash" ]]; then
    echo "--- installing packages in the chroot: $(echo "$package_list" | tr '\n' ' ')"
    rm -f "$packages_stamp"
    in_chroot apt-get update
    # shellcheck disable=SC2086 # one package a word
    in_chroot apt-get install -y --no-install-recommends $package_list
    in_chroot apt-get clean
    echo "$package_hash" >"$packages_stamp"
else
    echo "--- chroot packages are up to date (list hash ${package_hash:0:12})"
fi

# shellcheck disable=SC2016 # expanded inside the chroot
in_chroot sh -c '. /etc/os-release && echo "--- $PRETTY_NAME; $(g++ --version | head -n1);" \
    "$(cmake --version | head -n1); Qt $(dpkg-query -W -f="\${Version}" qt6-base-dev)"'

echo "--- configure and build in /src/$build_dir (RelWithDebInfo, -Werror)"
in_chroot cmake -S /src -B "/src/$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGATEHOUSE_WERROR=ON
in_chroot cmake --build "/src/$build_dir" --parallel "$jobs" -- -k 0

echo "--- ctest (Debian 13)"
in_chroot sh -c "cd /src/$build_dir && ctest --output-on-failure --no-tests=error --parallel $jobs"
echo "=== CI lane Debian 13 (trixie): passed ==="
