"""The bundles' entry point (PyInstaller): the window, or the CLI as ``mostrador -m workstation ARGS``.

The window starts its sync and outbox workers as ``sys.executable -m workstation ...``; in a bundle
``sys.executable`` is this program, so it answers that call as Python would. ``mostrador-cli`` beside it
is a wrapper that does the same.

Frozen, keyring cannot discover its backends through the installed packages' entry points: the OS's
own backend is chosen here, unless PYTHON_KEYRING_BACKEND names one.
"""

import os
import sys


def choose_keyring() -> None:
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return  # keyring reads it itself
    import keyring
    from keyring.backends import fail

    if sys.platform == "win32":
        from keyring.backends.Windows import WinVaultKeyring

        candidates = [WinVaultKeyring]
    elif sys.platform == "darwin":
        from keyring.backends.macOS import Keyring as MacOSKeyring

        candidates = [MacOSKeyring]
    else:
        from keyring.backends.kwallet import DBusKeyring
        from keyring.backends.SecretService import Keyring as SecretServiceKeyring

        candidates = [SecretServiceKeyring, DBusKeyring]  # GNOME Keyring, KeePassXC...; then KWallet
    for backend in candidates:
        if backend.viable:
            keyring.set_keyring(backend())
            return
    keyring.set_keyring(fail.Keyring())  # workstation.secrets then says what to start or install


def main() -> int:
    choose_keyring()
    if sys.argv[1:3] == ["-m", "workstation"]:
        import runpy

        sys.argv = [sys.argv[0], *sys.argv[3:]]
        runpy.run_module("workstation", run_name="__main__", alter_sys=True)
        return 0
    from ui.start import main as window

    return window()


if __name__ == "__main__":
    sys.exit(main())
