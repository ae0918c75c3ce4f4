"""`account add/test/set/pause/resume/sign-in/remove` from a shell, against the real servers on loopback:
Dovecot (passwords and, through the tests' own authorization server, OAuth), aiosmtpd, and the stand-in
browser of the BROWSER variable."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import browser
from tests.support.dns_server import DnsServer
from tests.support.dovecot import PASSWORD, Dovecot
from tests.support.mail import mail
from tests.support.oauth_server import AuthorizationServer
from tests.support.smtp import SmtpServer
from workstation import accounts
from workstation.discovery import loopback_resolver
from workstation.mail.endpoints import Security

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def auth(authorization_server: AuthorizationServer) -> AuthorizationServer:
    authorization_server.reset()
    return authorization_server


@pytest.fixture
def oauth_smtp(auth: AuthorizationServer) -> Iterator[SmtpServer]:
    server = SmtpServer(oauth_user_of=auth.user_of).start()
    yield server
    server.stop()


def servers(dovecot: Dovecot, smtp_port: int) -> list[str]:
    return ["--imap-host", "127.0.0.1", "--imap-port", str(dovecot.port), "--imap-security", "starttls",
            "--ca-file", dovecot.ca_file, "--smtp-host", "127.0.0.1", "--smtp-port", str(smtp_port),
            "--smtp-security", "plain"]


def listed(run_cli, data: Path) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    return json.loads(run_cli("--data-dir", str(data), "account", "list", "--json").stdout)


@pytest.mark.dovecot
def test_oauth_account_from_the_shell(run_cli, cli_env, tmp_path: Path, auth: AuthorizationServer,  # type: ignore[no-untyped-def]
                                      oauth_dovecot: Dovecot, oauth_smtp: SmtpServer) -> None:
    data = tmp_path / "data"
    user = oauth_dovecot.new_user()
    with oauth_dovecot.client(user) as imap:
        imap.append("INBOX", mail("Factura duplicada", to=user))
    env = {"BROWSER": str(browser.install(tmp_path)), "MOSTRADOR_TEST_BROWSER_LOG": str(tmp_path / "opened")}
    added = run_cli("--data-dir", str(data), "account", "add", "Soporte", "--email", user, "--auth", "oauth2",
                    "--provider", auth.issuer, "--client-id", auth.client_id, *servers(oauth_dovecot, oauth_smtp.port),
                    env=env)
    assert added.returncode == 0, added.stderr
    lines = added.stdout.splitlines()
    assert lines[0] == "Waiting for sign-in in your browser…"
    assert lines[1] == (f"IMAP 127.0.0.1:{oauth_dovecot.port} (starttls): signed in as {user} with the sign-in "
                        "token.")
    assert lines[2] == f"SMTP 127.0.0.1:{oauth_smtp.port} (plain): signed in as {user} with the sign-in token."
    assert lines[3] == "Added account 'Soporte' (" + user + "); its sign-in (refresh token) is in the keyring."
    keyring_file = json.loads(Path(cli_env["MOSTRADOR_TEST_KEYRING_FILE"]).read_text())
    assert list(keyring_file) == ["mostrador/account-1-oauth"]
    assert list(keyring_file.values()) == auth.live_refresh_tokens(user)
    [account] = listed(run_cli, data)
    assert (account["auth"], account["provider"], account["state"]) == ("oauth2", auth.issuer, "ok")

    # A new process: it renews the access token from the keyring's refresh token, no browser.
    tested = run_cli("--data-dir", str(data), "account", "test", "Soporte", env=env)
    assert tested.returncode == 0, tested.stderr
    assert [line.split(":", 2)[-1].strip() for line in tested.stdout.splitlines()] == [
        f"signed in as {user} with the sign-in token."] * 2
    assert auth.grants == {"authorization_code": 1, "refresh_token": 1}
    assert run_cli("--data-dir", str(data), "sync", env=env).returncode == 0

    auth.revoke(user)
    failed = run_cli("--data-dir", str(data), "sync", env=env)
    assert failed.returncode != 0 and "no longer accepted" in failed.stderr
    assert listed(run_cli, data)[0]["state"] == "sign in again"
    signed = run_cli("--data-dir", str(data), "account", "sign-in", "Soporte", env=env)
    assert signed.returncode == 0, signed.stderr
    assert listed(run_cli, data)[0]["state"] == "ok"
    assert len((tmp_path / "opened").read_text().splitlines()) == 2  # add and sign-in; never test or sync


@pytest.mark.dovecot
def test_password_account_tested_before_saving(run_cli, tmp_path: Path, dovecot: Dovecot,  # type: ignore[no-untyped-def]
                                               smtp: SmtpServer) -> None:
    data = tmp_path / "data"
    user = dovecot.new_user()
    args = ["--data-dir", str(data), "account", "add", "Soporte", "--email", user, "--auth", "password",
            *servers(dovecot, smtp.port), "--password-stdin"]
    wrong = run_cli(*args, stdin="no-es-esta\n")
    assert wrong.returncode == 1
    assert wrong.stdout.splitlines() == [
        f"IMAP 127.0.0.1:{dovecot.port} (starttls): The server 127.0.0.1:{dovecot.port} refused the user name or "
        f"password for {user}. Check them and try again.",
        f"SMTP 127.0.0.1:{smtp.port} (plain): The SMTP server 127.0.0.1:{smtp.port} refused the user name or "
        f"password for {user} (535 5.7.8 Authentication credentials invalid)."]
    assert "Soporte was not saved: the IMAP and SMTP login did not work." in wrong.stderr
    assert listed(run_cli, data) == []

    right = run_cli(*args, stdin=PASSWORD + "\n")
    assert right.returncode == 0, right.stderr
    assert right.stdout.splitlines()[:2] == [
        f"IMAP 127.0.0.1:{dovecot.port} (starttls): signed in as {user} with the password.",
        f"SMTP 127.0.0.1:{smtp.port} (plain): signed in as {user} with the password."]

    # Fixing it: a server name changed, then the password; paused and resumed.
    assert run_cli("--data-dir", str(data), "account", "set", "Soporte", "--imap-port", "1").returncode == 0
    broken = run_cli("--data-dir", str(data), "account", "test", "Soporte")
    assert broken.returncode == 1 and broken.stdout.startswith("IMAP 127.0.0.1:1 (starttls): Cannot connect")
    assert run_cli("--data-dir", str(data), "account", "set", "Soporte", "--imap-port",
                   str(dovecot.port)).returncode == 0
    assert run_cli("--data-dir", str(data), "account", "set", "Soporte", "--password-stdin",
                   stdin="otra\n").returncode == 0
    assert "refused the user name or password" in run_cli("--data-dir", str(data), "account", "test",
                                                          "Soporte").stdout
    assert run_cli("--data-dir", str(data), "account", "set", "Soporte", "--password-stdin",
                   stdin=PASSWORD + "\n").returncode == 0
    assert run_cli("--data-dir", str(data), "account", "test", "Soporte").returncode == 0
    paused = run_cli("--data-dir", str(data), "account", "pause", "Soporte")
    assert paused.stdout.strip() == "Soporte is paused: nothing syncs until `account resume Soporte`."
    assert listed(run_cli, data)[0]["state"] == "paused"
    with dovecot.client(user) as imap:
        imap.append("INBOX", mail("Espera", to=user))
    synced = json.loads(run_cli("--data-dir", str(data), "sync", "--json").stdout)
    assert synced["accounts"] == []
    run_cli("--data-dir", str(data), "account", "resume", "Soporte")
    synced = json.loads(run_cli("--data-dir", str(data), "sync", "--json").stdout)
    assert [a["new"] for a in synced["accounts"]] == [1]


def test_plan_finds_settings_and_prefers_oauth_only_with_a_client_id(tmp_path: Path) -> None:
    dns = DnsServer().start()
    try:
        dns.records[("tienda.example", "MX")] = ["1 aspmx.l.google.com."]
        resolver = loopback_resolver(dns.port)
        without = accounts.plan(accounts.NewAccount("Tienda", "hola@tienda.example"), resolver=resolver)
        assert (without.spec.auth, without.spec.imap_host, without.spec.smtp_port) == ("password", "imap.gmail.com",
                                                                                       465)
        assert without.found == "IMAP imap.gmail.com:993 (ssl), SMTP smtp.gmail.com:465 (ssl), from known " \
                                "provider Gmail / Google Workspace."
        assert "App passwords" in (without.app_password or "")
        with_id = accounts.plan(accounts.NewAccount("Tienda", "hola@tienda.example", client_id="123.apps"),
                                resolver=resolver)
        assert (with_id.spec.auth, with_id.spec.oauth_provider, with_id.app_password) == ("oauth2", "google", None)
        given = accounts.plan(accounts.NewAccount("Tienda", "hola@tienda.example", imap_host="127.0.0.1",
                                                  imap_security=Security.PLAIN))
        assert (given.found, given.spec.imap_port, given.spec.smtp_host) == (None, 143, "127.0.0.1")
    finally:
        dns.stop()


@pytest.mark.dovecot
def test_two_processes_refreshing_at_once_never_spend_a_rotated_token(
        run_cli, cli_env, tmp_path: Path, auth: AuthorizationServer, oauth_dovecot: Dovecot,  # type: ignore[no-untyped-def]
        oauth_smtp: SmtpServer) -> None:
    """The window's worker and a script renew the same inbox's token at the same moment: the lock file in the
    data folder makes the second wait and read the token the first one saved, so the provider, which spends
    each refresh token once, never sees a used one (else: invalid_grant, "sign in again")."""
    data = tmp_path / "data"
    user = oauth_dovecot.new_user()
    env = {"BROWSER": str(browser.install(tmp_path))}
    added = run_cli("--data-dir", str(data), "account", "add", "Soporte", "--email", user, "--auth", "oauth2",
                    "--provider", auth.issuer, "--client-id", auth.client_id, "--no-check",
                    *servers(oauth_dovecot, oauth_smtp.port), env=env)
    assert added.returncode == 0, added.stderr
    auth.refresh_delay = 1.0  # the first refresh is still under way when the second process asks
    command = [sys.executable, "-m", "workstation", "--data-dir", str(data), "account", "test", "Soporte"]
    both = [subprocess.Popen(command, cwd=ROOT, env={**cli_env, **env}, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [process.communicate(timeout=60) for process in both]
    assert [process.returncode for process in both] == [0, 0], outputs
    assert auth.grants["refresh_token"] == 2  # one each (access tokens live in each process), one at a time
    keyring_file = json.loads(Path(cli_env["MOSTRADOR_TEST_KEYRING_FILE"]).read_text())
    assert [keyring_file["mostrador/account-1-oauth"]] == auth.live_refresh_tokens(user)
    assert listed(run_cli, data)[0]["state"] == "ok"
