"""The whole reply: structured actions, stated in the text, within the author's authority."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from workstation.errors import InvalidInput
from workstation.followups import read_score
from workstation.resolution.actions import ActionSpec, load_catalogue
from workstation.resolution.commitments import find
from workstation.resolution.gate import GateResult, check_reply, check_text
from workstation.resolution.reading import sentences

REFUND = ActionSpec.from_dict({"kind": "refund", "amount": "45.90", "currency": "EUR", "due": "2026-12-01"})


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [r.code for r in result.details]


def test_an_apology_only_reply_without_actions_is_refused_with_reasons() -> None:
    result = check_reply("Lamentamos las molestias. Lo revisaremos lo antes posible.", [])
    assert not result.accepted
    assert codes(result) == ["no_structured_action", "vague_date", "apology_only"]
    assert {f.kind for f in result.flagged} == {"apology", "vague"}


@pytest.mark.parametrize("text", [
    "Le reembolsamos 45,90 € a su tarjeta el 1 de diciembre.",
    "We will refund 45.90 EUR to your card by 1 December.",
    "Sorry about this: we are refunding the full amount, you will see it on Monday.",
])
def test_a_refund_stated_with_amount_and_date_passes(text: str) -> None:
    assert check_reply(text, [REFUND]).accepted


def test_each_missing_statement_has_its_own_reason() -> None:
    result = check_reply("Thanks for your patience, we will sort it out.", [REFUND])
    assert codes(result) == ["not_stated", "amount_not_stated", "date_not_stated", "apology_only"]
    result = check_reply("We will refund you by Friday.", [REFUND])
    assert codes(result) == ["amount_not_stated"]


BIKE = ActionSpec.from_dict({"kind": "replacement", "due": "2026-12-03", "description": "bike stolen from the shed"})
PAYOUT = ActionSpec.from_dict({"kind": "refund", "amount": "250", "currency": "EUR", "due": "2026-11-27"})
THURSDAY = date(2026, 11, 26)


@pytest.mark.parametrize(("text", "action", "accepted"), [
    # The day the agent filled in, said in a clause that promises it, states the action in any words.
    ("Our supplier hands you an identical bike on Thursday 3 December at the Calle Mayor shop.", BIKE, True),
    ("We have approved your claim. The payment of €250 lands in your bank account tomorrow, Friday 27 November.",
     PAYOUT, True),
    ("Los 250 € del trayecto no realizado (reserva KX2P) vuelven a su cuenta mañana, viernes 27 de noviembre.", PAYOUT,
     True),
    # A hedge, a condition, a promise to look, or another day does not.
    ("Los 250 € no vuelven a su cuenta mañana, viernes 27 de noviembre: la tarifa no es reembolsable.", PAYOUT, False),
    ("Our supplier may have an identical bike for you on Thursday 3 December.", BIKE, False),
    ("If the claim is approved, our supplier hands you a bike on Thursday 3 December.", BIKE, False),
    ("We will review the replacement with our supplier on Thursday 3 December.", BIKE, False),
    ("Our supplier hands you an identical bike on Friday 4 December at the Calle Mayor shop.", BIKE, False),
    ("Your claim for €250 will be assessed tomorrow, Friday 27 November.", PAYOUT, False),
])
def test_an_action_is_stated_by_its_own_day(text: str, action: ActionSpec, accepted: bool) -> None:
    assert check_reply(text, [action], today=THURSDAY).accepted is accepted


@pytest.mark.parametrize("text", [
    "Hopefully the €250 lands in your bank account tomorrow, Friday 27 November.",
    "Es probable que los 250 € lleguen a su cuenta mañana, viernes 27 de noviembre.",
    "The €250 was charged to your card on Friday 27 November for the annual renewal.",
    "Mañana viernes 27 de noviembre cierra el resumen y ahí van a aparecer los 250 €.",
])
def test_a_day_beside_a_hope_or_a_charge_states_nothing(text: str) -> None:
    assert "not_stated" in codes(check_reply(text, [PAYOUT], today=THURSDAY))


@pytest.mark.parametrize(("text", "accepted"), [
    ("We've refunded £250 to your card today.", False),  # the refund is in euros
    ("Hoy le reintegramos Bs. 250 en su cuenta.", False),
    ("We've refunded €250 to your card today.", True),
    ("Hoy te devolvimos $250 a la tarjeta.", False),  # "$" is no euro
])
def test_an_amount_in_another_currency_is_a_wrong_amount(text: str, accepted: bool) -> None:
    today = ActionSpec.from_dict({"kind": "refund", "amount": "250", "currency": "EUR", "due": "2026-11-26"})
    result = check_reply(text, [today], today=THURSDAY)
    assert result.accepted is accepted
    if not accepted:
        assert codes(result)[0] == "wrong_amount" and "250" in result.details[0].params["written"]


@pytest.mark.parametrize(("text", "accepted"), [
    # An answer names what was asked, in its own words.
    ("Yes: strollers travel free in the hold, and you can take one small bag for the baby on board.", True),
    ("Sí, el cochecito viaja gratis en bodega y puede llevar un bolso pequeño para el bebé.", True),
    # Warm words about something else, or a pointer elsewhere, answer nothing.
    ("Thanks for getting in touch about travelling with your little one! We want to make your journey as smooth as "
     "possible for the whole family.", False),
    ("Thanks for your question about strollers. Our baggage page has all the details on what travels free.", False),
    ("Gracias por tu consulta sobre el cochecito. Toda la información sobre equipaje está disponible en nuestra web "
     "y en las agencias.", False),
    # Naming the topic to say it varies, it depends, or to ask for more is no answer either.
    ("Stroller rules can vary by route and fare, so the allowance depends on your booking.", False),
    ("Lo del cochecito depende de la tarifa y del destino; indíquenos su localizador.", False),
    ("Entendemos lo importante que es viajar tranquilo con el cochecito. Que tenga un buen viaje.", False),
    ("Moving the stroller to the hold is easy - just let us know at check-in.", False),
    # ...but a plain answer is one, though "asiento" (a seat) holds "siento" (sorry).
    ("Sí: el cochecito viaja gratis y además le asignamos asiento junto a la ventana.", True),
])
def test_an_answer_names_what_was_asked(text: str, accepted: bool) -> None:
    answer = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26",
                                   "description": "can the stroller (cochecito) travel free"})
    assert check_reply(text, [answer], today=THURSDAY).accepted is accepted


def test_a_dollar_sign_may_be_pesos() -> None:
    pesos = ActionSpec.from_dict({"kind": "refund", "amount": "1250", "currency": "MXN", "due": "2026-11-26"})
    assert check_reply("Hoy te devolvimos $1,250 a la tarjeta.", [pesos], today=THURSDAY).accepted
    canadian = ActionSpec.from_dict({"kind": "credit", "amount": "120", "currency": "CAD", "due": "2026-11-26"})
    assert check_reply("I've applied a CA$120.00 credit to your account today.", [canadian], today=THURSDAY).accepted


def test_an_action_without_a_description_is_named_by_its_kind_beside_a_relative_day() -> None:
    visit = ActionSpec.from_dict({"kind": "repair_visit", "due": "2026-11-27"})
    assert check_reply("Our crew tows the van in tomorrow morning and the new starter motor goes in before 5.",
                       [visit], today=THURSDAY).accepted
    # "tomorrow" beside nothing of a repair does not state one.
    assert not check_reply("Our shop is open tomorrow morning from 8 until 5 for any questions you have.",
                           [visit], today=THURSDAY).accepted
    # A bill ("recibo") is no receipt of a request.
    tariff = ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26", "description": "tarifa social"})
    assert check_reply("Se le aplicó la tarifa social desde hoy, así que el próximo recibo ya sale con el descuento.",
                       [tariff], today=THURSDAY).accepted


@pytest.mark.parametrize(("text", "action"), [
    ("Good news: the €250 lands back in your checking account tomorrow.", PAYOUT),
    ("We're paying back both nights, €250 in all, and it'll be on your Mastercard Friday the 27th.", PAYOUT),
    ("We are refunding the full Rs. 1,24,999 to your card on Friday 27 November.",
     ActionSpec.from_dict({"kind": "refund", "amount": "124999", "currency": "INR", "due": "2026-11-27"})),
    ("yo sam, sent the whole 23.47 back to ur card just now",
     ActionSpec.from_dict({"kind": "refund", "amount": "23.47", "currency": "USD", "due": "2026-11-26"})),
    ("That roaming bolt-on is gone from your plan now and won't show on your next bill.",
     ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26", "description": "remove roaming bolt-on"})),
])
def test_plain_words_state_an_action(text: str, action: ActionSpec) -> None:
    assert check_reply(text, [action], today=THURSDAY).accepted


def test_a_clause_stating_one_action_does_not_state_another_due_the_same_day() -> None:
    credit = ActionSpec.from_dict({"kind": "credit", "amount": "84", "currency": "USD", "due": "2026-12-01"})
    alerts = ActionSpec.from_dict({"kind": "process_change", "due": "2026-12-01",
                                   "description": "outage emails to every admin"})
    result = check_reply("We've applied an $84.00 credit to your account; it comes off your 1 December invoice.",
                         [credit, alerts], today=THURSDAY)
    assert codes(result)[:1] == ["not_stated"] and result.details[0].params["kind"] == "process_change"


def test_required_fields_come_from_the_catalogue() -> None:
    result = check_reply("We refund you 10 EUR today.", [ActionSpec(kind="refund", currency="EUR")])
    assert codes(result) == ["missing_field"]
    assert "amount" in result.reasons[0] and "due date" in result.reasons[0]
    with pytest.raises(InvalidInput, match="not a kind of action"):
        check_reply("x", [ActionSpec(kind="hug")])


def test_an_escalation_names_its_owner() -> None:
    escalation = ActionSpec.from_dict({"kind": "escalation", "owner": "Lucía Fernández", "due": "2026-12-01"})
    assert check_reply("Lucía, our head of billing, will call you on Monday.", [escalation]).accepted
    refused = check_reply("I have passed this to my supervisor, who will call you on Monday.", [escalation])
    assert codes(refused)[0] == "owner_not_stated"


def test_an_answer_must_say_something_beyond_thanks() -> None:
    answer = ActionSpec(kind="answer", description="how to export invoices")
    assert not check_reply("Thank you for your feedback, we value your comments.", [answer]).accepted
    assert check_reply("You can download every invoice from Account > Billing > Invoices: choose the year, "
                       "tick the ones you need and press Export; a PDF arrives by e-mail within a minute.",
                       [answer]).accepted


def test_authority_asks_for_approval_but_does_not_refuse() -> None:
    limits = {"refund": {"amount": "30", "currency": "EUR"}}
    result = check_reply("We refund 45.90 EUR today.", [REFUND], limits=limits)
    assert result.accepted and result.needs_approval
    assert [r.code for r in result.approval] == ["over_limit"]
    assert not check_reply("We refund 45.90 EUR today.", [REFUND],
                           limits={"refund": {"amount": "50", "currency": "EUR"}}).needs_approval


def test_a_supervisor_adds_an_action_kind(tmp_path: Path) -> None:
    (tmp_path / "actions.yaml").write_text(
        "loan_device:\n  label: {en: Loan device, es: Equipo de préstamo}\n  fields: [date]\n  required: []\n"
        "  stated: [loan, préstamo]\n", encoding="utf-8")
    assert "loan_device" in load_catalogue((tmp_path,)).kinds
    loan = ActionSpec.from_dict({"kind": "loan_device", "due": "2026-12-01"})
    assert check_reply("We send you a loan phone tomorrow.", [loan], extra_dirs=(tmp_path,)).accepted


@pytest.mark.parametrize(("text", "expected"), [
    ("5", (5, None)),
    ("4/5 - the refund arrived\n\n> how satisfied are you", (4, "the refund arrived")),
    ("Un 3, tardaron bastante.", (3, "tardaron bastante.")),
    ("I give it a 2 out of 5", (2, None)),
    ("Gracias por todo", None),
    ("10 days later it still does not work", None),
])
def test_the_customers_score_is_read_from_their_own_first_line(text: str, expected: object) -> None:
    assert read_score(text) == expected


HOLD = {"kind": "process_change", "due": "2026-11-26", "description": "Hold added on payments to new payees"}


@pytest.mark.parametrize(("text", "accepted"), [
    # Done by us, told in the words of the action's own description.
    ("We have put a 24-hour hold on every payment to a new payee from your account.", True),
    # ...but not a hold we could add, one we are looking into, or one the customer must ask for.
    ("We could put a hold on payments to a new payee if you would like.", False),
    ("We are reviewing whether a hold on payments to new payees is possible.", False),
    ("Please ask your branch to put a hold on payments to new payees.", False),
])
def test_a_done_action_may_be_told_in_its_descriptions_words(text: str, accepted: bool) -> None:
    result = check_reply(text, [ActionSpec.from_dict(HOLD)], today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


def test_looking_is_the_action_when_its_description_says_so() -> None:
    visit = ActionSpec.from_dict({"kind": "repair_visit", "due": "2026-11-27",
                                  "description": "Revisión del ruido de la suspensión"})
    text = "Tráigame el coche mañana viernes a las 9 y le revisamos el ruido de la suspensión sin costo."
    assert check_reply(text, [visit], language="es", today=date(2026, 11, 26)).accepted
    other = ActionSpec.from_dict({"kind": "repair_visit", "due": "2026-11-27", "description": "Cambio de pastillas"})
    assert not check_reply(text.replace("le revisamos el ruido de la suspensión", "le revisamos el coche"), [other],
                           language="es", today=date(2026, 11, 26)).accepted


def test_an_owner_after_a_spanish_title_is_named() -> None:
    escalation = ActionSpec.from_dict({"kind": "escalation", "due": "2026-11-27", "owner": "Margarita Llorente"})
    text = ("He pasado su expediente a Dña. Margarita Llorente, jefa de Asistencia. Le llamará mañana, viernes 27, "
            "antes de las 17:00.")
    assert check_reply(text, [escalation], language="es", today=date(2026, 11, 26)).accepted


def test_a_done_action_in_spanish_told_in_its_descriptions_words() -> None:
    hold = ActionSpec.from_dict({"kind": "process_change", "due": "2026-11-26",
                                 "description": "Retención en pagos a beneficiarios nuevos"})
    done = "Ya activamos una retención de 24 horas en cualquier pago a beneficiarios nuevos de su cuenta."
    assert check_reply(done, [hold], language="es", today=date(2026, 11, 26)).accepted
    maybe = "Podríamos activar una retención en los pagos a beneficiarios nuevos si lo desea."
    assert not check_reply(maybe, [hold], language="es", today=date(2026, 11, 26)).accepted


def test_an_answer_told_in_the_sentence_of_another_action_counts() -> None:
    credit = ActionSpec.from_dict({"kind": "credit", "amount": "150", "currency": "USD", "due": "2026-11-26"})
    answer = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26",
                                   "description": "flight rebooked to 6:40 AM tomorrow"})
    both = "You're confirmed on tomorrow's 6:40 AM flight to Denver and we've added a $150 credit to your account."
    assert check_reply(both, [credit, answer], today=date(2026, 11, 26)).accepted
    # ...but the other action alone is no answer.
    alone = "We've added a $150 credit to your account for the trouble, and we hope to see you on board soon."
    assert "answer_empty" in codes(check_reply(alone, [credit, answer], today=date(2026, 11, 26)))


@pytest.mark.parametrize(("text", "accepted"), [
    # Asked for an amount and a date: a figure and a day answer it, whatever words name them.
    ("Your January instalment is £412.80 and leaves your account on 5 January 2027.", True),
    ("Your instalment is shown in the app under Payments; it is always worked out the same way.", False),
])
def test_a_question_of_amount_or_date_is_answered_by_a_figure_or_a_day(text: str, accepted: bool) -> None:
    answer = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26", "description": "EMI amount and date"})
    assert check_reply(text, [answer], today=date(2026, 11, 26)).accepted is accepted


def test_praise_for_the_feature_asked_about_is_no_answer() -> None:
    answer = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26",
                                   "description": "does the export include attachments"})
    text = "Thanks for asking! Export is one of our most popular features and we're always working to improve it."
    assert "answer_empty" in codes(check_reply(text, [answer], today=date(2026, 11, 26)))


@pytest.mark.parametrize(("text", "accepted"), [
    # Asked when: only a day or a time answers.
    ("The water is back on in your street from 6pm today, after the main was repaired.", True),
    ("Water supply in your area is subject to the current distribution schedule. Thank you for understanding.",
     False),
    ("You can follow the state of your supply in our official channels and the app.", False),
])
def test_a_when_question_needs_a_day_or_a_time(text: str, accepted: bool) -> None:
    answer = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26",
                                   "description": "when will the water come back in my street"})
    assert check_reply(text, [answer], today=date(2026, 11, 26)).accepted is accepted


def test_a_refund_we_will_proceed_with_needs_its_day() -> None:
    refund = ActionSpec.from_dict({"kind": "refund", "amount": "312000", "currency": "COP", "due": "2026-12-05"})
    text = "Como el vuelo fue cancelado, procederemos con el reembolso de los $312.000 a tu medio de pago."
    assert "date_not_stated" in codes(check_reply(text, [refund], language="es", today=date(2026, 11, 26)))
    dated = text.replace("a tu medio de pago", "a tu medio de pago el sábado 5 de diciembre")
    assert check_reply(dated, [refund], language="es", today=date(2026, 11, 26)).accepted


def test_a_done_action_told_in_one_part_of_a_clause_whatever_the_next_part_says() -> None:
    flag = ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26",
                                 "description": "priority services register flag added"})
    text = ("I've added her to our Priority Services Register today, so in any outage she can ask us for a "
            "temporary heater.")
    assert check_reply(text, [flag], today=date(2026, 11, 26)).accepted
    hoped = "We could add her to our Priority Services Register, so in any outage she can ask for a heater."
    assert not check_reply(hoped, [flag], today=date(2026, 11, 26)).accepted


@pytest.mark.parametrize(("text", "accepted"), [
    ("We've refunded the fee. From this month the room is inspected the evening before every event.", True),
    ("We've refunded the fee. From this week every guest gets a text as soon as a room is ready.", True),
    ("We've refunded the fee. From this month we will try to inspect the room the evening before.", False),
])
def test_a_rule_in_force_from_a_month_or_with_its_trigger(text: str, accepted: bool) -> None:
    refund = ActionSpec.from_dict({"kind": "refund", "amount": "40", "currency": "GBP", "due": "2026-11-26"})
    change = ActionSpec.from_dict({"kind": "process_change", "due": "2026-11-26",
                                   "description": "rooms checked before each event"})
    result = check_reply(text.replace("the fee", "the £40 fee"), [refund, change], today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize("text", [
    "Good question! There are a few things that can affect whether a phone is unlocked.",
    "We take the privacy of your phone very seriously and work with industry-leading partners at all times.",
    "Las condiciones del teléfono pueden aplicarse según el tipo de plan y otras condiciones.",
    "¡Buena pregunta! Trabajamos constantemente en nuevas opciones para tu teléfono, seguí atento a las novedades.",
])
def test_warm_words_about_the_topic_that_answer_nothing(text: str) -> None:
    answer = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26", "description": "is my phone unlocked"})
    assert "answer_empty" in codes(check_reply(text, [answer], today=date(2026, 11, 26)))


@pytest.mark.parametrize(("description", "text", "accepted"), [
    # Asked a price or a fee: a figure, or "free", answers; where to look it up does not.
    ("price of the school jumper", "The jumper is £18.50 in every size up to age 12.", True),
    ("price of the school jumper", "Our uniform supplier on Mill Road is the best place to ask about sizes and prices "
                                   "for year 8.", False),
    ("coste de cambiar la fecha del curso", "Cambiar la fecha del curso no tiene ningún coste si avisa antes del "
                                            "viernes.", True),
    ("early exit fee amount", "Exit fees are set out in your agreement and would be worked out when you leave.", False),
    # Asked a date or an hour by its noun: a day or a time answers; "through the usual channels" does not.
    ("fecha de la próxima revisión", "La próxima revisión de la caldera está fijada para el martes 15 de diciembre "
                                     "por la mañana.", True),
    ("fecha de la próxima revisión", "Avisamos de todas las revisiones de calderas por los medios habituales de la "
                                     "empresa.", False),
    ("hora de recogida", "El mensajero recoge la bicicleta a lo largo del día según la ruta que tenga asignada.", False),
    # Asked whether: words about what the product is built for answer nothing.
    ("whether the Basic plan includes phone support", "Our plans are designed to grow with your business and include a "
                                                      "wide set of support options.", False),
])
def test_a_question_named_by_its_noun_wants_that_kind_of_answer(description: str, text: str, accepted: bool) -> None:
    answer = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26", "description": description})
    language = "es" if "ó" in description or " de " in description else "en"
    result = check_reply(text, [answer], language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


def test_a_correction_told_as_another_kind_of_fix_that_no_other_action_claims() -> None:
    credit = ActionSpec.from_dict({"kind": "credit", "amount": "25", "currency": "GBP", "due": "2026-11-26"})
    correction = ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26"})
    text = ("Your broadband was cut off by mistake after you had paid. It's been switched back on from our end, and "
            "£25 has been credited to your account for the day without it.")
    assert check_reply(text.replace("switched back on", "reconnected"), [credit, correction],
                       today=date(2026, 11, 26)).accepted
    # The credit alone does not also tell of the correction...
    alone = "Sorry about that. £25 has been credited to your account for the day without broadband."
    assert "not_stated" in codes(check_reply(alone, [credit, correction], today=date(2026, 11, 26)))
    # ...and a fix only looked into is none.
    looked = "I'll look today at whether the line can be reconnected, and £25 has been credited to your account."
    assert "not_stated" in codes(check_reply(looked, [credit, correction], today=date(2026, 11, 26)))


@pytest.mark.parametrize(("text", "accepted"), [
    ("Ms Okafor, our head of lettings, will meet you at the flat tomorrow at 4pm to go through the damp.", True),
    ("La Sra. Benítez, jefa de sala, le llama mañana jueves a las 12 para ver lo de la reserva.", True),
    ("Ms Okafor chairs the lettings panel on 1 December; to be heard there you must write in first.", False),
    ("Ms Okafor may be able to call you tomorrow at 4pm if her diary allows.", False),
])
def test_an_owner_named_with_a_day_for_the_customer(text: str, accepted: bool) -> None:
    owner = "Ms Okafor" if "Okafor" in text else "Sra. Benítez"
    escalation = ActionSpec.from_dict({"kind": "escalation", "due": "2026-11-27", "owner": owner})
    language = "es" if "Benítez" in text else "en"
    result = check_reply(text, [escalation], language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


def test_the_banks_own_delay_does_not_hedge_our_day() -> None:
    refund = ActionSpec.from_dict({"kind": "refund", "amount": "640", "currency": "EUR", "due": "2026-12-01"})
    text = ("We are refunding the 640,00 € you paid for the two nights. The transfer leaves us on Tuesday 1 December, "
            "and your bank may take a few days more to show it.")
    assert check_reply(text, [refund], today=date(2026, 11, 26)).accepted
    hedged = text.replace("The transfer leaves us on Tuesday 1 December", "The transfer may leave us on Tuesday 1 "
                                                                           "December")
    assert "date_not_stated" in codes(check_reply(hedged, [refund], today=date(2026, 11, 26)))


@pytest.mark.parametrize(("text", "accepted"), [
    ("Bring the bike in on Saturday at 10 and we'll true the wheel again, free of charge.", True),
    ("Tráiganos la lavadora el martes 1 y le cambiamos la bomba sin coste.", True),
    ("Bring it in on Saturday and we'll take a look at it.", False),
    ("Tráigala el martes y la miramos con calma.", False),
])
def test_bring_it_in_on_a_day_and_we_put_it_right(text: str, accepted: bool) -> None:
    visit = ActionSpec.from_dict({"kind": "repair_visit", "due": "2026-11-28"})
    language = "es" if "Tr" in text[:3] else "en"
    result = check_reply(text, [visit], language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


def test_ready_to_collect_is_an_answer_not_an_offer_of_help() -> None:
    answer = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26",
                                   "description": "the repaired watch is ready at the Market Street shop"})
    text = "Good news Tom, your watch is back from the workshop and ready to collect at Market Street from noon."
    assert check_reply(text, [answer], today=date(2026, 11, 26)).accepted
    offer = "Thanks Tom, we're always ready to help with anything about your watch."
    assert "answer_empty" in codes(check_reply(offer, [answer], today=date(2026, 11, 26)))


def test_a_doctor_named_by_title_and_surname_sees_them_at_a_time() -> None:
    visit = ActionSpec.from_dict({"kind": "repair_visit", "due": "2026-11-27"})
    text = "Sorry the clinic cancelled on you. Dr. Haddad will see you tomorrow at 3:15 pm instead, at no cost."
    assert check_reply(text, [visit], today=date(2026, 11, 26)).accepted


@pytest.mark.parametrize(("text", "language", "accepted"), [
    ("Se le emitió una nota de crédito de USD 18,40 a su cuenta por los días sin señal.", "es", True),
    ("Por la caída del servicio te cargamos Gs. 35.000 de saldo, ya lo puedes usar.", "es", True),
    ("Te cargamos $9.000 a favor en la próxima cuota por la clase suspendida.", "es", True),
    ("Sorry Ali, charged twice on the 20th — $18.40 back in your account now.", "en", True),
    ("We will be sending the $18.40 back to your account once the bank confirms.", "en", False),
])
def test_a_credit_loaded_or_money_back_in_few_words(text: str, language: str, accepted: bool) -> None:
    currency = "PYG" if "Gs." in text else "CLP" if "$9.000" in text else "USD"
    amount = "35000" if "Gs." in text else "9000" if "$9.000" in text else "18.40"
    credit = ActionSpec.from_dict({"kind": "credit", "amount": amount, "currency": currency, "due": "2026-11-26"})
    result = check_reply(text, [credit], language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


def test_noon_written_as_m_does_not_end_the_sentence() -> None:
    visit = ActionSpec.from_dict({"kind": "repair_visit", "due": "2026-11-27"})
    text = "Mañana viernes entre 9:00 a.m. y 12:00 m. pasa el técnico a cambiarle el medidor."
    assert check_reply(text, [visit], language="es", today=date(2026, 11, 26)).accepted


def test_a_title_in_the_owners_name_does_not_name_them() -> None:
    owner = ActionSpec.from_dict({"kind": "escalation", "due": "2026-11-30", "owner": "Mrs Helen Carter"})
    unnamed = ("Dear Mr and Mrs Osei, I have passed your email to our Deputy Head, who will call you on Monday 30 "
               "November.")
    assert "owner_not_stated" in codes(check_reply(unnamed, [owner], today=date(2026, 11, 26)))
    named = unnamed.replace("our Deputy Head", "our Deputy Head, Mrs Carter")
    assert check_reply(named, [owner], today=date(2026, 11, 26)).accepted


@pytest.mark.parametrize(("written", "amount"), [
    ("2,385.00", "2385.00"), ("2.385,00", "2385.00"), ("1 200.00", "1200.00"), ("29,90", "29.90"), ("45.90", "45.90"),
])
def test_an_action_files_amount_may_group_its_thousands(written: str, amount: str) -> None:
    spec = ActionSpec.from_dict({"kind": "refund", "amount": written, "currency": "EUR", "due": "2026-12-01"})
    assert spec.amount == Decimal(amount)


def test_an_amount_that_is_no_number_is_refused_with_its_code() -> None:
    with pytest.raises(InvalidInput) as refused:
        ActionSpec.from_dict({"kind": "refund", "amount": "1,2,3", "currency": "EUR", "due": "2026-12-01"})
    assert refused.value.code == "not_an_amount"


@pytest.mark.parametrize(("text", "kind", "accepted"), [
    # A day to come, with nothing else promised for it: the visit or the parcel the agent filled in.
    ("Our piano tuner will be at your flat on Tuesday morning, before ten.", "repair_visit", True),
    ("A fresh set of keys is at reception for you on Tuesday.", "replacement", True),
    # The same day given to another kind of promise does not tell this one.
    ("Our technician comes on Tuesday to fix the router, sorry again.", "refund", False),
    ("Thanks for bearing with us until Tuesday.", "replacement", False),
])
def test_a_day_to_come_told_with_no_other_promise(text: str, kind: str, accepted: bool) -> None:
    fields = {"kind": kind, "due": "2026-12-01"}
    if kind == "refund":
        fields |= {"amount": "20.00", "currency": "GBP"}
    spec = ActionSpec.from_dict(fields)
    result = check_reply(text, [spec], today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    ("Hi Lou, your locker rental now runs to 31 March, as it should have from the start.", True),
    ("Hola Lou, ya consta la taquilla a tu nombre hasta el 31 de marzo.", True),
    ("Hi Lou, your locker rental is now under review with the front desk.", False),
    ("Hi Lou, your locker rental may now run to 31 March.", False),
])
def test_a_correction_told_as_how_things_stand_now(text: str, accepted: bool) -> None:
    described = "Alquiler de la taquilla corregido hasta el 31 de marzo" if "Hola" in text else \
        "Locker rental end date corrected to 31 March"
    correction = ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26", "description": described})
    result = check_reply(text, [correction], language="es" if "Hola" in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


def test_a_month_written_short_with_its_dot_keeps_the_day() -> None:
    change = ActionSpec.from_dict({"kind": "process_change", "due": "2026-12-01",
                                   "description": "Every refund request is logged with a written receipt"})
    text = "Starting Tuesday, Dec. 1, the desk hands a written receipt for every refund request."
    assert check_reply(text, [change], today=date(2026, 11, 26)).accepted


@pytest.mark.parametrize(("text", "accepted"), [
    ("Marta, te hemos devuelto los 14,60 de la entrada, ya los tienes en la tarjeta.", True),
    ("Marta, los 14,60 de la entrada te los devolvimos esta mañana.", True),
    ("Marta, te hemos devuelto la entrada de las 14,60 h.", False),
])
def test_a_sum_written_without_its_currency(text: str, accepted: bool) -> None:
    refund = ActionSpec.from_dict({"kind": "refund", "amount": "14.60", "currency": "EUR", "due": "2026-11-26"})
    result = check_reply(text, [refund], language="es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("description", "text", "accepted"), [
    ("Wet-suit hire costs €12 a day, helmet included", "Hi Ana - wet-suit hire is €12 per day, helmet included.",
     True),
    ("El bono de diez baños vale 45 € y caduca a los seis meses", "Hola Ana: bono de diez baños, 45 €, caduca a los "
     "seis meses.", True),
    ("Wet-suit hire costs €12 a day, helmet included", "Thanks for asking about wet-suit hire - the €12 a day "
     "varies by season.", False),
    ("why the wet-suit hire went up", "Hi Ana, wet-suit hire went up.", False),
])
def test_a_short_answer_told_as_the_agent_filled_it_in(description: str, text: str, accepted: bool) -> None:
    answer = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26", "description": description})
    result = check_reply(text, [answer], language="es" if "Hola" in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "kind", "due", "accepted"), [
    # "te esperamos" is an appointment; "esperamos poder" a hope.
    ("El jueves a las 9 te esperamos en el taller para cambiar el embrague, sin coste.", "repair_visit",
     "2026-12-03", True),
    ("Esperamos poder cambiar el embrague el jueves.", "repair_visit", "2026-12-03", False),
    # A new one waiting today is the replacement; the old one left somewhere is not.
    ("Your new badge is waiting at the front desk today, Li.", "replacement", "2026-11-26", True),
    ("Your badge was left at the front desk today, Li.", "replacement", "2026-11-26", False),
])
def test_an_appointment_kept_for_them_and_a_new_one_waiting(text: str, kind: str, due: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": kind, "due": due})
    result = check_reply(text, [spec], language="es" if "jueves" in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "description", "accepted"), [
    # The figure in words, and an adverb that only sounds like "lamentamos": still the answer.
    ("Hola Marta: sin abrir, el turrón aguanta tranquilamente seis meses en la despensa.",
     "El turrón aguanta 6 meses sin abrir", True),
    ("Hi Tom, no form needed: the key deposit comes back to your card on its own thirty days after you check out.",
     "Key deposit is returned automatically 30 days after check-out", True),
    ("Hola Marta: el turrón aguanta bastante en la despensa.", "El turrón aguanta 6 meses sin abrir", False),
])
def test_an_answer_with_its_figure_in_words(text: str, description: str, accepted: bool) -> None:
    answer = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26", "description": description})
    result = check_reply(text, [answer], language="es" if "Hola" in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # A day named bare, as English often does, and a sentence that joins two things with "and".
    ("Hi Pat, Dana from Northside Heating here: I'll be round Tuesday between 9 and 12 to fit the new valve.", True),
    ("Hi Pat, a new valve is coming from the wholesaler Tuesday and I've refunded the $12 delivery you paid.", True),
    # A Tuesday gone by is no day for the visit.
    ("Hi Pat, sorry the valve gave out again last Tuesday, and I've refunded the $12 delivery you paid.", False),
    ("Hi Pat, Tuesday's valve failed and I've refunded the $12 delivery you paid.", False),
])
def test_a_day_named_bare_and_two_things_joined(text: str, accepted: bool) -> None:
    kind = "repair_visit" if "fit the" in text else "replacement"
    actions = [ActionSpec.from_dict({"kind": kind, "due": "2026-12-01"})]
    if "$12" in text:
        actions.append(ActionSpec.from_dict({"kind": "refund", "amount": "12", "currency": "USD", "due": "2026-11-26"}))
    result = check_reply(text, actions, language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "kind", "accepted"), [
    # Done today, filled in without a description: told in words of its kind.
    ("Hi Sam, the account is in your name now instead of the previous tenant's.", "correction", True),
    ("Hola Sam: cambiada la dirección, el pedido sale a Calle Olmo 4.", "correction", True),
    # What the customer never did denies nothing we did.
    ("Hi Sam, the swim add-on you never asked for has been removed from your membership.", "cancellation", True),
    # Words of the kind, but told as advice or denied.
    ("Hi Sam, your billing address can be updated in the app under Profile.", "correction", False),
    ("Hi Sam, the swim add-on has not been removed yet.", "cancellation", False),
])
def test_a_done_action_without_description_told_in_words_of_its_kind(text: str, kind: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": kind, "due": "2026-11-26"})
    result = check_reply(text, [spec], language="es" if "Hola" in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "owner", "due", "accepted"), [
    # "En cuanto a" is "as for", "looks after" no "after", "tmrw" tomorrow, and "Expect his call" no hedge.
    ("En cuanto a la factura duplicada, la he pasado a Rocío Gil, jefa de facturación, que le llama el martes 1 de "
     "diciembre por la mañana.", "Rocío", "2026-12-01", True),
    ("Bea, who looks after group bookings, will ring you tmrw morning.", "Bea", "2026-11-27", True),
    ("Your complaint is now with Owen, our site manager. Expect his call tomorrow before noon.", "Owen", "2026-11-27",
     True),
    ("Your complaint is now with Owen, our site manager. We expect he could call you tomorrow.", "Owen", "2026-11-27",
     False),
    ("En cuanto tengamos noticias, Rocío Gil le llamará.", "Rocío", "2026-12-01", False),
])
def test_an_escalation_told_in_everyday_words(text: str, owner: str, due: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "escalation", "owner": owner, "due": due})
    result = check_reply(text, [spec], language="es" if "Rocío" in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "description", "others", "accepted"), [
    # Nothing to pay, said in the other language or beside another action; an hour on the other clock.
    ("Sí, Nora: como eres socia, el late check-out hasta las 13 no te lo cobramos.",
     "Late check-out until 1pm is free for members", [], True),
    ("Buenos días, Sr. Ruiz: su cita del jueves con el podólogo quedó anulada y no tiene ningún coste.",
     "No fee for cancelling the appointment", ["cancellation"], True),
    ("Hi Omar, your Thursday class is cancelled and there's no fee for it.", "No late-cancellation fee is charged",
     ["cancellation"], True),
    # A yes alone, or the other action alone, answers nothing.
    ("Sí, Nora.", "Late check-out until 1pm is free for members", [], False),
    ("Buenos días, Sr. Ruiz: su cita del jueves con el podólogo quedó anulada.", "No fee for cancelling the appointment",
     ["cancellation"], False),
])
def test_an_answer_that_nothing_is_to_pay(text: str, description: str, others: list[str], accepted: bool) -> None:
    actions = [ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26", "description": description})]
    actions += [ActionSpec.from_dict({"kind": kind, "due": "2026-11-26"}) for kind in others]
    result = check_reply(text, actions, language="en" if text.startswith("Hi") else "es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # "31 May" is a month, "paid into your account" is us paying, "sin cobrar" is free.
    ("Hi Jo, congratulations on the new job! Your membership is on hold from 1 December to 31 May, no fees in "
     "between.", True),
    ("Hi Aroha, good news on the claim – $1,870 was paid into your bank account today for the stolen bike.", True),
    ("El jueves 3 os repasamos las placas sin cobrar nada.", True),
    # The same words as a hedge, and a payment they made.
    ("Hi Jo, we may put your membership on hold from 1 December.", False),
    ("Hi Aroha, the $1,870 was paid on your card last month.", False),
])
def test_a_month_a_payout_and_free_of_charge_are_no_hedge(text: str, accepted: bool) -> None:
    result = check_text(text, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "due", "accepted"), [
    # "until" a day bounds a time and sets no condition; and the day something lasts until is not the action's day.
    ("Hi Jo, the Wi-Fi booster is on loan to you until Monday 7 December and a new router arrives Monday 30 November.",
     "2026-11-30", True),
    ("Dear Mr Shah, our Leeds depot is closed for stocktaking until 2 December. We have noted your complaint about "
     "the kettle.", "2026-12-02", False),
])
def test_until_a_day(text: str, due: str, accepted: bool) -> None:
    result = check_reply(text, [ActionSpec.from_dict({"kind": "replacement", "due": due})], today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # One word of its description and one of its kind, told as done.
    ("Hola Rut: cambiada la dirección, el pedido sale mañana a Calle Olmo 4.", True),
    ("Hola Rut: la dirección de entrega es la de tu perfil.", False),
])
def test_a_done_correction_told_in_words_of_its_description_and_its_kind(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26",
                                 "description": "Dirección de entrega corregida antes del envío"})
    result = check_reply(text, [spec], language="es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "due", "accepted"), [
    # Someone comes to look at a thing: that is the visit. "No worries" denies nothing; "en 20 minutos" is today.
    ("No worries Kim, we'll get an electrician out Saturday morning to look at your fuse box.", "2026-11-28", True),
    ("Hola Kim: el sábado a las 10 le revisamos otra vez la caldera sin costo.", "2026-11-28", True),
    ("En 20 minutos sube mantenimiento a la 214 a revisar el radiador, Sr. Kim.", "2026-11-26", True),
    # Looking at a complaint is no visit.
    ("No worries Kim, we'll look at your complaint on Saturday morning.", "2026-11-28", False),
    ("Hola Kim: el sábado revisamos su reclamación.", "2026-11-28", False),
])
def test_a_visit_to_look_at_a_thing(text: str, due: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "repair_visit", "due": due})
    result = check_reply(text, [spec], language="en" if text.startswith("No") else "es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


def test_a_standing_change_told_with_when_it_acts_and_what_it_is_for() -> None:
    refund = ActionSpec.from_dict({"kind": "refund", "amount": "40", "currency": "EUR", "due": "2026-11-26"})
    change = ActionSpec.from_dict({"kind": "process_change", "due": "2026-11-26",
                                   "description": "Checkout time given in writing at arrival"})
    told = ("Hi Ana, the €40 fee is refunded, and from now on reception gives every guest their checkout time in "
            "writing when they arrive, so there's no arguing later.")
    hoped = "Hi Ana, the €40 fee is refunded, and reception might give guests their checkout time in writing."
    assert check_reply(told, [refund, change], today=date(2026, 11, 26)).accepted
    assert not check_reply(hoped, [refund, change], today=date(2026, 11, 26)).accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # "Hecho" before it tells the rest as done; "hasta nuevo aviso" promises no notice.
    ("Hecho, Ana: clases pausadas hasta nuevo aviso, no se te cobra nada.", True),
    ("Ana, tus clases se pueden pausar desde la app.", False),
])
def test_a_cancellation_after_done(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "cancellation", "due": "2026-11-26"})
    result = check_reply(text, [spec], language="es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "amount", "currency", "accepted"), [
    # The boliviano is written "Bs", as the bolívar is; a sum is never read cut short.
    ("Don Marcelo, los Bs 35 del flete ya se le devolvieron a su cuenta hoy.", "35", "BOB", True),
    ("Hi Mr Rao, Rs. 2360/- has been reversed to your HDFC card today.", "2360", "INR", True),
    ("Hi Mr Rao, Rs. 236/- has been reversed to your HDFC card today.", "2360", "INR", False),
])
def test_amounts_as_local_agents_write_them(text: str, amount: str, currency: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "refund", "amount": amount, "currency": currency, "due": "2026-11-26"})
    result = check_reply(text, [spec], language="es" if "Don" in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "kind", "amount", "currency", "due", "accepted"), [
    # Money given back by its own amount, in words no lexicon holds, or by a pronoun in the next sentence.
    ("Sorry about the cold showers, Ali, there's $40 off your next stay loaded on your account now.", "credit", "40",
     "USD", "2026-11-26", True),
    ("Hi Jo, the two late fees ($18 x 2 = $36) were our error. They're back on your card as of this morning.",
     "refund", "36", "USD", "2026-11-26", True),
    ("Hola Fran: el cobro de $4.500 del parqueo fue un error nuestro. Se te devolvió hoy a la misma tarjeta.",
     "refund", "4500", "CLP", "2026-11-26", True),
    # The same amount, hoped for or under a condition.
    ("Hi Jo, the two late fees ($18 x 2 = $36) were our error. They may be back on your card next week.",
     "refund", "36", "USD", "2026-11-26", False),
    ("Hola Rosa: los S/ 42.50 del recargo vuelven a tu tarjeta mañana si presentas el recibo.", "refund", "42.50",
     "PEN", "2026-11-27", False),
])
def test_money_given_back_by_its_own_amount(text: str, kind: str, amount: str, currency: str, due: str,
                                            accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": kind, "amount": amount, "currency": currency, "due": due})
    result = check_reply(text, [spec], language="es" if "Hola" in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # A thing done, then what should follow it: only the arrival is hoped for.
    ("Hi Sam, it went out with DPD this morning, tracking 8812 0042 7713, and should land with you on Monday.", True),
    # Nothing done before "should": a hope.
    ("Hi Sam, your replacement should land with you on Monday.", False),
    ("Hi Sam, the courier should be able to bring it on Monday if the depot has stock.", False),
])
def test_what_should_follow_a_thing_done(text: str, accepted: bool) -> None:
    result = check_text(text, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "description", "accepted"), [
    # A rule that starts now is told with what it forbids, checks, waits for or whom it tells: all part of the rule.
    ("Hi Noor, we've refunded the £12 delivery charge. From this week no driver leaves a parcel outside until he has "
     "rung twice and waited a minute.", "Drivers now ring twice and wait before leaving a parcel outside", True),
    ("Hi Cal, sorry for the mix-up. Our pharmacists now check every repeat prescription against the GP's letter "
     "before it is bagged.", "Pharmacists check each repeat prescription against the GP letter", True),
    ("Hola Inés, el lunes te devolvimos los 18 €. Ya no cerramos la piscina sin avisar antes a los socios por SMS, "
     "así nadie hace el viaje en balde.", "La piscina no se cierra sin avisar antes a los socios por SMS", True),
    ("The shop has started texting customers as soon as their repair is ready; that's for everyone from today.",
     "Customers are texted as soon as their repair is ready", True),
    # The same words with no start, or a rule we may make: nothing changed.
    ("Hi Cal, our pharmacists may check repeat prescriptions against the GP's letter if we can find the time.",
     "Pharmacists check each repeat prescription against the GP letter", False),
    ("Hola Inés, no cerramos la piscina sin avisar antes a los socios.",
     "La piscina no se cierra sin avisar antes a los socios por SMS", False),
])
def test_a_rule_that_starts_now(text: str, description: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "process_change", "due": "2026-11-26", "description": description})
    result = check_reply(text, [spec], language="es" if "Hola" in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "kind", "amount", "currency", "accepted"), [
    # Money back or credit in place, told as a state, a headline, in words or as a bare sum beside "back".
    ("Hi Ros, forty quid's gone back on your card today for the cold dinner.", "refund", "40", "GBP", True),
    ("Sorry Pete, there's a $75 credit sitting on your account for the missed pickup.", "credit", "75", "USD", True),
    ("Hecho, Nuria: matrícula de diciembre devuelta (42,50€).", "refund", "42.50", "EUR", True),
    ("Tenías razón, Quique: 19,90 devueltos a tu tarjeta hoy mismo.", "refund", "19.90", "EUR", True),
    # The same sums as a charge, a hope or a question: nothing given back.
    ("Hi Ros, forty quid was charged to your card today for the dinner.", "refund", "40", "GBP", False),
    ("Sorry Pete, a $75 credit might be sitting on your account soon.", "credit", "75", "USD", False),
    ("Tenías razón, Quique: ¿te devolvemos los 19,90 a la tarjeta?", "refund", "19.90", "EUR", False),
])
def test_money_back_told_as_a_state(text: str, kind: str, amount: str, currency: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": kind, "amount": amount, "currency": currency, "due": "2026-11-26"})
    language = "es" if re.search(r"[áéíóúñ¿]|Hecho", text) else "en"
    result = check_reply(text, [spec], language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "description", "accepted"), [
    # A cancellation told beside what it spares them, the thing they never asked for, or the port it skipped.
    ("you're all set Lena, membership stopped for the winter, no more fees till March.", "", True),
    ("Estimado Sr. Roca, el seguro de móvil que usted no solicitó ya fue retirado de su plan.", "", True),
    ("Hola Maite, ya está: la segunda línea queda de baja desde hoy y no se os cobra permanencia.", "", True),
    ("Hi Lena, your two tickets for the postponed gig are now void and the booking closed.", "", True),
    ("Estimado Sr. Gil: su reserva del crucero ha quedado anulada hoy, al suprimirse la escala en Cádiz.", "", True),
    # Waiving a fee cancels no service; a fee still to pay, or a line we could close, cancels nothing.
    ("Hi Lena, we've waived the exit fee on your gym membership.", "", False),
    ("Hi Lena, your membership is not stopped yet; fees continue until you sign the form.", "", False),
    ("Hola Maite, la segunda línea se podría dar de baja si nos mandas el DNI.", "", False),
])
def test_a_cancellation_told_with_what_it_spares_them(text: str, description: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "cancellation", "due": "2026-11-26", "description": description or None})
    result = check_reply(text, [spec], language="es" if "Hola" in text or "Estimado" in text else "en",
                         today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "kind", "due", "description", "accepted"), [
    # What they never got, sent again; nothing left for them to do; a change noted in English, told in Spanish.
    ("Hola Lourdes, la caja de turrones que no os llegó se vuelve a mandar y la tenéis el martes 1 de diciembre.",
     "replacement", "2026-12-01", None, True),
    ("Che Nico, perdón por el talle: el correo te lleva las botas en 42 el martes 1/12 y retira las otras, no tenés "
     "que hacer nada.", "replacement", "2026-12-01", None, True),
    ("Hola Toñi, ya hemos pasado las entregas de Huelva a primera hora.", "process_change", "2026-11-26",
     "Huelva deliveries moved to first thing in the morning", True),
    # A maybe, or a study: nothing sent, nothing changed.
    ("Hola Lourdes, la caja de turrones que no os llegó quizá se pueda mandar otra vez la semana que viene.",
     "replacement", "2026-12-01", None, False),
    ("Hola Toñi, estamos estudiando pasar las entregas de Huelva a primera hora.", "process_change", "2026-11-26",
     "Huelva deliveries moved to first thing in the morning", False),
])
def test_sent_again_and_changes_noted_in_the_other_language(text: str, kind: str, due: str, description: str | None,
                                                             accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": kind, "due": due, "description": description})
    result = check_reply(text, [spec], language="es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # "Fixed now" after the clause that names what was wrong; "you're back on" the plan, beside the money credited.
    ("Hi Liam, the postcode on your profile was wrong (BT7 not BT9) - fixed now.", True),
    ("Hey Marc, you're back on the 40 GB plan at $35/mo, and the $20 you were overbilled is credited to your account.",
     True),
    # A look promised after it, or a plan they could be back on: nothing corrected.
    ("Hi Liam, the postcode on your profile was wrong (BT7 not BT9) - we'll look at it.", False),
    ("Hey Marc, you could be back on the 40 GB plan at $35/mo if you ask in store.", False),
])
def test_a_correction_said_in_few_words(text: str, accepted: bool) -> None:
    description = "Postcode fixed on customer profile" if "Liam" in text else "Plan changed back to 40 GB at $35/month"
    actions = [ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26", "description": description})]
    if "credited" in text:
        actions.append(ActionSpec.from_dict({"kind": "credit", "amount": "20", "currency": "USD", "due": "2026-11-26"}))
    result = check_reply(text, actions, language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "due", "accepted"), [
    # The visit's owner, named beside its day, tells the visit; the one who comes looks at the thing.
    ("Hi Sue, Ray's finishing a job across town and will be at yours around 3 this afternoon for the leaking sink.",
     "2026-11-26", True),
    ("Sr. Pérez, el ruido de la dirección se lo revisa Wilmer este sábado a las 9 am sin costo.", "2026-11-28", True),
    # Someone unnamed, or a maybe: no visit told.
    ("Hi Sue, someone will be at yours around 3 this afternoon for the leaking sink.", "2026-11-26", False),
    ("Hi Sue, Ray might be at yours around 3 this afternoon if he finishes early.", "2026-11-26", False),
])
def test_a_visit_told_by_its_owner_and_day(text: str, due: str, accepted: bool) -> None:
    owner = "Wilmer" if "Wilmer" in text else "Ray"
    spec = ActionSpec.from_dict({"kind": "repair_visit", "due": due, "owner": owner})
    result = check_reply(text, [spec], language="es" if "Sr." in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "owner", "due", "accepted"), [
    # The owner named, then a pronoun with the day; "la llamará", told to her; "cuándo" asks, it sets no condition.
    ("Kia ora Kay, I've flagged the export bug with Hemi, our lead dev. He'll get back to you by 5pm tomorrow.",
     "Hemi", "2026-11-27", True),
    ("Sra. Camacho, Wilfredo, el jefe técnico, la llamará mañana antes de mediodía para decirle cuándo queda "
     "arreglada.", "Wilfredo", "2026-11-27", True),
    # No day, or a day that waits on something: nothing owned.
    ("Kia ora Kay, I've flagged the export bug with Hemi, our lead dev. He'll get back to you when he can.",
     "Hemi", "2026-11-27", False),
    ("Sra. Camacho, Wilfredo la llamará cuando tengamos novedades.", "Wilfredo", "2026-11-27", False),
])
def test_an_owner_named_then_his_day(text: str, owner: str, due: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "escalation", "due": due, "owner": owner})
    result = check_reply(text, [spec], language="es" if "Sra." in text else "en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # What should follow a thing done is no hedge; "and there's a voucher" is another thing, read apart.
    ("Dear Mr Obi, your new debit card has been ordered and should land by Monday 30th.", True),
    ("Hi Lewis, sorry the PDFs came through blank. Fresh tickets land in your inbox by 10am tomorrow, and there's a "
     "£15 voucher on your account.", True),
    # Nothing done before "should", or "may": hopes.
    ("Dear Mr Obi, your new debit card should land by Monday 30th.", False),
    ("Hi Lewis, fresh tickets may land in your inbox by 10am tomorrow, and there's a £15 voucher on your account.",
     False),
])
def test_a_replacement_ordered_and_what_should_follow(text: str, accepted: bool) -> None:
    due = "2026-11-30" if "Obi" in text else "2026-11-27"
    actions = [ActionSpec.from_dict({"kind": "replacement", "due": due})]
    if "voucher" in text:
        actions.append(ActionSpec.from_dict({"kind": "credit", "amount": "15", "currency": "GBP", "due": "2026-11-26"}))
    result = check_reply(text, actions, language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # A renewal stopped, told with what it spares them: "won't renew again", "no se te vuelve a cobrar".
    ("Hi Mrs. Flynn – the auto-renewal is turned off and your gym membership won't renew again.", True),
    ("Listo, tu suscripción ya no se renueva; tienes acceso hasta el 15 de diciembre y no se te vuelve a cobrar.", True),
    # One they could stop, or one still going: nothing cancelled.
    ("Hi Mrs. Flynn – the auto-renewal can be turned off if you call us before the 1st.", False),
    ("Tu suscripción se renueva el 15 de diciembre y se te cobrará la cuota anual.", False),
])
def test_a_renewal_stopped(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "cancellation", "due": "2026-11-26"})
    result = check_reply(text, [spec], language="en" if "Hi" in text else "es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Money given back after "como…" (why), by its amount: "te abonamos $45.000".
    ("Hola Vale, como la pileta estuvo cerrada 10 días te abonamos $45.000 a la cuota de diciembre.", True),
    # "Quizás te abonemos": a maybe.
    ("Hola Vale, como la pileta estuvo cerrada 10 días quizás te abonemos $45.000 en diciembre.", False),
])
def test_money_given_back_after_why(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "credit", "amount": "45000", "currency": "ARS", "due": "2026-11-26"})
    result = check_reply(text, [spec], language="es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Put right beside the money given back, told with one word of the description where we say it is so now.
    ("Hi Nadia, the paper-bill charge was a mistake on our side. It's been removed and the £4.50 is back on your card.",
     True),
    ("Hola Iker, el recargo por papel fue un error nuestro: se ha quitado y los 4,50 £ ya están en tu tarjeta.", True),
    # A past that tells what happened, or a maybe: nothing put right, whatever the money does.
    ("Hi Nadia, the surcharge was applied in 2024. We have put the £4.50 back on your card.", False),
    ("Hi Nadia, the surcharge might be removed next year. The £4.50 is back on your card today.", False),
])
def test_a_correction_told_by_one_word_of_its_description(text: str, accepted: bool) -> None:
    english = text.startswith("Hi")
    description = "Remove the paper-bill surcharge" if english else "Quitar el recargo de papel"
    actions = [ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26", "description": description}),
               ActionSpec.from_dict({"kind": "refund", "amount": "4.50", "currency": "GBP", "due": "2026-11-26"})]
    result = check_reply(text, actions, language="en" if english else "es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Whoever does it, named in the action, named to the customer, whatever the kind.
    ("Morning Alan, Tomasz from our field team is coming out on Tuesday 1 December, 8am to 1pm, to fix the line.", True),
    ("Buenos días, Sr. Gil. Tomasz, de nuestro equipo técnico, pasa el martes 1 de diciembre por la mañana a "
     "arreglar la línea.", True),
    # "One of our engineers": the visit is told, who comes is not.
    ("Morning Alan, one of our engineers is coming out on Tuesday 1 December, 8am to 1pm, to fix the line.", False),
    ("Buenos días, Sr. Gil. Un técnico pasa el martes 1 de diciembre por la mañana a arreglar la línea.", False),
])
def test_an_owner_in_any_action_is_named_in_the_reply(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "repair_visit", "due": "2026-12-01", "owner": "Tomasz"})
    result = check_reply(text, [spec], language="en" if "Morning" in text else "es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)
    if not accepted:
        assert "owner_not_stated" in codes(result) and "Tomasz" in str(result.reasons)


@pytest.mark.parametrize(("text", "accepted"), [
    # The charge named, then given back by a pronoun before the auxiliary: "Se la hemos devuelto".
    ("Hola Sr. Ferrer, la comisión de descubierto de 35 € no procedía. Se la hemos devuelto hoy en su cuenta.", True),
    # The charge named, and only explained: nothing given back.
    ("Hola Sr. Ferrer, la comisión de descubierto de 35 € procedía. Se la hemos explicado hoy por teléfono.", False),
])
def test_money_given_back_by_a_pronoun_before_the_auxiliary(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "refund", "amount": "35", "currency": "EUR", "due": "2026-11-26"})
    result = check_reply(text, [spec], language="es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


_CORRECTION_BESIDE = [
    # Put right as one more thing done in the clause, or "as requested", or with "another" (not "anotar") in it.
    ("Hi Lou, I've texted you a new locker code and given you another 48 hours to collect.",
     "new locker code sent and collection extended 48 hours", None, True),
    ("Dear Mr Rao, the £4.00 has been refunded to your card today. As requested, your plan has also been changed to "
     "the 20 GB plan.", "plan changed to 20 GB", ("refund", "4"), True),
    ("Hi Ben, I've put the £4.00 back on your card and moved the parcel to the Main Street locker.",
     "parcel moved to Main Street locker", ("refund", "4"), True),
    ("Hi Kerry, the roaming add-on was missing, so I've now added it and put a £10 credit on your account.",
     "roaming add-on added", ("credit", "10"), True),
    # Only asked about, or left to someone to look at: nothing put right beside the money.
    ("Hi Ben, I've put the £4.00 back on your card and asked the depot whether the parcel can go to the Main Street "
     "locker.", "parcel moved to Main Street locker", ("refund", "4"), False),
    ("Hi Kerry, the roaming add-on was missing, so I've put a £10 credit on your account and asked billing to look at "
     "adding it.", "roaming add-on added", ("credit", "10"), False),
]


@pytest.mark.parametrize(("text", "description", "money", "accepted"), _CORRECTION_BESIDE)
def test_a_correction_done_beside_another_thing(text: str, description: str, money: tuple[str, str] | None,
                                               accepted: bool) -> None:
    actions = [ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26", "description": description})]
    if money:
        actions.append(ActionSpec.from_dict({"kind": money[0], "amount": money[1], "currency": "GBP",
                                             "due": "2026-11-26"}))
    result = check_reply(text, actions, language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "description", "accepted"), [
    # Put right in Spanish: "te pasé" (a code of the description, B14, names it), "configuré", a headline, "se cambió"
    # with "con efecto inmediato", after "conforme a su solicitud" (what they asked, no request of ours).
    ("Hola Rocío, como la B12 seguía ocupada, te pasé a la B14, detrás de la barrera.", "cochera reasignada a la B14",
     True),
    ("Hola Sara, también configuré la alerta de saldo en 20.000 pesos, como pediste.", "alerta de saldo fijada en 20.000",
     True),
    ("Hola Bea, portabilidad hecha; en una hora tienes línea.", "portabilidad completada", True),
    ("Estimado Sr. Reyes: asimismo, conforme a su solicitud, su plan se cambió al plan ilimitado con efecto inmediato.",
     "plan cambiado a ilimitado", True),
    # The fault told with "se", or an offer: nothing put right.
    ("Estimado Sr. Reyes: el paquete de datos se activó en su línea sin su consentimiento el 21 de noviembre.",
     "paquete de datos desactivado", False),
    ("Hola Rocío, la B14 queda detrás de la barrera; si querés, te paso allí cuando se libere.",
     "cochera reasignada a la B14", False),
])
def test_a_correction_told_in_spanish(text: str, description: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26", "description": description})
    result = check_reply(text, [spec], language="es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "description", "accepted"), [
    # The new thing waiting for them: a replacement done.
    ("Mr Obi, your new card's waiting at the front desk, free of charge.", "new library card free", True),
    ("Tiene el carné nuevo en el mostrador, Sr. Obiang, sin coste.", "carné nuevo sin coste", True),
    # Where they could get one: nothing replaced.
    ("Mr Obi, a new card can be ordered at the front desk for £3.", "new library card free", False),
    ("Sr. Obiang, el carné nuevo se pide en el mostrador y cuesta 3 €.", "carné nuevo sin coste", False),
])
def test_a_replacement_waiting_for_them(text: str, description: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "replacement", "due": "2026-11-26", "description": description})
    result = check_reply(text, [spec], language="en" if text.startswith("Mr") else "es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "description", "accepted"), [
    # Every figure of the answer said, and nothing put off: a short answer is an answer. "£19.50 a month" is money, not
    # the 19th of May; a check-up is no checking.
    ("Sí, los sábados abrimos de 9 a 14 h.", "La biblioteca abre los sábados de 9 a 14 h", True),
    ("Hi Mark, dailies are £22 for 30, or £19.50 a month on our plan with check-ups included.",
     "Daily lenses are £22 for 30 or £19.50 per month on plan", True),
    # The figures named back and the question put off: no answer.
    ("Hi Mark, thanks for asking about the £22 and £19.50 prices for 30 lenses, we'll look into it.",
     "Daily lenses are £22 for 30 or £19.50 per month on plan", False),
    ("Gracias por preguntar por el horario de 9 a 14 h; lo estamos revisando.",
     "La biblioteca abre los sábados de 9 a 14 h", False),
])
def test_a_short_answer_with_every_figure(text: str, description: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26", "description": description})
    result = check_reply(text, [spec], language="en" if "Mark" in text else "es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "action", "accepted"), [
    # A span counted back from something with no day ("half an hour before he arrives") is no day.
    ("Morning Dave, Craig from our engineering team will be coming out to look at the line. He'll ring half an hour "
     "before he arrives.", {"kind": "repair_visit", "due": "2026-12-01", "owner": "Craig"}, False),
    ("We're going to change class bookings so they open 48 hours before instead of a week ahead.",
     {"kind": "process_change", "due": "2026-11-30", "description": "class bookings open 48 hours ahead"}, False),
    # With the day said, the same words are a promise kept to a day.
    ("Morning Dave, Craig from our engineering team will be coming out on Tuesday 1 December to look at the line. "
     "He'll ring half an hour before he arrives.", {"kind": "repair_visit", "due": "2026-12-01", "owner": "Craig"}, True),
    ("From Monday 30 November, class bookings open 48 hours before instead of a week ahead.",
     {"kind": "process_change", "due": "2026-11-30", "description": "class bookings open 48 hours ahead"}, True),
])
def test_a_span_before_something_is_no_day(text: str, action: dict[str, str], accepted: bool) -> None:
    result = check_reply(text, [ActionSpec.from_dict(action)], language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # The bug reproduced is the fault found, not put right.
    ("Hi Tom, we've reproduced the bug where recurring invoices get the wrong VAT rate; a fix is on the way.", False),
    ("Hola Toni, hemos reproducido el fallo del IVA en las facturas recurrentes; la corrección está en camino.", False),
    # Fixed, and the invoices corrected: put right.
    ("Hi Tom, we've fixed the bug where recurring invoices got the wrong VAT rate; your invoices are corrected.", True),
])
def test_a_fault_reproduced_is_not_put_right(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "correction", "due": "2026-11-26",
                                 "description": "Fix for recurring invoice VAT rate"})
    result = check_reply(text, [spec], language="en" if text.startswith("Hi") else "es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


def test_a_change_of_process_is_not_the_charge_reversed_beside_it() -> None:
    refund = {"kind": "refund", "amount": "45", "currency": "CAD", "due": "2026-11-26"}
    change = {"kind": "process_change", "description": "NSF alert sent before any fee is charged", "due": "2026-12-01"}
    actions = [ActionSpec.from_dict(refund), ActionSpec.from_dict(change)]
    reversed_only = check_reply("Hi Marc, the $45.00 NSF fee has been reversed to your chequing account today.",
                                actions, language="en", today=date(2026, 11, 26))
    assert not reversed_only.accepted and "not_stated" in codes(reversed_only)
    both = check_reply("Hi Marc, the $45.00 NSF fee has been reversed to your chequing account today, and from "
                       "1 December we text you an alert before any fee is charged.", actions, language="en",
                       today=date(2026, 11, 26))
    assert both.accepted, codes(both)


@pytest.mark.parametrize(("text", "description", "accepted"), [
    # What we looked into, or that we are on it, is no answer.
    ("We looked into the surcharge on your November statement and appreciate your patience.",
     "Explains the surcharge on the November statement", False),
    ("Hola Lucho, perdón que no te salga la exportación. Ya lo consulté con el equipo y estamos en eso.",
     "Las facturas se exportan desde Reportes en CSV", False),
])
def test_looking_into_it_is_no_answer(text: str, description: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26", "description": description})
    result = check_reply(text, [spec], language="en" if text.startswith("We") else "es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # The first person plural of an action verb opening a part: done ("agregamos una validación").
    ("Hola Eze, además, agregamos una validación del CUIT al cargar los datos fiscales.", True),
    # With a condition in its clause: a promise that waits ("apenas tengamos moto libre").
    ("Hola Eze, agregamos una validación del CUIT al cargar los datos fiscales, apenas tengamos un programador libre.",
     False),
])
def test_what_we_did_in_the_first_person_plural(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "process_change", "due": "2026-11-26",
                                 "description": "validación de CUIT al cargar datos fiscales"})
    result = check_reply(text, [spec], language="es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # "Te mandamos otra" reads as done and as to come; the agent set it for Monday: a promise, which needs its day.
    ("Uy Nacho, perdón por la caja aplastada, te mandamos otra.", False),
    ("Hola Mauro, el burlete quedó mal puesto; te lo cambiamos sin cargo, traé el auto.", False),
    # Said done ("ya"), or given its day: stated.
    ("Uy Nacho, perdón por la caja aplastada, ya te mandamos otra.", True),
    ("Uy Nacho, perdón por la caja aplastada, te mandamos otra el lunes 30.", True),
])
def test_a_present_that_may_be_a_promise_needs_its_day(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "replacement", "due": "2026-11-30"})
    result = check_reply(text, [spec], language="es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)
    if not accepted:
        assert "date_not_stated" in codes(result)


def test_money_given_back_with_another_actions_amount_is_that_action() -> None:
    refund = ActionSpec.from_dict({"kind": "refund", "amount": "12.99", "currency": "GBP", "due": "2026-11-26"})
    voucher = ActionSpec.from_dict({"kind": "credit", "amount": "5", "currency": "GBP", "due": "2026-11-26"})
    text = "Hi Emma, I've refunded the £12.99 for the missing candle today; it shows within 3–5 working days."
    result = check_reply(text, [refund, voucher], language="en", today=date(2026, 11, 26))
    assert not result.accepted and "not_stated" in codes(result)
    both = check_reply(text + " I've also put a £5 voucher on your account.", [refund, voucher], language="en",
                       today=date(2026, 11, 26))
    assert both.accepted, codes(both)


@pytest.mark.parametrize(("text", "description", "accepted"), [
    # Two words of the answer named, and nothing put off: a short answer is an answer.
    ("Hi Gita, yes, the gym pool is open on Sunday. Sorry again about the towel mix-up.",
     "the gym pool opens on Sunday", True),
    # The same words, and the question put off: no answer.
    ("Hi Gita, about the pool on Sunday, we'll check and get back to you.", "the gym pool opens on Sunday", False),
])
def test_a_short_answer_naming_its_topic(text: str, description: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26", "description": description})
    result = check_reply(text, [spec], language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Booked in on a day: the visit, with its day.
    ("Dear Mr Paterson, we've booked you in on Wednesday 2 December at 10.40am so Dr Macleod can adjust the fit.", True),
    # That they could book: nothing booked.
    ("Dear Mr Paterson, you can book in on Wednesday 2 December if you want the fit adjusted.", False),
])
def test_booked_you_in(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "repair_visit", "due": "2026-12-02"})
    result = check_reply(text, [spec], language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Promised, then when it reaches them: "you should see this by Tuesday" gives the day, no hedge.
    ("Dear Ms Kaur, both tickets (£48.00 in total) will be refunded to your card; you should see this by Tuesday "
     "1 December.", True),
    # A refund that may come, or a day that is no day: nothing promised to a day.
    ("Dear Ms Kaur, both tickets (£48.00 in total) may be refunded to your card; you should see this by Tuesday "
     "1 December.", False),
    ("Dear Ms Kaur, both tickets (£48.00 in total) will be refunded to your card; it should be sometime next month.",
     False),
])
def test_when_a_promised_refund_reaches_them(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "refund", "amount": "48", "currency": "GBP", "due": "2026-12-01"})
    result = check_reply(text, [spec], language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # "after you froze your account": a time gone by, no condition.
    ("Hey Mo, the $65 dues that came out after you froze your account went back on your card today.", True),
    # "after you send us the form": a condition.
    ("Hey Mo, the $65 dues go back on your card after you send us the form.", False),
])
def test_after_what_they_did_is_no_condition(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "refund", "amount": "65", "currency": "CAD", "due": "2026-11-26"})
    result = check_reply(text, [spec], language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # A consultation is no "consulta" (a query named back): the fee given back by its amount.
    ("Sir, your consultation fee Rs 1,200 refunded to your UPI, ref 4471203.", True),
    ("Madam, thank you for your consultation request; the Rs 1,200 fee is under review, ref 4471203.", False),
])
def test_a_consultation_fee_given_back(text: str, accepted: bool) -> None:
    spec = ActionSpec.from_dict({"kind": "refund", "amount": "1200", "currency": "INR", "due": "2026-11-26"})
    result = check_reply(text, [spec], language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


def _action(kind: str, due: str, **fields: str) -> ActionSpec:
    return ActionSpec.from_dict({"kind": kind, "due": due, **fields})


def _judged(text: str, actions: list[ActionSpec] | None, language: str = "en") -> GateResult:
    """The text alone when no actions are given, else the text with its actions (today is 26 November 2026)."""
    return check_text(text, today=date(2026, 11, 26)) if actions is None else \
        check_reply(text, actions, language=language, today=date(2026, 11, 26))


_PROMISED_REFUND_ES = {"amount": "80", "currency": "EUR"}
#: Words that read as a thing done and are not: what went wrong, what they did, what a thing costs; and remedies told
#: in words the tables lacked. (text, language, actions, accepted)
_TOLD_OR_NOT = [
    # What went wrong, told in the passive, is no refund done: the promise beside it still needs its day.
    ("Su bono fue anulado por error y le devolveremos los 80 € pagados.", "es",
     [_action("refund", "2026-12-03", **_PROMISED_REFUND_ES)], False),
    ("Su reserva fue cancelada por error; hoy le devolvimos los 80 €.", "es",
     [_action("refund", "2026-11-26", **_PROMISED_REFUND_ES)], True),
    # The card they paid with is no credit of ours; the amount they paid is no money we gave.
    ("Le reintegraremos los 220,00 USD a la tarjeta de crédito con la que realizó el pago.", "es",
     [_action("refund", "2026-12-01", amount="220", currency="USD")], False),
    ("Estimado Sr. Paz, los S/ 180.00 que abonó se le devolverán a su cuenta.", "es",
     [_action("refund", "2026-12-02", amount="180", currency="PEN")], False),
    ("Hi Tom, the $120 you paid for the tour will be refunded to your card.", "en",
     [_action("refund", "2026-12-04", amount="120", currency="USD")], False),
    ("Hi Tom, the $120 you paid for the tour will be refunded to your card on Friday 4 December.", "en",
     [_action("refund", "2026-12-04", amount="120", currency="USD")], True),
    # The thing we sent, described, is not what we do now.
    ("The kettle we sent was cracked. We'll send you another one.", "en",
     [_action("replacement", "2026-12-01")], False),
    # "ya te diremos" is no "already"; "corre por nuestra cuenta" says what it costs, not that it is done.
    ("Te recuperamos la sesión de yoga sin coste, ya te diremos.", "es", [_action("replacement", "2026-12-01")], False),
    ("Te recuperamos la sesión de yoga sin coste el martes 1.", "es", [_action("replacement", "2026-12-01")], True),
    ("Te vamos a enviar un cargador nuevo, corre por nuestra cuenta.", "es",
     [_action("replacement", "2026-12-02")], False),
    ("Te vamos a enviar un cargador nuevo el miércoles 2, corre por nuestra cuenta.", "es",
     [_action("replacement", "2026-12-02")], True),
    # How things are made is no cancellation of the order.
    ("Hi Ana, thanks for writing about order 5512! Our candles are poured fresh each week so every order is made to "
     "ship quickly.", "en", [_action("cancellation", "2026-11-26", reference="5512")], False),
    # Remedies in words the tables lacked.
    ("Your home insurance cover ends 30 November, as you asked.", "en", [_action("cancellation", "2026-11-30")], True),
    ("Your gym membership is on hold for January; nothing is charged until February.", "en",
     [_action("correction", "2026-11-26")], True),
    ("Your correct-size boots are ready to collect from the Leeds shop tomorrow from 10am.", "en",
     [_action("replacement", "2026-11-27")], True),
    ("I've blocked the lost card and ordered a new one; it should arrive by Wednesday 2 December.", "en",
     [_action("replacement", "2026-12-02")], True),
    ("I've blocked the lost card and ordered a new one.", "en", [_action("replacement", "2026-12-02")], False),
    # Spanish forms the morphology lacked: a fee reversed ("se revirtió"), a thing issued again ("se volvió a emitir"),
    # and a tariff put right.
    ("Estimado cliente: se revirtió el cargo por mantenimiento que no correspondía.", "es",
     [_action("correction", "2026-11-26", description="cargo por mantenimiento revertido")], True),
    ("Sra. Ríos, el bono se volvió a emitir con su RUT correcto; ya puede usarlo.", "es",
     [_action("correction", "2026-11-26", description="bono emitido con el RUT bueno")], True),
    ("Hola Iván, ya te hemos puesto la tarifa de 15 € y hoy te devolvimos los 10 € cobrados de más.", "es",
     [_action("correction", "2026-11-26", description="tarifa cambiada a la ofrecida"),
      _action("refund", "2026-11-26", amount="10", currency="EUR")], True),
    # A day named before, pointed back to.
    ("The plumber is booked for Tuesday 1 December at 8am. Kerry, our office manager, will ring you that afternoon.",
     "en", [_action("escalation", "2026-12-01", owner="Kerry")], True),
    ("Kerry, our office manager, will ring you that afternoon.", "en",
     [_action("escalation", "2026-12-01", owner="Kerry")], False),
]


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), _TOLD_OR_NOT)
def test_what_is_told_as_done_and_what_is_not(text: str, language: str, actions: list[ActionSpec],
                                              accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # How it will be made up, to be told later, makes up nothing.
    ("Lo de la clase perdida lo vemos y ya te diremos cómo lo compensamos.", False),
    ("We'll let you know how we make it up to you.", False),
    # A reconnection done is a remedy.
    ("Sorry, your water was cut off by mistake. The reconnection has been done this morning.", True),
    # A title written with a capital names the person who meets them ("La Sra. Rojas"); a plan paused, with a word
    # between; money for the shipping given back is the whole of it.
    ("Buenas tardes: la Dra. Pizarro la recibirá el martes 1 de diciembre a las 9:30 en la consulta 4.", True),
    ("Hola Juan: tu suscripción mensual queda en pausa hasta febrero, así que la caja de enero no se envía ni se cobra.",
     True),
    ("Hecho, Nico: ya te devolvimos la plata del flete, la ves en el próximo resumen de la tarjeta.", True),
])
def test_texts_read_and_not_read(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # Busy and specific, and nothing done for them: a request put in, a diary full, proof attached, a bill issued,
    # a renewal charged, a complaint at a stage, a job handed round, what the records show, writing again, a delay,
    # security added, photos filed.
    ("Hi Dana, I've put in a request with our billing team for a refund of the $60 fee.", False),
    ("Ya ingresé su solicitud de reembolso por S/ 120 al área de Finanzas (solicitud 4471).", False),
    ("Sorry, Dr Moore is booked out until 10 December at the moment.", False),
    ("Sorry, Dr Moore is fully booked until 10 December.", False),
    ("Your order 5521 was delivered on 23/11, proof of delivery attached.", False),
    ("Hi Lee, your $89.00 renewal was processed on 12/11/2026 as per our terms.", False),
    ("Hola Marta: tu factura de noviembre (F-2210, 64,20 €) se emitió con una lectura estimada.", False),
    ("Your complaint about the $120 fee has now reached the final stage of our process.", False),
    ("The job has been re-allocated to Sam, who will phone you once he's free.", False),
    ("Nuestros registros muestran que se entregaron vales por USD 10 en la puerta de embarque.", False),
    ("Ya le volví a escribir al vendedor por lo del pedido 7781.", False),
    ("Estimado cliente: el vuelo tuvo una demora de 3 horas por el mal tiempo.", False),
    ("Te anoté en la lista de espera; la Dra. Ruiz tiene la agenda llena hasta el 14/12.", False),
    ("After the scam on your account we've added extra security to your online banking.", False),
    ("Recibidas las fotos del sofá, ya están adjuntas al pedido 55-1203.", False),
    # Their partners that do something ("fully" before another verb is no diary full).
    ("We've fully refunded the £40 to your card today.", True),
    ("Invoice re-issued without the call-out fee; the new one is in your inbox.", True),
    ("Hi Lee, your refund of $89.00 was processed today.", True),
])
def test_busy_updates_that_do_nothing(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # Filed with someone else, or charged by the rules: nothing done for them yet.
    ("Hi Sam, the dispute for the $240 charge has been sent to Mastercard and is pending the merchant's reply.", False),
    ("Hola Ana, ya hemos tramitado el contracargo de los 180 € con su banco.", False),
    ("We raised a fault with the network operator the same day (ref 22-AB).", False),
    ("Le adjuntamos el formulario de solicitud de reembolso por los Q 220.", False),
    ("Tras la inspección se realizaron los siguientes descuentos sobre su depósito de $U 30.000.", False),
    ("El cargo de Bs 150 fue aplicado conforme a la tarifa vigente.", False),
    ("The $500 deposit was paid on 2 October, as per our booking terms.", False),
    ("Dear Ms Ray, the course fee of £420 was paid on 5 October and the course started on 2 November.", False),
    ("Nuestros técnicos ya están enterados de la falla y trabajando en ello.", False),
    ("Hi Jo, your £15 may come back onto the card by Friday.", False),
    # Sent to someone else to approve, done back then, where the tracking says it is, what the price list charges.
    ("We've passed your claim to the landlord for approval; they normally reply within a week.", False),
    ("Vouchers of $20 were handed out at the gate at the time.", False),
    ("El seguimiento muestra que el paquete está en el centro de Quilicura desde el lunes.", False),
    ("Se aplicó la tarifa estándar de 3 € por minuto, como indica la guía de precios.", False),
    # Done: a thing unlinked from their account; a charge cleared.
    ("Ya desvinculamos el libro de tu cuenta; ahora solo te aparece uno.", True),
    ("You're right, the DVD came back on time. I've cleared the £2.10 late charge from your account.", True),
])
def test_filed_or_charged_is_not_done(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # An amount and where it went, with no verb; an amount in words.
    ("€25 delivery fee back to you, Ana, sorry about the wait.", "en",
     [_action("refund", "2026-11-26", amount="25", currency="EUR")], True),
    ("Grand so, twenty euro off your January fee for the missed class.", "en",
     [_action("credit", "2026-11-26", amount="20", currency="EUR")], True),
    # A named person who does the repair on a day; a service "de baja" from today.
    ("Kerry, our senior colourist, will do the correction herself on Saturday at 9:30, free of charge.", "en",
     [_action("repair_visit", "2026-11-28"), _action("escalation", "2026-11-28", owner="Kerry")], True),
    ("Hola Inés: como el seguro de móvil te lo dimos de alta sin que lo pidieras, ya está de baja desde hoy, y los "
     "9,90 € de noviembre se te descuentan en la factura de diciembre.", "es",
     [_action("cancellation", "2026-11-26"), _action("credit", "2026-11-26", amount="9.90", currency="EUR")], True),
    # What arrived wrong is the trouble, not the new one; "we're committed to" answers nothing.
    ("Hola Ana, las entradas le llegaron con la fecha equivocada. Le enviaremos las entradas corregidas (ENT-2231).",
     "es", [_action("replacement", "2026-11-27", reference="ENT-2231")], False),
    ("Hola Ana, gracias por escribirnos sobre el acceso con silla de ruedas. Estamos comprometidos con que todos "
     "disfruten y revisamos su solicitud con cuidado.", "es",
     [_action("answer", "2026-11-26", description="El acceso con silla de ruedas es por la puerta 3")], False),
    # An add-on or a package removed is cancelled; an order cancelled, told as a headline with its number; an
    # unsubscription; the new ones ready to pick up; a contractor on site.
    ("Hi Dev, the sports add-on you never asked for has been removed from your plan.", "en",
     [_action("cancellation", "2026-11-26")], True),
    ("Hola Ana, ya está: quitamos el paquete de cine que no habías pedido.", "es",
     [_action("cancellation", "2026-11-26")], True),
    ("Hi Lola, order #55120 cancelled before it shipped, nothing charged 👍", "en",
     [_action("cancellation", "2026-11-26")], True),
    ("Listo Dani, te desuscribimos del envío mensual de té, no hay más cargos.", "es",
     [_action("cancellation", "2026-11-26")], True),
    ("Sr. Ruiz, mañana desde las 5 pm puede recoger los nuevos en la tienda de Miraflores, sin costo.", "es",
     [_action("replacement", "2026-11-27")], True),
    ("The lift contractor is on site this afternoon; lift B should be running again by tonight.", "en",
     [_action("repair_visit", "2026-11-26")], True),
    # A label and its amount: "Devuelto: 12,60 €".
    ("Devuelto: 8,40 € de la crema, en la misma tarjeta. ¡Gracias!", "es",
     [_action("refund", "2026-11-26", amount="8.40", currency="EUR")], True),
    # Money in slang and in thousands, and credit told as where it sits.
    ("Sorry about the wait, Jo — there's $40 off your next visit loaded on your account.", "en",
     [_action("credit", "2026-11-26", amount="40", currency="USD")], True),
    ("Sorry again, Mrs Bell. I've put a tenner on your loyalty card.", "en",
     [_action("credit", "2026-11-26", amount="10", currency="GBP")], True),
    ("Hi Sam, the overcharge (C$42.00) is now a credit on your account.", "en",
     [_action("credit", "2026-11-26", amount="42", currency="CAD")], True),
    ("Le devolvimos los 12 mil del envío porque no llegó a tiempo.", "es",
     [_action("refund", "2026-11-26", amount="12000", currency="COP")], True),
    ("Dear Mr Gray, the minibar charge is off your folio.", "en", [_action("correction", "2026-11-26")], True),
    # A new one that reaches them by a day; by no day it is no promise kept to a day.
    ("Hi Ana, the new e-ticket lands in your inbox by Saturday.", "en", [_action("replacement", "2026-11-28")], True),
    ("Hi Ana, the new e-ticket lands in your inbox soon.", "en", [_action("replacement", "2026-11-28")], False),
    # "120 mil pesos" is 120000.
    ("Hola Vale, te cargamos 80 mil pesos en millas por el cambio de vuelo, ya los ves en la app.", "es",
     [_action("credit", "2026-11-26", amount="80000", currency="COP")], True),
    # "Hemos dado la orden de devolverte": the refund ordered, done.
    ("Hola Marta: hoy hemos dado la orden de devolverte la fianza, 800 €, y la recibirás en tu cuenta el martes 1.",
     "es", [_action("refund", "2026-12-01", amount="800", currency="EUR")], True),
    # A reprint is a new one.
    ("We're reprinting the menus in the right colour, ready for collection Tuesday 1 December.", "en",
     [_action("replacement", "2026-12-01")], True),
    # An answer noted in English and written in Spanish: two things of it said in Spanish carry it; the topic alone
    # does not.
    ("Hola Pedro: el paquete se entregó ayer al portero del edificio, que firmó la guía.", "es",
     [_action("answer", "2026-11-26", description="The parcel was delivered to the doorman, who signed for it")], True),
    ("Hola Pedro, gracias por su consulta sobre el paquete; el centro vela siempre por sus clientes.", "es",
     [_action("answer", "2026-11-26", description="The parcel was delivered to the doorman, who signed for it")], False),
])
def test_remedies_without_a_verb_and_answers_across_languages(text: str, language: str, actions: list[ActionSpec],
                                                               accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)

_EN, _ES = "en", "es"
_GBP, _EUR = {"currency": "GBP"}, {"currency": "EUR"}
#: Actions told in words the tables lacked, and their guards. (text, language, actions, accepted)
_SAID_IN_OTHER_WORDS = [
    # Told in words no table holds, which the learned reader reads on the sentence alone.
    ("Hola Lidia, te quedan 12 € a favor por la clase suspendida, se descuentan en la cuota de diciembre.", _ES,
     [_action("credit", "2026-11-26", amount="12", **_EUR)], True),
    ("Hola Paula, como la excursión se suspendió por nuestra parte, te devolvemos 64 € a la tarjeta.", _ES,
     [_action("refund", "2026-11-26", amount="64", **_EUR)], True),
    # Told as done today, it is done, whenever the action is due.
    ("Hola, Ana: hoy le hemos hecho la retrocesión de 45,90 € a su Visa.", _ES,
     [_action("refund", "2026-12-01", amount="45.90", **_EUR)], True),
    # Not the sentence of another action: the refund's sentence does not tell the change of process beside it.
    ("Hi Jo, I've refunded the £40 for the missed lesson reminder. Sorry it caught you out.", _EN,
     [_action("refund", "2026-11-26", amount="40", **_GBP),
      _action("process_change", "2026-11-26", description="lesson reminder sent a day before")], False),
    # Nor a state that shares a word with the action: nothing was corrected.
    ("Hi Rosa, your account is in good standing and your next bill goes out on 8 December.", _EN,
     [_action("correction", "2026-11-26", description="account name corrected")], False),
    # Nor a sentence with a hedge.
    ("Hola Paula, como la excursión se suspendió, quizá te devolvamos 64 € a la tarjeta.", _ES,
     [_action("refund", "2026-11-26", amount="64", **_EUR)], False),
    # "hice", "puse", "traje" are written without an accent and are still the preterite.
    ("Hola Marta, le hice un reembolso de 38 € a su tarjeta.", _ES, [_action("refund", "2026-11-26", amount="38", **_EUR)],
     True),
    # Ready to collect, told of the new one named in the sentence before, from a day; with no day, still to come.
    ("Hola Iván, tu carné nuevo ya está en recepción. Lo puedes recoger desde mañana a las 9.", _ES,
     [_action("replacement", "2026-11-27")], True),
    ("Hola Iván, te haremos un carné nuevo. Lo podrás recoger en recepción.", _ES, [_action("replacement", "2026-12-02")],
     False),
    # A bundle or licences taken off their line or account is a cancellation; a charge taken off is not.
    ("Hoy le quité el bono de datos a su línea y le devolví los 9 € que le costó.", _ES,
     [_action("cancellation", "2026-11-26"), _action("refund", "2026-11-26", amount="9", **_EUR)], True),
    ("He quitado hoy las 3 licencias sobrantes de su cuenta.", _ES, [_action("cancellation", "2026-11-26")], True),
    ("Hoy le quité el cargo de 9 € de su línea.", _ES,
     [_action("cancellation", "2026-11-26"), _action("correction", "2026-11-26")], False),
    # A crew ("brigada") sent on a day is a visit.
    ("Mañana temprano va una brigada a la arqueta de su acera.", _ES, [_action("repair_visit", "2026-11-27")], True),
    # Where the money shows is no thing delivered: the replacement beside it is not told.
    ("Hi Aoife, I've taken €15 off this month's bill, you'll see it on the 3 December statement.", _EN,
     [_action("credit", "2026-11-26", amount="15", **_EUR), _action("replacement", "2026-12-01")], False),
    ("Hi Aoife, I've taken €15 off this month's bill. Your new router ships today and you'll have it by Tuesday "
     "1 December.", _EN, [_action("credit", "2026-11-26", amount="15", **_EUR), _action("replacement", "2026-12-01")],
     True),
    # A price set back to what it was is the bill put right, beside the money given back for it.
    ("Hi Mia, we've put your monthly fee back to £28 and credited the £12 you overpaid today.", _EN,
     [_action("correction", "2026-11-26", description="monthly fee corrected"),
      _action("credit", "2026-11-26", amount="12", **_GBP)], True),
    ("Tiene razón. Su cuota vuelve al precio pactado y hoy le abonamos 12 € por lo cobrado de más.", _ES,
     [_action("correction", "2026-11-26", description="cuota corregida"),
      _action("credit", "2026-11-26", amount="12", **_EUR)], True),
    ("Si nos manda el contrato, su cuota vuelve al precio pactado y le abonamos 12 € por lo cobrado de más.", _ES,
     [_action("correction", "2026-11-26", description="cuota corregida"),
      _action("credit", "2026-11-26", amount="12", **_EUR)], False),
    # A booking or a service no longer there, told as a state, is a cancellation done; a cancellation fee is not.
    ("All sorted, Bea: your Friday window clean is off the schedule and there's no call-out charge.", _EN,
     [_action("cancellation", "2026-11-26")], True),
    ("I've refunded the £59 and switched off auto-renewal, so nothing else will be taken.", _EN,
     [_action("refund", "2026-11-26", amount="59", **_GBP), _action("cancellation", "2026-11-26")], True),
    ("Le confirmamos la baja de la línea móvil desde hoy, como nos pidió.", _ES, [_action("cancellation", "2026-11-26")],
     True),
    ("We confirm the cancellation fee of £50 applies to your booking.", _EN, [_action("cancellation", "2026-11-26")],
     False),
    # The day in the sentence after the amount a colon split off dates the promise; a hedge there does not.
    ("As the course was cancelled, we're refunding the full fee: £240.00. Expect it on your card by Tuesday 1 "
     "December.", _EN, [_action("refund", "2026-12-01", amount="240", **_GBP)], True),
    ("As the course was cancelled, we're refunding the full fee: £240.00. You may see it sometime next month.", _EN,
     [_action("refund", "2026-12-01", amount="240", **_GBP)], False),
    # A new one handed over by a day is a replacement; not once the customer has paid, however dated.
    ("The misspelt surname is corrected on our records and a new membership card will be handed over at reception "
     "by Tuesday 1 December.", _EN, [_action("correction", "2026-11-26", description="surname spelling"),
                                    _action("replacement", "2026-12-01")], True),
    ("A new membership card will be handed over once the renewal fee is paid by Tuesday 1 December.", _EN,
     [_action("replacement", "2026-12-01")], False),
    ("A new membership card will be delivered once the renewal fee is paid by Tuesday 1 December.", _EN,
     [_action("replacement", "2026-12-01")], False),
]


#: The Caribbean's dollars are written with their own signs and codes, and "$" may be any of them; another amount is
#: still a wrong one.
_CARIBBEAN_DOLLARS = [
    ("We've refunded J$12,500.00 to your Visa today.", _EN,
     [_action("refund", "2026-11-26", amount="12500.00", currency="JMD")], True),
    ("I've credited TT$450 to your account this morning.", _EN,
     [_action("credit", "2026-11-26", amount="450.00", currency="TTD")], True),
    ("Your B$35.00 refund went back to your card today.", _EN,
     [_action("refund", "2026-11-26", amount="35.00", currency="BSD")], True),
    ("We've refunded $1,250.00 to your card today.", _EN,
     [_action("refund", "2026-11-26", amount="1250.00", currency="XCD")], True),
    ("We've refunded J$1,250.00 to your card today.", _EN,
     [_action("refund", "2026-11-26", amount="12500.00", currency="JMD")], False),
]
#: And the currencies of Africa, Asia and the rest of Europe, as their people write them; "Rs" is any rupee.
_LOCAL_CURRENCIES = [
    ("I've credited ₦6,200 to your wallet now.", _EN,
     [_action("credit", "2026-11-26", amount="6200", currency="NGN")], True),
    ("We've refunded KSh 1,500 to your M-Pesa today.", _EN,
     [_action("refund", "2026-11-26", amount="1500", currency="KES")], True),
    ("We refunded RM45.90 to your card today.", _EN,
     [_action("refund", "2026-11-26", amount="45.90", currency="MYR")], True),
    ("Hoy te devolvimos 49 zł a la tarjeta.", _ES,
     [_action("refund", "2026-11-26", amount="49", currency="PLN")], True),
    ("We've refunded Rs. 2,310 to your card today.", _EN,
     [_action("refund", "2026-11-26", amount="2310", currency="PKR")], True),
    ("We've refunded Rs. 2,130 to your card today.", _EN,
     [_action("refund", "2026-11-26", amount="2310", currency="PKR")], False),
]
#: Cancellations and corrections said as offices say them; a thing no longer in force is one only from a stated day.
_OFFICE_WORDS = [
    ("I've discontinued the recurring shipment of your test strips today.", _EN,
     [_action("cancellation", "2026-11-26")], True),
    ("We unenrolled you from paperless billing today, as you asked.", _EN,
     [_action("cancellation", "2026-11-26")], True),
    ("We've taken you off the monthly plan today.", _EN, [_action("cancellation", "2026-11-26")], True),
    ("Effective today, your policy is no longer active.", _EN, [_action("cancellation", "2026-11-26")], True),
    ("Su póliza ya no está vigente desde hoy.", _ES, [_action("cancellation", "2026-11-26")], True),
    ("Dejamos sin efecto la orden de compra que hizo por error.", _ES, [_action("cancellation", "2026-11-26")], True),
    ("The promo code is no longer active, which is why the price went up.", _EN,
     [_action("cancellation", "2026-11-26")], False),
    ("La promoción ya no está vigente, por eso subió el precio.", _ES,
     [_action("cancellation", "2026-11-26")], False),
    ("The incorrect diagnosis code was replaced with the right one today and the claim resubmitted.", _EN,
     [_action("correction", "2026-11-26")], True),
]
_SAID_IN_OTHER_WORDS += _CARIBBEAN_DOLLARS + _LOCAL_CURRENCIES + _OFFICE_WORDS


#: Answers told in the ways people answer: in fragments ("tomorrow, Friday, at 9 a.m."), by the day itself, by "nothing
#: to pay", by a clock with a dot, by a rule with "when"; and not by pointing to the website. (text, language, the
#: answer as the agent noted it, accepted)
_ANSWERS_AS_TOLD = [
    ("We're closed today for Thanksgiving and open again tomorrow, Friday, at 9 a.m.", _EN,
     "opening hours over Thanksgiving", True),
    ("The ThinkPad ships with Windows 11 Pro, our website was wrong to say Home.", _EN,
     "The laptop comes with Windows 11 Pro, not Home", True),
    ("Great question! You can read all about what's included on our website.", _EN,
     "Whether the plan includes calls to Mexico", False),
    ("Our luggage rules are on the website and cover skis and more.", _EN,
     "Whether a ski bag counts as checked luggage", False),
    ("Es el sábado 28 a las 11:00, Pilar.", _ES, "La reunión de padres es el sábado 28 a las 11:00", True),
    ("Gracias por tu consulta sobre el recargo de 20 € del 18 de noviembre.", _ES,
     "Explicar qué es el recargo de 20 € del 18 de noviembre", False),
    ("Sí, el taller de cerámica incluye el material, no pagas nada aparte.", _ES,
     "El taller incluye el material; no hay coste adicional", True),
    ("Yes, the last ferry leaves at 6.45pm on Sundays.", _EN, "The last Sunday ferry leaves at 6:45pm", True),
    ("That $40 is our call-out fee, which is waived whenever we do the repair, and we did.", _EN,
     "The call-out fee is waived when the repair is done", True),
]


@pytest.mark.parametrize(("text", "language", "description", "accepted"), _ANSWERS_AS_TOLD)
def test_answers_as_people_tell_them(text: str, language: str, description: str, accepted: bool) -> None:
    action = ActionSpec.from_dict({"kind": "answer", "due": "2026-11-26", "description": description})
    result = check_reply(text, [action], language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize("text", [
    "Your ₦7,800 has been refunded to your wallet today.",
    "I've refunded KSh 1,500 to your M-Pesa today.",
    "We refunded RM45.90 to your card today.",
    "Hoy le devolvimos Rp 150.000 a su cuenta.",
    "GH₵ 120.00 has been credited to your account today.",
])
def test_money_written_the_way_of_africa_and_asia_is_an_amount(text: str) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), _SAID_IN_OTHER_WORDS)
def test_actions_said_in_other_words(text: str, language: str, actions: list[ActionSpec], accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # A day gone by dates nothing to come: the time to exchange it has passed.
    ("Lo siento Nico, el plazo para cambiar las zapatillas terminó el 10 de noviembre, no podemos aceptarlas.", False),
    ("Sorry Priya, the window to swap the jacket ran out on 12 November, so we can't take it back.", False),
    ("Hola Nico, el zapatero pasa el sábado 28 de noviembre a las 10 para cambiar la suela.", True),
    # Offered to whoever was there is nothing given to them.
    ("Our records show the train left 95 minutes late. Taxi vouchers of £20 were made available at the ticket "
     "office.", False),
    ("Se pusieron a disposición bonos de taxi por 20 € en la taquilla de la estación.", False),
    ("We've made a £20 taxi voucher available in your account today.", True),
    # Word sent is nothing put right; a refund submitted is asked for, not paid.
    ("I've sent a password reset link to the email we hold for you.", False),
    ("A refund of £84 was submitted and will be paid if the review team approves it.", False),
    ("We've sent you the statement with the corrected total today.", True),
    # What their bank, an insurer or a system did on its own account, and money paid to us, is no remedy of ours.
    ("Your card issuer reversed the £60 payment on 18 November after a chargeback.", False),
    ("La aseguradora pagó 300 € del arreglo el día 12, según la póliza.", False),
    ("The €45 was refunded automatically by the system on 9 November.", False),
    ("El cargo de 18 € se anuló automáticamente el día 20 y se volvió a pasar el 23.", False),
    ("The hotel refunded us the £140 for the cancelled night on 17 November.", False),
    ("We've refunded the £60 to your card today; your bank shows it in 2-3 days.", True),
    ("Tu nota se cambió de 2,8 a 3,4 en el sistema y ya aparece el curso como aprobado.", True),
    # Something given by mistake and taken back is nothing given; a charge taken off is.
    ("The loyalty credit of $15 was added in error on the 3rd and has since been withdrawn from your account.", False),
    ("El descuento de 10 € se aplicó por error y ya fue eliminado de su cuenta.", False),
    ("We've added a £10 credit and the late fee has been removed.", True),
    ("Hemos anulado el recargo de 18 € y hoy le devolvemos el importe a su tarjeta.", True),
    # "Was not provided" is what went wrong, not "provided that"; the next statement of account is a day; "it" in a
    # passive is the thing the sentence before named.
    ("The £30 booking fee has been refunded to your card as the room was not provided.", True),
    ("We'll refund the £40 provided the parcel reaches us by Friday.", False),
    ("Se le bonificarán 200 pesos en su próximo estado de cuenta por la falla.", True),
    ("Your billing address was still the old one on file. It's been updated to 14 Elm Road.", True),
    # A charge that will no longer show, a record put right, something free with the next order.
    ("Listo, ya no te va a figurar el cargo del seguro en la próxima factura.", True),
    ("Su número de documento ya quedó bien registrado en la cuenta.", True),
    ("En su próximo pedido le va un postre de regalo.", True),
    ("Your next order comes with a free side of fries.", True),
])
def test_what_is_no_remedy_and_what_is(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # "Until" the thing is fixed, what we do meanwhile is no condition; "no ... until" holds it back.
    ("Until the new scanner is fitted, from Monday a porter checks every ticket at the gate by hand.", True),
    ("Hasta que cambiemos el lector, desde mañana habrá una persona en la puerta para validar las entradas.", True),
    ("We won't refund the £30 until the jacket is back in our warehouse.", False),
    # The customer's own part stays a condition, in a rule too.
    ("From 2 December we'll refund the deposit once you send us the signed form.", False),
    # A time said before a thing done is when, not if; before a thing to come it stays a condition.
    ("Tras revisar las grabaciones, le hemos devuelto los 25 € a la tarjeta.", True),
    ("Cuando llegue la pieza, le hemos cambiado el motor.", False),
    # Reset: put right; a habit of giving back gives nothing.
    ("Le reseteamos la clave del portal esta mañana.", True),
    ("Siempre te devolvemos los 12,40 € del envío en estos casos.", False),
    ("La talla L 42 está agotada.", False),
    # Paid on to someone else for them is no money back.
    ("The £600 deposit was paid to the venue on 2 November, as the contract sets out.", False),
    # A credit note is money; a refund request is asking.
    ("I've raised a credit note for £75.00 against your last invoice.", True),
    # Who tried and failed to deliver, on days gone by, promises nothing.
    ("El repartidor intentó la entrega el 20/11 a las 9:10 y dejó aviso.", False),
    # After the passive's own "be", a participle is the verb, whatever noun follows.
    ("The cracked basin will be replaced free of charge on Monday 30 November.", True),
    # The sum right after "se le" is what is given, whatever notice or bill the sentence named before.
    ("Por los cortes de la semana pasada, en su factura del 5 de diciembre se le descuentan $250.", True),
    # A fax or a message sent to someone else is word sent; "tan pronto" is a condition.
    ("Mandamos un fax al consultorio de la Dra. Ruiz el lunes y otro hoy; tan pronto respondan le avisamos.", False),
    # What happens by itself, however often, and a fine an authority issued are no remedy of ours.
    ("Declined top-ups are normally auto-refunded to the card within a day.", False),
    ("The £60 parking fine was issued by Leeds City Council while the van was with you.", False),
    # Their details or pictures passed on to someone else is passing it on.
    ("Hemos trasladado sus fotos y su número de pedido al fabricante.", False),
    ("We've passed your details on to the venue, who handle refunds for this event.", False),
    # A part that failed, changed by us, is a replacement.
    ("Esta mañana cambiamos el sensor de la alarma que fallaba.", True),
    # What an app or a game pays in is an amount.
    ("We've added 500 gems to your account as an apology for the outage.", True),
])
def test_meanwhile_triggers_and_sums_read_in_general_terms(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # The agent who writes "I" and signs the reply names the owner.
    ("Hi Tom,\n\nI've booked a second delivery for Saturday 28 November between 8am and noon.\n\nThanks,\nPriya\n"
     "Customer Care", "en", [_action("correction", "2026-11-28", owner="Priya")], True),
    ("Hi Tom,\n\nA second delivery is booked for Saturday 28 November between 8am and noon.\n\nThanks,\nCustomer Care",
     "en", [_action("correction", "2026-11-28", owner="Priya")], False),
    # A rule's trigger told after it is part of the rule.
    ("Sorry about the wasted trip. From 2 December we'll text the team captain as soon as a kit order lands in the "
     "shop.", "en", [_action("process_change", "2026-12-02", description="text the captain when kit orders arrive")],
     True),
    ("Perdona el viaje en balde. A partir del 2 de diciembre avisaremos por SMS al capitán en cuanto llegue un pedido "
     "de equipación.", "es", [_action("process_change", "2026-12-02", description="SMS al capitán con cada pedido")],
     True),
    # The hours of a span are no date.
    ("Yes, your plan includes phone support, 10 to 4 Eastern, at no extra cost.", "en",
     [_action("answer", "2026-11-26", description="phone support 10-4 Eastern included")], True),
    # "That visit" is timed by the visit's day in the sentence before.
    ("From now on the boiler gets a yearly service, starting with a visit on Tuesday 1 December. During that visit the "
     "faulty valve will be replaced free of charge.", "en",
     [_action("process_change", "2026-12-01", description="yearly boiler service"),
      _action("replacement", "2026-12-01", description="replace faulty valve")], True),
    # A new rule from a weekday, from their next order, starting with a delivery.
    ("A partir del martes 1 de diciembre estarán las tallas de cada modelo en la ficha de la tienda online.", "es",
     [_action("process_change", "2026-12-01", description="tallas en la ficha online")], True),
    ("Desde tu próximo pedido todos los repartidores verán la nota de dejarlo en conserjería.", "es",
     [_action("process_change", "2026-11-28", description="nota de conserjería para repartidores")], True),
    ("Starting with the December box, every order gets a packing check by a second person.", "en",
     [_action("process_change", "2026-12-01", description="second packing check")], True),
    # A new one to pick up from a day is the replacement.
    ("Desde el lunes podés retirar una nueva en la sucursal de Pocitos.", "es",
     [_action("replacement", "2026-11-30", description="licuadora nueva")], True),
    # A fee taken off the bill is the bill put right; an add-on taken off is cancelled.
    ("I've taken the admin fee off your invoice and refunded the £20 to your card.", "en",
     [_action("correction", "2026-11-26", description="admin fee removed"),
      _action("refund", "2026-11-26", amount="20", currency="GBP")], True),
    ("You never ordered the movie pack, so I've taken it off your account today.", "en",
     [_action("cancellation", "2026-11-26", description="movie pack removed")], True),
    # A thing now void, a hold released, a policy ending as they asked: cancelled.
    ("Your three vouchers for the closed spa are now void.", "en",
     [_action("cancellation", "2026-11-26")], True),
    ("The hold on your deposit is released as of this morning.", "en", [_action("cancellation", "2026-11-26")], True),
    ("Su seguro de hogar termina el lunes 30/11 como nos pidió.", "es", [_action("cancellation", "2026-11-30")], True),
    # A headline that tells a thing put right; a status updated puts nothing right.
    ("Billing address updated to 22 Mill Lane.", "en", [_action("correction", "2026-11-26")], True),
    ("Status updated: waiting on the supplier.", "en", [_action("correction", "2026-11-26")], False),
    ("The corrected timetable will be on the website soon.", "en", [_action("correction", "2026-11-30")], False),
    ("Te adjunto la boleta rehecha con los datos de tu empresa.", "es", [_action("correction", "2026-11-26")], True),
    # "Kindly note" frames what was done; a service switched off, killed or gone is cancelled.
    ("Dear Madam, kindly note your registered mobile number has been updated to the new one as requested.", "en",
     [_action("correction", "2026-11-26", description="mobile number updated")], True),
    ("Netflix's off, you won't see it on December's bill.", "en", [_action("cancellation", "2026-11-26")], True),
    ("The duplicate booking never went through, so I killed it.", "en", [_action("cancellation", "2026-11-26")], True),
    ("The second phone line you never ordered is gone.", "en", [_action("cancellation", "2026-11-26")], True),
    ("Late fee waived, and you're on paperless billing now.", "en", [_action("cancellation", "2026-11-26")], False),
    ("Spotify add-on turned off like you asked.", "en", [_action("cancellation", "2026-11-26")], True),
    ("Débito automático apagado, ya no se te cobra nada más.", "es", [_action("cancellation", "2026-11-26")], True),
    ("El pedido repetido nunca salió del almacén, así que lo anulé.", "es", [_action("cancellation", "2026-11-26")],
     True),
    ("Hecho, ya estás de baja del gimnasio.", "es", [_action("cancellation", "2026-11-26")], True),
    # A corrected thing on its way replaces the wrong one; a replacement arriving on a day.
    ("A corrected set of name badges is on its way, arriving Tuesday 1/12.", "en",
     [_action("replacement", "2026-12-01")], True),
    ("- replacement charger, the UK plug this time, arriving Saturday", "en", [_action("replacement", "2026-11-28")],
     True),
    # A record that now shows it right; a fine withdrawn; a call-out is a visit.
    ("Her late marks for 16-17 Nov are now showing as authorised on the portal.", "en",
     [_action("correction", "2026-11-26")], True),
    ("PCN 55102 withdrawn - the bay was suspended in error.", "en", [_action("correction", "2026-11-26")], True),
    ("Aoife's calling out to you Monday morning about the leak, any time after ten.", "en",
     [_action("repair_visit", "2026-11-30", owner="Aoife")], True),
    ("I've taken her off the waiting list and the £20 deposit goes back by Tuesday 1 December.", "en",
     [_action("cancellation", "2026-11-26"), _action("refund", "2026-12-01", amount="20", currency="GBP")], True),
    ("Se eliminaron los recargos por mora de su cuenta.", "es", [_action("correction", "2026-11-26")], True),
    # The sum named but waiting on a condition states nothing; a charge applied twice is what went wrong; someone
    # else holding the deposit gives nothing back.
    ("The loan is now at the right rate. The $90 of extra interest will be paid back once the adjustment clears.",
     "en", [_action("correction", "2026-11-26"), _action("refund", "2026-11-27", amount="90", currency="USD")], False),
    ("Verificamos que el cobro fue aplicado dos veces. El valor de $80.000 le será reintegrado a su cuenta.", "es",
     [_action("refund", "2026-11-27", amount="80000", currency="COP")], False),
    ("La fianza (900 €) la tiene depositada el propietario; os avisaremos cuando la libere.", "es",
     [_action("refund", "2026-11-27", amount="900", currency="EUR")], False),
    # A label and its result, as busy agents write them; what was keyed wrong and now reads right.
    ("Data pass: off. Nothing more will be charged for it.", "en", [_action("cancellation", "2026-11-26")], True),
    ("Auto-renew off, so there'll be no charge in January.", "en", [_action("cancellation", "2026-11-26")], True),
    ("You can switch the movie add-on off any time in the app.", "en", [_action("cancellation", "2026-11-26")], False),
    ("- Phone insurance: removed\n- The two months you paid for it: refunded to your card", "en",
     [_action("cancellation", "2026-11-26")], True),
    ("Your postcode was keyed as LS6 2AB, it's LS6 2BA now like your lease says.", "en",
     [_action("correction", "2026-11-26")], True),
    # An emoji ends a sentence: the credit after it is not part of the story before it.
    ("Lamentamos el corte de luz del 18 al 21 de noviembre 😞 Se le bonificarán $2.400 en la factura de diciembre, que "
     "vence el 10.", "es", [_action("credit", "2026-12-10", amount="2400", currency="ARS")], True),
    # Lempiras and colones written with their own signs are the action's amount.
    ("Hoy le devolvimos L 1,250 a su cuenta de ahorro.", "es",
     [_action("refund", "2026-11-26", amount="1250", currency="HNL")], True),
    ("Ya le acreditamos ¢12.500 en su cuenta.", "es", [_action("credit", "2026-11-26", amount="12500", currency="CRC")],
     True),
    # Said to them in the present with the sum, Spanish gives it now.
    ("Te devolvemos los 12,40 € del envío, Marta; no debimos cobrarlo.", "es",
     [_action("refund", "2026-11-26", amount="12.40", currency="EUR")], True),
    # Unfrozen: put right.
    ("Your account has been unfrozen, you can pay again. Sorry about that.", "en",
     [_action("correction", "2026-11-26", description="account unfrozen")], True),
])
def test_signers_spans_of_hours_that_visit_and_emoji(text: str, language: str, actions: list[ActionSpec],
                                                     accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)



@pytest.mark.parametrize(("text", "accepted"), [
    # A bill the customer paid, and charges added to their account, are what they owe, not what we give.
    ("Your bill 40912 for $215.30 was paid at the counter when you collected the car.", False),
    ("La factura 8831 por 96 € se pagó en caja al recoger la moto.", False),
    ("Recovery costs of £95.00 were added to the account at that time.", False),
    # Goods that went back to our shelves went nowhere near the customer.
    ("Good evening Mr Ali, order 55120 (3 x perfume, $210) was not collected at the gate on 20/11/2026 and was returned "
     "to store stock.", False),
    # A person named beside their role, set off by commas, is who acts.
    ("Hola Laia, Tere, nuestra jefa de obra, se pasa el lunes a las 10:30 para revisar contigo la lista de defectos en "
     "persona.", True),
    # Our driver setting off just now with their order is on the way; one who left with it when nobody was in is not.
    ("El motorista salió recién con tu pedido, te llega antes de las 13.", True),
    ("The driver left with your parcel because nobody answered the door.", False),
    # A credit that lands on the account on a day is given.
    ("Hi Ana, a £9.99 credit lands on your account on 3 December, before your next box is charged, so it's half price "
     "this month.", True),
    # Starting the work at an hour is a visit; starting to charge is not.
    ("El técnico empieza el jueves a las 8 con el cambio del calentador.", True),
    ("Empezamos a cobrarle la nueva cuota el lunes a las 8.", False),
])
def test_bills_they_paid_named_roles_and_credits_that_land(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # Put on another trip, tour or flight instead: rebooked.
    ("No problem, Gwen, we'll put you on the Saturday 28th kayak tour instead, 10am from the pier, nothing extra to "
     "pay.", "en", [_action("replacement", "2026-11-28")], True),
    ("I've taken the extra insurance off the contract.", "en", [_action("correction", "2026-11-26")], True),
    # An insurance claim paid today, with its sum after a colon.
    ("Señora Díaz, su reclamación se pagó hoy: $2.450.000. La diferencia con los $2.600.000 es el deducible de su "
     "póliza.", "es", [_action("refund", "2026-11-26", amount="2450000", currency="COP")], True),
    # "Since" a month tells how long, not why.
    ("The £14.00 we charged for it since September goes back as a credit on your account today.", "en",
     [_action("credit", "2026-11-26", amount="14.00", currency="GBP")], True),
    # Done, said first: "listo el cambio".
    ("Hola Quique, listo el cambio de domicilio; la tarjeta nueva sale por correo y te llega el jueves 3 de diciembre.",
     "es", [_action("correction", "2026-11-26"), _action("replacement", "2026-12-03")], True),
    # A wrong report withdrawn at the credit bureaus is the correction only the lender can make.
    ("Hoy hemos enviado a las centrales de riesgo la solicitud para eliminar el reporte negativo de octubre.", "es",
     [_action("correction", "2026-11-26")], True),
    ("A request to remove the late-payment marker was sent to Experian and Equifax today.", "en",
     [_action("correction", "2026-11-26")], True),
    # A discount applied from a day gone puts the bills since right, beside the money credited.
    ("The carer's discount has been applied from 1 June 2026, and the £210.40 overpaid has been credited to your "
     "account.", "en", [_action("correction", "2026-11-26"),
                        _action("credit", "2026-11-26", amount="210.40", currency="GBP")], True),
    # "Ese día" borrows the day named before it.
    ("Su línea se da de baja el 30/11 y la fianza de 40 € se le devuelve en la última factura ese día.", "es",
     [_action("cancellation", "2026-11-30"), _action("refund", "2026-11-30", amount="40", currency="EUR")], True),
    # What failed them before the money went back denies nothing we did.
    ("El transfer no se presentó, así que los US$ 40 volvieron a tu tarjeta.", "es",
     [_action("refund", "2026-11-26", amount="40", currency="USD")], True),
    # A visit in a clause of its own, after money given today.
    ("The reader took €12.40 in failed payments between 18 and 24 November. I've refunded that to your account today, "
     "and Dara is out on Monday morning to replace the broken card reader.", "en",
     [_action("refund", "2026-11-26", amount="12.40", currency="EUR"), _action("repair_visit", "2026-11-30", owner="Dara")],
     True),
    # A named person starting the work, or joining them online, at an hour.
    ("Estimados Sres. Vega:\nEl siniestro fue aprobado. Ramiro, de Techos del Sur, empieza el techo el miércoles 2 de "
     "diciembre a las 9:00 a.m., y hoy les depositamos S/ 900 para el alquiler.\nAtentamente,\nSiniestros", "es",
     [_action("repair_visit", "2026-12-02", owner="Ramiro"), _action("refund", "2026-11-26", amount="900",
                                                                    currency="PEN")], True),
    ("Hola Sole, Bruno, de soporte, se conecta el lunes a las 10 con ustedes para revisar la integración. Les abonamos "
     "USD 200 por la caída.", "es", [_action("escalation", "2026-11-30", owner="Bruno"),
                                     _action("credit", "2026-11-26", amount="200", currency="USD")], True),
    # An answer after "Good question", or about a medical "consulta", informs.
    ("Hi Jo,\nGood question - the club ships four times a year: March, June, September and December, always in the "
     "second week. As a sorry for the mix-up I've added $15 credit to your club account.\nCheers\nKim", "en",
     [_action("answer", "2026-11-26", description="club ships quarterly in Mar, Jun, Sep and Dec"),
      _action("credit", "2026-11-26", amount="15", currency="NZD")], True),
    ("Sí, Rocío, tu seguro te cubre la consulta del jueves, no pagás nada.", "es",
     [_action("answer", "2026-11-26", description="el seguro cubre la consulta del jueves")], True),
])
def test_rebooked_claims_paid_bureaus_and_work_begun(text: str, language: str, actions: list[ActionSpec],
                                                    accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # Fees charged by the account's terms, their sum and all, give nothing back; nor does a label over what was paid.
    ("Good day Mr Lee, overdraft fees of £35 are applied in accordance with the account terms. Your request for a "
     "reversal has been noted and will be reviewed.", "en", [_action("refund", "2026-11-26", amount="35",
                                                                     currency="GBP")], False),
    ("Order: 4471\nAmount paid: £59.00\nStatus: awaiting inspection\nPlease allow a few more days.", "en",
     [_action("refund", "2026-11-28", amount="59", currency="GBP")], False),
    # "Correct per our records" or "generated as per tariff" says nothing of what the charge is.
    ("Hi Mr Shah, we've checked the £8.20 charge and confirm it's correct per our records.", "en",
     [_action("answer", "2026-11-26", description="What the £8.20 charge is")], False),
    ("Regarding your query on the March bill, we have examined the matter and found the bill generated as per tariff "
     "order. Inconvenience regretted.", "en", [_action("answer", "2026-11-26", description="Reason the bill is higher")],
     False),
    # A new one waiting at the counter on a day, beside money given back.
    ("£30 refunded to your card for the trouble, and a new kettle will be waiting at the counter for you on Saturday.",
     "en", [_action("refund", "2026-11-26", amount="30", currency="GBP"), _action("replacement", "2026-11-28")], True),
    # When to expect it, after a semicolon, times what goes out.
    ("Your new card goes out in the post; expect it by Wednesday 2 December.", "en",
     [_action("replacement", "2026-12-02")], True),
    # Taken off the contract; a supply shut off today at the old address; a discount put back on.
    ("Hola Marta, tiene razón, nadie pidió el seguro extra. Lo quité del contrato y los 30 € se le devolvieron a su "
     "tarjeta hoy.", "es", [_action("correction", "2026-11-26"), _action("refund", "2026-11-26", amount="30",
                                                                          currency="EUR")], True),
    ("Hi Ms Grey – the service at your old flat has been shut off as of today, and your credit balance of $18.40 was "
     "mailed to you as a check this afternoon.", "en",
     [_action("cancellation", "2026-11-26"), _action("refund", "2026-11-26", amount="18.40", currency="USD")], True),
    ("Hi Joan, your seniors' discount dropped off during the billing upgrade. I've put it back on today and credited "
     "the $64.20 you missed out on.", "en",
     [_action("correction", "2026-11-26"), _action("credit", "2026-11-26", amount="64.20", currency="AUD")], True),
])
def test_fees_by_the_terms_labels_and_things_put_back(text: str, language: str, actions: list[ActionSpec],
                                                      accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # Back on the right tariff, a discount back on the account, the right price put on it: the account put right.
    ("Hi Liz, we'd billed you at the commercial rate. Your account's back on the domestic tariff now, and the $88.10 "
     "overcharge will be paid back into your bank account by 3 December.", "en",
     [_action("correction", "2026-11-26"), _action("refund", "2026-12-03", amount="88.10", currency="AUD")], True),
    ("Hi Rae, the paperless discount is back on your account and we've added a $15 credit for the months it was "
     "missing.", "en", [_action("credit", "2026-11-26", amount="15", currency="USD"), _action("correction", "2026-11-26")],
     True),
    ("I've put the right price on your account today, so your next bill will be €19.99. The overcharge comes to €45.00 "
     "and it'll be refunded to your bank account by Wednesday 2nd December.", "en",
     [_action("correction", "2026-11-26"), _action("refund", "2026-12-02", amount="45.00", currency="EUR")], True),
    # How an office says what it removed: "se retiró el reporte negativo", "y anulado la penalización".
    ("Señora Ruiz, se canceló la línea que nunca pidió y se retiró el reporte negativo en Datacrédito; el cambio se "
     "verá en unos días.", "es", [_action("cancellation", "2026-11-26"), _action("correction", "2026-11-26")], True),
    ("Hoy hemos tramitado la baja del móvil y anulado la penalización de 90 €, así que la última factura solo incluirá "
     "noviembre.", "es", [_action("cancellation", "2026-11-26"), _action("correction", "2026-11-26")], True),
    # "Done" said first, then what is now so.
    ("Hecho, Lucía: desde la próxima sesión vas con Irene en lugar de con Pablo.", "es",
     [_action("correction", "2026-11-26")], True),
    ("Hi Sipho, the VIN on your schedule read 4471 instead of 4417. Updated, and the new schedule's in your inbox.", "en",
     [_action("correction", "2026-11-26")], True),
    ("Listo, Marta: lo revisaremos y te avisamos.", "es", [_action("correction", "2026-11-26")], False),
])
def test_accounts_put_back_right_and_done_said_first(text: str, language: str, actions: list[ActionSpec],
                                                     accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # A fee the agent filed as cancelled is stated by the fee taken off; a service pulled off the line, a plan taken down
    # to free, an order "anulado" said first, a delivery skipped are cancellations.
    ("The late fee's been zeroed out, and you're on paperless billing from December.", "en",
     [_action("cancellation", "2026-11-26", description="late fee cancelled")], True),
    ("Le quitamos el recargo por mora, y la factura de diciembre ya le llega por correo electrónico.", "es",
     [_action("cancellation", "2026-11-26", description="recargo por mora anulado")], True),
    ("Pulled the travel pass off your line and refunded the $12 it cost you.", "en",
     [_action("cancellation", "2026-11-26"), _action("refund", "2026-11-26", amount="12", currency="USD")], True),
    ("Hi Tom, the yearly renewal from Monday has been reversed and your account downgraded to free. £96 is on its way "
     "back to your card.", "en",
     [_action("cancellation", "2026-11-26"), _action("refund", "2026-11-26", amount="96", currency="GBP")], True),
    ("Reserva de la cabaña del sábado anulada, no se le cobra nada.", "es", [_action("cancellation", "2026-11-26")], True),
    ("Pedido cancelado por falta de stock.", "es", [_action("cancellation", "2026-11-26")], False),
    ("Skipped your 10 December delivery for you, no charge this week.", "en", [_action("cancellation", "2026-11-26")],
     True),
])
def test_fees_filed_as_cancelled_and_services_taken_off(text: str, language: str, actions: list[ActionSpec],
                                                        accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # A reason with its own verb before ours leaves ours the main clause.
    ("Hola Don Beto, como no tuvimos el repuesto para su tablet le regresamos sus $1,250.00 en efectivo hoy en la "
     "tienda.", "es", [_action("refund", "2026-11-26", amount="1250", currency="MXN")], True),
    # Money that goes back to their account on a day, in the Spanish present.
    ("Hola Rosa, los S/59.90 de la comisión mal cobrada vuelven a tu cuenta mañana.", "es",
     [_action("refund", "2026-11-27", amount="59.90", currency="PEN")], True),
    # A headline whose "hecha" follows a colon.
    ("Devolución del mantenimiento anual (89 €): hecha hoy, por transferencia a su cuenta.", "es",
     [_action("refund", "2026-11-26", amount="89", currency="EUR")], True),
    ("La devolución del pedido no está hecha todavía.", "es",
     [_action("refund", "2026-11-26", amount="89", currency="EUR")], False),
])
def test_reasons_with_their_own_verb_and_money_that_goes_back(text: str, language: str, actions: list[ActionSpec],
                                                              accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # Money sent today, by check or back to their bank, whatever "this morning" or "an hour ago" says of the past.
    ("The claim is approved in full and a check for $410.00 was mailed to your Oak Street address this morning.", "en",
     [_action("refund", "2026-11-26", amount="410", currency="USD")], True),
    ("We sent back the €22 you paid for the binding that never got done — it hit your Revolut about an hour ago.", "en",
     [_action("refund", "2026-11-26", amount="22", currency="EUR")], True),
    # A voucher or a gift card with its sum, even on their customer file or to their email.
    ("Por las molestias, le hemos cargado un vale de 40 € en su ficha de cliente, que puede usar en cualquiera de "
     "nuestras tiendas.", "es", [_action("credit", "2026-11-26", amount="40", currency="EUR")], True),
    ("Hola Nico, qué lata lo del pedido perdido. Te dejamos una gift card de $15.000 a tu correo, para que pidas cuando "
     "quieras.", "es", [_action("credit", "2026-11-26", amount="15000", currency="CLP")], True),
    # A note put on their file is still bookkeeping.
    ("Hemos dejado una nota en su ficha de cliente sobre los 40 € que reclama.", "es",
     [_action("credit", "2026-11-26", amount="40", currency="EUR")], False),
])
def test_checks_mailed_today_and_vouchers_with_their_sum(text: str, language: str, actions: list[ActionSpec],
                                                         accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # A new one that "should arrive" by a day comes then; a parcel back on the van; a new key waiting now; a loan one.
    ("Hi Ana, I cancelled the old card a minute ago. Your new card should arrive in the post by Tuesday, 1 December.",
     "en", [_action("replacement", "2026-12-01")], True),
    ("We've refunded the $9 delivery fee and your parcel's back on the van – it'll be with you tomorrow.", "en",
     [_action("refund", "2026-11-26", amount="9", currency="USD"), _action("replacement", "2026-11-27")], True),
    ("Your new room key is at the front desk now, Sam – the old one's been switched off.", "en",
     [_action("replacement", "2026-11-26")], True),
    ("Mientras tanto, ya tienes en recepción un portátil de préstamo para que puedas seguir trabajando.", "es",
     [_action("replacement", "2026-11-26")], True),
    # What "should" arrive, with nothing new, stays a hope.
    ("Your parcel should arrive by Friday.", "en", [_action("replacement", "2026-11-27")], False),
])
def test_new_ones_on_their_way_waiting_or_lent(text: str, language: str, actions: list[ActionSpec],
                                               accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Money given back over two weeks ago is the account's history, not a remedy for this complaint; this week's is.
    ("We refunded the $215 for the cancelled excursion on 3 September, and the hotel deposit went to the operator on "
     "2 October.", False),
    ("We reversed the £75 charge on 20 November.", True),
    # A fine taken off is the bill put right, whatever day the customer paid.
    ("I've reviewed the account: your instalment was paid on 3 November, two days after the due date, and the $11.20 "
     "fine that was added has now been removed.", True),
])
def test_money_given_back_long_ago_is_history(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # What the customer brought back or paid, or a word that describes, is not money going back to them.
    ("Order 7731 was placed on 14 November for two chairs and a table, total $1,240 paid in full.", False),
    ("I can confirm your flights on 14 November ($389.00) and 21 November ($402.00), with the paid seat selection of "
     "$48.00.", False),
    ("As your hire agreement says, a valeting fee of £90 applies where a car is returned with sand or mud inside.", False),
    ("Your deposit of $300 was returned to your card this morning.", True),
    # What happened from a day on is no rule.
    ("From October 12 your parcel sat in the depot waiting for paperwork, and it was released on the 20th.", False),
])
def test_things_brought_back_and_what_happened_from_a_day(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # Panama's balboa written with its dot is an amount, not the end of a sentence.
    ("Le acreditamos B/. 9.50 por el mensaje mal cobrado.", "es",
     [_action("credit", "2026-11-26", amount="9.50", currency="USD")], True),
    # A call of mine after the clitic "la"; things put aside for them to collect.
    ("Estimada Sra. Rivas:\nSoy su gestora asignada y tengo su caso RC-5521.\nEl lunes 30 hablo con el laboratorio por "
     "la diferencia de $210.00 y enseguida la llamo a usted, antes de las 5 pm ese mismo día.\nInés Durán", "es",
     [_action("escalation", "2026-11-30", owner="Inés")], True),
    ("Le apartamos los dos frascos de jarabe, los puede retirar hoy hasta las 9 pm.", "es",
     [_action("replacement", "2026-11-26")], True),
    # A rule that starts on a named day, beside the refund.
    ("Dear Ms Hart,\nWe refunded the $40.00 you paid for the copy request. Starting January 4 requests for paper copies "
     "will be charged a $4 flat fee.\nRecords Office", "en",
     [_action("refund", "2026-11-26", amount="40", currency="USD"),
      _action("process_change", "2027-01-04", description="a flat fee for paper copies")], True),
])
def test_balboas_calls_after_a_clitic_things_put_aside_and_rules_from_a_day(
        text: str, language: str, actions: list[ActionSpec], accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # A call at a day of the month and an hour ("on the 28th before 11:00"); a debt withdrawn after a review; a renewed
    # certificate; a callback with no one named stays refused.
    ("Hello Thandi,\nI will be looking after this myself. I am going to call you on the 28th before 11:00 with the "
     "result of the refund trace.\nLerato", True),
    ("Hola Pato, renové el certificado de tienda.patoflores.cl recién, vence en noviembre de 2027, ya no te sale el "
     "aviso.", True),
    ("Someone in our team will call you by Monday at 10:15.", False),
    ("Your membership renews automatically every year on the same date.", False),
    ("After checking your account, we'll look into the late fee.", False),
    ("Necesito que le cargue los datos de la tarjeta en la app.", False),
])
def test_calls_on_a_day_of_the_month_and_certificates_renewed(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # An aside in brackets between the new one and its verb; a named person "in our ... team"; a technician found.
    ("Hi Jordan,\nA replacement mouse (SKU MS-410) shipped this morning via FedEx, tracking 7712. It should arrive "
     "Tuesday 12/1. Keep the broken one.\nRahul", "en", [_action("replacement", "2026-12-01")], True),
    ("Hello Nomsa,\nBongani in our Disputes team will call you by Monday at 09:45 on the number ending 1120.", "en",
     [_action("escalation", "2026-11-30", owner="Bongani")], True),
    ("Hola Rocío, te he conseguido técnico para el lunes de 9 a 14 h por la lavadora que no centrifuga. Lleva la bomba "
     "por si acaso.", "es", [_action("repair_visit", "2026-11-30")], True),
    # A debt withdrawn from collections after a review; a service taken off the stay; a bill voided.
    ("Dear Mr Hale,\nAfter reviewing your complaint we have withdrawn the debt from Apex Collections as of this "
     "morning.\nAccounts", "en", [_action("cancellation", "2026-11-26")], True),
    ("Hi Dora, refunded the $30 spa voucher for today and taken parking off the rest of your stay since you've no car.",
     "en", [_action("refund", "2026-11-26", amount="30", currency="USD"), _action("cancellation", "2026-11-26")], True),
    ("Mrs Lowe,\nWe've added your new insurer and rebilled the visit today. The self-pay bill for $96.00 is voided.\n"
     "Billing", "en", [_action("correction", "2026-11-26"), _action("cancellation", "2026-11-26")], True),
    # A renewed certificate is the fault put right; a credit loaded, its accent left off as in a chat.
    ("Hi Omar, renewed the TLS certificate for app.omarbakes.co.uk a few minutes ago, valid until 2027, so the warning "
     "is gone.", "en", [_action("correction", "2026-11-26")], True),
    ("Hola Cami, te cargue USD 80 de credito a bordo en tu camarote.", "es",
     [_action("credit", "2026-11-26", amount="80", currency="USD")], True),
])
def test_asides_people_in_teams_debts_withdrawn_and_certificates(text: str, language: str, actions: list[ActionSpec],
                                                                  accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Their own payment, come in and filed against the invoice, is bookkeeping; a fee taken off or an invoice put right
    # beside it is a remedy.
    ("Hi Rohan,\nWe have received your payment of Rs. 12,800 on 23/11/2026 by NEFT (UTR: ICIC2026112300917). The same "
     "has been updated against invoice INV-5510.\nRegards,\nAccounts", False),
    ("We have received your payment of $120. The late fee has been removed from your invoice.", True),
    ("We received your payment and have corrected the invoice, which had charged you twice.", True),
])
def test_their_payment_filed_against_the_invoice_is_bookkeeping(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # A limit of theirs set back to normal is the account put right; a service back after an outage is no act of ours.
    ("We sent back $1,240.00 MXN to your CLABE ending 5521 this morning (SPEI tracking #88123). Your card limit is also "
     "back to normal.\nNoor", "en", [_action("refund", "2026-11-26", amount="1240", currency="MXN"),
                                     _action("correction", "2026-11-26")], True),
    ("Our service is back to normal after this morning's outage.", "en", [_action("correction", "2026-11-26")], False),
])
def test_a_limit_back_to_normal(text: str, language: str, actions: list[ActionSpec], accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Around the rules above, what must still hold: a negation in brackets negates; nobody, everyone and staff are no one
    # named; a payment received beside a fee removed; a new one sent to the carrier; a reminder or an email is no part
    # fitted; money returned to the card, whatever it was for; a hope; a price notice from a day; a floor is no day.
    ("We have (not yet) refunded the $40.", False),
    ("I will (not) call you on Monday at 10.", False),
    ("Nobody in our team will call you by Monday at 09:45.", False),
    ("Everyone in our Disputes team will call you by Monday at 09:45.", False),
    ("We received your payment of $120 and have updated your invoice to remove the $25 late fee.", True),
    ("We have sent your replacement router to the carrier this morning.", True),
    ("I'll put a reminder in your calendar for Monday.", False),
    ("I'll put the details in an email to you today.", False),
    ("The deposit for your booking was returned to your card yesterday.", True),
    ("Sorry, the refuelling charge stands - the van was returned at a quarter tank and the agreement says full to full. "
     "Charge was $74.60 at $2.89/L.", False),
    ("Espero te reembolse el banco los $50 pronto.", False),
    ("From January 1 the annual fee will be $120.", False),
    ("Please come to our office on the 3rd floor.", False),
])
def test_what_the_new_readings_leave_alone(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # A fix of ours in service today is the fault put right; one that went live long before, or will, is not.
    ("Hi Priya, the hotfix for the PDF export bug (build 5.2.1) went live on your workspace at 10:15 GMT, please "
     "refresh and it should work.", True),
    ("The fix went live on 3 November but you still see the error.", False),
    ("Once the fix is live we will let you know.", False),
])
def test_a_fix_gone_live(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # An aside in brackets is no clause break, and its date is the thing's, not when we acted.
    ("Hola Tomás, la dirección de entrega (la del pedido 5512, del 14/11) se corrigió ayer.", "es",
     [_action("correction", "2026-11-26")], True),
    ("We will review the charge (order 5512, 14/11) once the audit is complete.", "en",
     [_action("correction", "2026-11-26")], False),
    # "As discussed" recalls a call; it is no promise to discuss.
    ("As discussed, I have cancelled the late-payment notice dated 2 November, so no fee will apply.", "en",
     [_action("correction", "2026-11-26")], True),
    ("As discussed, we will review the late-payment notice.", "en", [_action("correction", "2026-11-26")], False),
    # A duplicate or a wrong thing taken out is a correction.
    ("Ya eliminé el contacto duplicado de su agenda, solo queda el del trabajo.", "es",
     [_action("correction", "2026-11-26")], True),
    # "Reciba un cordial saludo" with the letter going on under it greets; it does not sign off.
    ("Estimada Sra. Pardo:\n\nAsunto: Siniestro 2026-7781 – Daños por agua en cocina\n\nReciba un cordial saludo.\n\n"
     "Le informamos que hoy le abonamos 320,00 € en su cuenta terminada en 4410 por el siniestro del día 12.\n\n"
     "Atentamente,\nDepartamento de Siniestros\nSeguros Ribera", "es",
     [_action("refund", "2026-11-26", amount="320", currency="EUR")], True),
    # "El valor" before an impersonal verb is the money; so is a savings account.
    ("Señor Ruiz:\n\nSu solicitud fue aprobada por $ 1.250.000. El valor se le consignó hoy en su cuenta de ahorros "
     "terminada en 2231.\n\nCordialmente,\nÁrea de Reembolsos", "es",
     [_action("refund", "2026-11-26", amount="1250000", currency="COP")], True),
    # Moved to a row of seats: their place put right.
    ("Los pasé a los dos a la fila 9 en el vuelo de mañana, ya pueden ir juntos.", "es",
     [_action("correction", "2026-11-26")], True),
    ("Please move to row 9 when you board.", "en", [_action("correction", "2026-11-26")], False),
])
def test_asides_greetings_and_things_put_right(text: str, language: str, actions: list[ActionSpec],
                                               accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Around them: a duplicate kept out only if something allows it; a greeting above a letter that commits to nothing;
    # a sum charged, said of "el valor".
    ("We will remove the duplicate entry if the audit allows it.", False),
    ("Estimada Sra. Pardo:\n\nAsunto: Siniestro 2026-7781 – Daños por agua en cocina\n\nReciba un cordial saludo.\n\n"
     "Su expediente será revisado por el departamento técnico en los próximos días y le daremos respuesta.\n\n"
     "Atentamente,\nDepartamento de Siniestros", False),
    ("El valor se le cobró el 3 de noviembre.", False),
])
def test_around_asides_greetings_and_things_put_right(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # A change of process is stated by whatever holds from its own day on.
    ("From the January 1 bill on, you'll get it by email only, no more paper.", "en",
     [_action("process_change", "2027-01-01", description="paperless statements")], True),
    ("Hi Dana, good news: from the January 15 bill, the $5 autopay discount applies to credit cards too, not just "
     "checking accounts.", "en", [_action("process_change", "2027-01-15", description="autopay discount on cards")], True),
    ("From the January 1 bill on, we will look into sending your statements by email.", "en",
     [_action("process_change", "2027-01-01", description="paperless statements")], False),
    # The sum for an order, sent back to their card, is money, not the order.
    ("Hello Ada,\nThank you for sending the parcel back.\nWe received it at our depot yesterday, and the N12,400 for order "
     "ORD-5120 was sent back to your card ending 4471 this morning.\nReturns Team", "en",
     [_action("refund", "2026-11-26", amount="12400", currency="NGN")], True),
    # Put back on their old plan is the account put right, beside the money given back.
    ("I put you back on the 20 GB plan at $35/month this morning, and the $9.80 difference went back on your card.", "en",
     [_action("correction", "2026-11-26", description="plan changed back"),
      _action("refund", "2026-11-26", amount="9.80", currency="USD")], True),
    # A gift card with its sum, emailed or posted, is a credit.
    ("Just emailed you a £20 gift card for the trouble.", "en", [_action("credit", "2026-11-26", amount="20", currency="GBP")],
     True),
    ("Te mandé por correo una tarjeta de regalo de 20 € por las molestias.", "es",
     [_action("credit", "2026-11-26", amount="20", currency="EUR")], True),
    # Money put back while a dispute runs is given back now; "while" sets no condition on it.
    ("We've put the £60.00 back in your current account while the dispute runs.", "en",
     [_action("refund", "2026-11-26", amount="60", currency="GBP")], True),
    # A discount that comes to them on a dated bill, after a sentence opening with "En" (no name).
    ("Hola Víctor, en la factura del 15/12 te va a venir un descuento de $ 600 por los días sin servicio, ya lo aprobé.",
     "es", [_action("credit", "2026-12-15", amount="600", currency="UYU")], True),
])
def test_changes_from_a_day_money_for_an_order_and_gift_cards(text: str, language: str, actions: list[ActionSpec],
                                                              accepted: bool) -> None:
    result = check_reply(text, actions, language=language, today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Around them: an order shipped on a past day; a gift card to buy; a refund while a warranty holds; a discount that
    # waits on a technician; a name after "En cuanto a".
    ("The £41.50 for order 7781 was shipped on 18 November.", False),
    ("You can buy a £20 gift card on our website.", False),
    ("We will refund the £60.00 while the warranty is valid.", False),
    ("Si el técnico confirma la falla, en la factura del 15/12 te va a venir un descuento de $ 600.", False),
    ("Hola Víctor,\n\nEn la factura del 15/12 te va a venir un descuento de $ 600 por los días sin servicio, ya lo "
     "aprobé.\n\nAmira", True),
    ("En cuanto a tu consulta, Jorge te llama mañana a las 10.", True),
])
def test_around_changes_from_a_day_money_for_an_order_and_gift_cards(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("currency", "accepted"), [("NIO", True), ("CAD", True), ("USD", False)])
def test_c_dollar_is_the_canadian_dollar_or_the_cordoba(currency: str, accepted: bool) -> None:
    result = check_reply("Le devolvimos hoy C$ 1,200 a su tarjeta terminada en 4410.",
                         [_action("refund", "2026-11-26", amount="1200", currency=currency)], language="es",
                         today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "actions", "accepted"), [
    # Work of ours on a thing of theirs on a given day, with a verb of "we" the tables lack, is a visit promised.
    ("Doña Ana, el sábado a las 9 le soldamos de nuevo el escape sin costo, y los $20.000 que le cobramos de más ya se "
     "los transferimos.", [_action("repair_visit", "2026-11-28"),
                           _action("refund", "2026-11-26", amount="20000", currency="CLP")], True),
    # Not a case looked at, not under a condition, not on a day gone by.
    ("El lunes a las 10 le revisamos su caso.", [_action("repair_visit", "2026-11-30")], False),
    ("Si nos confirma la cita, el lunes a las 10 le cambiamos la batería.", [_action("repair_visit", "2026-11-30")], False),
    ("El 3 de noviembre le pintamos la fachada.", [_action("repair_visit", "2026-11-30")], False),
])
def test_work_on_their_thing_on_a_day(text: str, actions: list[ActionSpec], accepted: bool) -> None:
    result = check_reply(text, actions, language="es", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "actions", "accepted"), [
    # A greeting on a line of its own ends there: the capital after it opens a sentence, it is no name.
    ("Hey Sam,\nCancelled your Pro plan and put this month's $14.99 back on your card.\n— Nadia",
     [_action("cancellation", "2026-11-26"), _action("refund", "2026-11-26", amount="14.99", currency="USD")], True),
    ("Hi Sam,\nPlease cancel your Pro plan from the app.\n— Nadia", [_action("cancellation", "2026-11-26")], False),
])
def test_a_greeting_line_ends_its_sentence(text: str, actions: list[ActionSpec], accepted: bool) -> None:
    result = check_reply(text, actions, language="en", today=date(2026, 11, 26))
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # Found by a reviewer who had not read the code, around this session's readings: a work promised under a hedge,
    # denied or only studied; a discount denied, already theirs or the bank's; a gift card sent months ago; a sign-off
    # above a signature line that runs on.
    ("Quizás el lunes 30 le montamos las originales.", "es", None, False),
    ("El lunes 30 no le montamos las originales porque no hay stock.", "es", [_action("repair_visit", "2026-11-30")],
     False),
    ("El lunes 30 le estudiamos la garantía.", "es", [_action("repair_visit", "2026-11-30")], False),
    ("En la factura del 15/12 todavía no te va a aparecer un descuento de $ 600.", "es", None, False),
    ("En la factura del 15/12 te aparece un descuento de $ 600 que ya tenías por el plan familiar.", "es", None, False),
    ("Te aparece un reembolso de $ 600 de tu banco el 15/12.", "es",
     [_action("refund", "2026-12-15", amount="600", currency="ARS")], False),
    ("We already emailed you a $25 gift card in March for a different order.", "en", None, False),
    ("Last year we emailed you a $25 gift card.", "en", None, False),
    ("We're sorry about the delay with your order.\nKind regards,\nAna Smith, Customer Care. Our promise: refunds of €20 "
     "issued the same day.", "en", None, False),
    ("We'll refund €20 today while the promotion runs.", "en", None, False),
])
def test_what_the_review_found(text: str, language: str, actions: list[ActionSpec] | None, accepted: bool) -> None:
    result = _judged(text, actions, language)
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # Money given back in a month or a year gone by is the account's history, not a remedy for this complaint.
    ("A goodwill credit of £40 was applied to your account in June after the earlier outage.", False),
    ("Dear Ms Okafor,\n\nThank you for your email. A travel voucher for €60 was issued to you in September after the "
     "delay to Porto.\n\nKind regards,\nLuis", False),
    ("En julio se le reintegraron 25 € por la avería de aquel mes.", False),
    ("Redress of $310 was paid to you in 2023 under the industry review.", False),
    # The month of the thing, not of the giving back; or given back today, or just now.
    ("We refunded the $60 charged in August to your card.", True),
    ("I refunded the £19.99 you paid in October to your Visa.", True),
    ("Le devolvimos los 60 € cobrados en agosto a su tarjeta.", True),
    ("Reembolsamos los 45 € que pagó en septiembre por el curso.", True),
    ("I reversed the duplicate payment of $54 made in October.", True),
    ("Today we refunded the £40 for the June outage to your card.", True),
    ("Le hemos abonado hoy 30 € en su cuenta por la incidencia de agosto.", True),
    ("Te hemos metido un mes gratis en enero por lo del vestuario, ya lo ves en la app.", True),
    ("We refunded the €30 to your card en Maracaibo.", True),
])
def test_money_given_back_months_before(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # A price told, a routine, what they paid, someone told: nothing done for them.
    ("The quote we gave you was $285 including labour.", False),
    ("I appreciate the final bill was higher than the estimate of £280 you were given at the pre-op check.", False),
    ("We sent you a quote for the repair of the dining table on 17 November (Q-20455, R1,350).", False),
    ("Our driver leaves the bakery at 6:10 every day, I can show you the log.", False),
    ("Our van leaves the depot at 7am each morning.", False),
    ("Order #ZM-77312 placed 7:41 PM, delivered 8:52 PM. Amount paid Rs. 486 incl. Rs. 35 delivery fee.", False),
    ("Hi Kayla, I checked and your order #1147 ($64.75) was picked up on Nov 21 at 3:12pm and paid by debit.", False),
    ("The crew leader has been made aware of it today.", False),
    # Their near neighbours that do something.
    ("We've given you a £50 credit on your account today.", True),
    ("We've sent you a revised invoice with the £30 taken off.", True),
    ("We paid the $45 to you by bank transfer today.", True),
    ("The engineer comes Tuesday at 9.", True),
    ("The $40 is back in your account.", True),
])
def test_a_price_a_routine_or_their_payment_is_no_remedy(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


def test_a_person_back_at_work_is_no_money_back() -> None:
    today = date(2026, 11, 26)
    money_back = [c for c in find(sentences("Dr Okafor has the $40 claim; she's back in on Tuesday 1 December."), (),
                                  today) if c.kinds & {"refund", "credit"}]
    assert money_back == []
    assert any(c.kinds & {"refund", "credit"} for c in find(sentences("The $40 is back in your account."), (), today))


@pytest.mark.parametrize(("text", "actions", "accepted"), [
    # A fee rebated; a named person who will get in touch herself ("se comunicará"), also after "quien"; a count set
    # back to what it was.
    ("Both $3.50 out-of-network ATM fees from 11/21 have been rebated to your checking.", None, True),
    ("Lucía Benavides se comunicará con usted mañana antes de las 13:00.", None, True),
    ("Le informamos que su caso ha sido asignado a la ajustadora Sra. Lucía Benavides, quien se comunicará con usted "
     "mañana viernes 27 de noviembre antes de las 13:00.", None, True),
    ("The seat count went from 5 to 8 on the 14th; I've set it back to 5 just now.",
     [_action("correction", "2026-11-26", description="seat count reset to 5")], True),
    # No name, no day, or nothing done.
    ("Se comunicará con usted mañana un asesor.", None, False),
    ("Lucía se comunicará con usted a la brevedad.", None, False),
    ("The seat count went from 5 to 8 on the 14th; we'll see about setting it back.",
     [_action("correction", "2026-11-26", description="seat count reset to 5")], False),
])
def test_rebated_in_touch_by_name_and_set_back(text: str, actions: list[ActionSpec] | None, accepted: bool) -> None:
    result = _judged(text, actions)
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "actions", "accepted"), [
    # What came round every month, stopped, is a cancellation; a named person getting in touch at a time is a call.
    ("Hi Gill, no bother at all, I've stopped the monthly flowers so nothing'll come out in December.",
     [_action("cancellation", "2026-11-26", description="monthly flower subscription cancelled")], True),
    ("Your automatic payment to Northline Auto Finance has been stopped; nothing will be drafted on 12/01.", None, True),
    ("La ajustadora Sra. Lucía Benavides se pondrá en contacto con usted mañana antes de las 13:00.", None, True),
    ("Dr. Patel will get in touch with you tomorrow at 10am.", None, True),
    # A leak stopped is no cancellation; getting in touch with no time, or in the past, is no promise.
    ("We stopped the leak.", None, False),
    ("Dr. Patel will get in touch with you soon.", None, False),
    ("La Sra. Benavides se puso en contacto con usted el 20 de noviembre a las 10.", None, False),
])
def test_stopped_for_good_and_getting_in_touch(text: str, actions: list[ActionSpec] | None, accepted: bool) -> None:
    result = _judged(text, actions)
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "actions", "accepted"), [
    # A fee with its sum and a word before it, taken off, is the bill put right; a review call set up for a day is a
    # meeting booked, no promise to look.
    ("Aye, fair enough, Hamish - that reminder shouldnae have gone out. I've taken the £12 late fee off and put a £12 "
     "goodwill credit on as well.",
     [_action("credit", "2026-11-26", amount="12", currency="GBP"),
      _action("correction", "2026-11-26", description="late payment fee removed")], True),
    ("Hi Fatima, I've set up the post-incident review call for Wednesday 2 December, 11:00-12:00 GMT. Our CTO, Adam "
     "Rhodes, will lead it; invite is in your inbox.", None, True),
    # Reviewing is still looking.
    ("We'll review your account and call you.", None, False),
    ("Revisaremos su caso en la reunión de revisión del lunes.", None, False),
])
def test_a_fee_taken_off_and_a_review_call_booked(text: str, actions: list[ActionSpec] | None, accepted: bool) -> None:
    result = _judged(text, actions)
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "actions", "accepted"), [
    # Found by a reviewer who had not read the code, around this session's readings: the customer asked to get in
    # touch; a delivery put back to a later day; a new or revised quote; money given back months ago with a pronoun,
    # an adjective or a noun ending like a participle near the month, or with an English "he".
    ("Please get in touch with Ms. Ruiz on Monday at 10am.", None, False),
    ("Le sugiero ponerse en contacto con la Sra. López mañana a las 10:00.", None, False),
    ("I've put your delivery back to 15 December.", [_action("correction", "2026-11-26")], False),
    ("We've set your installation back to 9 December because of the backlog.", [_action("correction", "2026-11-26")],
     False),
    ("I've sent you a revised quote with the £50 labour charge removed.", None, True),
    ("We refunded you €25 in July.", None, False),
    ("In July we refunded €25.", None, False),
    ("Back in March I credited your account with $40.", None, False),
    ("We refunded the €25 for the damaged item in July.", None, False),
    ("Le reembolsamos 25 € del pedido en julio.", None, False),
    ("He refunded €25 in July.", None, False),
    # The month of what they paid, said with its own subject, stays theirs.
    ("We've credited the $42.60 you paid for it in Sept, Oct and Nov; you'll see the credit on your account now.", None,
     True),
])
def test_what_the_review_of_the_seventeenth_session_found(text: str, actions: list[ActionSpec] | None,
                                                          accepted: bool) -> None:
    result = _judged(text, actions)
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # "Dado que" gives a reason; nothing is given.
    ("Dado que el pago se hizo con su clave, no podemos revertir los 1.500 pesos.", "es",
     [_action("refund", "2026-11-26", amount="1500", currency="MXN")], False),
    ("Dada la demora, te abonamos hoy 15 € en la tarjeta.", "es", None, True),
    ("Ya le hemos dado de baja la línea hoy.", "es", None, True),
    # What a promise just before costs them is no day for it; a promise with its own day keeps it.
    ("Le vamos a enviar una plancha nueva con la mensajería y se llevan la dañada. No paga nada.", "es",
     [_action("replacement", "2026-11-30")], False),
    ("Le enviamos una plancha nueva el lunes 30 con la mensajería. No paga nada.", "es",
     [_action("replacement", "2026-11-30")], True),
    ("Véngase el sábado a las 10 y el técnico le cambia la junta. Sin costo, eso corre por nuestra cuenta.", "es",
     [_action("repair_visit", "2026-11-28")], True),
    # A "headline" that is the subject of its own verb is what happens to such things, not what we did.
    ("Orders cancelled after dispatch are charged a $12 restocking fee, so we can't refund it.", "en",
     [_action("refund", "2026-11-26", amount="12", currency="USD")], False),
    ("Tickets refunded within 24 hours of the show incur a £3 fee.", "en", None, False),
    ("Order cancelled, and the $40 is back on your card today.", "en", None, True),
    ("Plan cancelled & your $25 is on its way back to your card.", "en",
     [_action("cancellation", "2026-11-26"), _action("refund", "2026-11-26", amount="25", currency="USD")], True),
    # Effort in the past is no promise, whatever its day.
    ("Thanks for bearing with us while our engineers worked to restore the line on Monday.", "en", None, False),
    # Taken off what they get back is a charge.
    ("A £6 handling charge is deducted from all refunds on opened items.", "en", None, False),
    ("I've deducted £6 from your December bill.", "en", None, True),
    # What the file shows is history, unless done today.
    ("Nuestros registros indican que el 10/11 le abonamos 35 € en la cuenta.", "es", None, False),
    ("Según nuestros registros, los Bs 450 ya fueron devueltos a su cuenta el 12/11 a las 9:15. No hay saldo "
     "pendiente.", "es", None, False),
    ("Our records show you were charged twice, so I've refunded the £40 today.", "en", None, True),
    # One of ours on the road.
    ("On my way now, I'll be at yours by 4:15. Gav from Northside Plumbing", "en", None, True),
    ("Ya voy para allá, llego a tu casa sobre las 5. Ramiro, el técnico", "es", None, True),
    ("We're on our way to sorting this out.", "en", None, False),
    ("Vamos de camino a resolverlo.", "es", None, False),
    # A cheque in the post, with its sum, is money on its way; "the check is in the mail" alone is the old excuse.
    ("Your claim is approved for $2,300.00 and the check went out in today's mail to the address we have on file.",
     "en", [_action("refund", "2026-11-26", amount="2300", currency="USD")], True),
    ("The check is in the mail.", "en", None, False),
    # A charge named in three words, and a price given back, are the bill put right beside the money.
    ("I took the $85 carpet shampoo charge off your statement, so your deposit refund is $410.00, sent by direct "
     "deposit this morning.", "en",
     [_action("refund", "2026-11-26", amount="410", currency="USD"), _action("correction", "2026-11-26")], True),
    ("Te regresamos el paquete a 349 pesos como lo tenías y te acreditamos los 60 pesos que se te cobraron de más.",
     "es", [_action("correction", "2026-11-26"), _action("credit", "2026-11-26", amount="60", currency="MXN")], True),
    # Clearing a blockage mends it; clearing a balance needs money.
    ("Please be informed that the choke in the drain line will be cleared by our junior engineer Mr. Suresh Nair on "
     "Monday, 30.11.2026 between 9 AM and 12 PM. Rs. 250 has also been credited to your account.", "en",
     [_action("repair_visit", "2026-11-30", owner="Suresh"),
      _action("credit", "2026-11-26", amount="250", currency="INR")], True),
    ("We will clear the balance on Monday.", "en", None, False),
    # A credit applied elsewhere is not the day of the escalation; the owner's own sentence is.
    ("I've applied a £40 credit today. Priya from our network team is looking into the fault and will send you her "
     "report.", "en", [_action("credit", "2026-11-26", amount="40", currency="GBP"),
                       _action("escalation", "2026-12-03", owner="Priya")], False),
    ("I've applied a £40 credit today. Priya from our network team will call you on Thursday 3 December at 11.", "en",
     [_action("credit", "2026-11-26", amount="40", currency="GBP"), _action("escalation", "2026-12-03", owner="Priya")],
     True),
    # When we are open is no day for the money.
    ("Your refund is approved and we will be transferring the $120 to your account. Our team is available seven days "
     "a week, 8am to 8pm.", "en", [_action("refund", "2026-11-30", amount="120", currency="USD")], False),
    ("We will transfer the $120 to your account. It will be there by 6pm on Monday.", "en",
     [_action("refund", "2026-11-30", amount="120", currency="USD")], True),
    # Given out at the gate on the day, a delay told in hours, a field's label: the story, not a remedy.
    ("A £20 food voucher was handed out at the boarding gate on the night.", "en", None, False),
    ("I've refunded the £40 you were charged at the airport for the extra bag.", "en", None, True),
    ("Your flight was rescheduled by 3 hours because of the weather.", "en", None, False),
    ("Invoice total £1,200.00 Date credited: 12/11/2026", "en", None, False),
    # Passed on for a doctor to read is passing it on.
    ("I've passed your message along to Dr. Mensah so he can see it when he's back in on Monday.", "en", None, False),
    ("I've passed your case to Dr. Okafor and she will call you on Tuesday at 10.", "en", None, True),
    # Money left in their favour, with its sum, is a credit.
    ("Le dejamos Bs 350 a favor para su próxima estadía.", "es",
     [_action("credit", "2026-11-26", amount="350", currency="BOB")], True),
    # The owner's own sentence dates the escalation: what the call is for is no condition on it, and a pronoun a few
    # words in goes on about the one just named.
    ("Te devolvimos hoy $ 900 por la crema vencida. Carolina, la farmacéutica del local de Pocitos, te llama mañana "
     "para ver si tuviste alguna reacción.", "es",
     [_action("escalation", "2026-11-27", owner="Carolina"), _action("refund", "2026-11-26", amount="900",
                                                                      currency="UYU")], True),
    ("Te abonamos hoy 300 € de compensación. Nuria, nuestra jefa de sistemas, está preparando el informe de la caída. "
     "Te lo mandará ella misma el martes 1 de diciembre.", "es",
     [_action("credit", "2026-11-26", amount="300", currency="EUR"), _action("escalation", "2026-12-01", owner="Nuria")],
     True),
    # Paid at check-in, charged at a card terminal: no airport story.
    ("I have refunded your first night, $189.00, to the card you used at check-in.", "en",
     [_action("refund", "2026-11-26", amount="189", currency="USD")], True),
    ("Ya se te regresaron los $150 de la propina que se cobró dos veces en la terminal.", "es", None, True),
])
def test_what_the_eighteenth_session_read(text: str, language: str, actions: list[ActionSpec] | None,
                                               accepted: bool) -> None:
    result = _judged(text, actions, language)
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "accepted"), [
    # An adjustment in their favour, applied beside the charge it undoes, is money given back; a charge applied is
    # no remedy, and keeps the learned reader from accepting alone.
    ("Le aplicamos un ajuste a favor de $12.000 en la factura de diciembre por la recarga que se le cobró dos veces.",
     True),
    ("Se le aplicó un cargo de $35.900 en su factura.", False),
    # "Kindly expect" is no hedge: a named person's call at a stated time.
    ("Kindly expect a call from Harriet in our Bath office tomorrow between 10 and 11am to rebook your Lisbon flights.",
     True),
    # A sum left in their favour on their file is a credit, not a note.
    ("Te he dejado 15 € a favor en la ficha para la próxima visita.", True),
    # Not charging them yet is no remedy.
    ("We haven't charged you yet; the charge will appear on your next statement.", False),
    # What a statement or a tracking page shows, their own payment received and filed, a remedy refused: the learned
    # reader may not accept these alone, however sure it is.
    ("Hi Marco, your October statement shows a $45.00 plan fee and a $9.50 roaming charge dated 10/14. Your next "
     "cycle starts on December 3.", False),
    ("Hello, tracking number 1Z55A shows your order was delivered 11/23 at 4:05 PM and left at the side door.", False),
    ("Hola Inés, recibimos tu transferencia de $ 210.000 el 23/11/2026. Ya quedó aplicada a la factura "
     "B 0002-00001187.", False),
    ("Hi Tom, I've reviewed your file. Since the booking was not cancelled 24 hours ahead, the $60 late cancellation "
     "fee can't be refunded.", False),
    # A remedy done beside them still stands.
    ("Hi, I've refunded the $80 no-show fee to your card today; it can't be charged again.", True),
])
def test_what_the_eighteenth_session_read_alone(text: str, accepted: bool) -> None:
    result = _judged(text, None)
    assert result.accepted is accepted, codes(result)


_GBP40 = {"amount": "40", "currency": "GBP"}


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # Found by a reviewer who had not read the code, around this session's readings: a quoted line the mail program
    # wrapped; leaving the office or doubting the arrival; what we did about what the file shows; a charge in
    # someone else's favour or an infinitive after "dejamos"; a cheque sent weeks ago; a bill cleared beside a
    # blocked pipe; money available on a day; a call from a place; a purpose clause that holds a call.
    ("Hello Ravi,\n\nSorry for the trouble, we are checking with the warehouse.\n\nOn 24 Nov 2026, Ravi Patel wrote:\n"
     "> Your colleague told me on the phone that you had\nrefunded £40 to my card today, but nothing has arrived.\n"
     "> Please check.", "en", None, False),
    ("Voy saliendo de la oficina, mañana le escribo.", "es", None, False),
    ("Ya vamos saliendo, pero no sabemos si llegaremos hoy.", "es", None, False),
    ("On our way out of lockdown restrictions, our stores reopen on Monday.", "en", None, False),
    ("Ya voy saliendo, llego a las 2 y media.", "es", None, True),
    ("Our records show the charge was a duplicate, so I've refunded the £40 to your card.", "en", None, True),
    ("Según nuestros registros el cobro estaba duplicado, así que le devolvimos las 40 £ a su tarjeta.", "es", None,
     True),
    ("Le aplicamos un cargo de 40 £ a favor de la aseguradora.", "es", [_action("refund", "2026-11-26", **_GBP40)],
     False),
    ("Le dejamos 40 £ a favor de la compañía, que se cobrarán en la próxima factura.", "es",
     [_action("refund", "2026-11-26", **_GBP40)], False),
    ("Le dejamos pagar los Bs 480 a favor de su cuenta en dos cuotas.", "es", None, False),
    ("Your cheque for £40 went out in the mail on 2 November.", "en", [_action("refund", "2026-11-26", **_GBP40)],
     False),
    ("Because of the blocked pipe we will clear your £40 bill on Monday.", "en", [_action("repair_visit", "2026-11-30")],
     False),
    ("I have not charged your card, the £40 you see is only a pre-authorisation.", "en",
     [_action("refund", "2026-11-26", **_GBP40)], False),
    ("We will refund the £40 to your card. The money will be available by Monday 30 November.", "en", None, True),
    ("Te vamos a devolver las 40 £. Estarán disponibles en tu cuenta el lunes 30 de noviembre.", "es", None, True),
    ("There will be a call from Lisbon airport tomorrow at 10 about your bag.", "en", None, False),
    ("Kindly expect a call from Harriet tomorrow between 10 and 11am.", "en", None, True),
    ("Recibirá una llamada de Marta mañana a las 10 para revisar su caso.", "es", None, True),
    ("He pasado su caso a la Dra. Ruiz para que lo revise el martes y le llame antes de las 12.", "es", None, True),
])
def test_what_the_review_of_the_eighteenth_session_found(text: str, language: str, actions: list[ActionSpec] | None,
                                                         accepted: bool) -> None:
    result = _judged(text, actions, language)
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # A thing done weeks before, told with its day right after the verb, is the account's history (a day of the
    # future cannot be the day a thing was done: "11/03" is then the 3rd of November).
    ("Hi Priya, the refund of $42.10 for order 7731 was processed on 11/03, that covered the lamp.", "en", None, False),
    ("Estimada Sra. Ruiz, el reembolso de $310 ya se procesó el 05/11/2026 a su tarjeta.", "es", None, False),
    ("I've refunded the $42.10 you paid on 3 November to your card today.", "en", None, True),
    ("Te cambiamos la cita al jueves 3/12 a las 10:00 con la Dra. Paz, y los $4.500 de la consulta ya te los "
     "devolvimos.", "es", None, True),
    # Handed to someone on a day gone by: no promise of what comes next.
    ("Your parcel was handed to Blue Dart on 20 Nov 2026 at 3:40pm, AWB 55012.", "en", None, False),
    ("I've handed your claim to Laura Pérez, our claims manager, and she will call you on Monday at 10am.", "en", None,
     True),
    # "From today" after their call or chat is the day of it, not a rule that starts.
    ("Your chat from today has been noted on your file 88213.", "en", None, False),
    ("From today we read your meter by radio every month instead of estimating it.", "en", None, True),
    # Charges that came about are no remedy; a credit that did is one.
    ("Los cargos de 45,20 € se generaron con el roaming activado y se mantienen en su factura.", "es", None, False),
    ("Hemos generado un abono de 20 € en su próxima factura, el 1 de diciembre.", "es", None, True),
    # A period run out is nothing we cancelled.
    ("Your trial period ended on 24 November, so no more charges will be taken.", "en",
     [_action("cancellation", "2026-11-26")], False),
    ("Your subscription ended today as you asked, so no more charges will be taken.", "en",
     [_action("cancellation", "2026-11-26")], True),
    # Uruguay writes US dollars "U$S".
    ("Ya te devolvimos los U$S 40 a la tarjeta.", "es", [_action("refund", "2026-11-26", amount="40", currency="USD")],
     True),
    ("Ya te devolvimos los U$S 30 a la tarjeta.", "es", [_action("refund", "2026-11-26", amount="40", currency="USD")],
     False),
    # A person named by where they work, who rings or "te habla" at a stated time.
    ("Marta from the workshop rings you Friday at 11 about the new screen.", "en", None, True),
    ("el viernes a las 11 te habla Lupe del taller para lo del presupuesto.", "es", None, True),
    ("Marta from the workshop rings you Friday at 11 if the part comes in.", "en", None, False),
    # A question tagged on that asks nothing.
    ("La técnica Sole pasa el martes 1 a las 9 a cambiarle el router, ¿le parece?", "es", None, True),
    ("te reintegramos $4.500 por los días sin servicio, cachai? lo ves en 2 días en la tarjeta", "es", None, True),
    ("¿Le parece bien que lo revisemos?", "es", None, False),
    # A claim handed to a named person; a part fitted ("montar").
    ("He entregado su reclamación a Marina Gil, jefa de facturación. Le responderá como tarde el martes 1 de "
     "diciembre.", "es", [_action("escalation", "2026-12-01", owner="Marina Gil")], True),
    ("El recambio del termo ya está en tienda, el sábado se lo montamos.", "es", None, True),
    # The "not" of another verb, before "will", does not deny the promise.
    ("The $80 payment that did not go through will be refunded to your card on Tuesday 1 December.", "en",
     [_action("refund", "2026-12-01", amount="80", currency="USD")], True),
    ("The $80 refund will not be sent until the item is back.", "en", None, False),
    # A sum is no clock time and a share no day of the month: neither says when money comes back.
    ("Le devolveremos la diferencia de 2.340,00 € mediante transferencia a su cuenta.", "es",
     [_action("refund", "2026-11-30", amount="2340", currency="EUR")], False),
    ("Le devolveremos la diferencia de 2.340,00 € mediante transferencia el lunes 30.", "es",
     [_action("refund", "2026-11-30", amount="2340", currency="EUR")], True),
    ("Le vamos a reembolsar $380.00, el 60% de su pasaje, a la tarjeta.", "es",
     [_action("refund", "2026-11-30", amount="380", currency="USD")], False),
    ("Le vamos a reembolsar $380.00, el 60% de su pasaje, a la tarjeta el lunes 30.", "es",
     [_action("refund", "2026-11-30", amount="380", currency="USD")], True),
    ("Abierto de 9.30 a 13.30, el técnico le llama mañana de 10.15 a 11.", "es", None, True),
    # A month's bill named as "el abono de enero" says when; a range of figures is no date in an answer.
    ("Se le descontará el 30% del abono de enero por los cortes de esta semana.", "es", None, True),
    ("Guárdala a media carga, entre el 40 y el 60 %, en un sitio fresco.", "es",
     [_action("answer", "2026-11-26", description="se guarda al 40-60 % de carga en un sitio fresco")], True),
    # The day of their trouble, or a weekday gone by, is not when the remedy comes.
    ("Le aplicaremos un descuento de 20 € por la avería del pasado jueves.", "es",
     [_action("credit", "2026-11-30", amount="20", currency="EUR")], False),
    ("Por el apagón durante el partido del sábado se le abonarán S/ 25.00.", "es",
     [_action("credit", "2026-11-30", amount="25", currency="PEN")], False),
    ("Le aplicaremos un descuento de 20 € por la avería del pasado jueves, en la factura del 1 de diciembre.", "es",
     [_action("credit", "2026-12-01", amount="20", currency="EUR")], True),
    ("We'll credit $15 to your account on Monday for the outage.", "en",
     [_action("credit", "2026-11-30", amount="15", currency="USD")], True),
    ("Le devolveremos los 30 € el martes, como el martes pasado le dijimos.", "es",
     [_action("refund", "2026-12-01", amount="30", currency="EUR")], True),
    # Notice they gave is no deadline of ours.
    ("Since you gave us more than 24 hours' notice, the £40 deposit will be refunded to your card.", "en",
     [_action("refund", "2026-11-30", amount="40", currency="GBP")], False),
    ("The £40 deposit will be refunded to your card within 24 hours.", "en",
     [_action("refund", "2026-11-27", amount="40", currency="GBP")], True),
    # A new way of working said plainly from its own day, in its description's words, with no verb the tables hold;
    # not when it is hedged or names none of them.
    ("From the 1 December round we collect your bins from the back lane, not the street.", "en",
     [_action("process_change", "2026-12-01", description="bins collected from the back lane")], True),
    ("Desde la ruta del 1 de diciembre recogemos sus contenedores por el callejón, no por la calle.", "es",
     [_action("process_change", "2026-12-01", description="contenedores recogidos por el callejón")], True),
    ("From 1 Dec we restock the fresh fish counter twice a day, if staff allow.", "en",
     [_action("process_change", "2026-12-01", description="fish counter restocked twice a day")], False),
    # A sum that comes back to them is money given back; a person who comes back to them answers later.
    ("The unused deposit of $240 comes back to you by bank transfer on the 30th.", "en",
     [_action("refund", "2026-11-30", amount="240", currency="USD")], True),
    ("I'll come back to you on Monday.", "en", None, False),
    # The question named again as a lead-in, then pride, is no answer; the same lead-in before the answer is one.
    ("I've refunded the $30 to your card just now. About where our mugs are made, great question! We're proud of our "
     "makers.", "en", [_action("refund", "2026-11-26", amount="30", currency="USD"),
                       _action("answer", "2026-11-26", description="Where the mugs are made.")], False),
    ("I've refunded the $30 to your card just now. About where our mugs are made: they're thrown by hand in our Stoke "
     "workshop.", "en", [_action("refund", "2026-11-26", amount="30", currency="USD"),
                         _action("answer", "2026-11-26", description="Where the mugs are made.")], True),
    ("Te devolví los 30 € hoy. Sobre el origen de la lana, ¡qué buena pregunta! Estamos muy orgullosos de nuestras "
     "pastoras.", "es", [_action("refund", "2026-11-26", amount="30", currency="EUR"),
                         _action("answer", "2026-11-26", description="Origen de la lana.")], False),
    ("Te devolví los 30 € hoy. Sobre el origen de la lana: es merina de Extremadura, hilada en Béjar.", "es",
     [_action("refund", "2026-11-26", amount="30", currency="EUR"),
      _action("answer", "2026-11-26", description="Origen de la lana.")], True),
    # What we checked or reviewed, and assurances, answer nothing; checked baggage is an answer's words.
    ("Hi Leo, thanks for asking. I have checked the $12 charge from 3 November with our accounts team. Sorry for the "
     "worry.", "en", [_action("answer", "2026-11-26", description="The $12 is the paper statement fee")], False),
    ("Hi Leo, the $12 is the paper-statement fee: it's charged each month you get a posted bill.", "en",
     [_action("answer", "2026-11-26", description="The $12 is the paper statement fee")], True),
    ("Dear Customer, we have reviewed your account regarding the fees you queried and wish to assure you that every "
     "fee follows our published tariff.", "en",
     [_action("answer", "2026-11-26", description="explanation of the text alert fee")], False),
    ("Your baby may bring 10 kg of checked baggage and a folding pushchair, free of charge.", "en",
     [_action("answer", "2026-11-26", description="baggage allowance for a baby")], True),
])
def test_what_the_nineteenth_session_read(text: str, language: str, actions: list[ActionSpec] | None,
                                          accepted: bool) -> None:
    result = _judged(text, actions, language)
    assert result.accepted is accepted, codes(result)


@pytest.mark.parametrize(("text", "language", "actions", "accepted"), [
    # Found by a reviewer who had not read the code, around this session's readings: a refusal that opens with "No";
    # a credit note, a reversal or a reintegro "generated"; a real question ending in "le parece?"; a period ended at
    # their request; the day of the repair, not of the fault; a request filed ("montar una solicitud"); their
    # complaint of today; a sum in "de 45.00 dólares"; warning given; a word that is no name.
    ("No refund will be issued for the $40 booking fee on Monday 30 November.", "en",
     [_action("refund", "2026-11-30", amount="40", currency="USD")], False),
    ("No engineer will be sent out on Monday.", "en", None, False),
    ("Le generamos una nota de crédito por $3.200 por el cobro duplicado; la verá en su boleta de diciembre.", "es",
     None, True),
    ("Hemos generado el reintegro del cobro de $3.200; lo verá en 48 horas.", "es", None, True),
    ("Le devolvemos los 40 € o le cambiamos el equipo el lunes, ¿qué le parece?", "es", None, False),
    ("¿Pasamos el lunes a las 9 a cambiar el router, le parece?", "es", None, False),
    ("El técnico pasa el martes 1 a las 9 a cambiarle el router, ¿de acuerdo?", "es", None, True),
    ("Trial period ended today at your request, no more charges.", "en", [_action("cancellation", "2026-11-26")], True),
    ("An engineer will repair the fault on Monday.", "en", None, True),
    ("Le abonaremos 15 € por la caída del servicio del martes.", "es",
     [_action("credit", "2026-11-30", amount="15", currency="EUR")], False),
    ("Ya le montamos la orden de servicio número 88213.", "es", None, False),
    ("Your complaint from today has been noted on your file 88213.", "en", None, False),
    ("Su reclamación ha sido entregada a Marina Gil, jefa de facturación, que le responderá como tarde el martes 1 "
     "de diciembre.", "es", [_action("escalation", "2026-12-01", owner="Marina Gil")], True),
    ("Le devolveremos la diferencia de 45.00 dólares a su tarjeta.", "es",
     [_action("refund", "2026-11-30", amount="45", currency="USD")], False),
    ("As you gave us 2 days' warning, the $40 deposit will be refunded to your card.", "en",
     [_action("refund", "2026-11-30", amount="40", currency="USD")], False),
    ("Someone from the workshop rings you Friday at 11 about the screen.", "en", None, False),
])
def test_what_the_review_of_the_nineteenth_session_found(text: str, language: str,
                                                         actions: list[ActionSpec] | None, accepted: bool) -> None:
    result = _judged(text, actions, language)
    assert result.accepted is accepted, codes(result)
