"""The gate over the team's corpus of replies, in English and Spanish."""

from __future__ import annotations

import json
import subprocess
from datetime import date
import sys
from pathlib import Path

import pytest
import yaml

from workstation.resolution.gate import check_text

#: The team's corpus speaks of dates in November 2026 as still to come.
WRITTEN_ON = date(2026, 11, 10)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
CORPUS = {lang: yaml.safe_load((HERE / f"corpus_{lang}.yaml").read_text(encoding="utf-8")) for lang in ("en", "es")}


def _cases(verdict: str) -> list[tuple[str, str]]:
    return [(lang, text) for lang, corpus in CORPUS.items() for text in corpus[verdict]]


def test_corpus_is_large_enough() -> None:
    for corpus in CORPUS.values():
        assert len(corpus["accept"]) + len(corpus["refuse"]) >= 60


@pytest.mark.parametrize(("lang", "text"), _cases("accept"))
def test_concrete_replies_pass(lang: str, text: str) -> None:
    result = check_text(text, today=WRITTEN_ON)
    assert result.accepted, result.reasons


@pytest.mark.parametrize(("lang", "text"), _cases("refuse"))
def test_apology_flattery_and_vague_replies_are_refused(lang: str, text: str) -> None:
    result = check_text(text, today=WRITTEN_ON)
    assert not result.accepted
    assert result.reasons and all(reason.endswith(".") for reason in result.reasons)


def test_flagged_spans_point_at_the_phrases() -> None:
    text = "Lamentamos las molestias. Sus comentarios son muy valiosos y lo revisaremos lo antes posible."
    result = check_text(text)
    kinds = {(f.kind, text[f.start:f.end]) for f in result.flagged}
    assert ("apology", "Lamentamos las molestias") in kinds
    assert ("flattery", "Sus comentarios son muy valiosos") in kinds
    assert ("vague", "lo antes posible") in kinds
    assert any("lo antes posible" in reason for reason in result.reasons)


def test_an_apology_beside_an_action_is_fine() -> None:
    result = check_text("We apologize for any inconvenience. We have refunded 30.00 EUR to your card.")
    assert result.accepted
    assert [f.kind for f in result.flagged] == ["apology"]


def test_a_refund_needs_an_amount() -> None:
    result = check_text("We will refund you on Friday.")
    assert not result.accepted
    assert any("amount" in reason for reason in result.reasons)


def test_supervisor_lexicon_extends_the_shipped_one(tmp_path: Path) -> None:
    text = "Rest assured, your ticket is in good hands."
    assert check_text(text).flagged == []
    (tmp_path / "house.yaml").write_text('flattery:\n  - "rest assured"\n', encoding="utf-8")
    extended = check_text(text, extra_lexicons=(tmp_path,))
    assert [f.text for f in extended.flagged] == ["Rest assured"]


def test_check_reply_command_prints_json(tmp_path: Path) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text("Sentimos las molestias, estamos revisando su caso.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "workstation", "--data-dir", str(tmp_path), "check-reply",
                             str(reply)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout)
    assert set(verdict) == {"accepted", "reasons", "flagged"}
    assert verdict["accepted"] is False
    assert {f["kind"] for f in verdict["flagged"]} == {"apology", "vague"}
    assert all(set(f) == {"start", "end", "kind", "text"} for f in verdict["flagged"])


@pytest.mark.parametrize(("text", "accepted"), [
    ("hey soz about that, refunded ur booking fee £4.50 just now", True),
    ("We'll have the new radiator fitted on Tuesday 1 December, no charge.", True),
    ("You're off our marketing list now, no more calls.", True),
    ("El cargo de 12.000 pesos no correspondía. Ya se lo devolvimos a la tarjeta.", True),
    ("Le hemos cambiado la habitación a la 214, con vista al jardín.", True),
    ("Ya te hemos cambiado la batería del mando, sin cargo.", True),
    ("Your complaint about the double charge is now with Marta Quinn, our billing lead. She'll call you by 4pm "
     "tomorrow.", True),
    ("Our mechanic is booked to come to your house on Monday 30 November at 9am.", True),
    ("En diez minutos sube un técnico a revisar la calefacción de su habitación.", True),
    # A word that is no person before the one who is: "con SSO de tu organización a Marco Bellini".
    ("Pasé los cortes de la VPN con IPsec de su oficina a Lorena Quiroga, jefa de redes. Mañana a las 10 los "
     "llama.", True),
    ("Your parcel is now with Royal Mail and should arrive next week.", False),
    ("Our mechanic might be able to come on Monday if a slot opens.", False),
    ("Si hay disponibilidad, pasa un técnico el lunes.", False),
    ("The technician is booked solid this week, so we can't send anyone.", False),
    ("I've escalated the fee to our Head of Billing, Priya Nair. She emails you the reversal by noon on Monday.",
     True),
    ("A goodwill credit of Rs. 500 has been added to your account today.", True),
    ("Te hemos activado 10 GB extra sin coste hasta fin de mes.", True),
    ("Se procedió con la baja de su segunda línea el día de hoy.", True),
    ("Se abonaron 89,90 € a su cuenta por el cargo duplicado del 2 de noviembre.", True),
    # ...but a transfer the customer ordered, sent on a day gone by, is a past fact.
    ("La transferencia de 1.500,00 € se emitió el 3 de noviembre; le rogamos esperar unos días.", False),
    ("Ya está: te hemos quitado la clase de los martes y el recibo de diciembre baja a 34 €.", True),
    ("Your bill drops to £40 once the promotion ends.", False),
    ("El reclamo lo tiene ahora Gustavo Ferreyra, jefe de taller. Hoy a las 17 hs la llama él.", True),
    ("The crew will be on your street by 6pm tonight to replace the pole.", True),
    ("Repair guy is in Monday morning to fix the treadmill.", True),
    ("Done – your direct debit now comes out on the 5th of each month instead of the 28th.", True),
    ("Ya consta en su historia clínica la alergia a la penicilina.", True),
    ("Ya consta en su expediente la queja que presentó.", False),
    ("Desde esta semana te llega un SMS cada vez que una tienda adhiere un débito nuevo, para que puedas rechazarlo.",
     True),
    ("From Monday we text every patient when the clinic runs more than 15 minutes late, so they can wait "
     "elsewhere.", True),
    ("It has already been applied: your December invoice will be $1,350 instead of $1,500.", True),
    ("I've authorised the builder, Kestrel Repairs, to start on the kitchen ceiling on Tuesday 1 December.", True),
    ("If the claim goes through, we'd authorise the builder to start in the new year.", False),
    # One of ours on the way, in the present for the near future.
    ("The part arrived and the tech is putting it in on Saturday morning.", True),
    ("Our driver brings the right size back tomorrow before 1pm.", True),
    ("The driver usually comes on Tuesdays.", False),
    ("Our driver comes by your area on Mondays.", False),
    ("As per your request, a goodwill credit of Rs. 350 has been added to your account.", True),
    ("As per your request, your complaint has been registered.", False),
    ("Ya hemos cambiado a Lucía al grupo de inglés de las 17:00; empieza el lunes 30.", True),
    ("Sorry about the cold pizza - tonight's order is on us, the code's in your account.", True),
    ("If you order again this week, the delivery is on us.", False),
    ("Ya te dejamos el late check-out hasta las 16 el domingo, sin cargo.", True),
    ("Te dejamos un postre gratis si vuelves.", False),
    ("Le confirmamos la cita de control con el Dr. Ortiz para el jueves 3 de diciembre a las 10:20.", True),
    ("Si lo desea, le confirmamos la cita para el jueves.", False),
    ("Igual le respetamos la tasa anterior de 6,1% por los 6 meses.", True),
    ("Mañana, entre las 8 y las 17, la transportadora pasa a recoger la chaqueta a su dirección.", True),
    ("Se procedió con el reembolso de 20 € hoy.", True),
    ("Procedemos a la baja de su línea el lunes 30 de noviembre.", True),
    ("Procedemos a la baja de su línea.", False),  # still to come, and no day
    # A headline: the thing, then what we did to it.
    ("Booking cancelled and the £60 deposit is back on your card.", True),
    ("Suscripción anulada desde hoy, no se le cobra diciembre.", True),
    ("Ticket cancelled.", False),
    ("Order cancelled if the payment fails again.", False),
    # "30 minutes before he arrives" is how he warns, not when he comes.
    ("We'll send an engineer out to fix the line. He'll ring 30 minutes before he arrives.", False),
    # A rule in force from a day on, told as what now happens, is a change of process.
    ("From this week the night porter walks every corridor at 2am and signs the room sheet.", True),
    ("Desde esta semana el conserje revisa cada pasillo a las 2 y firma la hoja de control.", True),
    # ...but not a wish, an offer to the customer, or a forecast.
    ("From this week we'll try to call customers back within the day.", False),
    ("From next week you can book your table online.", False),
    ("From tomorrow deliveries may arrive a day late because of the strike.", False),
    ("A partir de mañana los pedidos podrían llegar con un día de retraso por la huelga.", False),
    # What we did to something of the customer's, though no list names it; a ticket or notes are only written.
    ("Ya le activamos la tarjeta nueva, puede usarla desde hoy.", True),
    ("Hemos incluido a su marido como conductor en la póliza.", True),
    ("We've switched your tariff to the off-peak one.", True),
    ("I've updated your ticket with the photos.", False),
    ("Hemos actualizado su expediente con las fotos.", False),
    # One of ours sent, at a stated time, to mend something; but not an effort or a maybe.
    ("A plumber from our list calls round Thursday between 2 and 4 to fix the leak.", True),
    ("El jueves de 9 a 11 se pasa un electricista para cambiar el enchufe.", True),
    ("Our team is working to restore the service by 6pm.", False),
    ("Un técnico podría pasar el jueves a las 10 para cambiar el router.", False),
    # Named, then the call: across "and", by email, "after" a time.
    ("Our Head of Sales, Ana Ruiz, has your letter and will ring you on Friday at 10.", True),
    ("I've passed this to Tomás Vidal, who will email you tomorrow by noon.", True),
    ("Our manager, Joan Pérez, will phone you Thursday after 4 to go through the bill.", True),
    ("We've emailed you a prepaid label and the 9s ship on Monday.", True),
    # The day a charge was taken is not when we acted; money given back is a remedy whenever it was.
    ("I've removed the £18 admin fee charged on 2 November.", True),
    ("The refund of $75 was paid into your account on 5 November.", True),
    ("You paid $75 into your account on 5 November.", False),
    ("Ya se le devolvió la consulta de $40 a su tarjeta.", True),
    ("Ya se registró la consulta de su hijo.", False),
    # A maybe is no promise, and a noun after an article is no verb ("la visita", "la agenda").
    ("Quizás pase un técnico el lunes 30 por la mañana.", False),
    ("Perhaps we can send the engineer on Monday at 9.", False),
    ("Apuntado: prefiere cambiar la visita del técnico al jueves.", False),
    ("Según la agenda del técnico, el lunes 30 hay huecos.", False),
    # A charge we will not take, struck off, written off or knocked off; a bill at $0 is a result, not nothing.
    ("La revisión del jueves no te la cobramos.", True),
    ("Si es culpa nuestra, no se lo cobramos.", False),
    ("Admin fee of £12 removed, your balance is back to £30.", True),
    ("Sorry about the delayed parcels, it has been a busy week.", False),
    ("Devolución por pedido cancelado 4471", False),
    ("I've written off the £35 missed-appointment charge.", True),
    ("I wrote to you last week about the charge.", False),
    ("We'll knock the December fee off, so your next bill comes to $0.", True),
    # Done and ready; days given in kind; an appointment given; another room; a few minutes away.
    ("El cambio de titular quedó listo esta mañana.", True),
    ("Te sumamos 3 días de suscripción por la caída del lunes.", True),
    ("Recibirá una respuesta dentro de 15 días hábiles.", False),
    ("Le dimos hora con la dermatóloga el jueves 12 a las 9:40.", True),
    ("Ya la pasamos a la 412, con vistas al mar.", True),
    ("Our driver is heading back to you with the drinks now, about 20 min.", True),
    # "así que" is "so", not a relative clause describing the money.
    ("El asiento que pagó no se lo respetaron, así que se le devolvieron los $89.400 a su tarjeta.", True),
    ("Los $35.000 que se le descontaron figuran en su estado de cuenta.", False),
    # "charged as the annual fee" says what it was charged as, no reason; a mark taken off a record is put right.
    ("The Rs. 590 charged as the annual fee has been credited back to your card today.", True),
    ("As you cancelled late, the fee was charged.", False),
    ("We took the late-cancellation mark off your record.", True),
    ("Ya lo sacamos de tu plan.", True),
    ("We took your details from the form.", False),
    # A headline may open a clause as well as the sentence.
    ("Hi Priya, booking cancelled and the full £86.00 refunded to your card.", True),
    ("Hola Ana: pedido anulado y los 49,90 € devueltos a tu tarjeta.", True),
    ("Hi Priya, if the flight is cancelled, the fare refunded is yours to claim.", False),
    ("Listo, anulada la matrícula y te devolvimos los 35 verdes por transferencia.", True),
    ("Hecho hoy: contrato dado de baja sin penalización.", True),
    ("Ya te hemos sacado del listado de morosos.", True),
    ("La tarjeta nueva podrá retirarla en su oficina a partir del lunes 16.", True),
    # A reversal by its noun; an appointment brought forward; another room; a night not charged.
    ("Hoy se ha realizado el extorno de S/ 40.00 a su cuenta de ahorros.", True),
    ("Te adelantamos la consulta de Lucía para el jueves 12 a las 9:30.", True),
    ("Ya lo pasamos a una habitación interior y la noche de hoy no se le cobra.", True),
    # Someone named in the sentence before who receives them at a stated time; the courier named before.
    ("Hablé con la Sra. Ortega, la coordinadora. Ella les recibirá el martes 17 a las 16:00.", True),
    ("Hablé con la Sra. Ortega, la coordinadora. Ella les recibirá cuando tenga un hueco.", False),
    ("El repartidor dejó el paquete en el portal de al lado. Esta tarde vuelve a buscarlo antes de las 18.", True),
    # An apology that tells what went wrong; a wait asked for; what someone knows, told back.
    ("I'm so sorry the 9:15 ferry was cancelled at such short notice.", False),
    ("I'm sorry we cancelled your booking without warning.", False),
    ("Sorry about the mix-up, we've cancelled the second order and refunded the £14.", True),
    ("Siento que se haya cancelado tu clase; te hemos devuelto los 12 € hoy.", True),
    ("Couriers are flat out this week, so please bear with us, your parcel is on its way.", False),
    ("En la oficina ya saben que en tu zona llega el agua turbia desde el martes.", False),
    ("We can see the £64.50 was sent back from our end on Friday; any delay now is with your card issuer.", False),
    ("I can see your deposit was returned by us last week, so please check with your bank.", False),
    # "se la" for "le la"; a record put right; an appointment kept by a named person; a payment app; a rule from now.
    ("Tu tostadora está en garantía y ya se la cambiamos por una nueva.", True),
    ("Sorry, that strike was our error. It's been deleted from your driving record.", True),
    ("Nurse Amara will see you on Monday at 10:15 to redo the dressing.", True),
    ("Dr Lowe will see you when a slot opens up.", False),
    ("Ya te hicimos el Bizum de los 18 € de la clase que se suspendió.", True),
    ("Y a partir de ya, cada pedido sale revisado por dos personas antes de cerrarse la caja.", True),
    ("El check-in es a partir de las 14 h y el late check-out depende de la ocupación.", False),
    ("En la mensualidad de enero se le descuentan 20 € por las clases perdidas.", True),
    # An amount as the headline; a balance zeroed; money sent to their account by pronoun; a trade booked; something
    # set aside for them; a grade put right; a tanker's round; what was sent today, told in a relative clause.
    ("Quick update Ana - A$76.40 refunded to your card just now.", True),
    ("We've zeroed out the $95 balance and cancelled the reminder letter.", True),
    ("Your bond came back from the board, and I paid it into your Revolut account this morning.", True),
    ("The glazier is booked for Thursday at 8am to replace the cracked pane.", True),
    ("We've got a loan bike for you at the counter, ready from 9 tomorrow.", True),
    ("We've got a lot of bikes in for repair this week, sorry for the wait.", False),
    ("La seña de $80.000 no se usó: hoy mismo te la transferimos al CBU que nos pasaste.", True),
    ("La nota de Tomás ya se corrigió a 16 en el acta.", True),
    ("La cisterna pasa por su manzana mañana a las 8:00 y otra vez a las 16:00.", True),
    ("Le confirmamos la indemnización de 820 €, que se le ha transferido hoy a su cuenta.", True),
    # A "never" that belongs to another verb; how it came about is no hollow subject; "estás dado de baja".
    ("The gym membership that was never activated has been cancelled, as you asked.", True),
    ("Conforme a su solicitud, la inscripción al curso de diciembre ha sido anulada sin ningún cargo.", True),
    ("Ya estás dada de baja del gimnasio y no se te cobra diciembre.", True),
    ("Todavía no estás dado de baja: falta que firmes el formulario.", False),
    # A rule their complaint brought about, from a day; a price rise announced is none.
    ("A raíz de tu queja, desde el lunes 30 las clases canceladas se avisan por WhatsApp con un día de antelación.",
     True),
    ("From 1 January all our membership fees go up by 4%, as announced in the newsletter.", False),
    ("A partir del 1 de enero las cuotas suben un 4 % para todos los socios.", False),
    # A late fee taken off; a contract ended; parts already changed, named by a pronoun.
    ("Se le ha quitado la multa de 20 € del recibo de noviembre.", True),
    ("As you're moving abroad, we've ended your contract today with no break fee.", True),
    ("The call ended before I could note your details.", False),
    ("Ya las cambiamos: pastillas y discos nuevos, sin cargo.", True),
    # A title and surname who acts; a past date of the charge beside the promise's own window; an amount without
    # its currency right after the verb.
    ("Dr Osei will ring you at 4:15 this afternoon about the bill.", True),
    ("Hi Mr Grant, Dr Osei, our clinical lead, has your letter and will ring you tomorrow at 10am.", True),
    ("The duplicate charge from 3 November will be refunded to your card within 48 hours.", True),
    ("refunded the 6.50 to ur card just now, sorry!", True),
    ("Dear Mr Grant, thank you for your letter about the bill.", False),
    # A firm day in the next sentence, with only the length of the job given roughly.
    ("Te cambiamos la batería sin coste. Ven mañana viernes a las 10 y en media hora aproximadamente la tienes.", True),
    # Done again to put it right; a mark removed from a file; days credited in kind; the bill of a month as when.
    ("The loose panel has been re-bolted and the car is ready to collect.", True),
    ("We have removed the late-payment marker from your credit file.", True),
    ("Hoy se le acreditaron 4 días de servicio a su plan.", True),
    ("Se le aplicará una compensación de $9.800 que verá descontada en su boleta de diciembre.", True),
    ("Le conseguimos la cita con la dermatóloga para el lunes 16 a las 11:00.", True),
    ("El revisor irá el miércoles 18 por la mañana a precintar de nuevo el contador.", True),
    # Logged with a number is bookkeeping, not money paid in.
    ("Tu desconocimiento de la compra por $ 45.000 fue ingresado con el número 5512.", False),
    # Verbs whose stem changes ("atiende", "cierra"); someone sent within a deadline; a table kept for them.
    ("La coordinadora, profesora Inés Mora, la atiende el miércoles 11 a las 7:30 para revisar la nota.", True),
    ("Maintenance are coming up to your room within the next half hour to fix the shower.", True),
    ("Maintenance might come up within the next half hour to look at the shower.", False),
    ("Ya os hemos reservado mesa para 4 el sábado 14 a las 21:30, invita la casa.", True),
    ("Te esperamos mañana jueves a las 8:40 en la planta 2 para la resonancia.", True),
    ("Te esperamos cuando quieras.", False),
])
def test_everyday_ways_of_saying_it_was_done(text: str, accepted: bool) -> None:
    assert check_text(text, today=WRITTEN_ON).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # A named person who calls the customer at a day and an hour: the complaint has an owner and a time.
    ("Hi Tom, I've asked Nurse Bell, who runs our day ward, to ring you tomorrow at 2pm about the dressing.", True),
    # No one named, no time, or only if: nothing is owned.
    ("Hi Tom, I've asked our day ward to ring you tomorrow at 2pm about the dressing.", False),
    ("Hi Tom, I've asked Nurse Bell, who runs our day ward, to ring you about the dressing.", False),
    ("Hi Tom, I've asked Nurse Bell, who runs our day ward, to ring you tomorrow at 2pm if the results are in.", False),
])
def test_a_named_person_who_calls_them_at_a_time(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize("text", ["El envío de 8,95 ya os lo hemos devuelto.",
                                  "Marta, te hemos devuelto los 14,60 de la entrada esta mañana."])
def test_a_sum_without_its_currency_is_the_amount_given_back(text: str) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # A fix told as a headline: the thing, and what was done to it.
    ("Hola Nerea: pedido 7781 anulado, no se te cobrará nada.", True),
    ("Hi Jo, booking ref KX-22 cancelled as you asked.", True),
    # The complaint told back, or a participle before its noun: nothing done.
    ("Tu pedido cancelado sin aviso es un problema que entendemos.", False),
    ("Thanks for your patience with the cancelled class on Monday.", False),
])
def test_a_fix_told_as_a_headline(text: str, accepted: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # Why we acted, a time in the past, or whenever the customer likes: none of them a condition on what we did.
    ("Hi Dana, after your complaint we've stopped stacking chairs in the fire exit; the corridor is clear from today.", True),
    ("After your feedback, our drivers now ring the bell and wait two minutes before leaving a card.", True),
    ("When you came in on Monday the scanner was down; since then we've added a second one at the front desk.", True),
    ("Hola Rocío, ya te cambiamos la cerradura del trastero; pasá a buscar la llave nueva cuando quieras.", True),
    # A time still to come, or a step the customer must take first: conditions still.
    ("Hi Dana, after your return arrives we'll refund the £40.", False),
    ("When you come in on Monday we'll look at adding a second scanner.", False),
    ("Hola Rocío, te cambiamos la cerradura cuando nos mandes el contrato.", False),
])
def test_why_we_acted_is_no_condition(text: str, accepted: bool) -> None:
    assert check_text(text, today=WRITTEN_ON).accepted is accepted


@pytest.mark.parametrize("text", [
    # Not showing on a bill is no charge; a stair ("escalera") is no escalation; "ya no hay que" is no advice.
    "Hi Ben, the second line is shut off now and won't appear on your next bill.",
    "Hemos puesto una barandilla en la escalera del portal; ya no hay que agarrarse a la pared.",
])
def test_words_that_only_look_wary(text: str) -> None:
    assert check_text(text, today=WRITTEN_ON).accepted


@pytest.mark.parametrize("text", [
    # A note kept on their file tells whoever reads it and does nothing; how late a flight came is their complaint.
    "We've put a note on your account that the gate code is 4471.",
    "Hemos dejado una nota en su ficha para que no le llamen por las mañanas.",
    "Your train from Leeds on 19 November arrived 52 minutes late.",
    "El autobús de las 7:15 salió con 25 minutos de retraso el martes.",
])
def test_a_note_on_their_file_or_how_late_it_came_commits_to_nothing(text: str) -> None:
    assert not check_text(text, today=WRITTEN_ON).accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # What the customer can now do with a thing we did, a visit to look at a thing, lab studies: no wary words.
    ("Buenos días Sr. Peña, la Dra. Vidal ya vio sus estudios de sangre: todo normal, no hace falta repetirlos.", True),
    ("Doña Rosa, mañana a las 9 le revisamos de nuevo la caldera sin costo, déjenos la llave en portería.", True),
    ("Hola Pili, tu abrigo ya está en la tienda de Gran Vía, lo puedes recoger hoy hasta las 9.", True),
    ("Hi Mo, your jacket's at our King St branch now; you can collect it today until 8pm.", True),
    # What they must do to get it, options looked at, a case studied: still nothing done.
    ("Hola Pili, puedes solicitar el arreglo del abrigo en cualquier tienda presentando el ticket.", False),
    ("Doña Rosa, mañana a las 9 revisamos las opciones para la caldera y le decimos algo.", False),
    ("Hola Pilar, estamos estudiando tu caso con el taller.", False),
])
def test_what_they_can_now_do_and_a_look_at_a_thing(text: str, accepted: bool) -> None:
    assert check_text(text, today=WRITTEN_ON).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # A look already taken, told with what it found, is no promise to look; whether it answers them is the learned
    # reader's to say. (It accepted "Sra. Ortiz, el Dr. Gil revisó sus análisis de orina y salieron normales; no
    # necesita otra cita." until its retrains on 27 November, which read it at 0.89, under its bar of 0.9; answers
    # on their text alone are outside issue 16's targets.)
    # A look still going on or to come, or one that found nothing for them, does not.
    ("Sra. Ortiz, el Dr. Gil está revisando sus análisis y le diremos algo.", False),
    ("Hi Mr Amos, we've checked your account and the charge stands.", False),
    ("Hi Mr Amos, Dr Shah will review your scan when it arrives.", False),
])
def test_a_look_taken_and_what_it_found(text: str, accepted: bool) -> None:
    assert check_text(text, today=WRITTEN_ON).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # What should follow a thing on its way, an excess taken "after", why we changed a rule ("tras lo ocurrido").
    ("Your missing chips are on their way now, should be 15 mins, no charge.", True),
    ("Hi Mrs Kaur, your claim is approved - $1,900 went into your account this afternoon, after the $200 excess.", True),
    ("Estimada apoderada, tras lo ocurrido en la salida del día 19, a partir del lunes 30 ningún alumno sale sin que el "
     "inspector vea la credencial.", True),
    # A hope, a time still open, what they must do, a promise to tell: nothing done.
    ("Your new number should be working by Friday, we hope.", False),
    ("Hi Ola, your number should be working soon.", False),
    ("Sr. Ibáñez, tiene que presentar la reclamación en la web para que se le abone el recargo.", False),
    ("Le informaremos cuando su receta esté autorizada.", False),
    ("Your missing chips should be 15 mins if the driver is free.", False),
])
def test_what_follows_a_thing_on_its_way(text: str, accepted: bool) -> None:
    assert check_text(text, today=WRITTEN_ON).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # A question tagged on to a statement asks nothing: "¿vale?", "¿dale?", "ok?".
    ("Hola Bárbara, lo de la fianza lo revisa Paco, el jefe de base. Te escribe el lunes 30 antes de las 12 con la "
     "resolución, ¿vale?", True),
    ("Hola Sofi, te bonificamos $30.000 en la factura que sale el 1° de diciembre, ¿dale?", True),
    ("Hi Jo, the engineer's with you Saturday at 9 to fit the new boiler valve, ok?", True),
    # A real question, or a hedge with a tag, still commits to nothing.
    ("Hola Sofi, ¿te bonificamos $30.000 en la próxima factura?", False),
    ("Hi Jo, could the engineer come Saturday at 9, ok?", False),
])
def test_a_tag_question_asks_nothing(text: str, accepted: bool) -> None:
    assert check_text(text, today=WRITTEN_ON).accepted is accepted


@pytest.mark.parametrize(("text", "accepted"), [
    # A rule said to start on a day holds its own "if": when the new rule acts, no condition on doing it.
    ("Hi Ben, from this week reception texts every patient if the dentist is running more than 20 minutes late. Good "
     "call, it's done.", True),
    ("Hola Ale, gracias a tu comentario, desde hoy cada taza de la web indica si es apta para microondas. Ya está "
     "cambiado.", True),
    # A rule we may make, or could, is none.
    ("Hi Ben, from next week reception may text every patient if the dentist is running late. Good call.", False),
    ("Hola Ale, gracias a tu comentario, podríamos indicar en la web si cada taza es apta para microondas.", False),
])
def test_a_rule_said_to_start_holds_its_own_if(text: str, accepted: bool) -> None:
    assert check_text(text, today=WRITTEN_ON).accepted is accepted


#: Words read as people write them, each group with what sets it apart (27 November).
_READ_AS_WRITTEN = [
    # "its on us" typed without its apostrophe is still "it's on us".
    ("hey Luis, sorry the board wasnt ready. ive waxed it now and its on us.", True),
    ("Hi Luis, the wax is done and its on us, pick it up anytime.", True),
    # Its own: "its on the menu" gives nothing.
    ("hi Jo, the dessert was fine, its on the menu.", False),
    # What the customer paid, "via card", "con tarjeta": a fact of the past, nothing given back.
    ("Dear Sir, as per job card 4410, on 18/11 two tyres were fitted and balancing done. Invoice amount Rs. 9,200 was "
     "paid via card.", False),
    ("Estimado cliente: según la orden 4410, el 18/11 se montaron 2 llantas. El importe de $3,200.00 fue pagado con "
     "tarjeta.", False),
    # Paid back to them: money given back.
    ("Dear Sir, the Rs. 9,200 was paid back to your card today.", True),
    ("Estimado cliente: los $3,200.00 le fueron pagados hoy en su tarjeta.", True),
    # A thing put in place by us is a fix, whatever the reader makes of the rest.
    ("Hemos puesto una barandilla en la escalera del portal.", True),
    ("Hemos puesto un pasamanos en la rampa de la entrada.", True),
    # A note, a case or a reminder put somewhere is bookkeeping.
    ("Hemos puesto una nota en su expediente.", False),
    ("Hemos puesto un recordatorio en el sistema para su caso.", False),
    # Something set aside for them is done for them.
    ("Hola Xavier, te he reservado el ejemplar en letra grande; lo tienes en la biblioteca de Gràcia.", True),
    ("Hi Aled, I have reserved a copy for you at Llandeilo branch, ready from Monday.", True),
    # The right reserved is ours, and nothing is done.
    ("Hola Xavier, nos reservamos el derecho de no prestar ejemplares en letra grande.", False),
    ("Hi Aled, we reserve the right to limit large-print loans.", False),
    # "visits are": a plural noun, a policy of when visits usually happen, nobody visiting.
    ("Hi Ms. Dube, engineer visits are generally arranged within 3-5 business days of a service request. Thanks for "
     "bearing with us!", False),
    # "visits you": our engineer coming, on a day.
    ("Hi Ms. Dube, our engineer visits you on Tuesday 1 December at 9am.", True),
]


@pytest.mark.parametrize(("text", "concrete"), _READ_AS_WRITTEN)
def test_words_read_as_people_write_them(text: str, concrete: bool) -> None:
    assert check_text(text, today=date(2026, 11, 26)).accepted is concrete
