"""Words for the domain's values, in the interface's language.

Each string is spelled out in a ``QCoreApplication.translate("Labels", ...)``
call so that ``pyside6-lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_label(status: str) -> str:
    return {
        "new": QCoreApplication.translate("Labels", "New"),
        "open": QCoreApplication.translate("Labels", "Open"),
        "waiting": QCoreApplication.translate("Labels", "Waiting on customer"),
        "resolved": QCoreApplication.translate("Labels", "Resolved"),
        "closed": QCoreApplication.translate("Labels", "Closed"),
        "spam": QCoreApplication.translate("Labels", "Spam"),
    }.get(status, status)


def priority_label(priority: str) -> str:
    return {
        "low": QCoreApplication.translate("Labels", "Low"),
        "normal": QCoreApplication.translate("Labels", "Normal"),
        "high": QCoreApplication.translate("Labels", "High"),
        "urgent": QCoreApplication.translate("Labels", "Urgent"),
    }.get(priority, priority)


def category_label(category: str | None) -> str:
    if not category:
        return ""
    return {
        "billing": QCoreApplication.translate("Labels", "Billing"),
        "delivery": QCoreApplication.translate("Labels", "Delivery"),
        "product_defect": QCoreApplication.translate("Labels", "Product defect"),
        "service_outage": QCoreApplication.translate("Labels", "Service outage"),
        "attention": QCoreApplication.translate("Labels", "Attention received"),
        "account": QCoreApplication.translate("Labels", "Account"),
    }.get(category, category)


def action_label(kind: str) -> str:
    return {
        "refund": QCoreApplication.translate("Labels", "Refund"),
        "replacement": QCoreApplication.translate("Labels", "Replacement"),
        "repair_visit": QCoreApplication.translate("Labels", "Repair visit"),
        "credit": QCoreApplication.translate("Labels", "Credit or discount"),
        "correction": QCoreApplication.translate("Labels", "Correction"),
        "cancellation": QCoreApplication.translate("Labels", "Cancellation"),
        "process_change": QCoreApplication.translate("Labels", "Process change"),
        "escalation": QCoreApplication.translate("Labels", "Escalation"),
        "answer": QCoreApplication.translate("Labels", "Answer given"),
    }.get(kind, kind)


def action_status_label(status: str) -> str:
    return {
        "proposed": QCoreApplication.translate("Labels", "proposed"),
        "awaiting_approval": QCoreApplication.translate("Labels", "awaiting approval"),
        "promised": QCoreApplication.translate("Labels", "promised"),
        "done": QCoreApplication.translate("Labels", "done"),
        "missed": QCoreApplication.translate("Labels", "missed"),
        "cancelled": QCoreApplication.translate("Labels", "cancelled"),
    }.get(status, status)


def reply_state_label(state: str) -> str:
    return {
        "awaiting_approval": QCoreApplication.translate("Labels", "Waiting for approval"),
        "queued": QCoreApplication.translate("Labels", "Queued"),
        "sending": QCoreApplication.translate("Labels", "Sending"),
        "sent_not_filed": QCoreApplication.translate("Labels", "Sent (copy not yet in Sent)"),
        "delivery_uncertain": QCoreApplication.translate("Labels", "Delivery uncertain"),
        "failed": QCoreApplication.translate("Labels", "Failed"),
    }.get(state, state)


def event_label(kind: str) -> str:
    return {
        "reply_queued": QCoreApplication.translate("Labels", "reply queued"),
        "reply_awaiting_approval": QCoreApplication.translate("Labels", "reply waits for approval"),
        "reply_sent_for_review": QCoreApplication.translate("Labels", "reply sent for a supervisor's review"),
        "reply_approved": QCoreApplication.translate("Labels", "reply approved"),
        "reply_refused": QCoreApplication.translate("Labels", "Send refused by the gate (nothing sent)"),
        "reply_returned": QCoreApplication.translate("Labels", "reply returned to its author"),
        "reply_sent": QCoreApplication.translate("Labels", "reply sent"),
        "reply_retry": QCoreApplication.translate("Labels", "sending will be tried again"),
        "reply_failed": QCoreApplication.translate("Labels", "the server refused the reply"),
        "reply_delivery_uncertain": QCoreApplication.translate("Labels", "delivery uncertain"),
        "reply_found_in_sent": QCoreApplication.translate("Labels", "reply found in Sent"),
        "reply_resend": QCoreApplication.translate("Labels", "reply queued again"),
        "reply_marked_sent": QCoreApplication.translate("Labels", "reply recorded as sent"),
        "action_done": QCoreApplication.translate("Labels", "promise kept"),
        "action_overdue": QCoreApplication.translate("Labels", "promise past its date"),
        "satisfaction_received": QCoreApplication.translate("Labels", "customer's score received"),
        "playbook_started": QCoreApplication.translate("Labels", "guide started"),
        "playbook_step_done": QCoreApplication.translate("Labels", "guide step done"),
        "playbook_step_skipped": QCoreApplication.translate("Labels", "guide step skipped"),
        "incident_linked": QCoreApplication.translate("Labels", "linked to an incident"),
        "incident_update_queued": QCoreApplication.translate("Labels", "incident update queued"),
        "ticket_changed": QCoreApplication.translate("Labels", "changed"),
        "change_undone": QCoreApplication.translate("Labels", "change undone"),
        "note_added": QCoreApplication.translate("Labels", "internal note added"),
        "tickets_merged": QCoreApplication.translate("Labels", "another ticket merged in"),
        "inbox_removed": QCoreApplication.translate("Labels", "its inbox was removed"),
        "merged_into": QCoreApplication.translate("Labels", "merged into another ticket"),
        "ticket_split": QCoreApplication.translate("Labels", "a message split off"),
        "split_from": QCoreApplication.translate("Labels", "split from another ticket"),
        "incident_declared": QCoreApplication.translate("Labels", "incident declared"),
        "incident_update": QCoreApplication.translate("Labels", "update sent to every affected customer"),
        "incident_resolved": QCoreApplication.translate("Labels", "incident resolved"),
        "lesson_recorded": QCoreApplication.translate("Labels", "lesson recorded"),
        "review_note_imported": QCoreApplication.translate("Labels", "review note imported"),
        "ticket_reopened": QCoreApplication.translate("Labels", "reopened: the customer wrote again"),
        "filed_as_spam": QCoreApplication.translate("Labels", "filed as spam"),
        "filed_for_the_record": QCoreApplication.translate("Labels", "filed for the record"),
        "language_set": QCoreApplication.translate("Labels", "language changed"),
        "customer_merged": QCoreApplication.translate("Labels", "customer merged with another (same person)"),
        "customer_edited": QCoreApplication.translate("Labels", "customer record edited"),
    }.get(kind, kind.replace("_", " "))


def language_name(code: str) -> str:
    return {"en": QCoreApplication.translate("Labels", "English"),
            "es": QCoreApplication.translate("Labels", "Spanish")}.get(code, code)


def followup_label(kind: str) -> str:
    return {
        "check_action": QCoreApplication.translate("Labels", "check the promise"),
        "close_loop": QCoreApplication.translate("Labels", "tell the customer it is done"),
        "satisfaction": QCoreApplication.translate("Labels", "waiting for the customer's score"),
        "custom": QCoreApplication.translate("Labels", "follow up"),
    }.get(kind, kind)


def column_title(column: str) -> str:
    return {
        "customer": QCoreApplication.translate("Labels", "Customer"),
        "subject": QCoreApplication.translate("Labels", "Subject"),
        "inbox": QCoreApplication.translate("Labels", "Inbox"),
        "status": QCoreApplication.translate("Labels", "Status"),
        "priority": QCoreApplication.translate("Labels", "Priority"),
        "assignee": QCoreApplication.translate("Labels", "Assignee"),
        "category": QCoreApplication.translate("Labels", "Category"),
        "age": QCoreApplication.translate("Labels", "Age"),
        "due": QCoreApplication.translate("Labels", "Due"),
        # The Snoozed view's "due" column: when each ticket wakes up.
        "back": QCoreApplication.translate("Labels", "Comes back"),
    }[column]


def duration(seconds: float) -> str:
    """A short duration: "12 min", "5 h", "3 d"."""
    minutes = int(abs(seconds) // 60)
    if minutes < 60:
        return QCoreApplication.translate("Labels", "%1 min").replace("%1", str(minutes))
    hours = minutes // 60
    if hours < 48:
        return QCoreApplication.translate("Labels", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("Labels", "%1 d").replace("%1", str(hours // 24))


def due_in(seconds: float) -> str:
    if seconds < 0:
        return QCoreApplication.translate("Labels", "overdue %1").replace("%1", duration(seconds))
    return QCoreApplication.translate("Labels", "in %1").replace("%1", duration(seconds))


def unassigned() -> str:
    return QCoreApplication.translate("Labels", "Unassigned")


def unread() -> str:
    """A ticket with a customer message the agent has not seen (its row is bold)."""
    return QCoreApplication.translate("Labels", "Unread")


def server_state(row: object) -> list[str]:
    """What the mail server says of a queue row's messages, when it says something: flagged, or deleted."""
    said = []
    if getattr(row, "flagged", False):
        said.append(QCoreApplication.translate("Labels", "Flagged on the mail server."))
    if not getattr(row, "on_server", True):
        said.append(QCoreApplication.translate("Labels", "Deleted on the mail server; kept here with its ticket."))
    return said
