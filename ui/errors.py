"""Errors from ``workstation`` in the window's language.

The store's errors carry their kind and the database they are about (:class:`workstation.errors.StoreError`):
the window says the same sentence the command line prints, translated. Other errors that carry a ``code``
(see :class:`workstation.errors.MostradorError`) have their sentence here, with ``%name`` for each of their
facts (the pattern of the gate's reasons in ``ui/composer/reasons.py``). Each sentence is spelled out in a
``QCoreApplication.translate("Errors", ...)`` call so ``pyside6-lupdate`` finds it. Anything else, or a code
this window does not know yet, is shown as it came.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from workstation.errors import MostradorError, StoreError


# The English is the command line's sentence, word for word; %1 is the database.
_STORE: dict[str, Callable[[], str]] = {
    "locked": lambda: QCoreApplication.translate(
        "Errors", "The database %1 is locked by another program. Close the other Mostrador window or command "
                  "that uses it and try again."),
    "damaged": lambda: QCoreApplication.translate(
        "Errors", "The file %1 is not a readable Mostrador database (damaged or not a database). Restore a copy "
                  "from the backups folder beside it, or point --data-dir elsewhere."),
    "full": lambda: QCoreApplication.translate(
        "Errors", "The disk holding %1 is full. Free some space and try again; nothing was lost."),
    "read_only": lambda: QCoreApplication.translate(
        "Errors", "The database %1 cannot be opened for writing. Check that the folder exists and that you may "
                  "write to it."),
}


def _templates() -> dict[str, str]:
    return {
        "agent_unknown": QCoreApplication.translate(
            "Errors", "There is no agent “%who”. The agents are: %agents."),
        "no_agents": QCoreApplication.translate(
            "Errors", "There is no agent “%who”: this store has no agents yet."),
        "agent_ambiguous": QCoreApplication.translate(
            "Errors", "Several agents are called “%who”: %agents. Give the whole name."),
        "agent_needed": QCoreApplication.translate(
            "Errors", "Several agents work here: say who you are first (File › Preferences)."),
        "switch_needs_supervisor": QCoreApplication.translate(
            "Errors", "Only a supervisor may switch this desk to another agent, and %who is not one."),
        "no_ticket": QCoreApplication.translate(
            "Errors", "There is no ticket #%ticket."),
        "login_refused": QCoreApplication.translate(
            "Errors", "The server %where refused the user name or password for %user. Check them and try again."),
        "plain_refused": QCoreApplication.translate(
            "Errors", "Plain (unencrypted) IMAP to %host is refused; use ssl or starttls."),
        "tls_failed": QCoreApplication.translate(
            "Errors", "The secure connection (TLS) with %where failed (%reason)."),
        "certificate_untrusted": QCoreApplication.translate(
            "Errors", "The certificate of %where is not trusted (%reason). If the server uses a private CA, give "
                      "its certificate in the inbox's settings."),
        "host_unknown": QCoreApplication.translate(
            "Errors", "The mail server name %host is unknown. Check the name, or the network."),
        "no_answer": QCoreApplication.translate(
            "Errors", "The mail server %where did not answer within %seconds s."),
        "cannot_connect": QCoreApplication.translate(
            "Errors", "Cannot connect to the mail server %where (%reason)."),
        "starttls_missing": QCoreApplication.translate(
            "Errors", "The server %where does not offer STARTTLS; Mostrador will not continue in plain text. Use "
                      "ssl, or ask the provider to enable TLS."),
        "starttls_refused": QCoreApplication.translate(
            "Errors", "The server %where refused STARTTLS; Mostrador will not continue in plain text."),
        "oauth_unsupported": QCoreApplication.translate(
            "Errors", "The server %where does not take OAuth sign-ins. Use a password for this inbox, or check "
                      "the server."),
        "token_refused": QCoreApplication.translate(
            "Errors", "The server %where refused the sign-in token for %user. It is renewed at the next attempt; "
                      "if that fails too, sign in again."),
        "connection_lost": QCoreApplication.translate(
            "Errors", "The connection to %host was lost during sync. What was fetched before is kept; the next "
                      "sync resumes from there."),
        "watch_lost": QCoreApplication.translate(
            "Errors", "The connection was lost while waiting for new mail; it is opened again."),
        "password_missing": QCoreApplication.translate(
            "Errors", "No password for %account in the keyring. Type it again in the inbox's settings."),
        "select_ticket": QCoreApplication.translate(
            "Errors", "Select at least one ticket."),
        "nothing_to_undo": QCoreApplication.translate(
            "Errors", "There is nothing to undo."),
        "already_undone": QCoreApplication.translate(
            "Errors", "That change was already undone."),
        "note_empty": QCoreApplication.translate(
            "Errors", "The note is empty."),
        "tag_empty": QCoreApplication.translate(
            "Errors", "A tag needs a name."),
        "merge_into_itself": QCoreApplication.translate(
            "Errors", "A ticket cannot be merged into itself."),
        "merge_there": QCoreApplication.translate(
            "Errors", "Ticket #%ticket was itself merged into #%target; merge there."),
        "reply_empty": QCoreApplication.translate(
            "Errors", "The reply is empty."),
        "sample_ticket": QCoreApplication.translate(
            "Errors", "This is a sample ticket: its inbox is not real, so nothing can be sent. Add a real inbox "
            "to answer customers."),
        "not_supervisor": QCoreApplication.translate(
            "Errors", "%agent is not a supervisor; only supervisors approve or return replies."),
        **_smtp_templates(),
        **_outbox_templates(),
        **_desk_templates(),
        **_store_templates(),
    }


def _desk_templates() -> dict[str, str]:
    """The desk's services: composing and queueing replies, tickets, the queue, agents, accounts, promises."""
    return {}


def _store_templates() -> dict[str, str]:
    """The store, review packs, team mode, sign-in (OAuth), fetching mail, the workers' protocol."""
    return {}


def _smtp_templates() -> dict[str, str]:
    """Handing a reply to the SMTP server (``workstation/outbox/smtp.py``); %answer is the server's own words."""
    return {
        "smtp_plain_refused": QCoreApplication.translate(
            "Errors", "Plain (unencrypted) SMTP to %host is refused; use ssl or starttls."),
        "smtp_certificate_untrusted": QCoreApplication.translate(
            "Errors", "The certificate of the SMTP server %where is not trusted (%reason)."),
        "smtp_host_unknown": QCoreApplication.translate(
            "Errors", "The SMTP server name %host is unknown (%reason)."),
        "smtp_cannot_connect": QCoreApplication.translate(
            "Errors", "Cannot connect to the SMTP server %where: %reason."),
        "smtp_starttls_missing": QCoreApplication.translate(
            "Errors", "The SMTP server %where does not offer STARTTLS; Mostrador will not send in plain text. Use "
                      "ssl, or ask the provider to enable TLS."),
        "smtp_starttls_refused": QCoreApplication.translate(
            "Errors", "The SMTP server %where refused STARTTLS (%answer); Mostrador will not send in plain text."),
        "smtp_password_missing": QCoreApplication.translate(
            "Errors", "The SMTP server %where asks for a password and the keyring has none. Add the account again "
                      "to store it."),
        "smtp_token_refused": QCoreApplication.translate(
            "Errors", "The SMTP server %where refused the sign-in token for %user (%answer). It is renewed at the "
                      "next attempt; if that fails too, sign in again."),
        "smtp_login_refused": QCoreApplication.translate(
            "Errors", "The SMTP server %where refused the user name or password for %user (%answer)."),
        "smtp_dropped_greeting": QCoreApplication.translate(
            "Errors", "The SMTP server %where dropped the connection while greeting (%reason)."),
        "smtp_oauth_unsupported": QCoreApplication.translate(
            "Errors", "The SMTP server %where does not take OAuth sign-ins (no XOAUTH2 or OAUTHBEARER). Use a "
                      "password for this account, or check the server."),
        "smtp_no_smtputf8": QCoreApplication.translate(
            "Errors", "The SMTP server %where does not take internationalised addresses (SMTPUTF8), so %address "
                      "cannot be reached through it."),
        "smtp_sender_refused": QCoreApplication.translate(
            "Errors", "The SMTP server %where refused the sender %sender: “%answer”."),
        "smtp_sender_deferred": QCoreApplication.translate(
            "Errors", "The SMTP server %where refused the sender %sender for now: “%answer”; it will be tried "
                      "again."),
        "smtp_recipient_refused": QCoreApplication.translate(
            "Errors", "The SMTP server %where refused the recipient %recipient: “%answer”."),
        "smtp_recipient_deferred": QCoreApplication.translate(
            "Errors", "The SMTP server %where refused the recipient %recipient for now: “%answer”; it will be "
                      "tried again."),
        "smtp_message_refused": QCoreApplication.translate(
            "Errors", "The SMTP server %where refused the message: “%answer”."),
        "smtp_message_deferred": QCoreApplication.translate(
            "Errors", "The SMTP server %where refused the message for now: “%answer”; it will be tried again."),
        "smtp_lost_before_data": QCoreApplication.translate(
            "Errors", "The connection to the SMTP server %where was lost before the message was sent (%reason)."),
        "smtp_lost_while_sending": QCoreApplication.translate(
            "Errors", "The connection to the SMTP server %where was lost while sending (%reason)."),
        "smtp_lost_after_data": QCoreApplication.translate(
            "Errors", "The connection to the SMTP server %where was lost after the whole message was handed over "
                      "(%reason); the server may have sent it."),
    }


def _outbox_templates() -> dict[str, str]:
    """The outbox's own sentences (``workstation/outbox/sender.py``); %reason is another error, said in turn."""
    return {
        "outbox_interrupted": QCoreApplication.translate(
            "Errors", "Sending was interrupted after it started; the server may have the message. Mostrador looks "
                      "for it in Sent; resend it or mark it sent once you know."),
        "outbox_inbox_removed": QCoreApplication.translate(
            "Errors", "Its inbox was removed after it was queued, so there is no server to send it through. Add "
                      "the inbox again and send it anew."),
        "outbox_inbox_gone": QCoreApplication.translate(
            "Errors", "its inbox was removed after it was queued."),
        "outbox_cannot_be_sent": QCoreApplication.translate(
            "Errors", "Reply #%reply cannot be sent: %reason"),
        "outbox_lost_before_this": QCoreApplication.translate(
            "Errors", "The connection was lost before this reply was sent; it will be tried again."),
        "outbox_gave_up": QCoreApplication.translate(
            "Errors", "Gave up after %days days of trying: %reason"),
        "outbox_sent_copies_wait": QCoreApplication.translate(
            "Errors", "Sent copies wait: %reason"),
        "outbox_sent_copies_lost": QCoreApplication.translate(
            "Errors", "Sent copies wait: the IMAP connection was lost (%reason)."),
        "outbox_inbox_missing": QCoreApplication.translate(
            "Errors", "The inbox %inbox no longer exists."),
        "outbox_no_password": QCoreApplication.translate(
            "Errors", "No password in the keyring for this inbox."),
        "outbox_no_sent_folder": QCoreApplication.translate(
            "Errors", "Cannot find or create the Sent folder on %host (%reason)."),
    }


def error_text(exc: BaseException) -> str:
    """What to tell the person about ``exc``, in the window's language."""
    if isinstance(exc, StoreError) and exc.kind in _STORE and exc.where is not None:
        return _STORE[exc.kind]().replace("%1", exc.where)
    if not isinstance(exc, MostradorError):
        return str(exc)
    template = _templates().get(exc.code or "")
    if template is None:
        return str(exc)
    facts = {key: fact_text(value) for key, value in exc.params.items()}
    if not facts:
        return template
    # One pass, longest name first: a fact's own text (a server's words) is never read for placeholders.
    names = re.compile("%(" + "|".join(re.escape(key) for key in sorted(facts, key=len, reverse=True)) + ")")
    return names.sub(lambda match: facts[match.group(1)], template)


def stored_error_text(text: str | None, code: str | None, params: Mapping[str, Any] | None) -> str:
    """An error kept beside a reply or an inbox (its English ``text``, its ``code`` and facts) in the window's
    language; the English as it was kept when the code is unknown or missing (rows older than the codes)."""
    return error_text(MostradorError(text or "", code=code, params=params))


def fact_text(value: object) -> str:
    """A fact of an error: a string as it is, or another error (:func:`workstation.errors.as_fact`) said in turn;
    also what a worker reports of an error it met (the outbox flush's ``problems``)."""
    if isinstance(value, Mapping):
        return stored_error_text(str(value.get("text", "")), value.get("code"), value.get("params"))
    return str(value)
