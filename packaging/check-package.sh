#!/bin/sh
# Builds the Debian package from a build tree and checks what a user would get from it:
# both executables, the desktop file, the icon and the metainfo, the dependencies, and that
# the desktop file and the metainfo validate. Usage: check-package.sh BUILD_DIR APP_ID
set -eu
build=$1
app=$2
for tool in cpack dpkg-deb dpkg-shlibdeps; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (packages cmake, dpkg-dev)"
        exit 77
    fi
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/grove_*.deb)
echo "built $(basename "$deb")"

contents=$(dpkg-deb -c "$deb")
fail=0
for path in ./usr/bin/grove ./usr/bin/grove-cli ./usr/share/applications/$app.desktop \
            ./usr/share/metainfo/$app.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$app.svg \
            ./usr/share/icons/hicolor/256x256/apps/$app.png; do
    if echo "$contents" | grep -q " $path\$"; then
        echo "contains $path"
    else
        echo "MISSING $path"
        fail=1
    fi
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dependency in libqt6widgets6 libqt6charts6 libqt6core6 libxgboost0 libsqlite3-0 libboost-filesystem libqt6svg6 qt6-translations-l10n; do
    if echo "$depends" | grep -q "$dependency"; then
        echo "depends on $dependency"
    else
        echo "MISSING dependency $dependency"
        fail=1
    fi
done
[ "$(dpkg-deb -f "$deb" Package)" = "grove" ] || { echo "package is not named grove"; fail=1; }

mkdir "$out/root"
dpkg-deb -x "$deb" "$out/root"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$out/root/usr/share/applications/$app.desktop" && echo "desktop file valid" || fail=1
else
    echo "note: desktop-file-validate not installed, desktop file not validated"
fi
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net --pedantic "$out/root/usr/share/metainfo/$app.metainfo.xml" && echo "metainfo valid" || fail=1
else
    echo "note: appstreamcli not installed, metainfo not validated"
fi
"$out/root/usr/bin/grove-cli" --version >/dev/null && echo "packaged grove-cli runs" || fail=1
exit $fail
