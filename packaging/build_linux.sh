#!/usr/bin/env bash
# Build the Linux bundle, its tarball and its .deb: packaging/build_linux.sh (./mostrador package runs it).
#
#   build/package-venv/          a clean venv with the project installed from its wheel, plus PyInstaller
#   build/bundle/mostrador/      the one-folder bundle (mostrador, mostrador-cli, _internal/)
#   dist/mostrador-VERSION-linux-x86_64.tar.gz
#   dist/mostrador_VERSION_amd64.deb   /opt/mostrador, /usr/bin/mostrador{,-cli}, desktop entry, icons,
#                                      the review-pack MIME type
#
# The .deb depends on what the bundle loads from the system: what ldd finds outside it (libc, the
# OpenGL/EGL dispatch, libxcb, Wayland's client libraries) and Enchant with its dictionaries (pyenchant
# opens it at run time).
set -euo pipefail
depends="libc6 (>= 2.36), libegl1, libgl1, libxcb1, libwayland-client0, libwayland-cursor0, libwayland-egl1,
 libenchant-2-2, hunspell-en-us | hunspell-dictionary, fonts-dejavu-core | fonts-liberation2"

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
python=${PYTHON:-python3}
say() { printf 'package: %s\n' "$*" >&2; }

venv=build/package-venv
stamp="$venv/.installed-$(cat pyproject.toml setup.py | sha256sum | cut -c1-16)"
if [ ! -e "$stamp" ]; then
  say "setting up $venv (the project's dependencies and PyInstaller)"
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$venv/bin/python" -m pip install -q ".[package]" >/dev/null
  touch "$stamp"
fi
# Not editable, and every time: the bundle is made from what the wheel holds, so a file the wheel
# forgets is missing from the bundle too (and --self-test says so).
"$venv/bin/python" -m pip install -q --no-deps --force-reinstall . >/dev/null
version=$("$venv/bin/python" -c 'import workstation; print(workstation.__version__)')
arch=$(dpkg --print-architecture 2>/dev/null || echo amd64)

say "rendering the icons"
rm -rf build/icons
"$venv/bin/python" packaging/icons.py build/icons >/dev/null

say "bundling with PyInstaller"
rm -rf build/bundle
# From outside the clone, so that the bundle takes the installed packages, not the clone's folders.
(cd build && "$root/$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$root/build/bundle" \
  --workpath "$root/build/pyinstaller" "$root/packaging/mostrador.spec")
bundle=build/bundle/mostrador
cat > "$bundle/mostrador-cli" <<'EOF'
#!/bin/sh
# The headless commands (python -m workstation): the bundle's program answers them.
exec "$(dirname "$(readlink -f "$0")")/mostrador" -m workstation "$@"
EOF
chmod 755 "$bundle/mostrador-cli"

share() {  # share DEST: the desktop entry, the MIME type and the icons under DEST (a usr/share)
  local dest=$1 size
  install -D -m 644 packaging/linux/mostrador.desktop "$dest/applications/mostrador.desktop"
  install -D -m 644 packaging/linux/mostrador-mime.xml "$dest/mime/packages/mostrador.xml"
  install -D -m 644 packaging/mostrador.svg "$dest/icons/hicolor/scalable/apps/mostrador.svg"
  for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "build/icons/mostrador-$size.png" "$dest/icons/hicolor/${size}x${size}/apps/mostrador.png"
    install -D -m 644 "build/icons/mostrador-$size.png" \
      "$dest/icons/hicolor/${size}x${size}/mimetypes/application-x-mostrador-review-pack.png"
  done
}

mkdir -p dist
name="mostrador-$version-linux-$(uname -m)"
say "writing dist/$name.tar.gz"
rm -rf "build/$name"
cp -a "$bundle" "build/$name"
share "build/$name/share"
tar -C build -czf "dist/$name.tar.gz" "$name"
rm -rf "build/$name"

deb="dist/mostrador_${version}_${arch}.deb"
say "writing $deb"
pkg=build/deb
rm -rf "$pkg"
mkdir -p "$pkg/opt" "$pkg/usr/bin" "$pkg/DEBIAN"
cp -a "$bundle" "$pkg/opt/mostrador"
printf '#!/bin/sh\nexec /opt/mostrador/mostrador "$@"\n' > "$pkg/usr/bin/mostrador"
printf '#!/bin/sh\nexec /opt/mostrador/mostrador -m workstation "$@"\n' > "$pkg/usr/bin/mostrador-cli"
chmod 755 "$pkg/usr/bin/mostrador" "$pkg/usr/bin/mostrador-cli"
share "$pkg/usr/share"
installed_kb=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
cat > "$pkg/DEBIAN/control" <<EOF
Package: mostrador
Version: $version
Architecture: $arch
Maintainer: Mostrador <mostrador@example.invalid>
Installed-Size: $installed_kb
Depends: $depends
Recommends: gnome-keyring | kwalletmanager, hunspell-es
Section: mail
Priority: optional
Description: customer-service workstation
 Every support inbox in one queue, every answer a concrete action. Your data
 stays in your user's data folder: upgrading or removing the package keeps it.
EOF
# Desktop databases: the MIME type, the entry and the icons become known to the desktop.
cat > "$pkg/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
EOF
cp "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/postrm"
chmod 755 "$pkg/DEBIAN/postinst" "$pkg/DEBIAN/postrm"
dpkg-deb --root-owner-group -Zxz -z6 --build "$pkg" "$deb" >/dev/null
rm -rf "$pkg"

printf 'bundle      %s (%s)\n' "$bundle" "$(du -sh "$bundle" | cut -f1)"
printf 'tarball     dist/%s.tar.gz (%s)\n' "$name" "$(du -sh "dist/$name.tar.gz" | cut -f1)"
printf 'deb         %s (%s; installed %s MB)\n' "$deb" "$(du -sh "$deb" | cut -f1)" "$((installed_kb / 1024))"
