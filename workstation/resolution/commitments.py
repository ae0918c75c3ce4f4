"""Commitments in a reply's own text: who does what for the customer, whether it is done or promised.

A commitment is a verb that carries a remedy (refund, send, repair,
devolver, bonificar...) read with its surroundings:

* its tense and aspect, from its form and its auxiliaries: done ("we have
  refunded", "le he devuelto", "ya le transferimos", "has been credited"),
  promised ("we'll send", "se le bonificará", "vamos a cambiar"), or a present
  that stands for the near future only beside a specific time ("el técnico
  pasa el martes", "your modem goes out this afternoon");
* who acts: us (first person, impersonal or passive "se", a technician, a
  named colleague), or the customer ("you can request a refund", "puede
  rechazarlo"), which commits us to nothing;
* what it acts on: some verbs are remedies in themselves (refund, reparar),
  others only with money or a remedy named beside them ("we've put the €35
  back on your card", "ya le transferimos el importe", "hemos tramitado el
  abono");
* what takes it back: negation ("no es posible cancelar"), modality ("we
  might be able to", "podríamos"), a condition that governs it ("if it meets
  our policy", "una vez recibamos su devolución"), a question, advice to the
  customer ("le recomendamos esperar").

Each commitment carries the kinds of action it can state (a refund, a
credit...), which the gate matches against the structured actions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from workstation.resolution.morph import Form, Morphology, fold, morphology
from workstation.resolution.reading import (
    _MONTH_NUMBER,
    _MONTHS,
    Sentence,
    Token,
    days_named,
    has_deadline,
    has_future_date,
    has_past_date,
    has_past_time,
    has_specific_time,
    money,
    without_dates,
)

REFUND, CREDIT, REPLACEMENT, REPAIR, CORRECTION, CANCELLATION, PROCESS, ESCALATION = (
    "refund", "credit", "replacement", "repair_visit", "correction", "cancellation", "process_change", "escalation")
FIX = frozenset({REPAIR, CORRECTION})

# What a verb needs beside it to be a remedy:
#   "" nothing (a remedy in itself), "money" an amount or money named, "remedy" a remedy noun,
#   "agent" someone acting for us (a technician, a named person), "process" a process named,
#   "receipt" the customer gets a remedy.
_EN_VERBS: dict[str, tuple[frozenset[str], str]] = {}
_ES_VERBS: dict[str, tuple[frozenset[str], str]] = {}


def _add(table: dict[str, tuple[frozenset[str], str]], lemmas: str, kinds: set[str] | frozenset[str],
         need: str = "") -> None:
    for lemma in lemmas.split():
        table[lemma] = (frozenset(kinds), need)


_add(_EN_VERBS, "refund reimburse repay rebate", {REFUND})
_add(_EN_VERBS, "credit discount waive compensate deduct comp", {CREDIT})
_add(_EN_VERBS, "skip", {CREDIT}, "money")
_add(_EN_VERBS, "replace swap exchange resend reship rebook", {REPLACEMENT})
_add(_EN_VERBS, "repair mend install reconnect service fit", {REPAIR})
_add(_EN_VERBS, "fix resolve restore reactivate reinstate sort redo", FIX)
_add(_EN_VERBS, "reprint remake", {CORRECTION, REPLACEMENT})
_add(_EN_VERBS, "unlink", {CORRECTION})
_add(_EN_VERBS, "roll relabel correct amend revise prorate rectify unblock unlock unfreeze reprovision backdate lift reset rebill recalculate rerate "
               "regenerate resubmit refile zero", {CORRECTION})
_add(_EN_VERBS, "reissue", {CORRECTION, REFUND})
_add(_EN_VERBS, "reverse void", {CORRECTION, REFUND})
_add(_EN_VERBS, "cancel terminate deactivate disconnect end unsubscribe discontinue unenroll unenrol disenroll "
               "deregister kill skip", {CANCELLATION})
_add(_EN_VERBS, "withdraw", {CANCELLATION, CORRECTION})
_add(_EN_VERBS, "upgrade extend honour honor", {CREDIT})
_add(_EN_VERBS, "cover", {CREDIT}, "money")
_add(_EN_VERBS, "return transfer deposit pay put give remit wire release", {REFUND, CREDIT}, "money")
_add(_EN_VERBS, "take knock top write wipe", {CREDIT}, "money")
_add(_EN_VERBS, "adjust clear", {CREDIT, CORRECTION}, "money")
_add(_EN_VERBS, "add apply issue process approve authorise authorize raise arrange book schedule organise organize "
               "attach generate refit email make share provide reschedule rearrange initiate set reserve load submit resubmit lock deploy squeeze "
               "run lend loan order", set(),
     "remedy")
_add(_EN_VERBS, "send ship dispatch post courier mail deliver overnight express bring drop stick pop chuck reroute "
               "redirect redeliver",
     {REPLACEMENT}, "delivery")
_add(_EN_VERBS, "collect pick", {REPLACEMENT, REPAIR}, "delivery")
_add(_EN_VERBS, "go leave arrive reach land", {REPLACEMENT}, "moves")
_add(_EN_VERBS, "visit come attend drive head swing inspect", {REPAIR}, "agent")
_add(_EN_VERBS, "call phone telephone ring contact text speak write", {ESCALATION}, "named")
_add(_EN_VERBS, "handle own do meet respond reply", {ESCALATION}, "named")
_add(_EN_VERBS, "freeze pause change update migrate introduce implement train retrain remove delete erase stop close enable activate disable block flag brief renew "
               "instruct move relocate switch turn include", set(), "object")
_add(_EN_VERBS, "receive get see have find", set(), "receipt")

_add(_ES_VERBS, "reembolsar reintegrar restituir", {REFUND})
_add(_ES_VERBS, "bonificar descontar compensar condonar rebajar regalar exonerar eximir", {CREDIT})
_add(_ES_VERBS, "abonar", {REFUND, CREDIT})
_add(_ES_VERBS, "sustituir reemplazar reponer canjear reenviar reubicar", {REPLACEMENT})
_add(_ES_VERBS, "reparar instalar reconectar montar", {REPAIR})
_add(_ES_VERBS, "arreglar solucionar resolver restablecer reactivar restaurar reglar recuperar", FIX)
_add(_ES_VERBS, "reimprimir rehacer", {CORRECTION, REPLACEMENT})
_add(_ES_VERBS, "desvincular", {CORRECTION})
_add(_ES_VERBS, "reemitir timbrar retimbrar sentar migrar corregir rectificar regularizar prorratear desbloquear descongelar resetear recalcular refacturar reliquidar regenerar ajustar reexpedir", {CORRECTION})
_add(_ES_VERBS, "anular retroceder revertir", {CORRECTION, REFUND, CANCELLATION})
_add(_ES_VERBS, "reversar extornar", {CORRECTION, REFUND})
_add(_ES_VERBS, "liberar", {REFUND, CORRECTION}, "money")
_add(_ES_VERBS, "cancelar precancelar rescindir desactivar terminar desconectar desuscribir", {CANCELLATION})
_add(_ES_VERBS, "ampliar extender prorrogar", {CREDIT})
_add(_ES_VERBS, "cubrir asumir", {CREDIT}, "money")
_add(_ES_VERBS, "devolver regresar transferir ingresar depositar pagar reintegrar acreditar consignar girar liquidar", {REFUND},
     "money")
_add(_ES_VERBS, "sumar recargar sacar", {CREDIT}, "money")
_add(_ES_VERBS, "tramitar procesar gestionar emitir generar aprobar autorizar programar agendar reservar coordinar "
               "concertar adjuntar aplicar hacer dar preparar reprogramar realizar efectuar meter poner compartir facilitar "
               "iniciar dejar cargar ordenar prestar reprogramar reagendar ejecutar agregar anadir apartar conseguir", set(),
     "remedy")
_add(_ES_VERBS, "enviar mandar despachar remitir entregar llevar", {REPLACEMENT}, "delivery")
_add(_ES_VERBS, "recoger", {REPLACEMENT, REPAIR}, "delivery")
_add(_ES_VERBS, "salir llegar", {REPLACEMENT}, "moves")
_add(_ES_VERBS, "visitar pasar acudir ir venir subir bajar trabajar volver empezar comenzar", {REPAIR}, "agent")
_add(_ES_VERBS, "llamar contactar telefonear escribir comunicar marcar conectar", {ESCALATION}, "named")
_add(_ES_VERBS, "encargar ocupar atender reunir", {ESCALATION}, "named")
_add(_ES_VERBS, "cambiar", {REPLACEMENT}, "object")
_add(_ES_VERBS, "congelar pausar suspender bloquear modificar actualizar implantar implementar introducir incorporar formar capacitar eliminar borrar suprimir habilitar asignar quitar "
               "retirar cerrar activar mover trasladar incluir renovar", set(), "object")
_add(_ES_VERBS, "recibir ver tener contar", set(), "receipt")

#: Remedy nouns (folded), and the kinds they name.
_REMEDY_NOUNS: dict[str, frozenset[str]] = {}


def _nouns(words: str, kinds: set[str]) -> None:
    for word in words.split():
        _REMEDY_NOUNS[word] = frozenset(kinds)


_nouns("refund refunds reimbursement money reembolso reembolsos reintegro devolucion dinero importe monto plata",
       {REFUND})
_nouns("indemnizacion indemnity compensacion", {CREDIT, REFUND})
_nouns("extorno extornos reverso reversos reversion reversal reversals chargeback contracargo", {REFUND, CORRECTION})
_nouns("credit credits discount voucher vouchers coupon compensation goodwill giftcard bonificacion descuento "
       "vale cupon compensacion saldo credito gratis gratuito gratuita gratuitos gratuitas beca becas scholarship free waiver upgrade points puntos megas bono bonos avios "
       "miles millas gb minutes minutos",
       {CREDIT})
_nouns("abono abonos", {CREDIT, REFUND})
_nouns("cambio cambios", {REPLACEMENT, CORRECTION})
_nouns("replacement replacements new fresh another spare loaner label courier collection pickup rebooking "
       "sustitucion reposicion repuesto recambio reemplazo nuevo nueva nuevos nuevas otro otra etiqueta recogida "
       "cortesia mensajero mensajeria unidad delivery redelivery reenvio rental hire loaner courtesy sedan alquiler entrega "
       "recoleccion auto coche", {REPLACEMENT})
_nouns("reparado reparada repaired repair repairs fix hotfix bugfix assessor adjuster surveyor perito tasador technician engineer visit appointment patch fitter installer plumber electrician tech crew locksmith glazier roofer "
       "reparacion tecnico tecnica visita cita instalador operario fontanero electricista cuadrilla brigada installation "
       "instalacion", {REPAIR})
_nouns("ajuste ajustes adjustment amendment amendments correction corrected amended revised reissued recalculated adjusted correct correcta correcto correctas "
       "correctos recalculada recalculado ajustada ajustado rectificativa corregida corregido correccion rectificada "
       "rectificado rehecha rehecho reemitida reemitido", {CORRECTION})
_nouns("port portabilidad tarifa tariff", {CORRECTION})
_nouns("addon complemento", {CANCELLATION})  # ("add-on" is two tokens: the verb reads it, see "remove")
_nouns("reconnection reconexion reactivation reactivacion reinstatement restablecimiento", {CORRECTION, REPAIR})
_nouns("cancellation cancelacion baja termino corte retiro disconnection desconexion", {CANCELLATION})
_nouns("charge charges fee fees cargo cargos cobro cobros comision penalizacion recargo", {CORRECTION, REFUND})

_FREE = re.compile(r"\b(?:no (?:extra )?(?:charge|cost)|free of (?:charge|cost)|complimentary|on the house|sin (?:coste|costo|cargo)|"
                   r"(?:de )?cortesia|sin cobro|half[- ]price|mitad de precio|a mitad|\d+\s?% (?:off|de descuento|menos))")
#: Words that say a thing was done in error (folded): what went wrong, never the remedy.
IN_ERROR_WORDS = r"(?:por error|por equivocacion|erroneamente|by mistake|in error|mistakenly|wrongly|erroneously)"
_AGENT_NOUNS = frozenset(
    "technician engineer courier driver fitter installer plumber electrician locksmith glazier roofer colleague tecnico tecnica mensajero "
    "botones bellboy revisor revisora "
    "mensajera repartidor repartidora transportista instalador instaladora operario fontanero electricista "
    "companero companera tech crew cuadrilla brigada porter grua tow operador contractor contratista lads guys rider riders "
    "patrol paqueteria repartidores mensajeros cadete cadetes motorista motoristas sparky sparkies tradie tradies carpintero carpintera mecanico mecanica cerrajero jardinero pintor "
    "cisterna moto motoboy motoquero nurse enfermera enfermero carer assessor adjuster surveyor inspector perito tasador lineman linesman handyman maintenance mantenimiento housekeeping conserje janitor cristalero cristalera vidriero "
    "glazier locksmith mechanic albanil gasista fumigador exterminator roofer techador ups fedex dhl dpd evri hermes "
    "correos seur mrw estafeta gls chilexpress andreani oca servientrega paquetexpress starken blueexpress".split())
#: Those who carry parcels: on their way, they may be bringing the original order, not a remedy.
_CARRIERS = frozenset("courier driver rider riders cadete cadetes repartidor repartidora repartidores mensajero mensajera mensajeros "
                      "transportista paqueteria ups fedex dhl dpd evri hermes correos seur mrw estafeta gls".split())
#: People who are nobody in particular: "an advisor will contact you" passes the complaint on.
_ANONYMOUS = frozenset(
    "asesor asesora asesores agente agentes advisor adviser agent agents someone somebody alguien representative "
    "representante ejecutivo ejecutiva team equipo area department departamento colleague colega specialist "
    "specialists especialista especialistas staff personal member members miembro miembros".split())
#: What is passed on or written down, not a remedy: "we've sent your complaint to", "he registrado su caso".
_HOLLOW_OBJECTS = frozenset(
    "case complaint feedback comments comment request query concern notes note file details information "
    "caso queja reclamacion incidencia comentario comentarios solicitud consulta expediente nota notas sugerencia "
    "informacion reclamo claim reclamacion pqr solicitudes requests claims orden folio reminder reminders email "
    "message notification link survey confirmation recordatorio correo mensaje aviso notificacion enlace encuesta "
    "claims photo foto record records file notes "
    "confirmacion photos fotos description descripcion documents documentos constancia registro registrado anotado "
    "ingresado registered logged noted recorded asentado asentados asentada asentadas respuesta response copia "
    "copy hoja comprobante acuse "
    "respuestas".split())
_PROCESS_MARKER = re.compile(
    r"\b(?:from now on|going forward|(?:starting|beginning|effective)(?: from| on)?|from (?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|the \d+\w*|"
    r"(?:your |the )?next (?:bill|invoice|statement|order|delivery|month|billing)|this week|this weekend|this month)(?: onwards?)?|"
    r"with (?:immediate )?effect(?: from)?|as of (?:today|tomorrow|now|next|this week|this month|monday)|permanent(?:ly)?|in (?:the )?future|"
    r"from \d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)|from (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)(?: \d{1,2})?|from (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? \d{1,2}(?:st|nd|rd|th)?\b|"
    r"(?:to|so (?:that )?(?:it|this)) (?:avoid|prevent|stop|never)\w*|never again|won't happen again|"
    r"since (?:this|last) week|since (?:monday|tuesday|wednesday|yesterday|this morning)|"
    r"(?:doesn't|does not|won't|will not|can't|cannot) happen (?:again|to anyone|to other|to others|to another)|"
    r"a partir de(?:l| (?:ya|ahora|hoy|ma[nñ]ana|este|esta|el|la(?! \d)|los|las(?! \d)|tu|su|sus|tus|mi|nuestro|nuestra))|de ahora en adelante|en adelante|"
    r"(?:desde|a partir de) la semana que viene|desde (?:ahora|hoy|ayer|ma[nñ]ana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d+|pr[oó]ximo|"
    r"\w+ \d+)|este|esta|la pr[oó]xima)|(?:a partir|desde) (?:de )?(?:(?:el|la|su|tu) )?(?:\w+ ){0,2}(?:de )?"
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|factura|mes|"
    r"ciclo|recibo|pr[oó]xim\w+)|desde (?:el|la) \w+ (?:de )?(?:ma[nñ]ana|hoy|este|esta)|"
    r"permanente(?:mente)?|de forma permanente|nunca m[aá]s|"
    r"para (?:que no|evitar)|no (?:volver[aá]|se repetir[aá]|vuelva|se repita)|no (?:le |te |les )?(?:va|van) a volver a "
    r"(?:pasar|ocurrir|suceder))\b")
#: Someone of ours will be at the customer's: "an engineer will be with you tomorrow", "el técnico estará allí".
_AGENT_THERE = re.compile(
    r"\b(?:technicians?|engineers?|mechanics?|plumbers?|electricians?|fitters?|installers?|techs?|contractors?|"
    r"locksmiths?|glaziers?|roofers?|joiners?|carpenters?|decorators?)\b[^.;]{0,40}?"
    r"\b(?:is|are|'s|'re)\s+(?:booked|scheduled|due|coming)\s+(?:to come|to visit|to call|to be|in|out|round|over|"
    r"to you|to yours|on|at|tomorrow|today)\b|"
    r"\b(?:sube|suben|pasa|pasan|va|van|ira|iran|pasara|pasaran|vendra|vendran|viene|vienen|acude|acudira|llega|llegara)"
    r"\s+(?:un|una|el|la|nuestro|nuestra|los|las)\s+(?:tecnic[oa]s?|operari[oa]s?|fontaner[oa]s?|electricistas?|mecanic[oa]s?|"
    r"instalador(?:es|a)?|cuadrillas?|brigadas?|plomer[oa]s?)\b|"
    r"\b(?:technicians?|engineers?|crews?|plumbers?|electricians?|fitters?|installers?|techs?|contractors?|tecnicos?|tecnicas?|"
    r"cuadrillas?|operarios?|instalador(?:es)?|fontaneros?|electricistas?)\b[^.;]{0,80}?\b(?:will|'ll|is going to|are going to)"
    r"\s+be\s+(?:out|with you|there|at your|at the|at \d|round|over|on site|onsite|in touch to|on your (?:street|road|"
    r"block|estate|lane)|in your (?:street|area|building))|"
    r"\b(?:repair|service|maintenance|gas|boiler|heating|cable|broadband)\s+(?:guy|man|person|team|engineer)\b[^.;]{0,20}?"
    r"\b(?:is|'s|are|'re)\s+(?:in|coming|round|over|out)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|tomorrow|today|tonight|this|next)\b|"
    r"\b(?:technicians?|engineers?|crews?|plumbers?|electricians?|fitters?|installers?|techs?|contractors?)\b[^.;]{0,60}?"
    r"\b(?:is|are|'s|'re)\s+out\s+(?:to you|at yours|to yours|on|tomorrow|today)|"
    r"\b(?:technician|engineer|plumber|electrician|fitter|installer|tech|contractor)(?:'s| is) with you\b|"
    r"\b(?:driver|courier|rider)(?:'s| is| will be|'ll be)\s+(?:back\s+)?(?:at yours|with you|round|over)\b|"
    # (a sentence's "." is an abbreviation's: "Nuestro instalador, el Sr. Jesús Marcano, estará...")
    r"\b(?:tecnicos?|tecnicas?|cuadrillas?|operarios?|instalador(?:es)?|fontaneros?|electricistas?)\b[^;]{0,60}?\b"
    r"(?:estara|estaran|llegara|llegaran|llega|llegan)\b")
#: The customer asked to bring it in, and what we then do to it: "Bring her in Saturday morning and we'll refit the
#: pads", "Traé el auto el lunes 30 a las 8:30 y lo revisamos de nuevo", "Tráela el sábado y te ajustamos los frenos".
_BRING_IN = re.compile(
    r"\bbring (?:it|her|him|them|(?:the|your) \w+(?: \w+)?) (?:in|back|round|over|down|along|by)\b[^.;?]{0,60}?"
    r"(?:\band|&|,)\s+(?:we|i)(?:'ll| will|'re going to| are going to)\s+"
    r"(?!(?:have|take|look|check|see|assess|inspect|diagnose|investigate|review|quote)\b)\w+|"
    r"\b(?:trae|traes|traelo|traela|traelos|traelas|traenos|traigalo|traigala|traiganos|traigan(?:lo|la|nos)?|"
    r"traiga)\b[^.;?]{0,60}?\b(?:y|e)\s+(?:(?:se|te|le|lo|la|los|las|les)\s+)*"
    r"(?!(?:miramos|echamos|evaluamos|diagnosticamos|vemos|chequeamos|cotizamos|presupuestamos)\b|"
    r"revisamos\b(?! (?:de nuevo|otra vez|gratis|sin)))"
    r"(?:\w+(?:amos|emos|imos|aremos|eremos|iremos)|(?:vamos|voy) a \w+r)\b")
#: A remedy already travelling: "your new card reader is on its way", "el repuesto ya está en camino".
_CAUSATIVE = re.compile(r"\b(?:will|'ll|is going to|are going to)\s+(?:have|get)\s+(?:the\s+(?:[\w.\u2024-]+\s+){0,5}?[\w.\u2024-]+(?=\s+(?:fixed|"
                        r"repaired|replaced|sorted|fitted|installed|mended|serviced)\b)|it|this|that|them|everything|"
                        r"the \w+)\s+(?:sorted|fixed|repaired|replaced|working|done|resolved|swapped|fitted|installed|"
                        r"mended|serviced|refitted|reinstalled|rewired|patched|unblocked|reconnected)\b|"
                        r"\b(?:is|are|'s|'re)\s+on (?:his|her) way\b(?! back)")
#: Money back where it came from: "will be back in your bank account by Tuesday", "goes back on your Mastercard".
_BACK = re.compile(r"\b(?:will be|'ll be|is|are|'s|goes|go|going|gone|went|comes|come|estara|estaran|esta|vuelve|"
                   r"vuelven|regresa|regresan|volvera|volveran)\s+(?:now\s+|already\s+|straight\s+|ya\s+)?"
                   r"(?:back|de vuelta|devuelt[oa]s?|a estar)\s+(?:in|on|to|into|onto|en|a)\b|"
                   r"\b(?:is|are|'s)\s+(?:[\w$€£₹.,]+\s+){1,4}back\s+(?:in|on|to|into|onto)\s+your\b|"
                   r"(?:^|(?<=[,;:—–-]\s)|(?<=[,;:—–-]))\s*[$€£₹]\s?\d[\d.,]*\s+(?:is\s+|are\s+)?back\s+"
                   r"(?:in|on|to|into|onto)\s+your\s+(?:\w+\s+)?(?:account|card|bank|wallet)\b|"  # "— $21.90 back in your account"
                   r"\b(?:it's|it has|it is)\s+gone\s+(?:back\s+)?(?:to|onto|into)\s+your\s+(?:card|account|bank)\b|"
                   r"\b(?:tienes|tiene|tenes)\s+(?:los|las|el|la)?\s*(?:[\w$€£₹.,]+\s+){1,3}de vuelta\b|"
                   r"\b(?:esta|estan)\s+(?:ya\s+)?(?:otra vez|de nuevo|nuevamente)\s+en\s+(?:su|tu)\b|"
                   r"\b(?:is|are|'s|will be|'ll be)\s+(?:now\s+|already\s+)?(?:in|on|showing in|showing on|sitting in)\s+"
                   r"(?:your|the)\s+(?:\w+\s+){0,3}(?:account|card|wallet|balance|profile)\b")
#: The customer's new state, which only we could have made: "you're now in seat 7C", "ya está en el vuelo de las 10".
_NOW_YOU = re.compile(r"\byou(?:'re| are)\s+(?:now\s+)?off (?:the|our|all|every) (?:\w+ )?(?:list|lists|emails|texts|"
                      r"calls|mailings)\b|\byou(?:'re| are)\s+(?:now\s+|all\s+)?(?:booked|confirmed|rebooked|moved|in seat|on (?:the|tomorrow|"
                      r"today|tonight)|in room|upgraded|frozen|paused|on hold)\b|\bya (?:esta|estas|estan) (?:en el vuelo|en la habitacion|"
                      r"en el asiento|confirmad[oa]s?|reservad[oa]s?)\b")
#: What the customer will find, which only a remedy explains: "your invoice now has your ABN on it", "tu saldo ya
#: aparece en cero", "the duplicate charge no longer appears", "your next month is on us", "that's all squared away".
#: What a customer has switched on and we switch off (folded): a pass, an add-on, auto-renewal, a streaming channel.
_SERVICES = (r"(?:pass|add-?on|bolt-?on|package|subscription|feature|channel|roaming|autopay|auto-?renew\w*|renewal|hbo|"
             r"netflix|disney\+?|spotify|paramount\+?|peacock|dazn|espn)")
_RESULT = re.compile(
    r"\b(?:is|are)\s+now\s+(?:\w+\s+){0,2}?(?:spelt|spelled|correct|corrected|correctly|fixed|updated|right|"
    r"allocated|reallocated|applied)\b|"
    r"(?:^|[,;:—–-]\s*)(?:just\s+|also\s+)?(?:sent|put|paid|refunded|credited|popped|transferred)\s+(?:the\s+(?:whole\s+|"
    r"full\s+)?|your\s+)?"
    r"(?:[$€£₹]?\s?\d[\d.,]*\s*(?:\w+\s+)?)?back\s+(?:to|on|onto|into)\s+(?:your|ur)\s+(?:card|account|bank|visa|"
    r"mastercard|amex|wallet)\b|"
    r"\b(?:baja|cancelacion|devolucion|reembolso|reintegro|cambio|correccion)(?:\s+(?:de|del)\s+[^.;:()]{0,50}?)?"
    r"(?:\s*\([^()]{0,20}\))?\s*:?\s+(?:ya\s+)?(?:hecha|hecho|realizada|"
    r"realizado|procesada|procesado|tramitada|tramitado|confirmada|confirmado|lista|listo|done)\b|"
    r"(?:^|[,;:]\s*|\b(?:ya|todo)\s+)(?:list[oa]|hech[oa]|realizad[oa]|procesad[oa])\s+(?:el|la|tu|su)\s+(?:baja|"
    r"cancelacion|devolucion|reembolso|reintegro|cambio|correccion|ajuste|arreglo|reparacion|actualizacion)\b|"
    r"\b(?:that's|that is)\s+(?:your|the)\s+(?:\w+\s+){0,3}?(?:closed|cancelled|canceled|ended|stopped|terminated|"
    r"switched off)\b|"
    # what was keyed wrong and now reads right: "DOB was keyed as 1987, it's 1978 now", "figuraba como soltera, ahora
    # figura como casada"
    r"\b(?:was|were|had been)\s+(?:keyed|entered|typed|spelled|spelt|listed|recorded|set up|put in|registered|loaded)"
    r"\s+(?:in\s+)?as\b[^.;]{0,40}?\b(?:it's|it is|they're|they are|now)\b|"
    r"\b(?:figuraba|aparecia|estaba|se cargo|se registro|se ingreso)\s+(?:como|con)\b[^.;]{0,40}?\b(?:ahora|ya)\s+"
    r"(?:figura|aparece|esta|es|dice)\b|"
    # a record that now shows it right: "his absences are now showing as approved", "ya figura como pagada"
    r"\b(?:is|are|'s|'re)\s+now\s+(?:showing|shown|listed|marked|recorded|coded)\s+as\b|"
    r"\b(?:parcel|package|order|delivery|box|paquete|pedido)(?:'s| is| has been put)\s+back\s+on\s+(?:the|our|tomorrow's)\s+"
    r"(?:truck|van|run|round)\b|"
    r"\bnew\s+(?:[\w-]+\s+){0,6}?(?:is|are|'s)\s+(?:waiting\s+|ready\s+)?(?:at|in)\s+(?:the|our)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:lodge|desk|reception|counter|front desk|office|store|shop|branch)\b[^.;]{0,20}?\bnow\b|"
    r"\b(?:is|are|'s|'re)\s+now\s+(?:recorded|noted|flagged|listed)\s+(?:on|in)\s+(?:your|the|his|her)\s+(?:\w+\s+)?(?:notes|"
    r"file|record|records|chart|profile|booking|reservation)\b|"
    r"\b(?:ya|ahora)\s+(?:figura|figuran|aparece|aparecen|consta|constan)\s+como\b|"
    # a service or a charge of theirs gone: "the extra line you never asked for is gone"
    r"\b(?:line|add-?on|bolt-?on|plan|pass|package|subscription|service|extra|charges?|fees?)\b[^.;]{0,40}?"
    r"\b(?:is|are|'s|'re)\s+(?:now\s+)?gone\b|"
    r"\b(?:linea|servicio|plan|paquete|suscripcion|adicional|cargo|cargos|recargo|cuota)\b[^.;]{0,40}?\bya no existen?\b|"
    # a service of theirs switched off: "Roaming pass: off.", "HBO's off, won't see it on the next bill"
    r"\b" + _SERVICES + r"\s*(?:'s|is|are|:)\s*(?:now\s+)?off\b(?!\s+(?:to|for|until|till|the|your|our|on|at)\b)|"
    # (bare, only as a headline: "Auto-renew off." - not "you can take the add-on off")
    r"^\W*(?:[\w-]+\s+){0,2}?" + _SERVICES + r"\s+off\b(?!\s+(?:to|for|until|till|the|your|our|on|at)\b)|"
    # "your two tickets are now void", "the deposit hold is released": nothing of it stands any more
    r"\b(?:is|are|'s|'re)\s+now\s+(?:void|null and void|voided|cancelled|canceled)\b|"
    r"\b(?:hold|tenancy|lease|reservation|booking|retencion|reserva|bloqueo)\b[^.;]{0,40}?\b(?:is|are|has been|have been|"
    r"queda|quedo|fue|ha sido)\s+(?:now\s+)?(?:released|liberad[oa]s?)\b|"
    r"\b(?:refund|refnd|reembolso|devolucion|credit)\b(?:(?!\b(?:will|'ll|be|shall|would|may|can|should)\b)(?:[^.;]|"
    r"(?<=\d)[.](?=\d)))"
    r"{0,40}?\b(?:done|processed|completed|issued)(?:\s+"
    r"(?:to|today|2day|now|hoy)\b|\s*[,;!]|\s*\.(?!\w)|\s*$)|"
    r"\b(?:balance|bill|saldo|deuda|statement|invoice|factura)\s+(?:is|is now|now reads|now shows|queda|quedo|esta|es|"
    r"reflects|now reflects|will show|shows)\s+(?:en\s+)?"
    r"(?:r|\$|€|£|s/)?\s?0(?:[.,]00)?(?!\d|[.,]\d)|"
    r"\b(?:refund|reembolso|credit|payment|transfer|devolucion)\b[^.;]{0,40}?\b(?:went|has gone|'s gone|has been put) "
    r"(?:through|thru)\b|"
    r"\b(?:been|was|were|got|gets|is|are)\s+put\s+right\b|"  # "that's been put right on your record today"
    # a fix of ours in service: "the hotfix for the CSV export bug (build 4.18.2) went live on your tenant at 11:40", "the
    # CSV export fix is live on your tenant since 11:40 today", "el parche ya está en producción"
    r"\b(?:fix|hotfix|patch|parche|correccion)\b(?:[^.;]|\.(?=\d)){0,60}?\b(?:is|went|has gone|'s|esta|quedo|salio)\s+"
    r"(?:now\s+|ya\s+)?(?:live|en produccion|desplegad[oa]|activ[oa])\b|"
    # a limit or a rate of theirs set back: "Your account limit is also back to normal"
    r"\b(?:your|su|tu)\s+(?:\w+\s+)?(?:limit|limite|tariff|tarifa|rate|credit line|cupo)\s+(?:is|'s|has gone|esta|volvio|"
    r"ha vuelto)\s+(?:also\s+|now\s+|ya\s+|tambien\s+)*(?:back to normal|a la normalidad|a lo normal)\b|"
    r"\b(?:invoice|bill|statement|factura|recibo)\b[^.;]{0,30}?\b(?:will show|shows|now shows|will reflect|reflects|"
    r"mostrara|reflejara)\s+(?:a|an|the|un|una|el|la)?\s*(?:[$€£₹]\s?\d[\d,]*(?:[.]\d+)?\s*)?(?:credit|discount|refund|"
    r"abono|descuento|reembolso|bonificacion)\b|"  # "your invoice on December 3 will show a $150 credit"
    # an amount and where it went, with no verb: "45 € cleaning fee back to you", "thirty euro off your December fee"
    r"(?:^|(?<=[,;:—–-]\s)|(?<=[,;:—–-]))\s*(?:(?:there's|there is|theres|you've got|you have got)\s+)?(?:(?:the|a|your)\s+)?"
    r"(?:[$€£₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|euros?|usd|nzd|aud|cad|dollars?|pounds?|quid|rand)|tenner|fiver|(?:five|ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"(?:a|one) hundred)\s+(?:euro|euros|dollars?|pounds?|quid|bucks|rand))\s+"
    r"(?:(?!(?:came|come|comes|went|go|goes|was|were|is|are|has|had|will|would)\b)[a-z-]+\s+){0,2}?(?:off (?:your|the|this|"
    r"next)|back (?:to you|on your|in your|into your|onto your))\b|"
    r"\b(?:ya\s+)?(?:esta|estan|estas|queda|quedan|quedo|quedaron|quedaste)\s+(?:ya\s+)?de baja\b|"
    r"\b(?:is|are|'s)\s+now\s+(?:a\s+)?credit\s+(?:on|in)\s+your\b|\bstays?\s+on\s+your\s+account\s+as\s+(?:a\s+)?credit\b|"
    r"\b(?:now|ya)\s+(?:shows?|reads?|has|have|appears?|lists?|reflects?|figuran?|aparecen?|muestran?|reflejan?)\b"
    r"(?!\s+(?:in transit|en transito|on its way|en camino|en la planta|at the|en el centro|pending|pendiente))|"
    r"\b(?:now|ya)\s+(?:is|are|esta|estan|queda|quedan|quedo|quedaron|sale|salen)\s+(?:\w+\s+){0,3}?"
    r"(?!(?:asignad|trabajand|working|en ruta|pending|pendiente|being|siendo|en transito|in transit|en revision|anotad|"
    r"registrad|ingresad|recibid|noted|logged|recorded|received|escalated|forwarded|derivad|escalad|adjunt|anexad|"
    r"attached|enterad|informad|avisad|notificad|aware)\w*)"
    r"(?:(?!pedidos?\b)\w+(?:ed|ado|ada|ido|ida)s?|correct[oa]?s?|en cero|at zero|back|de regreso|de vuelta|free|gratis|active|"
    r"a (?:su |tu )?nombre|in your name|under your name|"
    r"activ[oa]s?|limpi[oa])\b|"
    r"\b(?:no longer|ya no)\s+(?:appears?|shows?|figuran?|aparecen?|(?:is|are|esta|estan) (?:there|ahi|on|en))\b|"
    r"\bno (?:esta|estan|figura|figuran|aparece|aparecen) mas\b|"
    r"\bya no (?:te |le |les )?(?:va|van) a (?:figurar|aparecer|salir|venir)\s+(?:el|la|los|las|ese|esa|esos|esas)\s+"
    r"(?:\w+\s+)?(?:cargo|cargos|cobro|cobros|recargo|recargos|comision|comisiones|cuota|importe|multa)\b|"
    r"\b(?:ya\s+)?(?:quedo|quedaron|queda|quedan)\s+bien\s+(?:registrad|cargad|anotad|escrit|ingresad|configurad|"
    r"asociad|vinculad)\w*|"
    r"\b(?:won't|will not|wont|no (?:se )?(?:te |le |les |la |lo |los |las )?(?:va|van|vas) a)\s+(?:be\s+)?(?:charged|"
    r"billed|debited|cobrar|debitar|pagar|cargar)\b|\bno se (?:te |le )?(?:vuelve|volvera) a cobrar\b|"
    r"\bya no (?:le |te |les )?(?:van|vamos|va) a (?:estar )?(?:llamar|llamando|enviar|enviando|cobrar|cobrando|molestar)\w*|"
    r"\b(?:has|have|'s|is|are|will|'ll)\s+(?:now\s+|already\s+|also\s+)?(?:come|gone|been taken|been knocked)\s+"
    r"(?:straight\s+)?(?:off|onto|into|on to|on your)\b|"
    r"\b(?:it|that|this)(?:'s| is)\s+(?:now\s+)?off (?:the|your) (?:bill|invoice|account|statement)\b|"
    r"\b(?:fee|charge|surcharge|penalty|recargo|cargo)\b[^.;]{0,60}?\bgone(?: now)?\b(?! up)|"
    r"\b(?:portabilidad|reparacion|cambio|devolucion|baja|migracion)\s+(?:ya\s+)?(?:quedo|esta|queda)\s+"
    r"(?:list[oa]|hech[oa]|resuelt[oa])\b|"
    r"^\W*(?:[a-z]{0,3}\$|€|£|₹)?\s?\d[\d.,]*\s*(?:[a-z]{3}\s+)?back (?:to|on|onto|into) (?:the|your) "
    r"(?:\w+\s+)?(?:card|account|bank)\b|"
    r"\bthere(?:'s| is) (?:now |already )?(?:a|an)\s+(?:[\w$€£.,]+\s+){0,3}(?:voucher|credit|refund|discount|coupon)s?\s+"
    r"(?:in|on) your\b|"
    r"\b(?:fee|charge|levy|surcharge|penalty|cargo|recargo)(?:'s| is| has been| was)\s+(?:now\s+)?(?:off|taken off|"
    r"removed from)\s+(?:your|the)\s+(?:\w+\s+)?(?:invoice|bill|account|statement|factura)\b|\b(?:comes?|goes?)\s+(?:straight\s+)?off (?:your|the)\b|"
    r"\b(?:had|got|have|get) (?:the |your |that |it )?(?:[\w$€£₹.,]+\s+){1,5}(?:taken off|waived|refunded|removed|"
    r"reversed|credited)\b|"
    r"\b(?:refund|reembolso|credit|devolucion|repair|reparacion|replacement|correction|swap|port|portabilidad|"
    r"migration|migracion|cambio|reconnection|reconexion|reactivation|reactivacion)\b[^.;]{0,60}?\b(?:is|has been|"
    r"'s|esta|ha sido|quedo)\s+(?:now\s+|all\s+|ya\s+)?(?:done|complete|completed|processed|hecho|hecha|realizad[oa]|"
    r"procesad[oa]|list[oa]|completad[oa]|finalizad[oa])\b|"
    r"\b(?:has|have|'s|'ve got|'ve)\s+(?:you|it|them)\s+(?:booked|scheduled|down|pencilled)\b|"
    r"\b(?:tenemos|tendremos|dejamos|dejaremos|tengo)\s+(?:\w+\s+)?list[oa]s?\b|"
    r"\b(?:didn't|did not|haven't|have not|won't|will not|wont) (?:charge|bill) (?:you|u)\b|"
    r"\bno (?:pag[aá]s|pagas|paga|pagan|tiene que pagar|tenes que pagar|tienes que pagar) nada\b|"
    r"\bya no (?:tiene|tienes|tenes|tienen) que pagar (?:el|la|los|las|ese|esa|esos|esas)\b|"
    r"\byou (?:no longer|don't|do not|won't) (?:have|need) to pay (?:the|that|this|any)\b|"
    r"\bno (?:se )?(?:te|le|les|se) (?:lo |la |los |las )?(?:cobramos|cobraremos|vamos a cobrar|cobrare|cobro|cobra|cobrara|"
    r"cobran|cobraran)\b|"
    r"\b(?:(?:will|'ll|now) be (?:charged|billed)|se (?:te |le |os )?(?:cobrar[aá]n?|facturar[aá]n?))\b[^.;]{0,30}?\b"
    r"(?:instead of|rather than|en lugar de|en vez de)\b|"
    r"\b(?:appointment|booking|visit|cita|reserva|visita|turno)\b[^.;]{0,40}?\b(?:is now|now is|has been moved|"
    r"qued[oó]|queda|ha quedado)\s+(?:para|on|for|el|at|to)\b|"
    r"\b(?:line|service|contract|subscription|plan|account|membership|policy|cover|insurance)\s+(?:ends|will end|finishes|"
    r"closes|will close|stops|will stop)\s+(?:tonight|today|on|at|tomorrow|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d)\b|"
    # a membership or a plan paused: "your membership's on hold for all of December"
    r"\b(?:membership|subscription|plan|account|line|contract|policy|membresia|suscripcion|cuota|linea|contrato)"
    r"(?:\s+[a-z]+){0,2}?(?:'s|\s+is|\s+has been|\s+will be|\s+queda|\s+esta|\s+ha quedado)\s+(?:now\s+|put\s+|ya\s+)?"
    r"(?:on hold|en pausa)\b|"
    r"(?<!what)(?<!which)(?<!who)\b(?:is|are|'s|'re|its|thats|es|son|corre|va|van)\s+"
    r"(?:on us|on the house|por nuestra cuenta|gratis|free)\b(?! side)|"
    r"\bte (?:sale|salen) gratis\b|\ble (?:sale|salen) gratis\b|"
    r"\b(?:that's|that is|it's|it is|you're|you are|everything's|everything is|all)\s+(?:all\s+|now\s+)?"
    r"(?:squared away|sorted|set|fixed|taken care of)\b(?!\s+(?:out|in|to|for|at|up|by|under))|"
    r"\bya (?:esta|quedo|queda) (?:todo )?(?:listo|arreglado|solucionado|resuelto|limpio|corregido|hecho)\b|"
    r"\bya (?:esta|quedo|queda)\s+(?:hech[oa]\s+|list[oa]\s+)?(?:tu|su)\s+(?:devolucion|reembolso|reintegro|cambio|"
    r"reparacion|bonificacion|abono|credito|descuento|portabilidad|migracion|traslado|instalacion|activacion|"
    r"reconexion)\b|"
    r"\b(?:te|le|les|os)\s+(?:pasamos|cambiamos|movemos|mudamos|pasaremos|cambiaremos|moveremos|hemos pasado|"
    r"hemos cambiado|hemos movido|movimos)\s+(?:a|al)\s+(?:la |el |una |un |otra |otro )?(?:\w+\s+)?(?:habitacion|"
    r"cabana|cuarto|suite|asiento|vuelo|plan|tarifa|mesa|departamento|apartamento)\b|"
    r"\b(?:we've|we have|i've|i have|we|i)\s+(?:moved|upgraded|switched|transferred)\s+you\s+(?:to|into|onto)\b|"
    r"\b(?:bill|invoice|statement|factura|boleta|recibo)\b(?:[^.;]|(?<=\d)\.(?=\d)){0,40}?\b(?:lighter|lower|less|"
    r"cheaper|smaller|"
    r"mas baja|mas barata|menos|con descuento|en (?:\$|€)?\s?0)\b|"
    r"\b(?:menos|less)\b[^.;]{0,30}\b(?:en|on)\s+(?:el|la|tu|su|your|the)\s+(?:recibo|factura|bill|invoice|boleta)\b")
_NOT_A_RESULT = frozenset("order orders parcel parcels package packages shipment pedido pedidos envio "
                          "envios caso case solicitud request claim reclamo".split())
#: The remedy reaching the customer: "our rider will have it with you by 8:30pm", "the bill will be with you by Wednesday".
_WITH_YOU = re.compile(r"\b(?:will|'ll|is going to|are going to)\s+(?:have|get|bring)\s+(?:it|them|this|that|one|the \w+|"
                       r"a \w+|your \w+)\s+(?:with you|to you|round|over|to your)\b|"
                       r"\b(?:will be|'ll be|is|are)\s+ready\s+(?:for (?:pickup|pick-up|collection)|to (?:collect|pick up))\b|"
                       r"\b(?:will be|'ll be|is|are)\s+waiting (?:(?:at|in) (?:the|our|reception) (?:\w+ )?)?for you\b|"
                       r"\b(?:te|le)\s+(?:estara|estaran)\s+esperando\b|"
                       r"\b(?:will be|'ll be)\s+there\b|"
                       r"\b(?:will be|'ll be|is|'s)\s+(?:at|round at|over at)\s+your\s+(?:place|home|house|property|address|"
                       r"door|flat|apartment|premises|office|shop)\b|"
                       r"\b(?:will be|'ll be|is due|are due|should be)\s+with you\b")
#: A new one that reaches them by a day: "your replacement card will be with you on Monday", "new e-ticket lands in your
#: inbox by Saturday" ("should" or "may" with nothing done before is a hope: see the reading of "should").
_NEW_ONE_ARRIVES = re.compile(
    r"\b(?:(?:the|your|a|ur)\s+)?(?:brand\s+)?(?:new|replacement|correct|fresh|re-?made)\s+"
    r"(?:(?!(?:should|may|might|could|would|can)\b)[\w-]+,?\s+){0,5}?(?:will\s+|'ll\s+|is going to\s+|are going to\s+)?"
    r"(?:arrives?|arriving|reach(?:es)? you|lands?|be with you|get to you|be delivered|be handed (?:over|to you)|"
    r"be (?:sent|posted|mailed|couriered) to you|be in your (?:inbox|mailbox|letterbox|post))\b")
_ON_ITS_WAY = re.compile(r"\b(?:is|are|'s|'re)\s+(?:already\s+|now\s+)?on (?:its|their|the) way\b(?! back)|"
                         r"\b(?:is|are|'s|'re)\s+(?:already\s+|now\s+)?out for redelivery\b|"
                         r"\b(?:is|are|'s|'re)\s+(?:already\s+|now\s+)?on (?:the|tomorrow's|today's|this afternoon's) "
                         r"(?:van|truck|lorry|round|run)\b|\b(?:is|are|'s|'re)\s+on \w+day's (?:van|truck|run|round)\b|"
                         r"\b(?:is|are|'s|'re)\s+in the (?:mail|post)\b|"
                         r"\b(?:went|has gone|have gone)\s+out\s+in (?:the|today's|this morning's|\w+day's) (?:mail|post)\b|"
                         r"\b(?:esta|estan|sale|salen|va|van)\s+(?:ya\s+)?en reparto\b|"
                         r"\b(?:esta|estan|va|van|sale|salio|ya)\s+(?:ya\s+)?(?:en camino|de camino)\b|"
                         # one of ours, writing on the road: "On my way now, be there by 3:30", "ya voy saliendo"
                         r"(?P<ours>\bon (?:my|our) way\b(?!\s+(?:back|to|towards|out)\b)|"
                         r"\b(?:voy|vamos)\s+(?:ya\s+)?(?:en camino|de camino|saliendo|para (?:alla|alli|ahi|tu casa|su casa))\b"
                         r"(?!\s+(?:a|de|hacia)\s+\w+(?:ar|er|ir)(?:l[oa]s?|les?|se)?\b|\s+de\b))")
#: "tu póliza se da de baja el 30 de noviembre", "ya le dimos de baja la línea": cancelled ("da" is too short a word
#: for the verb table).
_GONE = re.compile(r"(?<!\bno )\b(?:se|lo|la|los|las|le|les|te)\s+(?:(?:ha|hemos|han)\s+)?(?:da|dara|daran|dio|dimos|di|"
                   r"damos|daremos|doy|dado)\s+de baja\b|"
                   r"(?<!\bno )\b(?:ya\s+)?(?:estas|esta|estan|estais|quedaste|quedas|quedo|quedaron)\s+(?:ya\s+)?"
                   r"dad[oa]s? de baja\b")  # "ya estás dado de baja"
#: "I've looped in Arjun Mehta from our Billing Engineering team": a named person brought in.
_LOOPED_IN = re.compile(r"\b(?:looped|looping|brought|roped)\s+in\s+(?P<name>[A-ZÁÉÍÓÚ][\wáéíóúñ]+\s+[A-ZÁÉÍÓÚ][\wáéíóúñ]+)")
#: Money landing: "el lunes 30 te cae la plata del siniestro".
_LANDS = re.compile(r"\b(?:te|le|les)\s+(?:cae|caera|caen|caeran|entra|entrara|entran)\s+(?:la plata|el dinero|el pago|"
                    r"el reembolso|el abono|la devolucion|el reintegro|(?:los|las)\s+\$?\s?\d)")
#: A remedy waiting for the customer to collect: "el chip nuevo lo puede retirar en la oficina", "a new pair is set
#: aside for you at the store".
_READY = re.compile(
    r"\b(?:lo|la|los|las) (?:puede|puedes|podes|pueden|podra|podras|podran) (?:retirar|recoger|pasar a buscar|buscar)\b|"
    r"\b(?:puede|puedes|podes|pueden|podra|podras|podran) (?:retirarl[oa]s?|recogerl[oa]s?|pasar a buscarl[oa]s?)\b|"
    r"\byou can (?:pick (?:it|them) up|collect (?:it|them)|grab (?:it|them))\b|"
    r"\b(?:is|are|'s|'re) (?:now\s+)?(?:ready|waiting) for (?:you|collection|pick-?up)\b|"
    r"\b(?:is|are|'s|'re|will be|'ll be) (?:now\s+)?ready to (?:collect|pick up|be collected|be picked up)\b|"
    r"\b(?:is|are|'s|'re) (?:now\s+)?set aside for you\b|"
    r"\b(?:esta|estan) (?:ya\s+)?(?:listo|lista|listos|listas) para (?:retirar|recoger|que (?:lo|la) (?:retire|recoja))\b|"
    r"\b(?:puede|puedes|podes|pueden|podra|podras) (?:retirar|recoger|pasar a buscar|buscar) "
    r"(?:los|las|el|la|tus|sus|un|una) "
    r"(?:nuev[oa]s?|otr[oa]s?|correct[oa]s?)\b")
_NEW_THINGS = frozenset("new nuevo nueva nuevos nuevas replacement replacements repuesto reemplazo sustitucion another "
                        "correct correcta correcto correctas correctos "
                        "otro otra fresh spare repaired reparado reparada arreglado arreglada".split())
#: Handing the case to a named person: "I've escalated it to Rebecca Stanton", "lo asignamos al Dr. Germán Pulido".
_HANDED_TO = re.compile(
    r"\b(?:escalated|escalating|assigned|assigning|transferred|passed|handed|referred|forwarded|raised|sent|escalado|escal[eé]|"
    r"escalamos|asignado|asign[eé]|asignamos|turnado|turn[eé]|turnamos|derivado|deriv[eé]|derivamos|pasado|pas[eé]|"
    r"pasamos|trasladado|traslad[eé]|trasladamos|entreg(?:ad[oa]|u[eé]|amos)(?=\s+(?:\w+\s+){0,2}(?:expediente|caso|"
    r"reclamo|reclamaci[oó]n|solicitud|queja|documentaci[oó]n)\b)|(?:is|are|'s) now(?= with\b)|(?:caso|case)\s+(?:ya\s+)?(?:lo\s+)?(?:tiene ya|lleva ya|tiene|lleva|is now|now sits|is)|"
    r"(?:ya\s+)?(?:lo|la)\s+(?:tiene ya|lleva ya|tiene ahora|lleva ahora|tiene|lleva)"
    r")\b[^.;]{0,80}?(?:\b(?:to|a|al|with|con)\s+|(?<=tiene)\s+|(?<=lleva)\s+|(?<=tiene ya)\s+|(?<=lleva ya)\s+|"
    r"(?<=tiene ahora)\s+|(?<=lleva ahora)\s+)"
    r"(?:(?:my|our|the|mi|nuestr[oa]|el|la)\s+(?:[\w-]+\s+){0,4}?(?:supervisor|manager|lead|head|director|jef[ea]|"
    r"responsable|gerente|directora|supervisora|coordinador|coordinadora|especialista|specialist|controller|"
    r"contralor|contralora)(?:\s+(?:of|de|del|for)\s+[\w-]+)?,?\s+)?"
    r"(?:(?:el|la|the)\s+)?(?:(?P<title>(?:mr|mrs|ms|miss|dr|dra|ing|lic|sr|sra|srta|d[ñn]a|do[ñn]a|don|mtr[oa]|prof)[.\u2024]?)\s+)?"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?P<last>\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?)(?P<role>,\s*(?:our|the|who|nuestr[oa]|"
    r"jef[ea]|responsable|gerente|l[ií]der|head|manager|supervisor|director|coordinador|coordinadora)\b)?", re.IGNORECASE)
#: What a case passed on is for, when it is only to be read (folded): "so she can see it", "para que lo revise".
_FOR_THEIR_EYES = re.compile(r"\b(?:so|so that)\s+(?:she|he|they|it)\s+(?:can|will|could)\s+(?:see|read|look at|have a look|"
                             r"review|check|be aware|know)\b|\bpara que\s+(?:lo |la |los |las )?(?:vea|lea|revise|conozca|"
                             r"este al tanto|sepa)\b")


def _handed_to(raw: str) -> list[re.Match[str]]:
    """Each "passed to <a person>" in the sentence. A word that is no person ("escalé las fallas con SSO de tu
    organización a Marco Bellini") is passed over, and the person after it looked for."""
    found = []
    for match in _HANDED_TO.finditer(raw):
        text = raw
        for _ in range(4):
            if match is None:
                break
            if _a_person(match):
                found.append(match)
                break
            start, end = match.span("name")
            text = text[:start] + "#" * (end - start) + text[end:]
            match = _HANDED_TO.match(text, match.start())
    return found


def _a_person(match: re.Match[str]) -> bool:
    name = match.group("name")
    if not name[:1].isupper() or fold(name.split()[0]) in _NOT_NAMES or fold(name.split()[0]) in _ANONYMOUS:
        return False
    if fold(name.split()[-1]) in _ORGANISATIONS or any(fold(w) in _ROLES for w in name.split()):
        return False  # "handed over to Australia Post": a company, not a person
    # "forwarded to Dublin": a place; a person has a surname, a title or a role
    return bool(match.group("title") or match.group("last") and match.group("last").strip()[:1].isupper()
                or match.group("role"))


_ROLES = frozenset("assistant engineer manager officer executive head director supervisor lead agent specialist "
                   "coordinator department desk team clerk inspector".split())
_ORGANISATIONS = frozenset("post mail bank group services service express ltd inc co llc team department centre center "
                           "courier couriers logistics airways airlines energy water telecom network networks hub depot "
                           "office claims insurance sa cv".split())
#: Verbs that commit to nothing even in a sentence about the future: "we will work hard to ensure...".
_HOLLOW_VERBS = re.compile(
    r"\b(?:value|appreciate|understand|apologi[sz]e|regret|hope|try|strive|aim|work|look|review|consider|ensure|"
    r"endeavour|endeavor|want|wish|need|ask|recommend|suggest|do (?:our|my) best|know|note|thank|feel|believe|think|"
    r"keep you|be in touch|get back|lamentamos|sentimos|agradecemos|valoramos|entendemos|esperamos|intentaremos|"
    r"trabajamos|trabajaremos|revisaremos|estudiaremos|analizaremos|tomamos nota|tendremos en cuenta|haremos lo posible|"
    r"nos esforzaremos|procuraremos|trataremos|confirm\w*|inform\w*|comunic\w*|record\w*|indic\w*|let you know|"
    r"remind|medidas necesarias|necessary (?:steps|measures)|taking steps|tomando (?:las )?medidas|pertinentes|"
    r"estamos|estoy|queremos|quisieramos|seguimos|continuamos|tomamos|sabemos|creemos|pensamos|deseamos|"
    r"recomend\w*|suger\w*|sugier\w*|aconsej\w*|recommend\w*|suggest\w*|advis\w*|recibido|recibimos|received|"
    r"registrad\w*|registramos|logged|noted|anotad\w*|anotamos|tomado nota|checked|looked|reviewed|searched|"
    r"investigated|asked|asentad\w*|pasamos el comentario|pasado el comentario|compartimos|shared|passed (?:on|it)|"
    r"forwarded|trasladamos|trasladado|looped|avis\w*)\b")
_FIRST_PERSON_VERB = re.compile(
    r"\b(?:i|we)(?=['\s])\s*(?:'ve|'ll|'re|'m|have|will|are|am|also|just|already|now|\s)*\s*(?:[a-z]+ed|put|set|sent|made|"
    r"[a-z]+ing|switch|add|change|set|put|make|brief|train|block|turn|flag|mark|update|remove|give|introduce)\b|"
    r"\b(?:he|hemos)\s+(?:ya\s+)?\w+(?:ado|ido)\b|\b(?:queda|quedan|quedara|quedaran|quedo|estara|estaran)\s+"
    r"\w+(?:ado|ada|ido|ida)s?\b|\b\w{3,}(?:aremos|eremos|iremos|amos|imos)\b|\b(?:vamos|voy) a\s+\w+(?:ar|er|ir)\b|"
    r"\b(?:tenemos|dejamos|hemos dejado|tienes|tiene|tenes|queda|quedo|esta|ya)\s+(?:\w+\s+)?\w+(?:ado|ada|ido|ida)s?\b|"
    r"\bse\s+(?:le\s+|les\s+)?\w{4,}(?:an|en|a|e)\b|\b(?:will|'ll)\s+(?!be\b|try|aim|look|review|keep|get back|help|take|serve|consider|continue|strive|"
    r"work|endeavou?r|use|learn|improve|share|pass|let|contact|reach)\w{3,}")
_PROCESS_NOUNS = frozenset(
    "process processes procedure procedures policy policies system systems check checks step steps rule rules "
    "training staff template templates form checkout workflow protocol protocolo proceso procesos procedimiento "
    "instruction instructions instruccion instrucciones "
    "procedimientos politica sistema sistemas control controles paso pasos regla reglas formacion personal "
    "plantilla plantillas formulario flujo revision verificacion alerta alertas aviso avisos".split())
_FIXABLE_NOUNS = frozenset(
    "account invoice bill address details record order booking reservation line service subscription plan card "
    "direct debit password access login cuenta factura direccion datos registro pedido reserva linea servicio "
    "suscripcion tarifa tarjeta domiciliacion contrasena acceso room seat flight habitacion asiento vuelo reading meter "
    "lectura medidor contador statement statements paperless alert alerts suite asientos seats plaza profile perfil "
    "entity name nombre debit debits standing boleta boletas recibo cuota cuotas roaming notifications notificaciones convenio membership membresia sessions session classes lessons "
    "sesiones sesion clases cita citas turno turnos appointment appointments licencias licencia licenses licences license licence users usuarios "
    "seat mora multa penalidad penalizacion recargo intereses penalty surcharge mobile movil celular phone telefono "
    "email default defaults marker markers notation notations adeudo deuda reporte reportes anotacion folio fine "
    "fines cert certs certificate certificates certificado certificados key keys clave claves token tokens "
    "domain domains dominio dominios".split()) - {"record"}

#: Verbs that put right whatever of the customer's they act on, when we act on it: "ya le activamos el chip
#: nuevo", "we've unfrozen your savings pot" (but "we've updated your ticket" is bookkeeping).
_ON_THEIR_THINGS = frozenset("freeze pause change update migrate remove delete close enable activate disable block switch "
                             "include congelar pausar suspender bloquear modificar actualizar eliminar habilitar "
                             "quitar retirar cerrar activar incluir".split())
#: What a customer has that is only written down about them.
_ABOUT_THEM = frozenset("ticket tickets history historial notes note file notas nota expediente profile perfil "
                        "feedback comentarios".split())


def _their_thing(after: str, before: str, lang: str) -> bool:
    """Does the verb act on something of the customer's: "your X", "a su X", or (Spanish) "le ... el X"?"""
    owned = re.match(r"\s*(?:(?:a|to|from|de|en|on|in)\s+)?(?:your|su|sus|tu|tus)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)",
                     after)
    if owned is None and lang == "es" and re.search(r"\b(?:le|te|les|os)\s+(?:(?:he|hemos|ha|han)\s+)?$", before):
        owned = re.match(r"\s*(?:el|la|los|las|un|una)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)", after)
    return owned is not None and not set(owned.group(1).split()) & (_HOLLOW_OBJECTS | _ABOUT_THEM)


#: A payment to the customer, sent by a way money reaches them: "Payment of $3,812.45 ... was issued by direct deposit
#: today", "el pago de la indemnización se emitió por transferencia".
_PAID_TO_THEM = re.compile(r"\b(?:payment|payout|settlement|cheque|check|pago|indemnizacion|liquidacion)\s+(?:of|de|por)\b")
_BY_PAYMENT = re.compile(r"\s*(?:\w+\s+){0,2}?(?:by|via|to|through|por|mediante|a)\s+(?:direct deposit|deposito|cheque|check|"
                         r"bank transfer|transferencia|eft|you|your|usted|su|tu)\b")
_MONEY_REMEDY_VERBS = frozenset("apply add issue process approve authorise authorize raise load aplicar tramitar procesar "
                                "emitir aprobar autorizar meter poner generar agregar anadir".split())
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon)|just now|a (?:few )?(?:minutes?|moment) ago|"
                    r"(?:about |around )?an hour ago|(?:a couple of|two|three) hours ago|hace (?:una|un par de) horas?|hoy|"
                    r"esta (?:manana|tarde|madrugada)|hace un (?:rato|momento)|ahora mismo|recien|anoche|last night|"
                    r"overnight)\b")
#: What we did about what the file shows, in a clause of its own (folded): "our records show the charge was a
#: duplicate, so I've refunded the £40".
_SO_WE = re.compile(r"[,;]\s*(?:so|and|but|y|pero|asi que|por lo que|por eso)\b|\b(?:so|asi que|por eso|therefore|"
                    r"por lo tanto)\b")
#: The file speaking, not the agent: what follows is the account's history (folded).
_RECORDS_SAY = re.compile(r"\b(?:our (?:records|systems?|logs) (?:show|showed|indicate|indicated|reflect|confirm)|(?:as )?per "
                          r"our (?:records|logs)|according to our (?:records|logs)|segun (?:nuestros|los|nuestro) "
                          r"(?:registros?|sistemas?)|"
                          r"nuestros registros (?:indican|muestran|reflejan)|(?:el|nuestro) sistema (?:indica|muestra|refleja))\b")
_FIRST = frozenset("we i we've i've we'll i'll we're i'm we'd i'd".split())
_CUSTOMER = frozenset("you you'll you've you're usted ustedes vos".split())
_BE = frozenset("is are was were be been being am 's 're 'm es son fue fueron sera seran ha sido han sido".split())
_HAVE_EN = frozenset("have has had 've 'd having".split())
_WILL_EN = frozenset("will 'll shall wo".split())
_MODAL_EN = frozenset("can could may might would should must ca cannot couldn't wouldn't shouldn't mightn't "
                      "can't".split())
_NEG_EN = frozenset("not n't never no cannot can't won't don't doesn't didn't isn't aren't wasn't weren't haven't "
                    "hasn't unable nor".split())
_SKIP_EN = frozenset("just already now also personally then today both gone ahead and actually fully therefore thus hence "
                     "formally officially entirely completely successfully "
                     "manually immediately finally successfully quickly kindly happily gladly go went".split())
_ADVICE_EN = re.compile(r"\b(?:please|pls|plz|kindly|we (?:would |'d )?(?:recommend|suggest|advise|ask|need)|i (?:would |'d )?"
                        r"(?:recommend|suggest|advise)|you (?:can|could|may|might|should|must|need|will need|'ll "
                        r"need|have to|are able)|feel free|you're welcome to|you are welcome to|"
                        r"we (?:would|'d) (?:be happy|be glad|like)|we (?:are|'re) (?:unable|not able)|"
                        r"(?:try|trying|aim|aiming|hope|hoping|want|wish|plan|planning|intend|expect) to)\b",
                        re.IGNORECASE)
#: Not right after an object pronoun: "te esperamos en el taller" is an appointment, "esperamos que" a hope.
NOT_AFTER_A_CLITIC = r"(?<!te )(?<!le )(?<!lo )(?<!la )(?<!os )(?<!los )(?<!las )"
_ADVICE_ES = re.compile(r"\b(?:le|te|les|os) (?:recomend\w*|suger\w*|sugier\w*|ped\w*|pid\w*|rog\w*|invit\w*|"
                        r"aconsej\w*|solicit\w*)|\b(?:necesit\w*|requer\w*|requier\w*) que\b|\bpuede(?:s|n)?\b|"
                        r"\bpodes\b|\bpodra(?:s|n)?\b|\bpodria(?:s|mos|n)?\b|\bpodemos\b|\bpodremos\b|\bdebe(?:s|n|ra|ria)?\b|"
                        r"\bdeberia\w*\b|\b(?<!no )tiene(?:s|n)? que\b|\btendra(?:s|n)? que\b|\b(?<!ya no )hay que\b|\bhabria que\b|"
                        r"\bintent\w*\b|\btrat\w* de\b|\bquisiera\w*\b|\bqueremos\b|\bnos gustaria\b|"
                        r"\bestar\w* encantad\w*\b|\bpara que\b|" + NOT_AFTER_A_CLITIC +
                        r"\bespera(?:mos|r)\b|\bfavor de\b|\bpor favor\b|"
                        r"\bno dude\w*\b|\bpretend\w*\b|\bbuscamos\b|\bprocur\w*\b")
_AUX_EN = _BE | _HAVE_EN | _WILL_EN | _MODAL_EN | frozenset("'s 're 'm been being be".split())
_SUBJECT_PRONOUNS = frozenset("we i he she they it who".split())
_TITLES = frozenset("sr sra srta don dona mr mrs ms miss dr dra".split())
_GREETINGS = frozenset("hi hello hey dear thanks thank morning afternoon evening hola estimado estimada querido querida "
                       "gracias buenos buenas buen dia dias tardes noches saludos sr sra srta don dona mr mrs ms miss "
                       "dr".split())
_DETERMINERS = frozenset("el un una unos unas su sus tu tus del al este esta estos estas ese esa nuestro nuestra "
                         "nuestros nuestras mi mis cada otro otra de con sin por en sobre cualquier ningun ninguna "
                         "dicho dicha primer primera nuevo nueva".split())
_NEG_ES = frozenset("no nunca jamas tampoco ni imposible".split())
_HABER_DONE = frozenset("he hemos ha han habia habiamos hubo".split())
_SER_PASSIVE_DONE = frozenset("fue fueron sido queda quedan quedo quedaron esta estan".split())
_SER_PASSIVE_FUT = frozenset("sera seran".split())
_VAMOS_A = frozenset("vamos voy va van vas".split())
_ES_CLITIC = frozenset("le les te os lo la los las se me nos".split())
_ES_SKIP = frozenset("ya hoy tambien ahora mismo personalmente nuevamente manana".split()) | _ES_CLITIC

_HARD_CONDITION = re.compile(
    # ("provided", not after "you", "details" or a passive's "was", "not", "been": "the seat was not provided")
    r"\b(?:if|unless|(?<!you )(?<!we )(?<!they )(?<!i )(?<!details )(?<!information )(?<!not )(?<!was )(?<!were )"
    r"(?<!been )(?<!is )(?<!are )(?<!be )provided|providing|subject to|as long as|in case|in the event|assuming|should you|"
    r"pending (?:the |a |an |your |our )?(?:\w+ )?(?:review|approval|investigation|confirmation|verification|outcome|result|"
    r"receipt|assessment|check|decision)|"
    r"should (?:our|the|it|this|that|there|any|they|we|a|an)\b|"
    r"eligible|eligibility|while (?:a|the|your|any|an) (?!(?:\w+\s+){0,2}(?:heals?|recovers?|is away|are away|is empty|makes its)|"
    r"(?:dispute|claim|investigation|chargeback|appeal) (?:runs|is (?:running|open|ongoing|in progress|being (?:reviewed|"
    r"investigated|looked into))))|(?<!por )si(?!,)|siempre que|siempre y cuando|en caso de|salvo que|a menos que|"
    r"sujet[oa] a|pendiente de|previa|previo|de proceder|si procede|de ser (?:posible|aprobad[oa])|"
    r"en funcion de|conforme a (?:la|nuestra) politica|de ser el caso|de (?:verificarse|confirmarse|comprobarse|resultar|"
    r"corresponder|proceder)|en su caso|if applicable|where applicable|if appropriate|as applicable)\b")
#: A sentence that opens with what the customer must do: "To start a return, log into...", "Para solicitar...".
_INSTRUCTION_LEAD = re.compile(
    r"^\s*(?:(?:hi|hello|hola|dear)\s+\w+\s*)?(?:just\s+|simply\s+)?(?:to|para|in order to|if you want to|if you'd like to)\s+"
    r"(?:start|request|claim|get|obtain|apply|file|submit|begin|initiate|receive|solicitar|pedir|iniciar|obtener|"
    r"reclamar|tramitar|acceder|recibir|gestionar)\b")
#: What the customer told us, not what we do: "sorry to hear that...", "lamentamos que...", "I can see you were...".
_THEIR_STORY = re.compile(r"\b(?:sorry (?:to hear|to read|to learn|that|the|your)|"
                          r"(?:lament\w+|sent\w+|sorry for|apologi[sz]e for)\s+(?:\w+\s+){0,3}(?:inconvenientes|molestias|"
                          r"problemas|trouble|inconvenience|issues)\s+(?:que|that)|"
                          r"i understand (?:that|how|you)|we understand (?:that|how|you)|i can see (?:that )?you|"
                          r"lamento (?:que|mucho que|saber)|lamentamos (?:que|mucho que|saber)|siento (?:que|mucho que)|"
                          r"sentimos (?:que|mucho que)|entendemos que|entiendo que|vemos que (?:usted|tu|su)|"
                          r"nos dice que|nos cuenta que|you (?:mentioned|said|told us|wrote) (?:that)?|"
                          r"usted (?:menciona|indica|nos dice))\b")
_BECAUSE = re.compile(r"(?:\b(?:because|since|given that|due to the fact that|porque|ya que|dado que|puesto que|"
                      r"debido a que|pues)|(?<!ed )(?<!en )\bas|\bcomo(?= (?:el|la|los|las|su|tu|ya|no|nos|se)\b))\b"
                      r"(?!\s+(?:soon|well|per|of|for|a|an|usual|promised|agreed|requested|asked))"
                      # "since" of time, not of reason: "charged for it since October", "since then", "since the 3rd"
                      r"(?<!\bsince(?=\s(?:january|february|march|april|may|june|july|august|september|october|november|"
                      r"december|then|last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d|\d)))")
# ("charged as card annual fee", "taken as a deposit": what it was charged as, not a reason.)
#: A day or an hour after "until" or "after", which bound a time and set no condition: "on hold until 31 May".
_A_TIME = (r"-|\s+(?:the\s+)?(?:\d|[$€£₹]|school|work|class|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|"
           r"jul|aug|sep|oct|nov|dec|"
           r"tomorrow|today|tonight|noon|midday|midnight|lunch|then|christmas|new year|next|this (?:week|month|year))")
#: "after your feedback", "after what happened": why we acted, not a condition on it.
_WHAT_THEY_SAID = (r"\s+(?:(?:your|our) (?:feedback|e-?mail|complaint|comments?|message|call|letter|review|note|post|"
                   r"report|tweet|chat|visit|stay)|what happened)\b")
#: "when you came in", "after you froze your account", "cuando vino": a time in the past, not a condition.
_IN_THE_PAST = (r"\s+(?:you|he|she|they|we|i|it)\s+(?:came|were|was|called|visited|arrived|rang|wrote|emailed|phoned|"
                r"booked|stayed|bought|ordered|complained|picked|dropped|froze|left|paid|sent|told|took|made|got|"
                r"[a-z]{3,}ed)\b")
_EN_EL_PASADO = (r"\s+(?:usted\s+|ud\.?\s+)?(?:vino|viniste|estuvo|estuviste|llamo|llamaste|paso|pasaste|escribio|"
                 r"escribiste|visito|visitaste|compro|compraste)\b")
#: "cuando quieras", "pa' cuando guste": whenever the customer likes, no condition.
_AS_THEY_LIKE = r"\s+(?:quieras|quiera|quieran|gustes|guste|gusten|prefieras|prefiera|prefieran)\b"
_SOFT_CONDITION = re.compile(
    r"\b(?:once|when(?!" + _IN_THE_PAST + r")|whenever(?! you (?:like|want|wish)\b)(?!\s*(?:suits|works|[.!,]|$))|"
    r"(?<!look )(?<!looks )(?<!looking )(?<!looked )after(?!" + _A_TIME + r")(?!" + _WHAT_THEY_SAID + r")"
    r"(?!" + _IN_THE_PAST + r")|upon|as soon as|"
    r"until(?!" + _A_TIME + r")|una vez|(?<!decirle )(?<!decirte )(?<!decirles )(?<!saber )(?<!avisarle )(?<!avisarte )(?<!confirmarle )"
    r"(?<!confirmarte )(?<!contarle )(?<!contarte )cuando(?!" + _AS_THEY_LIKE + r")(?!" + _EN_EL_PASADO + r")|en cuanto(?! al?\b)|"
    r"tan pronto(?: como)?|"
    r"apenas|tras(?! lo (?:ocurrido|sucedido|pasado))(?! (?:su|tu) (?:queja|reclamo|reclamacion|correo|"
    r"mensaje))|despues de que|luego de que|hasta que|al recibir|al momento de)\b")
# ("en cuanto a su queja": as for, and "who looks after bookings": no condition.)
#: What makes an "until" a condition: nothing happens before it ("no refund until the return arrives", "we can't ship it
#: until", "solo cuando", "no ... hasta que").
_HELD_BACK = re.compile(r"\b(?:not|n't|no|never|nothing|nunca|nada|ni|only|solo|unable|cannot|wait|esperar?|esperamos|"
                        r"hold|held|pause|paused|retenid\w*|pendiente|pending|suspend\w*)\b|n't\b")
_CLAUSE_BREAK = re.compile(r"(?:[,;:](?=\s)\s*(?:and|but|so|y|pero|asi que|e)?\b|\s[–—]\s|\b(?:and|but|y|pero|mientras)\b)")


@dataclass(frozen=True)
class Commitment:
    start: int
    end: int
    kinds: frozenset[str]
    #: "done", or "promised" (needs a date or deadline), or "present" (needs a specific time)
    status: str
    sentence: int
    text: str
    timed: bool = False
    amounts: tuple = field(default=())
    #: The verb's lemma ("" for a process or a phrase a site taught).
    lemma: str = ""


def _morph() -> Morphology:
    return morphology(frozenset(_EN_VERBS), frozenset(_ES_VERBS))


def _person_pronoun_before(sentence: Sentence, index: int) -> bool:
    """A "she", "he", "ella", "él" among the few words before the verb: someone named before."""
    return any(t.norm in ("she", "he", "ella", "el") and (t.norm != "el" or t.text.lower() == "él")
               for t in sentence.tokens[max(0, index - 4):index])


def _is_name(token: Token, index: int, sentence: Sentence) -> bool:
    """A capitalised word that reads as a person's name, not a sentence's first word or a day."""
    word = token.text
    if not word[:1].isupper() or word.isupper() and len(word) > 1:
        return False
    if token.norm in _NOT_NAMES:
        return False
    if index > 0 and sentence.tokens[index - 1].norm in _GREETINGS:
        # "Hi Melissa,": the customer addressed, not someone acting; but after a title, a name that goes on to act
        # is ours: "Dr Lim will call you", "Dr Lim, our practice principal, has read it".
        after = sentence.text[token.end - sentence.start:]
        return sentence.tokens[index - 1].norm in _TITLES and (
            index + 1 < len(sentence.tokens) and sentence.tokens[index + 1].norm in ("will", "'ll", "is", "has") and
            not after.startswith(",") or
            bool(re.match(r",\s+(?:our|nuestr[oa]|from|del|de la|de nuestr[oa]|who|quien)\b", after, re.IGNORECASE)))
    if index > 0 and sentence.tokens[index - 1].norm in ("el", "la") and re.match(
            r"\s+(?:del|de la|de)\s+(?:area|equipo|departamento|servicio|soporte|sucursal|local|tienda|oficina|taller|"
            r"mesa)\b", _fold_keep(sentence.text[token.end - sentence.start:])):
        return True  # "la Francisca del área de evaluación te llama mañana": a person named the Chilean way
    if index > 0 and sentence.tokens[index - 1].norm in _BEFORE_INSTITUTION:
        return False  # "nuestro equipo de Siniestros", "the Billing team": a department, not a person
    if index == 0:
        if re.search(r"(?:ment|tion|sion|ness|ity|ance|ence|ing|cion|dad|miento)$", token.norm) or \
                _noun_kinds(token.norm) or _morph().forms(token.norm):
            return False  # "Payment will be made": a noun opening the sentence, not a person
        following = sentence.text[token.end - sentence.start:token.end - sentence.start + 2]
        return following.startswith(",") or (len(sentence.tokens) > 1 and (sentence.tokens[1].text[:1].isupper()
                                                                             or sentence.tokens[1].norm in
                                                                             _AFTER_NAME))
    return True


_BEFORE_INSTITUTION = frozenset("de del of the el la los las our nuestro nuestra su your tu equipo team area "
                                "departamento department dept servicio service at en in".split())
_AFTER_NAME = frozenset("from de del our nuestro nuestra is will 'll 's has had was can would could le te lo la ha va "
                        "ya se already personally herself himself also at of on en con".split())
_NOT_NAMES = frozenset(
    "we i our the your you hi hello dear thanks thank regards hola estimado estimada buenos buenas gracias un una el "
    "la los las su tu nuestro nuestra monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles "
    "jueves viernes sabado domingo january february march april may june july august september october november "
    "december enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "mr mrs ms dr sr sra srta don dona team equipo support soporte customer cliente please por this that it he she "
    "they visa mastercard amex paypal bizum iban sepa eur usd gbp ok okay good great sorry lamentamos "
    "disculpe perdon as per ya hoy manana today tomorrow en in on at for para con desde y and pero but si when cuando "
    "como after despues antes before tras segun".split())  # (a preposition opening a sentence: "En la factura del…")


#: An aside in brackets: "(SKU KB-870)", "(Montevideo-Buenos Aires, 20/11)".
_ASIDE = re.compile(r"\([^()]*\)")


def _tokens_window(sentence: Sentence, index: int) -> tuple[int, int]:
    """The clause around a verb: from the last clause break before it to the next after it (token indices)."""
    text = sentence.text
    here = sentence.tokens[index].start - sentence.start
    # A break inside an aside in brackets the verb is not in breaks the aside, not the clause: "El reembolso por el
    # vuelo PA 318 (Montevideo-Buenos Aires, 20/11) fue procesado".
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text) if not m.start() < here < m.end()]
    breaks = [m for m in _CLAUSE_BREAK.finditer(text.lower()) if not any(a < m.start() < b for a, b in asides)]
    begin = max((m.end() for m in breaks if m.end() <= here), default=0)
    end = min((m.start() for m in breaks if m.start() >= here + len(sentence.tokens[index].text)), default=len(text))
    first = next((i for i, t in enumerate(sentence.tokens) if t.start - sentence.start >= begin), index)
    last = max((i for i, t in enumerate(sentence.tokens) if t.end - sentence.start <= end), default=index)
    return min(first, index), max(last, index)


def _clauses(folded: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _CLAUSE_BREAK.finditer(folded):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(folded)))
    return spans


def _clause_index(spans: list[tuple[int, int]], position: int) -> int:
    """Which of the clauses (``_clauses`` spans) holds the position; the last one past the end."""
    return next((i for i, (a, b) in enumerate(spans) if a <= position < b), len(spans) - 1)


def _clause_text(folded: str, position: int) -> str:
    """The clause of the (folded) sentence that holds the position."""
    spans = _clauses(folded)
    a, b = spans[_clause_index(spans, position)]
    return folded[a:b]


_POLICY = re.compile(r"\b(?:in line with|in accordance with|according to|as per|per|under|conforme a|de acuerdo con|segun)\s+"
                     r"(?:our|the|your|nuestr[oa]s?|la|las|el|los|su|sus)\s+(?:[\w.]+\s+){0,5}?(?:policy|policies|terms|"
                     r"conditions|politica|politicas|terminos|condiciones|normas|reglamento)\b")


def _governed_by_condition(sentence: Sentence, token: Token, folded: str, done: bool = False) -> bool:
    """Whether a condition governs the clause of this word: its own clause ("we refund you if it arrives
    damaged"), or the clause right after one that opens with it ("If it meets our policy, a refund will
    be issued"; "una vez recibido, le reembolsaremos")."""
    here = token.start - sentence.start
    if _INSTRUCTION_LEAD.search(folded) and not re.search(r"\b(?:i|we|i've|we've|hemos|he)\b|'ve\b", folded):
        return True  # "To start a return, log into your account...": the customer does it
    if not done and _POLICY.search(folded):
        return True  # "it will be processed in line with our returns policy": whatever the policy says
    spans = _clauses(folded)
    mine = next((i for i, (a, b) in enumerate(spans) if a <= here < b), len(spans) - 1)
    for pattern, soft in ((_HARD_CONDITION, False), (_SOFT_CONDITION, True)):
        for match in pattern.finditer(folded):
            where = next((i for i, (a, b) in enumerate(spans) if a <= match.start() < b), len(spans) - 1)
            opens = folded[spans[where][0]:match.start()].strip() == ""
            if where != mine and not (opens and (where == mine - 1 or where == 0 and match.start() < here)):
                continue  # a condition opening the sentence governs all of it ("Una vez que recibamos..., te...")
            if soft and re.match(r"\s+(?:you|we|i|they|he|she|it)\s+\w+ed\b", folded[match.end():]) and \
                    match.group(0) in ("after", "when"):
                continue  # "price dropped after you ordered": when it happened, not a condition
            if soft and re.match(r"\s+(?:your|su|tu|our|nuestra|la|el|the)\s+(?:\w+\s+)?(?:complaint|call|email|message|"
                                 r"feedback|review|visit|stay|letter|queja|reclamo|reclamacion|llamada|correo|mensaje|"
                                 r"comentario|visita|estancia|carta)s?\b", folded[match.end():]):
                continue  # "after your complaint we've changed...": when, not if
            if soft and re.match(r"\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|h|hrs)?\b|(?:midday|noon|lunch|mediodia|"
                                 r"(?:la|las) \d))", folded[match.end():]):
                continue  # "she will call you Tuesday after 3:30": a time, not a condition
            if soft and re.search(r"\b(?:on|about|of|sobre|de|regarding|as to)\s*$", folded[:match.start()]):
                continue  # "an update on when the site is back up": a question, not a condition
            if soft and done and where != mine and not re.match(
                    r"\s+(?:que\s+)?(?:you|usted|tu|vos|nos|us|tengamos|tenga|tengan|podamos|pueda|puedan|haya|hayan|"
                    r"llegue|lleguen|este|esten|recibamos|reciba|sepamos|we (?:have|get|receive|know)|"
                    r"it (?:arrives|comes))\b",
                    folded[match.end():]):
                continue  # "tras hablarlo con operaciones, le hemos abonado 60 €": when, before a thing done
            if soft and done and match.group(0) in ("after", "tras") and re.match(
                    r"\s+(?:(?:reviewing|checking|looking (?:at|into)|investigating|speaking to|talking to|hearing from|"
                    r"revisar|analizar|verificar|hablar con)\b)", folded[match.end():]):
                continue  # "After reviewing your complaint we have withdrawn the account": when, before a thing done
            if soft and match.group(0) in ("until", "hasta que") and where != mine and not _HELD_BACK.search(folded):
                continue  # "until the camera is replaced, we'll have an attendant at the exit": meanwhile, no condition
            if soft:
                scope = folded[match.end():spans[where][1]]
                # "once the courier collects it on Monday, we ship the new one": a condition we set, with a time
                # (not one of theirs: "once the fee is paid by 4th December").
                if has_specific_time(scope) and not re.search(r"\b(?:you|usted|recibamos|receive|received|"
                                                              r"reciba|recibido|revis\w+|inspect\w*|review\w*|"
                                                              r"approv\w*|aprob\w*|confirm\w*|paid|pays?|pagu\w*|"
                                                              r"pagad\w*|abonad\w*|signed|firmad\w*|returned|"
                                                              r"devuelt\w*|submitted|uploaded|filled|completed|"
                                                              r"rellenad\w*|llenad\w*|completad\w*)\b", scope):
                    continue
                if where == mine and match.start() > here and done and not (match.group(0) in (
                        "apenas", "en cuanto", "cuando", "una vez", "as soon as", "once", "when") and re.match(
                        r"\s+(?:que\s+)?(?:tengamos|tenga|tengan|podamos|pueda|puedan|haya|hayan|llegue|lleguen|este|"
                        r"esten|recibamos|reciba|sepamos|we (?:have|get|receive|know)|it (?:arrives|comes))\b", scope)):
                    continue  # "we refunded you when we saw it": after a done verb, a soft marker tells time
            return True
    return False


def _left(sentence: Sentence, index: int, first: int, skip: frozenset[str]) -> list[Token]:
    """The tokens left of a verb within its clause, nearest first, skipping adverbs and clitics (and the "No"
    of "outside No. 14", a number's label, and of "the no-show fee": neither is a negation)."""
    tokens = sentence.tokens
    aside = [(m.start() + sentence.start, m.end() + sentence.start) for m in _ASIDE.finditer(sentence.text)] \
        if "(" in sentence.text else []
    return [t for i, t in reversed(list(enumerate(tokens[first:index], first))) if t.norm not in skip and not (
        t.norm == "no" and i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit()) and not (
        t.norm == "no" and sentence.text[t.end - sentence.start:t.end - sentence.start + 1] == "-") and not (
        any(start < t.start < end for start, end in aside) and t.norm not in _NEG_EN | _NEG_ES and
        not t.norm.endswith("n't"))]  # ("A replacement keyboard (SKU KB-870) shipped": an aside; "(not yet)" is no aside)


def _objects(sentence: Sentence, first: int, last: int) -> tuple[set[str], list[Token]]:
    kinds: set[str] = set()
    tokens = sentence.tokens[first:last + 1]
    for token in tokens:
        kinds |= _noun_kinds(token.norm)
    joined = " ".join(t.norm for t in tokens)
    if _FREE.search(joined):
        kinds.add(CREDIT)  # "two months of Pro at no charge", "sin coste"
    if re.search(r"\bpayment (?:plan|arrangement)|\bplan de pagos?\b|\bconvenio de pagos?\b|\binstal+ment plan", joined):
        kinds.add(CREDIT)  # "we've set up the payment plan we talked about": time to pay, a concession
    return kinds, tokens


def _english(sentence: Sentence, index: int, form: Form, first: int) -> tuple[str, str, bool] | None:
    """(status, subject, passive) of an English verb form, or None when it is no finite verb of ours."""
    if index > 0 and sentence.tokens[index].text[:1].isupper() and sentence.tokens[index - 1].text[:1].isupper():
        return None  # "Shannon Claims Services": a name, not "services"
    left = _left(sentence, index, first, _SKIP_EN)
    if left and left[0].norm == "re" and left[0].end + 1 == sentence.tokens[index].start:
        left = left[1:]  # "the sender's re-dispatching your order": the verb is "re-dispatch"
    words = [t.norm for t in left]
    if words[:1] == ["should"] and form.lemma in ("arrive", "reach", "land", "get") and has_deadline(sentence.text) and \
            any(t.norm in ("new", "replacement") for t in sentence.tokens[max(0, index - 6):index]):
        words = ["will"] + words[1:]  # "your new debit card should arrive by mail by Tuesday, Dec 1": when it comes
    near = words[:4]
    chain = []
    for at, word in enumerate(near):
        if word in _SUBJECT_PRONOUNS or word == "you":
            break
        if chain and word.endswith("ed") and len(word) > 4:
            break  # "the order that was never installed has been cancelled": the "never" is the other verb's
        if "will" in chain and (word in _NEG_EN or word.endswith("n't")) and \
                any(w in ("that", "which", "who") for w in words[at + 1:at + 4]):
            break  # "the withdrawal that did not dispense will be credited back": the "not" of a clause about it
        chain.append(word)
    if any(w in _NEG_EN or w.endswith("n't") for w in chain):
        return ("negated", "", False)  # "we can't refund", not "no problem, I've switched"
    if any(w in _MODAL_EN for w in near[:3]):
        return None
    tense = form.tense
    subject_at = 0
    status = ""
    passive = False
    lead = sentence.text[:sentence.tokens[index].start - sentence.start] if index else ""
    if index == 0 or all(t.norm in ("re", "just", "also", "already", "now", "and", "have", "'ve", "yep", "yes",
                                    "yeah", "yup", "ok", "okay", "sure", "done", "sorted", "update", "good", "news")
                         for t in sentence.tokens[:index]) or (
            (index <= 3 or re.match(r"\W*(?:hi|hello|hey|so|really|very|oh)?\W*(?:\w+\W+)?(?:so |very |really )?"
                                    r"(?:sorry|sry|soz|apols|my bad|oops|thanks|thx|thank you|apologies|good news|great news|update)\b",
                                    _fold_keep(lead))) and re.search(r"[,—–-]\s*(?:just\s+)?$", lead) and
            not any(t.norm in _SUBJECT_PRONOUNS | {"you"} for t in sentence.tokens[:index])):
        if tense in ("past", "pp") and re.match(r"\s*(?:[-*•]|\d+[.)])?\s*\w", sentence.text):
            return ("done", "first", False)  # "- Re-applied the discount", "Refunded the £12 just now."
    if tense in ("pp", "past") and re.search(r"[–—]\s*(?:just\s+|already\s+|also\s+|now\s+)?$", lead) and \
            money(lead) and not (near[:1] and near[0] in _AUX_EN):
        return ("done", "first", True)  # "$20 off each of your next three bills – $60 all in – already loaded on the account"
    if tense in ("pp", "past") and re.match(r"\W*(?:all\s+)?(?:sorted|done|fixed|all done|all sorted)\s*[-–—:!,]",
                                            _fold_keep(sentence.text)) and not (near[:1] and near[0] in _AUX_EN):
        return ("done", "first", True)  # "Sorted - the aircon's blowing cold again, the leaking valve swapped"
    prefixed = index > 0 and sentence.tokens[index - 1].norm == "re" and \
        sentence.tokens[index - 1].end + 1 == sentence.tokens[index].start  # "re-run": the verb starts at "re"
    if _coordinated(sentence, index - prefixed) and tense in ("pp", "past", "base", "s"):
        inherited = _inherited(sentence, index - prefixed, tense)
        if inherited is not None:
            return inherited
    # (after the passive's own "be" it is the verb: "will be replaced free of charge")
    if tense == "pp" and not (near[:1] and near[0] in _HAVE_EN | {"been", "be", "being", "is", "are", "was", "were"}) \
            and index + 1 < len(sentence.tokens) and (
            _is_agent(sentence.tokens[index + 1].norm) or _noun_kinds(sentence.tokens[index + 1].norm)):
        return None  # "the brand's authorised technician", "the corrected invoice": an adjective
    if tense == "pp":
        if near[:1] and near[0] in _HAVE_EN:
            status, subject_at = "done", 1
        elif near[:1] and near[0] in ("been",) and near[1:2] and (near[1] in _HAVE_EN or near[1] == "'s"):
            status, subject_at, passive = "done", 2, True
        elif near[:1] and near[0] == "be" and near[1:2] and near[1] in _WILL_EN:
            status, subject_at, passive = "promised", 2, True
        elif near[:3] == ["be", "to", "going"] or near[:3] == ["be", "to", "gonna"]:
            status, subject_at, passive = "promised", 4, True
        elif near[:1] and near[0] in ("was", "were", "got"):
            status, subject_at, passive = "done", 1, True
        elif near[:1] and near[0] in ("is", "are", "'s", "'re", "gets", "get"):
            # "is now cancelled" is done; "refunds are processed within 5 days" is how things go.
            follow = _fold_keep(sentence.text[sentence.tokens[index].end - sentence.start:])[:40]
            plural = near[0] == "are" and not any(w in ("your", "these", "those", "both") for w in words[1:5])
            resultative = any(w in ("now", "already", "all") for w in words[:3]) or (
                not plural and not re.match(r"\s*(?:within|in \d|once|when|after|upon|usually|normally|typically|"
                                            r"automatically|only|if|where|by)\b", follow)) or \
                (index + 1 < len(sentence.tokens) and sentence.tokens[index + 1].norm in ("now", "already")) or \
                _TODAY.search(_fold_keep(sentence.text))
            status, subject_at, passive = ("done" if resultative else "present"), 1, True
        elif near[:1] and near[0] in ("being",) and near[1:2] and near[1] in ("is", "are", "'s", "'re", "am", "'m"):
            status, subject_at, passive = "promised", 2, True
        elif near[:1] and near[0] in ("being",):
            return None  # "within 30 days of the fault being repaired": when, not a promise
        elif index > 0 and (_noun_kinds(sentence.tokens[index - 1].norm) or sentence.tokens[index - 1].norm in (
                "amount", "payment", "money", "sum") or money(sentence.text[:sentence.tokens[index].start -
                                                                             sentence.start]) or (
                _EN_VERBS[form.lemma][1] == "delivery" and index - first <= 4 and
                any(t.norm in ("ones", "one", "pair", "size", "new") for t in sentence.tokens[first:index]))) and \
                index - first <= 4 and (not sentence.tokens[index - 1].norm.endswith("s") or any(
                    t.norm in ("ones", "pair", "new") for t in sentence.tokens[first:index])) and \
                form.lemma != "make" and (
                money(sentence.text) or _TODAY.search(_fold_keep(sentence.text)) or
                sentence.text.rstrip().endswith(":")):
            status, subject_at, passive = "done", len(near), True  # "Refund processed: 58.40 EUR back today."
        elif re.match(r"\s*(?:that|it|everything|all|this)\s*(?:'s|is|has been)\b", _fold_keep(sentence.text)) \
                and index <= 8 and _noun_kinds(_left_noun(sentence, index)) <= FIX | {CANCELLATION, REFUND, CREDIT}:
            status, subject_at, passive = "done", len(near), True  # "That's your subscription box cancelled"
        elif index + 1 < len(sentence.tokens) and (_is_agent(sentence.tokens[index + 1].norm) or
                                                   _noun_kinds(sentence.tokens[index + 1].norm)):
            return None  # "the brand's authorised technician", "the corrected invoice": an adjective
        elif "past" in {f.tense for f in _morph().forms(sentence.tokens[index].norm) if f.lemma == form.lemma}:
            tense = "past"
        else:
            return None
    if tense == "past" and not status:
        status, subject_at = "done", 0
        if near[:1] and (near[0] in _AUX_EN or near[0] in ("did", "to")):
            return None  # "will be resolved", "has been sent": the participle's reading decides
        readings = {f.tense for f in _morph().forms(sentence.tokens[index].norm) if f.lemma == form.lemma}
        if form.lemma == "set" and not (near[:1] and (near[0] in _SUBJECT_PRONOUNS or near[0] in _AUX_EN)):
            return None  # "a full replacement set": the noun
        if "pp" in readings and (near[:1] and near[0] in ("it", "this", "that", "they") or
                                 any(w in ("get", "getting", "got", "have", "having", "had") for w in near[:4])):
            return None  # "getting it fixed", "get your delivery rescheduled": a causative, not our past
        if "pp" in readings and not (near[:1] and (near[0] in _SUBJECT_PRONOUNS or _is_agent(near[0]) or near[0] in _ROLES
                                                    or REPLACEMENT in _kinds_in(sentence, max(first, index - 4), index)
                                                    or any(REPLACEMENT in _noun_kinds(t.norm) for t in left[:3])
                                                    or _is_name(left[0], sentence.tokens.index(left[0]), sentence))):
            if index == 1 and sentence.tokens[0].text[:1].isupper() and sentence.tokens[0].norm in _FIXABLE_NOUNS and \
                    form.lemma in ("reissue", "correct", "amend", "update", "fix", "cancel", "close", "restore",
                                   "reactivate", "unblock", "unlock", "reset", "renew"):
                return ("done", "first", True)  # "Invoice reissued with your company's VAT number on it": a headline
            return None  # "the £318.40 paid for your tickets", "the fee approved by the regulator"
    elif tense == "base" and not status:
        if near[:1] and near[0] in _WILL_EN:
            status, subject_at = "promised", 1
        elif near[:2] in (["to", "set"], ["to", "scheduled"], ["to", "due"]) and near[2:3] and near[2] in (
                "is", "are", "'s", "'re"):
            status, subject_at = "promised", 3  # "your policy is set to cancel on 1 December"
        elif near[:2] in (["to", "agreed"], ["to", "promised"], ["to", "committed"]):
            status, subject_at = "promised", 2  # "she has agreed to call you on Monday"
        elif len(near) >= 4 and near[0] == "to" and near[1] in ("out", "round", "over", "there", "by", "in") and (
                near[2] == "be" and near[3] in _WILL_EN or
                near[2] in ("coming", "heading", "going", "popping") and near[3] in ("am", "are", "is", "'m", "'re", "'s")):
            status, subject_at = "promised", 4  # "we'll be out to fix the boiler on Monday", "we're coming round to"
        elif near[:2] == ["to", "going"] or near[:1] == ["gonna"]:
            status, subject_at = "promised", 3 if near[:1] != ["gonna"] else 1
            if near[subject_at:subject_at + 1] and near[subject_at] in ("be", "been"):
                return None
        elif near[:1] and (near[0] in _FIRST or near[0] in ("they", "who")):
            status, subject_at = "present", 0
        else:
            return None
    elif tense == "s" and not status:
        if not (near[:1] and (near[0] in _SUBJECT_PRONOUNS or _is_agent(near[0]) or _noun_kinds(near[0])
                              or REPLACEMENT in _kinds_in(sentence, first, index)
                              or (_EN_VERBS[form.lemma][1] in ("moves", "delivery") and has_specific_time(sentence.text)
                                  and near[0] not in ("order", "parcel", "package"))
                              or _is_name(left[0], sentence.tokens.index(left[0]), sentence))):
            return None  # "refunds to a credit card can take...": a noun, not "it refunds"
        status, subject_at = "present", 0
    elif tense == "ing" and not status:
        if near[:1] and near[0] in ("am", "are", "is", "'m", "'re", "'s"):
            status, subject_at = "promised", 1
        elif near[:2] == ["be", "will"] or near[:2] == ["be", "'ll"]:
            status, subject_at = "promised", 2
        else:
            return None
    skipped = len(left) - len(left[subject_at:])
    subject = _subject(sentence, index, skipped, first if passive else 0)  # a passive's subject is in its clause
    if tense in ("s",) and subject == "":
        subject = "third"
    return (status, subject, passive)


_PERSON_PRONOUNS = frozenset("he she him her ella".split())
_THING_PRONOUNS = frozenset("it this that they these those everything".split())
_SUBJECT_SKIP = _SKIP_EN | _BE | _HAVE_EN | _WILL_EN | frozenset(
    "'s 'm 're 've 'll 'd n't not to going gonna been being be get got also who which that will".split())


def _noun_kinds(norm: str) -> frozenset[str]:
    """The remedy a noun names, singular or plural, or misspelled by one letter ("devolusion", "refnd")."""
    found = _REMEDY_NOUNS.get(norm)
    if found is None and norm.endswith("s") and norm not in ("news", "frees", "credits"):
        found = _REMEDY_NOUNS.get(norm[:-1]) or (_REMEDY_NOUNS.get(norm[:-2]) if norm.endswith("es") else None)
    if found is None and len(norm) >= 6:
        for variant in _deletions(norm) | {norm}:
            found = _TYPOS.get(variant)
            if found is not None:
                break
    return found or frozenset()


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


#: Every long remedy noun with one letter left out, for words typed with one letter wrong or missing.
_TYPOS: dict[str, frozenset[str]] = {}
for _noun, _kinds in _REMEDY_NOUNS.items():
    if len(_noun) >= 6:
        for _variant in _deletions(_noun) | {_noun}:
            _TYPOS.setdefault(_variant, _kinds)


def _is_agent(norm: str) -> bool:
    return norm in _AGENT_NOUNS or (norm.endswith("s") and norm[:-1] in _AGENT_NOUNS)


def _subject(sentence: Sentence, index: int, skipped: int = 0, floor: int = 0) -> str:
    """Who acts, read leftwards from the verb over the sentence (or down to ``floor``): the first word that
    names someone or something."""
    passed = 0
    for position in range(index - 1, floor - 1, -1):
        token = sentence.tokens[position]
        if passed < skipped:
            passed += 1
            continue
        norm = token.norm
        if norm in ("we", "i", "us"):
            return "first"
        if norm in _CUSTOMER or token.text.lower() == "tú":
            return "customer"
        if _is_agent(norm):
            return "agent"
        if norm in _ANONYMOUS and position >= index - 4:
            named = any(_is_name(sentence.tokens[p], p, sentence) for p in range(max(0, position - 4), position - 2)) or (
                any(t.norm in ("who", "quien", "quienes") for t in sentence.tokens[:position]) and
                any(_is_name(t, p, sentence) for p, t in enumerate(sentence.tokens[:position])))
            return "named" if named else "anonymous"  # "an advisor will", but "Sunil from our onboarding team will"
        if norm in _PERSON_PRONOUNS or token.text.lower() == "él" or _is_name(token, position, sentence):
            return "named"
        if _noun_kinds(norm):
            return "remedy"
        if norm in _THING_PRONOUNS:
            return "thing"
    return ""


def _nouns_before(sentence: Sentence, index: int, floor: int = 0) -> set[str]:
    """The remedy named before a passive verb in its sentence: "A refund of €164.99, ..., has been issued"."""
    for position in range(index - 1, floor - 1, -1):
        kinds = _noun_kinds(sentence.tokens[position].norm)
        if kinds:
            return set(kinds)
        if sentence.tokens[position].norm in _ITEMS and position > 0 and \
                sentence.tokens[position - 1].norm in ("right", "correct", "proper", "correcta", "correcto", "buena",
                                                        "adecuada", "adecuado", "exact"):
            return {REPLACEMENT}  # "the right size is already on its way"
    return set()


_ITEMS = frozenset("size one item model colour color version part pair talla modelo pieza color version "
                   "producto product".split())


def _kinds_in(sentence: Sentence, first: int, index: int) -> set[str]:
    kinds: set[str] = set()
    for token in sentence.tokens[first:index]:
        kinds |= _noun_kinds(token.norm)
    return kinds


#: What is returned or paid without being money given back to the customer: the car they brought back, the bill they paid.
_NOT_MONEY_BACK = frozenset("vehicle vehicles car cars van vans bike bikes key keys item items parcel parcels package packages "
                            "goods device devices phone phones unit units equipment box boxes order orders booking bookings "
                            "reservation reservations total invoice invoices bill bills fare fares rent premium premiums "
                            "tuition".split())


#: A sentence that opens with a person of ours and where they work: "Marisol, del área de facturación, le llama hoy",
#: "Carmen in our Disputes team will call you by Friday at 14:30" (not "Someone in our team").
_NAME_OF_OURS = re.compile(r"\s*(?!(?:Someone|Somebody|Nobody|No one|Everyone|Everybody|Anyone|Anybody|Staff|People|One|"
                           r"The|A|An|Our|Alguien|Nadie|Todos|Todas|Personal|Uno|Una|El|La|Nuestr[oa])\b)"
                           r"[A-ZÁÉÍÓÚÑ]\w+(?:\s+[A-ZÁÉÍÓÚÑ]\w+)?(?:,\s+(?:del|de la|de nuestr\w+|from|of|our|"
                           r"nuestr\w+)\b|\s+(?:in|from|on|at) (?:our|the) (?:\w+\s+){0,3}?(?:team|department|desk|office|unit)\b)")


#: A part fitted: "putting it in Saturday morning", "putting the new charging port in your Samsung" (not "put it in the
#: post", "put it in an email", "put a reminder in your calendar", "put the refund in your account", "put you in touch").
_PUT_IN = re.compile(r"\s*(?:it|them|(?:the|a|an|your)\s+(?:new\s+|replacement\s+)?(?:[a-z-]+\s+)?(?:port|battery|screen|"
                     r"part|parts|pump|valve|filter|element|motor|board|heater|thermostat|lock|hinge|seal|gasket|pads?|"
                     r"tyres?|tires?|fan|compressor|fuse|switch|socket|panel|glass|cable|drive|keyboard|belt|bearing|"
                     r"sensor|boiler|radiator|tap|faucet|toilet|window|door))\s+in\b(?!\s+(?:the|an?|your|our) (?:post|mail|"
                     r"system|queue|diary|calendar|email|e-mail|letter|message|note|notes|file|account|wallet|bank|inbox)\b|"
                     r"\s+(?:writing|touch|place|for|charge)\b)")


def _no_money_back(sentence: Sentence, index: int, passive: bool, before: str, folded_after: str) -> bool:
    """Whether "paid" or "returned" tells no money going back to them: a thing brought back ("the car was returned at
    1/4 tank"), a bill they settled ("total $567 paid in full"), a word that describes ("the paid seat selection of
    $48.00"). Not money named in its own clause or sent to their card: "the deposit for your booking was returned to
    your card"."""
    if index == 0 or re.match(r"\s*back\b", folded_after):
        return False
    if sentence.tokens[index - 1].norm in ("the", "a", "an", "your", "our", "any", "this", "that"):
        return True
    own_clause = re.split(r"[,;:]|\s[-–—]\s|\b(?:where|when|if|that|which|and|but|once|after)\b", _fold_keep(before))[-1]
    return passive and _passive_head(sentence, index) in _NOT_MONEY_BACK and not re.search(
        r"\b(?:refund|deposit|payment|money|amount|fee|charge|balance|credit|funds)\b", own_clause) and not re.match(
        r"\s*(?:\w+\s+){0,2}?(?:to|into|onto) (?:your|the) (?:\w+\s+)?(?:card|account|bank|wallet)\b", folded_after)


def _passive_head(sentence: Sentence, index: int) -> str:
    """The word a passive verb leans on, past its auxiliaries: "car" in "the car was returned", "total" in "total $567 paid"."""
    position = index - 1
    while position >= 0 and (sentence.tokens[position].norm in _AUX_EN | _SKIP_EN or
                             sentence.tokens[position].norm.replace(",", "").replace(".", "").isdigit()):
        position -= 1
    return sentence.tokens[position].norm if position >= 0 else ""


def _left_noun(sentence: Sentence, index: int) -> str:
    return sentence.tokens[index - 1].norm if index > 0 else ""


def _coordinated(sentence: Sentence, index: int) -> bool:
    """The verb opens the second half of "X and Y" with no subject of its own: "I went ahead and refunded"."""
    position = index - 1
    while position >= 0 and sentence.tokens[position].norm in ("just", "also", "then", "already", "now", "have"):
        position -= 1
    if position < 0:
        return False
    if sentence.tokens[position].norm in ("and", "y", "e", "plus"):
        return True
    gap = sentence.text[sentence.tokens[position].end - sentence.start:sentence.tokens[index].start - sentence.start]
    return "," in gap or "-" in gap or "–" in gap


def _inherited(sentence: Sentence, index: int, tense: str) -> tuple[str, str, bool] | None:
    """Tense and subject of a coordinated verb, from the first half of the sentence."""
    for position in range(index - 1, max(-1, index - 20), -1):
        norm = sentence.tokens[position].norm
        if tense in ("pp", "past") and (norm in ("we", "i") or norm in _HAVE_EN):
            return ("done", "first", False)
        if tense == "pp" and norm in ("was", "were", "been"):
            return ("done", "thing", True)  # "was found and re-delivered this afternoon"
        if tense == "pp" and norm in ("is", "are"):
            return ("present", "thing", True)  # "a leak is identified and repaired by a plumber": how things go
        if tense == "base" and norm in _WILL_EN:
            return ("promised", _subject(sentence, position) or "first", False)
        if tense == "s" and _noun_kinds(norm):
            return ("present", "remedy", False)  # "a new one is being packed today and goes out tomorrow"
        if norm in _MODAL_EN or norm in _NEG_EN or norm.endswith("n't"):
            return None
    return None


#: What may stand between a subject and its verb: clitics, auxiliaries, "also", "personally".
_VERB_GROUP = r"(?:(?:te|le|les|lo|la|los|las|se|me|nos|os|va|van|a|ya|tambien|personalmente|will|'ll|is|are|has|have|" \
              r"going|to|also|personally|himself|herself|now|just)\s+)*$"
#: A role set off around a name: "our area supervisor", "nuestro supervisor de zona", "head of the workshop".
_ROLE = re.compile(r"(?:our|nuestr[oa]s?|the|el|la|head|jef[ea]|who|que|quien|from|del|de la|de|one of our|"
                   r"uno de nuestros|una de nuestras)\b[^,–—;.:()]{0,60}")
_ROLE_WORD = re.compile(r"\b(?:jef[ea]s?|head|manager|gerente|supervisor[a]?|coordinador[a]?|director[a]?|responsable|"
                        r"encargad[oa]|lead|lider|owner|duen[oa]|propietari[oa]|principal|foreman|capataz|"
                        r"representative|representante|asesor[a]?|advisor|adviser|agent|agente|specialist|especialista)\b")


def _apposed_name(sentence: Sentence, index: int) -> bool:
    """The verb's subject a person named with their role set off beside the name, by commas or dashes: "El jefe de
    servicio, Gustavo, te va a llamar", "Paco, nuestro supervisor de zona, se pasa mañana", "Pat – our area
    supervisor – is calling out to you"."""
    names = [i for i, t in enumerate(sentence.tokens[:index]) if _is_name(t, i, sentence) or i > 0 and
             t.text[:1].isupper() and not t.text.isupper() and t.norm not in _NOT_NAMES and
             re.search(r"[,–—]\s*$", sentence.text[:t.start - sentence.start])]  # "El jefe de servicio, Gustavo,"
    if not names:
        return False
    name = sentence.tokens[names[-1]]
    between = sentence.text[name.end - sentence.start:sentence.tokens[index].start - sentence.start]
    ahead = sentence.text[:name.start - sentence.start]
    # Name, role, verb
    if re.fullmatch(r"\s*[,–—-]\s*" + _ROLE.pattern + r"[,–—-]\s*" + _VERB_GROUP, _fold_keep(between)):
        return True
    # role, Name, verb: the role said just before, with a word that names a role or one of our people
    role = re.search(r"(?:^|[,;:]\s*|\b(?:y|and|pero|but)\s+)((?:our|nuestr[oa]s?|the|el|la)\s+[^,;:.]{0,50}?),\s*$",
                     _fold_keep(ahead))
    return bool(role and (_ROLE_WORD.search(role.group(1)) or any(_is_agent(w) for w in role.group(1).split())) and
                re.fullmatch(r"\s*,\s*" + _VERB_GROUP, _fold_keep(between)))


def _postposed(sentence: Sentence, index: int) -> str:
    """A subject after its verb, as Spanish has it: "mañana te pasa un técnico", "en 20 minutos sube Julio"."""
    for position in range(index + 1, min(index + 4, len(sentence.tokens))):
        token = sentence.tokens[position]
        if _is_agent(token.norm):
            return "agent"
        if token.text[:1].isupper() and token.norm not in _NOT_NAMES:
            return "named"
    return ""


def _spanish(sentence: Sentence, index: int, form: Form, first: int, readings: list[Form]) -> tuple[str, str, bool] | None:
    """(status, subject, passive) of a Spanish verb form, or None when it is no finite verb of ours."""
    left = [t for t in reversed(sentence.tokens[first:index])]
    words = [t.norm for t in left]
    core = [w for w in words if w not in _ES_SKIP]
    clitics = [w for w in words[:3] if w in _ES_CLITIC]
    chain = [w for w in words[:5] if w not in _ES_CLITIC and w != "ya"]
    if chain[:1] and chain[0] in _NEG_ES or len(chain) >= 3 and chain[0] == "a" and chain[2] in _NEG_ES \
            or len(chain) >= 2 and chain[1] in _NEG_ES and chain[0] in _HABER_DONE | _VAMOS_A:
        return ("negated", "", False)  # "no podemos reintegrarte", not "la prima no devengada, se le deposita"
    tense, person = form.tense, form.person
    status, subject, passive = "", "", False
    written = sentence.tokens[index].text.lower()
    following = [t.norm for t in sentence.tokens[index + 1:index + 3]]
    if form.lemma == "ir" and following[:1] == ["a"] and len(following) > 1 and \
            any(f.tense == "inf" for f in _morph().forms(following[1])):
        return None  # "va a llamar": the periphrasis, read at the infinitive
    if form.lemma == "volver" and following[:1] == ["a"] and len(following) > 1 and \
            any(f.tense == "inf" and _ES_VERBS.get(f.lemma, ((), ""))[1] in ("named", "delivery")
                for f in _morph().forms(following[1])):
        return None  # "le volví a escribir al vendedor": writing again, read at the infinitive, is no visit
    if form.lemma == "agendar" and (tense, person) == ("pres", "3s") and words[:1] and \
            words[0] in ("la", "una", "su", "tu", "mi"):
        return None  # "tiene la agenda llena": the diary, not "she schedules it"
    if form.lemma == "tener" and tense == "pret":
        return None  # "el vuelo tuvo una demora": what happened
    if words[:1] and words[0] in _DETERMINERS and tense not in ("pp", "inf") and not (
            words[0] in ("nuevo", "nueva", "nuevos", "nuevas") and words[1:2] and words[1] not in _DETERMINERS):
        return None  # "el reembolso", "su envío", "un cambio": the noun ("la chaqueta nueva sale": the verb)
    if words[:1] and words[0] in ("la", "las", "los", "lo") and (tense, person) in (("pres", "1s"), ("pret", "3s")) and \
            not (form.lemma in ("llamar", "contactar", "telefonear", "visitar", "atender") and written.endswith("o")):
        return None  # (but "lo llamo a usted antes de las 4 pm", "la contacto mañana": the clitic, then my call)
    if words[:1] and words[0] in ("la", "las", "los", "el") and words[1:2] and words[1] in (
            "con", "de", "en", "por", "a", "para", "sobre", "sin", "desde", "hasta", "entre", "tras"):
        return None  # "con la entrega del martes", "para la reserva": the noun after a preposition
    if tense == "pret" and person == "3s" and written.endswith("o") and not written.endswith("ó") and \
            not (written.endswith("io") and not form.lemma.endswith("ar")) and \
            written not in ("hizo", "rehizo", "puso", "repuso", "tuvo", "vino", "dijo", "dio"):
        return None  # "despacho", "reembolso" without the accent of "despachó": the noun
    if tense == "pret" and person == "1s" and written.endswith("e") and not written.endswith("é") and \
            "ya" not in words[:3] and written not in ("hice", "rehice", "puse", "repuse", "traje", "tuve", "vine") and \
            not (words[:1] and words[0] in ("te", "le", "les", "os") and not set(words) & {
                "que", "ojala", "cuando", "si", "para", "antes", "hasta", "apenas", "no", "espero", "esperamos", "quizas",
                "quiza", "tal", "mientras", "cuanto", "aunque"} and not (
                following[:1] and following[0] in ("el", "la", "los", "las") and len(following) > 1 and (
                    _is_agent(following[1]) or following[1] in _ORGANISATIONS or following[1] in (
                        "banco", "sistema", "proveedor", "aseguradora", "tienda", "comercio", "vendedor")))):
        return None  # "tramite", "envie": the subjunctive or the noun, not "tramité" (nor "hice", written so; nor "te
        # cargue USD 150 de credito", a clitic before it and no "que": the past, its accent left off as in a chat)
    if tense == "pp" and index == 0 and (money(sentence.text) or _TODAY.search(_fold_keep(sentence.text)) or
                                         len(sentence.tokens) == 1 and sentence.text.rstrip().endswith(":") or
                                         following[:1] and following[0] in ("tu", "su", "tus", "sus") and
                                         not re.search(r"\b(?:por|debido a|a causa de)\b", _fold_keep(sentence.text))):
        return ("done", "first", True)  # "Reembolsados los 34,99 € de la funda, Marta", "Reembolsado: 24,95 €...",
        # "Cambiado tu menú a vegetariano desde la entrega del 3/12" (not "Cancelado su vuelo por la tormenta")
    if tense == "pp":
        if core[:1] and core[0] in _HABER_DONE:
            status = "done"
            subject = "first" if core[0] in ("he", "hemos", "habiamos") else (
                "impersonal" if "se" in words[:3] else "third")
        elif core[:1] and core[0] in _SER_PASSIVE_DONE or core[:2] == ["sido", "ha"] or core[:2] == ["sido", "han"]:
            status, passive, subject = "done", True, "impersonal"
            if core[:1] and core[0] in ("esta", "estan", "queda", "quedan", "quedo") and \
                    re.search(r"\bpara\b", sentence.text[sentence.tokens[index].end - sentence.start:].lower()[:20]):
                status = "promised"
        elif core[:1] and core[0] in ("y", "e") and (
                aux := next((w for w in words[1:12] if w in _HABER_DONE), None)) is not None and \
                not any(w in ("que", "si", "cuando", "no") for w in words[1:words.index(aux)]):
            status = "done"  # "hoy hemos tramitado la baja y anulado la penalización de 120 €": the same "hemos"
            subject = "first" if aux in ("he", "hemos", "habiamos") else "third"
        elif core[:1] and core[0] in ("tenemos", "tengo", "tiene", "dejamos", "deje", "dejo", "dejado"):
            if core[0] == "tiene" and re.match(
                    r"\W+(?:el|la|los|las|su|tu)\s+(?:\w+\s+)?(?:propietari[oa]|duen[oa]|arrendador[a]?|casero|banco|"
                    r"aseguradora|emisor|comercio|proveedor|operador|promotor)\b",
                    _fold_keep(sentence.text[sentence.tokens[index].end - sentence.start:])):
                return None  # "la fianza la tiene depositada el propietario": someone else holds it
            status, subject = "done", "first" if core[0] != "tiene" else "third"  # "ya tenemos programada la visita"
        elif core[:1] and core[0] in ("va", "van", "ira", "iran") and not re.search(r"\ba\s*$", _fold_keep(
                sentence.text[:sentence.tokens[index].start - sentence.start])):
            status, passive, subject = "promised", True, "impersonal"  # "la diferencia va descontada en la boleta"
        elif core[:1] and core[0] in _SER_PASSIVE_FUT:
            status, passive, subject = "promised", True, "impersonal"
        elif core[:2] == ["ser", "a"] and core[2:3] and core[2] in _VAMOS_A:
            status, passive, subject = "promised", True, "impersonal"
        else:
            return None
    elif tense == "inf":
        if core[:1] == ["a"] and core[1:2] and core[1] in _VAMOS_A:
            status = "promised"
            subject = "first" if core[1] in ("vamos", "voy") else (_subject(sentence, index) or "third")
        elif core[:2] == ["de", "orden"] and core[2:3] and core[2] in ("dado", "dimos", "di", "damos", "dio"):
            status, subject = "done", "first"  # "hoy hemos dado la orden de devolverte la fianza": ordered, done
        elif core[:1] == ["de"] and core[1:2] and core[1] in ("acabamos", "acabo", "acaba", "acaban"):
            status, subject = "done", "first" if core[1] in ("acabamos", "acabo") else (
                _subject(sentence, max(0, index - 2)) or "third")  # "el motorista acaba de salir": who just did it
        elif core[:1] == ["a"] and core[1:2] and core[1] in ("procederemos", "procedemos", "procedo", "procedere",
                                                             "procedera", "pasamos", "pasaremos"):
            status, subject = "promised", "first"
        elif core[:1] == ["a"] and core[1:2] and core[1] in ("procedido", "procedimos", "procedi", "procedio"):
            status, subject = "done", "first"  # "hemos procedido hoy a dar de baja su línea"
        elif core[:1] == ["a"] and core[1:2] and core[1] in ("comprometido", "comprometio", "compromete",
                                                             "comprometemos", "comprometo"):
            status = "promised"  # "se ha comprometido a llamarla el martes"
            subject = "first" if core[1] in ("comprometemos", "comprometo") else (
                _subject(sentence, index) or "third")
        elif core[:1] == ["a"] and core[1:2] and core[1] in ("vuelto", "volvemos", "volveremos", "volvere",
                                                             "vuelvo"):
            status, subject = ("done" if core[1] == "vuelto" else "promised"), "first"
        elif core[:1] == ["a"] and core[1:2] and core[1] in ("volvimos", "volvi", "volvio", "volvieron"):
            status = "done"  # "le volvimos a enviar el paquete", "el bono se volvió a emitir": done again
            subject = "first" if core[1] in ("volvimos", "volvi") else (
                "impersonal" if core[2:3] == ["se"] else _subject(sentence, index) or "third")
            passive = subject == "impersonal"
        elif core[:1] == ["a"] and core[1:2] and core[1] in ("vuelve", "vuelven", "volvera", "volveran"):
            status = "promised" if core[1].startswith("volver") else "present"
            subject = _subject(sentence, index) or _postposed(sentence, index) or "third"
        else:
            return None
    elif tense == "fut":
        status = "promised"
    elif tense == "pret":
        prior = [w for w in words[:2]]
        so = "que" in prior and words[prior.index("que") + 1:prior.index("que") + 2] in (["asi"], ["ya"], ["modo"],
                                                                                        ["manera"], ["forma"])
        if any(w in ("que", "cuando", "si") for w in prior) and any(r.tense == "subj" for r in readings) and not (
                so and written.endswith("é")):
            return None  # (but "así que lo anulé": so I cancelled it, the accent says so)
        status = "done"
    elif tense == "pres":
        if person == "1s" and not (clitics or (core[:1] and core[0] in ("yo",))):
            return None  # "el reembolso", "un cambio": the noun, not "I refund"
        status = "present"
        pret = any(r.tense == "pret" and r.person == person for r in readings)
        if pret and (re.search(r"\bya\b", " ".join(words[:3])) or has_past_time(sentence.text)):
            status = "done"
        elif pret and person == "1p":
            status = "present_or_done"
    elif tense == "ing":
        if core[:1] and core[0] in ("estamos", "estoy", "esta", "estan", "estaremos"):
            status = "promised"
        else:
            return None
    elif tense == "subj" and re.search(
            r"\b(?:nos comprometemos|me comprometo|garantizamos|le garantizamos|te garantizamos|le aseguramos|"
            r"te aseguramos|nos encargamos de|me encargo de)\s+(?:a\s+|de\s+)?que\b[^.;]*$",
            _fold_keep(sentence.text[:sentence.tokens[index].start - sentence.start])):
        status = "promised"  # "nos comprometemos a que esta tarde tengan la nueva habitación"
    else:
        return None  # conditional, subjunctive, imperative, imperfect
    if not subject:
        if person in ("1s", "1p"):
            subject = "first"
        elif "se" in words[:3]:
            subject = "impersonal"
            passive = not (words[:2] and words[0] in ("lo", "la", "los", "las") and words[1] == "se")
        else:
            subject = _subject(sentence, index) or _postposed(sentence, index) or "third"
            if subject == "first":
                subject = "third"  # a "we" earlier in the sentence does not make this third person ours
    return (status, subject, passive)


#: Verbs that undo a charge, and the charges they undo: "your late fee was removed", "the penalty was waived".
_UNDOING = frozenset("remove waive reverse refund cancel void drop delete wipe quitar eliminar anular retirar "
                     "condonar revertir reembolsar cancelar".split())
_CHARGE_SUBJECT = re.compile(r"\b(?:fee|fees|charge|charges|penalty|penalties|surcharge|levy|interest|cargo|cargos|"
                             r"recargo|recargos|comision|comisiones|multa|penalizacion|intereses)\b")


#: A line that opens with the thing and what we did to it, as a headline: "Order cancelled before dispatch",
#: "Póliza cancelada desde hoy", "Fee refunded in full".
_HEADLINE = re.compile(
    # the thing, in up to three words, with an amount ("late payment fee of €10")...
    # (or an amount: "NZ$348 refunded this morning")
    r"^\W*(?:(?:(?:the|your|los|las|el|la)\s+)?(?:[a-z]{0,3}[$€£₹]|s/\.?|rs\.?)\s?\d[\d.,]*|"
    r"(?:(?:the|your|los|las|el|la)\s+)?\d[\d.,]*\s?(?:€|eur|euros|usd|gbp|pesos|soles)|"
    r"(?:(?:your|the|ur|tu|su|el|la|los|las)\s+)?(?!(?:ticket|case|caso|claim|request|solicitud|reclamo|reclamacion|"
    r"complaint|queja|query|consulta|incidencia|incident|sorry|thanks|gracias|lamentamos|sentimos)\b)[a-z]{3,}"
    r"(?:\s+(?!(?:por|for|del|con|sin|para|from|with|after|tras|the|about|your|our|sobre|los|las|and|que|that|this|"
    r"esta|este)\b)[a-z]{3,}(?:-[a-z]{2,})?){0,2}(?:\s+(?:of|de)\s+[\d$€£]\S*)?"
    r"(?:\s+(?:#|n[o°º]\.?\s*)?[a-z]{0,4}-?\d[\w-]*)?)"
    # ...then what we did to it, unless a condition or the customer's own hand follows ("sin cargo" is no "si")
    r"\s*:?\s+(?P<done>cancell?ed|removed|withdrawn|quitad[oa]s?|eliminad[oa]s?|retirad[oa]s?|written off|turned off|"
    r"switched off|shut off|apagad[oa]s?|"
    r"disabled|deactivated|desactivad[oa]s?|"
    r"cancelad[oa]s?|anulad[oa]s?|refunded|reembolsad[oa]s?|devuelt[oa]s?|replaced|reemplazad[oa]s?|repuest[oa]s?|"
    r"credited|abonad[oa]s?|waived|condonad[oa]s?|exonerad[oa]s?|dad[oa]s? de baja|"
    r"updated|corrected|amended|actualizad[oa]s?|corregid[oa]s?|modificad[oa]s?)\b"
    r"(?!\s+(?:if|si|once|when|cuando|unless|by the|por el|por la|by your|por usted|por ti|por falta de|debido a|due to|"
    r"because|" + IN_ERROR_WORDS + r")\b)")
# ("fue anulado por error" is what went wrong, "Pedido cancelado por falta de stock" what happened to it and why)
_HEADLINE_KINDS = {"cance": CANCELLATION, "anula": CANCELLATION, "refun": REFUND, "reemb": REFUND, "devue": REFUND,
                   "repla": REPLACEMENT, "reemp": REPLACEMENT, "repue": REPLACEMENT, "credi": CREDIT, "abona": CREDIT,
                   "waive": CORRECTION, "condo": CORRECTION, "exone": CORRECTION, "remov": CORRECTION,
                   "quita": CORRECTION, "elimi": CORRECTION, "writt": CORRECTION, "dado ": CANCELLATION,
                   "dada ": CANCELLATION, "dados": CANCELLATION, "dadas": CANCELLATION,
                   # a service switched off; money given back as a label; a thing put right
                   "turne": CANCELLATION, "switc": CANCELLATION, "shut ": CANCELLATION, "disab": CANCELLATION,
                   "deact": CANCELLATION, "desac": CANCELLATION, "apaga": CANCELLATION,
                   "reint": REFUND, "extor": REFUND, "acred": CREDIT,
                   "withd": CORRECTION, "retir": CORRECTION, "updat": CORRECTION, "corre": CORRECTION,
                   "amend": CORRECTION, "actua": CORRECTION, "corri": CORRECTION, "modif": CORRECTION}
#: The verb the "headline" is the subject of, in its own clause: "bookings cancelled less than 48 hours before arrival
#: are charged the first night", "pedidos cancelados después del envío se cobran": what happens to such things (folded).
_THEN_ITS_VERB = re.compile(r"(?:(?!\b(?:and|y|but|pero|as|because|since|so|which|who|that|que|porque|como|if|si|when|"
                            r"cuando|once)\b)[^,;:.!?\n–—&+-]){0,60}?\b(?:are|is|were|was|will|get|gets|incur|"
                            r"attract|se cobran?|son|es|fueron|fue|pagan|tienen|llevan)\b")
#: The Spanish headline that puts the participle first: "Listo, anulada la inscripción", "cancelado el plan".
_HEADLINE_FIRST = re.compile(
    r"^\W*(?P<done>anulad[oa]s?|cancelad[oa]s?|devuelt[oa]s?|reembolsad[oa]s?|reemplazad[oa]s?|abonad[oa]s?|"
    r"condonad[oa]s?|eliminad[oa]s?|quitad[oa]s?|corregid[oa]s?)\s+(?:el|la|los|las|tu|su|tus|sus)\s+[a-z]{3,}")
#: Or a label and its amount: "Devuelto: 12,60 € del colirio", "Refunded: €34.20".
_HEADLINE_LABEL = re.compile(r"^\W*(?P<done>devuelt[oa]s?|reembolsad[oa]s?|abonad[oa]s?|reintegrad[oa]s?|acreditad[oa]s?|"
                             r"extornad[oa]s?|refunded|credited)\s*:\s*"
                             r"(?:[$€£₹]|[a-z]{1,3}\$|\d|$)")
#: Verbs of money given back, never of a transfer the customer ordered ("se emitió", "fue procesada").
_GIVEN_BACK = frozenset("abonar reembolsar devolver reintegrar bonificar refund reimburse".split())
#: Money that reaches the customer, by whoever's hand: "the refund of R3,420.00 was paid into your bank account on
#: 24 November" is money given back, whenever it was.
_PAID_BACK = _GIVEN_BACK | frozenset("pay repay credit transfer deposit pagar transferir depositar acreditar".split())
#: A bill that now comes out lower, which only a correction explains: "el recibo de diciembre baja a 34 €", "your
#: December invoice drops to £41.50".
_BILL_DOWN = re.compile(
    r"\b(?:recibo|factura|cuota|boleta|mensualidad|bill|invoice|statement|monthly payment)\b[^.;]{0,40}?\b(?:baja|bajara|"
    r"bajo|se reduce|se reducira|queda en|quedara en|drops|will drop|comes down|will come down|goes down|is reduced|"
    r"will be reduced|is now)\s+(?:a|en|to)?\s*(?=[$€£₹]|\d|s/|r\s?\d)|"
    r"\b(?:recibo|factura|cuota|boleta|mensualidad|bill|invoice|statement)\b[^.;]{0,40}?\b(?:will be|sera|va a ser)\s+"
    r"(?=[^.;]{1,20}\b(?:instead of|rather than|down from|en lugar de|en vez de)\b)")
#: A wrong entry in the customer's credit report put right where only the lender can, at the bureaus: "a request to
#: delete the 30-day late notation has been transmitted today to each of the three consumer reporting agencies", "se
#: envió a la Sociedad de Información Crediticia la solicitud para eliminar el atraso reportado por error".
_BUREAU_SENT = re.compile(
    r"\b(?:sent|transmitted|submitted|reported|notified|filed|asked|instructed|told|se (?:envio|notifico|reporto|solicito|"
    r"remitio|transmitio)|hemos (?:enviado|notificado|solicitado|remitido|reportado|pedido)|enviamos|notificamos|"
    r"solicitamos|remitimos|reportamos|pedimos)\b"
    r"[^.;]{0,160}?\b(?:credit (?:reporting |reference )?(?:agenc\w+|bureaus?)|(?:consumer )?reporting agenc\w+|"
    r"centrales? de riesgo|"
    r"buro de credito|sociedad de informacion crediticia|equifax|experian|transunion|datacredito|cifin|infocorp|veraz|"
    r"dicom|asnef)\b")
_BUREAU_FIX = re.compile(r"\b(?:delet\w*|remov\w*|correct\w*|amend\w*|withdraw\w*|eliminar|eliminacion|corregir|"
                         r"correccion|retirar|retiro|rectifica\w*|actualiza\w*|updat\w*)\b")
#: Their account set so that something always or never happens again: "configuramos su cuenta para que el repartidor
#: siempre le llame antes de entregar", "hemos dejado la cuenta marcada como exenta, así que no se te volverá a cobrar",
#: "your number is now on our do-not-call list".
_SET_SO = re.compile(
    r"\b(?:configuramos|hemos configurado|he configurado|configure|set up|we've set|we have set|i've set|marked|flagged|"
    r"hemos dejado|he dejado|dejamos)\b[^.;]{0,60}?\b(?:para que|so that|so|asi que|de modo que|de forma que|"
    r"como exent[oa]|as exempt)\b[^.;]{0,80}?\b(?:siempre|always|never|nunca|no longer|ya no|no se (?:te|le|les) "
    r"volvera|won't|will not|every|cada)\b|"
    r"\b(?:is|are|'s|'re)\s+now\s+on\s+(?:our|the)\s+(?:do[- ]not[- ]call|no[- ]call|opt[- ]out|suppression|"
    r"do[- ]not[- ]contact|exclusion)\s+list\b")
#: A loan or courtesy one waiting for them meanwhile: "ya tienes en conserjería un portátil de préstamo", "a courtesy car
#: is ready for you at the front desk".
_LOANER = re.compile(
    r"\b(?:ya\s+)?(?:tienes|tiene|tenes|te espera|le espera)\s+(?:en\s+(?:la\s+|el\s+)?[a-z]+\s+)?(?:un|una)\s+(?:\w+\s+){0,2}?"
    r"(?:de prestamo|de cortesia|de reemplazo|de sustitucion)\b|"
    r"\b(?:a|an|your)\s+(?:loan|loaner|courtesy|replacement)\s+(?:[\w-]+\s+)?(?:is|are|'s)\s+(?:now\s+)?(?:waiting|ready)\b")
#: "Done", said first, and the new state after it (folded): "Hecho, Marta: desde la próxima clase vas con Nerea en lugar
#: de con Luis", "ya está: tu pareja figura como segunda conductora", "Updated, and the new schedule's in your inbox".
_DONE_FIRST_STATE = re.compile(
    r"^\W*(?:(?:hola|hi|hey)\s+\w+\s*,\s*)?(?:hecho|listo|ya esta|done|sorted|all done|all sorted|updated|corrected|fixed|"
    r"amended|actualizado|corregido)\b(?:\s*,?\s*[a-z]+)?\s*[,:!.—–-]"
    r"(?=.*\b(?:en lugar de|instead of|y no (?:a|en|con)|rather than|figura como|aparece como|now shows|now reads|"
    r"in your inbox|en tu (?:correo|bandeja)|en su (?:correo|bandeja))\b)")
#: A supply of theirs shut off today, as they asked on moving out: "the service at your old address has been shut off as
#: of today", "we've switched off the gas at the old flat this morning" (today only: "your power was shut off on 3
#: November for non-payment" is what happened to them).
_SHUT_OFF = re.compile(
    r"\b(?:service|supply|line|water|gas|power|electricity|connection|broadband|internet)\b[^.;]{0,50}?\b(?:has been|"
    r"have been|was|were|is|are|'s)\s+(?:now\s+)?(?:shut|switched|turned)\s+off\b|"
    r"\b(?:we've|we have|i've|i have)\s+(?:now\s+|just\s+)?(?:shut|switched|turned)\s+off\s+(?:the|your)\s+(?:\w+\s+){0,2}?"
    r"(?:service|supply|line|water|gas|power|electricity|connection|broadband|internet)\b")
#: A booking or a service no longer there, told as a state (folded): "the Dec 4 cleaning is off the books", "has been
#: taken off your contract as of today", "switched off auto-renewal", "le confirmamos la anulación de los 3 boletos".
#: (Not a charge taken off a bill, which is the bill put right, nor a cancellation fee confirmed.)
_CANCELLED_OFF = re.compile(
    r"\b(?:is|are|'s|'re|has been|have been|was|were)\s+(?:now\s+)?(?:off|gone from|taken off|removed from|struck off|"
    r"wiped from)\s+(?:the|your|our)\s+(?:books|schedule|calendar|diary|rota|contract|plan|line|booking system)\b|"
    r"\b(?:switched|turned)\s+off\s+(?:the\s+|your\s+)?auto-?renew(?:al|ing)?\b|"
    r"\bauto-?renew(?:al)?\s+(?:is|has been|was)\s+(?:now\s+)?(?:switched|turned)\s+off\b|"
    r"\b(?:desactivamos|desactive|hemos desactivado|he desactivado|quedo desactivada|se desactivo)\s+(?:la\s+|su\s+|tu\s+)?"
    r"renovacion automatica\b|"
    r"\b(?:confirmamos|confirmo|we confirm|i confirm|we can confirm|i can confirm|we are confirming|this confirms)\s+"
    r"(?:the\s+|la\s+|el\s+|su\s+|your\s+)?(?:anulacion|cancelacion|baja|cancellation)\b(?!\s+(?:fee|charge|cost|"
    r"penalty|cargo|penalidad|penalizacion|costo|coste|gastos))|"
    # a service of theirs pulled off the line, a plan downgraded to free: "pulled the roaming pass off your line"
    r"\b(?:pulled|taken|took|removed)\s+(?:the|your|that)\s+(?:[\w-]+\s+){0,2}?(?:pass|add-?on|bolt-?on|package|"
    r"subscription|feature|insurance|cover|protection|service)\s+off\s+(?:your|the)\s+(?:line|account|plan|bill|contract)\b|"
    r"\b(?:downgraded|moved|switched)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?free(?:\s+(?:plan|tier|version))?\b|"
    # an order or a booking "anulado", said first: "Pedido de la mesa extensible anulado, no se le cobra nada"
    r"^\W*(?:pedido|reserva|orden|suscripcion|cita|order|booking|subscription)\b[^.,;]{0,40}?\b(?:anulad[oa]|"
    r"cancelad[oa]|cancell?ed)\b(?!\s+(?:por|due to|because|debido|as|ya que))|"
    # "we've taken you off the monthly plan", "dejamos sin efecto la orden de compra"
    r"\b(?:taken|took|take|taking)\s+you\s+off\s+(?:the|your|our)\s+(?:\w+\s+){0,2}?(?:plan|list|scheme|subscription|"
    r"programme|program|contract|rota|schedule)\b|"
    r"\b(?:dejamos|deje|hemos dejado|he dejado|se dejo|queda|quedo|quedaron|quedan)\s+sin\s+efecto\b")
#: No longer in force from today (folded): "effective today, your policy is no longer active", "su póliza ya no está
#: vigente desde hoy". (Without today it is a state told, often why a price went up: "the promo is no longer active".)
_NO_LONGER_IN_FORCE = re.compile(
    r"\b(?:is|are|'s|'re)\s+no longer\s+(?:active|in force|valid|live|running|enrolled)\b|"
    r"\bya no (?:esta|estan|queda|quedan|sigue|siguen)\s+(?:vigente|vigentes|activa|activo|activas|activos|en vigor)\b")
_FROM_TODAY = re.compile(r"\b(?:effective|as of|from|starting)\s+today\b|\b(?:desde|a partir de)\s+hoy\b|"
                         r"\bcon efecto (?:desde )?hoy\b")
#: A price, plan or charge set back to what it was (folded): "su plan vuelve al valor anterior", "we've put your monthly
#: charge back to £32", "the rate has been returned to the original price", "your account's back on the residential
#: tariff now", "the autopay discount is back on your account", "ya vuelve a estar en la tarifa social": the bill put
#: right.
_BACK_TO_PRICE = re.compile(
    r"\b(?:vuelve|vuelven|volvio|volvieron|regresa|regresan|regreso|regresaron|retorna|retorno)\s+(?:a\s+|al\s+)?"
    r"(?:su\s+|el\s+|la\s+|tu\s+)?(?:valor|precio|importe|tarifa|monto|cuota|plan)\s+(?:anterior|original|de antes|"
    r"habitual|pactad[oa]|contratad[oa]|acordad[oa])\b|"
    r"\b(?:price|rate|fee|charge|charges|tariff|plan|bill|payment|subscription)\s+(?:\w+\s+){0,3}?(?:is|are|'s|has been|"
    r"have been|was|were)?\s*(?:back|returned|reverted|restored|reset)\s+to\s+(?:the\s+|its\s+|your\s+)?(?:old|original|"
    r"previous|usual|normal|agreed|fixed|contracted|earlier)\b|"
    r"\b(?:put|set|brought|moved|taken)\s+(?:your|the|its)\s+(?:\w+\s+){0,2}?(?:price|rate|fee|charge|tariff|plan|bill|"
    r"payment|subscription)\s+back\s+to\b|"
    r"\b(?:is|'s|are|'re|has been put|have been put|was put|were put)\s+(?:now\s+)?back\s+(?:on|onto)\s+(?:the|your)\s+"
    r"(?:\w+\s+){0,2}?(?:tariff|plan|rate|price|package|band|bracket|scheme)\b|"
    r"\b(?:discount|concession|rebate|allowance|exemption|descuento|bonificacion)\b[^.;]{0,30}?\b(?:is|'s|are|has been put)\s+"
    r"(?:now\s+)?back\s+(?:on|onto)\s+(?:your|the)\s+(?:account|bill|plan|invoice|profile)\b|"
    r"\b(?:vuelve|vuelven|volvio|volvieron) a estar en (?:la|el|su|tu) (?:\w+ ){0,2}?(?:tarifa|plan|precio|paquete|"
    r"tramo|escala)\b|"
    # "le regresamos el plan a Q199 como estaba": a price they were moved off, given back
    r"\b(?:le|te|les|os)\s+(?:regresamos|devolvimos|hemos regresado|hemos devuelto|volvimos a poner|hemos vuelto a poner)\s+"
    r"(?:el|la|su|tu)\s+(?:\w+\s+){0,2}?(?:plan|tarifa|precio|cuota|paquete|mensualidad)\s+(?:a|en)\s+(?=\S{0,4}\d)")
#: One of ours on the way, in the present for the near future: "the tech is putting it in Saturday morning", "the
#: driver brings it back tomorrow before 1", "el repartidor vuelve mañana y te lo deja en mano".
_AGENTS_EN = (r"(?:tech|techs|technician|engineer|mechanic|plumber|electrician|fitter|installer|driver|courier|rider|"
              r"crew|team|glazier|locksmith|carpenter|decorator|cleaner|porter|handyman|contractor)")
_AGENTS_ES = (r"(?:tecnic[oa]|mecanic[oa]|fontaner[oa]|plomer[oa]|electricista|instalador(?:a)?|repartidor(?:a)?|"
              r"mensajer[oa]|domiciliari[oa]|cuadrilla|operari[oa]|cerrajer[oa]|carpinter[oa]|colocador(?:a)?|chofer|"
              r"conductor(?:a)?|cristaler[oa]|transportadora|mensajeria|paqueteria|courier|fisioterapeuta|enfermer[oa]|"
              r"veterinari[oa]|podolog[oa])")
_AGENT_COMES = re.compile(
    r"\b(?:the|our|your|a|an)\s+(?:\w+\s+)?" + _AGENTS_EN + r"(?:'s| is| are)\s+(?:coming|putting|bringing|dropping|"
    r"fitting|installing|swapping|popping|heading|calling round|collecting|picking|delivering|fixing|replacing|"
    r"repairing|booked in|on site|onsite)\b|"
    r"\b(?:the|our|your)\s+(?:\w+\s+)?" + _AGENTS_EN + r"\s+(?:comes|brings|drops|fits|installs|swaps|pops|calls round|"
    r"collects|picks up|delivers|fixes|replaces|repairs)\b|"
    # (not what was tried: "el repartidor intentó la entrega el 23/11", where "entrega" is the noun)
    r"\b(?:el|la|nuestr[oa]|un|una)\s+" + _AGENTS_ES + r"\s+(?:(?!(?:intento|intentaron|trato|trataron|quiso|pudo|no|"
    r"nunca|iba|debia|debio)\b)\w+\s+){0,2}?(?:pasa|va|viene|vuelve|trae|lleva|instala|"
    r"cambia|recoge|pone|monta|arregla|repara|entrega)\b")
#: An appointment made for the customer: "le confirmamos la cita con el Dr. Ortiz para el jueves 3 a las 10:20".
_BOOKED_FOR_YOU = re.compile(
    r"\b(?:le|te|les|os)\s+(?:confirmamos|agendamos|reservamos|programamos|hemos agendado|hemos reservado|"
    r"hemos programado|dejamos agendad[oa]|dejamos reservad[oa]|guardamos|hemos guardado)\s+(?:(?:la|el|su|tu|una|un)\s+)?"
    r"(?:nueva\s+)?(?:cita|visita|turno|consulta|reserva|mesa|habitacion|sesion|clase|plaza|asiento)\b|"
    r"\b(?:te|le|les|os) esperamos (?:el |este |manana|hoy|pasado manana)|\bwe(?:'ll| will) see you (?:on|at|tomorrow|"
    r"this|next)\b|"
    r"\b(?:le|te|les)\s+(?:dejamos|dimos|conseguimos|hemos dado|hemos conseguido|he dado|he conseguido)\s+"
    r"(?:(?:la|el|una|un|su|tu)\s+)?(?:hora|turno|cita)\b|"
    r"\b(?:le|te|les)\s+(?:adelantamos|hemos adelantado|adelante|movimos|hemos movido|cambiamos|hemos cambiado)\s+"
    r"(?:la|el|su|tu)\s+(?:cita|consulta|turno|visita|reserva|entrega|sesion|clase)\b|"
    r"\b(?:we(?:'ve| have)|i(?:'ve| have))\s+(?:booked|rebooked|confirmed|scheduled)\s+(?:you\s+(?:in\s+)?|your\s+)"
    r"(?:\w+\s+)?(?:appointment|visit|session|class|table|room|slot)\b")
#: A contractor we set to work: "I've authorised the contractor, DryPro Restoration, to start the drywall work on
#: Tuesday", "autorizamos al taller a cambiar la pieza el lunes".
_SET_TO_WORK = re.compile(
    r"\b(?:authori[sz]ed|approved|booked|instructed|autorizamos|autorice|hemos autorizado|he autorizado|"
    r"aprobamos|hemos aprobado)\s+(?:the |our |your |al |a la |a nuestro |a nuestra )?(?:contractor|builder|plumber|"
    r"electrician|technician|engineer|repairer|garage|workshop|restorer|glazier|roofer|taller|contratista|tecnico|"
    r"fontanero|electricista|plomero|cristalero)s?\b[^.;]{0,60}?\b(?:to (?:start|begin|carry out|do|fix|repair|replace|"
    r"come)|a (?:empezar|comenzar|iniciar|hacer|reparar|cambiar|arreglar|sustituir|venir))\b")
#: What now happens on another day, which only a change explains: "your direct debit now comes out on the 5th
#: instead of the 28th"; what the customer's record now holds: "ya consta en su historia clínica la alergia".
_NOW_ON = re.compile(
    r"\b(?:is|are|'s|'re)\s+(?:now\s+)?(?:gone|off)\s+(?:from\s+)?(?:your|the|ur)\s+(?:\w+\s+)?(?:plan|account|bill|"
    r"invoice|subscription|package|contract|statement|folio|tab)\b|"
    r"\bnow (?:comes out|goes out|is taken|gets taken|renews|is billed|bills|runs|arrives|is due|falls due|"
    r"is collected)\s+(?:on|every)\b|"
    r"\bya (?:consta|figura|aparece|queda anotad[oa]|esta anotad[oa])\s+en\s+(?:su|tu)\s+(?:historia|ficha|"
    r"expediente|perfil|historial)\b")
#: Work of ours on a thing of theirs on a given day, told in the present or the future of "we" with "le" or "te"
#: (folded): "el lunes 30 a las 8 le montamos las originales", "el sábado a las 9 le soldamos de nuevo el escape".
_WE_WORK_ON_YOURS = re.compile(
    r"\b(?:le|te|les|os|se)\s+(?:lo\s+|la\s+|los\s+|las\s+)?(?P<verb>[a-z]{3,}(?:amos|emos|imos))\s+"
    r"(?:(?:de nuevo|otra vez|nuevamente)\s+)?(?:(?:el|la|los|las|su|tu|sus|tus)\s+(?P<what>[a-z]+)|sin (?:cargo|costo|coste)\b|"
    r"gratis\b)")
#: Verbs of telling, asking or thanking, which work on nothing of theirs.
_NOT_WORK = frozenset("llamamos escribimos avisamos informamos comunicamos confirmamos contestamos respondemos "
                      "agradecemos pedimos solicitamos recordamos esperamos enviamos mandamos hemos vamos tenemos "
                      "damos devolvemos reembolsamos abonamos cobramos cargamos facturamos pasamos estudiamos "
                      "evaluamos investigamos analizamos cotizamos explicamos consultamos verificamos comprobamos "
                      "presupuestamos valoramos planteamos proponemos ofrecemos revisamos chequeamos inspeccionamos "
                      "miramos".split())  # (looking is the action only where its description says so)
#: What a case, a letter, an account or a quote is: no thing of theirs to work on.
_NOT_THEIR_THING = frozenset("caso reclamo reclamacion queja solicitud expediente situacion consulta tramite incidencia "
                             "peticion documentacion informacion respuesta correo mensaje factura cuenta cobro cargo "
                             "importe dinero saldo pago garantia pedido historial opciones disponibilidad presupuesto "
                             "cotizacion propuesta poliza contrato".split())


def _negated_before(folded: str) -> bool:
    """Whether the (folded) words end in a negation: "el lunes 30 no le montamos", "todavía no te va a aparecer"."""
    words = re.findall(r"\w+", folded)
    return bool(words) and words[-1] in _NEG_ES


def _long_before(text: str, today: date) -> bool:
    """A day gone by, yesterday and before, or a month gone by: "in March", "last year", "on 3 November"."""
    return has_past_date(text, today) or has_past_time(text) or months_before(text, today)


def months_before(text: str, today: date) -> bool:
    """A month or a year gone by: "in March", "en agosto", "last year", "in May 2019"."""
    return bool(_gone_by(_fold_keep(text), today))


#: A month or a year named without a day (folded): "in March", "en agosto", "last year", "in May 2019", "en 2024".
_MONTH_OR_YEAR = re.compile(rf"\b(?:last (?:year|month)|el (?:ano|mes) pasado)\b|\b(?:in|en)\s+({_MONTHS})(?!\w)(?!\s*\d)|"
                            rf"\b(?:in|en|since|desde)\s+(?:({_MONTHS})(?!\w)\s+(?:of\s+|de\s+)?)?((?:19|20)\d\d)\b")


def _month_number(name: str) -> int:
    return _MONTH_NUMBER.get(name.rstrip("."), _MONTH_NUMBER.get(name[:3], 13))


def _gone_by(folded: str, today: date) -> list[re.Match[str]]:
    """Where the (folded) text names a month or a year gone by."""
    return [m for m in _MONTH_OR_YEAR.finditer(folded)
            if m.group(3) and (int(m.group(3)) < today.year or int(m.group(3)) == today.year and m.group(2) and
                               _month_number(m.group(2)) < today.month) or
            not m.group(3) and (not m.group(1) or _month_number(m.group(1)) < today.month)]


#: What puts a month in a clause of its own, away from our verb: "…que se le cobraron de más en octubre", "…because
#: you left in October".
_SUBORDINATE = re.compile(r"\b(?:que|quien|cual|cuando|donde|porque|that|which|who|whom|whose|when|where|because|after|"
                          r"before|since|while|mientras|tras)\b")
#: A participle or a past form right before the month, whose month it is: "the $60 charged in August", "los 60 €
#: cobrados en agosto", "the payment you made in May".
_ITS_OWN_VERB = re.compile(r"\b(?:paid|made|taken|took|bought|sent|got|left|(?!(?:pedid|contenid|period|llamad|entrad|"
                           r"salid|jornad|estad|need|bed|red|speed|feed)[oa]?s?\b)\w+(?:ed|ad[oa]s?|id[oa]s?))\s+"
                           r"(?:back\s+)?$")
#: Someone else's verb after ours, before the month: "credited the $42.60 you paid for it in Sept", "the fee we charged
#: you in May" (not "we refunded you €25 in July").
_ANOTHER_SUBJECT = re.compile(r"(?<!to )(?<!for )\b(?:you|we|i|they|he|she)\s+(?!(?:the|a|an|your|our|back|all|both)\b)"
                              r"[a-z]{2,}")


def _when_gone_by(folded: str, start: int, end: int, today: date) -> bool:
    """Whether the verb at start:end of the (folded) sentence is dated by a month or a year gone by in its own clause:
    "we waived the fee back in September", "En marzo se le acreditó…", "we refunded the €25 for the damaged item in
    July", not "…el cobro del decodificador que devolviste en octubre" nor "the $60 charged in August"."""
    spans = _clauses(folded)
    a, b = spans[_clause_index(spans, start)]
    for gone in _gone_by(folded[a:b], today):
        at = a + gone.start()
        between = folded[end:at] if at >= end else folded[a + gone.end():start]
        if not _SUBORDINATE.search(between) and not (at > end and (_ITS_OWN_VERB.search(between) or
                                                                 _ANOTHER_SUBJECT.search(between))):
            return True
    return False


#: Money off that comes to them on a bill (folded): "en la factura del 15/12 te va a venir un descuento de $ 600",
#: "te aparece un abono de 12 €".
_COMES_TO_THEM = re.compile(
    r"\b(?:te|le|les|os)\s+(?:(?:va|van) a (?:venir|llegar|aparecer|caer|entrar)|viene|vienen|llega|llegan|aparece|"
    r"aparecen|cae|caen|entra|entran|vendra|vendran|llegara|llegaran|aparecera|apareceran)\s+(?:un|una|el|la)\s+"
    r"(?:descuento|credito|abono|bonificacion|reembolso|reintegro|devolucion|nota de credito)\b")
#: A discount they already had, or money another gives them (folded): "…que ya tenías por el plan familiar", "…de
#: tu banco".
_NOT_OURS_TO_GIVE = re.compile(r"\bque ya (?:tenias|tenia|tienes|tiene|tenian)\b|\bno es (?:un )?error\b|"
                               r"\b(?:de|desde) (?:tu|su|el) banco\b|\bdel banco\b|\bde (?:tu|su|la) (?:entidad|aseguradora)\b")
#: Something given for nothing: "la tarta corre por nuestra cuenta", "te hemos activado 20 GB extra sin coste".
_ON_THE_HOUSE = re.compile(
    r"\b(?:corre|corren|va|van|queda|quedan)\s+(?:de|por)\s+(?:nuestra cuenta|cuenta (?:nuestra|de la casa))\b|"
    r"\binvita la casa\b|\b(?:te|le|les|os)\s+(?:hemos\s+)?(?:dejamos|dejado|dejo|dimos|damos)\s+(?:[\w-]+,?\s+){1,9}?"
    r"(?:sin (?:cargo|costo|coste)|gratis|de cortesia)\b|"
    r"\b(?:(?:le|te|les)\s+(?:respetamos|mantenemos|respetaremos|mantendremos)|we(?:'ve| have|'ll| will)?\s+"
    r"(?:honou?red|honou?r|kept|keep))\s+(?:la|el|su|tu|the|your)\s+(?:\w+\s+)?(?:tasa|precio|tarifa|descuento|oferta|"
    r"promocion|rate|price|fare|discount|offer|promotion|deal)\b|"
    r"\b(?:is|'s|are|'re|will be|'ll be|its|thats)\s+(?:all\s+)?on us\b|\bon the house\b|"
    r"\b(?:te|le|les|os)\s+(?:hemos|he|ha|han)?\s*(?:activado|anadido|regalado|sumado|cargado|dado|agregado|"
    r"bonificado)\s+(?:\w+\s+){0,3}?(?:extra|adicional(?:es)?|gratis|de regalo|sin (?:coste|costo|cargo))\b|"
    r"\b(?:en|con)\s+(?:tu|su)\s+proxim[oa]\s+(?:pedido|compra|orden|visita|reserva)\s+(?:te\s+|le\s+)?(?:va|van|llega|"
    r"llegan|incluimos|sumamos|mandamos|enviamos)\s+(?:[\w-]+\s+){1,4}?(?:de regalo|gratis|sin (?:cargo|costo|coste)|"
    r"de cortesia)\b|"
    r"\byour next (?:order|visit|stay|booking|delivery)\s+(?:comes with|includes|gets)\s+(?:a|an|one|two|\d+)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:free|on us|on the house|complimentary)\b|"
    r"\b(?:we'?ve|i'?ve|we have|i have)\s+(?:added|given|activated|loaded|thrown in)\s+(?:you\s+)?(?:\w+\s+){0,3}?"
    r"(?:extra|free|bonus|complimentary|at no (?:cost|charge))\b(?!\s+(?:security|protection|checks?|verification|layer))")
#: "Se procedió con la baja de su línea", "hemos procedido al reembolso": proceeding with a named remedy.
_PROCEEDED = re.compile(
    r"\b(?:se\s+)?(?:procedio|procedimos|hemos procedido|he procedido|ha procedido|se ha procedido|procede|procedemos|"
    r"procederemos|procedera|vamos a proceder)"
    r"\s+(?:con|a)\s+(?:la|el|su)?\s*(?P<what>baja|cancelacion|anulacion|reembolso|devolucion|abono|reintegro|cambio|"
    r"correccion|reposicion|sustitucion|reparacion|ajuste|bonificacion)\b")
_PROCEEDED_KINDS = {"baja": CANCELLATION, "cancelacion": CANCELLATION, "anulacion": CANCELLATION, "reembolso": REFUND,
                    "devolucion": REFUND, "abono": CREDIT, "reintegro": REFUND, "cambio": REPLACEMENT,
                    "correccion": CORRECTION, "reposicion": REPLACEMENT, "sustitucion": REPLACEMENT,
                    "reparacion": REPAIR, "ajuste": CORRECTION, "bonificacion": CREDIT}
#: A rule in force from a day on: "from this week the team checks every lock", "desde esta semana se avisa...".
_FROM_NOW = re.compile(
    r"\b(?:from now on|going forward|from (?:today|tomorrow|this week|next week|this month|next month|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)(?: onwards?)?|(?:starting|effective|as of|beginning) (?:today|tomorrow|"
    r"now|this week|next week|this month|next month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"de ahora en adelante|"
    r"(?:desde|a partir de) (?:ya|ahora|hoy|manana|esta semana|este mes|el mes que viene|el proximo mes|"
    r"la (?:semana )?proxima(?: semana)?|la semana que viene|"
    r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?: \d{1,2})?)|"
    r"a partir del (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?: \d{1,2})?|"
    # from an order, a delivery, a bill of theirs on: "desde tu pedido del sábado 28", "from your next delivery"
    r"(?:desde|a partir de) (?:tu|su) (?:proxim[oa] |siguiente )?(?:pedido|orden|entrega|envio|reserva|factura|recibo)|"
    r"(?:from|starting with) your (?:next )?(?:order|delivery|booking|invoice|bill)|"
    r"(?:starting|beginning) with (?:the|your) (?:\w+\s+){0,2}?(?:order|delivery|dispatch|shipment|box|bill|invoice|"
    r"statement)|(?:empezando|comenzando) (?:con|por|desde) (?:el|la|su|tu) (?:\w+\s+){0,2}?(?:pedido|despacho|envio|"
    r"entrega|caja|factura|recibo))\b")
_STANDING_HOLLOW = re.compile(
    r"\b(?:try|strive|aim|hope|endeavou?r|work (?:on|to|hard)|look (?:at|into)|review|consider|do (?:our|my) best|"
    r"keep in mind|bear in mind|take into account|note|learn|improve|ensure|make sure|better|mejor\w*|"
    r"intentar\w*|procurar\w*|esperamos|trabajar\w*|haremos lo posible|tener en cuenta|tendremos en cuenta|"
    r"asegurar\w*|garantizar\w*|esforzar\w*|can't|cannot|unable|no podemos|no es posible|you (?:can|could|may|"
    r"will need|'ll need|need|must|should)|please|por favor|puede|podra|podras|podes|debe|debera|tiene que|"
    r"tendra que|should|may|might|could|would|usually|normally|suele|podria)\b|"
    # a case number now in use is bookkeeping: "a partir de ahora tu caso es el #10233"
    r"\b(?:caso|case|ticket|expediente|reclamo|reference|referencia|claim)\s+(?:number\s+|numero\s+)?(?:es|is|sera|will be|"
    r"queda|pasa a ser|becomes)\b")


#: A sentence that opens with the day a rule starts: "Starting December 1 patient requests ... will be charged a flat fee".
_FROM_A_DAY = re.compile(rf"\W*(?:starting|beginning|effective|as of|from)\s+(?:on\s+)?(?:{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?|"
                         rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTHS})(?!\w)")

#: What the tracking shows, before a "since": where a thing is, not a rule that starts.
_WHERE_IT_IS = re.compile(r"\b(?:tracking|seguimiento|rastreo|shows? (?:it|that)|muestra que)\b")


#: A contact of theirs, just before the day it was made on (folded): "your call from today", "tu llamada de hoy".
#: Their complaint, their call or their letter, by name (folded): what a day after it belongs to.
_THEIR_CONTACT = (r"(?:reclamo|reclamacion|queja|complaint|email|e-mail|correo|mensaje|message|letter|carta|solicitud|"
                  r"request|ticket|caso|case|llamada|call|escrito|consulta|visit|visita|chat|conversation|conversacion|"
                  r"claim|enquiry|inquiry|voicemail|whatsapp)")
_CONTACT = re.compile(r"\b" + _THEIR_CONTACT + r"\s*$")


def _contact_of_the_day(lead: str, marker: str) -> bool:
    """Whether "from today" names the day of their call, not the day a rule starts: "your call from today"."""
    return re.match(r"(?:from|de|del) (?:today|yesterday|this|hoy|ayer|este|esta)\b", marker) is not None and \
        _CONTACT.search(lead) is not None


def _standing(sentence: Sentence, number: int, folded: str) -> Commitment | None:
    """A new rule in force from a day on, told as what now happens: "from this week the team checks every
    balcony lock at each turnover", "desde esta semana todo cierre de piscina se avisa por correo"."""
    marker = _FROM_NOW.search(folded) or _FROM_A_DAY.match(folded)
    if marker is None or _WHERE_IT_IS.search(folded[:marker.start()]) or \
            _contact_of_the_day(folded[:marker.start()], marker.group(0)):
        return None  # ("el seguimiento muestra que está en Pudahuel desde el martes": where it is; "your call from
        # today is documented": the call of today)
    # When the new rule acts is part of it: "we're sending an SMS when the doctor is running late".
    folded = re.sub(r"\b(?:when|whenever|every time|each time|as soon as|cada vez que|siempre que|en cuanto(?! al?\b)|apenas)\b[^,;]*",
                    lambda m: " " * len(m.group(0)), folded)
    clause = re.split(r";|\s[–—]\s", folded[marker.start():])[0]
    # What the rule is for is not the rule: "... para que puedas rechazarlo antes del primer cobro".
    clause = re.split(r",?\s+(?:para que|para poder|so that|so you can|so you'll|so (?:\w+\s+){1,2}can)\b", clause)[0]
    lead = folded[:marker.start()]
    if len(re.findall(r"[a-z]{2,}", clause)) < 6 or _HARD_CONDITION.search(folded) or \
            _STANDING_HOLLOW.search(lead + clause) or _ADVICE_EN.search(lead + clause) or \
            _ADVICE_ES.search(lead + clause) or _governed_by_condition(sentence, sentence.tokens[0], folded):
        return None
    if marker.re is _FROM_A_DAY and (not re.search(r"\b(?:will|'ll|shall)\b", clause) or PRICE_RISE.search(clause) or
                                     re.search(r"\b(?:fee|price|rate|premium|cost|charge|tariff|subscription)s?\b"
                                               r"[^.;]{0,20}?\bwill (?:be|increase|rise|go up|change)\b", clause)):
        return None  # "From November 3 your parcel was held at customs": what happened from a day, not a rule to come;
        # "From January 1 the annual fee will be $120": a price notice
    end = marker.start() + len(clause)
    return Commitment(sentence.start + marker.start(), sentence.start + end, frozenset({PROCESS}), "done", number,
                      sentence.text[marker.start():end], True)


#: A service of theirs switched off, as a headline or a state: "HBO's off", "Auto-renew off".
_SERVICE_OFF = re.compile(_SERVICES + r"\b.*\boff$")
#: A service named in a headline of a thing removed: "Device protection: removed", "Seguro: retirado".
_A_SERVICE = re.compile(r"\b(?:protection|insurance|cover|plan|subscription|line|seguro|paquete|servicio|suscripcion|"
                        r"adicional|linea|proteccion)\b|" + _SERVICES)
#: A charge right after the verb (folded): "taken the cleaning fee off", "te sacamos el recargo".
_A_CHARGE_NEXT = re.compile(r"\s*(?:(?:the|your|that|this|el|la|los|las|ese|esa|su|tu)\s+)?(?:[\w$€£.,-]+\s+){0,3}?" +
                            _CHARGE_SUBJECT.pattern)
#: A thing made again right (folded), which on its way replaces the wrong one.
_REMADE = frozenset("corrected amended revised reissued reprinted corregido corregida corregidos corregidas rehecho "
                    "rehecha reemitido reemitida rectificado rectificada reimpreso reimpresa".split())


#: The thing of theirs that failed, after "cambiamos" (folded): "el contacto de puerta que fallaba", "el termostato dañado".
_FAULTY_PART = re.compile(r"\s*(?:el|la|los|las|su|tu|sus|tus)\s+(?:\w+\s+){1,4}?(?:que (?:fallaba|fallaban|falla|fallan|"
                          r"no funcionaba|no andaba|estaba roto|estaba rota|se rompio)|(?:roto|rota|rotos|rotas|"
                          r"danad[oa]s?|defectuos[oa]s?|averiad[oa]s?))\b")


def find(sentences: list[Sentence], extra: list[tuple[re.Pattern[str], str]] | tuple[()] = (),
         today: date | None = None) -> list[Commitment]:
    """Every commitment in the sentences (of the own text), in order; ``today`` tells past dates."""
    today = today or date.today()
    morph = _morph()
    found: list[Commitment] = []
    asking = False
    for number, sentence in enumerate(sentences):
        listed = re.match(r"\s*(?:[-*•]|\d+[.)])\s", sentence.text) is not None
        if listed and asking:
            continue  # the items of "could you please share:": what we ask for, not what we did
        if not listed:
            asking = sentence.text.rstrip().endswith(":") and re.search(
                r"\b(?:could you|can you|please|kindly|we need|we'll need|necesitamos|podr[ií]as?|por favor|le pedimos|"
                r"te pedimos|env[ií]enos|envianos|share|send us)\b", _fold_keep(sentence.text)) is not None
        amounts = money(sentence.text)
        if amounts and all(all(v == 0 for v in m.values) for m in amounts) and not _BILL_WORDS.search(
                _fold_keep(sentence.text)):
            continue  # "we have refunded 0 EUR": nothing in this sentence is a remedy (a bill at $0 is one)
        question = sentence.text.rstrip().endswith("?") or sentence.text.lstrip().startswith("¿")
        if question:
            continue
        raw = sentence.text
        folded_raw = _fold_keep(re.sub(r"\bs[ií],", "yes,", re.sub(r"\bsí\b", "yes", raw)))
        for index, token in enumerate(sentence.tokens):
            readings = morph.forms(token.norm)
            if not readings:
                continue
            commitment = _read_verb(sentence, number, index, token, readings, folded_raw, today,
                                    sentences[number - 1] if number else None)
            if commitment is not None:
                found.append(commitment)
        # Someone of ours at theirs, or their thing brought in for us to put right: a repair, timed by a day (a
        # thing brought in also by an hour: "bring it in at 9 and we'll refit the pads").
        for pattern, by_hour in ((_AGENT_THERE, False), (_BRING_IN, True)):
            for match in pattern.finditer(folded_raw):
                at = next((t for t in sentence.tokens if t.start - sentence.start >= match.start()),
                          sentence.tokens[-1])
                if not _governed_by_condition(sentence, at, folded_raw):
                    found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                            frozenset({REPAIR}), "promised", number, raw[match.start():match.end()],
                                            has_deadline(raw) or by_hour and has_specific_time(raw)))
        for match in _BACK.finditer(folded_raw):
            if re.search(r"\bback\s+(?:to (?:you|u)\b|a (?:usted|ti)\b|contigo|con usted)",
                         folded_raw[match.start():match.end() + 12]) and \
                    not (money(lead := raw[max(0, match.start() - 60):match.start()]) and
                         not re.search(r"\b(?:who|which|que|quien)\b", lead, re.IGNORECASE)):
                continue  # "I'll come back to you": an answer later, not money back (as "the $118 comes back to you")
            if re.search(r"\b(?:she|he|they|i|we|ella)\s*$", folded_raw[:match.start()]):
                continue  # "when she's back in on Tuesday": a person back at work, not money back
            if re.search(r"\b(?:may|might|could|should|can|puede|pueden|podria|podrian|deberia|deberian)\s+(?:\w+\s+)?$",
                         folded_raw[:match.start()]):
                continue  # "your £15 may come back onto the card by Friday": a maybe
            at = next((i for i, t in enumerate(sentence.tokens) if t.start - sentence.start >= match.start()), 0)
            before_kinds = _nouns_before(sentence, at)
            corrected = "your" in match.group(0) and before_kinds & {CORRECTION}
            if (money(raw) or before_kinds & {REFUND, CREDIT} or number and money(sentences[number - 1].text)
                    or corrected) and \
                    not _governed_by_condition(sentence, sentence.tokens[at], folded_raw):
                status = "promised" if re.match(r"(?:will|'ll|going|estara|volvera)", match.group(0)) else "done"
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                        frozenset(before_kinds & {REFUND, CREDIT} or ({CORRECTION} if corrected else
                                                                                       {REFUND, CREDIT})), status,
                                        number, raw[match.start():match.end()], has_deadline(sentence.text)))
        for match in _RESULT.finditer(folded_raw):
            at = next((i for i, t in enumerate(sentence.tokens) if t.start - sentence.start >= match.start()),
                      len(sentence.tokens) - 1)
            subject = [t.norm for t in sentence.tokens[:at]]
            if any(w in _NOT_A_RESULT for w in subject) or _governed_by_condition(sentence, sentence.tokens[at], folded_raw) \
                    or _HARD_CONDITION.search(folded_raw) \
                    or re.search(r"\bno (?:podemos|es posible|se puede)|\bunable\b|\bcannot\b|\bcan't\b|\b(?:could|might|"
                                 r"may|would|podriamos|podria)\b", folded_raw):
                continue  # "your order is now in transit" is where it is, not what we did
            if re.search(r"\b(?:live|en produccion|desplegad[oa]|activ[oa])$", match.group(0)) and \
                    has_past_date(sentence.text, today):
                continue  # "the fix went live on 3 November but you still see the error": the story
            if re.search(r"\b(?:void|voided|released|liberad[oa]s?|gone|existen?)$", match.group(0)) or \
                    _SERVICE_OFF.match(match.group(0)):
                kinds = {CANCELLATION}  # "the hold on your deposit is released": the hold, not money, is what went
                if _CHARGE_SUBJECT.search(match.group(0)):
                    kinds |= {CORRECTION}
            elif re.search(r"\b(?:charged|billed|debited|cobrar|debitar|pagar|cargar|on us|gratis|free|lighter|lower|less|"
                         r"cheaper|menos|descuento|off|onto|into|on your|back to you|back in your|waived|refunded|"
                         r"credited)\b", match.group(0)):
                kinds = {CREDIT, REFUND} if re.search(r"\b(?:off|onto|into|on your|back to you|back in your|refunded|"
                                                      r"credited)\b", match.group(0)) \
                    else {CREDIT, CORRECTION}
                if re.search(r"\b(?:fee|charge|levy|surcharge|penalty|cargo|recargo|taken off|removed)\b", match.group(0)):
                    kinds |= {CORRECTION}  # "the doubled excursion levy's been taken off": the bill put right
                if any(w in ("add", "addon", "bolt", "subscription", "service", "pack", "package", "plan", "extra",
                             "membership") for w in subject[-6:]):
                    kinds |= {CANCELLATION}  # "the tv add-on comes off your account on the 30th"
            elif re.search(r"\b(?:ends|will end|finishes|closes|will close|stops|will stop|closed|cancell?ed|ended|stopped|"
                           r"terminated|switched off|de baja)\b", match.group(0)):
                kinds = {CANCELLATION}  # "your membership finishes on Monday 30 November"
            else:
                kinds = {CORRECTION, REPAIR} | ((_nouns_before(sentence, at) | {
                    k for w in re.findall(r"\w+", match.group(0)) for k in _noun_kinds(w)}) &
                    {REFUND, CREDIT, REPLACEMENT, CANCELLATION})
            booked = re.search(r"\b(?:generad|programad|agendad|cread)[oa]s?\b", match.group(0))
            found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(), frozenset(kinds),
                                    "promised" if booked and REPAIR in kinds else "done", number,
                                    raw[match.start():match.end()], has_deadline(sentence.text) or number > 0 and
                                    has_specific_time(sentences[number - 1].text) if booked else True))
            # "ya quedó generada la orden para que un técnico vaya": booked, the visit still to come
        for match in _NOW_YOU.finditer(folded_raw):
            at = next((t for t in sentence.tokens if t.start - sentence.start >= match.start()), sentence.tokens[-1])
            if not _governed_by_condition(sentence, at, folded_raw):
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                        frozenset({CANCELLATION} if " off " in match.group(0) else
                                                  {REPLACEMENT, CORRECTION}), "done", number,
                                        raw[match.start():match.end()], True))
        for match in _WITH_YOU.finditer(folded_raw):
            at = next((i for i, t in enumerate(sentence.tokens) if t.start - sentence.start >= match.start()), 0)
            agent = any(_is_agent(t.norm) for t in sentence.tokens[max(0, at - 5):at])
            nouns = _nouns_before(sentence, at)
            person = agent or any(_is_name(t, i, sentence) or t.norm in ("he", "she")
                                  for i, t in enumerate(sentence.tokens[:at]))
            free = re.search(r"ready|waiting|esperando", match.group(0))
            if "there" in match.group(0) and not person:
                continue  # "it will be there on Monday" says where a thing is, "Dave will be there" that he comes
            if (person or nouns - {REFUND} or free) and \
                    not _governed_by_condition(sentence, sentence.tokens[at], folded_raw) \
                    and not re.search(r"\b(?:should|may|might)\b", match.group(0)):
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                        frozenset(nouns or {REPLACEMENT}), "promised", number,
                                        raw[match.start():match.end()], has_deadline(sentence.text)))
        for match in _ON_ITS_WAY.finditer(folded_raw):
            at = next((i for i, t in enumerate(sentence.tokens) if t.start - sentence.start >= match.start()), 0)
            if re.match(r"(?:went|has gone|have gone)\b", match.group(0)) and long_ago(sentence.text, today):
                continue  # "your cheque went out in the mail on 2 November": long before this complaint
            ours = match.group("ours") is not None
            if ours and (not (has_deadline(sentence.text) or has_specific_time(sentence.text)) or
                         re.search(r"\b(?:no sabemos|no se si|not sure|don't know|might|may|quizas?|a lo mejor)\b",
                                   folded_raw)):
                continue  # on the road, with when they get there, and no doubt about it
            agent = ours or any(_is_agent(t.norm) and t.norm not in _CARRIERS for t in sentence.tokens[max(0, at - 4):at])
            named = _nouns_before(sentence, at)
            if any(t.norm in _REMADE for t in sentence.tokens[max(0, at - 5):at]):
                named |= {REPLACEMENT}  # "a corrected box is on its way": a replacement ("la corrección", a fix, is not)
            if any(t.norm in ("check", "cheque", "cheques", "checks") for t in sentence.tokens[max(0, at - 6):at]) and \
                    money(raw):
                named |= {REFUND}  # "the check for $875 went out in today's mail": money on its way
            if (named & {REPLACEMENT, REFUND, CREDIT} or agent or "redelivery" in match.group(0)) and \
                    not _governed_by_condition(sentence, sentence.tokens[at], folded_raw) and not _WAIT.search(folded_raw):
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                        frozenset(named or {REPAIR}), "done", number,
                                        raw[match.start():match.end()], True))
        for match in _NEW_ONE_ARRIVES.finditer(folded_raw) if has_future_date(sentence.text, today) or \
                has_deadline(without_dates(sentence.text)) and not has_past_time(sentence.text) else ():
            at = next((i for i, t in enumerate(sentence.tokens) if t.start - sentence.start >= match.start()), 0)
            if not _governed_by_condition(sentence, sentence.tokens[at], folded_raw) and not _WAIT.search(folded_raw):
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                        frozenset({REPLACEMENT}), "promised", number, raw[match.start():match.end()],
                                        True))  # "the new one should arrive by Tuesday 1 December"
        for match in _GONE.finditer(folded_raw):
            at = next((t for t in sentence.tokens if t.start - sentence.start >= match.start()), sentence.tokens[-1])
            if not _governed_by_condition(sentence, at, folded_raw):
                past = re.search(r"\b(?:dio|dimos|di|dado|diste)\b", match.group(0))
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                        frozenset({CANCELLATION}), "done" if past else "promised", number,
                                        raw[match.start():match.end()], has_deadline(sentence.text)))
        for match in _LANDS.finditer(folded_raw):
            at = next((t for t in sentence.tokens if t.start - sentence.start >= match.start()), sentence.tokens[-1])
            if not _governed_by_condition(sentence, at, folded_raw):
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(), frozenset({REFUND}),
                                        "promised", number, raw[match.start():match.end()], has_deadline(sentence.text)))
        for match in _READY.finditer(folded_raw):
            at = next((i for i, t in enumerate(sentence.tokens) if t.start - sentence.start >= match.start()), 0)
            # (or named in the sentence before, when this one points back to it: "Tu tarjeta nueva ya está en la
            # taquilla. La puedes retirar desde mañana.")
            named = list(sentence.tokens) + (list(sentences[number - 1].tokens) if number and has_deadline(
                sentence.text) and re.search(r"^(?:lo|la|los|las)\b|\b(?:it|them)\b", match.group(0)) else [])
            remedy = {REPLACEMENT} if any(t.norm in _NEW_THINGS for t in named) else set()
            remedy |= _kinds_in(sentence, 0, len(sentence.tokens)) & {REPAIR}
            if remedy and not _governed_by_condition(sentence, sentence.tokens[at], folded_raw, True) and \
                    not re.search(r"\b(?:can't|cannot|can not|unable|no podemos|no es posible)\b", folded_raw):
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                        frozenset(remedy | {REPLACEMENT}), "done", number,
                                        raw[match.start():match.end()], True))
        for match in _CAUSATIVE.finditer(folded_raw):
            at = next((t for t in sentence.tokens if t.start - sentence.start >= match.start()), sentence.tokens[-1])
            if not _governed_by_condition(sentence, at, folded_raw):
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(), FIX,
                                        "promised" if "way" not in match.group(0) else "done", number,
                                        raw[match.start():match.end()], has_deadline(sentence.text)))
        for match in _LOOPED_IN.finditer(raw):
            at = next((t for t in sentence.tokens if t.start - sentence.start >= match.start()), sentence.tokens[-1])
            if not _governed_by_condition(sentence, at, folded_raw) and fold(match.group("name").split()[0]) not in _NOT_NAMES:
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                        frozenset({ESCALATION}), "promised", number, match.group(0),
                                        has_deadline(sentence.text)))
        for match in _handed_to(raw):
            at = next((t for t in sentence.tokens if t.start - sentence.start >= match.start()), sentence.tokens[-1])
            if (eyes := _FOR_THEIR_EYES.search(folded_raw[match.start():])) and not re.search(
                    r"\b(?:call|phone|ring|contact|email|write|llam\w*|contact\w*|comuniqu\w*|escrib\w*)\b",
                    folded_raw[match.start() + eyes.start():]):
                continue  # "passed your message along to Dr Okafor so she can see it when she's back": for her to read
            if not _governed_by_condition(sentence, at, folded_raw):
                # (not by the day it was handed over: "your parcel was handed to Ninja Van on 21 Nov 2026")
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                        frozenset({ESCALATION}), "promised", number, match.group(0),
                                        has_deadline(sentence.text) and not long_ago(sentence.text, today, 1)))
        process = _process(sentence, number, folded_raw, found, today,
                           sentences[number + 1] if number + 1 < len(sentences) else None,
                           sentences[number - 1] if number else None)
        if process is not None:
            found.append(process)
        found.extend(_phrasings(sentence, number, raw, folded_raw, found, today,
                                sentences[number + 1].text if number + 1 < len(sentences) else ""))
        # A headline opens the sentence or one of its clauses: "Hi Ben, order cancelled and the full $1,099.00
        # refunded to your Afterpay."
        for at in [0] + [m.end() for m in re.finditer(r"(?:[,;:]|\s[-–—])\s*|\s(?:and|y)\s+", folded_raw)]:
            headline = _HEADLINE.match(folded_raw[at:]) or _HEADLINE_FIRST.match(folded_raw[at:]) or \
                _HEADLINE_LABEL.match(folded_raw[at:])
            if headline is not None and headline.re is _HEADLINE_LABEL and headline.end() == len(folded_raw) - at and not (
                    number + 1 < len(sentences) and re.match(r"\W*(?:[$€£₹]|[a-z]{1,3}\$|\d)",
                                                             _fold_keep(sentences[number + 1].text))):
                continue  # ("Devuelto:" ends its sentence: the amount must open the next)
            if headline is None or _HARD_CONDITION.search(folded_raw[:at + headline.end()]) or \
                    _THEN_ITS_VERB.match(folded_raw[at + headline.end():]):
                continue
            start, end = at + headline.start("done"), at + headline.end("done")
            if any(c.sentence == number and at <= c.start - sentence.start <= end for c in found):
                continue
            done = headline.group("done")
            if done[:5] in ("updat", "corre", "amend", "actua", "corri", "modif") and (re.search(
                    r"\b(?:status|estado|ticket|case|caso|claim|request|solicitud|file|expediente|records?|registro|"
                    r"notes?|notas?|info|information|informacion|reclamo|queja|complaint|incidencia)\b",
                    folded_raw[at:at + headline.end()]) or not re.match(
                    r"\s*(?:$|[.,;:!)]|(?:to|on|in|at|for|with|today|now|this|as|al?|en|hoy|ya|con|para|desde)\b)",
                    folded_raw[at + headline.end():])):
                continue  # "status updated", "your case updated with the photos": bookkeeping, nothing put right; "the
                # corrected report card will be...": an adjective
            kinds = {_HEADLINE_KINDS.get(done[:5], CORRECTION)}
            if done[:5] in ("remov", "quita", "elimi", "retir", "withd") and \
                    _A_SERVICE.search(folded_raw[at:at + headline.end()]):
                kinds |= {CANCELLATION}  # "Device protection: removed": a service of theirs stopped
            if kinds == {CANCELLATION} and re.match(r"\s*(?:\w+\s+){0,2}?(?:penalizacion|penalidad|penalty|multa|fine|"
                                                    r"charge|fee|cargo|cobro|recargo|comision)", folded_raw[end:]):
                kinds = {CANCELLATION, CORRECTION}  # "y anulado la penalización de 120 €": the bill put right
            found.append(Commitment(sentence.start + start, sentence.start + end, frozenset(kinds), "done", number,
                                    raw[start:end], True))  # ("corregido el importe": a correction)
        if process is None and not any(c.sentence == number for c in found):
            standing = _standing(sentence, number, folded_raw)
            if standing is not None:
                found.append(standing)
        for pattern, status in extra:
            for match in pattern.finditer(raw):
                found.append(Commitment(sentence.start + match.start(), sentence.start + match.end(),
                                        frozenset(), status, number, match.group(0)))
    # (read whole, without a verb's own reading: the same test of whose act it is, on the words either side)
    found = [c for c in found if not (c.status == "done" and not c.lemma and c.kinds and
                                      _not_ours_around(sentences[c.sentence], c))]
    found = [c for c in found if not _their_payment_filed(c, sentences)]
    return [_own_date(_that_day(c, sentences, today), found, sentences) for c in found]


#: The customer's own payment, come in: "We have received your payment of Rs. 35,400", "Recibimos tu transferencia de $ X".
_THEIR_PAYMENT_IN = re.compile(
    r"\b(?:(?:we|i) (?:have |'ve )?received your (?:payment|transfer|remittance|deposit|cheque|check)|your (?:payment|"
    r"transfer|remittance)\b[^.;]{0,40}?\b(?:has been |was |is )received|(?:recibimos|hemos recibido|he recibido) (?:tu|su) "
    r"(?:pago|transferencia|deposito|abono|cheque)|(?:tu|su) (?:pago|transferencia|deposito|abono)\b[^.;]{0,40}?\b"
    r"(?:fue |ha sido |se )?recibid[oa])\b")


def _their_payment_filed(commitment: Commitment, sentences: list[Sentence]) -> bool:
    """A correction that only files the customer's payment: "We have received your payment of Rs. 35,400 ... The same has
    been updated against invoice INV-3321". Bookkeeping of what they paid, not a remedy."""
    if commitment.status != "done" or not commitment.kinds or not commitment.kinds <= {CORRECTION, REPAIR} or \
            commitment.lemma not in ("update", "apply", "post", "aplicar", ""):
        return False
    here = _fold_keep(sentences[commitment.sentence].text)
    if _CHARGE_SUBJECT.search(here) or re.search(r"\b(?:remov\w*|waiv\w*|correct\w*|revers\w*|refund\w*|quit\w*|"
                                                r"elimin\w*|anul\w*|corregi\w*|devol\w*)\b", here):
        return False  # "...and have updated your invoice to remove the $25 late fee": a charge put right
    before = " ".join(_fold_keep(s.text) for s in sentences[max(0, commitment.sentence - 2):commitment.sentence])
    return bool((_THEIR_PAYMENT_IN.search(here) or _THEIR_PAYMENT_IN.search(before)) and
                re.search(r"\b(?:invoice|factura|bill|statement|recibo|boleta|against|contra)\b", here))


_MAYBE = re.compile(r"\b(?:may|might|could|should|usually|normally|suele|podria|puede|hopefully|ojala)\b")
_DELIVERS = re.compile(r"driver|courier|rider|repartidor|mensajer|domiciliari|chofer|conductor|transportadora|paqueteria")
_ABOUT_A_REQUEST = re.compile(r"\b(?:reclamo|reclamacion|queja|solicitud|caso|incidencia|pedido de|peticion)\b")


def _phrasings(sentence: Sentence, number: int, raw: str, folded_raw: str,
               found: list[Commitment], today: date, following: str = "") -> list[Commitment]:
    """Commitments read whole from a phrasing (one of ours on the way, an appointment booked, a contractor set to
    work, what now happens, something given for nothing, a remedy proceeded with, a bill that comes out lower),
    each unless a condition governs it."""
    # (a day gone by dates nothing to come: "el plazo para cambiar la campera venció el 14 de noviembre")
    gone = has_past_date(sentence.text, today) and not has_future_date(sentence.text, today)
    dated = has_deadline(sentence.text) and not (gone and not has_deadline(without_dates(sentence.text)))
    read: list[Commitment] = []

    def add(match: re.Match[str], kinds: set[str], status: str, timed: bool) -> None:
        at = next((t for t in sentence.tokens if t.start - sentence.start >= match.start()), sentence.tokens[-1])
        if not _governed_by_condition(sentence, at, folded_raw) and not _HARD_CONDITION.search(folded_raw):
            read.append(Commitment(sentence.start + match.start(), sentence.start + match.end(), frozenset(kinds),
                                   status, number, raw[match.start():match.end()], timed, money(raw)))

    if dated and not _MAYBE.search(folded_raw) and not any(c.sentence == number for c in found):
        for match in _AGENT_COMES.finditer(folded_raw):
            add(match, {REPLACEMENT} if _DELIVERS.search(match.group(0)) else {REPAIR}, "promised", True)
    if dated and not _MAYBE.search(folded_raw) and not _PERHAPS.search(folded_raw) and not any(
            c.sentence == number and c.kinds & {REPAIR, REPLACEMENT} for c in found):
        for match in _WE_WORK_ON_YOURS.finditer(folded_raw):
            if match.group("verb") not in _NOT_WORK and match.group("what") not in _NOT_THEIR_THING and \
                    not _morph().forms(match.group("verb")) and not _negated_before(folded_raw[:match.start()]):
                add(match, {REPAIR}, "promised", True)  # (a verb of "we" the tables lack: they hold few of the trades')
    for match in _BOOKED_FOR_YOU.finditer(folded_raw) if dated else ():
        add(match, {REPAIR}, "promised", True)
    for match in _SET_TO_WORK.finditer(folded_raw):
        add(match, {REPAIR}, "promised", dated)
    for match in _NOW_ON.finditer(folded_raw) if not _ABOUT_A_REQUEST.search(folded_raw) else ():
        add(match, {CORRECTION}, "done", True)
    for match in _ON_THE_HOUSE.finditer(folded_raw):
        add(match, {CREDIT}, "done", True)
    for match in _COMES_TO_THEM.finditer(folded_raw) if money(raw) and not _NOT_OURS_TO_GIVE.search(folded_raw) else ():
        if not _negated_before(folded_raw[:match.start()]):
            add(match, {CREDIT}, "promised", dated)
    for match in _PROCEEDED.finditer(folded_raw):
        future = re.search(r"\b(?:proced(?:e|emos|eremos|era)|vamos a proceder)\b", match.group(0)) is not None
        # ("procedemos a", "procederemos con": still to come)
        add(match, {_PROCEEDED_KINDS[match.group("what")]}, "promised" if future else "done", dated or not future)
    for match in _REDONE.finditer(folded_raw):
        add(match, {REPAIR, CORRECTION}, "done", True)
    following = _fold_keep(following) if raw.rstrip().endswith(":") else ""
    for match in _DONE_FIRST_STATE.finditer(folded_raw + (" " + following if following else "")):
        if match.end() <= len(folded_raw):  # ("Hecho, Marta:" with the new state in the sentence after the colon)
            add(match, {CORRECTION}, "done", True)
    for match in _LOANER.finditer(folded_raw):
        add(match, {REPLACEMENT}, "done", True)
    for match in _SET_SO.finditer(folded_raw):
        add(match, {PROCESS}, "done", True)
    for match in _SHUT_OFF.finditer(folded_raw) if _TODAY.search(folded_raw) and not has_past_date(raw, today) and \
            not re.search(r"\b(?:because|due to|non-?payment|arrears|overdue|unpaid|safety|security)\b", folded_raw) else ():
        add(match, {CANCELLATION}, "done", True)
    for match in _BUREAU_SENT.finditer(folded_raw) if _BUREAU_FIX.search(folded_raw) else ():
        add(match, {CORRECTION}, "done", True)
    for match in _CANCELLED_OFF.finditer(folded_raw):
        add(match, {CANCELLATION}, "done", True)
    for match in _NO_LONGER_IN_FORCE.finditer(folded_raw) if _FROM_TODAY.search(folded_raw) else ():
        add(match, {CANCELLATION}, "done", True)
    for match in _BACK_TO_PRICE.finditer(folded_raw):
        add(match, {CORRECTION}, "done", True)
    for match in _BILL_DOWN.finditer(folded_raw) if not has_past_time(sentence.text) else ():
        if money(raw[match.end():match.end() + 20]):
            add(match, {CORRECTION, CREDIT}, "done", True)
    if (has_specific_time(sentence.text) or dated) and not has_past_time(sentence.text) and not gone and \
            not _MAYBE.search(folded_raw) and not _TRYING.search(folded_raw):
        spans = _clauses(folded_raw)
        taken = {_clause_index(spans, c.start - sentence.start) for c in [*found, *read] if c.sentence == number}
        for match in _TO_MEND.finditer(folded_raw):
            mine = _clause_index(spans, match.start())
            if taken and (mine in taken or not re.search(r"\b(?:and|y|e)\s*$", folded_raw[:spans[mine][0]])):
                continue  # one of its own: "I've refunded that today, and Niall is out tomorrow to replace the sensor"
            opening = spans[mine][0] if taken else 0
            lead = [(i, t) for i, t in enumerate(sentence.tokens)
                    if opening <= t.start - sentence.start and t.end - sentence.start <= match.start()]
            if any(_is_agent(t.norm) or t.norm in ("team", "equipo") or _is_name(t, i, sentence) for i, t in lead):
                add(match, {REPAIR}, "promised", True)  # "the plumber calls Saturday 9-11 to fix the boiler"
                break
    return read


#: What may come to nothing as a result: "your next bill will be $0".
#: Given in kind, counted: "te sumamos 2 semanas a tu membresía", "we've added 10 GB to your plan".
_GIVES_IN_KIND = frozenset("sumar add anadir agregar give dar regalar extend ampliar acreditar abonar bonificar credit "
                           "cargar".split())
_IN_KIND = re.compile(r"\b\d+\s+(?:semanas?|dias|meses|weeks?|days?|months?|gb|clases|sesiones|sessions|lessons|classes|"
                      r"noches|nights|minutos|minutes)\b")
#: A relative clause's own time: in "le cambió la batería que le montamos el mes pasado", last month is when the
#: battery went in, not when it was changed.
_THEIR_OWN_TIME = re.compile(r"\bque\s+(?:\w+\s+){1,3}?(?:el|la|del) (?:mes|semana|ano) pasad[oa]\b|"
                             r"\b(?:that|which)\s+(?:\w+\s+){1,4}?last (?:month|week|year)\b")
_BILL_WORDS = re.compile(r"\b(?:bill|balance|invoice|statement|dd|direct debit|boleta|factura|saldo|recibo|cuenta|"
                         r"account)\b")
#: Asking the customer to wait: "just hang tight a little longer, it's on its way".
_WAIT = re.compile(r"\b(?:hang tight|sit tight|bear with|be patient|your patience|please wait|wait a (?:few|little|bit)|"
                   r"ten(?:ga|gan|e)? (?:un poco de )?paciencia|le pedimos paciencia|esperar unos|espere unos|aguarde)\b")
_REST = r"(?:[^.;:]|(?<=\d)[.:](?=\d))*$"  # to the end of the clause; "£64.50" and "10:30" do not end it
#: What someone knows or sees, told back: "saben que en tu calle llega el agua sucia", "we're aware that your
#: parcel arrives late".
_KNOWN_THAT = re.compile(rf"\b(?:saben|sabemos|sabe|conocen|conocemos|vemos|notamos|entendemos|comprendemos|"
                         rf"estan al tanto de|estamos al tanto de) que\b{_REST}|\b(?:we(?:'re| are)|i(?:'m| am)) aware "
                         rf"(?:that|of)\b{_REST}|\b(?:we|i) (?:know|understand|see|notice) that\b{_REST}|"
                         rf"\b(?:we|i) can see\b{_REST}|"
                         rf"\b(?:(?:our|nuestros?|los|the)\s+)?(?:records?|registros?|system|sistema)\s+(?:show|shows|showed|"
                         rf"indicate|indicates|muestran?|indican?|reflejan?)\b{_REST}")
#: An apology whose clause tells what went wrong: "sorry the sailing was cancelled", "siento que se cancelara".
_SORRY_THAT = re.compile(r"\b(?:sorry|apologi[sz]e|regret|lament\w*|siento|sentimos|disculp\w*)\b"
                         r"(?!\s+(?:about|for|por|de|if)\b)(?!.*(?:\b(?:we|i)(?:'ve|"
                         r"'ll| have| will)|\b(?:hemos|he|vamos a|voy a)\b))")
#: Something done again to put it right, told with a hyphen: "it's been re-bolted", "we re-sealed the window".
_REDONE = re.compile(r"\b(?:been|was|were|have|has|'ve|we|i|we've|i've)\s+(?:just\s+|now\s+|all\s+)?"
                     r"(?P<done>re-(?!(?:allocat|assign|rout|log|submitt|escalat|referr|forward|open)\w*)[a-z]{3,}(?:ed|t))\b")
#: A request put in, a job handed round, a thing booked out, proof attached, a bill issued, a renewal charged: what was
#: filed or charged, not a remedy.
_REQUEST_NOUNS = r"(?:request|claim|application|complaint|report|case|solicitud|reclamo|reclamacion|queja|caso|" \
                 r"reporte|incidencia|peticion|tramite|dispute|disputa|chargeback|contracargo)"
_CHARGED_NOUNS = re.compile(r"\b(?:renewal|renovacion|charge|cargo|cobro|payment|pago|debit|subscription|suscripcion|"
                            r"invoice|factura|bill|recibo|boleta|statement)\b(?:\s+\S+){0,8}\s*$")
#: A count, a limit or a setting put back where it was (folded, after the verb): "it back to 5", "your speed back to
#: normal", "the plan back to its original price".
_SET_BACK = re.compile(r"\s*(?:it|them|that|this|(?:the|your)\s+(?:\w+\s+){0,2}?\w+)\s+back\s+to\s+(?:"
                       rf"\d+(?![\d/.-])(?!\s*(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}(?!\w))|normal|"
                       r"the (?:original|previous|old|usual|right|correct)|its (?:original|previous|old|usual)|what it was)")
#: What happens as a rule, told in the present: "every day", "como siempre".
_ROUTINE = re.compile(r"\b(?:every|each) (?:day|morning|afternoon|evening|night|week|weekday|monday|tuesday|wednesday|"
                      r"thursday|friday|saturday|sunday)\b|\b(?:daily|as usual|as always|todos los dias|a diario|"
                      r"todas las (?:mananas|tardes|noches|semanas)|cada (?:dia|manana|tarde|noche|semana)|como siempre|"
                      r"como cada (?:dia|manana|semana))\b")
#: A voucher or a gift card, by name (folded): "un vale", "a gift card", "una tarjeta de regalo".
_VOUCHER = r"(?:vale|gift ?card|tarjeta (?:de )?regalo|cupon|bono|voucher)"
#: A price told before the work: "the estimate of £280", "el presupuesto".
_ESTIMATE = r"(?:estimate|quote|quotation|presupuesto|cotizacion)"
_CORRECTED_WORDS = re.compile(r"\b(?:rectificativa|corregid[oa]|rehech[oa]|reemitid[oa]|nueva|nuevo|revised|corrected|"
                              r"amended|new|credit note|nota de credito|abono)\b")


#: Verbs a period runs out by, and the periods (folded): "the refund window ended", "el plazo se cerró".
RUNS_OUT = frozenset("end close terminar cerrar".split())
PERIODS = frozenset("window period warranty guarantee trial term plazo periodo garantia prueba".split())
_PERIOD_BEFORE = re.compile(r"\b(?:" + "|".join(PERIODS) + r")\b(?:\s+\S+){0,2}?\s+"
                            r"(?:has\s+|have\s+|had\s+|se\s+|ya\s+|was\s+|been\s+)*$")
#: Ended for them, as they asked (folded): "ended today at your request", "terminado a petición suya".
AS_THEY_ASKED = re.compile(r"\b(?:at your request|as (?:you )?(?:requested|asked)|a (?:petici[oó]n|pedido|"
                           r"solicitud) suy[oa]|a su (?:petici[oó]n|pedido|solicitud)|como (?:nos )?(?:pidi[oó]|"
                           r"solicit[oó]))\b")


def _filed_or_charged(lemma: str, before: str, after: str) -> bool:
    """Whether the verb (its lemma, and the folded text before and after it) files something with someone else, or
    tells what was charged or what went on before: no remedy of ours."""
    if lemma == "montar" and re.match(r"\s*(?:\w+\s+){0,2}?(?:solicitud|orden|radicado|caso|reclamo|queja|pqrs?|ticket|"
                                      r"peticion|tramite)\b", after):
        return True  # "ya le montamos la solicitud con el radicado 88213": filed (Colombia), not a part fitted
    if lemma in RUNS_OUT and _PERIOD_BEFORE.search(before) and not AS_THEY_ASKED.search(after):
        return True  # "the 30 day refund window ended on 01.11.2026": a period run out, nothing we did
    if lemma in ("put", "ingresar", "registrar", "submit", "lodge", "log", "file", "raise", "meter", "levantar", "send",
                 "enviar", "remitir", "tramitar", "forward", "reenviar", "escalate", "escalar") and \
            (lemma != "put" or re.match(r"\s*in\b", after)) and (
            re.match(rf"\s*(?:in\s+)?(?:(?:a|an|the|your|su|tu|una|un|la|el|los)\s+)?"
                     rf"(?:[\w$€£.,()]+\s+){{0,5}}?{_REQUEST_NOUNS}\b", after) or re.search(rf"\b{_REQUEST_NOUNS}\b(?:\s+\S+){{0,4}}\s+(?:has been|have been|was|were|fue|"
                                         rf"fueron|ha sido|han sido|se|ya fue)\s+$", before)):
        return True  # "I've put in a request with our finance team", "ya ingresé su solicitud de convenio", "the
        # dispute has been sent to Visa", "ya hemos tramitado el contracargo": filed, and the answer is someone else's
    if lemma in ("pay", "pagar", "abonar") and re.search(r"\b(?:amount|total|sum|importe|monto)\s*$", before):
        return True  # "Amount paid Rs. 486": what they paid
    if lemma in ("deduct", "descontar") and re.match(r"\s*(?:\w+\s+){0,2}?(?:from|de|del)\s+(?:(?:the|your|any|all|los|"
                                                    r"las|el|la|su|tu|sus)\s+)?(?:refunds?|reembolsos?|devolucion(?:es)?|"
                                                    r"reintegros?)\b", after):
        return True  # "return postage of £4.95 is deducted from refunds": a charge on what they get back
    if lemma in ("give", "send", "provide", "email", "dar", "enviar", "mandar", "entregar") and (
            re.search(rf"\b{_ESTIMATE}\b(?:\s+\S+){{0,5}}\s*$", before) or
            re.match(rf"\s*(?:(?:you|te|le|les)\s+)?(?:a|an|the|un|una|el|la)\s+(?:\w+\s+)?{_ESTIMATE}\b", after)) and \
            not _CORRECTED_WORDS.search(after[:40]):
        return True  # "the quote we gave you was $285", "we sent you a quote for the repair": a price, nothing given
        # (a new or revised one is a thing put right: "I've sent you a revised quote with the £50 charge removed")
    if lemma in ("submit", "lodge", "file") and re.search(r"\b(?:refund|reembolso|devolucion|reimbursement)\b(?:\s+\S+){0,4}"
                                                         r"\s+(?:has been|have been|was|were)\s+$", before):
        return True  # "a refund of $312.40 was submitted and will be paid if approved": asked for, not paid
    if lemma in ("send", "enviar", "mandar", "resend", "reenviar", "email") and re.match(
            r"\s*(?:(?:you|le|te|les|a usted|over)\s+)?(?:(?:a|an|the|your|un|una|el|la|su|tu|de nuevo)\s+)*"
            r"(?:password|contrasena|reset|email|e-mail|correo|link|enlace|message|mensaje|sms|text|extracto|statement|"
            r"reminder|recordatorio|notification|notificacion|survey|encuesta|copy|copia|fax|faxes)\b", after) and \
            not re.search(r"\b(?:correct\w*|revised|amended|updated|rectificad\w*|corregid\w*|actualizad\w*|credit note|"
                          r"nota de credito)\b", after[:80]):
        return True  # "I've sent a password reset email", "le enviamos el extracto de octubre": word, nothing put right
    if lemma in ("send", "forward", "pass", "enviar", "reenviar", "remitir", "mandar", "pasar", "trasladar", "derivar") and \
            re.match(r"\s*(?:(?:on|over|along|through|ya)\s+)?(?:your|tu|tus|su|sus)\s+(?:\w+\s+)?(?:datos|details|fotos|"
                     r"fotografias|photos|pictures|images|imagenes|evidence|pruebas|documentos|documents|capturas|"
                     r"screenshots|comprobantes?|receipts?|informacion|information|comments|comentarios|feedback)\b",
                     after) and not re.search(r"\b(?:correct\w*|revised|amended|updated|rectificad\w*|corregid\w*|"
                                             r"actualizad\w*)\b", after[:80]):
        return True  # "hemos remitido sus datos al promotor", "reenviamos tus fotos al vivero": theirs, passed on
    if lemma == "raise" and re.match(r"\s*(?:a|an|the)\s+(?:\w+\s+)?(?:repair|fault|job|ticket)\b", after):
        return True  # "we raised a repair with Openreach": a ticket with a third party
    if lemma in ("attach", "adjuntar", "send", "enviar") and re.match(
            r"\s*(?:(?:a|an|the|el|la|un|una)\s+)?(?:\w+\s+)?(?:form|formulario|formato|planilla)\b", after) or \
            lemma in ("attach", "adjuntar") and re.search(r"\b(?:proof|prueba|comprobante|evidence|screenshot|captura|"
                                                          r"fotos?|photos?|record|registro)\b", before + " " + after[:40]):
        return True  # "les adjuntamos el formulario de solicitud de reintegro": theirs to fill in; "proof of delivery
        # attached", "las fotos ya están adjuntas al pedido": what was filed
    if lemma in ("make", "realizar", "hacer", "efectuar", "apply", "aplicar") and re.search(
            r"\b(?:deductions?|descuentos?)\b[^.;]{0,40}\b(?:from|de|sobre|del)\s+(?:your|su|tu|the|el|la)\s+(?:\w+\s+){0,2}?"
            r"(?:deposit|deposito|fianza|bond|garantia)\b", before + " " + after):
        return True  # "the following deductions were made from your deposit": charges
    if lemma in ("aplicar", "apply", "cobrar", "charge", "cargar") and re.match(
            r"\s*(?:\w+\s+){0,2}?(?:conforme a|de acuerdo con|segun|in line with|in accordance with|according to|as per)\s+"
            r"(?:la|el|las|los|our|the|nuestr\w*)\b", after):
        return True  # "fue aplicado conforme a la tarifa publicada": charged by the rules
    if lemma in ("pay", "pagar") and re.search(r"\b(?:deposit|anticipo|sena|enganche|downpayment|down payment|fee|fees|"
                                               r"tuition|matricula|inscripcion|fare)\b(?:\s+\S+){0,3}\s*$", before) and \
            not re.match(r"\s*(?:\w+\s+)?(?:back|de vuelta|to your|into your|a su|a tu|en su|en tu)\b", after):
        return True  # "the $350 deposit was paid on 28 October", "the course fee of £680 was paid on 2 October"
    if lemma in ("pay", "pagar") and re.search(r"\b(?:amount|total|sum|importe|monto|cantidad|valor)\s*$", before) and \
            re.match(r"\s*:", after):
        return True  # "Amount paid: Rs. 2,499": a label over what they paid
    if lemma in ("pay", "pagar") and re.search(r"\b(?:invoice|bill|factura|recibo|boleta|statement)\b(?:\s+\S+){0,5}\s+"
                                               r"(?:was|were|has been|have been|had been|fue|fueron|ha sido|se)\s+$",
                                               before) and not re.match(r"\s*(?:\w+\s+)?(?:back|de vuelta|by us|"
                                                                       r"por nosotros|on your behalf|por usted)\b", after):
        return True  # "invoice 55193 for $789.00 was paid on collection", "la factura 55193 por $289.000 se pagó al retiro"
    if lemma in ("return", "devolver", "regresar", "retornar", "send", "enviar") and re.match(
            r"\s*(?:\w+\s+){0,2}?(?:to|into|back to|al|a la|a|en)\s+(?:(?:the|our|its|store|shop|el|la|nuestro|nuestra|su)\s+)*"
            r"(?:stock|inventory|inventario|existencias|warehouse|almacen|bodega|depot|sender|remitente|origen|shelf|"
            r"shelves|estanteria)\b", after):
        return True  # "was not collected and was returned to store stock", "se devolvió al remitente": where it went
    if lemma in ("add", "anadir", "agregar", "sumar", "cargar", "aplicar", "apply") and re.search(
            r"\b(?:costs?|charges?|fees?|interest|penalt(?:y|ies)|surcharges?|fines?|recargos?|intereses|costas|multas?|"
            r"penalizacion(?:es)?|gastos|comision(?:es)?)\b(?:\s+\S+){0,4}\s+(?:was|were|has been|have been|had been|"
            r"fue|fueron|ha sido|han sido|se)\s+$", before) and not re.search(
            r"\b(?:refund|reimburs|credit|abono|devoluci|reembols|waiv|revers|bonific|descuent|discount|anulaci|exonera|"
            r"condona|back)\w*(?:\s+\S+){0,8}\s*$", before):
        return True  # "costs of £78.50 were added", "se aplicaron recargos de $35": charged, no remedy (not "the refund of
        # the late fees was applied")
    if lemma in ("llegar", "arrive", "come", "salir", "venir") and re.match(
            r"\s*(?:(?:con|with)\s+(?:\w+\s+){0,4}?)?(?:equivocad|danad|rot[oa]s?\b|defectuos|incorrect|mal\b|wrong|"
            r"damaged|broken|faulty|cracked|missing)", after):
        return True  # "las boletas le llegaron con la tribuna equivocada", "it arrived damaged": the trouble
    if lemma == "run" and re.match(r"\s*(?:over|late|out of)\b", after):
        return True  # "why it ran over"
    if lemma in ("send", "enviar", "remitir", "forward", "pass", "pasar", "derivar", "trasladar") and re.search(
            r"\b(?:for (?:their |its |your )?(?:approval|review|assessment|authori[sz]ation|sign-off)|para (?:su )?"
            r"(?:aprobacion|revision|evaluacion|autorizacion|analisis|visto bueno))\b", after):
        return True  # "we've sent it over to your lease company for approval": theirs to decide
    if re.search(r"\b(?:at (?:the|that) time(?! of)|back then|en su momento|en aquel momento|en ese momento)\b",
                 before + " " + after):
        return True  # "meal vouchers of $15 were made available at gate C18 at the time": what was done then
    if lemma in ("make", "poner") and re.match(r"\s*(?:available|a (?:su |tu )?disposicion)\b", after) and \
            not re.search(r"\b(?:you|your|yours|usted|ustedes)\b", before + " " + after) and \
            not re.search(r"\b(?:le|te|les|os)\s+(?:\w+\s+)?$", before):
        return True  # "meal vouchers were made available at gate B32": offered to whoever was there, nothing for them
    if lemma in ("aplicar", "apply") and re.match(r"\s*(?:\w+\s+)?(?:tarifa|rate|tariff|precio|price)\s+(?:estandar|"
                                                  r"standard|normal|general|vigente|publicada|published)\b", after):
        return True  # "se aplicó la tarifa estándar de 6 € por MB": charged by the price list
    if lemma == "book" and (re.match(r"\s*(?:out|up)\b", after) or re.search(r"\bfully\s+$", before)):
        return True  # "she's booked out until 14 December": full, nothing booked for them
    if lemma in ("process", "procesar", "issue", "emitir", "charge", "cobrar") and _CHARGED_NOUNS.search(before) and \
            not _CORRECTED_WORDS.search(before + " " + after[:40]) and not re.search(r"\bre-?$", before) and \
            not (lemma in ("issue", "emitir") and _PAID_TO_THEM.search(before) and _BY_PAYMENT.match(after)):
        return True  # "the $119.88 annual renewal was processed on 11/12", "tu factura de octubre se emitió"
    if lemma in ("reach", "llegar") and re.search(rf"\b{_REQUEST_NOUNS}\b", before):
        return True  # "your complaint has now reached deadlock"
    return False


#: Right after the verb, what went wrong: "fue anulado por error", "was cancelled in error".
_IN_ERROR = re.compile(r"\s*(?:\w+\s+){0,2}?" + IN_ERROR_WORDS + r"\b")
#: Just before it: "we wrongly cancelled", "se anuló erróneamente" is after; "mistakenly charged".
_ERRONEOUSLY = re.compile(r"\b(?:wrongly|mistakenly|erroneously|erroneamente|indebidamente)\s+(?:been\s+)?$")
#: Others who act on their own account, not for us: "your bank reversed the payment", "la aseguradora cubrió S/ 280".
#: (A bank only when it is theirs: "el Banco remitió la corrección" is the bank writing.)
_THIRD_PARTIES = frozenset(
    "issuer insurer insurers airline airlines merchant retailer landlord gateway system council "
    "emisor aseguradora aseguradoras aerolinea aerolineas comercio pasarela sistema arrendador casero "
    "productora".split())
_THEIR_BANK = re.compile(r"\b(?:your|tu|su|issuing|card)\s+(?:own\s+|card\s+|issuing\s+)?(?:bank|banco)\s*$")
#: One of them as the verb's subject, not a place ("se cambió en el sistema y ya aparece"): no preposition before it.
_THEY_DID = re.compile(r"(?<!\bin )(?<!\bon )(?<!\bat )(?<!\bby )(?<!\bfrom )(?<!\bto )(?<!\ben )(?<!\bde )(?<!\bdel )"
                       r"(?<!\bpor )(?<!\bcon )(?<!\bal )(?<!\bvia )(?<!\bthrough )"
                       r"\b(?:the|your|their|its|el|la|los|las|tu|su|sus)\s+(?:[\w-]+\s+)?(?:" +
                       "|".join(sorted(_THIRD_PARTIES)) + r")s?\s*$")
_BY_THEM = re.compile(r"\s*(?:\w+\s+){0,3}?(?:by|por)\s+(?:the|your|their|its|el|la|los|las|su|tu|sus)\s+"
                      r"(?:[\w-]+\s+)?(?:" + "|".join(sorted(_THIRD_PARTIES)) + r")\b|"
                      # an authority, named or not: "issued by Delhi Traffic Police", "impuesta por la policía local"
                      r"\s*(?:\w+\s+){0,3}?(?:by|por)\s+(?:(?:the|la|el)\s+)?(?:[\w-]+\s+){0,2}?(?:police|policia|court|"
                      r"juzgado|tribunal|authorit(?:y|ies)|autoridad(?:es)?|customs|aduana|municipality|municipalidad|"
                      r"ayuntamiento|government|gobierno|ministry|ministerio)\b")
#: What happens by itself: "se reversó automáticamente", "the order closed automatically", "was auto-reversed".
_BY_ITSELF = re.compile(r"\s*(?:\w+\s+)?(?:automatically|automaticamente|de (?:forma|manera) automatica|by itself|"
                        r"on its own)\b")
#: Whose favour it is not (folded): "a favor de la aseguradora", "a favor nuestro" ("a favor de $12.000" is the sum,
#: "a favor de su cuenta" theirs).
_NOT_SOMEONE_ELSES = r"(?!\s+(?:del|de (?!su\b|tu\b|usted\b)[a-z]{2,}|nuestr\w*)\b)"
#: Money left in their favour (folded), not in someone else's: "a favor", "a su favor", not "a favor de la aseguradora".
_IN_THEIR_FAVOUR = re.compile(r"[^.;]{0,30}?\ba (?:su |tu )?favor\b" + _NOT_SOMEONE_ELSES)
#: What is cleared when clearing mends a thing, not a balance: "the blockage", "your drains".
_A_BLOCKAGE = re.compile(r"\b(?:blockages?|blocked|drains?|pipes?|gutters?|sewers?|obstructions?|debris|culverts?|"
                         r"soakaways?|downpipes?|chokes?|choked)\b")
#: Where a thing was given on the day it went wrong, at the airport or the station (folded).
_AT_THE_GATE = re.compile(r"\b(?:at|en|in) (?:the |la |el )?(?:gate \w?\d+|(?:boarding|departure) gate|puerta \w?\d+|"
                          r"puerta de embarque|departure lounge|sala de embarque|airport|aeropuerto)\b")
#: What "dado" opens when it means "given" (the reason): "dada la demora".
_GIVEN_THE = frozenset("el la los las lo su sus este esta estos estas ese esa eso".split())
#: "is auto-reversed", "are usually auto-reversed": it happens by itself, nobody acts (matched on the text before the verb).
_AUTO_BEFORE = re.compile(r"\b(?:is|are|gets|get|was|were|been|got)\s+(?:\w+ly\s+)?auto-?\s*$", re.IGNORECASE)
#: What was given them, taken back: "the $25 credit ... has since been removed", "el abono ... ya quedó anulado".
_BENEFIT = re.compile(r"\b(?:credit|voucher|discount|bonus|goodwill|compensation|points|promo|promotion|rebate|cashback|"
                      r"abono|bonificacion|bono|descuento|credito|puntos|promocion|compensacion|rebaja)s?\b")
_TAKE_BACK = frozenset("remove reverse cancel void withdraw drop delete wipe quitar eliminar anular retirar revertir "
                       "cancelar".split())
#: Before something else in the past, the story's background: "ya se había generado el cargo", "it had been refunded".
_HAD_BEFORE = re.compile(r"\b(?:had|hadn't|'d)\s+(?:already\s+|also\s+)?(?:been\s+)?(?:already\s+)?$|"
                         r"\b(?:habia|habian|habiamos|habias)\s+(?:ya\s+)?(?:sido\s+)?$")
_TO_US = re.compile(r"\s*(?:us|to us|back to us)\b")
#: Paid on to someone else for the customer, no money back to them: "fue pagada al operador turístico el 1 de noviembre".
_TO_OTHERS = re.compile(r"\s*(?:\w+\s+){0,2}?(?:to|al|a la|a los|a las)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:operador|operator|"
                        r"supplier|proveedor|hotel|agencia|agency|airline|aerolinea|venue|organi[sz]er|organizador|"
                        r"contractor|contratista|landlord|arrendador|casero|broker|corredor)\b")
#: Words that make the act ours, in either language.
_WE = _FIRST | {"nosotros", "hemos", "he"}


def _not_ours(sentence: Sentence, index: int, form: Form, subject: str, passive: bool, left: str,
              right: str) -> bool:
    """A thing done that is no remedy of ours for this complaint, whatever its verb: done by their bank, an airline
    or a system on its own account; done by itself; a benefit taken back; the background of something else ("had
    been"); money paid to us."""
    ours = subject == "first" or form.person in ("1s", "1p")
    near = {t.norm for t in sentence.tokens[max(0, index - 3):index]}
    return _theirs(near, ours, passive, form.lemma in _TAKE_BACK,
                   form.lemma in ("refund", "pay", "credit", "reimburse", "return", "transfer", "pagar", "transferir",
                                  "girar", "depositar"),
                   left, right)


def _not_ours_around(sentence: Sentence, commitment: Commitment) -> bool:
    """The same for a thing done read whole ("The tour operator refunded us", "has since been removed from your
    account"), from the words either side of it."""
    left = _fold_keep(sentence.text[:commitment.start - sentence.start])
    right = _fold_keep(sentence.text[commitment.end - sentence.start:])
    words = left.split()
    near = set(words[-3:])
    passive = re.search(r"\b(?:is|are|was|were|been|be|fue|fueron|sido|se|quedo|quedaron)\s+(?:\w+\s+){0,2}$",
                        left) is not None
    ours = bool(set(words[-4:]) & _WE)
    done = _fold_keep(commitment.text)
    if re.match(r"(?:had|hadn't|habia|habian|habiamos)\b", done):
        return True  # "The £12 had already been refunded ... before you wrote": the story's background
    return _theirs(near, ours, passive, re.search(_UNDONE_WORDS, done) is not None,
                   bool(commitment.kinds & {REFUND, CREDIT}), left, right)


_UNDONE_WORDS = (r"\b(?:remov|revers|cancel|void|withdr|delet|wip|anul|retir|revert|elimin|quit)\w*")


def _theirs(near: set[str], ours: bool, passive: bool, takes_back: bool, pays: bool, left: str, right: str) -> bool:
    """The test itself, on the words before (``left``) and after (``right``) the thing done, folded."""
    if not passive and not ours and (_THEY_DID.search(left) or _THEIR_BANK.search(left)) and \
            not near & _WE:
        return True
    if passive and _BY_THEM.match(right):
        return True
    if not ours and (_BY_ITSELF.match(right) or _AUTO_BEFORE.search(left)):
        return True
    if pays and (_TO_US.match(right) or _TO_OTHERS.match(right)):
        return True
    if _HAD_BEFORE.search(left):
        return True
    if takes_back and (passive or not ours):
        # (its thing: the nearest named before it of what is given and what is charged; "le quité el bono de datos" is
        # a bundle we took off, a cancellation)
        theme = re.sub(r"\bcredit card|tarjeta de credito|\bse (?:le |te )?cargo\b", "", " ".join(left.split()[-14:]))
        given = [m.start() for m in _BENEFIT.finditer(theme)]
        charged = [m.start() for m in _CHARGE_SUBJECT.finditer(theme)]
        if given and given[-1] > max(charged, default=-1):
            return True
    return False


#: Telling them later how it will be done: "ya te diremos cómo lo compensamos", "we'll let you know how we make it up".
_TELL_HOW = (r"\b(?:diremos|decimos|contaremos|contamos|avisaremos|avisamos|indicaremos|informaremos|comentaremos|"
             r"let you know|tell you|get back to you (?:on|about))\s+(?:\w+\s+)?(?:como|how)\s+(?:\w+\s+){0,2}$")
_PERHAPS = re.compile(r"\b(?:quizas?|tal vez|a lo mejor|perhaps|maybe|possibly|posiblemente|probablemente|puede que)\b")
#: Words after which a Spanish word is a noun ("el pago", "su visita"), never a verb; "la", "los" and "las" are
#: articles only after a preposition or an infinitive ("de la visita", "mover la visita"), else they may be the
#: clitic of "la visitamos".
_ES_DETERMINERS = frozenset("el un una unos unas su sus tu tus del al mi mis nuestra nuestro nuestras nuestros esta "
                            "este estas estos esa ese esas esos cada otra otro".split())
_ES_PREPOSITIONS = frozenset("de en con para por sin sobre segun desde hasta entre tras".split())
def in_person(commitment: Commitment) -> bool:
    """One of ours who comes, at a stated time: "sube un técnico en diez minutos", "the crew is on your street by
    6pm to replace the pole"."""
    if not (commitment.status == "promised" and commitment.timed and REPAIR in commitment.kinds):
        return False
    if commitment.lemma:
        return (_EN_VERBS.get(commitment.lemma) or _ES_VERBS.get(commitment.lemma) or (frozenset(), ""))[1] == "agent"
    said = _fold_keep(commitment.text)
    return bool(_TO_MEND.fullmatch(said) or _AGENT_COMES.fullmatch(said) or _AGENT_THERE.fullmatch(said))


#: Someone of ours sent, at a stated time, to mend something: "a crew is on site Saturday 28 Nov from 9am to
#: replace the kiosk", "un fontanero se pasa el sábado de 9 a 11 para arreglar la caldera".
_TO_MEND = re.compile(
    r"\b(?:to|and)\s+(?:\w+\s+)?(?:fix|repair|replace|mend|service|install|reconnect|swap|unblock|restore|refit|re-?fit|"
    r"sort)\b|"
    r"\b(?:a|para)\s+(?:\w+\s+)?(?:cambiar|reparar|arreglar|reemplazar|sustituir|instalar|reconectar|retirar|solucionar|"
    r"restablecer|colocar|desatascar|destapar|montar|precintar)\b")
#: Effort, not a result: "our team is working to restore service by 5pm", "as crews worked to restore service".
_TRYING = re.compile(r"\b(?:working|work|worked|trying|try|tried|aim|aims|aiming|hope|hoping|attempt|attempting|"
                     r"attempted|endeavou?r|trabajaron|trabajamos|intentamos|intentaron|"
                     r"intentar|intentando|intentaremos|tratar|tratando|buscar|buscando|procurar|procuraremos|"
                     r"see if|ver si|whether|si se puede|trabajando|trabaja|trabajan)\b")


#: A day named before, pointed back to: "will call you that afternoon", "ese mismo día".
_THAT_DAY = re.compile(r"\b(?:that|the same) (?:morning|afternoon|evening|day|night|visit|appointment)\b|"
                       r"\b(?:ese|esa) (?:mismo |misma )?(?:dia|tarde|manana|noche|visita|cita)\b|"
                       r"\b(?:el mismo dia|la misma (?:visita|cita))\b")
#: The same, before the promise: "during that visit the contacts will be replaced", "en esa visita le cambiamos".
_THAT_DAY_BEFORE = re.compile(r"\b(?:during|at|on|in|durante|en)\s+(?:that|the same|esa|esa misma|la misma)\s+"
                              r"(?:visit|appointment|day|morning|afternoon|visita|cita|tarde|manana)\b")


def long_ago(text: str, today: date, days: int = 14) -> bool:
    """Whether the text names days and every one is over two weeks (``days``) before today: "on 2 October", "on 11/10",
    not "on 20 November"; with one day, every one before yesterday: "on 21 Nov 2026 at 4:12pm"."""
    return _all_before(days_named(text, today), today, days)


def _all_before(days: set[date], today: date, before: int) -> bool:
    return bool(days) and all(day < today - timedelta(days=before) for day in days)


def _timed_by(text: str, today: date) -> bool:
    """Whether the sentence says when: a deadline that is not only a day gone by ("on 21 Nov 2026 at 4:12pm")."""
    return has_deadline(text) and not (has_past_date(text, today) and not has_deadline(without_dates(text)) and
                                       not has_future_date(text, today))


#: A day said right after a verb (folded): "on 11/02", "el 10/11/2026", "on November 2", "el martes 10 de noviembre".
_ON_A_DAY = re.compile(r"\s*(?:on|el|dated)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:\d|" + _MONTHS + r"\b)[^,;]{0,20}")


def told_long_ago(text: str, today: date) -> bool:
    """Whether the text names, after "on", "el" or "dated", a day over two weeks gone ("ya se procesó el 10/11/2026",
    "was processed on 11/02") and no day from yesterday on."""
    if any(day >= today - timedelta(days=1) for day in days_named(text, today)):
        return False
    folded = fold(text)
    return any(_done_long_ago(m.group(0), today) for at in re.finditer(r"\b(?=on|el|dated)", folded)
               if (m := _ON_A_DAY.match(folded, at.start())))


def _done_long_ago(said: str, today: date) -> bool:
    """Whether the day said right after a thing done is over two weeks before today. A day to come cannot be the one a
    thing was done on: "processed on 11/02" is then the 2nd of November, not the 11th of February."""
    days = {day for day in days_named(said, today) if day <= today}
    for first, second in re.findall(r"\b(\d{1,2})/(\d{1,2})\b(?!/)", said) if not days else ():
        try:
            swapped = date(today.year, int(first), int(second))
        except ValueError:
            continue
        if swapped <= today:
            days.add(swapped)
    return _all_before(days, today, 14)


def _that_day(commitment: Commitment, sentences: list[Sentence], today: date) -> Commitment:
    """A promise timed by a day the sentence or the one before names: "the assessor is booked for Monday 30/11.
    Megan will then call you that afternoon"."""
    if commitment.timed or commitment.status != "promised" or commitment.sentence >= len(sentences):
        return commitment
    sentence = sentences[commitment.sentence].text
    if not _THAT_DAY.search(_fold_keep(sentence[commitment.end - sentences[commitment.sentence].start:])) and \
            not _THAT_DAY_BEFORE.search(_fold_keep(sentence[:commitment.start - sentences[commitment.sentence].start])):
        return commitment
    before = sentences[commitment.sentence - 1].text if commitment.sentence else ""
    if has_future_date(sentence, today) or before and has_future_date(before, today):
        return replace(commitment, timed=True)
    return commitment


def _own_date(commitment: Commitment, found: list[Commitment], sentences: list[Sentence]) -> Commitment:
    """A commitment is timed by a date in its own clause, or in a clause no other commitment holds: in "your
    broadband's been cancelled today, and we'll refund the $84 to your bank", today is the cancellation's."""
    if not commitment.timed or commitment.sentence >= len(sentences):
        return commitment
    sentence = sentences[commitment.sentence]
    others = [c for c in found if c.sentence == commitment.sentence and c is not commitment and c.start != commitment.start]
    if not others:
        return commitment
    folded = _fold_keep(sentence.text)
    spans = _clauses(folded)
    def clause_of(position: int) -> int:
        return _clause_index(spans, position - sentence.start)
    mine = clause_of(commitment.start)
    if not re.match(r"\W*(?:and|y|e|also|tambien|ademas)\b", folded[spans[mine][0]:]) and \
            not re.search(r"\b(?:and|y|e)\s*$", folded[:spans[mine][0]]):
        return commitment  # only an action joined by "and" to another one has a clause of its own
    theirs = {clause_of(c.start) for c in others} - {mine}
    dated = [i for i, (a, b) in enumerate(spans) if has_deadline(sentence.text[a:b])]
    if dated and all(i in theirs for i in dated) and not _THAT_DAY.search(folded[spans[mine][0]:spans[mine][1]]):
        return replace(commitment, timed=False)  # (but "... el 30/11 y el depósito se le reintegra ese día" borrows it)
    return commitment


_MONTH_INDEX = {name: i % 12 + 1 for i, name in enumerate(
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
    "january february march april may june july august september october november december".split())}


_RULE_CONDITION = re.compile(
    r"\b(?:if|when|whenever|si|cuando)\s+(?:you(?:'re| are)|nobody(?:'s| is)?|no one(?:'s| is)?|there(?:'s| is) no one|"
    r"no (?:estas|esta|estan|hay nadie)|nadie)\s+(?:not\s+)?(?:in|home|at home|out|away|available|answers?|en casa|"
    r"contesta|responde|atiende)\b")


#: When a rule acts, after the rule: "... as soon as an order is in", "... cada vez que llegue un pedido".
_RULE_TRIGGER = re.compile(r"\b(?:when|whenever|every time|each time|as soon as|once|cada vez que|siempre que|"
                           r"en cuanto(?! al?\b)|apenas|cuando)\b[^,;]*")
#: The customer's part, which stays a condition: "once you send the receipt", "cuando nos envíe la factura".
_THEIR_PART = re.compile(r"\b(?:you|your|usted|ustedes|tu|vos|nos (?:envie|envies|mande|mandes|pase|pases)|"
                         r"(?:envie|envies|envien|mande|mandes|pague|pagues|devuelva|devuelvas|firme|firmes|confirme|"
                         r"confirmes|recibamos|received?|receipt|approv\w*|aprob\w*|inspect\w*|review\w*|revis\w*))\b")


def _process(sentence: Sentence, number: int, folded: str, found: list[Commitment],
             today: date, following: Sentence | None = None, previous: Sentence | None = None) -> Commitment | None:
    """A change of how things are done: a process marker ("from now on", "desde el lunes", "para que no
    vuelva a pasar") beside something we did or will do."""
    marker = _PROCESS_MARKER.search(folded)
    if marker is None or re.match(r"(?:a partir|desde|from|starting from)\s+(?:de\s+)?(?:la|the|su|your)\s+(?:fecha|date|"
                                  r"recepcion|receipt|entrega|delivery|compra|purchase)", folded[marker.start():]):
        return None  # "30 días a partir de la fecha de entrega": a policy's window
    if _contact_of_the_day(folded[:marker.start()], marker.group(0)):
        return None  # "your call from today is documented in your case file": the call of today, no rule from today
    if _KNOWN_THAT.search(folded[:marker.start()]):
        return None  # "saben que en tu calle llega el agua sucia desde el lunes": since, as they know
    if _WHERE_IT_IS.search(folded[:marker.start()]):
        return None  # "tracking shows it's at the Alexandria facility since Tuesday": where it is, since when
    at = next((t for t in sentence.tokens if t.start - sentence.start >= marker.start()), sentence.tokens[-1])
    # "our drivers will leave it with your neighbour if you're not in": when the new rule applies, not a maybe.
    rule = _RULE_CONDITION.sub(lambda m: " " * len(m.group(0)), folded)
    # When the new rule acts is part of it, told after the rule starts: "from 1 December we'll send a text to the
    # organiser as soon as an order is in" (not the customer's part: "from Monday we refund once you send the receipt").
    rule = rule[:marker.end()] + _RULE_TRIGGER.sub(lambda m: m.group(0) if _THEIR_PART.search(m.group(0)) else
                                                   " " * len(m.group(0)), rule[marker.end():])
    if _governed_by_condition(sentence, at, rule) or re.search(
            r"\bwhat (?:i|we) can do\b|\bif you(?:'d| would) like\b|\bsi (?:lo )?(?:desea|deseas|quieres|quiere)\b|"
            r"(?<!repartidor )(?<!tecnico )(?<!mensajero )(?<!driver )(?<!courier )(?<!personal )"
            r"\b(?:you can|you could|you may|puedes|puede|pod[eé]s|podria|podrias|lo que si)\b", folded[:marker.start()]):
        return None  # "lo que sí puedes hacer es desactivarla para que no se vuelva a cobrar": the customer's
    if re.search(r"\b(?:may|might|could|would(?! have)|should(?! have)|usually|normally|puede que|quizas?|tal vez|"
                 r"podria\w*)\b", folded):
        return None  # "from tomorrow deliveries may arrive a day late": a forecast, not a rule we made
    month = re.search(r"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
                      r"january|february|march|april|june|july|august|september|october|november|december)\b",
                      marker.group(0))
    if month and not re.search(r"\b20\d\d\b", folded[marker.end():marker.end() + 12]) and \
            _MONTH_INDEX[month.group(1)] < today.month:
        return None  # "los importes facturados desde julio": since a month gone by
    if has_past_date(folded[marker.start():marker.end() + 30], today) or \
            re.search(r"\b(?:se encuentra|is currently|remains?|sigue|continua)\b", folded[:marker.start()]):
        return None  # "en estado 'En revisión' desde el 24/11": a state since a day gone by
        return None  # "en revisión desde el 24/11": since a past day, not from now on
    if PRICE_RISE.search(folded):
        return None  # "a partir del 1 de diciembre los precios suben un 5 %": a price rise announced, no remedy
    mine = [c for c in found if c.sentence == number]
    verb = _FIRST_PERSON_VERB.search(folded)
    lexical = any(_morph().forms(t.norm) and not _morph().forms(t.norm)[0].tense == "inf"
                  for t in sentence.tokens)
    pointed = has_specific_time(folded) or re.search(r"\b(?:next|proxim\w*|enero|febrero|marzo|abril|mayo|junio|julio|"
                                                      r"agosto|septiembre|octubre|noviembre|diciembre|january|february|"
                                                      r"march|april|june|july|august|september|october|november|"
                                                      r"december)\b", marker.group(0) + folded[marker.end():marker.end() + 25])
    pointed = pointed or marker.group(0).startswith(("since", "desde ayer"))  # "since this week it gets cleaned"
    if re.match(r"(?:from now on|de ahora en adelante|a partir de (?:ahora|hoy)|desde (?:ahora|hoy)|from today|"
                r"as of (?:today|now))", marker.group(0)) and not re.search(
            r"\b(?:try|strive|aim|hope|endeavou?r|work (?:on|to|hard)|look (?:at|into)|review|consider|do (?:our|my) best|"
            r"intentar\w*|procurar\w*|esperamos|trabajar\w*|haremos lo posible)\b", folded):
        pointed = True  # "from now on every booking gets an SMS confirmation": in force today
    prior_verb = previous is not None and re.match(r"\s*(?:this|it|that|esto|eso)\b", folded) and \
        _FIRST_PERSON_VERB.search(_fold_keep(previous.text))
    nouns = prior_verb or any(t.norm in _PROCESS_NOUNS for t in sentence.tokens) or (
        following is not None and any(t.norm in _PROCESS_NOUNS for t in following.tokens)
        and re.match(r"\s*(?:ya\s+)?(?:qued|est|lo hemos|we've|i've|it's|that's)", _fold_keep(following.text)))
    # A rule that their complaint brought about, in force from a day: "a raíz de su queja, a partir del 1 de
    # diciembre los turnos se avisarán por SMS" (not "a partir del 1 de diciembre todos los precios suben").
    prompted = re.search(r"\b(?:a raiz de|gracias a|por|tras|after|because of|following|thanks to) "
                         r"(?:su|tu|vuestra|your) (?:queja|reclamo|reclamacion|comentario|aviso|complaint|feedback|"
                         r"report)\b", folded)
    ours = verb and not _HOLLOW_VERBS.search(folded[verb.start():verb.end() + 25])
    if not (mine or ours or (lexical or nouns or prompted) and pointed):
        return None
    done = bool(re.search(r"\b(?:i|we)\s*(?:'ve|have)|\b(?:he|hemos|ya)\b|\w+ed\b", folded))
    at = marker.start()
    # A change still to come needs its day ("vamos a tener una monitora suplente" says not when); one in force
    # ("from now on", "desde hoy", a day named) is dated by its marker.
    return Commitment(sentence.start + at, sentence.start + marker.end(), frozenset({PROCESS}),
                      "done" if done else "promised", number, marker.group(0),
                      done or bool(pointed) or has_deadline(folded))


#: A price rise announced: "from 1 December our prices go up by 5%", "los precios suben un 5 %".
PRICE_RISE = re.compile(r"\b(?:prices?|precios?|fees?|tarifas?|rates?|cuotas?|comisiones|charges?|costs?|costos?)\b"
                        r"[^.;]{0,30}?\b(?:go(?:es)? up|will go up|rise|rises|will rise|increase|increases|will increase|"
                        r"suben?|subiran?|aumentan?|aumentaran?|se incrementan?|se incrementaran?)\b")


_fold_keep = fold  # the text as the patterns read it: lower case, no accents


#: A sum written without its currency, as Spanish agents often do: "te hemos devuelto los 23,80", "el envío de
#: 8,95", "le devolvimos los 65 mil".
_BARE_SUM = re.compile(r"\b(?:los|las|el|de|del|sus|tus|the|your)\s+\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{2}|\s+mil)\b"
                       r"(?!\s*(?:%|h\b|hs\b|horas|hours|minut|am\b|pm\b|a\.m|p\.m|de (?:la )?(?:manana|tarde|noche)))")


#: What follows a plural noun and never a verb in the third person: "repairs are", "refunds usually take".
_PLURAL_NEXT = frozenset("are were have can could will would may might must usually generally normally typically "
                         "often".split())


def _joined_at(sentence: Sentence, index: int) -> int:
    """The first token of the part of the sentence the verb at ``index`` is in, after a ", and", ", y" or ";" that
    joins it to another: "The claim is approved, and the payment was sent by ACH to your account today"."""
    before = sentence.text[:sentence.tokens[index].start - sentence.start]
    joints = list(re.finditer(r"(?:,\s*(?:and|but|y|pero)|;)\s+", before))
    if not joints:
        return 0
    cut = sentence.start + joints[-1].end()
    return next((i for i, t in enumerate(sentence.tokens) if t.start >= cut), index)


def _clears_a_blockage(sentence: Sentence, token: Token) -> bool:
    """"Clear" said of a blockage next to it, with no sum in the sentence: "the blocked drain will be cleared",
    "we cleared the gutters", not "because of the blocked pipe we will clear your £40 bill"."""
    if money(sentence.text):
        return False
    before = _fold_keep(sentence.text[:token.start - sentence.start])
    after = _fold_keep(sentence.text[token.end - sentence.start:token.end - sentence.start + 30])
    return bool(_A_BLOCKAGE.search(before[-40:]) and re.search(r"\b(?:be|been|is|was|are|were)\s*$", before) or
                _A_BLOCKAGE.search(after))


def _read_verb(sentence: Sentence, number: int, index: int, token: Token, readings: list[Form],
               folded_raw: str, today: date, prior: Sentence | None = None) -> Commitment | None:
    if re.match(r"-[^\W\d_]", sentence.text[token.end - sentence.start:token.end - sentence.start + 2]):
        return None  # "a set-top box": a compound, not a verb
    if _AUTO_BEFORE.search(sentence.text[:token.start - sentence.start]):
        return None  # "the amount is auto-reversed within T+5 days": it happens by itself, nobody acts
    first, last = _tokens_window(sentence, index)
    following = sentence.tokens[index + 1].norm if index + 1 < len(sentence.tokens) else ""
    if token.norm in ("dado", "dada", "dados", "dadas") and (following == "que" or following in _GIVEN_THE and not (
            index and sentence.tokens[index - 1].norm in _HABER_DONE)):
        return None  # "Dado que la transferencia se hizo…", "dada la demora": given that, not given to them
    if following in _PLURAL_NEXT:
        # "technician visits are generally scheduled within 3-5 days": a plural noun, not "the technician visits"
        readings = [f for f in readings if not (f.lang == "en" and f.tense == "s")]
    best: tuple[str, str, bool] | None = None
    chosen: Form | None = None
    for form in readings:
        reading = _english(sentence, index, form, first) if form.lang == "en" else \
            _spanish(sentence, index, form, first, readings)
        if reading is None:
            continue
        if best is None or _rank(reading[0]) > _rank(best[0]):
            best, chosen = reading, form
    if best is None or chosen is None or best[0] == "negated":
        return None
    status, subject, passive = best
    if (subject in ("third", "thing", "", "anonymous") and not passive or subject == "impersonal") and \
            _apposed_name(sentence, index):
        subject, passive = "named", False  # "El jefe de servicio, Gustavo, te va a llamar", "Pat – our area supervisor –
        # is calling", "Paco, nuestro supervisor de zona, se pasa mañana" (not "se" of the impersonal)
    table = _EN_VERBS if chosen.lang == "en" else _ES_VERBS
    kinds, need = table[chosen.lemma]
    if chosen.lemma == "email" and re.match(r"\s*(?:you|u)\b(?!\s+(?:a|an|the|your|our|this|these|those|back)\b|\s*[\d$£€])",
                                                  _fold_keep(sentence.text[token.end - sentence.start:])):
        kinds, need = frozenset({ESCALATION}), "named"  # "Dana Whitfield will email you by Monday": as a call
    if chosen.lemma == "write" and re.match(r"\s*(?:\w+\s+){0,4}?off\b", _fold_keep(sentence.text[token.end - sentence.start:])):
        kinds, need = frozenset({CREDIT, CORRECTION}), "money"  # "we've written off the $60 fee", not a letter
    if chosen.lemma == "clear" and _clears_a_blockage(sentence, token):
        kinds, need = frozenset({REPAIR}), ""  # "the blockage will be cleared by our engineer on Saturday"
    clause_start = max(0, sentence.tokens[first].start - sentence.start - 3)  # "€65", "S/ 15": the symbol too
    clause_end = min(len(sentence.text), sentence.tokens[last].end - sentence.start + 4)  # "7,50 €" too
    clause = sentence.text[clause_start:clause_end]
    before = sentence.text[clause_start:token.start - sentence.start]
    if _PERHAPS.search(_fold_keep(sentence.text[:token.start - sentence.start])):
        return None  # "quizás haya un técnico el lunes", "maybe we can refund it": a maybe, not a promise
    here = token.start - sentence.start
    own_clause = next((a for a, b in _clauses(folded_raw) if a <= here < b), 0)
    if (subject != "first" and chosen.person not in ("1s", "1p") or passive) and _KNOWN_THAT.search(folded_raw[:here]):
        return None  # "en la oficina saben que en tu calle llega el agua sucia": what is known, not what we do;
        # "we can see the ₹2,349 was refunded from our side": what the records show, told back
    if subject != "first" and chosen.person not in ("1s", "1p") and _SORRY_THAT.search(folded_raw[own_clause:here]):
        return None  # "I'm truly sorry the 07:40 sailing was cancelled": what went wrong, not what we did
    left = _fold_keep(sentence.text[:token.start - sentence.start])  # (the whole sentence either side, folded)
    right = _fold_keep(sentence.text[token.end - sentence.start:])
    if chosen.lang == "en" and re.search(r"\b(?:the|your|that|this|those|these)\s+(?:[a-z-]+\s+){1,3}(?:we|i)\s+$",
                                         left) and \
            re.match(r"\s*(?:(?:on|last|in|at)\s+\S+\s+)?(?:was|were|is|are|wasn't|weren't|isn't|aren't)\b", right):
        return None  # "the wiper motor we fitted was faulty": the thing described, not what we do now
    if chosen.lemma == "make" and passive and re.match(r"\s*to\b", right):
        return None  # "every order is made to go out quickly", "made to order": how things are made
    if chosen.lemma == "make" and re.match(r"\s*aware\b", right):
        return None  # "the crew leader has been made aware of your feedback": told, nothing done
    if _filed_or_charged(chosen.lemma, left, right):
        return None
    if _IN_ERROR.match(right) or _ERRONEOUSLY.search(left):
        return None  # "su bono fue anulado por error", "we wrongly cancelled it": what went wrong, not the remedy
    if status == "done" and _not_ours(sentence, index, chosen, subject, passive, left, right):
        return None
    if chosen.lang == "es" and chosen.tense not in ("pp", "inf", "ing") and index > 0 and (
            sentence.tokens[index - 1].norm in _ES_DETERMINERS or sentence.tokens[index - 1].norm in ("la", "las", "los")
            and index > 1 and (sentence.tokens[index - 2].norm in _ES_PREPOSITIONS or
                               re.fullmatch(r"\w{2,}[aei]r", sentence.tokens[index - 2].norm))):
        return None  # "la agenda del técnico", "mover la fecha de la visita": a noun, not "agendar", "visitar"
    after = _before_purpose(sentence.text[token.end - sentence.start:clause_end])
    around_kinds, _ = _objects(sentence, first, last)
    if index > 0 and sentence.tokens[index - 1].norm == "re" and sentence.tokens[index - 1].end + 1 == token.start:
        around_kinds = set(around_kinds) | {REPLACEMENT}  # "re-sent", "re-delivered": again, as a remedy
    amounts = money(clause)
    if amounts and all(all(v == 0 for v in m.values) for m in amounts) and not _BILL_WORDS.search(
            _fold_keep(sentence.text)):
        return None  # "we have refunded 0 EUR" commits to nothing ("your next bill will be $0" is a result)
    has_money = bool(amounts) or bool(_BARE_SUM.search(_fold_keep(clause))) or (chosen.lemma in _GIVES_IN_KIND and bool(_IN_KIND.search(_fold_keep(clause)))) or bool(re.search(r"\b(?:money|importe|dinero|monto|plata|cargo|cobro|amount|charge|"
                                                r"fee|pago|payment|cost|coste|costo|fare|saldo|deposit|deposito|fianza|"
                                                r"anticipo|lucas|luca|millon|millones|quid|recargo|overage|"
                                                r"bond|difference|diferencia|tenner|fiver)\b",
                                                _fold_keep(clause)))
    if re.search(r"\b(?:on|in|for|by|from|of|with)\s+which\b[^,;]*$|\b(?:con|en|a|de|desde|por|para)\s+(?:la|el|los|las)\s+"
                 r"(?:que|cual|cuales)\s+(?:(?:usted|ud|tu|vos|se|le|lo|la|te|nos)\s+)*$", _fold_keep(before)):
        return None  # "the invoices on which TDS was deducted", "la tarjeta con la que realizó la compra": a
        # description, not an action
    relative = _relative_antecedent(sentence, index)
    if relative is not None and need == "moves" and any(f.tense in ("pret", "past", "pp") for f in readings):
        return None  # "el mensajero se llevará la que llegó dañada": the item described, not a remedy
    if relative is not None and (relative in _HOLLOW_OBJECTS or (
            chosen.lang == "es" and subject == "impersonal" and status == "done" and not (
                chosen.lemma in _PAID_BACK and re.search(r"\b(?:hoy|ya)\b", _fold_keep(clause))))):
        return None  # "el enlace que le hemos remitido", "los $35.000 que se le descontaron"
    if re.search(r"\b(?:vemos|veremos|vamos a ver|evaluamos|evaluaremos|miramos|we'll see|we will see|we can see)\s+"
                 r"(?:como|que|how|what)\s+(?:\w+\s+)?$|" + _TELL_HOW, _fold_keep(before)):
        return None  # "avisanos y vemos cómo te compensamos", "ya te diremos cómo lo compensamos": how, to be seen, is
        # no compensation
    reason = _BECAUSE.search(_fold_keep(before))
    if reason and chosen.lang == "es" and chosen.person in ("1s", "1p") and \
            len(re.findall(r"\w+", _fold_keep(before)[reason.end():])) >= 4 and any(
                f.tense in ("pret", "pres", "imperf") and f.person and f.lemma != chosen.lemma
                for w in re.findall(r"\w+", _fold_keep(before)[reason.end():]) for f in _morph().forms(w)):
        reason = None  # "como no tuvimos la pieza para su Motorola le regresamos sus $1,250.00": the reason has its own
        # verb; ours is the main clause's
    if reason and not re.search(r"\b(?:i|we|i've|we've|hemos|he)\b|'ve\b", _fold_keep(before)[reason.end():]):
        return None  # "porque la cancelación se hizo con menos de 72 horas": a reason, not an action
    story = _THEIR_STORY.search(left)
    if story and not re.search(r"[.;:]|(?:[,—–-]|\b(?:but|so|and|pero|asi que|y)\b)\s+(?:we|i|ive|hemos|he|ya|le|te)\b",
                               _fold_keep(sentence.text[story.end():token.start - sentence.start])):
        return None  # "I'm sorry to hear the installers left a scratch": what happened to them
    governing = re.split(r"\b(?:that|que)\b|:|\b(?:please|kindly|pls|plz)\s+(?:note|be advised|be informed)\b",
                         before, flags=re.IGNORECASE)[-1]  # "we wish to inform you that X was done": X stands
    customer_side = _ADVICE_EN.search(governing) if chosen.lang == "en" else \
        _ADVICE_ES.search(_fold_keep(governing))
    if customer_side:
        return None
    back_money = chosen.lemma in ("go", "come") and re.match(r"\s*(?:back|off)\b", _fold_keep(after)) and has_money
    if subject == "customer" and need != "receipt" and not passive and not back_money:
        return None
    if need != "receipt" and not back_money and index and sentence.tokens[index - 1].norm in ("you", "u") and \
            chosen.tense in ("past", "pret", "pp"):
        return None  # "the $85 you paid will be refunded": what they did, told by the way
    if chosen.lang == "es" and relative is not None and chosen.tense == "pret" and chosen.person in ("3s", "3p") and \
            not passive and sentence.tokens[index - 1].norm in ("que", "usted", "ud"):
        return None  # "los S/ 350.00 que abonó": what they paid, described
    kinds = set(kinds)
    folded_after = _fold_keep(after)
    lemma = chosen.lemma
    if lemma in ("reschedule", "reprogramar", "delay", "retrasar", "move", "push") and re.match(
            r"\s*(?:by|en|por)\s+(?:about\s+|around\s+|unas\s+)?\d+\s*(?:hours?|hrs?|h|minutes?|mins?|horas?|minutos?)\b",
            folded_after):
        return None  # "flight SW-634, which was rescheduled by 4 hours 10 minutes": a delay, what went wrong
    if folded_after[:1] == ":" and index and sentence.tokens[index - 1].norm in ("date", "fecha", "time", "hora"):
        return None  # "Date raised:", "Fecha abonado:": a field's label
    if status == "done" and passive and subject != "first" and _AT_THE_GATE.search(folded_after) and \
            not _TODAY.search(folded_raw):
        return None  # "A $30 meal voucher was issued at gate 82": given then and there, the story of the day
    if lemma == "terminar" and chosen.person in ("3s", "3p") and not passive and not re.search(
            r"\bcomo (?:usted |tu |vos )?(?:nos )?(?:pidio|pediste|solicito|solicitaste|indico|indicaste)\b",
            _fold_keep(sentence.text)):
        return None  # "el periodo termina el 14 de agosto": it ends, nobody ends it (but "termina ... como pidió")
    if chosen.lang == "es" and chosen.person in ("2s", "3s", "3p") and not passive and \
            re.search(r"\bnos\s*$", _fold_keep(before)):
        return None  # "las fotografías que nos adjuntó": what they sent us
    if chosen.lang == "es" and chosen.person == "2s" and need != "receipt":
        return None  # "ya que pagaste contra reembolso", "las fotos que enviaste": what the customer did
    if need == "money" and chosen.lang == "es" and chosen.person in ("3s", "3p") and not passive and \
            subject not in ("named", "agent", "impersonal") and "se" not in re.findall(r"\w+", _fold_keep(before))[-3:]:
        return None  # "la tarjeta con la que pagó": the customer paid
    if need == "money" and lemma in ("cover", "cubrir") and re.match(
            r"\s*(?:in|under|by)\s+(?:the|your|our|su|tu|la|el)\s+(?:\w+\s+)?(?:agreement|policy|terms|contract|warranty|"
            r"conditions|poliza|contrato|garantia|condiciones)", folded_after):
        return None  # "it's covered in the rental agreement": a clause, not a payment
    if need == "money":
        has_money = has_money or bool(money(sentence.text)) or bool(
            re.search(r"\b(?:lo|la|los|las)\s+(?:(?:hemos|he|ha|han|habiamos)\s+)?$",
                      _fold_keep(before) + " ") and re.search(
                r"\b(?:recargo|cargo|cobro|comision|fee|charge|importe|monto|deposito|pago|abono)\b",
                _fold_keep(sentence.text) + " " + (_fold_keep(prior.text) if prior is not None else ""))) or bool(
            re.match(r"\s*(?:(?:el|ese|este|dicho|aquel|esa|esta|the|that|this|those|these|esos|estos)\s+)(?:mismo\s+)?"
                     r"(?:valor|importe|monto|dinero|cobro|cargo|recargo|amount|money|sum|charge|fee|payment|pago)s?\b",
                     folded_after)) or bool(
            re.match(r"\s*(?:\w+\s+){0,3}?(?:a|en) (?:la|su|tu) (?:tarjeta|cuenta bancaria|cuenta corriente|cuenta de "
                     r"(?:ahorros?|cheques|nomina)|cuenta monetaria)\b|"
                     r"\s*(?:hoy\s+|ya\s+)?(?:al|a (?:tu|su)) (?:cbu|cvu|iban|clabe|cuenta)\b|"
                     r"\s*(?:\w+\s+){0,3}?(?:to|onto|on|into) (?:your|ur) (?:card|bank|visa|mastercard|amex)\b|"
                     r"\s*(?:it|them)\s+(?:back\s+)?(?:to|into) (?:your|ur) (?:[a-z]+\s+)?(?:account|paypal|wallet)\b",
                     folded_after)) or bool(
            (passive or "se" in re.findall(r"\w+", _fold_keep(before))[-3:]) and re.search(
                r"\b(?:el|ese|este|dicho|the|that|this)\s+(?:mismo\s+)?(?:valor|importe|monto|dinero|amount|money|sum|"
                r"funds|fondos)\b", _fold_keep(before)))  # "ya le devolvimos ese valor", "te lo devolvimos a la tarjeta",
        # "el valor se le consignó hoy": money
        if chosen.lang == "en" and lemma in ("pay", "return") and _no_money_back(sentence, index, passive, before,
                                                                                 folded_after):
            return None
        if lemma in ("pay", "pagar") and (passive and re.match(
                r"\s*(?:\w+\s+){0,2}?(?:via|by|with|using|through|in|con|en|mediante|por)\s+(?:\w+\s+)?(?:card|cash|"
                r"cheque|check|upi|paypal|tarjeta|efectivo|transferencia|debito|credito)\b", folded_after) or re.match(
                r"\s*(?:in full\s+)?(?:by|with|con)\s+(?:(?:your|a|su|tu)\s+)?(?:debit|credit|card|cash|apple pay|"
                r"google pay|paypal|you|tarjeta|efectivo|debito|usted)\b", folded_after)):
            return None  # "Invoice amount Rs. 17,880 was paid via card", "fue pagado con tarjeta", "picked up on Nov 21
            # and paid by debit": what they paid
        put_right = lemma in ("put", "pop", "stick") and re.match(
            r"\s*(?:you|u|them|the \w+)\s+(?:(?:both|all|two|three)\s+)?(?:on|onto|in|into)\s+(?:the|a|an|our|tomorrow's|"
            r"today's|\w+day's)\s+(?:[\w-]+\s+){0,4}?(?:trip|flight|tour|sailing|crossing|ferry|class|session|train|bus|coach|"
            r"departure|course|show|performance|room|excursion|dive|cruise|shuttle|transfer|slot|lesson|workshop)\b",
            folded_after)
        if lemma == "put" and subject in ("first", "agent", "named") and _PUT_IN.match(folded_after):
            has_money, kinds = True, {REPAIR}  # "the tech is putting it in Saturday morning", "Ana is putting the new
            # charging port in your Samsung today": fitted, not money put in
        if lemma in ("put", "pop") and re.search(r"\bon (?:the|tomorrow's|today's) (?:truck|van|lorry|round|run)\b",
                                                 folded_after):
            has_money, kinds = True, {REPLACEMENT}  # "I put the package back on the truck for tomorrow"
        if put_right:
            kinds = {REPLACEMENT}  # "we're going to put you on the Sunday 29th snorkel trip instead": rebooked
        elif lemma == "put" and re.match(r"\s*(?:the|your)\s+(?:right|correct|proper|agreed|old|original)\s+(?:\w+\s+)?"
                                         r"(?:price|rate|tariff|plan|name|address|amount|discount|date)\s+(?:on|onto|back on)\s+"
                                         r"(?:your|the)\b", folded_after):
            kinds, put_right = {CORRECTION}, True  # "I've put the right price on your account today"
        elif lemma in ("put", "place") and re.match(r"\s*(?:a|an|the|your)\s+(?:\w+\s+)?(?:freeze|hold|pause|block|stop|"
                                                     r"suspension|cap|bar)\s+on\b", folded_after):
            kinds, put_right = {CORRECTION, CANCELLATION}, True  # "I've already put the freeze on from today — no fees
            # until 26 Feb"
        elif lemma == "put" and re.match(r"\s*(?:you|u|them|him|her|your (?:account|line|number))\s+back\s+(?:on|onto)\s+"
                                         r"(?:the|your|ur)\s+(?:\S+\s+){0,3}?(?:plan|tariff|rate|package|bundle)\b",
                                         folded_after):
            kinds, put_right = {CORRECTION}, True  # "I put you back on the 40 GB plan at $50/month this morning"
        elif lemma == "put" and _SET_BACK.match(folded_after):
            kinds, put_right = {CORRECTION}, True  # "I've put your data cap back to 50 GB"
        elif lemma == "put" and re.match(r"\s*(?:it|them|that)\s+back\s+on\b(?!\s+(?:your|the|ur)\s+(?:\w+\s+)?(?:card|"
                                         r"account|bank|visa|mastercard|amex|bill|wallet|statement)\b)", folded_after):
            kinds, put_right = {CORRECTION, CREDIT}, True  # "your concession dropped off in the migration; I've put it
            # back on today"
        elif lemma in ("put", "give", "pay") and not re.search(r"\bback\b", folded_after) and lemma != "pay":
            if not has_money:
                return None
        if lemma in ("take", "knock") and re.search(r"\d\s?%", clause):
            has_money = True
        if lemma in ("take", "knock") and re.search(r"\boff\s+(?:your|the|this|next|their)\s+(?:\w+\s+)?(?:bill|invoice|"
                                                     r"account|tab|folio|statement|total|balance|stay|order)\b",
                                                     folded_after):
            has_money = True  # "we've taken tonight's breakfast off your bill"
        record = subject == "first" and lemma in ("take", "knock", "wipe", "sacar", "quitar") and re.search(
            r"\b(?:off|from|del|de (?:la|el|su|tu))\s+(?:your|the|su|tu)?\s*(?:\w+\s+)?(?:record|file|history|profile|report|"
            r"plan|list|roster|register|rota|waitlist|historial|expediente|registro|perfil|ficha|fichero|listado|lista|"
            r"contract|agreement|rental|contrato)\b",
            folded_after)
        has_money = has_money or bool(record)  # "we took the no-show off your record", "ya lo sacamos del plan"
        if not has_money and not put_right and not (around_kinds & {REFUND, CREDIT}) and not (
                lemma in ("take", "knock", "wipe") and re.match(r"\s*(?:it|them|that|this)\s+off\b", folded_after)) and \
                not re.match(r"\s*(?:it|them|that|this)\s+back\b", folded_after):
            return None
        if lemma in ("take", "knock", "write", "wipe") and not re.search(r"\boff\b", folded_after) and not (
                lemma == "wipe" and (amounts or re.search(r"\b(?:fee|charge|overage|balance|debt|arrears)\b", folded_after))):
            return None
        if lemma in ("take", "knock", "wipe") and not has_money:
            kinds = {CREDIT, CORRECTION}  # "I've taken it off": the charge named before
        if record:
            kinds = {CORRECTION, CANCELLATION}
        if lemma in ("take", "knock") and re.match(r"\s*(?:it|them)\s+off\b", folded_after) and re.search(
                r"\b(?:add-?ons?|addons?|bolt-?ons?|pass|package|subscription|extras?|membership|service)\b",
                _fold_keep(sentence.text[:token.start - sentence.start])):
            kinds = set(kinds) | {CANCELLATION}  # "you never asked for the Sports add-on, so I've taken it off"
        if lemma in ("take", "knock") and re.match(r"\s*(?:the\s+|your\s+)?(?:\w+\s+)?(?:breakfast|breakfasts|dinner|parking|"
                                                     r"insurance|add-?ons?|extras?|package|pass|subscription|membership|"
                                                     r"cover|protection|warranty|bundle)\s+off\b", folded_after):
            kinds = set(kinds) | {CANCELLATION}  # "taken breakfast off your last two nights since you're not using it"
        if lemma in ("take", "knock", "wipe", "sacar") and _A_CHARGE_NEXT.match(folded_after):
            kinds = set(kinds) | {CORRECTION}  # "I've taken the cleaning fee off your invoice": the bill put right
        elif lemma == "sacar" and re.match(r"\s*(?:el|la|los|las|su|tu)\s+(?:\w+\s+){0,2}?(?:plan|paquete|servicio|"
                                          r"adicional|suscripcion|seguro)\b", folded_after):
            kinds = set(kinds) | {CORRECTION, CANCELLATION}  # "sacamos el plan adicional de TV que no pediste"
        if lemma in ("take", "knock") and re.search(r"\d\s?%", clause):
            has_money = True  # "I have taken 20% off your stay"
        if lemma == "pay" and re.search(r"\b(?:for|the cost|los gastos)\b", folded_after):
            kinds |= {CREDIT}
    elif need == "remedy" and (lemma == "set" and re.match(r"\s*out\b", folded_after) or passive and re.match(
            r"\s*(?:\w+\s+)?(?:in|en)\s+(?:the|our|el|la|los|las|nuestr[oa]s?)\s+(?:\w+\s+)?(?:tariff|terms|policy|"
            r"brochure|contract|agreement|folleto|contrato|condiciones|politica|reglamento|web|website|tarifa)",
            folded_after)):
        return None  # "fees are set out in our Tariff of Charges": where it is written, not what we did
    elif need == "delivery" and passive and re.match(
            r"\s*(?:\w+\s+)?(?:in|en)\s+(?:the|our|el|la|los|las|nuestr[oa]s?)\s+(?:\w+\s+)?(?:tariff|terms|policy|"
            r"brochure|contract|agreement|folleto|contrato|condiciones|politica|reglamento|web|website|tarifa)",
            folded_after):
        return None  # "las comisiones están recogidas en el folleto de tarifas"
    elif need == "remedy":
        if lemma in ("dejar", "hacer") and re.match(r"\s*(?:\w+\s+)?(?:registrad|anotad|constancia|asentad|nota\b)",
                                                   folded_after):
            return None  # "dejamos registrada su observación": a record, not a remedy
        if lemma == "dejar" and re.match(r"\s*(?:\w+\s+){0,2}?sin efecto\b", folded_after):
            around_kinds = set(around_kinds) | {CORRECTION, REFUND}  # "ya lo dejamos sin efecto": the charge annulled
        if lemma == "dejar" and re.match(r"\s*(?:\w+\s+){0,2}?(?:apartad|reservad|separad)[oa]s?\b", folded_after):
            around_kinds = set(around_kinds) | {REPLACEMENT}  # "ya lo dejamos apartado a su nombre"
        if lemma == "dejar" and money(after[:30]) and _IN_THEIR_FAVOUR.match(folded_after) and \
                not re.match(r"\s*\w+(?:ar|er|ir)\b", folded_after):  # (not "le dejamos pagar los Bs 480 a favor...")
            around_kinds = set(around_kinds) | {CREDIT}  # "le dejamos Bs 480 a favor para una próxima estadía"
        if lemma in ("set", "reset") and _SET_BACK.match(folded_after):
            around_kinds = set(around_kinds) | {CORRECTION}  # "the seat count went to 8; I've set it back to 5 just now"
        if re.search(r"\b(?:en cero|a cero|at zero|en \$?\s?0)\b", folded_after):
            around_kinds = set(around_kinds) | {CORRECTION, CREDIT}  # "te dejamos la factura de noviembre en cero"
        if lemma in ("apply", "aplicar", "generate", "generar") and re.search(
                r"\b(?:fee|charge|penalty|surcharge|fine|cargo|comision|recargo|penalizacion|multa|cobro)s?\b",
                _fold_keep(sentence.text)) and \
                not re.search(r"\b(?:refund|credit|discount|voucher|reembolso|abono|descuento|devolucion|bonificacion|"
                              r"credito|reverso|reversa|reversion|reintegro|"
                              r"ajuste a (?:su |tu )?favor" + _NOT_SOMEONE_ELSES + r"|in your favou?r)\b",
                              _fold_keep(sentence.text)):
            return None  # "the $85 damage fee was applied", "los cargos se generaron con la itinerancia activada": a
            # charge, not a remedy ("un ajuste a favor" is one)
        if lemma == "cargar":
            around_kinds = set(around_kinds) & {CREDIT}  # "te cargamos un crédito", not "se le cargó el coste"
            if has_money and (re.search(r"\b(?:a|en) (?:su |tu |la )?(?:monedero|saldo|cuenta|billetera|wallet|tarjeta regalo|"
                                        r"app|aplicacion|perfil|tarjeta de (?:soci[oa]|fidelidad|puntos|cliente))",
                                        folded_after) or
                              re.search(r"\b(?:a (?:su |tu )?favor|de saldo|en creditos?|de credito|como credito|"
                                        r"(?:como|de) (?:agradecimiento|compensacion|regalo|cortesia|disculpa))\b",
                                        folded_after)):
                around_kinds = {CREDIT}  # (also "te cargamos $15.000 a favor", "Gs. 20.000 de saldo")
            if not around_kinds:
                return None
        if lemma in ("book", "schedule") and re.match(
                r"\s*(?:(?:the|your)\s+(?:\w+\s+)?\w+|you|him|her|them)\s+in\s+(?:for|on|at)\b", folded_after) \
                or lemma in ("agendar", "programar", "reservar", "reagendar") and re.search(
                    r"\b(?:te|le|os|les)\s*$", _fold_keep(before)) and re.match(r"\s*(?:para|al)\s+(?:el|la|las|los)?\s*\w+",
                                                                     right):
            around_kinds = set(around_kinds) | {REPAIR, ESCALATION, CORRECTION}  # "booked the car in for Tuesday"
        if lemma in ("reserve", "reservar", "apartar") and not passive and (
                re.search(r"\b(?:te|le|les|os)\s+(?:(?:he|hemos|ha|han)\s+)?$", _fold_keep(before) + " ") or
                re.search(r"\bfor (?:you|u)\b", folded_after)):
            around_kinds = set(around_kinds) | {REPLACEMENT}  # "te he reservado el ejemplar", "I've reserved it for you",
            # "le apartamos las 2 cajas de losartán"
        if lemma in ("reprogramar", "reagendar", "reschedule", "rebook"):
            around_kinds = set(around_kinds) | {CORRECTION}  # "su vuelo quedó reprogramado para mañana"
        if lemma == "add" and re.match(r"\s*(?:\w+\s+){0,3}?back\b", folded_after):
            around_kinds = set(around_kinds) | {CREDIT}  # "the missed sessions have been added back to your package"
        if lemma in ("book", "schedule", "arrange", "programar", "agendar", "reservar", "organise", "organize",
                     "squeeze", "reprogramar", "reagendar", "reschedule", "conseguir") and any(
                _is_name(sentence.tokens[i], i, sentence) or _is_agent(sentence.tokens[i].norm) or
                sentence.tokens[i].norm in ("dr", "dra", "doctor", "doctora", "mr", "mrs", "ms", "nurse", "enfermera")
                for i in range(index + 1, min(index + 6, len(sentence.tokens)))) or any(
                sentence.tokens[i].norm in ("dr", "dra", "doctor", "doctora") for i in range(max(0, index - 20), index)):
            # "I've booked Luis, one of our installers", "ya tenés hora con la Dra. Silvera, quedó agendada", "te he
            # conseguido técnico para mañana viernes de 8 a 13 h"
            around_kinds = set(around_kinds) | {REPAIR, ESCALATION, CORRECTION}
        if lemma in ("put", "poner") and re.match(r"\s*(?:\w+\s+){0,2}?(?:en reparto|en camino|out for delivery|on the van|"
                                                   r"on (?:the|tomorrow's|today's) (?:van|truck|run))", folded_after):
            around_kinds = set(around_kinds) | {REPLACEMENT}  # "ya lo pusimos en reparto para hoy de tarde"
        if not around_kinds and lemma in ("email", "send", "share", "provide", "attach", "compartir", "facilitar"):
            tail = re.split(r"[.;]|\b(?:and|y)\s+(?:we|i|he|she|they|you)\b",
                            sentence.text[token.end - sentence.start:])[0]
            around_kinds = {k for w in re.findall(r"\w+", _fold_keep(tail))[:12] for k in _noun_kinds(w)}
        if lemma in ("hacer", "realizar", "efectuar", "make") and passive and re.match(
                r"\s*(?:\w+\s+){0,2}?(?:porque|ya que|debido a|because|since)\b", folded_after):
            return None  # "los trabajos adicionales se realizaron porque el técnico los consideró necesarios": a defence
        if lemma in ("make", "hacer", "realizar", "efectuar", "dar", "ordenar") and re.search(
                r"\b(?:payments?|pagos?|transfer|transferencia|deposit|deposito|devolusion|zelle|bizum|yape|plin|sinpe|"
                r"nequi|daviplata|pix|paypal|interac|e-transfer|venmo)\b", _fold_keep(clause)):
            around_kinds = set(around_kinds) | {REFUND, CREDIT}  # "a payment of £75 will be made to your account"
        if lemma in ("make", "hacer", "realizar", "efectuar", "dar") and (
                not around_kinds & {REFUND, CREDIT, REPAIR, CANCELLATION, REPLACEMENT, CORRECTION} or
                status == "present" and not around_kinds & {REFUND, CREDIT}):
            return None  # "your booking was made at our Advance Purchase rate", "la cancelación se hace efectiva"
        if not around_kinds and (passive or subject == "remedy" or re.match(
                r"\s*(?:it|them|this|that|lo|la|los|las|le|les)\b", _fold_keep(after)) or
                re.search(r"\b(?:lo|la|los|las)\s+(?:\w+\s+)?$", _fold_keep(before))):
            around_kinds = set(around_kinds) | _nouns_before(sentence, index, 0 if passive or subject == "remedy" else
                                                             max(0, first - 8))
        if not around_kinds and lemma == "poner" and subject == "first" and not passive and re.match(
                r"\s*(?:un|una|unos|unas|nuev[oa]s?)\s+(?!(?:nota|aviso|comentario|reclamo|queja|ticket|caso|"
                r"incidencia|solicitud|recordatorio|mensaje|correo)s?\b)[a-z]+(?:\s+[a-z]+)?\s+(?:en|a)\s+"
                r"(?:la|el|los|las|cada|todas|todos)\b", folded_after):
            around_kinds = {REPAIR, PROCESS}  # "Hemos puesto una barandilla en la escalera del portal": a thing fitted
        if not around_kinds and (amounts or passive and subject == "first" and money(sentence.text)) and \
                lemma in _MONEY_REMEDY_VERBS:
            around_kinds = {REFUND, CREDIT}  # "€65 has been applied to your account"
        if not around_kinds and money(sentence.text) and not _long_before(sentence.text, today) and re.match(
                rf"\s*(?:\w+\s+){{0,2}}?(?:un|una|a|an)\s+(?:(?:{_VOUCHER}|e-?voucher)\s+(?:de|por|for|of|worth)\b|"
                r"\S*\d\S*\s+(?:e-?)?(?:gift ?card|voucher|coupon)\b)",
                folded_after):
            around_kinds = {CREDIT}  # "le hemos cargado un vale de 75 € en su ficha", "te dejamos una gift card de $25.000",
            # "just emailed you a $25 gift card", "te mandé por correo una tarjeta de regalo de $20"
        if not around_kinds and passive and lemma in ("issue", "emitir", "send", "mail", "enviar", "make", "realizar") and \
                money(sentence.text) and _PAID_TO_THEM.search(_fold_keep(sentence.text[:token.start - sentence.start])) and \
                _BY_PAYMENT.match(folded_after):
            around_kinds = {REFUND, CREDIT}  # "Payment of $3,812.45, less your deductible, was issued by direct deposit"
        if not around_kinds:
            return None
        kinds = set(around_kinds)
        if lemma in ("apply", "aplicar") and status == "done" and CREDIT in kinds and re.match(
                r"\s*(?:\w+\s+){0,6}?(?:from|since|desde|back to|con efecto (?:desde|retroactivo))\s+(?:el\s+)?(?:\d|"
                r"(?:1st|first|primero)\b|(?:january|february|march|april|may|june|july|august|september|october|"
                r"november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
                r"noviembre|diciembre)\b)", folded_after):
            kinds |= {CORRECTION}  # "the single person discount has been applied from 1 April 2026": the bills put right
        if lemma in ("hacer", "dar", "realizar", "efectuar") and not (around_kinds - {REPLACEMENT}):
            return None
        if lemma == "dar" and re.search(r"\bde baja\b", folded_after):
            kinds = {CANCELLATION}
    elif need == "delivery" and (re.search(r"\bnos\s*$", _fold_keep(before)) or
                                 re.match(r"\s*(?:us|it to us|them to us)\b", _fold_keep(after))):
        return None  # "los documentos que nos envió", "the photos you sent us"
    elif need == "delivery":
        if lemma in ("reroute", "redirect", "redeliver", "reship", "resend", "reenviar"):
            around_kinds = set(around_kinds) | {REPLACEMENT}  # "the package was rerouted to your office"
        if re.search(r"\b(?:again|once more|de nuevo|otra vez|nuevamente)\b", _fold_keep(sentence.text)):
            around_kinds = set(around_kinds) | {REPLACEMENT}  # "it has been loaded again and will be delivered"
        if not around_kinds and re.match(r"\s*(?:it|them|lo|la|los|las)\b", _fold_keep(after)) or \
                re.search(r"\bse (?:lo|la|los|las)\s*$", _fold_keep(before)):
            around_kinds = set(around_kinds) | _nouns_before(sentence, index)
        if subject in ("third", "remedy") and not passive and lemma not in ("collect", "recoger"):
            if not (around_kinds or subject in ("agent", "named")):
                return None
        if passive and re.match(r"\s*(?:to you|out to you|a usted|a su domicilio|to your (?:home|address|door))\b",
                                folded_after):
            around_kinds = set(around_kinds) | {REPLACEMENT, REPAIR}  # "a patrol has been dispatched to you"
        if passive and not (around_kinds - {CORRECTION, REFUND} or subject in ("agent",)):
            if has_money:
                kinds = {REFUND}
            elif not (status == "done" and (_TODAY.search(_fold_keep(sentence.text)) or re.search(
                    r"\b(?:is|are|'s|has been|have been)\s+(?:already|now|just)\s*$", _fold_keep(before)))):
                return None  # "your order was shipped on 18 November": a fact about the order, not a remedy
                # ("the correct size is already dispatched" is the remedy, done)
        if status == "done" and has_past_time(sentence.text) and not (around_kinds - {CORRECTION, REFUND}) and not (
                has_money and _TODAY.search(_fold_keep(sentence.text))):
            return None  # (but money sent today: "a check for $640.00 was mailed to your address this morning")
        if passive and not (around_kinds & {REPLACEMENT}) and any(
                t.norm in _NOT_A_RESULT | {"box", "caja", "boxes", "cajas"}
                for t in sentence.tokens[_joined_at(sentence, index):index]) and not (
                has_money and (re.search(r"\b(?:check|cheque)\s+(?:for|of|por|de)\b", _fold_keep(before)) or any(
                    re.match(r"\s+(?:for|of|por|de|del)\b", before[m.end:]) for m in money(before)))):
            return None  # "la caja de diciembre ya fue despachada": the order as planned, not a remedy (a check for
            # $640.00 mailed is money, and so is "the N18,900 for order ORD-88124 was sent back to your card")
        if re.search(r"\bback (?:to|into|onto|on) (?:your|ur) (?:\w+\s+)?(?:account|card|bank|visa|mastercard|wallet)\b",
                     folded_after):
            has_money = True  # "it's been sent back to your account this morning": money, not a parcel
        if has_money and lemma in ("send", "enviar", "mandar", "transfer", "drop", "stick", "pop", "chuck"):
            kinds |= {REFUND}
        kinds |= {k for k in around_kinds if k in (REPLACEMENT, CORRECTION, CREDIT, REFUND)}
    elif need == "moves" and re.match(r"\s*(?:back\s+)?(?:a|al|en|to|at|in)\s+(?:la |el |nuestr[oa]s? |our |the )?"
                                      r"(?:bodega|almacen|deposito|centro de devoluciones|warehouse|depot|returns)\b",
                                      folded_after):
        return None  # "su devolución llegó a bodega el lunes": their parcel reached us, nothing done for them yet
    elif need == "moves":
        if passive and not (around_kinds & {REPLACEMENT, REFUND, CREDIT} or subject == "remedy"):
            return None  # "the parcel was left at the front door"
        if not (around_kinds or subject in ("agent", "named", "remedy") or
                (status in ("present", "promised") and subject in ("third", "thing", "") and
                 has_specific_time(sentence.text)) or re.search(r"\b(?:le|te|you)\b", _fold_keep(before))):
            return None
        if status == "done" and subject in ("agent", "named") and lemma in ("salir", "leave") and re.match(
                r"\s*(?:(?:just|now|right now|ahorita|ahora|ahora mismo|recien|ya|hace (?:un momento|un rato|\w+ minutos)|"
                r"a minute ago|a few minutes ago|this minute)\s+)+(?:de (?:la|el|aqui|aca)\s+(?:\w+\s+)?)?(?:with|con)\s+"
                r"(?:su|tu|sus|tus|your|el|la|los|las|the)\b", folded_after + " ") or status == "done" and \
                subject in ("agent", "named") and lemma in ("salir", "leave") and re.search(
                r"\b(?:just|recien|ahorita|ahora mismo|acaba de|acaban de)\s+$", _fold_keep(before)) and re.match(
                r"\s*(?:\w+\s+){0,3}?(?:with|con)\s+(?:su|tu|sus|tus|your)\b", folded_after):
            kinds = {REPLACEMENT}  # "El motorista salió ahorita con su insulina": on its way to them, just now (not "the
            # driver left with your parcel" when they were out)
        elif status == "done" and subject != "remedy" and not (around_kinds & {REPLACEMENT}) and not back_money:
            return None  # "the blender arrived with a cracked jar": what happened to their order
        if lemma == "go" and subject in ("agent", "named") and re.match(r"\s*(?:up|round|over|out|down)\b", folded_after):
            kinds = {REPAIR}  # "Graeme, one of our field engineers, is going up the mast on Monday"
        elif lemma in ("go", "salir", "land") and chosen.lang == "en" and not re.search(
                r"\bout\b|^\s*(?:in|into) the (?:post|mail)\b", folded_after):
            onto_account = re.search(r"^\s*(?:on|onto|into|in)\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}(?:account|card|bill|"
                                     r"invoice|statement|balance|bank)\b", folded_after) and subject == "remedy"
            if not ((re.search(r"^\s*(?:back|off)\b", folded_after) or onto_account) and has_money):
                return None
            kinds = {REFUND, CREDIT}  # "the money's gone back on your card", "a £15 credit goes (lands) on your account"
        kinds |= {k for k in around_kinds if k in (REPLACEMENT, REFUND, CREDIT)}
    elif need == "agent" and lemma in ("volver", "regresar") and has_money and re.match(
            r"\s*(?:\w+\s+){0,2}?(?:a|al|en)\s+(?:tu|su)\s+(?:\w+\s+)?(?:cuenta|tarjeta|saldo|billetera|monedero|visa|"
            r"mastercard)\b", folded_after):
        kinds = {REFUND, CREDIT}  # "los S/59.90 de la comisión mal cobrada vuelven a tu cuenta mañana"
    elif need == "agent" and lemma == "come" and back_money and re.match(r"\s*off\b", folded_after) and \
            _CHARGE_SUBJECT.search(_fold_keep(before)):
        kinds = {CREDIT, CORRECTION}  # "the €50 no-show fee came off your account this morning"
    elif need == "agent":
        if subject in ("third", "") and chosen.lang == "es" and chosen.person == "3s" and prior is not None and \
                has_specific_time(sentence.text) and any(_is_agent(t.norm) for t in prior.tokens):
            subject = "agent"  # "...muestra que el repartidor lo dejó en el 1441. Hoy a la tarde vuelve a buscarlo"
        if subject not in ("agent", "named", "first") or re.search(r"\bque\s*$", _fold_keep(before)):
            return None  # "qué pasó con su pedido": a question about what happened
        if lemma == "come" and (status == "done" or not re.match(r"\s*(?:out|round|over|by|back to you|to you)\b",
                                                                folded_after) and not (
                subject in ("agent", "named") and has_specific_time(sentence.text))):
            return None  # "the tests came back with a fault"
        if lemma == "pasar" and subject == "first" and re.search(
                r"\bal (?:dia |lunes |martes |miercoles |jueves |viernes |sabado |domingo )?\d{1,2}\b", folded_after):
            around_kinds, kinds = set(around_kinds) | {CORRECTION}, {CORRECTION}  # "te la pasamos al viernes 4"
        elif lemma == "pasar" and subject == "first" and re.match(
                r"\s*(?:(?:la|su|tu) (?:reserva|estadia|estancia)\b[^,.;]{0,40}?\s)?"
                r"(?:(?:hoy|esta|este|manana|ahora|ya|mismo|noche|tarde|misma)\s+){0,2}(?:a|al)\s+(?:(?:la|el)\s+"
                r"(?:habitacion\s+|cuarto\s+|suite\s+)?\d{2,4}\b|(?:una|un|otra|otro)\s+"
                r"(?:habitacion|cuarto|suite|mesa|asiento|plaza)\b)|\s*(?:a\s+(?:los|las|ambos|ambas|todos|todas)\s+"
                r"(?:\w+\s+)?)?(?:a|al)\s+(?:la\s+|los\s+)?(?:fila|asientos?)\s+\d", folded_after):
            kinds = {REPLACEMENT, CORRECTION}  # "ya lo pasamos a la 308", "la pasamos esta noche a la habitación 412",
            # "los pasé a los cuatro a la fila 14"
        elif lemma in ("pasar", "ir", "venir", "come", "pop", "drive") and subject == "first" and \
                not (around_kinds & {REPAIR}):
            return None
        if lemma == "pasar" and re.search(r"\b(?:su|tu) (?:caso|queja|reclamacion|comentario)", folded_after):
            return None
        if lemma == "trabajar" and not (around_kinds & {REPAIR, REPLACEMENT} and subject in ("agent", "named")):
            return None  # "nuestro equipo ya está trabajando para resolverlo" is no visit
        if lemma in ("empezar", "comenzar") and (re.match(r"\s*a\s+\w+(?:ar|er|ir)\b", folded_after) or
                                                  status == "done" or not has_specific_time(sentence.text)):
            return None  # "Jorge empieza el techo el martes a las 8:00" is work begun for them; "empezamos a cobrar" is not
    elif need == "named":
        if status == "done":
            return None  # "our driver spoke to you on Tuesday" is what happened, not what we will do
        if subject in ("third", "") and prior is not None and any(
                _is_name(t, i, prior) for i, t in enumerate(prior.tokens)):
            subject = "named"  # "He pasado su caso a Laura Gómez; le llamará el lunes a las 10."
        if subject == "impersonal" and index >= 2 and sentence.tokens[index - 1].norm == "se" and (
                _is_name(sentence.tokens[index - 2], index - 2, sentence) or
                sentence.tokens[index - 2].norm == "quien" and
                any(_is_name(sentence.tokens[i], i, sentence) for i in range(max(0, index - 4), index - 2))):
            subject = "named"  # "Lucía Benavides se comunicará con usted mañana", "…a la Sra. Lucía Benavides, quien se
            # comunicará con usted": a name doing it herself, not an impersonal "se"
        if subject in ("third", "thing", ""):
            names = [i for i, t in enumerate(sentence.tokens[:index]) if _is_name(t, i, sentence)]
            between = {t.norm for t in sentence.tokens[names[-1] + 1:index]} if names else set()
            if between & {"and", "y", "e"} and not between & (_FIRST | _CUSTOMER | {"us", "nosotros"}):
                subject = "named"  # "Our manager, Fiona Grant, has read it and will call you on Friday at 11"
        if subject in ("third", "", "anonymous") and _NAME_OF_OURS.match(sentence.text):
            subject = "named"  # "Marisol, del área de facturación, le llama hoy entre las 3 y las 5", "Carmen in our
            # Disputes team will call you by Friday at 14:30"
        if subject == "first" and has_specific_time(sentence.text) and lemma in ("call", "phone", "ring", "llamar",
                                                                                   "telefonear", "visit", "visitar"):
            kinds = {ESCALATION, REPAIR}  # "we will call you at 5pm today to set up the router"
        elif subject not in ("named", "agent"):
            return None
        if subject == "agent":
            kinds = {REPAIR}
        if lemma in ("do", "handle") and re.match(r"\s*(?:the|your|a|an)\s+(?:\w+\s+)?(?:correction|repair|fix|redo|"
                                                  r"replacement|refit|touch-up|re-?do)\b", folded_after):
            kinds = set(kinds) | {REPAIR, CORRECTION}  # "Marisol will do the correction herself this Saturday at 10:30"
    elif need == "object" and lemma == "trasladar" and not re.search(
            r"^\s*(?:\w+\s+){0,3}?(?:al|para el)\s+(?:(?:dia|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\s+)?"
            r"\d{1,2}\b", folded_after):
        return None  # "trasladamos su caso al área": passed on; "le trasladamos la reserva al 12": moved
    elif need == "object":
        if passive and status == "done" and not re.search(r"(?:\b(?:has|have|ha|han)|'s|'ve)\s+(?:now\s+|already\s+|ya\s+)?"
                                                          r"(?:been|sido)\b|\bya\b|\b(?:is|are|'s|'re)\s+(?:now\s+)?$|"
                                                          r"\bqued(?:o|aron|a|an)\s*$",
                                                          _fold_keep(before)) and not _TODAY.search(_fold_keep(sentence.text)) \
                and not (lemma in _UNDOING and _CHARGE_SUBJECT.search(_fold_keep(before) + " " + folded_after[:30])) \
                and not (index == 0 and subject == "first") \
                and not (lemma in ("eliminar", "retirar", "quitar", "borrar") and re.search(r"\bse\s*$", _fold_keep(before))
                         and re.match(r"\s*(?:\w+\s+){0,3}?(?:reporte|clausula|permanencia|anotacion|penalizacion|"
                                      r"penalidad|adeudo|deuda|cargo|recargo|cobro|multa)", folded_after)):
            # ("Cambiado tu menú a vegetariano": ours, said short; "se retiró el reporte negativo en Datacrédito", "se
            # eliminó la cláusula de permanencia": how an office says what it did)
            return None  # "you were moved to a room at the rear": what happened to them ("your late fee was
            # removed", "se eliminaron los recargos" are charges undone, a remedy)
        process = any(w in _PROCESS_NOUNS for w in re.findall(r"\w+", _fold_keep(clause)))
        fixable = any(w in _FIXABLE_NOUNS or w[:-1] in _FIXABLE_NOUNS for w in re.findall(
            r"\w+", folded_after + (" " + _fold_keep(before) if passive else "") + (
                " " + _fold_keep(prior.text) if prior is not None and (
                    lemma in ("cerrar", "close", "cancelar", "cancel") and re.search(r"\b(?:lo|la|los|las)\s*$",
                                                                                     _fold_keep(before)) or
                    passive and re.match(r"\W*(?:it|they|this|that)\s*(?:'s|'re|is|are|was|were|has|have)?\s*(?:now\s+|"
                                         r"already\s+)?(?:been\s+)?$", _fold_keep(before))) else "")))
        # ("Hoy la cerramos"; "your mailing address was still the old one. It's been updated to 2210 Oak Street")
        if _PROCESS_MARKER.search(_fold_keep(sentence.text)):
            process = True
        if not fixable and not process and subject == "first" and not passive and lemma in _ON_THEIR_THINGS:
            fixable = _their_thing(folded_after, _fold_keep(before), chosen.lang)
        if not fixable and lemma in ("remove", "delete", "eliminar", "quitar", "retirar", "borrar") and re.search(
                r"\b(?:from|off|de|del)\s+(?:your|the|su|tu|la|el)?\s*(?:\w+\s+){0,2}?(?:file|record|report|history|"
                r"account|bill|invoice|statement|expediente|historial|registro|informe|cuenta|factura|recibo|contract|"
                r"agreement|contrato|poliza|policy|folio|tab)\b",
                folded_after):
            fixable = True  # "we have removed the missed payment marker from your credit file"
        if not fixable and lemma in ("remove", "delete", "eliminar", "quitar", "retirar", "borrar") and re.match(
                r"\s*(?:(?:the|your|that|this|el|la|los|las|su|tu|ese|esa)\s+)?(?:\w+\s+){0,2}?(?:duplicated?|"
                r"erroneous|wrong|incorrect|mistaken|extra|duplicad[oa]s?|repetid[oa]s?|erroneo?a?s?|incorrect[oa]s?|"
                r"equivocad[oa]s?|de mas)\b", folded_after):
            fixable = True  # "Deleted the duplicate mailbox", "borramos el buzón duplicado": a mistake taken out
        if lemma in ("cambiar", "pasar", "mover", "move", "switch", "transfer") and re.match(
                r"\s*(?:a\s+)?(?:[a-z]+\s+){1,3}?(?:al|a la|a los|to the|into the)\s+(?:grupo|turno|clase|curso|horario|"
                r"group|class|course|shift|slot|team)\b|\s*(?:a\s+)?(?:[a-z]+\s+){1,3}?(?:a|a la|a las|al|to|into)\s+"
                r"(?:fila|row|asientos?|seats?)\s+\d", folded_after):
            fixable = True  # "hemos cambiado a Lucía al grupo de las 17:00", "los pasé a los cuatro a la fila 14": the
            # customer's place put right
        if lemma in ("move", "cambiar", "change", "pasar", "mover") and re.search(
                r"\bto (?:the )?(?:[a-z]{3,9}\s+)?\d{1,2}(?:st|nd|rd|th)?\b|\bal (?:dia |lunes |martes |miercoles |jueves |"
                r"viernes |sabado |domingo )?\d{1,2}\b|^\s*(?:\w+\s+){0,2}?(?:a|to) (?:la|el|room|the) (?:habitacion |"
                r"taquilla |mesa |plaza |asiento |seat |table |locker )?\d{1,4}[a-z]?\b",
                                                               folded_after):
            fixable = True  # "I've moved it to the 28th of each month"
        if not fixable and lemma == "stop" and re.search(
                r"\b(?:monthly|weekly|fortnightly|recurring|automatic|auto|autopay|standing|regular|direct debit|"
                r"subscription|membership|deliveries|payments)\b",
                folded_after[:50] + (" " + _fold_keep(before)[-50:] if passive else "")):
            fixable = True  # "I've stopped the monthly flowers", "your automatic payment has been stopped": what came
            # round every month cancelled
        if lemma in ("cancel", "close", "stop", "cerrar", "block", "bloquear", "cancelar", "suspend", "suspender", "pause",
                     "pausar") and fixable:
            process = False  # "la domiciliación quedó suspendida desde hoy": from today is when, not a new rule (a price
            # frozen from a day is one: "desde hoy le congelamos la tarifa")
        if lemma in ("remove", "quitar", "eliminar", "retirar", "borrar", "waive", "condonar") and re.match(
                r"\s*(?:\w+\s+){0,2}?(?:charge|fee|surcharge|cargo|recargo|cobro|comision|adeudo|deuda|debt)s?\b",
                folded_after):
            process, fixable = False, True  # "he quitado el cargo por factura en papel a partir de la del 1 de diciembre"
        if lemma in ("change", "cambiar", "update", "actualizar") and re.match(r"\s*(?:it|them|lo|la)\s+(?:to|a|al)\b",
                                                                          folded_after):
            process, fixable = False, True  # "I've changed it to D07 X2K4 on our system"  # "I have closed the account with effect from 20 November" is a cancellation
        if lemma in ("change", "cambiar") and subject == "first" and not fixable and re.match(
                r"\s*(?:esto|eso|this|that|it|how|como|la forma|la manera|the way|lo que|what|nuestr\w+ (?:forma|manera|"
                r"proceso|procedimiento)|our (?:process|procedure|way))\b", folded_after):
            kinds = {PROCESS}  # "hemos cambiado esto:", "we've changed how we work"
        elif lemma == "cambiar" and re.search(r"\b(?:lo|la|los|las)\s+(?:\w+\s+)?$", _fold_keep(before)) and \
                re.match(r"\s*(?:\w+\s+){0,3}?por (?:la|el|los|las|lo) (?:de|que|real(?:es)?|correct[oa]s?|buen[oa]s?|"
                         r"verdader[oa]s?)\b", folded_after):
            kinds = {CORRECTION}  # "la lectura se introdujo mal; la hemos cambiado por la de su foto"
        elif lemma == "cambiar" and (around_kinds or re.search(r"\bpor (?:un|una|otro|otra)\b", folded_after) or (
                subject == "first" and re.search(r"\b(?:le|te|les|os|se(?= l[oa]s? ))\s*(?:lo |la |los |las )?(?:(?:he|hemos|ha|han)\s+)?$",
                                                 _fold_keep(before))) or (
                subject == "first" and status == "done" and re.search(r"\bya\s+(?:lo|la|los|las)\s*$", _fold_keep(before))) or (
                subject == "first" and _FAULTY_PART.match(folded_after))) \
                and not fixable:  # "le cambiamos el alternador", "cambiamos el contacto que fallaba": a part swapped
            kinds = {REPLACEMENT}
        elif lemma in ("remove", "eliminar", "quitar", "retirar") and re.match(
                r"\s*(?:the |your |los |las |tus |sus )?(?:\d+ |\w+ ){0,2}(?:seats?|licen[cs]es?|users?|add-?ons?|extras?|"
                r"asientos?|licencias?|usuarios?|adicionales?)\b", folded_after):
            kinds = {CANCELLATION, CORRECTION}  # "Removed the 3 unused seats from your plan effective today"
        elif process:
            kinds = {PROCESS}
        elif fixable or around_kinds & {CORRECTION}:
            kinds = {CORRECTION} if lemma not in ("cancel", "close", "stop", "cerrar") else {CANCELLATION}
            if lemma in ("cancel", "cancelar") and re.match(r"\s*(?:\w+\s+){0,2}?(?:charge|fee|cargo|cobro|recargo)s?\b",
                                                           folded_after):
                kinds = {CANCELLATION, CORRECTION}  # "ya cancelamos ese cargo": the bill put right
            if lemma in ("block", "bloquear"):
                kinds = {CORRECTION, CANCELLATION}  # "I've blocked the card ending 5521"
            if lemma in ("freeze", "pause", "congelar", "pausar", "suspender"):
                kinds = {CANCELLATION, CREDIT}  # "I've frozen your membership until 28 February": no fees meanwhile
        elif lemma == "cambiar":
            return None
        else:
            return None
        if re.search(r"\b(?:update|actualiz\w*|inform\w*|avis\w*)\b", _fold_keep(token.text)) and \
                re.search(r"^\s*(?:you|le|te)\b", folded_after) and not fixable:
            return None
    elif need == "receipt" and lemma in ("recibir", "receive", "see", "ver") and status != "done" and \
            re.search(r"\b(?:les|le|te|los|las|la|lo)\s*$", _fold_keep(before)) and has_specific_time(sentence.text) and (
            subject == "named" or subject in ("third", "") and (
                _person_pronoun_before(sentence, index) and prior is not None and
                any(_is_name(t, i, prior) for i, t in enumerate(prior.tokens)))):
        kinds = {ESCALATION}  # "He hablado con la Sra. Collado. Ella les recibirá el martes 1 a las 15:30."
    elif need == "receipt" and lemma == "see" and status == "promised" and (subject == "named" or re.search(
            r"\b(?:Dr|Dra|Doctor|Nurse|Mr|Mrs|Ms|Miss)\W{0,2}\s*[A-Z][\w'-]+\s+(?:will|'ll|is going to)\s+(?:also\s+)?$",
            sentence.text[:token.start - sentence.start].replace("\u2024", "."))) and \
            has_specific_time(sentence.text) and re.match(r"\s*(?:you|him|her|them|[A-Z][a-z]+)\b",
                                                          sentence.text[token.end - sentence.start:]):
        kinds = {ESCALATION, REPAIR}  # "Dr Walsh will see Milo again on Tuesday at 11:30": an appointment kept for them
    elif need == "receipt":
        arranged = subject == "first" and chosen.lang == "en" and lemma in ("get", "have") and \
            bool(around_kinds & {REPLACEMENT, REPAIR}) and \
            bool(re.match(r"\s*(?:\w+\s+){1,4}?for (?:you|u)\b", folded_after))
        if (chosen.tense == "pp" or re.search(r"\b(?:ha|han|he|hemos|has|have|had)\s*$", _fold_keep(before))) and \
                not arranged:
            return None  # "las desconexiones que ha tenido": what they went through
        if chosen.lang == "en" and chosen.tense == "ing":
            return None  # "the $114.00 you're seeing": what they see now, not what they will get
        around_kinds = set(around_kinds) - ({REPLACEMENT} if re.search(r"\b(?:label|etiqueta)s?\b",
                                                                         _fold_keep(after)) else set())
        if re.search(r"\b(?:en cero|a cero|at zero|en \$?0)\b", folded_after):
            around_kinds = set(around_kinds) | {CORRECTION, CREDIT}  # "mañana ya lo vas a ver en cero"
        where_money_shows = re.match(r"\s*(?:it|them|lo|la|los|las)\s+(?:\w+\s+){0,2}?(?:on|in|en)\s+(?:\S+\s+){0,4}?"
                                     r"(?:invoice|bill|statement|account|card|factura|recibo|boleta|extracto|"
                                     r"estado de cuenta|cuenta|tarjeta)s?\b", _fold_keep(after))
        if where_money_shows:
            around_kinds = set(around_kinds) | {CREDIT, REFUND}  # "you'll see it on the 1 December invoice": money
        elif re.match(r"\s*(?:it|them|lo|la|los|las)\b", _fold_keep(after)) and has_specific_time(sentence.text):
            around_kinds = set(around_kinds) | {REPLACEMENT}  # "you'll have it before 1 o'clock today"
        if not around_kinds - {CORRECTION} and not has_money or passive:
            return None
        if subject not in ("customer", "") and chosen.lang == "en" and not arranged:
            return None  # (but "we've got a courtesy car for you": something of ours set aside for them)
        if chosen.lang == "es" and (chosen.person in ("1s", "1p") or subject in ("first", "named", "agent")):
            return None  # "hemos recibido su reclamo": we got their letter, they got nothing
        if re.search(r"^\s*(?:derecho|el derecho|the right|right to|entitled)", folded_after) or \
                re.search(r"\bentitled\b", _fold_keep(before)):
            return None  # "usted tiene derecho a solicitar...": an entitlement to ask, not a remedy
        kinds = set(around_kinds - ({CORRECTION} if not re.search(r"\b(?:en cero|a cero|at zero|rectificativa|"
                                                                  r"corregida|corrected|amended|revised)\b", folded_after)
                                    else set()) - {CANCELLATION}) or {REFUND}
    if not kinds:
        return None
    rest = re.split(r"[,.;]", sentence.text[token.end - sentence.start:])[0]
    removal = lemma in ("remove", "delete", "eliminar", "quitar", "borrar", "retirar")
    if not removal and (_passes_on(folded_after) or _passes_on(_fold_keep(rest))) and \
            need in ("delivery", "moves", "remedy", "object") and not (
                kinds & {CREDIT, REFUND} and money(clause) and (re.match(
                    rf"\s*(?:\w+\s+){{0,2}}?(?:un|una|a|an)\s+(?:\S*\d\S*\s+)?{_VOUCHER}\b", folded_after) or
                    _IN_THEIR_FAVOUR.match(folded_after))):
        return None  # (not a voucher with its sum put on their customer file: "un vale de 75 € en su ficha", nor one
        # sent by post: "te mandamos por correo una tarjeta de regalo de $20", nor a sum left in their favour: "te he
        # dejado 12 € a favor en la ficha")
    if _governed_by_condition(sentence, token, folded_raw, status == "done"):
        return None
    # "le acreditamos": now or already; a date before it is the story, not when we did it.
    ambiguous = status == "present_or_done" or chosen.lang == "es" and chosen.tense == "pret" and any(
        r.tense == "pres" and r.person == chosen.person and r.lemma == chosen.lemma for r in readings)
    if ambiguous and status != "promised" and re.search(
            r"\b(?:apenas|en cuanto|cuando|una vez que)\s+(?:tengamos|podamos|haya|llegue|este|recibamos|sepamos)\b",
            _fold_keep(sentence.text)):
        status = "promised"  # "te mandamos la docena que faltó apenas tengamos moto libre": not yet, and not when
    if ambiguous and re.search(r"\b(?:asi que|por lo que|de modo que|de manera que|entonces|por eso)\s+(?:\w+\s+){0,2}$",
                               _fold_keep(before)) and not re.search(r"\b(?:ya|hoy|ayer|recien)\b", _fold_keep(sentence.text)):
        status = "promised"  # "está en garantía, así que te lo cambiamos": a decision announced, still to happen
    if status in ("present", "present_or_done"):
        window = sentence.text
        timed = has_specific_time(window) and not has_past_date(window, today)
        if timed and _ROUTINE.search(_fold_keep(sentence.text)):
            return None  # "our driver leaves the bakery at 6:10 every day": a routine, not a promise
        if status == "present_or_done":
            status = "promised" if timed and not has_past_time(sentence.text) else "done"
        elif not timed:
            if (subject == "first" or need == "receipt") and chosen.lang == "es" and \
                    re.search(r"\bya\b", _fold_keep(before)):
                status = "done"  # "ya tienes los 18 € de vuelta"
            elif (subject == "first" or subject == "impersonal" and re.search(r"\bse (?:le|te|les|os)\s*$",
                                                                             _fold_keep(before))) and \
                    chosen.lang == "es" and has_deadline(sentence.text) and \
                    re.search(r"\b(?:le|te|les|os)\s*$", _fold_keep(before)):
                status = "promised"  # "te devolvemos los gastos de envío en 48 horas"
            elif subject == "first" and chosen.lang == "es" and \
                    re.search(r"\b(?:le|te|les|os)\s*$", _fold_keep(before)) and (
                        kinds & {REFUND, CREDIT} and money(sentence.text[token.end - sentence.start:]) or
                        lemma in ("adjuntar", "enviar", "mandar", "remitir") and
                        _CORRECTED_WORDS.search(_fold_keep(sentence.text[token.end - sentence.start:])[:60])) and \
                    not re.search(
                        r"\b(?:siempre|normalmente|generalmente|habitualmente|en general|por norma|todos los|todas las|"
                        r"cada)\b", _fold_keep(sentence.text)):
                status = "done"  # "le devolvemos los 3,40 €", "te adjunto la factura rehecha": done as said
            else:
                return None  # "we refund within 14 days of receiving it": a policy, not a promise
        else:
            status = "promised"
    trailing = re.match(r"\w*\s*,?\s*(?:on|el|en|dated|del?)\b[^,;]{0,30}",
                        sentence.text[sentence.tokens[last].end - sentence.start:])
    historical = passive and re.search(r"\b(?:was|were|fue|fueron)\s+(?:\w+\s+)?$", _fold_keep(before)) or \
        chosen.tense in ("past", "pret") and not re.search(r"\b(?:have|has|'ve|he|hemos|ha|han)\s+(?:\w+\s+)?$",
                                                           _fold_keep(before))
    words_end = sentence.tokens[last].end - sentence.start
    whole = historical and not passive and not ambiguous
    first = 0 if whole else clause_start if historical and not ambiguous else token.start - sentence.start
    scope = sentence.text[first:None if whole else words_end] + (
        trailing.group(0) if trailing else "")  # "your outage on Nov 22 was restored": the whole clause
    # An aside in brackets before the verb tells of a thing, not of when we acted: "El reembolso por el vuelo PA 318
    # (Montevideo-Buenos Aires, 20/11) fue procesado el 25 de noviembre".
    verb_at = token.start - sentence.start - first
    scope = _ASIDE.sub(lambda aside: " " if aside.end() <= verb_at else aside.group(0), scope)
    perfect = chosen.lang == "en" and re.search(r"\b(?:has|have|'ve|'s)\s+(?:been\s+)?(?:\w+\s+)?$", _fold_keep(before))
    scope = _COMPLAINT_DATE.sub(" ", scope)  # "en atención a su reclamo del 23/11": when they wrote, not when we acted
    if status == "done" and (said_on := _ON_A_DAY.match(_fold_keep(sentence.text[token.end - sentence.start:]))) and \
            _done_long_ago(said_on.group(0), today) and not _TODAY.search(_fold_keep(sentence.text)):
        return None  # "el reembolso ya se procesó el 10/11/2026", "was processed on 11/02": done weeks before, history
    if status == "done" and not perfect and not re.search(r"\bya\b", _fold_keep(before)) and not re.match(
            r"\W*(?:all\s+)?(?:sorted|done|fixed|listo|hecho|solucionado)\s*[-–—:!,]", _fold_keep(sentence.text)) and not re.search(
            r"\b(?:effective|with effect from|back-?dated|con efecto|retroactiv\w*|desde el|con fecha)\b", _fold_keep(scope)) and (
            has_past_date(scope, today) or re.search(
            r"\b(?:ese mismo dia|ese dia|aquel dia|that (?:same )?day|the same day)\b", _fold_keep(scope)) and
            has_past_date(sentence.text, today)) and not _TODAY.search(_fold_keep(sentence.text)) and not (
            (subject == "first" and not passive or subject != "customer" and lemma in _PAID_BACK) and
            kinds & {REFUND, CREDIT} and money(sentence.text) and
            not long_ago(_clause_text(folded_raw, here), today)):
        # ("We reversed the £75 charge on 20 November": money we gave back in the last two weeks is a remedy; "we
        # refunded the $215 for the excursion on 3 September" is the account's history.)
        return None  # "your request was sent to the hotel on 19-Nov-2026": what happened, not what we did now
    if status == "done" and not perfect and re.search(r"\b(?:last (?:year|month)|(?:months|years) ago|(?:el|del) (?:ano|"
                                                      r"mes) pasado|hace (?:\w+ )?(?:meses|anos))\b",
                                                      _THEIR_OWN_TIME.sub(" ", _fold_keep(scope))):
        return None  # "the €50 fee came off the price last year": long before this complaint
    if status == "done" and not perfect and not re.search(
            r"\b(?:ya|he|hemos|ha|han)\b" if chosen.lang == "es" else r"\b(?:already|have|has)\b|'ve\b",
            _fold_keep(before)) and \
            _when_gone_by(folded_raw, here, token.end - sentence.start, today) and \
            not _TODAY.search(_fold_keep(sentence.text)):
        return None  # "En septiembre le condonamos la comisión", "a voucher was issued to you in August": history
    told_before = _fold_keep(sentence.text[:here])
    if status == "done" and (said := list(_RECORDS_SAY.finditer(told_before))) and \
            not _SO_WE.search(told_before[said[-1].end():]) and not _TODAY.search(folded_raw):
        return None  # "Según nuestros registros los Bs 300 ya fueron devueltos el 13/11": what the file shows, history
    if lemma in ("ingresar", "registrar", "log", "register") and re.match(
            r"\s*(?:\w+\s+){0,2}?(?:con|bajo|under|with) (?:el |la |the )?(?:numero|n[°º]|no\.?|folio|codigo|radicado|"
            r"ticket|reference|referencia|number)\b", folded_after):
        return None  # "su desconocimiento fue ingresado con el número 7730221": logged, not money paid in
    if passive and subject != "named" and _hollow_subject(sentence, index) and \
            lemma not in ("corregir", "correct", "rectificar", "amend") and \
            not (lemma in ("pay", "pagar", "settle", "liquidar") and _TODAY.search(_fold_keep(sentence.text)) and
                 re.search(r"\b(?:claim|reclamacion|reclamo|siniestro)\b", _fold_keep(sentence.text)) and
                 (money(sentence.text) or sentence.text.rstrip().endswith(":"))):
        return None  # "la solicitud será resuelta": deciding on a request is not a remedy (an insurance claim paid today,
        # with its sum, is: "su reclamación se pagó hoy: $1.850.000")
    if status == "done" and lemma in ("approve", "authorise", "authorize", "aprobar", "autorizar"):
        status = "promised"  # "ya autorizamos el cambio": the decision is made, the remedy still has to come
    if status == "done" and lemma in ("order", "ordenar"):
        status = "promised"  # "I've ordered a new one": on its way to them, and when it reaches them is still to say
    if status == "done" and lemma in _ARRANGING and kinds & {REPAIR}:
        status = "promised"  # "I've arranged for an engineer to come out": booked, and the visit still to come
    if lemma == "void" and re.search(r"\b(?:invoice|bill|booking|reservation|ticket|order|policy|contract|voucher|"
                                     r"cheque|check)s?\b", _fold_keep(before)[-50:] + " " + folded_after[:50]):
        kinds = set(kinds) | {CANCELLATION}  # "The self-pay invoice for $412.00 is voided": the bill no longer stands
    if lemma in ("cancel", "cancelar", "anular") and re.match(r"\s*(?:\w+\s+){0,2}?(?:charge|fee|cargo|cobro|recargo)s?\b",
                                                           folded_after):
        kinds = set(kinds) | {CORRECTION}  # "ya cancelamos ese cargo": the bill put right
    if lemma in ("remove", "quitar", "eliminar", "retirar", "delete") and (re.search(
            r"\b(?:add-?on|bolt-on|paquete|package|complemento|suscripcion|subscription|licencias?|licen[cs]es?|seats?|"
            r"pase|passes|bundle)\b", _fold_keep(before)[-50:] + " " + folded_after[:50]) or re.search(
            r"\b(?:from|off|de|a)\s+(?:your|tu|su)\s+(?:line|linea|plan|contract|contrato)\b", folded_after[:60])) and \
            not re.search(r"\b(?:charges?|fees?|cargos?|cobros?|recargos?|comision\w*)\b", folded_after[:40]):
        # "the roaming add-on has been removed", "quitamos el paquete de fútbol", "he quitado las 8 licencias", "le
        # quité el pase de roaming a su línea" (not a charge taken off: that is the bill put right)
        kinds = set(kinds) | {CANCELLATION}
    if lemma in ("cambiar", "change", "sustituir", "reemplazar", "replace", "swap", "corregir", "correct") and re.search(
            r"\b(?:incorrect|wrong|erroneous|estimated|incorrect[oa]s?|equivocad[oa]s?|erronea?s?|estimad[oa]s?)\s+"
            r"(?:\w+\s+){0,2}?(?:reading|readings|lectura|lecturas|entry|entries|record|records|registro|dato|datos|"
            r"figure|figures|name|nombre|address|direccion|date|fecha|code|codes|codigo|codigos|amount|importe|monto|"
            r"rate|tarifa|tier|price|precio)\b", _fold_keep(before)[-60:]) or re.match(
            r"\s*(?:\w+\s+){0,3}?(?:with|by|por|con)\s+(?:the|a|el|la|los|las|uno|una)\s+(?:right|correct|correct[oa]s?|"
            r"buen[oa]s?)\b", folded_after):
        kinds = set(kinds) | {CORRECTION}  # "the incorrect reading has been replaced with your actual reading", "the
        # diagnosis code was replaced with the right one"
    if lemma in ("cambiar", "change", "sustituir", "reemplazar", "replace", "swap") and (
            subject == "agent" or any(_is_agent(t.norm) for t in sentence.tokens[max(0, index - 4):index])):
        kinds = set(kinds) | {REPAIR}  # "el jefe de mantenimiento cambió el termostato": a repair done
    if lemma == "call" and re.match(r"\s*(?:out|round|over)\b", folded_after):
        kinds = set(kinds) | {REPAIR}  # "Declan's calling out to you Monday morning": a visit, not a phone call
    if set(kinds) == {CANCELLATION} and re.match(r"\s*(?:\w+\s+){0,2}?(?:penalizacion|penalidad|penalty|multa|fine|"
                                                 r"charge|fee|cargo|cobro|recargo|comision)(?:es|s)?\b", folded_after):
        kinds = {CANCELLATION, CORRECTION}  # "anulado la penalización de 120 €": the bill put right
    timed = _timed_by(sentence.text, today)
    if lemma in ("order", "ordenar") and not has_future_date(sentence.text, today) and not re.search(
            r"\b(?:by|within|before|tomorrow|antes del?|manana|en \d+ dias)\b", _fold_keep(sentence.text)):
        timed = False  # (a clock time gone by is not when a thing ordered reaches them)
    return Commitment(token.start, token.end, frozenset(kinds), status, number, token.text, timed,
                      tuple(amounts), lemma)


_DESTINATION = re.compile(r"^\s*(?:(?:this|it|that|them|(?:your|su|tu) (?:case|complaint|request|query|feedback|comments?|"
                          r"claim|issue|concern|email|message|caso|queja|reclamo|reclamacion|solicitud|consulta|"
                          r"comentarios?|pedido|inquietud|incidencia|mensaje|correo|problema)|lo|la|el caso|esto)\s+)?(?:(?:on|through|over|across|along)\s+)?"
                          r"(?:to|a|al|con|with)\s+(?!(?:your|su|tu|vuestr\w*)\b)(?:(?:the|our|my|a|el|la|nuestro|nuestra|mi|un|una)\s+)?"
                          r"(?:[\w-]+\s+){0,3}(?:team|department|supervisor|manager|colleagues|specialists|hub|desk|unit|office|partner|"
                          r"staff|kitchen|cocina|equipo|departamento|area|supervisor|responsable|gerente|companeros|especialistas|oficina|"
                          r"centro|sucursal)\b")


_DESTINATION_ANYWHERE = re.compile(
    r"\b(?:over |on |through |across )?(?:to|a|al)\s+(?:the|our|my|nuestro|nuestra|el|la|mi)\s+(?:[\w-]+\s+){0,3}"
    r"(?:team|department|supervisor|manager|colleagues|specialists|hub|desk|unit|partner|partners|crew|staff|kitchen|"
    r"equipo|departamento|area|responsable|gerente|especialistas|socio|proveedor|empresa|compania|aerolinea|"
    r"fabricante|airline|manufacturer)\b|"
    r"\b(?:to|a|al|en)\s+(?:your|the|su|tu|el|la)\s+(?:\w+\s+)?(?:file|record|records|case|expediente|ficha|historial|"
    r"notes|profile notes)\b")


_DETERMINERS_ANY = frozenset("the a an your our my this that these those his her their su sus tu tus el la los las un una "
                             "unos unas nuestro nuestra mi mis este esta le te lo se en in on".split())


def _passes_on(after: str) -> bool:
    """"sent this through to our escalations team", "hemos pasado su caso al departamento": passing it on."""
    # "issued to your registered email": the address on file, not a complaint "registered"
    head = re.sub(r"\b(?:registered|registrad[oa])\s+(?=(?:e-?mail|address|mobile|number|phone|correo|direccion|"
                  r"telefono|celular|movil)\b)", "", after.split(",")[0])
    if _DESTINATION.search(head) or _DESTINATION_ANYWHERE.search(head[:120]):
        return True
    if re.match(r"\s*(?:to|into|a|al)\s+(?:your|the|su|tu)\s+(?:\w+\s+)?(?:e-?mail|inbox|correo)\b", head):
        return False  # "a voucher has been issued to your email": where it went, not what was sent
    first = re.findall(r"\w+", head)[:5]
    content = [w for w in first if w not in _DETERMINERS_ANY and w not in ("de", "of", "del")]
    if any(_noun_kinds(a) and b in _HOLLOW_OBJECTS and (a, b) != ("credit", "note")
           for a, b in zip(content[:3], content[1:4])):
        return True  # "a refund request", "a compensation claim": the request is the object (a credit note is money)
    if content[:1] == ["pedido"] and len(content) > 1 and _noun_kinds(content[1]):
        return True  # "iniciamos el pedido de reintegro": a request for a refund, someone else decides
    if content and content[0] in _HOLLOW_OBJECTS and not (
            len(content) > 1 and _noun_kinds(content[1]) and content[0] in ("nota", "note", "copia", "copy", "notas")):
        return True  # "tu solicitud de crédito", "your claim for compensation": the request, not the remedy
    return bool(first) and any(w in _HOLLOW_OBJECTS for w in first[:3]) and not any(
        _noun_kinds(w) and _noun_kinds(w) != {CORRECTION, REFUND} for w in first)  # a charge is no remedy


_PURPOSE = re.compile(r"\b(?:para que|para|so that|in order to|so as to)\b|\bto\s+(\w+)")


def _before_purpose(after: str) -> str:
    """What follows a verb up to a purpose clause ("to help with your bags", "para que un técnico..."): the
    remedy named after it is the purpose's, not the verb's object."""
    for match in _PURPOSE.finditer(after):
        word = match.group(1)
        if word is None or any(f.tense == "base" for f in _morph().forms(word.lower())) or \
                word.lower() in ("help", "make", "ensure", "avoid", "check", "see", "let", "keep", "discuss",
                                 "confirm", "arrange", "start", "get", "talk", "do", "say", "find", "review", "look"):
            return after[:match.start()]
    return after


#: Verbs of saying: the "que"/"that" after them opens what is said, not a relative clause.
_SAYING = frozenset("digo decimos dice aviso avisamos indico indicamos comento comentamos recuerdo recordamos "
                    "aseguro aseguramos garantizo garantizamos saber say confirm inform tell advise know".split())


#: Verbs that book something for later: done, they leave the visit itself to come.
_ARRANGING = frozenset("arrange book schedule organise organize set squeeze generar programar agendar gestionar coordinar "
                       "concertar reservar reprogramar reagendar reschedule rebook".split())


def _says(norm: str) -> bool:
    return norm in _SAYING or norm.startswith(("inform", "comunic", "confirm", "notific"))


def _relative_antecedent(sentence: Sentence, index: int) -> str | None:
    """The noun a relative clause hangs from, when the verb is in one: "el enlace (que le hemos) remitido"."""
    for position in range(index - 1, max(-1, index - 5), -1):
        norm = sentence.tokens[position].norm
        if norm in ("que", "that", "which", "cual", "cuales"):
            head = [t.norm for t in sentence.tokens[max(0, position - 3):position]]
            if head and head[-1] in ("asi", "ya", "modo", "manera", "forma", "so", "now", "such"):
                return None  # "así que se le devolvieron": a consequence, no relative clause
            if head and _says(head[-1]):
                return None  # "le informo que ya se realizó": what we say, not a noun described
            hollow = [w for w in head if w in _HOLLOW_OBJECTS]
            return hollow[0] if hollow else (head[-1] if head else "")  # "el enlace de pago que..."
        if norm not in _ES_CLITIC and norm not in _HABER_DONE and norm not in _HAVE_EN and norm not in (
                "we", "i", "ya", "se", "you", "they"):
            return None
    return None


_COMPLAINT_DATE = re.compile(
    r"\b(?:" + _THEIR_CONTACT + r"|charged|billed|debited|taken|cobrad[oa]s?|cargad[oa]s?|facturad[oa]s?)"
    r"\s+(?:de fecha\s+|del?\s+|of\s+|dated\s+|from\s+|on\s+|el\s+)"
    r"(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?[a-z]+(?:\s+(?:de\s+)?\d{4})?|"
    r"[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)", re.IGNORECASE)


def _hollow_subject(sentence: Sentence, index: int) -> bool:
    """Whether the passive's subject is a request or a record: the first such noun in the sentence decides
    (after the verb first, for the Spanish "se aprobó la indemnización"; the head right before an English
    auxiliary, for "the driver's delivery photo is attached")."""
    if index >= 2 and sentence.tokens[index - 1].norm in ("is", "are", "was", "were", "'s", "been") and \
            sentence.tokens[index - 2].norm in _HOLLOW_OBJECTS:
        return True
    if index > 0 and sentence.tokens[index - 1].norm in ("se", "le", "les"):
        verb_end = sentence.tokens[index].end - sentence.start
        if any(m.start <= 3 for m in money(sentence.text[verb_end:verb_end + 24])):
            return False  # "en su recibo del 8 de diciembre se le bonifican $180": the sum is what is given
        for position in range(index + 1, min(index + 4, len(sentence.tokens))):
            norm = sentence.tokens[position].norm
            end = sentence.tokens[position].end - sentence.start
            if norm in _HOLLOW_OBJECTS and not money(sentence.text[end:end + 16]) and \
                    not re.match(r"\s+de (?:cr[eé]dito|abono)\b", sentence.text[end:]):  # "una nota de crédito"
                return True  # (but "se le devolvió la consulta de S/ 150": the visit's fee, given back)
            if _noun_kinds(norm) or _CHARGE_SUBJECT.fullmatch(norm):
                return False  # (also "se eliminaron los recargos": the charges are what went)
    start = max((p + 1 for p in range(1, index) if sentence.tokens[p].norm in ("que", "that") and
                 (_says(sentence.tokens[p - 1].norm) or p >= 2 and sentence.tokens[p - 1].norm in (
                     "you", "us", "le", "les", "te") and _says(sentence.tokens[p - 2].norm)) or sentence.tokens[p].norm in ("and", "but", "y", "pero")
                 and p + 1 < index),
                default=0)  # "your claim has been approved and €400 was transferred": €400 is what moved
    for position in range(start, index):  # "su queja radicada el 24, le informamos que se reversó": what is said
        norm = sentence.tokens[position].norm
        if norm in _HOLLOW_OBJECTS and position >= 1 and sentence.tokens[position - 1].norm in ("please", "kindly", "pls",
                                                                                               "plz"):
            continue  # "please note that your late fee has been removed": the verb "note", not a note
        if norm in ("number", "numero", "registered", "registrado") and any(
                t.norm in ("mobile", "phone", "contact", "telephone", "movil", "celular", "telefono", "whatsapp")
                for t in sentence.tokens[max(0, position - 2):position + 2]):
            continue  # "your registered mobile number has been updated": a detail of theirs, not a case number
        if norm in _HOLLOW_OBJECTS and position >= 2 and sentence.tokens[position - 1].norm in ("your", "su", "tu") \
                and sentence.tokens[position - 2].norm in ("per", "segun", "to", "a", "con", "with"):
            continue  # "As per your request, a goodwill credit has been added", "conforme a su solicitud, su boleto
            # ha sido anulado": how it came about, not the subject
        if norm in _HOLLOW_OBJECTS:
            return True
        if _noun_kinds(norm) and position + 1 < index and sentence.tokens[position + 1].norm in _HOLLOW_OBJECTS and \
                not (norm == "credit" and sentence.tokens[position + 1].norm == "note"):
            return True  # "your cancellation request has been raised": the request, not the cancellation (a credit
            # note is the credit itself, on paper: "Credit note CN-2026-1187 for Rs. 12,400 has been issued today")
        if _noun_kinds(norm):
            return False
    return False


def _rank(status: str) -> int:
    return {"done": 4, "promised": 3, "present_or_done": 2, "present": 1}.get(status, 0)
