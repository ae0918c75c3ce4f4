#!/usr/bin/env bash
# Smoke-test what packaging/build_linux.sh wrote, as a user gets it (.ci/run runs this after it):
#
#   0. the project pip installed from its wheel (the bundle's source): `mostrador --self-test`,
#      `mostrador-cli info`;
#   1. the tarball unpacked in a temporary folder, `mostrador --self-test` run from there, and no Qt
#      module in it but the four the app imports;
#   2. an "older" .deb (this one relabelled 0.0.9) installed, tickets written to the user's data folder,
#      this .deb installed over it with dpkg -i (an upgrade), the tickets still there; the installed
#      `mostrador --self-test` run as on an X11 desktop (the xcb plugin loaded);
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
  apt-get update -q >/dev/null
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

qt_modules=$(cd "$unpacked/_internal/PySide6" && ls Qt*.abi3.so | sed 's/\.abi3\.so$//' | tr '\n' ' ')
[ "$qt_modules" = "QtCharts QtCore QtGui QtWidgets " ] \
  || { say "the bundle ships other Qt modules than the app's four: $qt_modules"; exit 1; }

say "2. an older .deb (this one relabelled 0.0.9) with the user's tickets, then this one over it with dpkg -i"
dpkg-deb -R "$deb" "$work/older"
sed -i 's/^Version: .*/Version: 0.0.9/' "$work/older/DEBIAN/control"
dpkg-deb --root-owner-group -Znone --build "$work/older" "$work/mostrador_0.0.9.deb" >/dev/null
rm -rf "$work/older"
dpkg -i "$work/mostrador_0.0.9.deb" >/dev/null
as_a_user mostrador-cli demo seed 12 >/dev/null
dpkg -i "$deb" >/dev/null
installed=$(dpkg-query -W -f='${Version}' mostrador)
[ "$installed" = "$(dpkg-deb -f "$deb" Version)" ] || { say "dpkg -i left version $installed installed"; exit 1; }
as_a_user mostrador-cli info | grep -q "^Tickets: *12$" || { say "the upgrade lost the user's tickets"; exit 1; }
[ "$(command -v mostrador)" = /usr/bin/mostrador ] || { say "mostrador is not on PATH after dpkg -i"; exit 1; }
# As on an X11 desktop: the platform check loads the xcb plugin against this system's libraries (no X
# server needed to load it; the window itself is still opened offscreen).
as_a_user env -u QT_QPA_PLATFORM DISPLAY=:99 mostrador --self-test
if command -v update-mime-database >/dev/null; then
  grep -q "x-mostrador-review-pack:\*.mostrador" /usr/share/mime/globs2 \
    || { say "the review-pack MIME type is not registered"; exit 1; }
fi

say "3. the .deb, removed with dpkg -r"
dpkg -r mostrador >/dev/null
for left in /opt/mostrador /usr/bin/mostrador /usr/bin/mostrador-cli /usr/share/applications/mostrador.desktop; do
  [ ! -e "$left" ] || { say "$left is still there after dpkg -r"; exit 1; }
done
say "passed"
