#!/usr/bin/env bash
# Installs the Debian 12 packages Botwright needs, and only those that are missing. Idempotent.
#   packaging/install-deps.sh          build and run the app
#   packaging/install-deps.sh --test   also what the test suite needs (secret service, Xvfb, peers)
set -euo pipefail

build_pkgs=(
    build-essential cmake ninja-build pkg-config ccache dpkg-dev file
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libqt6opengl6-dev
    qcoro-qt6-dev qtkeychain-qt6-dev zlib1g-dev libzstd-dev libsodium-dev
)
run_pkgs=(
    libqt6sql6-sqlite qt6-qpa-plugins libqt6svg6 libsecret-1-0 fonts-dejavu-core qt6-translations-l10n
)
test_pkgs=(
    dbus dbus-bin gnome-keyring libsecret-tools xvfb xauth
    appstream desktop-file-utils clang-format
    python3 python3-discord nodejs npm
)

wanted=("${build_pkgs[@]}" "${run_pkgs[@]}")
if [[ "${1:-}" == "--test" ]]; then
    wanted+=("${test_pkgs[@]}")
fi

missing=()
for p in "${wanted[@]}"; do
    # A newer Node.js from elsewhere satisfies nodejs/npm.
    if [[ "$p" == nodejs || "$p" == npm ]] && command -v "${p/nodejs/node}" >/dev/null 2>&1; then
        continue
    fi
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
    [[ "$status" == ii* ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#wanted[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
