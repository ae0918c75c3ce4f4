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
    return {
        "not_an_address": QCoreApplication.translate(
            "Errors", "“%address” is not an e-mail address."),
        "attachment_too_big": QCoreApplication.translate(
            "Errors", "%name is %size MB; attachments are limited to %limit MB, which most mail servers accept."),
        "attachment_unreadable": QCoreApplication.translate(
            "Errors", "Cannot read the attachment %path: %reason."),
        "ticket_without_inbox": QCoreApplication.translate(
            "Errors", "Ticket #%ticket has no inbox to reply from. Its inbox was removed; add it again."),
        "ticket_without_address": QCoreApplication.translate(
            "Errors", "Ticket #%ticket has no customer address to reply to."),
        "address_control_character": QCoreApplication.translate(
            "Errors", "the address “%address” holds a control character (a line break, say)"),
        "address_not_one": QCoreApplication.translate(
            "Errors", "“%address” is not one email address"),
        "reply_unsendable_to": QCoreApplication.translate(
            "Errors", "The reply cannot be sent to “%address”: %why. Correct the address; nothing was queued."),
        "no_action": QCoreApplication.translate(
            "Errors", "There is no action #%action."),
        "reply_unwritable": QCoreApplication.translate(
            "Errors", "The reply cannot be written as an email (%reason); nothing was queued."),
        "reply_not_awaiting": QCoreApplication.translate(
            "Errors", "Reply #%reply is not waiting for approval."),
        "approve_own_reply": QCoreApplication.translate(
            "Errors", "%agent wrote reply #%reply: another supervisor approves or returns it."),
        "return_needs_reason": QCoreApplication.translate(
            "Errors", "Say why the reply goes back, so its author knows what to change."),
        "reply_without_inbox": QCoreApplication.translate(
            "Errors", "Reply #%reply has no inbox to send from."),
        "reply_unsendable": QCoreApplication.translate(
            "Errors", "Reply #%reply cannot be sent: %why."),
        "attachment_missing": QCoreApplication.translate(
            "Errors", "The attachment %name of reply #%reply is missing from the store."),
        "header_controls": QCoreApplication.translate(
            "Errors", "The subject cannot be written without control characters."),
        "account_needs_name": QCoreApplication.translate(
            "Errors", "The account needs a name."),
        "auth_unknown": QCoreApplication.translate(
            "Errors", "“%auth” is not a way to sign in; use a password or OAuth."),
        "oauth_needs_client_id": QCoreApplication.translate(
            "Errors", "Signing in with OAuth needs your organisation's client ID. The README says how to "
                      "register one with Google or Microsoft."),
        "port_out_of_range": QCoreApplication.translate(
            "Errors", "The %protocol port %port is not between 1 and 65535."),
        "plain_only_here": QCoreApplication.translate(
            "Errors", "Plain (unencrypted) %protocol is allowed only to this computer, not to %host. Use ssl "
                      "or starttls."),
        "sign_in_first": QCoreApplication.translate(
            "Errors", "Sign in in the browser before the account is saved."),
        "password_empty": QCoreApplication.translate(
            "Errors", "The password is empty."),
        "account_exists": QCoreApplication.translate(
            "Errors", "An account named “%account” already exists."),
        "no_account": QCoreApplication.translate(
            "Errors", "There is no account named “%account”."),
        "inbox_always_synced": QCoreApplication.translate(
            "Errors", "INBOX is always synced."),
        "no_folder": QCoreApplication.translate(
            "Errors", "%account has no folder “%folder”."),
        "signs_in_with_oauth": QCoreApplication.translate(
            "Errors", "%account signs in through %provider, not with a password. Use “Sign in again” instead."),
        "signs_in_with_password": QCoreApplication.translate(
            "Errors", "%account signs in with a password."),
        "oauth_provider_unknown": QCoreApplication.translate(
            "Errors", "Mostrador does not know how %address signs in with OAuth. Give the provider (Google, "
                      "Microsoft) or your identity provider's issuer URL."),
        "not_saved": QCoreApplication.translate(
            "Errors", "%account was not saved: the %failed login did not work. Fix the settings and try again."),
        "not_saved_both": QCoreApplication.translate(
            "Errors", "%account was not saved: neither the IMAP nor the SMTP login worked. Fix the settings "
                      "and try again."),
        "agent_needs_name": QCoreApplication.translate(
            "Errors", "The agent needs a name."),
        "agent_exists": QCoreApplication.translate(
            "Errors", "An agent called “%who” or with that e-mail already exists."),
        "limit_without_amount": QCoreApplication.translate(
            "Errors", "A %kind has no amount to limit."),
        "limits_need_supervisor": QCoreApplication.translate(
            "Errors", "%agent is not a supervisor; only supervisors set limits."),
        "not_an_amount": QCoreApplication.translate(
            "Errors", "“%amount” is not an amount."),
        "limit_negative": QCoreApplication.translate(
            "Errors", "A limit cannot be negative."),
        "desk_owned": QCoreApplication.translate(
            "Errors", "This desk is %owner's and %acting acts at it now; %who may act here only after a "
                      "supervisor switches the desk to them."),
        "no_filed_message": QCoreApplication.translate(
            "Errors", "There is no filed message #%message."),
        "split_single_message": QCoreApplication.translate(
            "Errors", "The ticket has only this message; there is nothing to split it from."),
        "block_without_sender": QCoreApplication.translate(
            "Errors", "These tickets have no sender to block."),
        "language_unknown": QCoreApplication.translate(
            "Errors", "“%language” is not a language Mostrador writes; use one of %languages."),
        "search_not_a_date": QCoreApplication.translate(
            "Errors", "%filter is not a date; use YYYY-MM-DD."),
        "search_status_unknown": QCoreApplication.translate(
            "Errors", "%filter is not a status; use one of %statuses."),
        "saved_search_gone": QCoreApplication.translate(
            "Errors", "That saved search no longer exists."),
        "saved_search_incomplete": QCoreApplication.translate(
            "Errors", "A saved search needs a name and a query."),
        "no_view": QCoreApplication.translate(
            "Errors", "There is no view or inbox called “%view”."),
        "business_hours_invalid": QCoreApplication.translate(
            "Errors", "The business hours %start–%end (%zone) are not valid: %reason."),
        "business_hours_empty": QCoreApplication.translate(
            "Errors", "The business hours %start–%end need working days and an end after the start."),
        "business_hours_no_time": QCoreApplication.translate(
            "Errors", "The business hours leave no working time for this deadline."),
        "not_minutes": QCoreApplication.translate(
            "Errors", "“%value” is not a number of minutes."),
        "target_too_short": QCoreApplication.translate(
            "Errors", "A target must be at least one minute."),
        "incident_needs_title": QCoreApplication.translate(
            "Errors", "An incident needs a title."),
        "no_incident": QCoreApplication.translate(
            "Errors", "There is no incident #%incident."),
        "incident_resolved": QCoreApplication.translate(
            "Errors", "Incident #%incident is resolved; send the resolution instead."),
        "not_an_incident_ticket": QCoreApplication.translate(
            "Errors", "Ticket #%ticket is not an open ticket of incident #%incident."),
        "incident_without_tickets": QCoreApplication.translate(
            "Errors", "No open ticket is linked to incident #%incident yet."),
        "cannot_write_file": QCoreApplication.translate(
            "Errors", "Cannot write %path: %reason."),
        "action_of_another_ticket": QCoreApplication.translate(
            "Errors", "Action #%action is not an action of ticket #%ticket."),
        "action_not_promised": QCoreApplication.translate(
            "Errors", "Action #%action is not a promise waiting to be kept; only a promise can be kept."),
        "action_kind_unknown": QCoreApplication.translate(
            "Errors", "“%kind” is not a kind of action; the catalogue has: %kinds."),
        "actions_file_not_yaml": QCoreApplication.translate(
            "Errors", "%path: not valid YAML (%reason)."),
        "actions_file_not_mapping": QCoreApplication.translate(
            "Errors", "%path: expected a list of action kinds, each with its settings."),
        "action_not_mapping": QCoreApplication.translate(
            "Errors", "%path: the action “%kind” must list its settings."),
        "action_unknown_fields": QCoreApplication.translate(
            "Errors", "%path: the action “%kind” names unknown fields (%fields); known: %known."),
        "action_pattern_invalid": QCoreApplication.translate(
            "Errors", "%path: a “stated” pattern of “%kind” is not valid: %reason."),
        "action_needs_kind": QCoreApplication.translate(
            "Errors", "Each action needs at least a kind."),
        "amount_not_positive": QCoreApplication.translate(
            "Errors", "The amount %amount must be more than zero."),
        "not_a_date": QCoreApplication.translate(
            "Errors", "“%date” is not a date (use YYYY-MM-DD or an ISO time)."),
        "no_customer": QCoreApplication.translate(
            "Errors", "There is no customer #%customer."),
        "ticket_without_customer": QCoreApplication.translate(
            "Errors", "Ticket #%ticket has no customer."),
        "no_customer_address": QCoreApplication.translate(
            "Errors", "No customer writes from %address."),
        "phone_without_digits": QCoreApplication.translate(
            "Errors", "The phone “%phone” has no digits."),
        "customer_field_too_long": QCoreApplication.translate(
            "Errors", "That is too long: at most %limit characters."),
        "customer_merge_itself": QCoreApplication.translate(
            "Errors", "A customer cannot be merged with themselves."),
        "attachment_not_stored": QCoreApplication.translate(
            "Errors", "The attachment #%attachment is not in the store."),
        "original_not_stored": QCoreApplication.translate(
            "Errors", "The original of message #%message is not in the store."),
        "cannot_save_file": QCoreApplication.translate(
            "Errors", "Cannot save %name in %folder: %reason."),
        "settings_not_found": QCoreApplication.translate(
            "Errors", "No settings were found for %domain: it is not a provider Mostrador knows, it publishes no SRV "
                      "records, and neither imap. nor mail. under it exists. Give the servers yourself."),
        "no_playbook": QCoreApplication.translate(
            "Errors", "There is no playbook “%playbook”."),
        "step_not_done": QCoreApplication.translate(
            "Errors", "“%step” is not done yet: it needs %needs."),
        "needs_acknowledge": QCoreApplication.translate(
            "Errors", "a reply to the customer"),
        "needs_restate": QCoreApplication.translate(
            "Errors", "the problem in the customer's words"),
        "needs_own": QCoreApplication.translate(
            "Errors", "what we got wrong, said plainly"),
        "needs_action": QCoreApplication.translate(
            "Errors", "a reply that commits to a concrete action"),
        "needs_followup": QCoreApplication.translate(
            "Errors", "a follow-up with a date"),
        "needs_notify_owner": QCoreApplication.translate(
            "Errors", "an internal note naming who fixes the cause"),
        "needs_close_loop": QCoreApplication.translate(
            "Errors", "the loop-closing message to the customer"),
        "needs_none": QCoreApplication.translate(
            "Errors", "nothing"),
        "skip_needs_reason": QCoreApplication.translate(
            "Errors", "Skipping a step needs a reason (it goes in the timeline)."),
        "no_playbook_run": QCoreApplication.translate(
            "Errors", "There is no playbook run #%run."),
        "lesson_incomplete": QCoreApplication.translate(
            "Errors", "A lesson needs its root cause and the change made."),
        "no_lesson": QCoreApplication.translate(
            "Errors", "There is no lesson #%lesson."),
        "categories_not_yaml": QCoreApplication.translate(
            "Errors", "%file, line %line: not valid YAML."),
        "categories_not_mapping": QCoreApplication.translate(
            "Errors", "%file: expected a list of categories, each with its phrases."),
        "category_without_phrases": QCoreApplication.translate(
            "Errors", "categories.yaml: the category “%category” needs phrases."),
    }


def _store_templates() -> dict[str, str]:
    """The store, review packs, team mode, sign-in (OAuth), fetching mail, the workers' protocol."""
    keyring_fix = QCoreApplication.translate(
        "Errors", "Start and unlock a Secret Service (GNOME Keyring or KWallet) in your session, or install another "
                  "backend (for example `pip install keyrings.alt`) and choose it with PYTHON_KEYRING_BACKEND; see "
                  "`python -m keyring diagnose`.")
    return {
        # The store's sentences when they come from a worker: the same words as the window's own (_STORE).
        **{f"store_{kind}": sentence().replace("%1", "%where") for kind, sentence in _STORE.items()},
        "store_disk": QCoreApplication.translate(
            "Errors", "The disk holding %where failed to read or write (%reason). Check the disk; the database is "
                      "as its last completed change left it."),
        "store_unreachable": QCoreApplication.translate(
            "Errors", "Cannot reach the database server at %where: %reason. Check the database's address and that "
                      "its server is running."),
        "store_bad_url": QCoreApplication.translate(
            "Errors", "The database URL %where is not one Mostrador can use: %reason."),
        "store_too_new": QCoreApplication.translate(
            "Errors", "The database %where was written by a newer Mostrador (schema %schema). Install the newer "
                      "version to open it."),
        "store_foreign_tables": QCoreApplication.translate(
            "Errors", "The database %where holds tables that are not Mostrador's. Use an empty database or another "
                      "data folder."),
        "store_no_folder": QCoreApplication.translate(
            "Errors", "Cannot create the data folder %folder: %reason."),
        "store_missing": QCoreApplication.translate(
            "Errors", "There is no database at %where."),
        "store_is_folder": QCoreApplication.translate(
            "Errors", "%where is a folder, not a database file."),
        "store_needs_upgrade": QCoreApplication.translate(
            "Errors", "The database %where is at schema %schema; open it once for writing to upgrade it."),
        "store_marked_damaged": QCoreApplication.translate(
            "Errors", "The database %where is damaged (%problem); Mostrador will not write to it. To go on, run "
                      "`python -m workstation check --recover`, which copies what can be read into a new database."),
        "store_marked_damaged_backup": QCoreApplication.translate(
            "Errors", "The database %where is damaged (%problem); Mostrador will not write to it. To go on, restore "
                      "the newest backup (%backup) or run `python -m workstation check --recover`, which copies what "
                      "can be read into a new database."),
        "store_folder_unwritable": QCoreApplication.translate(
            "Errors", "Cannot write to the data folder %folder: %reason. Check that it exists, that you may write "
                      "to it and that its disk is not full."),
        "store_restore_failed": QCoreApplication.translate(
            "Errors", "Cannot restore %backup in place of %where: %reason."),
        "pack_period_backwards": QCoreApplication.translate(
            "Errors", "The period ends before it starts."),
        "pack_exists": QCoreApplication.translate(
            "Errors", "%file already exists; choose another name."),
        "pack_no_inbox": QCoreApplication.translate(
            "Errors", "There is no inbox named “%inbox”."),
        "pack_cannot_write": QCoreApplication.translate(
            "Errors", "Cannot write the review pack %file: %reason."),
        "team_not_postgresql": QCoreApplication.translate(
            "Errors", "%where is not a PostgreSQL URL; a team shares a PostgreSQL database. Give "
                      "postgresql://ADMIN@HOST/DATABASE."),
        "team_cannot_create": QCoreApplication.translate(
            "Errors", "The role in %where may not create the database %database. Create it as the server's "
                      "administrator, or give a role with CREATEDB."),
        "team_unreachable": QCoreApplication.translate(
            "Errors", "Cannot reach the database server at %where: %reason."),
        "team_not_you": QCoreApplication.translate(
            "Errors", "You are signed in to the team database as %role, which is %agent; you cannot act as %who."),
        "team_synced_by": QCoreApplication.translate(
            "Errors", "Synced by %who."),
        "team_synced_elsewhere": QCoreApplication.translate(
            "Errors", "Synced by another desk."),
        "team_no_password_here": QCoreApplication.translate(
            "Errors", "This desk has no password for %account, and no desk is syncing it now. Add %account again on "
                      "this desk (its password goes to this computer's keyring), or start the desk that has it."),
        "team_lock_unreachable": QCoreApplication.translate(
            "Errors", "Cannot reach the team's database to take the sync lock of %account (%reason)."),
        "oauth_not_https": QCoreApplication.translate(
            "Errors", "%url is not an https address, so Mostrador will not send a sign-in through it."),
        "oauth_refused": QCoreApplication.translate(
            "Errors", "The sign-in server %host refused: %answer (%error)."),
        "oauth_http": QCoreApplication.translate(
            "Errors", "The sign-in server %host answered HTTP %status (%reason)."),
        "oauth_certificate_untrusted": QCoreApplication.translate(
            "Errors", "The certificate of the sign-in server %host is not trusted (%reason)."),
        "oauth_no_answer": QCoreApplication.translate(
            "Errors", "The sign-in server %host did not answer within %seconds s."),
        "oauth_unreachable": QCoreApplication.translate(
            "Errors", "Cannot reach the sign-in server %host (%reason)."),
        "oauth_not_json": QCoreApplication.translate(
            "Errors", "The sign-in server %host answered something that is not JSON."),
        "oauth_no_access_token": QCoreApplication.translate(
            "Errors", "The sign-in server %host answered without an access token."),
        "oauth_no_browser": QCoreApplication.translate(
            "Errors", "No web browser could be opened for the sign-in. Open this address yourself: %url"),
        "oauth_cancelled": QCoreApplication.translate(
            "Errors", "The sign-in was cancelled."),
        "oauth_timed_out": QCoreApplication.translate(
            "Errors", "Nobody finished the sign-in in the browser within %minutes minutes. Try again."),
        "oauth_not_finished": QCoreApplication.translate(
            "Errors", "The sign-in was not finished: %answer."),
        "oauth_wrong_issuer": QCoreApplication.translate(
            "Errors", "The sign-in answer came from %issuer, not from %expected; it was refused."),
        "oauth_no_code": QCoreApplication.translate(
            "Errors", "The sign-in answer carried no authorization code."),
        "oauth_no_refresh_token": QCoreApplication.translate(
            "Errors", "The sign-in server %host gave no refresh token, so Mostrador would have to ask you to sign in "
                      "every hour. Check that the client may ask for offline access."),
        "oauth_client_id_needed": QCoreApplication.translate(
            "Errors", "Signing in with %provider needs your organisation's client ID: fill in the Client ID field."),
        "oauth_issuer_mismatch": QCoreApplication.translate(
            "Errors", "The identity provider at %issuer names itself %named, so its sign-in cannot be trusted. Check "
                      "the issuer URL."),
        "oauth_issuer_unnamed": QCoreApplication.translate(
            "Errors", "The identity provider at %issuer does not say its name, so its sign-in cannot be trusted. "
                      "Check the issuer URL."),
        "oauth_endpoint_missing": QCoreApplication.translate(
            "Errors", "The identity provider at %issuer does not publish its %field."),
        "oauth_token_too_large": QCoreApplication.translate(
            "Errors", "The sign-in server gave a refresh token of %length characters, more than a keyring entry "
                      "holds on every system (%limit bytes on Windows); it was not stored. Ask your identity "
                      "provider's administrator about token size."),
        "oauth_no_sign_in_kept": QCoreApplication.translate(
            "Errors", "%account has no sign-in kept in the keyring. Sign in again."),
        "oauth_no_sign_in_kept_here": QCoreApplication.translate(
            "Errors", "This account has no sign-in kept in the keyring. Sign in again."),
        "oauth_sign_in_expired": QCoreApplication.translate(
            "Errors", "The sign-in of %account is no longer accepted by %issuer (revoked or expired). Sign in "
                      "again."),
        "oauth_sign_in_expired_here": QCoreApplication.translate(
            "Errors", "The sign-in of this account is no longer accepted by %issuer (revoked or expired). Sign in "
                      "again."),
        "keyring_chosen_broken": QCoreApplication.translate(
            "Errors", "The keyring backend PYTHON_KEYRING_BACKEND=%backend cannot be loaded (%reason).")
        + " " + keyring_fix,
        "keyring_broken": QCoreApplication.translate(
            "Errors", "The keyring backend cannot be loaded (%reason).") + " " + keyring_fix,
        "keyring_missing": QCoreApplication.translate(
            "Errors", "No keyring backend is available to store passwords.") + " " + keyring_fix,
        "keyring_store_refused": QCoreApplication.translate(
            "Errors", "The keyring (%backend) refused to store the password: %reason.") + " " + keyring_fix,
        "keyring_read_failed": QCoreApplication.translate(
            "Errors", "The keyring (%backend) could not be read: %reason.") + " " + keyring_fix,
        "keyring_delete_failed": QCoreApplication.translate(
            "Errors", "The keyring (%backend) could not delete the password: %reason.") + " " + keyring_fix,
        "sign_in_impossible": QCoreApplication.translate(
            "Errors", "%account cannot sign in: %reason"),
        "sign_in_needed": QCoreApplication.translate(
            "Errors", "%account must be signed in again before it can sync or send. Use “Sign in again” on the "
                      "account."),
        "sign_in_not_renewed": QCoreApplication.translate(
            "Errors", "%account could not renew its sign-in: %reason It is tried again at the next sync."),
    }


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
