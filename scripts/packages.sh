# shellcheck shell=bash
# The one list of Debian packages Gatehouse needs, for both CI lanes.
# Sourced by scripts/deps.sh (Debian 12, the host) and scripts/ci-trixie.sh (Debian 13, in a chroot).
# Each entry is "package:lanes" where lanes is "all", "bookworm" or "trixie".

GATEHOUSE_PACKAGES=(
    # toolchain
    build-essential:bookworm
    g++:trixie
    cmake:all
    ninja-build:all
    pkgconf:all
    git:bookworm
    clang-format:bookworm
    # Qt 6 and other libraries
    qt6-base-dev:all
    qt6-websockets-dev:all
    qt6-charts-dev:all
    qt6-svg-dev:all
    qt6-tools-dev:all
    qt6-l10n-tools:all
    qt6-translations-l10n:all
    libqt6sql6-sqlite:all
    libqt6svg6:all
    qt6-qpa-plugins:all
    libkf6syntaxhighlighting-dev:trixie
    libhttp-parser-dev:all
    libyaml-cpp-dev:all
    nlohmann-json3-dev:all
    libvalijson-dev:all
    libhiredis-dev:all
    libzip-dev:all
    libssl-dev:all
    # what the tests run for real
    curl:all
    openssl:all
    ca-certificates:all
    python3:all
    python3-jwt:all
    python3-cryptography:all
    redis-server:all
    # packaging (CPack .deb) and its checks
    dpkg-dev:all
    file:all
    desktop-file-utils:all
    appstream:all
    # benchmarks, GUI screenshots, the Debian 13 lane
    nginx-light:bookworm
    wrk:bookworm
    xvfb:bookworm
    debootstrap:bookworm
)

# gatehouse_packages LANE: prints the packages of LANE (bookworm or trixie), one a line.
gatehouse_packages()
{
    local lane=$1 entry name lanes
    for entry in "${GATEHOUSE_PACKAGES[@]}"; do
        name=${entry%%:*}
        lanes=${entry#*:}
        if [[ $lanes == all || $lanes == "$lane" ]]; then
            printf '%s\n' "$name"
        fi
    done
}
