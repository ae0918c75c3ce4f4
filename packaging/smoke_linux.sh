#!/usr/bin/env bash
# Smoke-test what packaging/build_linux.sh wrote, as a user gets it (.ci/run runs this after it):
#
#   0. the project pip installed from its wheel (the bundle's source): `mostrador --self-test`,
#      `mostrador-cli info`;
#   1. the tarball unpacked in a temporary folder, `mostrador --self-test` run from there;
#   2. the .deb installed with dpkg -i, the installed `mostrador --self-test` and `mostrador-cli info` run;
#      tickets written to the user's data folder, the .deb installed over itself, the tickets still there;
#   3. the .deb removed with dpkg -r (also when a step fails), and nothing of it left in /opt or /usr/bin.
#
# Every run is outside the clone, with an environment of its own (env -i): no .venv, no PYTHONPATH, a
# throw-away HOME; offscreen, in a D-Bus session with a GNOME Keyring unlocked for it (the Secret Service
# the bundle's keyring backend talks to). Needs root for dpkg.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
say() { printf 'smoke: %s\n' "$*" >&2; }
tarball=$(ls "$root"/dist/mostrador-*-linux-*.tar.gz | tail -n 1)
deb=$(ls "$root"/dist/mostrador_*.deb | tail -n 1)

if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  say "installing a D-Bus session bus and GNOME Keyring (the Secret Service for the keyring check)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends dbus-daemon gnome-keyring >/dev/null
fi

work=$(mktemp -d /tmp/mostrador-smoke-XXXXXX)
cleanup() {
  if dpkg-query -W -f='${Status}' mostrador 2>/dev/null | grep -q "install ok installed"; then
    say "removing the package"
    dpkg -r mostrador >/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

as_a_user() {  # as_a_user COMMAND...: in a clean environment, a session bus and an unlocked keyring
  mkdir -p "$work/home"
  (cd "$work" && env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    dbus-run-session -- sh -c 'printf smoke | gnome-keyring-daemon --unlock --components=secrets >/dev/null
                               exec "$@"' sh "$@" 2> >(grep -v "Failed to set fd limit" >&2))
}

say "0. the package pip installed from the wheel (build/package-venv): its two commands"
as_a_user "$root/build/package-venv/bin/mostrador" --self-test
as_a_user "$root/build/package-venv/bin/mostrador-cli" --data-dir "$work/pip-data" info >/dev/null

say "1. the tarball, unpacked: $(basename "$tarball")"
tar -C "$work" -xzf "$tarball"
unpacked=$(ls -d "$work"/mostrador-*/)
as_a_user "$unpacked/mostrador" --self-test

say "2. the .deb, installed with dpkg -i: $(basename "$deb")"
dpkg -i "$deb" >/dev/null
[ "$(command -v mostrador)" = /usr/bin/mostrador ] || { say "mostrador is not on PATH after dpkg -i"; exit 1; }
as_a_user mostrador --self-test
as_a_user mostrador-cli --data-dir "$work/data" info
if command -v update-mime-database >/dev/null; then
  grep -q "x-mostrador-review-pack:\*.mostrador" /usr/share/mime/globs2 \
    || { say "the review-pack MIME type is not registered"; exit 1; }
fi

say "2b. the .deb installed again over itself: the user's data folder stays"
as_a_user mostrador-cli demo seed 12 >/dev/null
dpkg -i "$deb" >/dev/null
as_a_user mostrador-cli info | grep -q "^Tickets: *12$" || { say "the data folder lost its tickets"; exit 1; }

say "3. the .deb, removed with dpkg -r"
dpkg -r mostrador >/dev/null
for left in /opt/mostrador /usr/bin/mostrador /usr/bin/mostrador-cli /usr/share/applications/mostrador.desktop; do
  [ ! -e "$left" ] || { say "$left is still there after dpkg -r"; exit 1; }
done
say "passed"
