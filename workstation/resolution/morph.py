"""Word forms of the verbs that carry a remedy, in English and Spanish, generated from their lemmas.

The gate does not look for surface strings ("we have refunded"): it reads a
word as a form of a lemma (``devuelto`` is the participle of ``devolver``,
``sent`` the past of ``send``) with its tense and person, and leaves it to
:mod:`workstation.resolution.commitments` to read the words around it. This
module only knows morphology: regular conjugation, the irregular stems that
matter here, and Spanish enclitic pronouns (``devolvérselo``, ``enviarle``).

Every form is folded (lower case, no accents), as the text is before it is
read, so "devolvera" (typed without its accent) is the future of devolver.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lower case without accents (ñ kept as n too: typists drop it as often)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@dataclass(frozen=True)
class Form:
    """One reading of a word: the verb's lemma, the tense (or non-finite form) and the person.

    ``tense`` is one of: ``base`` (English bare form), ``s`` (English third
    person present), ``past``, ``pp`` (participle), ``ing`` (English -ing,
    Spanish gerund), ``inf``, ``pres``, ``pret``, ``impf``, ``fut``, ``cond``,
    ``subj``, ``imp`` (Spanish imperative). ``person`` is ``1s``, ``1p``,
    ``2s``, ``3s``, ``3p`` or empty.
    """

    lemma: str
    tense: str
    person: str = ""
    lang: str = "en"


# --- English ------------------------------------------------------------------------------

_EN_IRREGULAR = {
    "send": ("sent", "sent"), "resend": ("resent", "resent"), "put": ("put", "put"), "take": ("took", "taken"),
    "freeze": ("froze", "frozen"), "unfreeze": ("unfroze", "unfrozen"), "run": ("ran", "run"),
    "withdraw": ("withdrew", "withdrawn"),
    "give": ("gave", "given"), "get": ("got", "gotten got"), "go": ("went", "gone"), "pay": ("paid", "paid"),
    "repay": ("repaid", "repaid"), "come": ("came", "come"), "ring": ("rang", "rung"), "make": ("made", "made"),
    "leave": ("left", "left"), "set": ("set", "set"), "see": ("saw", "seen"), "have": ("had", "had"),
    "do": ("did", "done"), "redo": ("redid", "redone"), "find": ("found", "found"), "bring": ("brought", "brought"),
    "knock": ("knocked", "knocked"), "reset": ("reset", "reset"), "rebuild": ("rebuilt", "rebuilt"),
    "upgrade": ("upgraded", "upgraded"), "write": ("wrote", "written"), "speak": ("spoke", "spoken"),
    "undo": ("undid", "undone"), "overnight": ("overnighted", "overnighted"), "drive": ("drove", "driven"),
    "stick": ("stuck", "stuck"), "hold": ("held", "held"), "buy": ("bought", "bought"), "keep": ("kept", "kept"),
    "lend": ("lent", "lent"), "wire": ("wired", "wired"),
}
_EN_DOUBLE = {"ship", "reship", "swap", "skip", "chip", "strip",  "top", "drop", "stop", "plan", "refit", "scrap", "zap", "pop", "slip", "transfer",
              "refer", "remit", "commit", "admit", "submit", "fit", "resubmit"}


#: Irregular verbs whose -ing doubles the last letter: "putting", "setting", "running", "getting".
_EN_DOUBLE_ING = frozenset({"put", "set", "run", "get"})


def _en_forms(lemma: str) -> dict[str, set[str]]:
    """Form -> tenses, for one English verb."""
    forms: dict[str, set[str]] = {}

    def add(word: str, tense: str) -> None:
        forms.setdefault(word, set()).add(tense)

    add(lemma, "base")
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        add(lemma + "es", "s")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        add(lemma[:-1] + "ies", "s")
    else:
        add(lemma + "s", "s")
    if re.search(r"[^aeiou][aeiou]l$", lemma) and lemma not in ("fail", "feel", "mail", "email"):
        # British doubling beside the American: cancelled and canceled, labelling and labeling.
        for word, tense in ((lemma + "led", "past"), (lemma + "led", "pp"), (lemma + "ling", "ing")):
            add(word, tense)
    if lemma in _EN_DOUBLE:
        stem = lemma + lemma[-1]
        add(stem + "ed", "past")
        add(stem + "ed", "pp")
        add(stem + "ing", "ing")
    else:
        if lemma in _EN_IRREGULAR:
            past, participles = _EN_IRREGULAR[lemma]
            add(past, "past")
            for participle in participles.split():
                add(participle, "pp")
        elif lemma.endswith("e"):
            add(lemma + "d", "past")
            add(lemma + "d", "pp")
        elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            add(lemma[:-1] + "ied", "past")
            add(lemma[:-1] + "ied", "pp")
        else:
            add(lemma + "ed", "past")
            add(lemma + "ed", "pp")
        if lemma in _EN_DOUBLE_ING:
            add(lemma + lemma[-1] + "ing", "ing")  # "the tech is putting it in Saturday morning"
        elif lemma.endswith("ie"):
            add(lemma[:-2] + "ying", "ing")
        elif lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
            add(lemma[:-1] + "ing", "ing")
        else:
            add(lemma + "ing", "ing")
    # British and American spellings of -ise/-ize verbs.
    if lemma.endswith("ize") or lemma.endswith("ise"):
        other = lemma[:-3] + ("ise" if lemma.endswith("ize") else "ize")
        for word, tenses in list(_en_forms_plain(other).items()):
            for tense in tenses:
                add(word, tense)
    return forms


def _en_forms_plain(lemma: str) -> dict[str, set[str]]:
    forms: dict[str, set[str]] = {}
    for word, tense in ((lemma, "base"), (lemma + "s", "s"), (lemma + "d", "past"), (lemma + "d", "pp"),
                        (lemma[:-1] + "ing", "ing")):
        forms.setdefault(word, set()).add(tense)
    return forms


# --- Spanish ------------------------------------------------------------------------------

_ES_ENDINGS = {
    "ar": {
        "pres": ("o", "as", "a", "amos", "an"), "pret": ("e", "aste", "o", "amos", "aron"),
        "impf": ("aba", "abas", "aba", "abamos", "aban"), "subj": ("e", "es", "e", "emos", "en"),
        "imp": ("", "a", "e", "emos", "en"), "ger": "ando", "pp": "ado",
    },
    "er": {
        "pres": ("o", "es", "e", "emos", "en"), "pret": ("i", "iste", "io", "imos", "ieron"),
        "impf": ("ia", "ias", "ia", "iamos", "ian"), "subj": ("a", "as", "a", "amos", "an"),
        "imp": ("", "e", "a", "amos", "an"), "ger": "iendo", "pp": "ido",
    },
    "ir": {
        "pres": ("o", "es", "e", "imos", "en"), "pret": ("i", "iste", "io", "imos", "ieron"),
        "impf": ("ia", "ias", "ia", "iamos", "ian"), "subj": ("a", "as", "a", "amos", "an"),
        "imp": ("", "e", "a", "amos", "an"), "ger": "iendo", "pp": "ido",
    },
}
_PERSONS = ("1s", "2s", "3s", "1p", "3p")
_FUT = ("e", "as", "a", "emos", "an")
_COND = ("ia", "ias", "ia", "iamos", "ian")

#: Irregular pieces, folded: the stem of the present where it changes (boot verbs), the future and
#: conditional stem, the participle, the preterite stem (strong preterites), and whole odd forms.
_ES_IRREGULAR: dict[str, dict[str, str]] = {
    "devolver": {"pres_stem": "devuelv", "pp": "devuelto"},
    "descontar": {"pres_stem": "descuent"},
    "volver": {"pres_stem": "vuelv", "pp": "vuelto"},
    "resolver": {"pres_stem": "resuelv", "pp": "resuelto"},
    "poner": {"fut": "pondr", "pp": "puesto", "pret_stem": "pus", "pres_1s": "pongo", "subj_stem": "pong"},
    "reponer": {"fut": "repondr", "pp": "repuesto", "pret_stem": "repus", "pres_1s": "repongo",
                "subj_stem": "repong"},
    "hacer": {"fut": "har", "pp": "hecho", "pres_1s": "hago", "subj_stem": "hag",
              "pret_whole": "hice:1s hiciste:2s hizo:3s hicimos:1p hicieron:3p"},
    "rehacer": {"fut": "rehar", "pp": "rehecho", "pres_1s": "rehago", "subj_stem": "rehag",
                "pret_whole": "rehice:1s rehizo:3s rehicimos:1p rehicieron:3p"},
    "salir": {"fut": "saldr", "pres_1s": "salgo", "subj_stem": "salg"},
    "tener": {"fut": "tendr", "pres_stem": "tien", "pret_stem": "tuv", "pres_1s": "tengo", "subj_stem": "teng"},
    "venir": {"fut": "vendr", "pres_stem": "vien", "pret_stem": "vin", "pres_1s": "vengo", "subj_stem": "veng"},
    "decir": {"fut": "dir", "pp": "dicho", "pret_stem": "dij", "pres_stem": "dic", "pres_1s": "digo",
              "subj_stem": "dig"},
    "cubrir": {"pp": "cubierto"},
    "abrir": {"pp": "abierto"},
    "escribir": {"pp": "escrito"},
    "ver": {"pp": "visto", "impf_stem": "ve"},
    "dar": {"pres_1s": "doy", "pret_whole": "di:1s diste:2s dio:3s dimos:1p dieron:3p"},
    "mover": {"pres_stem": "muev"},
    "atender": {"pres_stem": "atiend"},
    "extender": {"pres_stem": "extiend"},
    "cerrar": {"pres_stem": "cierr"},
    "empezar": {"pres_stem": "empiez"},
    "comenzar": {"pres_stem": "comienz"},
    "concertar": {"pres_stem": "conciert"},
    "sentar": {"pres_stem": "sient"},
    "reenviar": {"accent_i": "reenvi"},
    "enviar": {"accent_i": "envi"},
    "recoger": {"pres_1s": "recojo", "subj_stem": "recoj"},
    "transferir": {"pres_stem": "transfier", "pret3_stem": "transfir", "subj_stem": "transfier"},
    "corregir": {"pres_stem": "corrig", "pres_1s": "corrijo", "subj_stem": "corrij", "pret3_stem": "corrig"},
    "revertir": {"pres_stem": "reviert", "pret3_stem": "revirt", "subj_stem": "reviert"},
    "elegir": {"pres_stem": "elig", "pres_1s": "elijo", "subj_stem": "elij"},
    "conseguir": {"pres_stem": "consig", "pres_1s": "consigo", "subj_stem": "consig"},
    "sustituir": {"y_verb": "sustitu"},
    "restituir": {"y_verb": "restitu"},
    "incluir": {"y_verb": "inclu"},
    "reconstruir": {"y_verb": "reconstru"},
    "restablecer": {"pres_1s": "restablezco", "subj_stem": "restablezc"},
    "establecer": {"pres_1s": "establezco", "subj_stem": "establezc"},
    "reconocer": {"pres_1s": "reconozco", "subj_stem": "reconozc"},
    "ofrecer": {"pres_1s": "ofrezco", "subj_stem": "ofrezc"},
    "llegar": {"pret_1s": "llegue", "subj_stem": "llegu"},
    "entregar": {"pret_1s": "entregue", "subj_stem": "entregu"},
    "pagar": {"pret_1s": "pague", "subj_stem": "pagu"},
    "aplicar": {"pret_1s": "aplique", "subj_stem": "apliqu"},
    "rectificar": {"pret_1s": "rectifique", "subj_stem": "rectifiqu"},
    "bonificar": {"pret_1s": "bonifique", "subj_stem": "bonifiqu"},
    "programar": {},
    "ir": {},  # handled whole below
}
_IR_FORMS = {
    "voy": ("pres", "1s"), "vas": ("pres", "2s"), "va": ("pres", "3s"), "vamos": ("pres", "1p"), "van": ("pres", "3p"),
    "ire": ("fut", "1s"), "ira": ("fut", "3s"), "iremos": ("fut", "1p"), "iran": ("fut", "3p"),
    "ido": ("pp", ""), "yendo": ("ing", ""), "ir": ("inf", ""), "vaya": ("subj", "3s"), "vayamos": ("subj", "1p"),
    "vayan": ("subj", "3p"),
}

_CLITICS = ("selos", "selas", "selo", "sela", "noslo", "nosla", "melo", "mela", "telo", "tela", "les", "los", "las",
            "nos", "le", "lo", "la", "se", "me", "te", "os")


def _es_forms(lemma: str) -> dict[str, set[tuple[str, str]]]:
    """Form -> (tense, person) pairs, for one Spanish verb (folded)."""
    if lemma == "ir":
        return {word: {pair} for word, pair in _IR_FORMS.items()}
    forms: dict[str, set[tuple[str, str]]] = {}

    def add(word: str, tense: str, person: str = "") -> None:
        forms.setdefault(word, set()).add((tense, person))

    stem, group = lemma[:-2], lemma[-2:]
    irregular = _ES_IRREGULAR.get(lemma, {})
    endings = _ES_ENDINGS[group]
    add(lemma, "inf")
    add(stem + endings["ger"] if not irregular.get("y_verb") else irregular["y_verb"] + "yendo", "ing")
    participle = irregular.get("pp", stem + endings["pp"])
    for suffix in ("", "s"):
        add(participle + suffix, "pp")
        if participle.endswith("o"):
            add(participle[:-1] + "a" + suffix, "pp")
    pres_stem = irregular.get("pres_stem", stem)
    y_stem = irregular.get("y_verb")
    for index, person in enumerate(_PERSONS):
        ending = endings["pres"][index]
        boot = person in ("1s", "2s", "3s", "3p")
        word_stem = (y_stem + "y") if y_stem and boot else (pres_stem if boot else stem)
        add(word_stem + ending, "pres", person)
        pret_ending = endings["pret"][index]
        if y_stem and person in ("3s", "3p"):
            add(y_stem + ("yo" if person == "3s" else "yeron"), "pret", person)
        else:
            add(stem + pret_ending, "pret", person)
        add(stem + endings["impf"][index], "impf", person)
        spelled = _spelled(stem) if group == "ar" else stem
        subj_stem = irregular.get("subj_stem", (y_stem + "y") if y_stem else (pres_stem if boot else spelled))
        add(subj_stem + endings["subj"][index], "subj", person)
        fut_stem = irregular.get("fut", lemma)
        add(fut_stem + _FUT[index], "fut", person)
        add(fut_stem + _COND[index], "cond", person)
    if group == "ar" and _spelled(stem) != stem:
        add(_spelled(stem) + "e", "pret", "1s")  # cargué, apliqué, rechacé
    if "pres_1s" in irregular:
        add(irregular["pres_1s"], "pres", "1s")
    if "pret_1s" in irregular:
        add(irregular["pret_1s"], "pret", "1s")
    if "pret_stem" in irregular:
        strong = irregular["pret_stem"]
        for ending, person in (("e", "1s"), ("iste", "2s"), ("o", "3s"), ("imos", "1p"), ("ieron", "3p"),
                               ("eron", "3p")):
            add(strong + ending, "pret", person)
    if "pret_whole" in irregular:
        for pair in irregular["pret_whole"].split():
            word, person = pair.split(":")
            add(word, "pret", person)
    if "pret3_stem" in irregular:
        add(irregular["pret3_stem"] + "io", "pret", "3s")
        add(irregular["pret3_stem"] + "ieron", "pret", "3p")
    # Imperatives for usted/ustedes are the subjunctive; tú's is the third person present.
    for person, index in (("3s", 2), ("3p", 4)):
        subj_stem = irregular.get("subj_stem", (y_stem + "y") if y_stem else pres_stem)
        add(subj_stem + endings["subj"][index], "imp", person)
    add((y_stem + "y" if y_stem else pres_stem) + endings["pres"][2], "imp", "2s")
    return forms


def _spelled(stem: str) -> str:
    """The stem before an e in -ar verbs: carg-ue, apliqu-e, rechac-e."""
    if stem.endswith("g"):
        return stem + "u"
    if stem.endswith("c"):
        return stem[:-1] + "qu"
    if stem.endswith("z"):
        return stem[:-1] + "c"
    return stem


def _strip_clitics(word: str) -> list[str]:
    """``enviarsela`` -> ``enviar``, ``devolviendole`` -> ``devolviendo``: the verb under enclitics."""
    found = []
    rest = word
    for _ in range(2):
        for clitic in _CLITICS:
            if rest.endswith(clitic) and len(rest) > len(clitic) + 3:
                rest = rest[: -len(clitic)]
                found.append(rest)
                break
        else:
            break
    return found


#: The order a word's readings are tried in, when two of them read equally well.
_TENSE_ORDER = ["pp", "past", "base", "s", "ing", "inf", "pres", "pret", "impf", "fut", "cond", "subj", "imp"]


class Morphology:
    """Reads words as forms of the lemmas it was given."""

    def __init__(self, en_lemmas: set[str], es_lemmas: set[str]) -> None:
        # Sorted, so that a word's readings come in the same order in every process (sets are not).
        self._table: dict[str, list[Form]] = {}
        #: What a word not in the table reads as under its enclitics (often nothing), kept once read.
        self._under_clitics: dict[str, list[Form]] = {}
        for lemma in sorted(en_lemmas):
            for word, tenses in _en_forms(lemma).items():
                for tense in sorted(tenses, key=_TENSE_ORDER.index):
                    self._table.setdefault(word, []).append(Form(lemma, tense, "", "en"))
        for lemma in sorted(es_lemmas):
            for word, pairs in _es_forms(lemma).items():
                if len(word) <= 2 and word not in ("di", "va"):
                    continue  # "de", "da", "ve": far more often a preposition or another word than a verb
                for tense, person in sorted(pairs, key=lambda pair: (_TENSE_ORDER.index(pair[0]), pair[1])):
                    self._table.setdefault(word, []).append(Form(lemma, tense, person, "es"))

    def forms(self, word: str) -> list[Form]:
        """Every reading of a folded word, enclitics stripped for Spanish infinitives, gerunds, imperatives."""
        found = self._table.get(word)
        if found:
            return found
        known = self._under_clitics.get(word)
        if known is None:
            if len(self._under_clitics) > 100_000:
                self._under_clitics.clear()  # (a long session's words, read again when met again)
            known = self._under_clitics[word] = self._read_under_clitics(word)
        return known

    def _read_under_clitics(self, word: str) -> list[Form]:
        for bare in _strip_clitics(word):
            readings = [f for f in self._table.get(bare, ()) if f.lang == "es" and f.tense in ("inf", "ing", "imp")]
            if readings:
                return readings
        return []


@lru_cache(maxsize=1)
def _cached(en: frozenset[str], es: frozenset[str]) -> Morphology:
    return Morphology(set(en), set(es))


def morphology(en_lemmas: frozenset[str], es_lemmas: frozenset[str]) -> Morphology:
    return _cached(en_lemmas, es_lemmas)
