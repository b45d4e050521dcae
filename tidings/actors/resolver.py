"""Actor resolution: who is named or referred to in an article body (whose each mention is:
``affiliation``).

Needs: the spaCy Doc of an article body (``tidings.nlp``) and an ``ActorRegistry`` (``registry``), whose
names it finds and which learns the people it introduces. Sets: a list of ``ActorMention`` records,
sorted by ``start`` and never overlapping. ``resolve`` finds:

- names by phrase matching (states, demonyms, seats of government, organisations, groups, learned
  people) and spaCy PERSON entities, known people by name; "Syria's X" is Syria's; a capital or a
  state that is the object of a locative preposition ("in Moscow", "arrived from Kabul") is a place,
  not an actor, unless it is one of a hyphenated pair ("Chile-Peru ties");
- descriptors: ``[the] [qualifier['s]] [modifiers] office [of/for portfolio] [of X] [to host] [,] [title]
  [Name]`` and the apposition ``Name, [the] descriptor``; the qualifier (a state, demonym, seat or
  organisation, "of X", "officials in X", the owner in "his ministry" / "X's government", or the "of X"
  of a coordinated descriptor) gives the country; an unqualified official takes that of a speaker
  governing it in its sentence, else the dateline's, else the topic state of the sentences before,
  else the most mentioned state (subjects counting double, places not at all);
- later references: a surname or part of a name already seen, a descriptor with the same office as an
  earlier person ("the interior minister"), subject pronouns "he"/"she" (the main-clause subject of
  the same sentence before the pronoun, else of the nearest earlier sentence with a person, else that
  sentence's last person), "it said" (the state or body subject before), "his/her country" (that
  person's country) and "the country/state/nation" (as a subject: the topic state, the subject of a
  main clause of the sentences before; otherwise the latest state mentioned).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace

from spacy.attrs import DEP, HEAD, LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token

from tidings import places
from tidings.lexicon import lemmatizer
from tidings.records import ARMED_SECTORS, Actor, ActorMention

from .affiliation import (_DETERMINERS, _OTHER_SIDE, _POSSESSIVE, _POSTED, _STATE_SECTORS, _SUBJECT, BODY_WORDS,
                          AffiliationReader, _Cand, _Hit)
from .registry import INSTITUTION_WORDS, ActorRegistry, _tokens, given_name, surname_forms

_QUARTERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
             "northeastern", "northwestern", "southeastern", "southwestern"}  # "in eastern Congo"

_FACILITIES = {"post", "checkpoint", "checkpost", "convoy", "camp", "station", "base", "headquarters", "vehicle",
               "patrol", "outpost", "garrison", "barracks"}  # what a body named before it keeps or mans
_HEADS = {"person", "person_mod", "rank", "body", "body_mod"}
_NOUN_ROLES = _SUBJECT | {"dobj", "pobj"}  # a word that stands as a noun of its clause
PLACE_LABELS = {"GPE", "LOC", "ORG"}  # what the recognizer may call a town it is told is in ("in Karachi", tagged ORG)
_FOLLOWERS = {"supporters", "followers", "loyalists"}  # "supporters of X": X's people, not X
_ACCREDITED = {"ambassador", "ambassadors", "envoy", "envoys", "permanent"}  # "X's UN ambassador", "X's UN
# envoy", "X's UN permanent representative" (not "X's WHO representative", the body's man in X)
_REGION_WORDS = {"republic", "republics", "state", "states", "bloc", "countries", "nations", "space",
                 "region"}  # "former Soviet republics": what a bygone state was made of
_QUALIFIERS = {"state", "demonym", "metonym", "org", "group"}
_BASED = {"based", "operating", "hiding", "stationed"}  # "militants based in X" are of X
_SPONSORED = {"backed", "aligned", "sponsored", "funded", "supported", "allied", "armed"}  # "an Iran-backed X"
_PROXIES = {"militia", "group", "rebel", "fighter", "militant", "proxy", "faction", "insurgent", "gunman",
            "separatist", "outfit"}  # armed men a state backs, not its own
_GROUP_WORDS = {"group", "movement", "outfit", "organisation", "organization"}  # "the group": the group last named
_GROUP_KINDS = {"militant", "armed", "terrorist", "terror", "rebel", "insurgent", "banned", "proscribed", "outlawed",
                "islamist", "jihadist", "separatist", "extremist", "palestinian", "shiite", "sunni"}
_COUNTERPARTS = {"counterpart", "counterparts"}  # "his counterpart from X": X's
_FLEEING = {"fleeing", "escaping"}  # people fleeing a place are of its state ("refugees fleeing the war in X")
_POST_WORDS = {"in", "at", "to", "based", "accredited"}  # words after an envoy that tell where he is posted
# the words of offices held at another state or body: "to" names it ("envoy to X")
_ENVOYS = {"ambassador", "envoy", "commissioner", "consul", "representative", "delegate", "emissary", "attache",
           "attaché", "affaires", "observer", "delegation", "mission"}
AIMED = frozenset({"aim", "swipe", "dig", "jab", "potshot", "broadside"})  # "took a swipe at X": X is aimed at
_PEOPLE_SECTORS = frozenset({"CVL", "OPP"})  # crowds, activists and the opposition: of the country they are in
_QUANTIFIERS = frozenset({"several", "various"})  # "several diplomats" are of no one state; "several protesters" are
# of the country they protest in
_NON_ACTOR_ENTS = {"LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
AIRCRAFT_WORDS = frozenset({"jet", "jets", "stealth", "combat", "multirole", "multi-role", "supersonic", "aircraft",
                            "plane", "planes"})  # words beside "fighter(s)" that make them aircraft
_NOT_NAME_POS = {"VERB", "AUX", "ADV", "ADJ", "DET", "PRON", "SCONJ", "CCONJ", "PART"}


def _trimmed(ent: Span) -> Span:
    """A PERSON entity without the words before the name that the recogniser took in with it
    ("Describing Blinken" at the start of a sentence)."""
    start = ent.start
    while ent.label_ == "PERSON" and start < ent.end - 1 and (
            ent.doc[start].pos_ in _NOT_NAME_POS or _gerund(ent.doc[start])):
        start += 1
    return ent if start == ent.start else Span(ent.doc, start, ent.end, label=ent.label_)


def _gerund(tok: Token) -> bool:
    """A capitalised English verb in -ing at a sentence's start, read as a name ("Describing")."""
    return tok.is_sent_start and tok.lower_.endswith("ing") and bool(
        lemmatizer().getLemma(tok.lower_, upos="VERB", lemmatize_oov=False))


def resolve(doc: Doc, registry: ActorRegistry, *, dateline: str | None = None,
            home: str | None = None) -> list[ActorMention]:
    """Every actor mention of an article body, sorted by start, without overlaps.

    ``dateline`` is the dateline place ("ISLAMABAD"); its country is the default for unqualified
    officials ("the interior minister"). ``home`` is the country of the outlet
    (``ActorRegistry.home``), the default of last resort: no dateline, and no state named. People introduced with a descriptor are learned into ``registry``.
    """
    return _Resolver(doc, registry, dateline, home).run()



def _town_as_person(span) -> bool:
    """Whether a span of several words the recogniser took for a person is, whole, a town or
    district the gazetteer knows ("Lakki Marwat", "Dera Ismail Khan")."""
    return len(span) > 1 and span.label_ in ("PERSON", "") and places.lookup(span.text) is not None

class _Resolver(AffiliationReader):
    """Finds the names, offices and pronouns of one body (``run``); whose each is, its base class reads."""

    def __init__(self, doc: Doc, registry: ActorRegistry, dateline: str | None, home: str | None = None) -> None:
        self.doc, self.reg = doc, registry
        # token attributes read once, as arrays: spaCy builds a new Python object on every ``doc[i]``
        strings, found = doc.vocab.strings, doc.to_array([ORTH, LOWER, POS, DEP])
        self.text, self.lower, self.pos, self.dep = ([strings[h] for h in column] for column in found.T.tolist())
        self.head_i = [i + step for i, step in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
        self.ents = tuple(_trimmed(e) for e in doc.ents)
        self.conj_heads = {h for h, d in zip(self.head_i, self.dep) if d == "conj"}
        self.sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.sent_start, self.sent_end = [0] * len(doc), [0] * len(doc)  # the sentence of each token
        for start, end in zip(self.sent_starts, [*self.sent_starts[1:], len(doc)]):
            self.sent_start[start:end] = [start] * (end - start)
            self.sent_end[start:end] = [end] * (end - start)
        self._heads: dict[tuple[int, int], int] = {}
        self.names = self._find_names()
        self.name_at = {h.start: h for h in self.names}
        self.name_cover = {i: h for h in self.names for i in range(h.start, h.end)}
        self.terms = self._find_terms()
        self.term_at = {h.start: h for h in self.terms}
        self.person_ents = {i: e for e in self.ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        self.dateline_state = registry.dateline_state(dateline, home)
        self.dateline = self.dateline_state.country if self.dateline_state else None
        ground = registry.ground(self.dateline_state, home)
        named: dict[int, list[str]] = {}  # sentence start -> the states it names, which its places are first in
        for h in self.names:
            if h.kind in ("state", "demonym") and h.name.actor.country:
                named.setdefault(self.sent_start[h.start], []).append(h.name.actor.country)
        self.towns = {e.start: (e, place.country) for e in self._place_ents()
                      for place in [places.lookup(e.text, (*named.get(self.sent_start[e.start], ()), *ground))]
                      if place is not None and place.country}
        self.used: set[int] = set()
        self.seen: list[tuple[_Cand, Actor]] = []  # resolved mentions so far, in text order
        # the outlet's country only for a story that names it: a foreign story's offices are not its.
        # (Here and in ``_dominant``, people learned from earlier articles do not count: what an
        # article is about must not hang on which articles came before it.)
        self.home = home if any(h.name.actor.country == home for h in self.names if h.kind != "person") else None
        self.context = self.dateline or self._dominant()

    def _dominant(self) -> str | None:
        """The state most talked about: each name of a state counts 2 in a subject, 1 elsewhere, 0 as
        a place."""
        counts: Counter = Counter()
        for h in self.names:
            country = h.name.actor.country
            if not country or h.kind not in ("state", "demonym", "metonym"):
                continue
            if h.kind in ("state", "metonym") and self._is_location(self.doc[self._head(h.start, h.end)], h.kind):
                continue
            counts[country] += 2 if self._subject_verb(h.start, h.end) is not None else 1
        return counts.most_common(1)[0][0] if counts else None

    # -- candidate finding ---------------------------------------------------------------------
    def _find_names(self) -> list[_Hit]:
        doc = self.doc
        raw = []
        for _, s, e in self.reg._matcher(doc.vocab)(doc):
            entry = self.reg._name(tuple(t.text for t in doc[s:e]))
            if entry and entry.kind != "ambiguous":
                raw.append(_Hit(s, e, entry.kind, name=entry))
        raw.sort(key=lambda h: (-(h.end - h.start), h.start))
        taken: set[int] = set()
        hits = []
        for h in raw:
            if taken.intersection(range(h.start, h.end)) or self._inside_other_name(h) or self._bygone(h):
                continue
            taken.update(range(h.start, h.end))
            hits.append(h)
        return sorted(hits, key=lambda h: h.start)

    def _after_given_name(self, start: int, end: int) -> bool:
        """Whether a one-word name follows a given name of no one known, and so is another's surname
        ("Francesca Albanese" is not Anthony Albanese)."""
        before = self.doc[start - 1] if start >= 1 else None
        return end - start == 1 and before is not None and before.pos_ == "PROPN" and before.tag_ == "NNP" \
            and before.text[:1].isupper() and not self.reg._term([before]) and self.reg._name((before.text,)) is None

    def _bygone(self, hit: _Hit) -> bool:
        """Whether a state's name only dates a thing or names a region of states it was ("former
        Soviet republics", "post-Soviet states", "Soviet-era aircraft"), or names who backs an armed
        group of its own ("a Tehran-backed militia"): no party."""
        if hit.kind in ("state", "demonym", "metonym") and len(after := self.lower[hit.end:hit.end + 3]) == 3 \
                and after[0] == "-" and after[1] in _SPONSORED and self.doc[hit.end + 2].lemma_.lower() in _PROXIES:
            return True
        if hit.kind not in ("state", "demonym"):
            return False
        before, after = self.lower[max(hit.start - 2, 0):hit.start], self.lower[hit.end:hit.end + 2]
        if after == ["-", "era"]:
            return True
        return bool(after) and after[0] in _REGION_WORDS and bool(before) and (
            before[-1] in ("former", "ex", "post") or before in (["ex", "-"], ["post", "-"]))

    def _place_ents(self) -> Iterator[Span]:
        """The recogniser's places, and the towns it took for persons, with the proper nouns before
        them that their names begin with ("Lakki Marwat", "Dera" + "Ismail Khan")."""
        for ent in self.ents:
            if ent.label_ in PLACE_LABELS:
                yield ent
            elif ent.label_ == "PERSON":
                yield from self._town_spans(ent.start, ent.end)

    def _town_spans(self, start: int, end: int) -> Iterator[Span]:
        """The spans a person's name makes, alone or with up to two proper nouns before it, that
        name a town ("Lakki Marwat", "Dera Ismail Khan")."""
        return (span for first in range(max(start - 2, self.sent_start[start]), start + 1)
                if self.doc[first].pos_ == "PROPN" and _town_as_person(span := self.doc[first:end]))

    def _in_town_name(self, start: int, end: int) -> bool:
        """Whether a person's name is, or ends, a town's (``_town_spans``)."""
        return next(self._town_spans(start, end), None) is not None

    def _inside_other_name(self, hit: _Hit) -> bool:
        """A name that is only part of a larger place, facility or person name ("Indian Ocean")."""
        doc = self.doc
        if hit.start >= 2 and doc[hit.start - 1].text == "-" and doc[hit.start - 2].lower_ in ("pro", "anti"):
            return True
        if hit.kind == "person" and self._after_given_name(hit.start, hit.end):
            return True
        if hit.kind == "person" and self._in_town_name(hit.start, hit.end):
            return True  # "Dera Ismail Khan": a town whose name holds a person's
        if hit.start >= 2 and doc[hit.start - 1].lower_ == "of" and doc[hit.start - 2].text in places.FEATURES:
            return True  # "the Gulf of Aden", "the Strait of Hormuz": a sea or a strait, not the state
        if hit.start >= 1 and doc[hit.start - 1].text == "National" and hit.kind == "org":
            return True  # "the National Security Council": a state's own body, not the UN's
        for ent in self.ents:
            if ent.start <= hit.start and hit.end <= ent.end and (ent.end - ent.start) > (hit.end - hit.start):
                rest = [t for t in ent if not (hit.start <= t.i < hit.end) and t.text not in _POSSESSIVE]
                if not rest:
                    continue
                if ent.label_ in _NON_ACTOR_ENTS and not self.reg._term(rest):
                    return True  # (an office the recogniser took for a building is one: "the Pakistani Embassy")
                if ent.label_ == "PERSON" and hit.kind != "person" and not any(
                        self.reg._term([t]) for t in rest) and not (
                        hit.start == ent.start and hit.start > 1 and doc[hit.start - 1].lower_ == "of"
                        and (self.reg._term([doc[hit.start - 2]]) or doc[hit.start - 2].pos_ == "PROPN")):
                    return True  # (but "the President of Bolivia Luis Arce", "Speaker of the Milli Majlis of
                    # Azerbaijan Sahiba Gafarova", which the recogniser takes whole)
                if ent.label_ in ("ORG", "FAC") and hit.kind == "metonym" and ent.start == hit.start:
                    return True
                after = [t for t in rest if t.i >= hit.end] if hit.kind == "person" else []
                if hit.end - hit.start == 1 and after and not any(self.reg._term([t]) for t in after):
                    return True  # a learned surname that another name goes on from: "Vidal Ortega" is not
                    # Maria Elena Vidal, nor "Mizuno Shuichi" Taro Mizuno (a name the recogniser took for a place)

        return False

    def _find_terms(self) -> list[_Hit]:
        doc, text, lower, reg = self.doc, self.text, self.lower, self.reg
        quoted = [w.replace("’", "'") for w in lower]
        free = [0] * (len(doc) + 1)  # free[i]: tokens from i up to the next name
        for i in range(len(doc) - 1, -1, -1):
            free[i] = 0 if i in self.name_cover else free[i + 1] + 1
        hits, i = [], 0
        while i < len(doc):
            found = None
            if i not in self.name_cover:
                longest = min(5, free[i]) if text[i] in reg._firsts or quoted[i] in reg._firsts else 1
                for length in range(longest, 0, -1):
                    orth, low = tuple(text[i:i + length]), tuple(quoted[i:i + length])
                    term = reg._term_words(orth, low)
                    if term and i + length + 1 < len(doc) and text[i + length] == "-" \
                            and not doc[i + length - 1].whitespace_ and doc[i + length + 1].tag_ == "VBN":
                        term = None  # "the army-backed government", "a military-led council": who backs or
                        # leads it, in a word that describes another
                    if term and low[-1] in ("fighter", "fighters") and self._aircraft(i, i + length):
                        term = None  # "Su-35 fighters", "fighter jets": aircraft, no armed men
                    if term:
                        last = i + length - 1
                        plural = doc[last].tag_ in ("NNS", "NNPS") or (
                            lower[last].endswith("s") and lower[last] not in {"s", "ss"} and
                            low not in reg._terms and orth not in reg._acronyms)
                        found = _Hit(i, i + length, term.kind, term=term, plural=plural)
                        break
            if found:
                hits.append(found)
                i = found.end
            else:
                i += 1
        return hits

    def _aircraft(self, start: int, end: int) -> bool:
        """Whether "fighter(s)" names aircraft: after a model ("Su-35", "F-16") or a word of aircraft
        ("stealth", "combat"), or before "jet(s)"."""
        before = self.lower[start - 1] if start else ""
        after = self.lower[end] if end < len(self.doc) else ""
        return any(ch.isdigit() for ch in before) or before in AIRCRAFT_WORDS or after in AIRCRAFT_WORDS

    # -- descriptors ---------------------------------------------------------------------------
    def _chunk(self, i: int) -> _Cand | None:
        """``[qualifier['s]] [modifiers] office`` starting at token ``i`` (no determiner); up to two
        other words may stand between a qualifier and the office ("Israeli security official")."""
        doc = self.doc
        j, qual, pieces, free = i, None, [], 0
        leader = self._leaders_government(i)
        if leader is not None:
            j = leader[1]
        while j < len(doc):
            name = self.name_at.get(j)
            term = self.term_at.get(j)
            if name and qual is None and name.kind in _QUALIFIERS and all(p.kind == "modifier" for p in pieces):
                qual, j = name, name.end
                if j < len(doc) and doc[j].text in ("'s", "’s"):
                    j += 1
                elif j + 2 < len(doc) and doc[j].text == "-" and self.lower[j + 1] in _BASED and (
                        name.kind == "state" or self.lower[j + 2] not in _ENVOYS):
                    j += 2  # "Pakistan-based militants", "a London-based rights group": of where they are based (not
                    # "the Islamabad-based ambassador of Iran")
            elif term and term.kind not in ("title",):
                if term.kind == "rank" and any(p.kind in _HEADS for p in pieces):
                    break
                pieces.append(term)
                j = term.end
                if term.kind in ("body", "body_mod") and j + 1 < len(doc) and doc[j].text in ("'s", "’s") \
                        and j + 1 in self.term_at and self.term_at[j + 1].kind != "title":
                    j += 1
                    continue
                if term.kind in _HEADS and not (j < len(doc) and j in self.term_at and
                                                self.term_at[j].kind in _HEADS | {"portfolio"}):
                    break
            elif name and qual is not None and qual.kind in ("state", "demonym") and not pieces and free < 2 \
                    and name.kind == "org" and name.name.actor.org and not name.name.actor.country \
                    and self.lower[name.end] in _ACCREDITED:
                free, j = free + 1, name.end  # "China's UN ambassador": China's envoy to the UN (not "Pakistan's
                # WHO representative", the body's man there)
            elif qual is not None and free < 2 and not pieces and j not in self.name_cover \
                    and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j].dep_ in ("compound", "amod") \
                    and j < doc[j].head.i <= j + 3:
                free, j = free + 1, j + 1  # "Israeli security official", "UN Relief Coordinator"
            elif qual is not None and free < 2 and not pieces and j + 2 < len(doc) and doc[j + 1].text == "-" \
                    and not doc[j].whitespace_ and doc[j + 2].dep_ == "amod" and j + 2 < doc[j + 2].head.i <= j + 5:
                free, j = free + 1, j + 3  # "Sudan's army-backed government": one word before the office
            else:
                break
        while pieces and pieces[-1].kind not in _HEADS:
            pieces.pop()
        if not pieces:
            return None
        heads = [p for p in pieces if p.kind in _HEADS]
        head = heads[-1]
        bodies = [p for p in pieces if p.kind in ("body", "body_mod")]
        sector = (bodies[0].term.sector if bodies else None) or next(
            (h.term.sector for h in heads if h.term.sector in _STATE_SECTORS), head.term.sector)  # ("Foreign
        # Minister Senator X": a minister, though he sits in the senate)
        canon = tuple(w for p in pieces for w in (
            p.term.canonical.split() if p.kind in _HEADS | {"portfolio"} or p.term.canonical else ()))
        end = pieces[-1].end
        cand = _Cand(i, end, "descriptor", sector=sector, canon=canon, head_kind=head.kind,
                     plural=head.plural, role_start=pieces[0].start, role_end=end)
        cand.extras["grade"] = {p.term.canonical for p in pieces if p.kind == "modifier" and p.term.canonical}
        cand.extras["office"] = set(head.term.canonical.split())  # "prime minister": an office of its own
        if qual:
            self._qualify(cand, qual)
        elif leader is not None:
            cand.country = leader[0]
            cand.extras["qualified"] = True
        if head.kind in ("body", "body_mod") and any(p.kind in ("person", "person_mod") for p in pieces):
            cand.head_kind = "person"
        return cand

    def _leaders_government(self, i: int) -> tuple[str, int] | None:
        """The country of a known leader named at ``i`` and where the name ends, when it says whose
        government the body after it is ("the Trump administration", "the Sharif government")."""
        ent = self.person_ents.get(i)
        after = self.term_at.get(ent.end) if ent is not None and ent.start == i else None
        if after is None or after.kind not in ("body", "body_mod") or after.term.sector != "GOV":
            return None
        known = self.reg.lookup(ent.text, loose=False)
        return (known.country, ent.end) if known is not None and known.country and known.sector == "GOV" else None

    def _qualify(self, cand: _Cand, qual: _Hit) -> None:
        actor = qual.name.actor
        if qual.kind in ("org", "group"):
            cand.org = cand.org or actor.org
            cand.country = cand.country or actor.country
            cand.sector = actor.sector or cand.sector
        else:  # (a city standing for a body qualifies as the place it is: "a Brussels court" is Belgium's)
            cand.country = cand.country or actor.country or self.reg.country(self.doc[qual.start:qual.end].text)
        cand.extras["qualified"] = True

    def _extend_right(self, cand: _Cand) -> None:
        """``of/for portfolio``, ``of X``, ``to host``, ``to another office``, a following org name."""
        doc = self.doc
        j = cand.end
        posted = doc[cand.role_start:cand.role_end].text.lower() in _POSTED
        while j < len(doc) - 1:
            word = doc[j].lower_
            k = j + 1
            if doc[k].lower_ == "the":
                k += 1
            if k >= len(doc):
                break
            name = self.name_at.get(k)
            at = k + 1 if doc[k].lower_ in _QUARTERS and k not in self.name_at and k + 1 < len(doc) else k  # "in
            # eastern Congo": Congo (not "in South Korea")
            people = self._people_after(j + 1) if word in ("of", "for") else None
            modifier = name is not None and (name.end in self.term_at and (name.kind == "demonym" or (  # "of Peruvian
                name.kind == "state" and doc[name.end - 1].dep_ == "compound"  # (or "of the Peru embassy")
                and self.term_at[name.end].kind in ("body", "body_mod")))
                                             or (name.end + 1 < len(doc) and doc[name.end].text == "-"  # ministers",
                                                 and doc[name.end + 1].tag_ == "VBN"))  # "of the Indian-sponsored X"
            if word in ("of", "for") and name and name.kind in _QUALIFIERS and not modifier and not (
                    name.end < len(doc) and doc[name.end].text in ("'s", "’s")) and not self._in_portfolio(name):
                if not (cand.org and name.kind in ("state", "metonym")):  # ("the UN envoy for Yemen": the UN's,
                    self._qualify(cand, name)  # posted to Yemen)
                cand.extras["of"] = True
                j = name.end
            elif word == "of" and doc[cand.role_end - 1].lower_ in _FOLLOWERS and not cand.extras.get("qualified") \
                    and (leader := self._leader_after(j + 1)) is not None:
                cand.country, j = leader  # "supporters of (jailed former prime minister) Imran Khan": his
                cand.extras["qualified"] = True  # country's people, not he
            elif people:
                self._qualify(cand, people)
                j = people.end
            elif word in _BASED and doc[j + 1].lower_ in ("in", "from") and cand.plural \
                    and not cand.extras.get("qualified") and (place := self.name_at.get(j + 2)) \
                    and place.kind in ("state", "metonym"):
                self._qualify(cand, place)  # "militants based in Afghanistan", "groups operating from X"
                j = place.end
            elif word == "from" and self.lower[cand.role_end - 1] in _COUNTERPARTS and not cand.extras.get("qualified") \
                    and (place := self.name_at.get(at)) and place.kind in ("state", "metonym", "demonym"):
                self._qualify(cand, place)  # "his counterparts from Peru and Bolivia": theirs
                j = place.end
            elif (word == "in" or (word == "from" and cand.sector not in _STATE_SECTORS and not (
                    cand.start > 0 and doc[cand.start - 1].tag_ == "PRP$"))) \
                    and (place := self.name_at.get(at)) and place.kind in ("state", "metonym") and not modifier \
                    and cand.plural and not cand.extras.get("qualified"):
                self._qualify(cand, place)  # "officials in Oman", "the authorities in Kabul", "rebels in eastern X",
                j = place.end  # "refugees from Liberia" (not "withdrew its forces from X", "evacuated its citizens
                # from X")
            elif word in _FLEEING and cand.plural and not cand.extras.get("qualified") and (
                    place := self._fled(j)) is not None:
                self._qualify(cand, place)  # "refugees fleeing the civil war in Liberia"
                j = place.end
            elif word == "in" and at not in self.name_at and at in self.towns and cand.plural \
                    and cand.sector != "GOV" and not cand.extras.get("qualified"):  # (not "negotiators in Geneva")
                town, cand.country = self.towns[at][0], cand.country or self.towns[at][1]  # "protesters in Karachi"
                cand.extras["qualified"] = True
                j = town.end
            elif (word == "to" and name and name.kind in _QUALIFIERS and cand.head_kind != "body"
                  and any(t.lower_ in _ENVOYS for t in doc[cand.role_start:cand.role_end])):  # "ambassador (of
                # Y) to X"; not "the premier to X"
                cand.host = name.name.actor
                j = name.end
            elif (word == "in" and posted and name and name.kind in ("state", "metonym") and cand.country
                  and name.name.actor.country != cand.country):
                cand.host = name.name.actor  # "the Chilean embassy in Lima": posted to Peru
                j = name.end
            elif ((word in ("to", "of") and (k in self.term_at or modifier)) or (word in ("in", "for") and modifier)) \
                    and (sub := self._chunk(k)):  # ("advisers in the Pakistan High Commission": the commission's)
                self._extend_right(sub)
                if word in ("of", "in", "for") or sub.head_kind in ("person", "person_mod"):
                    cand.country = cand.country or sub.country
                    cand.org = cand.org or sub.org
                    if modifier and sub.head_kind in ("body", "body_mod") and sub.sector:
                        cand.sector = sub.sector  # "a spokesman for the Pakistan Army": a soldier
                    if word == "of" and not (sub.country or sub.org):
                        cand.extras["of_body"] = sub.canon  # "the leader of the opposition": whose, told before
                    if sub.extras.get("qualified"):
                        cand.extras["qualified"] = True
                    j = sub.end
                else:
                    break
            elif word in ("of", "for") and self._portfolio_end(j + 1) > j + 1:
                j = self._portfolio_end(j + 1)
            elif j == cand.end and (name := self.name_at.get(j)) and name.kind in ("org", "group"):
                self._qualify(cand, name)
                j = name.end
            else:
                break
            cand.end = cand.role_end = j
        told_where = j < len(doc) and (doc[j].lower_ in _POST_WORDS or (  # "at the UN", "in Geneva", "based in"
            doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ in ("who", "which")))
        if posted and cand.host is None and cand.country and self.dateline not in (None, cand.country) and not told_where:
            cand.host = self.dateline_state  # "(LIMA:) the Chilean embassy": in Peru

    def _fled(self, j: int) -> _Hit | None:
        """The state that people fleeing at ``j`` flee, named within a few words ("fleeing the
        fighting in X", "escaping violence in X")."""
        for k in range(j + 1, min(j + 8, len(self.doc) - 1)):
            if self.doc[k].lower_ in ("in", "from"):
                place = self.name_at.get(k + 1) or self.name_at.get(k + 2 if self.doc[k + 1].lower_ == "the" else -1)
                return place if place is not None and place.kind in ("state", "metonym") else None
            if self.doc[k].is_punct or k in self.name_cover:
                return None
        return None

    def _leader_after(self, k: int) -> tuple[str, int] | None:
        """The country of a known person named within a few words after ``k`` ("of jailed former
        prime minister Imran Khan"), and where the name ends."""
        ent = next((self.person_ents[i] for i in range(k, min(k + 6, len(self.doc))) if i in self.person_ents), None)
        known = self.reg.lookup(ent.text) if ent is not None else None
        return (known.country, ent.end) if known is not None and known.country else None

    def _people_after(self, k: int) -> _Hit | None:
        """A plural demonym in "for [the affairs of] [overseas] Iranians": the office's people."""
        doc = self.doc
        while k < len(doc) and doc[k].lower_ in ("the", "affairs", "of", "overseas", "expatriate"):
            k += 1
        hit = self.name_at.get(k)
        if hit and hit.kind == "demonym" and doc[hit.end - 1].tag_ in ("NNS", "NNPS"):
            return hit
        return None

    def _in_portfolio(self, name: _Hit) -> bool:
        """Whether a name is part of the portfolio it opens ("for UN Affairs", "for Kashmir Affairs")."""
        return name.end < len(self.doc) and self.doc[name.end].lower_ == "affairs"

    def _portfolio_end(self, k: int) -> int:
        """End of a portfolio such as "Foreign Affairs" or "Interior and Narcotics Control"."""
        doc, j = self.doc, k
        while j < len(doc) and j - k < 6:
            tok = doc[j]
            if (name := self.name_at.get(j)) is not None and self._in_portfolio(name):
                j = name.end + 1  # "Secretary for UN Affairs": a portfolio, not the UN's
                continue
            if j in self.name_cover or (j in self.person_ents and j > k):
                break
            if tok.is_title or (j in self.term_at and self.term_at[j].kind == "portfolio"):
                j += 1
            elif tok.lower_ in ("and", "&") and j + 1 < len(doc) and doc[j + 1].is_title and j > k:
                j += 1
            else:
                break
        return j

    def _name_after(self, j: int) -> tuple[int, int] | None:
        """Token span of a person's name at ``j`` (after an optional acronym in brackets, an optional
        comma and titles: "Commander of the Guards Corps (IRGC) Major General X")."""
        doc = self.doc
        if j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")" and doc[j + 1].text.isupper():
            j += 3
        comma = j < len(doc) and doc[j].text == ","
        k = j + 1 if comma else j
        while k in self.term_at and self.term_at[k].kind in ("title", "rank"):
            k = self.term_at[k].end
        if k >= len(doc) or k in self.name_cover and self.name_cover[k].kind != "person":
            return None
        if comma and k in self.term_at and self.term_at[k].kind in ("person", "person_mod"):
            return None  # "with the emir, Prime Minister X said": another person
        if k in self.name_cover:
            hit = self.name_cover[k]
            span = (k, hit.end) if hit.start == k else None
        elif k in self.person_ents:
            ent = self.person_ents[k]
            end = ent.end
            while end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end \
                    and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end not in self.term_at \
                    and doc[end].ent_type_ != "DATE":  # (not "Ishaq Dar Monday")
                end += 1  # "SIFC Jamil" tagged, "Qureshi" the head of the name: all of it
            while end > k and doc[end - 1].text in _POSSESSIVE:
                end -= 1
            while k < end - 1 and doc[k].text.isupper() and len(doc[k].text) > 1 and doc[k].text.isalpha():
                k += 1  # an organisation's acronym before the name ("SIFC Jamil Qureshi") is no part of it
            span = (k, end) if end > k else None
        else:
            end = k
            while end < len(doc) and self._name_word(end):
                end += 1
                if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                        and not doc[end].whitespace_ and self._name_word(end + 1):
                    end += 1  # "Kassym-Jomart Tokayev": one name
            span = None if end == k or (comma and doc[end - 1].dep_ != "appos") else (k, end)
        if span and comma and doc[self._head(*span)].dep_ in _SUBJECT and doc[j - 1].dep_ not in _SUBJECT:
            return None  # "After meeting the minister, Ali Khan said": the subject of its own clause
        if span and span[1] - span[0] == 1 and doc[span[0]].lower_ in INSTITUTION_WORDS:
            return None  # "the PM House", "the Chief Minister House": an office's seat, no one's name
        return span

    def _name_word(self, i: int) -> bool:
        """Whether token ``i`` may go on a person's name after an office: a capitalised proper noun
        that is no other name or office word."""
        return self.pos[i] == "PROPN" and self.text[i][:1].isupper() and i not in self.name_cover \
            and i not in self.term_at

    def _descriptors(self) -> list[_Cand]:
        doc, out = self.doc, []
        i = 0
        while i < len(doc):
            if i not in self.term_at and i not in self.name_at and i not in self.person_ents:
                i += 1
                continue
            cand = self._chunk(i)
            if cand is None or (cand.head_kind == "rank" and not cand.extras.get("qualified")
                                and not self._name_after(cand.end)):
                i += 1 if cand is None else cand.end - i
                continue
            self._extend_right(cand)
            span = self._name_after(cand.end) if cand.head_kind in ("person", "person_mod", "rank") \
                and not cand.plural else None
            if span is None and cand.head_kind in ("person", "person_mod") and not cand.plural:
                span = self._second_office(cand)
            if span:
                if span[0] > cand.start and self.reg.lookup(doc[span[0] - 1:span[1]].text, loose=False):
                    span = (span[0] - 1, span[1])  # "Amir Khan Muttaqi": a known name whose first word is an office's
                    cand.role_end = min(cand.role_end, span[0])
                cand.person = doc[span[0]:span[1]].text
                cand.end = span[1]
                cand.kind = "person"
            elif cand.head_kind in ("person", "person_mod", "rank") and not cand.plural:
                before = self._name_before(cand.start)
                if before:
                    cand.person = doc[before[0]:before[1]].text
                    cand.start = before[0]
                    cand.kind = "person"
            named = self._names_in_a_row(cand.end) if cand.plural and cand.head_kind in ("person", "rank") else []
            if named:  # "lawmakers A and B": each of them holds the office
                cand.role = doc[cand.role_start:cand.role_end].text
                for number, (start, end) in enumerate(named):
                    out.append(replace(cand, start=cand.start if number == 0 else start, end=end, kind="person",
                                       person=doc[start:end].text, plural=False, extras=dict(cand.extras)))
                self.used.update(range(cand.start, end))
                i = end
                continue
            last = doc[cand.end - 1]
            if cand.person is None and last.dep_ in ("compound", "amod") and last.head.i >= cand.end \
                    and last.head.pos_ in ("NOUN", "PROPN") and last.head.lemma_.lower() not in _FACILITIES:
                i = cand.end  # a modifier of another noun: "militant groups", "embassy staff" (not the
                continue  # owner of a post or convoy: "attacked a police post" attacked the police)
            needs_qualifier = cand.head_kind in ("body_mod", "person_mod", "rank")
            unqualified = cand.person is None and needs_qualifier and not cand.extras.get("qualified")
            other_side = (unqualified and not cand.plural and self.lower[cand.role_end - 1] in _OTHER_SIDE
                          and cand.start > 0 and self.reg._is("possessive", self.lower[cand.start - 1]))  # "his
            # counterpart": whom he meets
            named = self._group_name_before(cand.start) if unqualified and cand.sector in ARMED_SECTORS else None
            if named is not None:  # "CODECO militiamen", "the Twirwaneho rebel group": a group the registry
                cand.start = named  # does not know, of where it fights, as "rebels" are
                unqualified = False
            if unqualified and not other_side and not (
                    cand.head_kind == "body_mod" and not cand.plural and self._definite(cand.start)):
                i += 1
                continue
            if unqualified and not other_side:
                cand.extras["told"] = True  # "the (visiting) delegation": the one told before, or none
            cand.role = doc[cand.role_start:cand.role_end].text or None
            if cand.start > 0 and doc[cand.start - 1].lower_ == "its":
                cand.extras["its"] = True
            if cand.plural and not cand.extras.get("qualified") and any(
                    self.reg._is("unaffiliated", doc[k].lower_) and not (
                        cand.sector in _PEOPLE_SECTORS and doc[k].lower_ in _QUANTIFIERS)
                    for k in (cand.start - 1, cand.role_start) if k >= 0):
                cand.extras["unaffiliated"] = True  # "foreign diplomats"
            out.append(cand)
            self.used.update(range(cand.start, cand.end))
            i = cand.end
        return out

    def _second_office(self, cand: _Cand) -> tuple[int, int] | None:
        """The name after a second office the holder of ``cand`` holds ("Deputy Prime Minister and
        Foreign Minister X": one man), whose qualifier is his too."""
        if cand.end + 1 >= len(self.doc) or self.lower[cand.end] != "and" or (
                cand.start > 0 and self.lower[cand.start - 1] in ("the", "a", "an")):
            return None  # ("the Foreign Minister and Chinese Ambassador X": two men)
        other = self._chunk(cand.end + 1)
        if other is None or other.plural or other.head_kind not in ("person", "person_mod") or other.extras.get(
                "qualified"):
            return None  # ("A's minister and B's envoy X", "Minister X and Chinese Ambassador Y": two men)
        self._extend_right(other)
        return self._name_after(other.end)

    def _group_name_before(self, start: int) -> int | None:
        """Where the unknown proper name that names an armed group's word starts ("CODECO" in "CODECO
        militiamen", "Viv Ansanm gang"), if one stands before it, none of it a known actor's name."""
        k = start
        while k > 0 and self.pos[k - 1] == "PROPN" and self.dep[k - 1] == "compound" and k - 1 not in self.name_cover:
            k -= 1
        return k if k < start else None

    def _definite(self, start: int) -> bool:
        """Whether "the" opens the noun phrase at ``start``, maybe with a participle between
        ("the delegation", "the visiting delegation")."""
        k = start - 1
        if k >= 0 and self.doc[k].tag_ in ("VBG", "VBN") and self.dep[k] == "amod":
            k -= 1
        return k >= 0 and self.lower[k] == "the"

    def _names_in_a_row(self, k: int) -> list[tuple[int, int]]:
        """Token spans of the names that follow at ``k`` joined by commas and "and" ("A, B and C")."""
        found = []
        while (span := self._name_after(k)) is not None and (not found or span[0] == k):
            found.append(span)
            k = span[1]
            while k < len(self.doc) and self.doc[k].lower_ in (",", "and"):
                k += 1
        return found

    def _name_before(self, start: int) -> tuple[int, int] | None:
        """A name followed by a comma just before a descriptor: "Ana Soto, [the] ..."; not one that
        an earlier descriptor named ("met the Amir of X, Y, the prime minister said": not Y)."""
        doc = self.doc
        k = start - 1
        if k >= 0 and doc[k].lower_ in _DETERMINERS:
            k -= 1
        if k < 1 or doc[k].text != ",":
            return None
        end = k
        if end - 1 in self.person_ents:
            ent = self.person_ents[end - 1]
            start = ent.start
            while start in self.term_at and self.term_at[start].kind == "title":
                start = self.term_at[start].end
            if ent.end == end and start < end and not self.used.intersection(range(ent.start, ent.end)):
                return start, end
        hit = self.name_cover.get(end - 1)
        if hit and hit.kind == "person" and hit.end == end and not self.used.intersection(range(hit.start, end)):
            return hit.start, end
        return None

    # -- standalone names, people, pronouns ----------------------------------------------------
    def _is_location(self, tok: Token, kind: str = "metonym") -> bool:
        """A place name used as a place: object of in/at/near..., or of to/from after a motion verb.
        A state joined to a city ("in Rome, Italy and Spain agreed") or to the place of a descriptor
        ("officials in Oman and Qatar") is an actor."""
        while tok.dep_ in ("conj", "compound") and tok.head is not tok:
            tok = tok.head
            name = self.name_cover.get(tok.i)
            if tok.i in self.used or (kind == "state" and name is not None and name.kind == "metonym"):
                return False
        if tok.dep_ != "pobj":
            return False
        prep = tok.head.lower_
        if prep == "at" and (tok.head.head.lemma_.lower() in AIMED or any(
                (c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back")) or (
                    c.dep_ == "dobj" and c.lemma_.lower() in AIMED)
                for c in tok.head.head.children)):
            return False  # "lashed out at X", "hit back at X", "took a swipe at X": whom words are aimed at
        if self.reg._is("locative", prep):
            return True
        return self.reg._is("motion_prep", prep) and tok.head.head.pos_ in ("VERB", "AUX") \
            and self.reg._is("motion", tok.head.head.lemma_)

    def _paired(self, hit: _Hit) -> bool:
        """Whether a name is one side of a hyphenated pair of names ("Chile-Peru cooperation"): the
        two parties, never a place."""
        before, after = self.name_cover.get(hit.start - 2), self.name_cover.get(hit.end + 1)
        return ((hit.start >= 2 and self.text[hit.start - 1] == "-" and before is not None
                 and before.kind in _QUALIFIERS)
                or (hit.end + 1 < len(self.text) and self.text[hit.end] == "-" and after is not None
                    and after.kind in _QUALIFIERS))

    def _standalone(self) -> list[_Cand]:
        doc, out = self.doc, []
        introduced: dict[str, int] = {}  # surname of a person introduced by office -> where first
        for c in self.descriptors:
            for form in surname_forms(c.person):
                introduced.setdefault(form, c.start)

        def named(i: int) -> bool:
            """Whether token ``i`` is the surname of a person introduced by office before it."""
            return introduced.get(self.text[i], i) < i

        for hit in self.names:
            if self.used.intersection(range(hit.start, hit.end)):
                continue
            if hit.kind in ("state", "demonym") and hit.end == hit.start + 1 and named(hit.start) \
                    and self.dep[hit.start] in _NOUN_ROLES:
                continue  # "Mohammed Shia al-Sudani ... Sudani met the king": the surname, read below
            root = self._head(hit.start, hit.end)
            if hit.kind in ("state", "metonym") and self._is_location(doc[root], hit.kind) and not self._paired(hit):
                continue
            cand = _Cand(hit.start, hit.end, hit.kind)
            if hit.kind == "person":
                cand.person = doc[hit.start:hit.end].text
            else:
                cand.actor = hit.name.actor
                if hit.kind == "state" and (doc[root].dep_ in _SUBJECT or doc[root].head.dep_ == "agent"):
                    cand.actor = replace(cand.actor, sector="GOV")
            out.append(cand)
            self.used.update(range(hit.start, hit.end))
        for ent in self.ents:
            if ent.label_ != "PERSON" or self.used.intersection(range(ent.start, ent.end)):
                continue
            start, end = ent.start, ent.end
            while start > self.sent_start[start] and start - 1 not in self.used \
                    and self.pos[start - 1] == "PROPN" and self.text[start - 1][:1].isupper() \
                    and self.reg.lookup(doc[start - 1:end].text, loose=False) is not None:
                start -= 1  # "Imran Khan criticised ...", the recogniser leaving out a known name's first word
            while start < end and (doc[start].lower_ in _DETERMINERS or doc[start].is_punct or
                                   start in self.term_at and self.term_at[start].kind == "title"):
                start = self.term_at[start].end if start in self.term_at else start + 1
            while end > start and doc[end - 1].text in _POSSESSIVE:
                end -= 1
            if self._in_town_name(start, end):
                continue  # "Lakki Marwat", "Dera Ismail Khan": a town the recogniser took for a person
            if end > start and not any(doc[i].is_digit for i in range(start, end)):
                out.append(_Cand(start, end, "person", person=doc[start:end].text, country=self._owner_state(start)))
                self.used.update(range(start, end))
        for i in range(len(doc)):  # a state's name misspelt by a letter ("Ethopia"): a lone proper noun, not a person's
            if (self.pos[i] == "PROPN" and i not in self.used and doc[i].ent_type_ != "PERSON"
                    and not named(i) and (misspelt := self.reg.misspelt_state(self.text[i])) is not None
                    and not any(t.pos_ == "PROPN" and t.dep_ == "compound" for t in (*doc[i].children, doc[i]))):
                out.append(_Cand(i, i + 1, misspelt.kind, actor=misspelt.actor))
                self.used.add(i)
        for start, end in self._unnamed_names():  # a known person's name the recognizer took for a body or
            if not self.used.intersection(range(start, end)) and not self._after_given_name(start, end) \
                    and not self._in_town_name(start, end):  # place, or
                known = self.reg.lookup(doc[start:end].text, loose=False)  # left untagged ("Modi met Putin")
                if known is not None and self.reg._name(tuple(self.text[start:end])) is None:
                    out.append(_Cand(start, end, "person", person=doc[start:end].text))
                    self.used.update(range(start, end))
        surnames = {_tokens(form) for c in out + self.descriptors for form in surname_forms(c.person)}
        given = Counter(given_name(p) for p in {c.person for c in out + self.descriptors})  # "Shehbaz", after "Shehbaz
        surnames |= {(g,) for g, n in given.items() if g and n == 1 and (g,) not in surnames  # Sharif", one
                     and self.reg._name((g,)) is None and not self.reg.country(g)}  # person's, no state's ("Israel Katz")
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for words in surnames:
            by_first.setdefault(words[0], []).append(words)
        text, lower, dep, reg = self.text, self.lower, self.dep, self.reg
        pronouns, body_pronouns = reg.listed("pronoun"), reg.listed("body_pronoun")
        collectives, possessives = reg.listed("collective"), reg.listed("possessive")
        for i in range(len(doc)):
            if i in self.used:
                continue
            n = next((len(s) for s in by_first.get(text[i], ()) if tuple(text[i:i + len(s)]) == s), 0)
            if n and (self.pos[i] == "PROPN" or i > self.sent_start[i] or dep[i] in _SUBJECT) and text[i][:1].isupper() \
                    and not self.used.intersection(range(i, i + n)):
                out.append(_Cand(i, i + n, "person", person=doc[i:i + n].text))
                self.used.update(range(i, i + n))
            elif lower[i] in pronouns and dep[i] in _SUBJECT:
                out.append(_Cand(i, i + 1, "pronoun"))
            elif lower[i] in body_pronouns and dep[i] in _SUBJECT and reg._is("speech", doc[i].head.lemma_):
                out.append(_Cand(i, i + 1, "it"))
            elif lower[i] in BODY_WORDS and doc[i].tag_ in ("NN", "NNP") and i > 0 and lower[i - 1] == "the" \
                    and dep[i] != "compound" and i not in self.name_cover \
                    and not (i + 1 < len(doc) and lower[i + 1] == "of"):  # (not "the council of elders")
                out.append(_Cand(i - 1, i + 1, "the body"))  # "the council", "the Fund": the body named before
            elif lower[i] in _GROUP_WORDS and doc[i].tag_ == "NN" and dep[i] != "compound" and (
                    start := self._group_phrase_start(i)) is not None:
                out.append(_Cand(start, i + 1, "the group"))  # "the group", "the militant outfit"
            elif lower[i] in collectives and doc[i].tag_ == "NN" and i > 0 and lower[i - 1] == "this" \
                    and self.home and not self._quoted(i):
                out.append(_Cand(i - 1, i + 1, "state", actor=self._state(self.home, None)))  # the outlet's
            elif lower[i] in collectives and doc[i].tag_ == "NN" and dep[i] != "compound" \
                    and i > 0 and (lower[i - 1] == "the" or lower[i - 1] in possessives):
                cand = _Cand(i, i + 1, "collective")
                if lower[i - 1] in possessives:
                    cand.start = i - 1
                    cand.extras["possessive"] = True
                out.append(cand)
        return out

    def _unnamed_names(self) -> list[tuple[int, int]]:
        """The spans of proper nouns the recognizer did not take for people: its bodies, places and
        nationalities, and runs of capitalised proper nouns it left untagged (not "the region's west
        bank"), the first word of a sentence also when the tagger took it for a common noun
        ("Guterres met ...")."""
        spans = [(e.start, e.end) for e in self.ents if e.label_ in ("ORG", "GPE", "NORP")
                 and all(self.pos[i] == "PROPN" for i in range(e.start, e.end))]
        i, doc = 0, self.doc
        while i < len(doc):
            end = i
            while end < len(doc) and not doc[end].ent_type_ and self.text[end][:1].isupper() and (
                    self.pos[end] == "PROPN" or (end == self.sent_start[end] and self.pos[end] == "NOUN")):
                end += 1
            if end > i:
                spans.append((i, end))
            i = end + 1
        return spans

    def _group_phrase_start(self, i: int) -> int | None:
        """Where "the [militant ...] group" ending at token ``i`` starts: "the" and modifiers that
        only say what kind of armed group it is, nothing after ("the group of experts" is not)."""
        k = i - 1
        while k >= 0 and self.lower[k] in _GROUP_KINDS:
            k -= 1
        doc = self.doc
        if k < 0 or self.lower[k] != "the" or (i + 2 < len(doc) and self.lower[i + 1] == "of" and doc[i + 2].tag_ != "VBG"):
            return None  # (but "accused the group of stalling")
        return None if self.used.intersection(range(k, i + 1)) else k

    def _quoted(self, i: int) -> bool:
        """Whether token ``i`` stands inside a quotation of its sentence."""
        inside = False
        for word in self.text[self.sent_start[i]:i]:
            if word in ("“", "”"):
                inside = word == "“"
            elif word == '"':
                inside = not inside
        return inside

    def _owner_state(self, start: int) -> str | None:
        """The country of a state or demonym right before a name, as in "Oman's Khalid al-Zahiri"."""
        k = start - 1 if start > 0 and self.text[start - 1] in _POSSESSIVE else start
        hit = self.name_cover.get(k - 1)
        return hit.name.actor.country if hit is not None and hit.kind in ("state", "demonym") else None

    # -- resolution ----------------------------------------------------------------------------
    def run(self) -> list[ActorMention]:
        self.descriptors = self._descriptors()
        cands = sorted(self.descriptors + self._standalone(), key=lambda c: c.start)
        doc = self.doc
        people: list[tuple[_Cand, Actor]] = []  # person mentions so far, in order
        last_state: str | None = None
        last_noun_state: tuple[int, str] | None = None  # (sentence, state) of the last state named by a noun
        out: list[ActorMention] = []
        for cand in cands:
            owner = last_state
            if cand.extras.get("its") and last_noun_state and last_noun_state[0] == self.sent_start[cand.start]:
                owner = last_noun_state[1]  # "Iran vowed revenge for the Israeli attack on its consulate": Iran's,
                # not the adjective's
            actor = self._finish(cand, people, owner)
            if actor is None:
                continue
            self.seen.append((cand, actor))
            if cand.kind in ("person", "pronoun") or (cand.kind == "descriptor" and not cand.plural
                                                      and cand.head_kind in ("person", "person_mod", "rank")):
                people.append((cand, actor))
            else:
                last_state = actor.country or last_state
                if actor.country and cand.kind != "demonym":
                    last_noun_state = (self.sent_start[cand.start], actor.country)
            kind = {"collective": "descriptor", "it": "pronoun", "the group": "group", "the body": "org"}.get(
                cand.kind, cand.kind)
            if cand.kind == "descriptor" and (cand.head_kind in ("body", "body_mod") or cand.plural):
                kind = "group" if actor.sector == "REB" else "org"
            start, end = cand.start, cand.end
            while end > start + 1 and doc[end - 1].text in _POSSESSIVE:
                end -= 1
            span = doc[start:end]
            out.append(ActorMention(start=span.start_char, end=span.end_char, text=span.text, actor=actor,
                                    head=self._head(start, end), kind=kind, host=cand.host))
        return out
