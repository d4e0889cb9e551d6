#!/usr/bin/env bash
# Runs a command against a real, unlocked gnome-keyring secret service inside the current D-Bus
# session. Used by ctest as: dbus-run-session -- tests/with-keyring.sh TEST [ARGS...]
set -euo pipefail
if [[ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]]; then
    echo "with-keyring.sh: no D-Bus session; run it under dbus-run-session" >&2
    exit 2
fi
# A private keyring directory so tests never touch the user's own keyrings.
export XDG_DATA_HOME
XDG_DATA_HOME=$(mktemp -d)
export HOME_KEYRING_DIR="$XDG_DATA_HOME/keyrings"
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
# --unlock reads the password for a new login keyring from stdin; it then serves org.freedesktop.secrets.
eval "$(printf 'botwright-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
