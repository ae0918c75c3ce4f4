"""Settings found from an address alone: the provider table, then DNS SRV (RFC 6186) and the usual names,
asked of a DNS server of the tests' own on 127.0.0.1 (never the machine's resolver)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.dns_server import DnsServer
from workstation import discovery
from workstation.discovery import PROVIDERS, Server, SettingsNotFound, find_settings, loopback_resolver
from workstation.mail.endpoints import Security
from workstation.errors import InvalidInput


@pytest.fixture
def dns() -> Iterator[DnsServer]:
    server = DnsServer().start()
    yield server
    server.stop()


@pytest.mark.parametrize("provider", [p for p in PROVIDERS if p.domains], ids=lambda p: p.key)
def test_every_table_entry_is_found_by_its_own_domains(provider: discovery.Provider, dns: DnsServer) -> None:
    for domain in provider.domains:
        found = find_settings(f"Soporte@{domain.upper()}", resolver=loopback_resolver(dns.port))
        assert (found.provider, found.source, found.imap, found.smtp) == (provider, "provider", provider.imap,
                                                                          provider.smtp)
    assert dns.asked == []  # a known domain needs no DNS at all


@pytest.mark.parametrize("provider", [p for p in PROVIDERS if p.mx_suffixes], ids=lambda p: p.key)
def test_a_business_domain_is_recognised_by_its_mx(provider: discovery.Provider, dns: DnsServer) -> None:
    exchange = f"mx1{provider.mx_suffixes[0]}."
    dns.records[("tienda.example", "MX")] = [f"10 {exchange}"]
    found = find_settings("hola@tienda.example", resolver=loopback_resolver(dns.port))
    assert found.provider == provider and found.source == "provider"
    assert found.notes == (f"tienda.example's mail is handled by {provider.name}.",)


def test_google_and_microsoft_prefer_oauth_and_others_explain_app_passwords(dns: DnsServer) -> None:
    assert find_settings("a@gmail.com").oauth == "google"
    dns.records[("empresa.example", "MX")] = ["0 empresa-example.mail.protection.outlook.com."]
    assert find_settings("a@empresa.example", resolver=loopback_resolver(dns.port)).oauth == "microsoft"
    icloud = find_settings("ana.perez@icloud.com")
    assert icloud.username == "ana.perez" and "App-Specific Passwords" in (icloud.provider.app_password or "")
    assert "Generate app password" in (find_settings("a@yahoo.com").provider.app_password or "")


def test_srv_records_rfc_6186(dns: DnsServer) -> None:
    dns.records.update({
        ("ejemplo.test", "MX"): ["10 mx.hosting.test."],
        ("_imaps._tcp.ejemplo.test", "SRV"): ["10 1 993 correo.hosting.test.", "0 1 9993 primero.hosting.test."],
        ("_imap._tcp.ejemplo.test", "SRV"): ["0 1 143 otro.hosting.test."],
        ("_submission._tcp.ejemplo.test", "SRV"): ["0 1 587 envio.hosting.test."],
    })
    found = find_settings("soporte@ejemplo.test", resolver=loopback_resolver(dns.port))
    # _imaps first (implicit TLS), its lowest priority target; submission with STARTTLS.
    assert found.source == "dns-srv"
    assert found.imap == Server("primero.hosting.test", 9993, Security.SSL)
    assert found.smtp == Server("envio.hosting.test", 587, Security.STARTTLS)
    assert ("_imaps._tcp.ejemplo.test", "SRV") in dns.asked


def test_srv_target_dot_means_not_offered(dns: DnsServer) -> None:
    dns.records.update({
        ("_imaps._tcp.ejemplo.test", "SRV"): ["0 0 0 ."],
        ("_imap._tcp.ejemplo.test", "SRV"): ["0 1 143 imap.ejemplo.test."],
        ("_submissions._tcp.ejemplo.test", "SRV"): ["0 1 465 smtp.ejemplo.test."],
    })
    found = find_settings("soporte@ejemplo.test", resolver=loopback_resolver(dns.port))
    assert found.imap == Server("imap.ejemplo.test", 143, Security.STARTTLS)
    assert found.smtp == Server("smtp.ejemplo.test", 465, Security.SSL)


def test_usual_names_when_nothing_else(dns: DnsServer) -> None:
    dns.records.update({("mail.pequena.test", "A"): ["127.0.0.1"], ("smtp.pequena.test", "A"): ["127.0.0.1"]})
    found = find_settings("info@pequena.test", resolver=loopback_resolver(dns.port))
    assert (found.source, found.imap, found.smtp) == (
        "guess", Server("mail.pequena.test", 993, Security.SSL), Server("smtp.pequena.test", 465, Security.SSL))
    assert "guesses" in found.notes[0]


def test_nothing_found_says_what_was_tried(dns: DnsServer) -> None:
    with pytest.raises(SettingsNotFound, match="no SRV records, and neither imap. nor mail."):
        find_settings("info@nada.test", resolver=loopback_resolver(dns.port))
    with pytest.raises(InvalidInput, match="not an e-mail address"):
        find_settings("sin-arroba")
