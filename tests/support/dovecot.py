"""A throw-away Dovecot on 127.0.0.1 for the sync tests.

Its own configuration in a temp dir, free ports for IMAP (with STARTTLS) and
IMAPS, a self-signed CA made with openssl, and one new user per test so that
tests sharing the server never see each other's mail.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from imapclient import IMAPClient

from tests.support.servers import free_port, missing

PASSWORD = "secret"
USERS = 200  # written once: Dovecot re-reads a passwd-file only when its mtime second changes


def user_name(number: int) -> str:
    return f"user{number}@example.com"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_ca(directory: Path) -> None:
    """A CA and a server certificate for localhost/127.0.0.1, signed by it."""
    directory.mkdir(parents=True, exist_ok=True)
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=Mostrador test CA",
             "-keyout", "ca.key", "-out", "ca.pem", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=directory)
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "key.pem",
             "-out", "server.csr", cwd=directory)
    (directory / "server.ext").write_text(
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature,keyEncipherment\n")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-days", "30", "-extfile", "server.ext", "-out", "cert.pem", cwd=directory)


@dataclass
class Dovecot:
    base: Path
    port: int
    ssl_port: int
    tls: bool
    mail_uid: int
    mail_gid: int
    _users: itertools.count = field(default_factory=lambda: itertools.count(1))  # type: ignore[type-arg]

    host = "127.0.0.1"

    @property
    def ca_file(self) -> str:
        return str(self.base / "tls" / "ca.pem")

    @property
    def config(self) -> Path:
        return self.base / "dovecot.conf"

    def new_user(self) -> str:
        """A mailbox no other test uses (from the users written at start)."""
        number = next(self._users)
        if number > USERS:
            raise RuntimeError(f"more than {USERS} mailboxes asked of one Dovecot; raise USERS")
        return user_name(number)

    def client(self, user: str) -> IMAPClient:
        """A plain loopback connection for arranging mail in tests."""
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        client.login(user, PASSWORD)
        return client

    def stop(self) -> None:
        pid_file = self.base / "run" / "master.pid"
        if pid_file.exists():
            pid = int(pid_file.read_text().strip() or 0)
            subprocess.run(["doveadm", "-c", str(self.config), "stop"], stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=30)
            for _ in range(100):
                try:
                    os.kill(pid, 0)
                except OSError:
                    break
                time.sleep(0.05)


def start_dovecot(*, tls: bool = True, oauth2_introspection_url: str | None = None) -> Dovecot:
    """``oauth2_introspection_url``: also take XOAUTH2 and OAUTHBEARER, each token checked at that RFC 7662
    introspection endpoint (Dovecot's oauth2 passdb); passwords keep working beside it."""
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        missing("Dovecot is not installed (Debian: dovecot-imapd)")
    if shutil.which("openssl") is None:
        missing("openssl is not installed")
    root = os.geteuid() == 0
    if root:
        mail = pwd.getpwnam("mail")
        mail_uid, mail_gid = mail.pw_uid, mail.pw_gid
        internal = "default_internal_user = dovecot\ndefault_login_user = dovenull\n"
    else:
        mail_uid, mail_gid = os.getuid(), os.getgid()
        me = pwd.getpwuid(mail_uid).pw_name
        internal = f"default_internal_user = {me}\ndefault_login_user = {me}\n"
    base = Path(tempfile.mkdtemp(prefix="mostrador-dovecot-"))
    os.chmod(base, 0o755)
    for sub in ("run", "state", "log", "mail"):
        (base / sub).mkdir()
    os.chown(base / "mail", mail_uid, mail_gid)
    make_ca(base / "tls")
    (base / "users").write_text("".join(f"{user_name(n)}:{{PLAIN}}{PASSWORD}::::::\n"
                                        for n in range(1, USERS + 1)))
    if root:
        shutil.chown(base / "users", group="dovecot")
    os.chmod(base / "users", 0o644)
    port, ssl_port = free_port(), free_port()
    mechanisms = "auth_mechanisms = plain login"
    password_mechanisms = oauth2_passdb = ""
    if oauth2_introspection_url:
        # No waiting after a refused login (auth_failure_delay), nor before the next from the same address
        # (anvil's penalty spares trusted networks): the tests refuse tokens on purpose.
        mechanisms = ("auth_mechanisms = plain login xoauth2 oauthbearer\nauth_failure_delay = 0\n"
                      "login_trusted_networks = 127.0.0.0/8")
        password_mechanisms = "  mechanisms = plain login\n"
        (base / "dovecot-oauth2.conf.ext").write_text(
            f"introspection_mode = post\nintrospection_url = {oauth2_introspection_url}\n"
            "force_introspection = yes\nusername_attribute = username\n"
            "active_attribute = active\nactive_value = true\n")
        oauth2_passdb = ("passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                         f"  args = {base}/dovecot-oauth2.conf.ext\n}}\n")
    ssl_settings = (f"ssl = yes\nssl_cert = <{base}/tls/cert.pem\nssl_key = <{base}/tls/key.pem\n" if tls
                    else "ssl = no\n")
    imaps_listener = (f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {ssl_port}\n    ssl = yes\n  }}\n"
                      if tls else "")
    (base / "dovecot.conf").write_text(f"""
instance_name = mostrador-test-{port}
base_dir = {base}/run
state_dir = {base}/state
protocols = imap
listen = 127.0.0.1
log_path = {base}/log/dovecot.log
{internal}{ssl_settings}disable_plaintext_auth = no
{mechanisms}
first_valid_uid = {mail_uid}
last_valid_uid = 0
mail_location = maildir:{base}/mail/%u
mail_plugins = $mail_plugins
imap_capability = +SPECIAL-USE
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/users
{password_mechanisms}}}
{oauth2_passdb}userdb {{
  driver = static
  args = uid={mail_uid} gid={mail_gid} home={base}/mail/%u
}}
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
{imaps_listener}}}
service anvil {{
  chroot =
}}
""")
    # Dovecot daemonizes and its children keep inherited pipes open: send its
    # output to a file, never to a pipe we would wait on.
    with open(base / "log" / "start.log", "w") as start_log:
        result = subprocess.run([binary, "-c", str(base / "dovecot.conf")], stdin=subprocess.DEVNULL,
                                stdout=start_log, stderr=subprocess.STDOUT, timeout=30)
    if result.returncode != 0:
        raise RuntimeError(f"Dovecot did not start: {(base / 'log' / 'start.log').read_text().strip()}")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                if sock.recv(4).startswith(b"* OK"):
                    return Dovecot(base, port, ssl_port, tls, mail_uid, mail_gid)
        except OSError:
            time.sleep(0.1)
    log = (base / "log" / "dovecot.log").read_text(errors="replace") if (base / "log" / "dovecot.log").exists() else ""
    raise RuntimeError(f"Dovecot did not answer on 127.0.0.1:{port}: {log[-2000:]}")
