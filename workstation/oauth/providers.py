"""Who signs a person in: Google, Microsoft (with a tenant), or any issuer read through OpenID discovery.

Mostrador ships no client ID of its own: a business registers one (README, "Your own OAuth client") and
gives it with the account; for Microsoft, its tenant too (``common`` takes work and personal accounts).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from workstation.oauth.errors import OAuthError
from workstation.oauth.http import check_url, get_json


@dataclass(frozen=True)
class Provider:
    key: str
    name: str
    issuer_template: str
    authorize_template: str
    token_template: str
    scopes: tuple[str, ...]
    extra_authorize: tuple[tuple[str, str], ...] = ()
    default_tenant: str | None = None
    #: Where in the provider's console a business registers its own client (shown with the error).
    register_hint: str = ""


GOOGLE = Provider(
    key="google", name="Google",
    issuer_template="https://accounts.google.com",
    authorize_template="https://accounts.google.com/o/oauth2/v2/auth",
    token_template="https://oauth2.googleapis.com/token",
    scopes=("https://mail.google.com/",),
    # A refresh token only comes with access_type=offline; prompt=consent makes Google send a new one.
    extra_authorize=(("access_type", "offline"), ("prompt", "consent")),
    register_hint="Create one in the Google Cloud console under APIs & Services > Credentials (a Desktop app); "
                  "see the README.",
)

MICROSOFT = Provider(
    key="microsoft", name="Microsoft",
    issuer_template="https://login.microsoftonline.com/{tenant}/v2.0",
    authorize_template="https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize",
    token_template="https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token",
    scopes=("https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send",
            "offline_access"),
    default_tenant="common",
    register_hint="Register one in the Microsoft Entra admin center under App registrations (Mobile and desktop "
                  "applications, redirect http://localhost); see the README.",
)

PROVIDERS = {p.key: p for p in (GOOGLE, MICROSOFT)}


@dataclass(frozen=True)
class Endpoints:
    """Where one account signs in: everything the flow and the refresh need, none of it secret."""

    provider: str  # "google", "microsoft" or "issuer"
    issuer: str
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    client_id: str
    tenant: str | None = None
    extra_authorize: tuple[tuple[str, str], ...] = ()
    #: Microsoft's "common"/"organizations" tenants answer with the user's own tenant as issuer.
    issuer_varies: bool = False
    #: Google's desktop clients come with a "client secret" its token endpoint asks for (Google says an
    #: installed app's is not treated as a secret); kept in the keyring all the same, never in the store.
    client_secret: str | None = field(default=None, repr=False)


def endpoints(provider: str, client_id: str | None, *, tenant: str | None = None, issuer: str | None = None,
              scopes: tuple[str, ...] | None = None, client_secret: str | None = None) -> Endpoints:
    """The endpoints for a provider key ("google", "microsoft") or an issuer URL (OpenID discovery)."""
    found = _endpoints(provider, client_id, tenant=tenant, issuer=issuer, scopes=scopes)
    return replace(found, client_secret=client_secret) if client_secret else found


def _endpoints(provider: str, client_id: str | None, *, tenant: str | None = None,
               issuer: str | None = None, scopes: tuple[str, ...] | None = None) -> Endpoints:
    """The endpoints for a provider key ("google", "microsoft") or an issuer URL (OpenID discovery)."""
    known = PROVIDERS.get(provider)
    if known is None and not (provider == "issuer" and issuer) and not provider.startswith(("https://", "http://")):
        raise OAuthError(f"{provider!r} is not a sign-in provider Mostrador knows.",
                         hint="Use google, microsoft, or the issuer URL of your identity provider.")
    if not client_id:
        where = known.register_hint if known else "Register Mostrador with your identity provider first."
        raise OAuthError(f"Signing in with {known.name if known else 'OAuth'} needs your organisation's client ID "
                         "(--client-id).", hint=where, code="oauth_client_id_needed",
                         params={"provider": known.name if known else "OAuth"})
    if known is not None:
        tenant = tenant or known.default_tenant
        fill = {"tenant": tenant or ""}
        return Endpoints(known.key, known.issuer_template.format(**fill), known.authorize_template.format(**fill),
                         known.token_template.format(**fill), scopes or known.scopes, client_id, tenant,
                         known.extra_authorize,
                         issuer_varies=known.key == "microsoft" and tenant in {"common", "organizations",
                                                                                "consumers"})
    return discover(issuer or provider, client_id, scopes=scopes)


def discover(issuer: str, client_id: str, *, scopes: tuple[str, ...] | None = None) -> Endpoints:
    """Read an issuer's OpenID configuration; the document must name the same issuer (OpenID Discovery 4.3)."""
    issuer = check_url(issuer.rstrip("/"))
    document = get_json(f"{issuer}/.well-known/openid-configuration")
    named = str(document.get("issuer", "")).rstrip("/")
    if named != issuer:
        raise OAuthError(f"The identity provider at {issuer} names itself {named or 'nothing'}, so its sign-in "
                         "cannot be trusted.", hint="Check the issuer URL.",
                         code="oauth_issuer_mismatch" if named else "oauth_issuer_unnamed",
                         params={"issuer": issuer, "named": named})
    try:
        authorize_url = check_url(str(document["authorization_endpoint"]))
        token_url = check_url(str(document["token_endpoint"]))
    except KeyError as exc:
        raise OAuthError(f"The identity provider at {issuer} does not publish its {exc.args[0]}.",
                         code="oauth_endpoint_missing", params={"issuer": issuer, "field": str(exc.args[0])}) from exc
    offered = document.get("scopes_supported") or []
    wanted = scopes or tuple(s for s in ("openid", "email", "offline_access") if s in offered) or ("openid",)
    return Endpoints("issuer", issuer, authorize_url, token_url, tuple(wanted), client_id)
