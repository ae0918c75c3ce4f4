"""OAuth 2.0 sign-in for IMAP and SMTP (RFC 6749, RFC 8252 for native apps, RFC 7636 PKCE).

- :mod:`.providers`: Google and Microsoft, or any issuer read through OpenID discovery.
- :mod:`.flow`: the interactive sign-in: the system browser, a loopback redirect, PKCE S256, ``state`` and
  issuer checked. Only a person's action starts it; the sync and send workers never do.
- :mod:`.tokens`: the refresh token in the keyring (one entry per account), access tokens refreshed before
  they expire, one refresh at a time per account, ``invalid_grant`` turned into "sign in again".
- :mod:`.sasl`: the XOAUTH2 and OAUTHBEARER strings.
"""
