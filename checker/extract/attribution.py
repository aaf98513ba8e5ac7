"""Who a figure is credited to: "selon l'OSDH", "the Gaza health ministry said", "a annoncé
dimanche le ministre", "« ... », a déclaré John Kerry".

The cues (reporting verbs, "selon", source nouns, titles, the words that name a toll's author)
come from the `attribution` section of `checker/lang/<lang>/figures.yaml`, compiled into the
`FigureLexicon`; this module reads a sentence with them. Called by `checker.extract.figures`
once per record; the cues of a sentence are read once for all its figures.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

from checker.extract.numbers import fold
from checker.extract.text import inside
from checker.extract.windows import time_reader
from checker.lang import cue_alternatives, cues, supported_languages
from checker.schema import Article

if TYPE_CHECKING:  # figures.py imports this module; these names are only annotations here
    from checker.extract.figures import Candidate, FigureLexicon

# "Bénin : 54 militaires tués (gouvernement)", "Syrie : 30 morts dans des raids (ONG)": a headline that
# ends on its source in brackets, no closing stop
HEADLINE_BRACKET_CREDIT = re.compile(r"\s\((?P<name>[^()\d.;:!?]{2,40})\)\s*$")
ACRONYM_NAME = re.compile(r"[A-Z]{2,8}")
HEADLINE_CREDIT = re.compile(r"(?:\s[-–—]\s+|:\s+)(?P<name>[^-–—.;:!?\d]{2,60}?)\s*$")  # "... - rights group", "...: Ethiopian rights body"
SAID_BEFORE = re.compile(r"([A-ZÉ][\w'’.-]+(?:\s+[A-ZÉ][\w'’.-]+){0,3})\s+(?:" + cues("said_before") + r")\s*:?\s*$")
DAY_OR_YEAR = re.compile(r"(?:1er|\d{1,2}|(?:19|20)\d\d)")  # a day of the month or a year
DAY_ARTICLES = frozenset(cue_alternatives("day_det"))  # "le" before a day ("le 3 mars")
CAPITALISED = re.compile(r"^(?:" + cues("article_before_name") + r")?[A-ZÉ]")
# "Iraqi Maj. Gen. Ahmed al-Awad said", "al-Araji said": an Arabic name's article "al-"/"el-" is part of the name
SUBJECT_END = re.compile(r"((?:(?:" + cues("subject_det") + r") |" + cues("subject_det_elided") + r")?(?:[ae]l-)?[A-ZÉ][\w'’.-]+(?:\s+(?:[ae]l-)?[A-ZÉ][\w'’.-]+){0,3})$")
# "spokesperson Vivian van de Perre", ", Oleg Synegoubov": a person's name after a title
PERSON = r"(?P<name>[A-ZÉ][\w’'-]+(?:\s+(?:(?:van|de|der|von|al|el|bin|ben|abu|ould|ag)\s+)*[A-ZÉ][\w’'-]+){1,3})"
VIA_END = re.compile(r"\s+(?:" + cues("via_verb") + r")\w*\b.*$", re.S)
TRAILING_AUX = set(cue_alternatives("trailing_aux"))
# "a similar accident was recorded on Monday": an auxiliary of the passive right before a reporting verb
PASSIVE_AUX = re.compile(r"\b(?:" + cues("passive_aux") + r")\s+$") if cue_alternatives("passive_aux") else None
# what makes a reporting verb's subject no source, right before the verb: an auxiliary of the passive,
# or a determiner before a participle used as an adjective ("the number of confirmed deaths")
NO_SOURCE_BEFORE = re.compile(r"\b(?:" + cues("passive_aux") + r"|" + cues("adjective_det") + r")\s+$")
# "The UN recorded 120 civilian deaths", not "the CTD registered a first information report": a verb whose
# object is what it counts has a source for its subject only when a count follows it
COUNT_OBJECT_VERBS = frozenset(cue_alternatives("count_object_verbs"))
COUNT_OBJECT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?(?:\d|(?:" + cues("count_object_words") + r")\b)")
# "Police on Sunday said": the day between a subject and its reporting verb (cue `subject_trailing_day`)
# "a indiqué le gouvernement dimanche", "said the governor this morning": when, not who
SPEAKER_TRAILING_TIME = re.compile(r"(?<=[\w)])\s+(?:" + cues("speaker_trailing_time") + r")\s*$", re.IGNORECASE)
# "On Monday the ministry said", "Hier soir le ministère a annoncé": the same words opening the name
SPEAKER_LEADING_TIME = re.compile(r"(?:" + cues("speaker_trailing_time") + r")\s*,?\s+(?=\S)", re.IGNORECASE)
SUBJECT_TRAILING_DAY = re.compile(r"(?<=\S)\s+(?:" + cues("subject_trailing_day") + r")$", re.IGNORECASE)
EMPHATIC_AFTER_AUX = set(cue_alternatives("emphatic_after_aux"))
# a reporting verb whose subject stands before it ("the ministry said"), not "selon"
SUBJECT_VERB = re.compile("".join(f"(?!{w})" for w in cue_alternatives("not_subject")))
# "The ministry", "le ministère": a source named again by its noun alone
BARE_TOLL = re.compile(r"(?i)(?:" + cues("bare_toll") + r")")  # "le dernier bilan", "the latest toll": no author
BARE_SOURCE = re.compile(r"^(?:" + cues("bare_source_det") + r")\s*([a-zà-ÿ-]+)$")
# "A ministry statement said", "the ministry's latest report": a source's noun before what it issued
# (a toll or report credited to whoever drew it up, spec section 6)
BARE_SOURCE_ISSUED = re.compile(r"^(?:" + cues("bare_source_issued_det") + r")\s*([a-zà-ÿ-]+)(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:"
                                + cues("bare_source_issued") + r")$") if cue_alternatives("bare_source_issued") else None
# "although residents say": the speaker of a concession (cue `concessive_source`)
CONCESSIVE_SOURCE = re.compile(r"(?:" + cues("concessive_source") + r")\s", re.IGNORECASE)
# "le gouverneur aux journalistes": whom a source spoke to, after its name (cue `recipient_after`)
# (at the name's end, or two words before it: "à l'agence Anadolu"; not "le bilan donné à l'AFP par
# téléphone par le porte-parole ...", whose author comes after)
RECIPIENT_TAIL = re.compile(r"\s+(?:" + cues("recipient_after") + r")(?!\w)(?:\s+\S+){0,2}$", re.IGNORECASE)
# a lower-case gloss in brackets after a lower-case word ("le wali (préfet) de Ghardaïa")
TITLE_GLOSS = re.compile(r"(?<=[a-zà-ÿ]) \([a-zà-ÿ'’-]{3,20}(?: [a-zà-ÿ'’-]{2,20})?\)(?= )")
# the negation particle before a reporting verb, no part of its subject ("l'agence ne recensait qu'...")
NEGATION_TAIL = re.compile(r"\s+(?:" + cues("negation_particle") + r")$") if cue_alternatives("negation_particle") else None
LEADING_PREP = re.compile(r"^(?:" + cues("leading_prep") + r"|(?:" + cues("leading_conjunction") + r") )", re.IGNORECASE)

# (a day after the name ends it: "annonce Santé publique France ce mercredi")
ENTITY = re.compile(r"^\s*((?:" + cues("article_before_name") + r")?[^,.;:()«»\"“”]{2,80}?)(?=\s*(?:[,.;:«»\"“”–—]|\(|\)|$| - | (?:" + cues("entity_end") + r") "
                    r"| (?:" + cues("entity_end_day") + r")))")
# "the U.N. refugee agency", "M. Nugroho", "Gov. Kathy Hochul": stops inside a name, masked while
# its end is looked for (same length, so offsets hold)
# (a single initial before a surname too: "Thanjavur district collector J. Radhakrishnan said", acc-r236)
ABBREVIATION_STOP = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}|(?<![\w.])(?:" + cues("title_abbreviations") + r")\.(?=\s+[A-ZÉ])"
                               r"|(?<![\w.])[A-Z]\.(?=\s+[A-ZÉ][a-zà-ÿ])")
MASKED_STOP = "\u2024"  # one dot leader: no end of ENTITY
CLAUSE_WORD = re.compile(r"(?<![\w'’-])(?:" + cues("clause_word") + r")(?![\w'’-])")  # as written: "l'Est" is a region
# "fait état de sept militaires portés disparus": a phrase opening on "de" and a number is what is reported,
# no name of a source (cue `report_object`; acc-r252)
OBJECT_OF_REPORT = re.compile(r"(?:" + cues("report_object") + r")") if cue_alternatives("report_object") else None
# a subject that opens the sentence or follows a comma (a toll: "Un précédent bilan")
TOLL_SUBJECT = re.compile(r"(?:^|[,:;]\s*)([^,:;]+)$")
# "l'est du Liban fait état de": a name governed by a preposition is no subject
GOVERNED = re.compile(r"(?:^|[\s(])(?:" + cues("name_governed_by") + r")\s*$", re.IGNORECASE)
GOVERNED_START = re.compile(r"(?:" + cues("circumstance_prep") + r")\s", re.IGNORECASE)
# "On dénombre 30 blessés", "a-t-on appris": a pronoun that names no one, no source to look for
IMPERSONAL = frozenset(cue_alternatives("impersonal_pronouns"))
# "le ministère a rapporté que le nombre ...": the conjunction after a cue opens the reported clause, no name
CLAUSE_OPENER = re.compile(r"(?:" + cues("clause_opener") + r")(?![\w-])", re.IGNORECASE)
# "said Monday as rescuers searched": a conjunction right after a reporting verb (and its day) opens a clause (acc-r151)
CLAUSE_CONJ = re.compile(r"(?:" + cues("reported_clause_conj") + r")\s", re.IGNORECASE) if cue_alternatives("reported_clause_conj") else None
# "people said to be missing", "reported to have died": a reporting verb read as a hearsay passive (acc-r151)
HEARSAY_AFTER = re.compile(r"\s+(?:" + cues("hearsay_after") + r")\b") if cue_alternatives("hearsay_after") else None


# "selon un nouveau bilan « stabilisé » annoncé mercredi par le gouvernement", "selon un « bilan
# provisoire » du gouvernement" (acc-r252, dev881): one to three quoted words inside a source phrase,
# read as if unquoted (same length, so offsets hold)
QUOTED_WORD = re.compile(r"«(\s*[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*)»")


def _unquote_words(text: str) -> str:
    return QUOTED_WORD.sub(lambda m: " " + m.group(1) + " ", text) if "«" in text else text


def _mask_stops(text: str) -> str:
    """`text` with the stops of abbreviations ("U.N.", "M.") replaced by a character of the same length."""
    if "." not in text:
        return text
    return ABBREVIATION_STOP.sub(lambda m: m.group(0).replace(".", MASKED_STOP), text)


# "..., he said", "il a précisé": a pronoun right before a reporting verb, after a comma or at the start
PRONOUN_SUBJECT = re.compile(r"(?:^|^(?:" + cues("pronoun_lead") + r")\s+|[,;]\s*|[,;!?.]\s*[\"”»]\s*)(" + cues("pronouns") + r")$", re.IGNORECASE)  # ('..., 46," he said')
# "a-t-il ajouté", "déclare-t-il": an auxiliary and its participle, or a verb, with its pronoun
_INVERTED_PRONOUNS = cue_alternatives("inverted_pronoun")
INVERTED = re.compile(r"\b(?P<aux>\w+)-t-(?P<p>" + "|".join(_INVERTED_PRONOUNS) + r")\b(?:\s+(?P<part>\w+))?") if _INVERTED_PRONOUNS else None
# '"...," he added': a pronoun and a reporting verb right after a quotation
# in a quotation, "selon les premières informations", "our sources on the ground": what the speaker
# relies on, no one else to credit (the speaker is the source)
NOT_AN_ACTOR = re.compile(r"(?i)\b(?:informations?|donn[ée]es|sources?|bilans?|reports?|data|figures|chiffres|nos|notre|our)\b")
# no source in a quotation: the pronouns and the speaker's own first person ("We've confirmed 37 deaths",
# acc-r212; cue `first_person`)
PRONOUN_WORDS = frozenset(cue_alternatives("pronouns")) | frozenset(cue_alternatives("first_person"))
PRONOUN_SAID = re.compile(r"(" + cues("pronouns") + r")\s+(?:" + cues("speaker_said") + r")\b")


ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")
# a subject that ends on its acronym in brackets, right before the verb
TRAILING_ACRONYM = re.compile(r"\(([A-Z][A-Z]{1,9})\)\s*$")
# "l'Organisation internationale pour les migrations (OIM)": the acronym closing the name's tail
NAME_TAIL_ACRONYM = re.compile(r"[^,.;:«»\"“”()]{1,50}?\(([A-Z][A-Z]{1,9})\)")
# "a tally of casualty figures from hospitals compiled by AFP": the author of a toll, after the verb
# that drew it up (the toll's phrase ends before it)
COMPILED_BY = re.compile(r"\s+(?:" + cues("compiled_by") + r")\s+(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})")


PLATFORMS = r"Telegram|Facebook|Twitter|Instagram|X|YouTube|TikTok|WhatsApp"  # where a speaker posts, no speaker
# ("», a indiqué sur France 2 le ministre": no name right after a word of `speaker_not_after`, but a platform,
# which `_speaker` strips: "», a écrit sur Telegram M. Prokoudine")
SPEAKER_AFTER = re.compile(r"^[\s,]*(?:" + cues("speaker_aux") + r")?\s*(?:[\w-]+(?![\w-]))?\s*(?:" + cues("speaker_inverted") + r")?\s*(?:[a-zé]+\s+){0,2}?"
                           + r"(?:(?=(?:" + PLATFORMS + r")\s)|" + "".join(rf"(?<!\b{w} )" for w in cue_alternatives("speaker_not_after")) + r")(?P<name>(?:"
                           + cues("speaker_det") + r")?[A-ZÉ][\w'’.-]+(?:\s+(?:" + cues("speaker_particle") + r"|al-|el-)?[A-ZÉ][\w'’.-]+){0,4})")
# '", said U.N. spokesman Stephane Dujarric': an organisation's acronym, the speaker's title, their name
# ('", PWD minister E V Velu told reporters': the person's initials before the surname, and no word
# split inside the acronym by the verb slot before the name: "WD"; acc-r220)
ACRONYM_TITLE_PERSON = re.compile(r"(?:[A-Z]\.?){2,6}\s+(?:[a-z-]+\s+){1,3}?(?:[A-Z]\.?\s+){0,3}[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+){0,3}")
ACRONYM_ONLY = re.compile(r"(?:[A-Z]\.?){2,6}")
SPEAKER_SAID = re.compile(r"^[\s,]*(?P<name>[A-ZÉ][\w'’.-]+(?:\s+[A-ZÉ][\w'’.-]+){0,3})\s+(?:" + cues("speaker_said") + r")")


# "a tonné John Kerry.\nIl a ajouté": a stop after a word that is no abbreviation ends the name
NAME_SENTENCE_END = re.compile(r"\.(?=\s)")


def _to_sentence_end(name: str) -> str:
    """`name` up to the stop that ends its sentence ("John Kerry.\nIl" -> "John Kerry."), the stops
    of abbreviations inside it ("M. Prokoudine", "U.N.") kept."""
    if "." not in name:
        return name
    end = NAME_SENTENCE_END.search(_mask_stops(name))
    return name[:end.end()] if end else name


# ", a Britain-based monitor,": an aside between a subject and its reporting verb
QUOTE_MARKS = re.compile(r"[\"“”«»]\s?")
# "du HCDH sur les victimes civiles": the topic of a report after its author's name (acc-r78)
REPORT_TOPIC_END = re.compile(r"(?<=[\w)])\s+(?:sur|on)\s+(?:les?|la|l'|des?|the)\s*[^,;:()]{1,40}$")
APPOSITION_END = re.compile(r"(?<=[\w\"”»])\)?,\s+[^,;:.«»\"“”]{2,120},$")
PLATFORM = re.compile(r"^(?:" + PLATFORMS + r")\s+(?=[A-ZÉ])")
# ", Kyrylo Timochenko." right after a source phrase: the person it names (two to four capitalised words)
APPOSED_NAME = re.compile(r",\s+([A-ZÉ][\w'’.-]+(?:\s+(?:de |du |al-|el-|van |von )?[A-ZÉ][\w'’.-]+){1,3})\s*(?=[,.;]|$)")
PLATFORM_ONLY = re.compile(PLATFORMS)
QUOTE_CLOSERS = frozenset('»"”’')
# "« ... mardi », au large de Sfax, dans le centre-est de la Tunisie, a indiqué ... le porte-parole": where
# the quoted event took place, set between the quotation and its reporting verb, names no speaker
QUOTE_PLACE_ASIDE = re.compile(r"^[\s,]*(?:(?:" + cues("quote_place_aside") + r")\s[^,;.!?«»\"“”\n]{1,60},\s*)+")


def _speaker(text: str, quotes, start: int, end: int, lex: "Optional[FigureLexicon]" = None) -> Optional[str]:
    """Who speaks a quotation: ", a tonné John Kerry" or "Kerry said" right after it; ", he added"
    (the pronoun: `named_in_full` finds who); ", a indiqué l'administrateur du territoire" (a
    source phrase after a reporting verb, read as in any sentence)."""
    for a, b in quotes:
        if a <= start and end <= b:
            # spans end on the closing mark or just past it: skip the mark, not what follows it
            # ("« ... ». Quant au bilan": a new sentence names no speaker)
            tail = text[b + 1 if text[b:b + 1] in QUOTE_CLOSERS else b:b + 120]
            lead = tail[:len(tail) - len(tail.lstrip(" \t\n\u00a0,"))]
            inner = text[a:b].rstrip(" \u00a0»\"”’")
            # "« ... blessés. »\n\nInitialement évalué ...": past a paragraph break, or a quotation
            # that ends its sentence followed by a capitalised word, a new sentence names no speaker
            new_sentence = "\n" in lead or ("," not in lead and inner[-1:] in ".!?" and tail[len(lead):len(lead) + 1].isupper())
            # a speaker after a quotation follows a comma, in it ('"...," he said') or after it
            # ("« ... », a déclaré"): "« au moins 49 morts » à Tchoma Bangou" names a place
            new_sentence = new_sentence or ("," not in lead and inner[-1:] != ",")
            if not new_sentence and (aside := QUOTE_PLACE_ASIDE.match(tail)) and aside.end() < len(tail):
                tail = ", " + tail[aside.end():]  # the place aside skipped: the speaker after it
                lead = ", "
            if not new_sentence and (nl := tail.find("\n", len(lead))) >= 0:
                # '« plus de 2000 personnes », selon les autorités\n\nLe vaste ...': a headline's
                # speaker ends with its line; the next paragraph's first word is no name (acc-r123)
                tail = tail[:nl]
            m = None if new_sentence else SPEAKER_SAID.match(tail) or SPEAKER_AFTER.match(tail)
            if m:
                name = m.group("name")
                if tail[m.end("name"):m.end("name") + 1] == "," and (pm := APPOSED_PERSON.match(tail, m.end("name"))) \
                        and APPOSED_SAID.match(tail, pm.end()):
                    # '", a councillor for Ka Mavota Municipal District, Despedida Rita, told reporters': the
                    # person the phrase names in apposition before the verb, not the body in it (acc-r212)
                    return pm.group("name")
                if ACRONYM_ONLY.fullmatch(name.rstrip(".")) and (full := ACRONYM_TITLE_PERSON.match(tail, m.start("name"))):
                    name = full.group(0)  # "U.N. spokesman Stephane Dujarric", not "U.N"
                # "», a écrit sur Telegram M. Prokoudine": the platform is no part of the name
                name = PLATFORM.sub("", _to_sentence_end(name).strip()).rstrip(".")
                if not PLATFORM_ONLY.fullmatch(name):
                    return name or None
                # "», a écrit sur Telegram un responsable de la présidence, Kyrylo Timochenko": the
                # platform alone names no one; the source phrase after it does
            if not new_sentence and lex is not None:
                rest = tail[len(lead):]
                if pm := PRONOUN_SAID.match(rest):
                    return pm.group(1)  # '"...," he added'
                clause = rest[:next((k for k, ch in enumerate(rest) if ch in ".!?\n"), len(rest))]
                near = [(at, _apposed_person(clause, name, end, lex)) for at, name, end in _attribution_cues(clause, lex) if at <= 40]
                if near:
                    return min(near)[1]  # "», a indiqué l'administrateur du territoire de Beni, Donat Kibwana"
            head = text[max(0, a - 120):a]
            m = SAID_BEFORE.search(head)
            if m:
                return m.group(1)
            if lex is not None and lex.att_verbs is not None and text[max(0, a - 4):a].rstrip(" \u00a0").endswith(":"):
                # "Une source de la résistance, contactée par le média X, a décrit la scène : « ... »": the
                # source of the sentence that introduces the quotation
                intro = text[max(0, a - 200):a]
                cut = max(intro.rfind(". "), intro.rfind("\n"), intro.rfind("» "), intro.rfind("? "), intro.rfind("! "))
                intro = intro[cut + 1:].rstrip(" \u00a0:")
                if said := _attribution_cues(intro, lex):
                    # ("An opposition member of parliament, Hanitra Razafimanantsoa, later told a local radio
                    # station: « ... »": the person the source phrase names in apposition; acc-r212)
                    _, name, end = max(said)
                    return _apposed_person(intro, name, end, lex)
            # '"The situation is very terrible," he said. "We can confirm 31 deaths ..."', or a quoted
            # paragraph after one that ends on its speaker: a quotation that opens its sentence and
            # names no speaker goes on from the quotation just before it
            before = [q for q in quotes if q[1] <= a and a - q[1] <= 160]
            if before and CONTINUED_QUOTE.search(text, max(0, a - 3), a + 1) is not None:
                prev = max(before)
                if "\n\n\n" not in text[prev[1]:a]:
                    return _speaker(text, quotes, prev[0], prev[0] + 1, lex)
    return None


# a quotation that opens its sentence: after a paragraph break or a sentence's stop
CONTINUED_QUOTE = re.compile(r"(?:\n|[.!?][\"”»’]?\s|^)[\"“«]")


@lru_cache(maxsize=512)
def _attribution_cues(sentence: str, lex: FigureLexicon) -> tuple[tuple[int, str, int], ...]:
    """Who a sentence says its figures come from, wherever it says so: (cue position, name, end).
    The same for every figure of the sentence, so read once; each figure takes the nearest."""
    if "(" in sentence:
        # "Le wali (préfet) de Ghardaïa, Ali Belkhir, avançait": a title glossed in brackets is read
        # as if the gloss were not there (blanked, offsets kept; acc-r137)
        sentence = TITLE_GLOSS.sub(lambda m: " " * len(m.group(0)), sentence)
    low = fold(sentence)
    candidates = []
    # the reporting verbs' matches, read once for both loops below
    verb_hits = list((lex.att_verbs_parts or lex.att_verbs).finditer(low)) if lex.att_verbs else []
    for rx in (lex.att_before, lex.att_verbs):
        if rx is None:
            continue
        for m in (verb_hits if rx is lex.att_verbs else rx.finditer(low)):
            if rx is lex.att_verbs and m.group(0) in lex.att_recipient_verbs:
                continue  # "X told AFP that": who is told is no source; X, before the verb, is
            at = m.end()
            if rx is lex.att_verbs and lex.att_skip is not None and (sk := lex.att_skip.match(sentence, at)):
                at = sk.end()  # "a annoncé dimanche le ministre", "a indiqué à l'AFP un responsable"
            em = ENTITY.match(_mask_stops(_unquote_words(sentence[at:])))
            entity = _name_only(sentence[at + em.start(1):at + em.end(1)].strip()) if em else ""
            if "«" in entity and rx is lex.att_before:
                # "selon un « bilan provisoire » du gouvernement": the name read without the quoted words' marks,
                # so that the toll's author is found in it (`_via`; acc-r252)
                entity = " ".join(_unquote_words(entity).split())
            if " " in entity and (rt := RECIPIENT_TAIL.search(entity)) is not None and rt.start() > 0:
                entity = entity[:rt.start()]  # "a déclaré le gouverneur aux journalistes": whom he told is no part
            if em and rx is lex.att_verbs and " " in entity and any(ch.isdigit() for ch in entity):
                entity = _without_trailing_day(entity)  # "ont annoncé les autorités dimanche 12 novembre"
            if em and rx is lex.att_verbs and (any(ch.isdigit() for ch in entity) or CLAUSE_WORD.search(entity)
                                               or GOVERNED_START.match(entity)
                                               or entity.split(" ", 1)[0].lower() in lex.att_possessives):
                # "said the hospital had received 70 bodies", "said it ... would give": a clause, not a
                # name; "said in a report": a circumstance; "said its field hospital had received": the
                # subject's own body, the subject of the clause it reports
                em = None
            if em and rx is lex.att_verbs and CLAUSE_CONJ is not None and CLAUSE_CONJ.match(entity):
                # "officials said Monday as rescuers searched through the rubble": a conjunction after
                # the verb opens a clause of its own, whose subject is no source (acc-r151)
                em = None
            if em and rx is lex.att_before and CLAUSE_OPENER.match(entity):
                em = None  # "a rapporté que le nombre de déplacés s'élevait à": what is reported follows
            if em and rx is lex.att_before and lex.att_own_count is not None and lex.att_own_count.fullmatch(entity):
                em = None  # "selon son décompte": the count of the subject named before, no source of its own (acc-r227)
            if em and rx is lex.att_verbs and lex.att_named_subject_clause and not CAPITALISED.match(entity) \
                    and _named_subject_before(sentence, m.start()):
                # "Aid worker Wai Hun Aung, who was present, said a military jet struck the hospital":
                # after a speaker named before the verb, a lower-case phrase opens what is reported
                em = None
            if em and (rx is lex.att_before or CAPITALISED.match(entity)
                       or lex.source_phrase is not None and lex.source_phrase.match(entity)):
                end = at + em.start(1) + len(entity)
                if entity[:1].islower() and (an := APPOSED_NAME.match(sentence, end)):
                    # "a écrit un responsable de la présidence ukrainienne, Kyrylo Timochenko": the
                    # title before a person's name gives the name
                    entity = an.group(1).rstrip(".")
                    end = an.start(1) + len(entity)
                candidates.append((m.start(), entity, end))
    if lex.att_verbs and INVERTED is not None and "-t-" in sentence:
        # "..., a-t-elle ajouté": the pronoun is the source (`named_in_full` finds who it is)
        for m in INVERTED.finditer(sentence):
            verb = fold(m.group("aux"))
            if lex.att_verbs.match(verb + " " + fold(m.group("part") or "")) or lex.att_verbs.match(verb):
                if m.group("p").lower() not in IMPERSONAL:  # "a-t-on appris": no one in particular
                    candidates.append((m.start(), m.group("p"), m.end()))
    if lex.att_verbs:
        # "..., Kerry said" / "l'OSDH a indiqué" / "the Gaza health ministry said Sunday, citing
        # local sources": the subject before a reporting verb that names none after it
        named = {at for at, _, _ in candidates}
        for m in verb_hits:
            if m.start() in named or candidates and not SUBJECT_VERB.match(low, m.start()):
                continue
            if HEARSAY_AFTER is not None and HEARSAY_AFTER.match(low, m.end()):
                continue  # "the dozens of people said to be missing": a hearsay passive, no one reports (acc-r151)
            progressive = m.group(0).endswith("ing")
            if not progressive and NO_SOURCE_BEFORE.search(low, max(0, m.start() - 12), m.start()):
                # "a similar accident was recorded": a passive verb, whose subject is no source;
                # "Officials said the number of confirmed deaths had reached": an adjective
                continue
            if m.group(0) in COUNT_OBJECT_VERBS and not COUNT_OBJECT.match(low, m.end()):
                continue  # "as the CTD registered a first information report": no count its subject gives
            pre = sentence[:m.start()].rstrip()
            if pre[-1:].isalpha() and (dm := SUBJECT_TRAILING_DAY.search(pre)) is not None:
                pre = pre[:dm.start()]  # "Police on Sunday said": the subject without its day
            if progressive and PASSIVE_AUX is not None and (pa := PASSIVE_AUX.search(pre + " ", max(0, len(pre) - 12))):
                pre = pre[:pa.start()].rstrip()  # "some media channels were putting the number at": the subject
            aside = ""
            if pre[-1:].isalpha() and pre.rsplit(None, 1)[-1].lower() in TRAILING_AUX \
                    and (bare := _without_trailing_aux(pre)).endswith(","):
                pre = bare  # "The governor, Nicolás García, had announced": the aside before the auxiliary (acc-r92)
            if pre.endswith(",") and (am := APPOSITION_END.search(_mask_stops(pre))):  # ", Col. Ahmed Khan,"
                # "The Syrian Observatory, a Britain-based monitor, said", "Local officials, speaking
                # on condition of anonymity, said": the subject is before the aside
                pre, aside = pre[:am.start()].rstrip(), pre[am.start():].strip(" ,")
            if aside and pre[-1:] in QUOTE_CLOSERS:
                # 'la « coordination des comités de résistance », qui documente ..., a fait état de': the
                # name in quotes, before its aside (acc-r78)
                pre = QUOTE_MARKS.sub("", pre)
            if aside and (tm := REPORT_TOPIC_END.search(pre)) is not None:
                # "Le dernier rapport du HCDH sur les victimes civiles, qui couvre ..., recense": the
                # report's author before its topic (acc-r78)
                pre = pre[:tm.start()]
            if aside and lex.att_via_head is not None and (vm := TOLL_SUBJECT.search(pre)) \
                    and lex.att_via_head.fullmatch(vm.group(1)) \
                    and not lex.att_via_head.match(author := _via(vm.group(1) + " " + aside, lex)):
                # "Un précédent bilan, fourni dimanche par un responsable de la région, faisait état
                # de": the toll's author, named in its aside ("Ce bilan, qui n'a pu être vérifié, ..." names none)
                candidates.append((m.start(), author, m.start()))
                continue
            if not aside and lex.att_via is not None and (vm := TOLL_SUBJECT.search(pre)) \
                    and lex.att_via.match(toll := _without_trailing_aux(vm.group(1))) \
                    and not lex.att_via_head.match(_via(toll, lex)):
                # "An earlier toll from the health ministry had put the number of dead at 15", "Un précédent
                # bilan donné jeudi par des sources sécuritaires faisait état de": the author inside the
                # toll's own phrase, which `attribution_of` credits (`_via`; "A toll from the flooding" names none)
                candidates.append((m.start(), toll, m.start()))
                continue
            # the end of the subject's name (before an aside it has: "(KIA)" in the aside is not its acronym)
            tail_at = (len(pre) - 160 if len(pre) > 160 else 0)
            sm = lex.source_subject.search(_mask_stops(pre[tail_at:])) if lex.source_subject is not None else None
            if sm:
                name = pre[tail_at + sm.start("name"):tail_at + sm.end("name")]  # "The U.N. migration agency"
                name = _without_trailing_aux(name)  # "The mayor of Derna has said"
                if len(parts := SUBJECT_RELATIVE.split(name, 1)) == 2 and _whole_source_phrase(lex.source_phrase.pattern).match(parts[0]):
                    # "Un villageois qui participe à l'incinération des corps", "Relatives who have been
                    # waiting at the site": the source without the relative clause that tells who they are
                    name = parts[0]
                candidates.append((m.start(), name, tail_at + sm.end("name")))
            elif _has_title(pre[-160:]) and (sm := SUBJECT_END.search(pre := _without_trailing_aux(pre))) \
                    and (tm := SUBJECT_PLACE_TAIL.search(pre, max(0, len(pre) - 120))) and tm.start() > 0 and sm.start(1) >= tm.start() \
                    and (pm := SUBJECT_END.search(pre, 0, tm.start())) and _has_title(pre[:tm.start()]):
                # "Gov. Arthur Yap of Bohol province in the central Philippines said": the person, not
                # the places that situate their office
                candidates.append((m.start(), pm.group(1), pm.end(1)))
            elif (sm := SUBJECT_END.search(pre := _without_trailing_aux(pre))
                   or (lex.att_subject.search(pre) if lex.att_subject else None)) \
                    and sm.group(1).lower() not in lex.att_determiners and sm.group(1).lower() not in lex.weekday_words \
                    and not GOVERNED.search(pre, max(0, sm.start(1) - 12), sm.start(1)):
                # ("An estimated 4,000": no one estimates; "l'est du Liban fait état de": no subject)
                candidates.append((m.start(), sm.group(1), sm.end(1)))
            elif (am := TRAILING_ACRONYM.search(pre)) is not None:
                # "Le Haut-Commissariat de l'ONU pour les réfugiés (HCR) estime": the name's acronym
                candidates.append((m.start(), am.group(1), am.end(1)))
            elif (pm := PRONOUN_SUBJECT.search(pre)) and pm.group(1).lower() in IMPERSONAL:
                continue  # "On dénombre une trentaine de blessés": no one in particular, no source
            elif pm:
                # "..., he said": the pronoun is the source (`named_in_full` finds who it is)
                candidates.append((m.start(), pm.group(1), pm.end(1)))
    if candidates and OBJECT_OF_REPORT is not None and any(OBJECT_OF_REPORT.match(name) for _, name, _ in candidates):
        # "le gouvernement, qui fait aussi état de sept militaires portés disparus": what a verb reports,
        # after its "de", is no source (acc-r252, dev881)
        candidates = [c for c in candidates if not OBJECT_OF_REPORT.match(c[1])]
    return tuple(candidates)


attribution_cues = _attribution_cues  # (figures.py: does a sentence name a source of its own?)


def _without_speaking_time(name: str) -> str:
    """`name` without the time its source spoke at, after it ("la police ce 15 juin", "le porte-parole
    ce matin", "the ministry late on Friday") or before it, where no comma set it apart from the
    subject ("On Monday the ministry said"); a name that is nothing but such words is kept."""
    if " " not in name:
        return name
    m = SPEAKER_TRAILING_TIME.search(name)
    if m is not None and m.start() > 0:
        name = name[:m.start()]
    if (m := SPEAKER_LEADING_TIME.match(name)) is not None and m.end() < len(name) \
            and len(m.group(0).strip(" ,")) > 3:  # (not "Ce ministère": a bare "ce" only ends a name)
        name = name[m.end():]
    return name


def _without_trailing_day(entity: str) -> str:
    """The name a reporting verb's inverted subject gives, without the day it spoke ("les autorités
    dimanche 12 novembre", "le ministère le 3 mars 2024"): the date is no part of the name."""
    readers = [time_reader(lang) for lang in supported_languages()]
    words = entity.split(" ")
    while len(words) > 1 and (DAY_OR_YEAR.fullmatch(words[-1]) or any(words[-1].lower() in r.months for r in readers)):
        words.pop()
    while len(words) > 1 and any(words[-1].lower() in r.weekdays for r in readers):
        words.pop()
    if len(words) > 1 and words[-1].lower() in DAY_ARTICLES:
        words.pop()
    return " ".join(words)


def _named_subject_before(sentence: str, verb_at: int) -> bool:
    """Does a capitalised name end right before the reporting verb at `verb_at` (past an aside set
    off by commas: "Wai Hun Aung, who was present during the bombing, said")?"""
    pre = sentence[:verb_at].rstrip()
    if pre.endswith(",") and (am := APPOSITION_END.search(_mask_stops(pre))):
        pre = pre[:am.start()].rstrip()
    sm = SUBJECT_END.search(pre)
    # ("à Zolotchiv, dans la région de Kharkiv, a précisé le parquet": a place governed by a
    # preposition is no subject, and the source is the one after the verb)
    return sm is not None and sm.group(1)[:1].isupper() and not GOVERNED.search(pre, max(0, sm.start(1) - 12), sm.start(1))
# "... of Bohol province in the central Philippines": places after a subject's name, each set off by a
# preposition (an adjective and a type word allowed)
SUBJECT_PLACE_TAIL = re.compile(r"(?:\s+(?:" + cues("in_place") + r"|" + cues("in_place_of") + r")\s*(?:" + cues("in_place_det")
                                + r")?(?:[a-zà-ÿ-]+\s+)?[A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+)*(?:\s+[a-zà-ÿ-]+)?)+$")
TITLE_BEFORE_NAME = re.compile(r"(?:^|\s)(?:" + cues("title_abbreviations") + r")\.\s+[A-ZÉ]")


def _has_title(subject: str) -> bool:
    """Does a person's title abbreviation ("Gov.", "Lt.") open the name the subject ends on?"""
    return TITLE_BEFORE_NAME.search(subject, (len(subject) - 60 if len(subject) > 60 else 0)) is not None


ENTITY_DETS = frozenset(cue_alternatives("entity_new_phrase_det"))
ENTITY_LINKS = frozenset(cue_alternatives("entity_link_word"))


def _name_only(entity: str) -> str:
    """"l'ONU la pire crise humanitaire" → "l'ONU": a determiner that no preposition governs opens
    a new phrase ("le ministère de la Santé", "the head of the UN" keep theirs)."""
    words = entity.split(" ")
    for k in range(1, len(words)):
        if words[k] in ENTITY_DETS and words[k - 1].lower() not in ENTITY_LINKS:  # as written: "UN" is no "un"
            return " ".join(words[:k])
    return entity


def _without_trailing_aux(pre: str) -> str:
    """"President Volodymyr Zelensky has" (said): the subject without the auxiliary after it, and
    without the pronoun that stresses it ("La télévision d'Etat a elle" fait état de)."""
    while True:
        words = pre.rsplit(None, 2)
        if len(words) == 3 and words[2].lower() in EMPHATIC_AFTER_AUX and words[1].lower() in TRAILING_AUX:
            pre = words[0]
        elif len(words) > 1 and words[-1].lower() in TRAILING_AUX:
            pre = pre.rsplit(None, 1)[0]
        else:
            return pre


def _via(name: str, lex: FigureLexicon) -> str:
    """"un bilan publié dimanche par le ministère de la Santé" → "le ministère de la Santé": a toll
    is credited to whoever drew it up, when the phrase names a source."""
    if lex.att_via_head is None or not lex.att_via_head.match(name):
        return name
    m = lex.att_via.match(name)
    rest = VIA_END.sub("", m.group("rest")).strip() if m else ""  # "du ministère publié mercredi"
    if not (CAPITALISED.match(rest) or lex.source_phrase is not None and lex.source_phrase.match(rest)):
        cut = VIA_END.sub("", name).strip()  # "un bilan officiel (publié dimanche)", "un bilan de la catastrophe"
        return cut if " " in cut else name  # "Le communiqué gouvernemental": a noun, not "communiqué par"
    article = lex.via_article.get(m.group("prep").lower().strip(), "")
    return article + rest


SOURCE_CONTRAST = re.compile(r"(?:" + cues("contrast_source_clause") + r")")
# the contrasting clause put first: "Alors que X avait annoncé 56 morts, Y évoquent 135 victimes" (series-r224)
SOURCE_CONTRAST_LEAD = re.compile(r"\s*(?:" + cues("contrast_source_lead") + r")")
LEAD_CLAUSE_END = re.compile(r",\s")


def _contrast_splits(sentence: str) -> list[int]:
    """Where a sentence's clauses with a source each of their own begin: after ", while" /
    ", tandis que", and after the comma that closes a fronted "While ..." / "Alors que ..." clause."""
    splits = [m.start() for m in SOURCE_CONTRAST.finditer(sentence)]
    if (lead := SOURCE_CONTRAST_LEAD.match(sentence)) is not None and (end := LEAD_CLAUSE_END.search(sentence, lead.end())):
        splits.append(end.start())
    return splits


BRACKETED = re.compile(r"\([^()]*\)")


def _source_in_quote(sentence: str, c: Candidate, quotes, lex: FigureLexicon) -> Optional[str]:
    """'"The Railways on Saturday said that the number of deaths is 288 ...," Jena told ANI': a
    source the quotation itself names, before the figure in the same quotation and clause, gave
    the figure; the speaker reports it. None when the quotation names no one (or only a pronoun:
    "we", "he", whom the speaker's name resolves better)."""
    base = c.sentence.start
    at = base + c.number.start
    span = next(((a, b) for a, b in quotes if a <= at < b), None)
    if span is None or span[0] < base:
        return None  # a quotation opened in a sentence before: its own cues are not this sentence's
    # (a toll's author named inside its phrase, "the provisional figures published by the administration": the author)
    inner = [(c.number.start - end, via) for start, end, via in _actor_cues(sentence, lex)
             if span[0] <= base + start and end <= c.number.start
             and ";" not in sentence[end:c.number.start]]
    return min(inner)[1] if inner else None


@lru_cache(maxsize=512)
def _actor_cues(sentence: str, lex: FigureLexicon) -> tuple[tuple[int, int, str], ...]:
    """The cues of `_attribution_cues` that name an actor (no pronoun, no toll noun left after `_via`,
    nothing `NOT_AN_ACTOR` reads): (start of the name, its end, the source it credits). The same for
    every figure of the sentence, so read once."""
    kept = []
    for _, name, end in _attribution_cues(sentence, lex):
        if name.lower() in PRONOUN_WORDS:
            continue
        via = _via(name, lex)
        if lex.att_via_head is not None and lex.att_via_head.search(via) or NOT_AN_ACTOR.search(via):
            continue
        kept.append((end - len(name), end, via))
    return tuple(kept)


# "..., the city council said on Friday, citing eyewitnesses", "l'Agence congolaise de presse (ACP),
# citant le chef de la police": the source the reporting one cites, right after its clause (asides in brackets)
# ("ont rapporté dimanche plusieurs médias citant le ministère de la Santé": no comma before the word; acc-r261)
CITING = re.compile(r"(?:[^,.;:!?«»\"“”()]|\([^()]*\)){0,60}?(?:,\s*|\s+)(?:" + cues("citing") + r")\s+"
                    r"(?P<name>[^,;:.!?()«»\"“”]{2,80}?)(?=\s*(?:[,;:.!?()«»\"“”]|$))")


CITING_WORDS = tuple(f" {w} " for w in cue_alternatives("citing"))  # one of them is in every match without a comma


def _cited_source(sentence: str, end: int, lex: FigureLexicon) -> Optional[str]:
    """The source cited after the reporting clause that ends at `end`, when it names one: a
    capitalised name or a source phrase ("local sources", "41 witnesses"), a document by its
    author ("a report by the health ministry"); not a document without author ("preliminary
    findings", "a report") nor what is no source ("citing recent attacks")."""
    ahead = sentence[end:end + 80]
    if (", " not in ahead and not any(w in ahead for w in CITING_WORDS)) or (m := CITING.match(sentence, end)) is None:
        return None
    name = m.group("name").strip()
    if lex.att_via_head is not None and lex.att_via_head.match(name):
        name = _via(name, lex)
        if lex.att_via_head.match(name):
            return None
    if CAPITALISED.match(name) or lex.source_phrase is not None and lex.source_phrase.match(name):
        return name
    return None


def attribution_of(sentence: str, article: Article, c: Candidate, quotes, lex: FigureLexicon) -> Optional[str]:
    """Who the figure of `c` is credited to: the speaker of its quotation, else the source its
    sentence names nearest to it (an acronym in brackets, a toll's author, a name after a title)."""
    start = c.sentence.start + c.number.start
    if inside(quotes, start, start + 1):
        if (inner := _source_in_quote(sentence, c, quotes, lex)) is not None:
            return inner
        speaker = _speaker(article.text, quotes, start, start + 1, lex)
        if speaker:
            if (at := sentence.find(speaker)) >= 0 and (cited := _cited_source(sentence, at + len(speaker), lex)):
                return cited  # '"... killed many hundreds of civilians," Amnesty said, citing 41 witnesses'
            return _without_speaking_time(speaker)
    cues = _attribution_cues(sentence, lex)
    if not cues:
        # "Children among 8 killed in Myanmar military air strike - rights group, media", "At least 600
        # killed in Mai Kadra massacre: Ethiopian rights body": a headline (no closing stop) that ends on
        # a dash or a colon and its sources credits its figures to them
        hm = HEADLINE_CREDIT.search(sentence)
        # ("150,000 Rohingya flee Myanmar to Bangladesh: UN", "435 children killed ... - UNICEF": an acronym)
        if hm and c.number.end <= hm.start() and (ACRONYM_NAME.fullmatch(hm.group("name"))
                                                  or lex.source_phrase is not None and lex.source_phrase.match(hm.group("name"))):
            return hm.group("name")
        bm = HEADLINE_BRACKET_CREDIT.search(sentence)
        if bm and c.number.end <= bm.start() and (ACRONYM_NAME.fullmatch(bm.group("name"))
                                                   or lex.source_phrase is not None and lex.source_phrase.match(bm.group("name"))):
            return bm.group("name")
        return None
    if ";" in sentence and len(cues) > 1:
        # "Selon les pompiers, ... ont fait 14 morts ; le centre de crise évoque une vingtaine de
        # morts": a semicolon's clause with a source of its own keeps it (acc-r86)
        clause = sentence.count(";", 0, c.number.start)
        cues = tuple(cue for cue in cues if sentence.count(";", 0, cue[0]) == clause) or cues
    if len(cues) > 1 and (splits := _contrast_splits(sentence)):
        # "Radio Pakistan had reported that at least 15 people were killed and 40 others injured, while
        # rescue officials had put the toll at over six dead": a contrasting clause with a source of
        # its own keeps it, and the clause before keeps its own (acc-r92)
        clause = sum(1 for at in splits if at < c.number.start)
        cues = tuple(cue for cue in cues if sum(1 for at in splits if at < cue[0]) == clause) or cues
    if "(" in sentence and ")" in sentence:
        # "29 morts (31, selon les hôpitaux) et 59 blessés": a source inside a bracket credits the
        # bracket's own count, not the figures around it (acc-r99)
        spans = [(m.start(), m.end()) for m in BRACKETED.finditer(sentence)]
        own = next((sp for sp in spans if sp[0] < c.number.start < sp[1]), None)
        cues = tuple(cue for cue in cues if next((sp for sp in spans if sp[0] < cue[0] < sp[1]), None) in (None, own)) or \
            (cues if own is not None else ())
        if not cues:
            return None
    candidates = [(abs(at - c.number.start), name, end) for at, name, end in cues]
    # "At least 150 people are confirmed dead – although residents say the figure is much higher":
    # who concedes another view disputes the figure; it is not its source
    candidates = [cand for cand in candidates if not CONCESSIVE_SOURCE.match(cand[1])]
    if not candidates:
        return None
    _, name, end = min(candidates)
    if len(candidates) > 1 and lex.att_via_head is not None and lex.att_via_head.fullmatch(name) \
            and lex.att_via_head.fullmatch(_via(name, lex)):
        # "Selon le dernier bilan de la frappe, 17 personnes ont été tuées ..., a déclaré le maire": a
        # toll named by no author is credited to the source the sentence names for it
        toll_start = end - len(name)
        named = [cand for cand in candidates if not lex.att_via_head.fullmatch(cand[1])
                 and (cand[2] <= toll_start or cand[2] - len(cand[1]) >= end)]  # (not a name inside the toll's phrase)
        if named:
            _, name, end = min(named)
    if (cited := _cited_source(sentence, end, lex)) is not None:
        return cited  # "the United Nations said Sunday, citing local sources": the source cited (spec 6)
    if (cb := COMPILED_BY.search(name)) is not None and not CAPITALISED.match(name) \
            or lex.att_via_head is not None and lex.att_via_head.match(name) and (cb := COMPILED_BY.match(sentence, end)):
        return cb.group("name")  # "a tally of casualty figures from hospitals compiled by AFP"
    tail = NAME_TAIL_ACRONYM.match(sentence, end)
    if tail and lex.att_verbs is not None and lex.att_verbs.search(fold(sentence[end:tail.start(1)])):
        tail = None  # "A senior police officer told Agence France-Presse (AFP)": past a verb, no tail of the name
    acro = ACRONYM.search(sentence[end - len(name) - 2:end + 12]) or tail
    if acro:
        return acro.group(1)
    while (bare := LEADING_PREP.sub("", name, count=1).strip()) != name:
        name = bare  # "and that authorities", "when authorities"
    if NEGATION_TAIL is not None:
        name = NEGATION_TAIL.sub("", name)  # "l'agence onusienne ne recensait qu'au moins 150 morts" (acc-r137)
    name = _apposed_person(sentence, _via(name, lex), end, lex)
    if BARE_TOLL.fullmatch(name):
        return None  # "Selon le dernier bilan, 73 habitants ... ont été blessés": a toll with no author (acc-r93)
    if lex.source_phrase is not None and lex.source_phrase.match(name):
        # "le gouverneur régional, Oleg Synegoubov", "civil defence spokesperson Mahmoud Basal":
        # the person a title names ("le gouverneur régional, Oleg Synegoubov" keeps the title)
        if lex.titled_name is not None and (pm := lex.titled_name.search(name)):
            name = pm.group("name")
    # "a annoncé l'AFAD lundi": the day it spoke is not part of the name
    weekdays = time_reader(article.lang or "fr").weekdays
    while " " in name and name.rsplit(" ", 1)[1].lower() in weekdays:
        name = name.rsplit(" ", 1)[0]
    name = _without_speaking_time(name)
    if name[:1] in BULLET_MARKS:
        name = name.lstrip("-•*–— \t")  # "- Gaza's Ministry of Health says": a key point's bullet is no part of the name (acc-r66)
    return name[:80] or None


# "un habitant, Christian Msuega, a raconté", "le porte-parole du gouverneur, Tersoo Kula, «", "le porte-parole
# de l'armée, le colonel Ali Diallo, a annoncé": a person's name set off by commas right after a source noun phrase
# (not a relative clause: "la préfecture de Naples, dont dépend Casamicciola Terme," names a place)
APPOSED_PERSON = re.compile(r"\s*,\s*(?!(?:" + cues("apposed_relative") + r")\b)(?:(?:le|la|l['’])\s*)?(?:[a-zà-ÿ-]+\s+){0,2}?" + PERSON + r"\s*(?=[,.;«»\"“”]|$)")


APPOSED_SAID = re.compile(r"\s*,\s*(?:(?:later|earlier|also|then)\s+)?(?:" + cues("speaker_said") + r")\b")


# the town an office sits in, between the office and its holder's name ("le responsable des
# Situations d'urgence à Perm, Oleg Popov,"; acc-r245, dev858)
OFFICE_SEAT = re.compile(r"\s+(?:à|au|en)\s+[A-ZÉ][\w’'-]+(?:[\s-]+[A-ZÉ][\w’'-]+)?(?=\s*,)")


def _apposed_person(sentence: str, name: str, end: int, lex: FigureLexicon) -> str:
    """The person a source noun phrase names in apposition ("un autre habitant, Christian Msuega,"):
    a title or a role right before a person's name gives the name (spec section 6), past the
    town the office sits in ("le responsable des Situations d'urgence à Perm, Oleg Popov,")."""
    if lex.source_phrase is None or not lex.source_phrase.match(name):
        return name
    if "," not in sentence[end:end + 3]:
        if (seat := OFFICE_SEAT.match(sentence, end)) is None:
            return name
        end = seat.end()
    pm = APPOSED_PERSON.match(sentence, end)
    return pm.group("name") if pm else name


def named_in_full(attribution: str, sents, i: int, lex: FigureLexicon) -> Optional[str]:
    """"The ministry", "le ministère": the source named in full a few sentences before, if any.
    A pronoun ("selon lui", "he said") is the source of the sentence before, else no one (an
    impersonal "On dénombre" only within its paragraph)."""
    if attribution.lower() in IMPERSONAL and (i == 0 or sents[i - 1].paragraph != sents[i].paragraph):
        return None  # "On dénombre ..." opening a paragraph: no one named before it in the paragraph
    if attribution.lower() in PRONOUNS or attribution.lower() in SAME_SOURCE:
        # ("la même source", "the same source": the one just named)
        found = next((name for j in range(i - 1, max(-1, i - 4), -1)
                      for _, name, _ in sorted(_attribution_cues(sents[j].text, lex), reverse=True)
                      if name.lower() not in PRONOUNS and name.lower() not in SAME_SOURCE), None)
        if found is None:
            return None
    elif (h := HONORIFIC_SURNAME.match(attribution)) is not None:
        return _full_name(h.group("surname"), sents, i) or attribution
    else:
        bare = BARE_SOURCE.match(attribution) or BARE_SOURCE_ISSUED is not None and BARE_SOURCE_ISSUED.match(attribution)
        if bare and (holder := _titled_before(attribution, sents, i, lex)) is not None:
            # "Selon le ministre" after "le ministre libanais de la Santé, Firass Abiad": the office
            # with the holder the text named it with, before an earlier mention of the office alone
            return holder
        found = (_antecedent(bare.group(1), sents, i, lex) if bare else None) or attribution
    return _titled_before(found, sents, i, lex) or found


# "M. Lee", "Mr. Mendez": a courtesy title and a surname
HONORIFIC_SURNAME = re.compile(r"^(?:" + cues("honorifics") + r")\s+(?P<surname>[A-ZÉ][\w’'-]+)$")


def _full_name(surname: str, sents, i: int) -> Optional[str]:
    """"M. Lee" after "le chef de l'exécutif, John Lee" earlier in the article: the name in full
    (the last form before that ends with the surname and has a given name before it)."""
    full = re.compile(r"(?<![\w.])(?:[A-ZÉ][\w’'-]+\s+(?:(?:van|de|der|von|al|el|bin|ben|abu|ould|ag)\s+)*){1,3}"
                      + re.escape(surname) + r"(?![\w’'-])")
    for j in range(i, max(-1, i - 30), -1):
        if surname not in sents[j].text:
            continue
        hits = []
        for m in full.finditer(sents[j].text):
            name = m.group(0)
            if m.start() == 0 and len(name.split()) > 2:
                name = name.split(None, 1)[1]  # "Selon John Lee, ...": the sentence's first word is no given name
            if not HONORIFIC_SURNAME.match(name):
                hits.append(name)
        if hits:
            return hits[-1]
    return None


PRONOUNS = frozenset(cue_alternatives("pronouns"))
BULLET_MARKS = frozenset("-•*–—")
SAME_SOURCE = frozenset(cue_alternatives("same_source"))
# "le préfet", "the governor": an office named without its holder (a capital only at the start)
@lru_cache(maxsize=4)
def _whole_source_phrase(pattern: str) -> re.Pattern:
    """The language's source phrase ("an Iraqi Health Ministry official") as the whole of a text."""
    return re.compile(pattern + r"$")


SUBJECT_RELATIVE = re.compile(r"\s+(?:" + cues("subject_relative") + r")\s")
BARE_SOURCE_DET = re.compile(r"(?:" + cues("bare_source_det") + r")(?![\w])", re.IGNORECASE)
OFFICE_ONLY = re.compile(r"^(?:" + cues("bare_source_det") + r")?\s*[a-zà-ÿ'’ -]+$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _holder_forms(title: str) -> tuple[re.Pattern, re.Pattern]:
    office = r"(?:(?i:le|la|les|l['’]|the|its|their)\s*)?(?i:\b" + re.escape(title) + r"\b)"
    # "le procureur de la République de Marseille, Xavier Tarabeux": the name after a comma first;
    # "le gouverneur régional Oleg Synegoubov": else one right after the office's lower-case words
    # ("Le porte-parole de l'armée, le colonel Gaspard Baratuza": a rank between the comma and the name)
    return (re.compile(office + r"[^.;:!?«»\"“”(),]{0,60}?,\s*(?:(?i:le|la|l['’]|the)\s*[a-zà-ÿ'’-]+\s+)?" + PERSON + r"(?![\w'’-])"),
            re.compile(office + r"(?:\s+[a-zà-ÿ'’-]+){0,3}?\s+" + PERSON + r"(?![\w'’-])"))


def _titled_before(name: str, sents, i: int, lex: FigureLexicon) -> Optional[str]:
    """"le préfet" after "le préfet de Mayotte, François-Xavier Bieuville" a few sentences before:
    the office as the text named it with its holder (a title gives the person, spec section 6)."""
    if lex.titled_name is None or not OFFICE_ONLY.match(name) or any(ch.isupper() for ch in name[1:]) \
            or name[:1].isupper() and not BARE_SOURCE_DET.match(name):
        return None  # ("Zimbabwe's defence minister": an office the name of a place qualifies, no earlier holder's)
    words = name.lower().replace("’", "'").split()
    at = next((k for k, w in enumerate(words) if w in lex.title_words), None)
    if at is None:
        return None
    title = words[at]
    # "the prime minister" after "Prime Minister Christian Ntsay": the office's words before its title word
    # too, where the text wrote them with the holder (not "Minister Christian Ntsay"; acc-r212)
    lead = at
    while lead > 0 and not BARE_SOURCE_DET.fullmatch(words[lead - 1]):
        lead -= 1
    offices = ([" ".join(words[lead:at + 1])] if lead < at else []) + [title]
    for j in range(i, max(-1, i - 8), -1):
        if title not in sents[j].text.lower():
            continue
        for form in (f for office in offices if office in sents[j].text.lower() for f in _holder_forms(office)):
            found = None
            for m in form.finditer(sents[j].text):
                if lex.att_recipient_verbs.isdisjoint(m.group(0).lower().split()):
                    found = m  # ("the governor told President Vladimir Putin": who is told holds no office of his)
            if found is not None:
                return sents[j].text[found.start():found.end()]
    return None




def _antecedent(noun: str, sents, i: int, lex: FigureLexicon) -> Optional[str]:
    """"The ministry said 18,205 people have been killed" after "according to the Health Ministry
    in the Hamas-run territory": the source named in full a few sentences before."""
    noun = noun.lower()
    proper = _proper_with_head(noun)
    for j in range(i - 1, max(-1, i - 6), -1):
        found = None
        for at, name, _ in sorted(_attribution_cues(sents[j].text, lex), reverse=True):
            words = name.lower().replace("’", "'").split()
            if noun in words[1:] or len(words) > 1 and words[0].endswith("'" + noun):
                found = (at, name)
                break
        if proper is not None:
            # "The official count, kept by the Fire and Disaster Management Agency, lagged well behind.
            # On Monday the agency had put the death toll at 19": a body named in full with no
            # reporting verb, later than the sources of the sentence's cues (acc-r138)
            for m in proper.finditer(sents[j].text):
                if found is None or m.start() > found[0]:
                    found = (m.start(), m.group(0))
        if found is not None:
            return found[1]
    return None


@lru_cache(maxsize=None)
def _proper_with_head(noun: str) -> Optional[re.Pattern]:
    """A capitalised name of several words that ends on `noun` ("Fire and Disaster Management Agency")."""
    if not noun.isalpha():
        return None
    return re.compile(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|on)\s+)?)+" + noun.capitalize() + r"\b")
