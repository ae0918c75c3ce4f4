"""The gate's reasons in the interface's language, one sentence each.

The gate (in ``workstation``) gives each reason a stable code and the facts
it names; here each code has its sentence, spelled out in a
``QCoreApplication.translate("Gate", ...)`` call so ``pyside6-lupdate``
finds it. An unknown code (a newer gate) falls back to the gate's English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.labels import action_label
from workstation.resolution.gate import Reason


def reason_text(reason: Reason) -> str:
    templates = {
        "no_structured_action": QCoreApplication.translate("Gate", "Add at least one concrete action (refund, replacement, repair, "
                                           "correction...) in the panel on the right."),
        "no_action": QCoreApplication.translate("Gate", "No concrete action: say what you are doing about it."),
        "no_date": QCoreApplication.translate("Gate", "No date or deadline: say when it will happen."),
        "no_amount": QCoreApplication.translate("Gate", "The refund or credit has no amount: say how much."),
        "vague_date": QCoreApplication.translate("Gate", "“%phrase” is not a date: give one."),
        "apology_only": QCoreApplication.translate("Gate", "Apologies and thanks are welcome beside an action, never instead of one."),
        "deflection": QCoreApplication.translate("Gate", "Passing the complaint on needs a named owner and a date, or it commits to "
                                 "nothing."),
        "missing_field": QCoreApplication.translate("Gate", "The %kind needs: %fields."),
        "not_stated": QCoreApplication.translate("Gate", "The reply does not tell the customer about the %kind: say what you are doing."),
        "wrong_amount": QCoreApplication.translate("Gate", "The reply says %written, but the %kind is %amount: make "
                                                   "them agree."),
        "amount_not_stated": QCoreApplication.translate("Gate", "Add the amount: the %kind is %amount."),
        "date_not_stated": QCoreApplication.translate("Gate", "Say when: the %kind is due %date."),
        "owner_not_stated": QCoreApplication.translate("Gate", "Name the owner in the reply: %owner."),
        "answer_empty": QCoreApplication.translate("Gate", "The answer is missing: write it in the reply, beyond apologies and thanks."),
        "over_limit": QCoreApplication.translate("Gate", "The %kind of %amount is above your limit of %limit; a supervisor must "
                                 "approve it."),
    }
    template = templates.get(reason.code)
    if template is None:
        return reason.text
    params = dict(reason.params)
    if "kind" in params:
        params["kind"] = action_label(params["kind"]).lower()
    if "fields" in params:
        params["fields"] = ", ".join(field_label(name).lower() for name in params["fields"].split(","))
    for key, value in sorted(params.items(), key=lambda item: -len(item[0])):
        template = template.replace(f"%{key}", value)
    return template


def field_label(name: str) -> str:
    return {
        "amount": QCoreApplication.translate("Gate", "Amount"),
        "currency": QCoreApplication.translate("Gate", "Currency"),
        "reference": QCoreApplication.translate("Gate", "Reference"),
        "owner": QCoreApplication.translate("Gate", "Owner"),
        "date": QCoreApplication.translate("Gate", "Due date"),
        "description": QCoreApplication.translate("Gate", "Description"),
    }.get(name, name)
