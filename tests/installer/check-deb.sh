#!/usr/bin/env bash
# usage: check-deb.sh CPACK BUILD_DIR VERSION WITH_GUI(0|1)
# Packs the build with `cpack -G DEB`, unpacks the package with dpkg-deb into a temporary root, checks its
# control fields and files, validates the desktop entry and AppStream metainfo (with desktop-file-validate
# and appstreamcli where installed), and runs the unpacked gatehousectl --version.
set -euo pipefail

cpack=$1
build_dir=$2
version=$3
with_gui=$4
app_id=io.gatehouse.Gatehouse

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail()
{
    echo "FAIL: $*" >&2
    exit 1
}

if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
shopt -s nullglob
packages=("$work"/out/gatehouse_"$version"_*.deb)
((${#packages[@]} == 1)) || fail "expected one gatehouse_${version}_*.deb, found: $(ls "$work/out")"
deb=${packages[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

[[ $(dpkg-deb --field "$deb" Package) == gatehouse ]] || fail "Package field is not gatehouse"
[[ $(dpkg-deb --field "$deb" Version) == "$version" ]] || fail "Version field is not $version"
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
[[ $depends == *libqt6core6* ]] || fail "Depends lacks the Qt Core library that dpkg-shlibdeps should find"
[[ $depends == *libqt6sql6-sqlite* ]] || fail "Depends lacks the SQLite driver of Qt Sql"

root=$work/root
dpkg-deb -x "$deb" "$root"

expected_files=(usr/bin/gatehousectl)
if [[ $with_gui == 1 ]]; then
    expected_files+=(usr/bin/gatehouse
        "usr/share/applications/$app_id.desktop"
        "usr/share/metainfo/$app_id.metainfo.xml"
        "usr/share/icons/hicolor/scalable/apps/$app_id.svg")
fi
for file in "${expected_files[@]}"; do
    [[ -s $root/$file ]] || fail "the package has no $file"
done
[[ -x $root/usr/bin/gatehousectl ]] || fail "usr/bin/gatehousectl is not executable"

if [[ $with_gui == 1 ]]; then
    desktop=$root/usr/share/applications/$app_id.desktop
    metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
    [[ $(sed -n 's/^Icon=//p' "$desktop") == "$app_id" ]] || fail "the desktop entry's Icon is not $app_id"
    exec_binary=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    [[ -x $root/usr/bin/$exec_binary ]] || fail "the desktop entry runs $exec_binary, which is not in usr/bin"
    grep -q "<release version=\"$version\"" "$metainfo" || fail "the metainfo has no release $version"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
        fail "the metainfo does not launch $app_id.desktop"
    if command -v desktop-file-validate >/dev/null; then
        desktop-file-validate "$desktop" || fail "desktop-file-validate rejected the desktop entry"
        echo "desktop-file-validate: ok"
    fi
    if command -v appstreamcli >/dev/null; then
        appstreamcli validate --no-net "$metainfo" || fail "appstreamcli rejected the metainfo"
    fi
fi

printed=$("$root/usr/bin/gatehousectl" --version)
echo "unpacked gatehousectl --version: $printed"
[[ $printed == "gatehousectl $version" ]] || fail "expected 'gatehousectl $version'"
echo "installer: ok"
