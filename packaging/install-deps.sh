#!/bin/sh
# Installs the Debian 12 packages Grove needs to build (and, with --tests, to run its tests),
# skipping those already installed. Runs apt-get through sudo when not root.
set -eu

packages="build-essential cmake ninja-build pkg-config file ccache
qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools libqt6svg6
qt6-translations-l10n
libxgboost-dev xgboost libboost-filesystem-dev libsqlite3-dev"
test_packages="xvfb xauth dpkg-dev desktop-file-utils appstream
python3-xgboost python3-pandas python3-sklearn python3-scipy python3-yaml clang-14 libclang-rt-14-dev"

if [ "${1:-}" = "--tests" ]; then
    packages="$packages $test_packages"
elif [ -n "${1:-}" ]; then
    echo "usage: $0 [--tests]" >&2
    exit 2
fi

missing=""
for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    run=""
elif command -v sudo >/dev/null 2>&1; then
    run="sudo"
else
    echo "Grove needs these Debian packages:$missing" >&2
    echo "Run this script as root, or install sudo." >&2
    exit 1
fi
echo "Installing:$missing"
$run env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# shellcheck disable=SC2086
$run env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
