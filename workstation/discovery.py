"""Finding an address's IMAP and SMTP settings by itself.

In order: the shipped table of common providers (by the address's domain, then by where its mail goes: the
MX records of a business's own domain name Google Workspace, Microsoft 365, OVH...), then the DNS SRV
records of RFC 6186 (``_imaps._tcp``, ``_imap._tcp``, ``_submissions._tcp``, ``_submission._tcp``), then the
usual host names (imap./mail./smtp. under the domain) that resolve. Nothing is saved here: the account
dialog and ``account add`` log in to what was found before they keep it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workstation.mail.endpoints import Security
from workstation.errors import InvalidInput, MostradorError

if TYPE_CHECKING:
    import dns.resolver

DNS_TIMEOUT = 5.0


class SettingsNotFound(MostradorError):
    """No provider, SRV record or usual host name gave settings for the address."""


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    security: Security

    def __str__(self) -> str:
        return f"{self.host}:{self.port} ({self.security.value})"


@dataclass(frozen=True)
class Provider:
    key: str
    name: str
    imap: Server
    smtp: Server
    domains: tuple[str, ...] = ()
    mx_suffixes: tuple[str, ...] = ()
    #: "google" or "microsoft" when the provider signs in with OAuth (and then prefers it).
    oauth: str | None = None
    #: Where the provider says to create a password for an app, in its own words; None when it takes
    #: the account's own password.
    app_password: str | None = None
    #: The login name is the part before the @ (iCloud), else the whole address.
    local_part_login: bool = False
    #: The same, with the names of the provider's Spanish pages.
    app_password_es: str | None = None

    def app_password_in(self, language: str) -> str | None:
        return (self.app_password_es or self.app_password) if language == "es" else self.app_password


def _s(host: str, port: int, security: str) -> Server:
    return Server(host, port, Security(security))


PROVIDERS: tuple[Provider, ...] = (
    Provider("gmail", "Gmail / Google Workspace", _s("imap.gmail.com", 993, "ssl"), _s("smtp.gmail.com", 465, "ssl"),
             domains=("gmail.com", "googlemail.com"), mx_suffixes=(".google.com", ".googlemail.com"),
             oauth="google",
             app_password_es="Google: active la verificación en dos pasos y, en su cuenta de Google, vaya a "
                             "Seguridad > Verificación en dos pasos > Contraseñas de aplicaciones "
                             "(myaccount.google.com/apppasswords) y cree una. Si el administrador de Workspace las "
                             "ha desactivado, inicie sesión con Google.",
             app_password="Google: turn on 2-Step Verification, then in your Google Account go to Security > "
                          "2-Step Verification > App passwords (myaccount.google.com/apppasswords) and create "
                          "one. Workspace administrators may have turned app passwords off; sign in with Google "
                          "instead."),
    Provider("microsoft365", "Microsoft 365", _s("outlook.office365.com", 993, "ssl"),
             _s("smtp.office365.com", 587, "starttls"), mx_suffixes=(".mail.protection.outlook.com",),
             oauth="microsoft",
             app_password_es="Microsoft 365 ya no acepta contraseñas para IMAP: inicie sesión con Microsoft.",
             app_password="Microsoft 365 no longer takes passwords for IMAP: sign in with Microsoft instead."),
    Provider("outlook", "Outlook.com", _s("outlook.office365.com", 993, "ssl"),
             _s("smtp-mail.outlook.com", 587, "starttls"),
             domains=("outlook.com", "hotmail.com", "live.com", "msn.com", "outlook.es", "hotmail.es"),
             mx_suffixes=(".olc.protection.outlook.com",), oauth="microsoft",
             app_password_es="Outlook.com ya no acepta contraseñas para IMAP: inicie sesión con Microsoft.",
             app_password="Outlook.com no longer takes passwords for IMAP: sign in with Microsoft instead."),
    Provider("yahoo", "Yahoo Mail", _s("imap.mail.yahoo.com", 993, "ssl"), _s("smtp.mail.yahoo.com", 465, "ssl"),
             domains=("yahoo.com", "yahoo.es", "ymail.com", "rocketmail.com"), mx_suffixes=(".yahoodns.net",),
             app_password_es="Yahoo: vaya a Información de la cuenta > Seguridad de la cuenta y elija “Generar "
                             "contraseña de aplicación”; use esa contraseña aquí.",
             app_password="Yahoo: go to Account Info > Account Security and choose “Generate app password” "
                           "(“Generate and manage app passwords”); use that password here."),
    Provider("icloud", "iCloud Mail", _s("imap.mail.me.com", 993, "ssl"), _s("smtp.mail.me.com", 587, "starttls"),
             domains=("icloud.com", "me.com", "mac.com"), mx_suffixes=(".mail.icloud.com",),
             local_part_login=True,
             app_password_es="Apple: inicie sesión en account.apple.com, vaya a Inicio de sesión y seguridad > "
                             "Contraseñas específicas de apps y genere una (con la autenticación de doble factor "
                             "activada).",
             app_password="Apple: sign in at account.apple.com, go to Sign-In and Security > App-Specific "
                          "Passwords, and generate one (two-factor authentication must be on)."),
    Provider("zoho", "Zoho Mail", _s("imap.zoho.com", 993, "ssl"), _s("smtp.zoho.com", 465, "ssl"),
             domains=("zoho.com", "zohomail.com"), mx_suffixes=(".zoho.com",),
             app_password="Zoho: with two-factor authentication on, go to My Account > Security > App Passwords "
                          "and generate a new password for Mostrador."),
    Provider("zoho-eu", "Zoho Mail (EU)", _s("imap.zoho.eu", 993, "ssl"), _s("smtp.zoho.eu", 465, "ssl"),
             domains=("zohomail.eu",), mx_suffixes=(".zoho.eu",),
             app_password="Zoho: with two-factor authentication on, go to My Account > Security > App Passwords "
                          "and generate a new password for Mostrador."),
    Provider("ionos-es", "IONOS", _s("imap.ionos.es", 993, "ssl"), _s("smtp.ionos.es", 465, "ssl"),
             mx_suffixes=(".ionos.es",)),
    Provider("ionos-de", "IONOS", _s("imap.ionos.de", 993, "ssl"), _s("smtp.ionos.de", 465, "ssl"),
             mx_suffixes=(".ionos.de", ".kundenserver.de")),
    Provider("ionos", "IONOS", _s("imap.ionos.com", 993, "ssl"), _s("smtp.ionos.com", 465, "ssl"),
             mx_suffixes=(".ionos.com", ".1and1.com", ".perfora.net")),
    Provider("ovh", "OVHcloud", _s("ssl0.ovh.net", 993, "ssl"), _s("ssl0.ovh.net", 465, "ssl"),
             mx_suffixes=(".mail.ovh.net", ".ovh.net")),
    Provider("godaddy", "GoDaddy Professional Email", _s("imap.secureserver.net", 993, "ssl"),
             _s("smtpout.secureserver.net", 465, "ssl"), mx_suffixes=(".secureserver.net",)),
    Provider("fastmail", "Fastmail", _s("imap.fastmail.com", 993, "ssl"), _s("smtp.fastmail.com", 465, "ssl"),
             domains=("fastmail.com", "fastmail.fm"), mx_suffixes=(".messagingengine.com",),
             app_password="Fastmail: go to Settings > Privacy & Security > Manage app passwords and access, "
                          "and create a new app password with IMAP and SMTP access."),
)

BY_KEY = {p.key: p for p in PROVIDERS}


@dataclass(frozen=True)
class Found:
    """Settings found for an address, and how."""

    email: str
    imap: Server
    smtp: Server
    username: str
    source: str  # "provider", "dns-srv" or "guess"
    provider: Provider | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def oauth(self) -> str | None:
        return self.provider.oauth if self.provider else None

    def describe(self) -> str:
        how = {"provider": f"known provider {self.provider.name if self.provider else ''}",
               "dns-srv": "the domain's DNS SRV records", "guess": "the usual server names"}[self.source]
        return f"IMAP {self.imap}, SMTP {self.smtp}, from {how}."


def domain_of(email: str) -> str:
    if email.count("@") != 1 or not email.split("@")[1] or not email.split("@")[0]:
        raise InvalidInput(f"{email!r} is not an e-mail address.", code="not_an_address", params={"address": email})
    return email.split("@")[1].strip().lower().rstrip(".")


def default_resolver() -> dns.resolver.Resolver:
    import dns.resolver

    resolver = dns.resolver.Resolver()
    resolver.lifetime = DNS_TIMEOUT
    return resolver


def loopback_resolver(port: int) -> dns.resolver.Resolver:
    """A resolver that asks a DNS server on 127.0.0.1 only (the tests' own)."""
    import dns.resolver

    resolver = dns.resolver.Resolver(configure=False)
    resolver.nameservers = ["127.0.0.1"]
    resolver.port = port
    resolver.lifetime = DNS_TIMEOUT
    return resolver


def _answers(resolver: dns.resolver.Resolver, name: str, kind: str) -> list[object]:
    import dns.exception
    import dns.resolver

    try:
        return list(resolver.resolve(name, kind, search=False))
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer, dns.resolver.NoNameservers):
        return []
    except dns.exception.Timeout:
        return []


def _for_provider(email: str, provider: Provider, notes: tuple[str, ...] = ()) -> Found:
    username = email.split("@")[0] if provider.local_part_login else email
    return Found(email, provider.imap, provider.smtp, username, "provider", provider, notes)


def _by_mx(resolver: dns.resolver.Resolver, domain: str) -> Provider | None:
    exchanges = sorted(_answers(resolver, domain, "MX"), key=lambda r: r.preference)  # type: ignore[attr-defined]
    for record in exchanges:
        host = str(record.exchange).lower().rstrip(".")  # type: ignore[attr-defined]
        for provider in PROVIDERS:
            if any(host.endswith(suffix) or host == suffix.lstrip(".") for suffix in provider.mx_suffixes):
                return provider
    return None


def _srv(resolver: dns.resolver.Resolver, service: str, domain: str) -> tuple[str, int] | None:
    """The best target of an RFC 6186 record; None when absent or when the target is "." (not offered)."""
    records = sorted(_answers(resolver, f"_{service}._tcp.{domain}", "SRV"),
                     key=lambda r: (r.priority, -r.weight))  # type: ignore[attr-defined]
    for record in records:
        target = str(record.target).rstrip(".")  # type: ignore[attr-defined]
        if target:
            return target, int(record.port)  # type: ignore[attr-defined]
    return None


def _by_srv(resolver: dns.resolver.Resolver, email: str, domain: str) -> Found | None:
    imap = None
    if found := _srv(resolver, "imaps", domain):
        imap = Server(found[0], found[1], Security.SSL)
    elif found := _srv(resolver, "imap", domain):
        imap = Server(found[0], found[1], Security.STARTTLS)
    smtp = None
    if found := _srv(resolver, "submissions", domain):  # RFC 8314: implicit TLS
        smtp = Server(found[0], found[1], Security.SSL)
    elif found := _srv(resolver, "submission", domain):
        smtp = Server(found[0], found[1], Security.STARTTLS if found[1] != 465 else Security.SSL)
    if imap is None:
        return None
    if smtp is None:
        smtp = Server(imap.host, 587, Security.STARTTLS)
    return Found(email, imap, smtp, email, "dns-srv")


def _resolves(resolver: dns.resolver.Resolver, host: str) -> bool:
    return bool(_answers(resolver, host, "A") or _answers(resolver, host, "AAAA"))


def _by_guess(resolver: dns.resolver.Resolver, email: str, domain: str) -> Found | None:
    imap_host = next((h for h in (f"imap.{domain}", f"mail.{domain}") if _resolves(resolver, h)), None)
    if imap_host is None:
        return None
    smtp_host = next((h for h in (f"smtp.{domain}", f"mail.{domain}") if _resolves(resolver, h)), imap_host)
    return Found(email, Server(imap_host, 993, Security.SSL), Server(smtp_host, 465, Security.SSL), email, "guess",
                 notes=("These are guesses from the usual server names: the login test below says whether they "
                        "work.",))


def find_settings(email: str, *, resolver: dns.resolver.Resolver | None = None) -> Found:
    """IMAP and SMTP settings for an address: the provider table, then DNS SRV, then the usual names."""
    domain = domain_of(email)
    for provider in PROVIDERS:
        if domain in provider.domains:
            return _for_provider(email, provider)
    resolver = resolver or default_resolver()
    provider = _by_mx(resolver, domain)
    if provider is not None:
        return _for_provider(email, provider, (f"{domain}'s mail is handled by {provider.name}.",))
    found = _by_srv(resolver, email, domain) or _by_guess(resolver, email, domain)
    if found is None:
        raise SettingsNotFound(f"No settings were found for {domain}: it is not a provider Mostrador knows, it "
                               "publishes no SRV records, and neither imap. nor mail. under it exists.",
                               hint="Give the servers yourself (--imap-host, --smtp-host).",
                               code="settings_not_found", params={"domain": domain})
    return found
